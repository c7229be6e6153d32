// Quotes against their transcripts: a pass over an analysis, separate from `analyze`, that aligns
// each direct quote with the best passage of its speaker's transcripts (all transcripts when the
// speaker is unknown) and reports misquotes and quotes no transcript has.
import { attributionFix, DEFAULT_SEVERITY, SUPPRESSION_PATTERN } from '../diagnostics';
import { NEVER_PAUSE, runToEnd } from '../document/steps';
import type { ShouldPause } from '../document/steps';
import { surnameOf } from '../mentions';
import type { Actor, Analysis, Diagnostic, DiagnosticCode, NewsdeskConfig, Quote, Suggestion } from '../types';
import type { AlignmentOp, QuoteToken } from './align';
import { BRACKET_MAX_WORDS, ELLIPSIS_MAX_WORDS } from './align';
import type { IndexedStream, StreamMatch, TranscriptIndex } from './index';
import { withoutFillers } from './parse';
import { sameWords } from './variants';
import { normalizeWord, WORD_PATTERN } from './words';

/** `variant`: the same words as the transcript, written differently ("we're" for "we are", "5" for "five"). */
export type VerificationStatus = 'verbatim' | 'variant' | 'misquote' | 'not-found' | 'unchecked';

/** One piece of a quote's difference from its passage, in reading order. */
export interface DiffPart {
  op: 'equal' | 'changed' | 'added' | 'dropped' | 'variant' | 'cut';
  /** The article's words (equal, changed, added, variant; for a cut, the ellipsis or bracket as written). */
  quote?: string;
  /** The transcript's words (changed, dropped, variant; for a cut, what the cut left out). */
  transcript?: string;
}

export interface QuoteVerification {
  quoteId: string;
  /** The quote's span in the article. */
  start: number;
  end: number;
  speaker: string | null;
  status: VerificationStatus;
  /** The transcript of the passage, as the article or configuration names it. */
  transcript?: string;
  /** The passage's span in the transcript's text, and its first line (1-based). */
  passage?: { start: number; end: number; line: number };
  /** Milliseconds into the recording where the passage starts, for captions and timed notes. */
  time?: number;
  /** Words changed, added or dropped; 0 for a verbatim quote. */
  differences: number;
  /** Places where the quote writes the transcript's words differently (a contraction, a number in figures). */
  variants: number;
  /** Ellipses and bracketed insertions that stand for transcript words. */
  cuts: number;
  diff: DiffPart[];
  /** The transcript's words for the passage, tidied (no tags or labels). */
  transcriptWording?: string;
  /** For a misquote: the article's quote with the transcript's words in place of the changed ones. */
  suggestion?: Suggestion;
  /** For a quote with no speaker in the article: the one speaker label of the transcript passage that has it. */
  transcriptSpeaker?: string;
  /** For a quote not found in its speaker's words: someone else in the transcripts who said it. */
  saidBy?: { speaker: string; transcript: string; line: number; time?: number };
}

export interface VerifyOptions {
  config?: Partial<NewsdeskConfig>;
}

export interface VerifyResult {
  results: QuoteVerification[];
  diagnostics: Diagnostic[];
}

export const USE_TRANSCRIPT_TITLE = "Use the transcript's wording";

/** A quote is found when most of its words are in the passage, in order. */
const MIN_EQUAL_SHARE = 0.6;

/** Checks every direct quote of the analysis against the transcripts. Never throws. */
export function verifyQuotes(text: string, analysis: Analysis, index: TranscriptIndex, options: VerifyOptions = {}): VerifyResult {
  return runToEnd(verifyQuotesInSteps(text, analysis, index, options, NEVER_PAUSE));
}

/** How many quotes are checked between two questions whether to pause (asking reads the clock). */
const QUOTES_BETWEEN_PAUSES = 64;

