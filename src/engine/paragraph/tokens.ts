// Small questions about tokens and ranges that every paragraph rule asks (commas, dashes, binary searches).
import type { TextRange, Token } from '../segment';

/** Index of the sentence containing a character offset, or -1 (binary search). */
export function sentenceAt(sentences: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sentences[middle].end <= offset) low = middle + 1;
    else if (sentences[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

export function isComma(token: Token): boolean {
  return token.kind === 'punct' && token.text === ',';
}

export function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^(--|—|–|―)$/.test(token.text);
}

/** Longest dateline before its dash ("WASHINGTON —", "PORT ELLIS, Maine —"). */
const MAX_DATELINE_TOKENS = 6;

/** The token after a dateline that opens a clause at `start` ("GREYSTONE, Neb. — …": capitalised words and commas up to a dash), or `start`. */
export function afterDateline(tokens: readonly Token[], start: number, limit: number): number {
  for (let k = start; k < limit && k - start < MAX_DATELINE_TOKENS; k++) {
    if (isDash(tokens[k])) return k > start ? k + 1 : start;
    if (!((tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) || isComma(tokens[k]))) return start;
  }
  return start;
}

export function isBe(lower: string): boolean {
  return lower === 'is' || lower === 'was' || lower === 'were' || lower === 'are' || lower === 'be' || lower === 'been' || lower === 'being';
}

/** A comma inside a number ("1,237"). */
export function isThousands(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && before.end === tokens[k].start && tokens[k].end === after.start && /\d$/.test(before.text) && /^\d/.test(after.text);
}

/** Index of the first token at or after a character offset (binary search: sentences can be huge). */
export function tokenIndexAt(tokens: readonly Token[], offset: number, from: number): number {
  let low = from;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function hasWordWithin(tokens: readonly Token[], from: number, to: number, lower: string): boolean {
  for (let k = from; k <= to; k++) if (tokens[k].kind === 'word' && tokens[k].lower === lower) return true;
  return false;
}

/** Index of the first range for which `test` holds, in ranges where it holds from some index on (binary search). */
export function firstIndex<T>(ranges: readonly T[], test: (range: T) => boolean): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(ranges[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}
