// Word-level alignment of a quote to a transcript stream: rare words of the quote seed candidate
// places through the stream's postings, then an edit-distance alignment over a window around each
// place (free start and end in the transcript) finds the passage and the words that differ. An
// ellipsis in the quote may skip any number of transcript words; a bracketed insertion
// ("[the government]") stands for up to a few words, or none.
import type { TranscriptStream } from './parse';

export type QuoteToken =
  | { kind: 'word'; norm: string }
  | { kind: 'gap'; /** Most transcript words the gap may stand for. */ max: number };

export type AlignmentOp =
  | { op: 'equal' | 'changed'; quote: number; transcript: number }
  | { op: 'added'; quote: number }
  | { op: 'dropped'; transcript: number }
  | { op: 'gap'; quote: number; /** Transcript positions skipped, [from, to). */ from: number; to: number };

export interface Alignment {
  /** Positions in the stream's words of the passage, [start, end). */
  start: number;
  end: number;
  ops: AlignmentOp[];
  equal: number;
  /** Words changed, added or dropped. */
  differences: number;
  /** Gaps (ellipses, brackets) that stood for at least one transcript word. */
  cuts: number;
}

export const ELLIPSIS_MAX_WORDS = 400;
export const BRACKET_MAX_WORDS = 6;
/** The window of a first try for quotes with cuts. */
const SHORT_CUT_WORDS = 60;
const SEED_WORDS = 8;
const CANDIDATE_PLACES = 3;
const BUCKET = 16;

/**
 * The best alignment of the quote's tokens in the stream, or null when no word of the quote occurs
 * in it. The caller judges whether it is close enough to count as found.
 */
export function alignQuote(tokens: readonly QuoteToken[], stream: TranscriptStream, text?: string): Alignment | null {
  const words: Array<{ norm: string; index: number }> = [];
  let gapAllowance = 0;
  tokens.forEach((token) => {
    if (token.kind === 'word') words.push({ norm: token.norm, index: words.length });
    else gapAllowance += token.max;
  });
  if (words.length === 0) return null;

  // Seeds: the rarest words of the quote that the stream has, each voting for where the quote starts.
  const seeds = words
    .map((word) => ({ ...word, postings: stream.postings.get(word.norm) }))
    .filter((word): word is { norm: string; index: number; postings: number[] } => word.postings !== undefined)
    .sort((a, b) => a.postings.length - b.postings.length)
    .slice(0, SEED_WORDS);
  if (seeds.length === 0) return null;
  const votes = new Map<number, number>();
  for (const seed of seeds) {
    const weight = 1 / seed.postings.length;
    for (const position of seed.postings) {
      // Words after an ellipsis sit further on than their index says: vote for a start at most that far back.
      const bucket = Math.floor(Math.max(0, position - seed.index) / BUCKET);
      votes.set(bucket, (votes.get(bucket) ?? 0) + weight);
    }
  }
  const places = [...votes.entries()]
    .map(([bucket, score]) => ({ bucket, score: score + 0.5 * ((votes.get(bucket - 1) ?? 0) + (votes.get(bucket + 1) ?? 0)) }))
    .sort((a, b) => b.score - a.score || a.bucket - b.bucket)
    .slice(0, CANDIDATE_PLACES);

  // Most cuts are short: a narrow window first, the whole reach of the cuts only when that leaves
  // a tenth of the quote's words unmatched (a long cut pushes them out of the narrow window).
  const total = stream.words.length;
  const alignAround = (allowance: number) => {
    let best: Alignment | null = null;
    const span = words.length + allowance + 2 * BUCKET;
    for (const place of places) {
      const from = Math.max(0, place.bucket * BUCKET - span);
      const to = Math.min(total, place.bucket * BUCKET + BUCKET + span);
      const found = alignWindow(tokens, stream, from, to, text);
      if (found && (!best || found.differences < best.differences || (found.differences === best.differences && found.equal > best.equal))) best = found;
    }
    return best;
  };
  const reach = Math.min(gapAllowance, ELLIPSIS_MAX_WORDS);
  const narrow = alignAround(Math.min(reach, SHORT_CUT_WORDS));
  if (reach <= SHORT_CUT_WORDS || (narrow && narrow.equal >= 0.9 * words.length)) return narrow;
  const wide = alignAround(reach);
  return wide && (!narrow || wide.differences < narrow.differences) ? wide : narrow;
}

const INFINITY = 2 ** 31 - 1;
const DIAGONAL = 1;
const UP = 2; // a quote word with no transcript word: added
const LEFT = 3; // a transcript word with no quote word: dropped
const GAP = 4;

// Every difference costs the same (`unit`); among alignments with as many differences, small
// extra costs prefer the one a writer means. A dropped transcript word is the cheapest, so a quote
// that leaves out a word just before its last ("another library" for "another branch library")
// keeps its last word matched instead of calling it added, since the free end made both cost one
// difference. A changed word beats an added one, except where the transcript word sits across a
// sentence end from the rest of the passage: a quote rarely runs on into the next sentence.
const CHANGED_EXTRA = 1;
const ADDED_EXTRA = 2;
const ACROSS_SENTENCE_EXTRA = 2;