/** `verifyQuotes` in steps an editor spreads over time slices (a file of many articles has thousands of quotes). */
export function* verifyQuotesInSteps(text: string, analysis: Analysis, index: TranscriptIndex, options: VerifyOptions, shouldPause: ShouldPause): Generator<void, VerifyResult, void> {
  const results: QuoteVerification[] = [];
  const diagnostics: Diagnostic[] = [];
  if (index.streams.length === 0) return { results, diagnostics };
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const severity = options.config?.severity ?? {};
  for (const [count, quote] of analysis.quotes.entries()) {
    if (count % QUOTES_BETWEEN_PAUSES === QUOTES_BETWEEN_PAUSES - 1 && shouldPause()) yield;
    if (quote.kind !== 'direct' || quote.end > text.length) continue;
    let result: QuoteVerification;
    try {
      const actor = quote.speaker ? actors.get(quote.speaker.actorId) : undefined;
      const key = `${actor ? [actor.name, ...actor.aliases].join('|') : (quote.speaker?.name ?? '')}\u0001${text.slice(quote.start, quote.end)}`;
      const known = index.verified.get(key) as QuoteVerification | undefined;
      if (known) result = placed(known, quote);
      else {
        result = verifyQuote(text, quote, actor, index);
        index.verified.set(key, placed(result, { id: result.quoteId, start: 0, end: result.end - result.start }, -result.start));
      }
    } catch (error) {
      if (typeof process !== 'undefined' && process.env?.NEWSDESK_DEBUG) console.error(error);
      continue;
    }
    results.push(result);
    const finding = findingFor(result);
    if (!finding) continue;
    const setting = severity[finding.code];
    if (setting === 'off') continue;
    diagnostics.push({ ...finding, severity: setting ?? DEFAULT_SEVERITY[finding.code] });
  }
  return { results, diagnostics: applySuppressions(text, analysis, diagnostics) };
}

/** A verification moved to a quote's place (offsets shifted by the quote's start, or by `shift`). */
function placed(result: QuoteVerification, quote: { id: string; start: number; end: number }, shift = quote.start - result.start): QuoteVerification {
  const moved: QuoteVerification = { ...result, quoteId: quote.id, start: quote.start, end: quote.end };
  if (result.suggestion) moved.suggestion = { ...result.suggestion, start: result.suggestion.start + shift, end: result.suggestion.end + shift };
  return moved;
}

// ---------------------------------------------------------------------------------------------
// One quote

interface PlacedToken {
  token: QuoteToken;
  start: number;
  end: number;
}

