// Paragraphs, quotation marks, tokens and sentences. Everything here works on one paragraph at a
// time with offsets relative to the paragraph, so results can be cached per paragraph text.
import { ABBREVIATIONS, SENTENCE_CONNECTORS as CONNECTORS } from './lexicon';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Splits text into paragraphs: a line break ends a paragraph, except a soft wrap inside a sentence
 * (Markdown-style hard-wrapped prose), which joins the lines.
 */
export function splitParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let current: TextRange | null = null;
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    let contentEnd = lineEnd;
    if (contentEnd > lineStart && text.charCodeAt(contentEnd - 1) === 13) contentEnd--; // CRLF
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
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

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
  for (let i = 0; i < length; i++) {
    const ch = paragraph[i];
    let mark = '';
    if (ch === '"' || OPENERS_ONLY.has(ch) || CLOSERS_ONLY.has(ch)) mark = ch;
    else if ((ch === "'" && paragraph[i + 1] === "'") || (ch === '`' && paragraph[i + 1] === '`')) mark = ch + ch;
    else if (ch === "'" || ch === '‘' || ch === '’') {
      if (!open) openSingle = scanSingle(paragraph, i, openSingle, regions);
      continue;
    } else continue;

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
    // A lone closing curly mark used as an opener ("”word") by some typesetters.
    if (mark === '”' && !open && /[\s(]/.test(prev ?? ' ') && isLetterOrDigit(next)) role = 'open';

    if (role === 'open' && open && open.mark === '"' && mark === '“') {
      // A curly quotation inside a straight one ("He said “no” twice"): nested, when it closes
      // before the paragraph ends; the outer quotation goes on.
      const close = paragraph.indexOf('”', i + 1);
      if (close > i && !paragraph.slice(i + 1, close).includes('"')) {
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

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?/uy;

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
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    WORD_RE.lastIndex = i;
    const match = WORD_RE.exec(paragraph);
    let end = i + 1;
    let kind: TokenKind = 'punct';
    if (match) {
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
    if (region && end > region.start) end = Math.max(i + 1, region.start);
    const text = paragraph.slice(i, end);
    tokens.push({ kind, start: i, end, text, lower: text.toLowerCase().replace(/’/g, "'") });
    i = end;
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // initial: "Charles B. Rangel"
  if (word.includes('.')) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

const SENTENCE_STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'but', 'in', 'a', 'an', 'this', 'that', 'we', 'i', 'and', 'his', 'her', 'their', 'its', 'on', 'at', 'for', 'as', 'after', 'when', 'while', 'if']);

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
    } else if (token.kind === 'word' && next && token.text.endsWith('.') && /\p{Lu}\.\p{Lu}?/u.test(token.text) && next.kind === 'word' && SENTENCE_STARTERS.has(next.lower)) {
      boundary = true; // "…sanctions on the U.S. The…"
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