/** Whether a sentence ends right after the transcript word (its punctuation, closing marks allowed). */
function endsSentence(text: string | undefined, stream: TranscriptStream, position: number): boolean {
  if (text === undefined || position < 0 || position >= stream.words.length - 1) return false;
  return /^["”’')\]]*(?:[.!?;…]|$)/.test(text.slice(stream.words[position].end, stream.words[position].end + 4));
}

/** Semi-global edit distance of the tokens against stream words [from, to). */
function alignWindow(tokens: readonly QuoteToken[], stream: TranscriptStream, from: number, to: number, text?: string): Alignment | null {
  const m = tokens.length;
  const w = to - from;
  if (w <= 0) return null;
  const width = w + 1;
  // More than all the extras a path can collect (one per quote word, and two edges), so the number
  // of differences always decides first.
  const unit = Math.max(CHANGED_EXTRA, ADDED_EXTRA) * m + 2 * ACROSS_SENTENCE_EXTRA + 1;
  const cost = new Int32Array((m + 1) * width);
  const move = new Uint8Array((m + 1) * width);
  const gapFrom = new Int32Array((m + 1) * width);
  const words = stream.words;
  const firstIsWord = tokens[0]?.kind === 'word';
  const lastIsWord = tokens[m - 1]?.kind === 'word';
  for (let i = 1; i <= m; i++) {
    const token = tokens[i - 1];
    const row = i * width;
    const above = (i - 1) * width;
    if (token.kind === 'gap') {
      // The gap stands for transcript words (k, j]: the cheapest row-above cell within reach,
      // kept by a monotonic queue of candidates.
      const queue = new Int32Array(width);
      let head = 0;
      let tail = 0;
      for (let j = 0; j <= w; j++) {
        while (tail > head && cost[above + queue[tail - 1]] > cost[above + j]) tail--;
        queue[tail++] = j;
        while (queue[head] < j - token.max) head++;
        const k = queue[head];
        cost[row + j] = cost[above + k];
        move[row + j] = GAP;
        gapFrom[row + j] = k;
      }
      continue;
    }
    const norm = token.norm;
    const atStart = i === 1 && firstIsWord;
    const atEnd = i === m && lastIsWord;
    cost[row] = cost[above] + unit + ADDED_EXTRA;
    move[row] = UP;
    for (let j = 1; j <= w; j++) {
      const position = from + j - 1;
      let changeCost = unit + CHANGED_EXTRA;
      // The first quote word changed for the passage's first transcript word, or the last for its last.
      if ((atStart && endsSentence(text, stream, position)) || (atEnd && endsSentence(text, stream, position - 1))) changeCost += ACROSS_SENTENCE_EXTRA;
      const diagonal = cost[above + j - 1] + (words[position].norm === norm ? 0 : changeCost);
      const up = cost[above + j] + unit + ADDED_EXTRA;
      const left = cost[row + j - 1] + unit;
      if (diagonal <= up && diagonal <= left) {
        cost[row + j] = diagonal;
        move[row + j] = DIAGONAL;
      } else if (up <= left) {
        cost[row + j] = up;
        move[row + j] = UP;
      } else {
        cost[row + j] = left;
        move[row + j] = LEFT;
      }
    }
  }
  // Free end: the cheapest cell of the last row.
  let endJ = 0;
  let bestCost = INFINITY;
  for (let j = 0; j <= w; j++) {
    if (cost[m * width + j] < bestCost) {
      bestCost = cost[m * width + j];
      endJ = j;
    }
  }
  const ops: AlignmentOp[] = [];
  let i = m;
  let j = endJ;
  while (i > 0) {
    const at = i * width + j;
    const kind = move[at];
    if (kind === GAP) {
      const k = gapFrom[at];
      ops.push({ op: 'gap', quote: i - 1, from: from + k, to: from + j });
      i--;
      j = k;
    } else if (kind === DIAGONAL) {
      const token = tokens[i - 1] as { norm: string };
      ops.push({ op: words[from + j - 1].norm === token.norm ? 'equal' : 'changed', quote: i - 1, transcript: from + j - 1 });
      i--;
      j--;
    } else if (kind === UP) {
      ops.push({ op: 'added', quote: i - 1 });
      i--;
    } else {
      ops.push({ op: 'dropped', transcript: from + j - 1 });
      j--;
    }
  }
  ops.reverse();
  // Gaps at either end of the quote stand for nothing: the passage is where the words are.
  trimEdgeGaps(ops);
  let equal = 0;
  let differences = 0;
  let cuts = 0;
  let start = Infinity;
  let end = -Infinity;
  for (const op of ops) {
    if (op.op === 'equal') equal++;
    else if (op.op === 'gap') {
      if (op.to > op.from) cuts++;
    } else differences++;
    if (op.op === 'equal' || op.op === 'changed' || op.op === 'dropped') {
      start = Math.min(start, op.transcript);
      end = Math.max(end, op.transcript + 1);
    }
  }
  if (start === Infinity) return null;
  return { start, end, ops, equal, differences, cuts };
}

function trimEdgeGaps(ops: AlignmentOp[]): void {
  const firstWord = ops.findIndex((op) => op.op !== 'gap');
  for (let index = 0; index < (firstWord === -1 ? ops.length : firstWord); index++) {
    const op = ops[index];
    if (op.op === 'gap') op.from = op.to;
  }
  for (let index = ops.length - 1; index >= 0 && ops[index].op === 'gap'; index--) {
    const op = ops[index] as { from: number; to: number };
    op.to = op.from;
  }
}