function verifyQuote(text: string, quote: Quote, actor: Actor | undefined, index: TranscriptIndex): QuoteVerification {
  const speaker = actor?.name ?? quote.speaker?.name ?? null;
  const base: QuoteVerification = { quoteId: quote.id, start: quote.start, end: quote.end, speaker, status: 'unchecked', differences: 0, variants: 0, cuts: 0, diff: [] };
  const placed = quoteTokens(text, quote.start, quote.end);
  const words = placed.filter((token) => token.token.kind === 'word').length;
  if (words === 0) return base;
  const eligible = eligibleStreams(index.streams, actor, quote.speaker?.name);
  if (eligible.length === 0) return base;
  const match = index.bestMatch(placed.map((token) => token.token), eligible);
  const close = (found: StreamMatch | null): found is StreamMatch =>
    !!found && found.alignment.equal >= Math.max(1, Math.ceil(words * MIN_EQUAL_SHARE)) && (words < 3 || found.alignment.equal >= 2);
  if (!close(match)) {
    const notFound: QuoteVerification = { ...base, status: 'not-found', transcript: describeStreams(eligible) };
    // Words put in the wrong mouth: another speaker in the transcripts said them.
    const others = index.streams.filter((stream) => !eligible.includes(stream) && stream.speakers.length > 0);
    const elsewhere = others.length ? index.bestMatch(placed.map((token) => token.token), others) : null;
    if (close(elsewhere) && elsewhere.alignment.differences <= Math.max(1, Math.floor(words / 5))) {
      const word = elsewhere.stream.stream.words[elsewhere.alignment.start];
      notFound.saidBy = {
        speaker: elsewhere.stream.speakers.join(' & '),
        transcript: elsewhere.stream.transcript.path,
        line: index.lineOf(elsewhere.stream.transcript, word.start),
        ...(word.time !== undefined ? { time: word.time } : {}),
      };
    }
    return notFound;
  }
  const { stream, alignment } = match;
  const transcriptWords = stream.stream.words;
  const source = stream.transcript.text;
  const { ops, variantOf, variants, differences } = findVariants(text, source, placed, transcriptWords, alignment.ops);
  const passageWords = ops.flatMap((op) => ('transcript' in op ? [op.transcript] : []));
  const passageStart = Math.min(alignment.start, ...passageWords);
  const passageEnd = Math.max(alignment.end, ...passageWords.map((position) => position + 1));
  const first = transcriptWords[passageStart];
  const last = transcriptWords[passageEnd - 1];
  const result: QuoteVerification = {
    ...base,
    status: differences > 0 ? 'misquote' : variants > 0 ? 'variant' : 'verbatim',
    transcript: stream.transcript.path,
    passage: { start: first.start, end: last.end, line: index.lineOf(stream.transcript, first.start) },
    differences,
    variants,
    cuts: alignment.cuts,
    diff: describeDiff(text, source, placed, transcriptWords, ops, variantOf),
    transcriptWording: wording(source, transcriptWords, passageStart, passageEnd),
  };
  if (first.time !== undefined) result.time = first.time;
  if (!quote.speaker && stream.speakers.length === 1) result.transcriptSpeaker = stream.speakers[0];
  if (differences + variants > 0) {
    const suggestion = transcriptFix(text, source, placed, transcriptWords, ops);
    if (suggestion) result.suggestion = suggestion;
  }
  return result;
}

/**
 * The quote's words and its cuts, inside the quotation marks: "..." and "…" (and "[...]") may skip
 * any number of transcript words; "[the government]" stands for a few words, or none. Fillers and
 * stutters are dropped as they are from transcripts.
 */
export function quoteTokens(text: string, start: number, end: number): PlacedToken[] {
  const slice = text.slice(start, end);
  const tokens: PlacedToken[] = [];
  const pattern = /\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|\[[^\]\n]*\]|(?:\.\s*){2}\.|…|[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
  let words: PlacedToken[] = [];
  const flush = () => {
    tokens.push(...withoutFillersPlaced(words));
    words = [];
  };
  for (const match of slice.matchAll(pattern)) {
    const at = start + (match.index ?? 0);
    const written = match[0];
    const placed = { start: at, end: at + written.length };
    if (written.startsWith('[')) {
      flush();
      const isCut = /^\[\s*(?:\.|…)/.test(written);
      tokens.push({ token: { kind: 'gap', max: isCut ? ELLIPSIS_MAX_WORDS : BRACKET_MAX_WORDS }, ...placed });
    } else if (written === '…' || written.startsWith('.')) {
      flush();
      tokens.push({ token: { kind: 'gap', max: ELLIPSIS_MAX_WORDS }, ...placed });
    } else {
      const norm = normalizeWord(written);
      words.push({ token: { kind: 'word', norm }, ...placed });
    }
  }
  flush();
  return tokens;
}

function withoutFillersPlaced(words: PlacedToken[]): PlacedToken[] {
  return withoutFillers(words.map((word) => ({ norm: (word.token as { norm: string }).norm, word }))).map((entry) => entry.word);
}

// ---------------------------------------------------------------------------------------------
// Speakers

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'mayor', 'sen', 'senator', 'rep', 'gov', 'governor',
  'president', 'minister', 'secretary', 'foreign', 'prime', 'chancellor', 'gen', 'general', 'rev', 'judge', 'justice', 'the',
]);

