// What kind of quotation a region is: speech standing on its own, a quoted fragment, a title, a speaker's label.
import type { CueLexicon } from '../cues';
import type { QuoteRegion, Token } from '../segment';

// An interview turn's label: a name in capitals and a colon, right after the opening mark.
export const SPEAKER_LABEL = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}:\s/u;

/** A quotation that stands as speech of its own, rather than a quoted fragment of the reporter's sentence. */
export function isStandalone(tokens: readonly Token[], i: number, start: number, region: QuoteRegion, paragraph: string, cues: CueLexicon): boolean {
  const inner = paragraph.slice(region.start, region.end).replace(/^["“„«‘'`]+|["”»’'`]+$/gu, '').trim();
  const words = inner.split(/\s+/).filter(Boolean).length;
  const previous = tokens[i - 1];
  if (i === start || !previous) return words >= 2 || /[.?!,]$/.test(inner);
  if (previous.kind === 'punct' && (previous.text === ':' || previous.text === '—' || previous.text === '–' || previous.text === '--')) return true;
  if (previous.kind === 'punct' && previous.text === ',') {
    // `he said, "…"` but not `a "so-called", "…"`
    const before = tokens[i - 2];
    if (before && before.kind === 'word' && cues.has(before.lower)) return true;
    if (before && before.kind === 'word' && i - 3 >= start && cues.has(tokens[i - 3].lower)) return true;
    return /^[\p{Lu}]/u.test(inner) && /[.?!]$/.test(inner) && words >= 4;
  }
  if (previous.kind === 'word' && cues.has(previous.lower) && /^[\p{Lu}]/u.test(inner) && words >= 3) return true;
  if (previous.kind === 'quote') return true;
  return false;
}

export const SMALL_WORDS = /^(of|the|a|an|and|in|to|is|on|for|at|with|or|by)$/i;

/** The words inside a quotation's marks. */
export function innerText(quote: string): string {
  return quote.replace(/^["“„«‘'`]+|["”»’'`]+$/gu, '').trim();
}

/** A quoted title or name ("Face the Nation", "Lyin' Ted"): capitalised words, no sentence. */
export function isTitle(quote: string): boolean {
  const inner = innerText(quote);
  const words = inner.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  // One capitalised word with its punctuation ("Hopefully,") is speech cut short, not a title.
  if (words.length === 0 || words.length > 6 || (words.length === 1 && /[.,!?]$/.test(inner))) return false;
  return words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && SMALL_WORDS.test(word)));
}

/** A quoted fragment rather than a sentence: it starts in lower case ("has made dramatic changes"). */
export function isFragment(quote: string): boolean {
  return /^[\p{Ll}]/u.test(innerText(quote));
}
