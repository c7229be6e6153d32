// What counts as the same word in a quote and in a transcript: case, accents, curly and straight
// apostrophes and punctuation do not matter; fillers do not count at all.

/** A word: letters and digits, with inner apostrophes ("didn't", "O’Brien"). Hyphens and commas split ("61-year-old", "48,000"). */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

const FILLERS = new Set(['um', 'umm', 'uh', 'uhm', 'uhh', 'er', 'erm', 'ah', 'hmm', 'mm', 'mhm']);

export function isFiller(norm: string): boolean {
  return FILLERS.has(norm);
}

const cache = new Map<string, string>();

export function normalizeWord(word: string): string {
  let norm = cache.get(word);
  if (norm === undefined) {
    norm = word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'").toLowerCase();
    if (cache.size > 50_000) cache.clear();
    cache.set(word, norm);
  }
  return norm;
}