function nameWords(name: string): string[] {
  return (name.match(WORD_PATTERN) ?? []).map(normalizeWord).filter((word) => !TITLES.has(word.replace(/\.$/, '')));
}

/** Whether a transcript's speaker label ("CLEVERLY", "Harold Penwick", "Mayor Marchetti") names one of the actor's names. */
export function labelMatches(label: string, names: readonly string[]): boolean {
  const labelWords = nameWords(label);
  if (labelWords.length === 0) return false;
  const last = labelWords[labelWords.length - 1];
  return names.some((name) => {
    const words = nameWords(name);
    if (words.length === 0) return false;
    const set = new Set(words);
    if (labelWords.every((word) => set.has(word))) return true;
    const labelSet = new Set(labelWords);
    return words.every((word) => labelSet.has(word)) && words.includes(last);
  });
}

/**
 * The streams a quote may come from: the speaker's own (by label, or by the article's link) and
 * streams with no speaker; every stream when the speaker is unknown.
 */
function eligibleStreams(streams: readonly IndexedStream[], actor: Actor | undefined, speakerName: string | undefined): IndexedStream[] {
  if (!actor && !speakerName) return [...streams];
  const names = actor ? [actor.name, ...actor.aliases] : [speakerName!];
  return streams.filter((stream) => stream.speakers.length === 0 || stream.speakers.some((label) => labelMatches(label, names)));
}

function describeStreams(streams: readonly IndexedStream[]): string {
  return [...new Set(streams.map((stream) => stream.transcript.path))].join(', ');
}

// ---------------------------------------------------------------------------------------------
// Differences and the fix

interface TranscriptWordLike {
  start: number;
  end: number;
}

function describeDiff(text: string, source: string, placed: PlacedToken[], words: readonly TranscriptWordLike[], ops: readonly AlignmentOp[], variantOf: ReadonlyMap<AlignmentOp, Variant>): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (part: DiffPart) => {
    const previous = parts[parts.length - 1];
    // Runs of the same kind read as one: "~~our family~~ **my kids**".
    if (previous && previous.op === part.op && part.op !== 'cut') {
      if (part.quote !== undefined) previous.quote = previous.quote !== undefined ? `${previous.quote} ${part.quote}` : part.quote;
      if (part.transcript !== undefined) previous.transcript = previous.transcript !== undefined ? `${previous.transcript} ${part.transcript}` : part.transcript;
      return;
    }
    parts.push(part);
  };
  const quoteWord = (index: number) => text.slice(placed[index].start, placed[index].end);
  const transcriptWord = (index: number) => source.slice(words[index].start, words[index].end);
  // A run of equal words reads as the article has it, punctuation included.
  let equalFrom = -1;
  for (const op of ops) {
    if (op.op === 'equal') {
      const previous = parts[parts.length - 1];
      if (previous?.op === 'equal' && equalFrom >= 0) previous.quote = text.slice(equalFrom, placed[op.quote].end);
      else {
        equalFrom = placed[op.quote].start;
        parts.push({ op: 'equal', quote: quoteWord(op.quote) });
      }
      continue;
    }
    equalFrom = -1;
    const variant = variantOf.get(op);
    if (variant) {
      // One part for the whole run ("we’re" for "we are"), at its first op.
      if (variant.ops[0] === op) parts.push({ op: 'variant', quote: variant.quote, transcript: variant.transcript });
      continue;
    }
    if (op.op === 'changed') push({ op: 'changed', quote: quoteWord(op.quote), transcript: transcriptWord(op.transcript) });
    else if (op.op === 'added') push({ op: 'added', quote: quoteWord(op.quote) });
    else if (op.op === 'dropped') push({ op: 'dropped', transcript: transcriptWord(op.transcript) });
    else if (op.op === 'gap') {
      const left = op.to > op.from ? wording(source, words, op.from, op.to) : undefined;
      parts.push({ op: 'cut', quote: quoteWord(op.quote), ...(left !== undefined ? { transcript: left } : {}) });
    }
  }
  return parts;
}

