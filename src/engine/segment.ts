// Paragraphs, quotation marks, tokens and sentences. Everything here works on one paragraph at a
// time with offsets relative to the paragraph, so results can be cached per paragraph text.
import { ABBREVIATIONS, SENTENCE_CONNECTORS as CONNECTORS } from './lexicon';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Longest paragraph analysed in one piece, in UTF-16 code units (10-20 ms on this project's 2-core
 * machine for text dense with attributions, well inside the editor's 50 ms budget for one task),
 * and the longest first paragraph (the headline, which is read differently). Longer ones (a pasted
 * file with no line breaks, a hostile one) are analysed in pieces cut at sentence ends, so that the
 * work per piece is bounded and a host can yield between pieces. In the PolNeAR corpus the longest
 * paragraph has 2,573 characters and the longest first line 141.
 */
export const MAX_PARAGRAPH_LENGTH = 3000;
export const MAX_FIRST_PARAGRAPH_LENGTH = 2000;
/**
 * Most quotation marks read in one paragraph (PolNeAR's most is 14). Past it the marks are plain
 * characters and one `unbalanced-quote` finding says so: a paragraph of thousands of unclosed marks
 * costs a bounded number of quotes, not one quote and one finding per mark.
 */
export const MAX_PARAGRAPH_QUOTE_MARKS = 100;

/** Where a piece starting at `start` must end at the latest. */
function pieceLimit(start: number, end: number, maxLength = MAX_PARAGRAPH_LENGTH): number {
  return Math.min(end, start + maxLength);
}

/**
 * Splits text into paragraphs: a line break (LF, CRLF or a lone CR, as old Mac files and some CMS
 * exports have) ends a paragraph, except a soft wrap inside a sentence (Markdown-style hard-wrapped
 * prose), which joins the lines. A paragraph longer than MAX_PARAGRAPH_LENGTH comes back as pieces.
 * `startsArticle`: the text begins at the article's start, so its first paragraph is the headline
 * (false for a stretch re-split from the middle of an article).
 */
export function splitParagraphs(text: string, startsArticle = true): TextRange[] {
  const paragraphs: TextRange[] = [];
  let current: TextRange | null = null;
  let lineStart = 0;
  const length = text.length;
  let nextLf = -2;
  let nextCr = -2;
  while (lineStart <= length) {
    // The next LF and the next CR, each found once per line that passes it: linear in the text.
    if (nextLf !== -1 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
    if (nextCr !== -1 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
    let lineEnd = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
    if (lineEnd === -1) lineEnd = length;
    const contentEnd = lineEnd;
    // CRLF is one line break.
    const breakLength = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1;
    let first = lineStart;
    while (first < contentEnd && isSpaceCode(text.charCodeAt(first))) first++;
    let last = contentEnd;
    while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--;
    if (first === last) {
      current = null;
    } else if (current && isSoftWrap(text, current, first)) {
      current.end = last;
    } else {
      current = { start: first, end: last };
      paragraphs.push(current);
    }
    if (lineEnd === length) break;
    lineStart = lineEnd + breakLength;
  }
  const maxLength = (index: number) => (index === 0 && startsArticle ? MAX_FIRST_PARAGRAPH_LENGTH : MAX_PARAGRAPH_LENGTH);
  const tooLong = (paragraph: TextRange, index: number) => pieceLimit(paragraph.start, paragraph.end, maxLength(index)) < paragraph.end;
  if (!paragraphs.some(tooLong)) return paragraphs;
  return paragraphs.flatMap((paragraph, index) => (tooLong(paragraph, index) ? pieces(text, paragraph, maxLength(index)) : [paragraph]));
}

/**
 * A long paragraph cut into pieces within pieceLimit: after the last sentence end (". " and the
 * like) in the second half of the window, else at the last space, else anywhere but inside a
 * surrogate pair.
 */
function pieces(text: string, paragraph: TextRange, firstLength: number): TextRange[] {
  const result: TextRange[] = [];
  let start = paragraph.start;
  for (let limit = pieceLimit(start, paragraph.end, firstLength); limit < paragraph.end; limit = pieceLimit(start, paragraph.end)) {
    const half = start + ((limit - start) >> 1);
    let cut = -1;
    let space = -1;
    for (let index = limit; index > half; index--) {
      if (!isSpaceCode(text.charCodeAt(index))) continue;
      if (space === -1) space = index;
      if (SENTENCE_END_CODES.has(text.charCodeAt(index - 1))) {
        cut = index;
        break;
      }
    }
    if (cut === -1) cut = space;
    if (cut === -1) cut = /[\uDC00-\uDFFF]/.test(text[limit]) ? limit - 1 : limit;
    if (cut <= start) cut = limit; // a one-character window: never stall
    let end = cut;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) result.push({ start, end });
    start = cut;
    while (start < paragraph.end && isSpaceCode(text.charCodeAt(start))) start++;
  }
  if (start < paragraph.end) result.push({ start, end: paragraph.end });
  return result;
}

/** What ends a sentence before a space, where a long paragraph is best cut (as char codes: tested on every space of a window). */
const SENTENCE_END_CODES = new Set([...'.?!…”"’»'].map((mark) => mark.charCodeAt(0)));

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 12 || code === 11;
}

// A wrapped line continues a sentence: the previous line is long, has no closing punctuation, and
// the next line starts in lower case or the previous one ends with a comma.
function isSoftWrap(text: string, previous: TextRange, nextStart: number): boolean {
  if (previous.end - previous.start < 50) return false;
  const lastChar = text[previous.end - 1];
  const nextChar = text[nextStart];
  if (/[.?!:;"”’')\]]/.test(lastChar)) return false;
  if (/[#>*\-+|]/.test(nextChar) || /^\d+[.)]\s/.test(text.slice(nextStart, nextStart + 4))) return false;
  return lastChar === ',' || /\p{Ll}/u.test(nextChar);
}

// ---------------------------------------------------------------------------------------------
// Quotation marks

export interface QuoteRegion {
  /** Index of the opening mark. */
  start: number;
  /** Index after the closing mark, or the paragraph end when the quotation is not closed. */
  end: number;
  openMark: string;
  closeMark: string | null;
  single: boolean;
}

export interface StrayMark {
  at: number;
  mark: string;
  /** The first mark past MAX_PARAGRAPH_QUOTE_MARKS: from here on, marks are not read. */
  overflow?: true;
}

export interface QuoteScan {
  regions: QuoteRegion[];
  /** Closing marks with no opening mark before them in the paragraph. */
  strays: StrayMark[];
}

const OPENERS_ONLY = new Set(['“', '„', '«', '‹']);
const CLOSERS_ONLY = new Set(['”', '»', '›']);

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
function isBlank(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Finds quotation-mark pairs in one paragraph. Single quotes count only where they quote. */
export function scanQuotes(paragraph: string): QuoteScan {
  const regions: QuoteRegion[] = [];
  const strays: StrayMark[] = [];
  let open: { start: number; mark: string } | null = null;
  let openSingle: { start: number; mark: string } | null = null;
  const length = paragraph.length;
  let nextMarks: { curlyClose: Int32Array; straight: Int32Array } | undefined;
  for (let i = 0; i < length; i++) {
    // Most characters are plain ASCII, and of those only ", ' and ` can be marks: the rest are stepped over at once.
    const code = paragraph.charCodeAt(i);
    if (code < 0x80 && code !== 0x22 && code !== 0x27 && code !== 0x60) continue;
    const ch = paragraph[i];
    let mark = '';
    if (ch === '"' || OPENERS_ONLY.has(ch) || CLOSERS_ONLY.has(ch)) mark = ch;
    else if ((ch === "'" && paragraph[i + 1] === "'") || (ch === '`' && paragraph[i + 1] === '`')) mark = ch + ch;
    else if (ch === "'" || ch === '‘' || ch === '’') {
      if (!open && regions.length + strays.length < MAX_PARAGRAPH_QUOTE_MARKS) openSingle = scanSingle(paragraph, i, openSingle, regions);
      continue;
    } else continue;
    if (regions.length + strays.length >= MAX_PARAGRAPH_QUOTE_MARKS) {
      // Enough: the open quotation (if any) ends here and the rest of the paragraph is plain text.
      strays.push({ at: i, mark, overflow: true });
      if (open) regions.push({ start: open.start, end: Math.max(open.start + open.mark.length, trimEnd(paragraph, i)), openMark: open.mark, closeMark: null, single: false });
      open = null;
      break;
    }

    const prev = paragraph[i - 1];
    const next = paragraph[i + mark.length];
    let role: 'open' | 'close' | 'either';
    if (OPENERS_ONLY.has(mark) || mark === '``') role = 'open';
    else if (CLOSERS_ONLY.has(mark)) role = 'close';
    else {
      const opensLike = (prev === undefined || /[\s([{—–\-/]/.test(prev)) && !isBlank(next);
      const closesLike = !isBlank(prev) && (next === undefined || /[\s.,;:!?)\]}—–\-…]/.test(next));
      role = opensLike && !closesLike ? 'open' : closesLike && !opensLike ? 'close' : 'either';
    }
    // „…“ (German style) closes with the mark that usually opens.
    if (mark === '“' && open?.mark === '„') role = 'close';
    // An opening curly mark typed where the closing one belongs (`…at the polls,“ said Dana`): it
    // hugs the last word and is followed by a space, punctuation or the paragraph's end, while a
    // curly quotation is open. Read as the close it was meant to be (the finding offers the swap).
    else if (mark === '“' && open?.mark === '“' && !isBlank(prev) && !/[([{—–\-/]/.test(prev) && (next === undefined || /[\s.,;:!?)\]}—–…]/.test(next))) role = 'close';
    // A lone closing curly mark used as an opener ("”word") by some typesetters.
    if (mark === '”' && !open && /[\s(]/.test(prev ?? ' ') && isLetterOrDigit(next)) role = 'open';

    if (role === 'open' && open && open.mark === '"' && mark === '“') {
      // A curly quotation inside a straight one ("He said “no” twice"): nested, when it closes
      // before the paragraph ends; the outer quotation goes on. The next marks are looked up in
      // tables made once, so a paragraph of unclosed marks stays linear.
      nextMarks ??= nextIndexTables(paragraph);
      const close = nextMarks.curlyClose[i + 1];
      if (close < length && nextMarks.straight[i + 1] > close) {
        i = close;
        continue;
      }
    }
    if (role === 'open' && open) {
      // A new quotation opens before the last one closed: that one is unbalanced.
      regions.push({ start: open.start, end: trimEnd(paragraph, i), openMark: open.mark, closeMark: null, single: false });
      open = { start: i, mark };
    } else if (role === 'open' || (role === 'either' && !open)) {
      open = { start: i, mark };
      openSingle = null;
    } else if (open) {
      regions.push({ start: open.start, end: i + mark.length, openMark: open.mark, closeMark: mark, single: false });
      open = null;
    } else {
      strays.push({ at: i, mark });
    }
    i += mark.length - 1;
  }
  if (open) regions.push({ start: open.start, end: trimEnd(paragraph, length), openMark: open.mark, closeMark: null, single: false });
  regions.sort((a, b) => a.start - b.start);
  return { regions, strays };
}

/** For each index, where the next ” and the next " are (the paragraph's length when there is none). */
function nextIndexTables(paragraph: string): { curlyClose: Int32Array; straight: Int32Array } {
  return { curlyClose: nextIndexOf(paragraph, '”'), straight: nextIndexOf(paragraph, '"') };
}

/**
 * For each index of `text`, where the next `char` is (text.length when there is none): made once
 * per paragraph or line, so looking up the next mark or bracket from every position stays linear
 * even when none is ever closed (also used by the transcript parser).
 */
export function nextIndexOf(text: string, char: string): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let index = text.length - 1; index >= 0; index--) next[index] = text[index] === char ? index : next[index + 1];
  return next;
}

/**
 * Marks typed the wrong way round, found in a paragraph's quotation regions: “ closing a curly
 * quotation (German „…“ aside). Its index and the mark it should be.
 */
export function wrongDirectionMarks(regions: readonly QuoteRegion[]): Array<{ at: number; mark: string; expected: string }> {
  const found: Array<{ at: number; mark: string; expected: string }> = [];
  for (const region of regions) {
    if (region.single) continue;
    if (region.closeMark === '“' && region.openMark !== '„') found.push({ at: region.end - 1, mark: '“', expected: '”' });
  }
  return found;
}

function scanSingle(
  paragraph: string,
  i: number,
  pending: { start: number; mark: string } | null,
  regions: QuoteRegion[],
): { start: number; mark: string } | null {
  const ch = paragraph[i];
  const prev = paragraph[i - 1];
  const next = paragraph[i + 1];
  const opensLike = (ch === "'" || ch === '‘') && (prev === undefined || /[\s([{—–\-]/.test(prev)) && next !== undefined && /\p{L}/u.test(next);
  const closesLike = (ch === "'" || ch === '’') && !isBlank(prev) && !isLetterOrDigit(next);
  if (pending && closesLike && i - pending.start > 2) {
    // "the workers’ union" has a closing-looking apostrophe: a quotation must hold a word before it.
    if (/[\p{L}\p{N}.,!?]/u.test(prev)) {
      regions.push({ start: pending.start, end: i + 1, openMark: pending.mark, closeMark: ch, single: true });
      return null;
    }
  }
  if (opensLike && !pending) return { start: i, mark: ch };
  return pending;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

// ---------------------------------------------------------------------------------------------
// Tokens

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, with curly apostrophes made straight. */
  lower: string;
  /** For quote tokens: index into the paragraph's quote regions. */
  region?: number;
}

// Inside a word, a byte of doubly-encoded UTF-8 after "Ã" or "Â" (also decomposed: "A" and a combining
// tilde or circumflex) is part of it ("FranÃÂ§ois").
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|(?<=[ÃÂ]|A[\u0302\u0303])[\u0080-\u00BF])*(?:['’\-.&][\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|(?<=[ÃÂ]|A[\u0302\u0303])[\u0080-\u00BF])*)*\.?/uy;

/** Tokens of a paragraph, with each top-level quotation collapsed into one `quote` token. */
export function tokenize(paragraph: string, regions: readonly QuoteRegion[]): Token[] {
  const tokens: Token[] = [];
  let regionIndex = 0;
  let i = 0;
  const length = paragraph.length;
  while (i < length) {
    const region = regions[regionIndex];
    if (region && i >= region.start) {
      const text = paragraph.slice(region.start, region.end);
      tokens.push({ kind: 'quote', start: region.start, end: region.end, text, lower: text.toLowerCase(), region: regionIndex });
      i = Math.max(region.end, i + 1);
      regionIndex++;
      continue;
    }
    const ch = paragraph[i];
    if (ch === ' ' || /\s/.test(ch)) {
      i++;
      continue;
    }
    const asciiEnd = asciiWordEnd(paragraph, i);
    WORD_RE.lastIndex = i;
    const match = asciiEnd === -1 ? WORD_RE.exec(paragraph) : null;
    let end = i + 1;
    let kind: TokenKind = 'punct';
    if (asciiEnd !== -1) {
      kind = 'word';
      end = asciiEnd;
    } else if (match) {
      kind = 'word';
      end = i + match[0].length;
      // A final period belongs to the word only for abbreviations, initials and dotted acronyms.
      if (paragraph[end - 1] === '.' && !keepsPeriod(paragraph.slice(i, end - 1))) end--;
      // "U.K.'s": the possessive stays with the abbreviation.
      else if (paragraph[end - 1] === '.' && /['’]s\b/.test(paragraph.slice(end, end + 3))) end += 2;
    } else if (ch === '-' && paragraph[i + 1] === '-') {
      end = i + 2;
    } else if (/[\uD800-\uDBFF]/.test(ch) && /[\uDC00-\uDFFF]/.test(paragraph[i + 1] ?? '')) {
      end = i + 2; // keep surrogate pairs whole; a lone surrogate is one code unit
    }
    // "2,300 students": a number's thousands separators are part of it, not commas of the sentence.
    if (kind === 'word') end = thousandsEnd(paragraph, i, end);
    if (region && end > region.start) end = Math.max(i + 1, region.start);
    const text = paragraph.slice(i, end);
    const lower = text.toLowerCase();
    tokens.push({ kind, start: i, end, text, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower });
    i = end;
  }
  return tokens;
}

/**
 * Where a number starting at `i` ends when groups of three digits follow its comma ("2,300",
 * "1,250,000"); `end` when the word there is no such number. A comma before other digits ("in
 * 2019, 14 people") stays punctuation.
 */
function thousandsEnd(paragraph: string, i: number, end: number): number {
  const first = paragraph.charCodeAt(i);
  if (first < 0x30 || first > 0x39 || end - i > 3) return end;
  for (let k = i + 1; k < end; k++) {
    const code = paragraph.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return end;
  }
  let to = end;
  while (paragraph.charCodeAt(to) === 0x2c && isDigitRun(paragraph, to + 1, 3) && !isDigitRun(paragraph, to + 4, 1)) to += 4;
  if (to === end) return end;
  // "2,300.50", "$1,200.75": the decimals go with it too.
  if (paragraph.charCodeAt(to) === 0x2e && isDigitRun(paragraph, to + 1, 1)) {
    to += 1;
    while (isDigitRun(paragraph, to, 1)) to++;
  }
  return to;
}

/** Whether `count` ASCII digits start at `at`. */
function isDigitRun(paragraph: string, at: number, count: number): boolean {
  for (let k = at; k < at + count; k++) {
    const code = paragraph.charCodeAt(k);
    if (!(code >= 0x30 && code <= 0x39)) return false;
  }
  return true;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Where a word of ASCII letters and digits starting at `i` ends, when WORD_RE would end it there
 * too (what follows is no letter, mark, joiner or full stop); otherwise -1, and WORD_RE decides.
 * Most words are such, and the regular expression (with its look-behind) costs several times more.
 */
function asciiWordEnd(paragraph: string, i: number): number {
  if (!isAsciiLetterOrDigit(paragraph.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < paragraph.length && isAsciiLetterOrDigit(paragraph.charCodeAt(j))) j++;
  if (j === paragraph.length) return j;
  const next = paragraph.charCodeAt(j);
  return next >= 0x80 || next === 0x27 || next === 0x2d || next === 0x2e || next === 0x26 ? -1 : j;
}

function keepsPeriod(word: string): boolean {
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // initial: "Charles B. Rangel"
  if (word.includes('.')) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const SENTENCE_STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'but', 'in', 'a', 'an', 'this', 'that', 'we', 'i', 'and', 'his', 'her', 'their', 'its', 'on', 'at', 'for', 'as', 'after', 'when', 'while', 'if', 'some', 'many', 'most', 'several']);
/** Lower-case abbreviations that end a sentence as often as not ("…at 7:20 a.m. Some parents…"). */
const SENTENCE_ENDING_ABBREVIATIONS = /^(a\.m|p\.m|etc)\.$/i;

/**
 * Sentences as token index ranges [start, end). A quotation that ends a sentence inside its marks
 * ("…," he said. "Next.") ends the sentence only when a capitalised word or a new quote follows.
 */
export function splitSentences(
  tokens: readonly Token[],
  regions: readonly QuoteRegion[],
  paragraph: string,
  isCue: (lower: string) => boolean,
): TextRange[] {
  const sentences: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    let boundary = false;
    if (token.kind === 'punct' && (token.text === '.' || token.text === '?' || token.text === '!' || token.text === '…')) {
      boundary = !next || next.kind === 'quote' || startsUpper(next) || (next.kind === 'punct' && next.text !== ',' && next.text !== ')');
    } else if (token.kind === 'quote' && next) {
      const region = regions[token.region!];
      const inner = paragraph.slice(region.start, region.end).replace(/["”’'»“«]+$/u, '');
      if (/[.?!]$/.test(inner) && (next.kind === 'quote' || (next.kind === 'word' && startsUpper(next) && !cueFollows(tokens, i + 1, isCue)))) boundary = true;
    } else if (token.kind === 'word' && next && token.text.endsWith('.') && (/\p{Lu}\.\p{Lu}?/u.test(token.text) || (SENTENCE_ENDING_ABBREVIATIONS.test(token.text) && startsUpper(next))) && next.kind === 'word' && SENTENCE_STARTERS.has(next.lower)) {
      boundary = true; // "…sanctions on the U.S. The…", "…classes at 7:20 a.m. Some parents…"
    }
    if (boundary) {
      // Closing punctuation that hugs the period stays with its sentence.
      while (tokens[i + 1] && tokens[i + 1].kind === 'punct' && /^[)\]]$/.test(tokens[i + 1].text)) i++;
      sentences.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length });
  return sentences;
}

function startsUpper(token: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token.text);
}

// "“Why?” Smith asked." keeps Smith in the quote's sentence: a name and then a cue verb follow.
function cueFollows(tokens: readonly Token[], from: number, isCue: (lower: string) => boolean): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const token = tokens[j];
    if (token.kind !== 'word') return false;
    if (isCue(token.lower)) return j > from;
    if (!/^\p{Lu}/u.test(token.text) || (j === from && SENTENCE_STARTERS.has(token.lower)) || CONNECTORS.has(token.lower)) return false;
  }
  return false;
}