interface Variant {
  ops: AlignmentOp[];
  /** The article's words and the transcript's, as written. */
  quote: string;
  transcript: string;
}

/**
 * Runs of differing words that say the same as the transcript, written differently: each becomes
 * a variant instead of changed, added or dropped words. A run at an edge of the passage may take
 * in a transcript word or two beyond it ("We’re" at the start for "We are", aligned to "are").
 */
function findVariants(text: string, source: string, placed: PlacedToken[], words: readonly TranscriptWordLike[], alignedOps: readonly AlignmentOp[]) {
  const ops = [...alignedOps];
  const variantOf = new Map<AlignmentOp, Variant>();
  const isDifference = (op: AlignmentOp) => op.op === 'changed' || op.op === 'added' || op.op === 'dropped';
  const firstEqual = ops.findIndex((op) => op.op === 'equal');
  let lastEqual = -1;
  ops.forEach((op, at) => {
    if (op.op === 'equal') lastEqual = at;
  });
  for (let index = 0; index < ops.length; ) {
    if (!isDifference(ops[index])) {
      index++;
      continue;
    }
    let end = index;
    while (end < ops.length && isDifference(ops[end])) end++;
    const run = ops.slice(index, end);
    const quoteIndexes = run.flatMap((op) => (op.op === 'changed' || op.op === 'added' ? [op.quote] : []));
    const transcriptIndexes = run.flatMap((op) => (op.op === 'changed' || op.op === 'dropped' ? [op.transcript] : []));
    if (quoteIndexes.length === 0) {
      index = end;
      continue;
    }
    const quoteText = text.slice(placed[quoteIndexes[0]].start, placed[quoteIndexes[quoteIndexes.length - 1]].end);
    const neighbour = transcriptIndexes.length ? null : (ops.slice(0, index).reverse().find((op) => 'transcript' in op) as { transcript: number } | undefined);
    const from = transcriptIndexes[0] ?? (neighbour ? neighbour.transcript + 1 : -1);
    const to = transcriptIndexes.length ? transcriptIndexes[transcriptIndexes.length - 1] + 1 : from;
    // Beyond the passage, only where no equal word stands between the run and the edge.
    const atStart = firstEqual === -1 || index < firstEqual;
    const atEnd = end > lastEqual;
    const tries: Array<[number, number]> = [[from, to]];
    for (let extra = 1; extra <= 2; extra++) {
      if (atStart) tries.push([from - extra, to]);
      if (atEnd) tries.push([from, to + extra]);
    }
    const fits = tries.find(([a, b]) => a >= 0 && b <= words.length && b > a && sameWords(quoteText, wording(source, words, a, b)));
    if (fits) {
      const [a, b] = fits;
      const before: AlignmentOp[] = [];
      const after: AlignmentOp[] = [];
      for (let position = a; position < from; position++) before.push({ op: 'dropped', transcript: position });
      for (let position = Math.max(to, a); position < b; position++) after.push({ op: 'dropped', transcript: position });
      const variantOps = [...before, ...run, ...after];
      ops.splice(index, run.length, ...variantOps);
      const variant: Variant = { ops: variantOps, quote: quoteText, transcript: wording(source, words, a, b) };
      for (const op of variantOps) variantOf.set(op, variant);
      end = index + variantOps.length;
      lastEqual += variantOps.length - run.length;
    }
    index = end;
  }
  const differences = ops.filter((op) => isDifference(op) && !variantOf.has(op)).length;
  return { ops, variantOf, variants: new Set(variantOf.values()).size, differences };
}

/** The transcript's words [from, to) as one line: separators kept within a line, tags and labels left out. */
function wording(source: string, words: readonly TranscriptWordLike[], from: number, to: number): string {
  let result = '';
  for (let index = from; index < to; index++) {
    if (index > from) {
      const separator = source.slice(words[index - 1].end, words[index].start);
      // Across a caption or line break, keep the punctuation and make the break a space.
      result += /^[ \t,;.!?'’"“”-]{1,4}$/.test(separator) ? separator : `${/^[,;.!?]*/.exec(separator)![0]} `;
    }
    result += source.slice(words[index].start, words[index].end);
  }
  return result;
}

/**
 * The quote with the transcript's words in place of those that differ, as one replacement that
 * covers only the words inside the quotation marks (cuts and brackets stay as the writer made them).
 */
function transcriptFix(text: string, source: string, placed: PlacedToken[], words: readonly TranscriptWordLike[], ops: readonly AlignmentOp[]): Suggestion | undefined {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let index = 0;
  while (index < ops.length) {
    const op = ops[index];
    if (op.op === 'equal' || op.op === 'gap') {
      index++;
      continue;
    }
    // A hunk: consecutive changed, added and dropped words.
    const hunkStart = index;
    const quoteIndexes: number[] = [];
    const transcriptIndexes: number[] = [];
    while (index < ops.length && ops[index].op !== 'equal' && ops[index].op !== 'gap') {
      const current = ops[index];
      if (current.op === 'changed' || current.op === 'added') quoteIndexes.push(current.quote);
      if (current.op === 'changed' || current.op === 'dropped') transcriptIndexes.push(current.transcript);
      index++;
    }
    const replacement = transcriptIndexes.length ? wording(source, words, transcriptIndexes[0], transcriptIndexes[transcriptIndexes.length - 1] + 1) : '';
    if (quoteIndexes.length) {
      let start = placed[quoteIndexes[0]].start;
      let end = placed[quoteIndexes[quoteIndexes.length - 1]].end;
      let newText = matchCase(text.slice(start, end), replacement);
      if (!replacement) {
        // Removing words: take the space after them too (or before, at the end of the quote); at
        // the start of the quote, their comma too ("Indeed, that is" becomes "that is").
        const first = quoteIndexes[0] === 0 || !placed.slice(0, quoteIndexes[0]).some((token) => token.token.kind === 'word');
        const after = (first ? /^[,;:]?[ \t]+/ : /^[ \t]+/).exec(text.slice(end));
        if (after) end += after[0].length;
        else {
          const before = /[ \t]+$/.exec(text.slice(0, start));
          if (before) start -= before[0].length;
        }
        newText = '';
      }
      edits.push({ start, end, text: newText });
    } else {
      // Words the quote left out, put back next to their neighbours.
      const previous = lastQuoteToken(ops, hunkStart - 1, placed);
      if (previous !== undefined) edits.push({ start: placed[previous].end, end: placed[previous].end, text: ` ${replacement}` });
      else {
        const next = firstQuoteToken(ops, index, placed);
        if (next === undefined) continue;
        edits.push({ start: placed[next].start, end: placed[next].start, text: `${matchCase(text.slice(placed[next].start, placed[next].end), replacement)} ` });
      }
    }
  }
  if (edits.length === 0) return undefined;
  const start = Math.min(...edits.map((edit) => edit.start));
  const end = Math.max(...edits.map((edit) => edit.end));
  let replaced = text.slice(start, end);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    replaced = replaced.slice(0, edit.start - start) + edit.text + replaced.slice(edit.end - start);
  }
  return { title: USE_TRANSCRIPT_TITLE, start, end, text: replaced };
}

function lastQuoteToken(ops: readonly AlignmentOp[], from: number, placed: PlacedToken[]): number | undefined {
  for (let index = from; index >= 0; index--) {
    const op = ops[index];
    if (op.op === 'equal' || op.op === 'changed' || op.op === 'added') return op.quote;
    if (op.op === 'gap') return placed[op.quote] ? op.quote : undefined;
  }
  return undefined;
}

function firstQuoteToken(ops: readonly AlignmentOp[], from: number, placed: PlacedToken[]): number | undefined {
  for (let index = from; index < ops.length; index++) {
    const op = ops[index];
    if (op.op === 'equal' || op.op === 'changed' || op.op === 'added' || op.op === 'gap') return placed[op.quote] ? op.quote : undefined;
  }
  return undefined;
}

/** A capitalised word replaced by a lower-case one stays capitalised (the quote may start a sentence). */
function matchCase(original: string, replacement: string): string {
  if (/^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(replacement)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

// ---------------------------------------------------------------------------------------------
// Findings

/** "12:34", or "1:02:03" past the hour. */
export function formatTime(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Where words are in a transcript: their time in the recording, or their line in the notes. */
export function describePlace(place: { time?: number; line?: number }): string {
  if (place.time !== undefined) return formatTime(place.time);
  return place.line !== undefined ? `line ${place.line}` : '';
}

/** Where the passage is: its time in the recording, or its line in the notes. */
export function describeWhere(result: QuoteVerification): string {
  return describePlace({ time: result.time, line: result.passage?.line });
}

/** What the editor shows after a checked quote: "verbatim · 12:34", "3 words differ", "not in the transcript". */
export function verificationLabel(result: QuoteVerification): string {
  const where = describeWhere(result);
  switch (result.status) {
    case 'verbatim':
      return `verbatim${result.cuts ? `, ${result.cuts === 1 ? '1 cut' : `${result.cuts} cuts`}` : ''}${where ? ` · ${where}` : ''}`;
    case 'variant':
      return `written differently${where ? ` · ${where}` : ''}`;
    case 'misquote':
      return `${result.differences === 1 ? '1 word differs' : `${result.differences} words differ`}${where ? ` · ${where}` : ''}`;
    case 'not-found':
      return 'not in the transcript';
    default:
      return '';
  }
}

function truncate(value: string, length: number): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

function findingFor(result: QuoteVerification): Omit<Diagnostic, 'severity'> | undefined {
  if (result.status === 'misquote') {
    const where = [result.transcript, describeWhere(result)].filter(Boolean).join(' · ');
    const count = result.differences === 1 ? '1 word differs' : `${result.differences} words differ`;
    return {
      code: 'misquote',
      start: result.start,
      end: result.end,
      message: `Misquote? ${count} from the transcript (${where}). The transcript says: “${truncate(result.transcriptWording ?? '', 240)}”`,
      quoteId: result.quoteId,
      ...(result.suggestion ? { suggestion: result.suggestion } : {}),
    };
  }
  if (result.status === 'variant') {
    const where = [result.transcript, describeWhere(result)].filter(Boolean).join(' · ');
    const pairs = result.diff.filter((part) => part.op === 'variant').map((part) => `“${part.quote}” where the transcript says “${part.transcript}”`);
    return {
      code: 'quote-variant',
      start: result.start,
      end: result.end,
      message: `The quote writes ${truncate(pairs.join(', and '), 240)} (${where}): the same words, written differently. Keep the speaker's form unless your style guide says otherwise.`,
      quoteId: result.quoteId,
      ...(result.suggestion ? { suggestion: result.suggestion } : {}),
    };
  }
  if (result.status === 'not-found') {
    const whose = result.speaker ? `${result.speaker}'s words in ` : '';
    const saidBy = result.saidBy;
    const instead = saidBy
      ? ` ${saidBy.speaker} says it in ${saidBy.transcript} (${describePlace(saidBy)}): check who said it.`
      : ' Check the source, or link the transcript it came from.';
    return {
      code: 'quote-not-found',
      start: result.start,
      end: result.end,
      message: `Nothing close to this quote is in ${whose}the transcript (${result.transcript}).${instead}`,
      quoteId: result.quoteId,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The speaker a transcript gives a quote the article leaves unattributed

/** Speaker labels that name a role, not a person, and how an attribution says them. */
const ROLE_LABELS: Readonly<Record<string, string>> = {
  caller: 'a caller',
  'audience member': 'an audience member',
  audience: 'a member of the audience',
  'unidentified speaker': 'a speaker',
  'unidentified man': 'a man',
  'unidentified woman': 'a woman',
  man: 'a man',
  woman: 'a woman',
  resident: 'a resident',
  commuter: 'a commuter',
  protester: 'a protester',
  witness: 'a witness',
};

/** Names already worked out, by analysis and label: an article's quotes with no speaker may all come from one transcript speaker. */
const attributionNames = new WeakMap<Analysis, Map<string, string>>();

/** How an attribution names a transcript's speaker: the article's own person (by surname), a role, or the label. */
function attributionName(label: string, analysis: Analysis): string {
  let known = attributionNames.get(analysis);
  if (!known) attributionNames.set(analysis, (known = new Map()));
  let name = known.get(label);
  if (name === undefined) known.set(label, (name = nameForLabel(label, analysis)));
  return name;
}

function nameForLabel(label: string, analysis: Analysis): string {
  const actor = analysis.actors.find((candidate) => candidate.kind === 'person' && labelMatches(label, [candidate.name, ...candidate.aliases]));
  if (actor) return surnameOf(actor.name);
  const role = ROLE_LABELS[label.trim().toLowerCase().replace(/\s+/g, ' ')];
  if (role) return role;
  // "HAROLD PENWICK" is written "Harold Penwick".
  return label === label.toUpperCase() ? label.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (letter) => letter.toUpperCase()) : label;
}

/**
 * The unattributed-quote finding for a quote the transcripts place in one speaker's words: the
 * likely speaker and the fix follow the transcript instead of the article's guess. Undefined when
 * the verification says nothing about the quote's speaker.
 */
export function attributionFromTranscript(text: string, analysis: Analysis, finding: Diagnostic, result: QuoteVerification): Diagnostic | undefined {
  const label = result.transcriptSpeaker;
  if (finding.code !== 'unattributed-quote' || !label || result.start !== finding.start || result.end !== finding.end) return undefined;
  const name = attributionName(label, analysis);
  const where = [result.transcript, describeWhere(result)].filter(Boolean).join(' · ');
  const suggestion = attributionFix(text, finding, name);
  const followed: Diagnostic = {
    ...finding,
    message: `This quotation has no speaker in its paragraph. Say who said it: the transcript gives ${label} (${where}).`,
    candidates: [name],
  };
  // The article's guess gives way: the transcript's fix, or none.
  if (suggestion) followed.suggestion = suggestion;
  else delete followed.suggestion;
  return followed;
}

/** `<!-- newsdesk-disable misquote -->` and `<!-- newsdesk-ignore quote-not-found -->` apply here as to every check. */
function applySuppressions(text: string, analysis: Analysis, found: Diagnostic[]): Diagnostic[] {
  if (!found.length || text.indexOf('newsdesk-') === -1) return found;
  const disabled = new Set<string>();
  const ignored: Array<{ start: number; end: number; codes: Set<string> }> = [];
  for (const match of text.matchAll(new RegExp(SUPPRESSION_PATTERN.source, 'g'))) {
    const codes = new Set(match[2].split(/[\s,]+/).filter(Boolean));
    if (match[1] === 'disable') {
      for (const code of codes) disabled.add(code);
      continue;
    }
    const at = match.index ?? 0;
    const target = analysis.paragraphs.find((p) => p.start <= at && at < p.end) ?? analysis.paragraphs.find((p) => p.start > at);
    if (target) ignored.push({ start: target.start, end: target.end, codes });
  }
  const silenced = (code: DiagnosticCode, codes: Set<string>) => codes.has(code) || codes.has('all');
  return found.filter((d) => !silenced(d.code, disabled) && !ignored.some((range) => d.start >= range.start && d.start < range.end && silenced(d.code, range.codes)));
}
