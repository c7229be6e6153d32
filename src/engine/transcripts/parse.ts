// Transcripts as one stream of words per speaker: WebVTT and SRT captions (through the `subtitle`
// library), plain text and Markdown interview notes with speaker labels ("CLEVERLY:", "**Truss:**").
// Every word keeps its offset in the file and, where the file has them, the caption's time, so a
// quote can be shown at its passage. Pure: the host reads the file and hands over its text.
import { parseSync } from 'subtitle';
import { runToEnd } from '../document/steps';
import { nextIndexOf } from '../segment';
import { isFiller, normalizeWord, WORD_PATTERN } from './words';

export type TranscriptFormat = 'vtt' | 'srt' | 'markdown' | 'text';

/** A transcript file as the host read it. */
export interface TranscriptSource {
  /** How the article names it (its path); shown to the writer. */
  path: string;
  text: string;
  /** The people the article's header or `.newsdesk.json` says speak in it ("Cleverly: sky.vtt"). */
  speakers?: string[];
  /** Taken from the path's extension when not given. */
  format?: TranscriptFormat;
}

export interface TranscriptWord {
  /** Normalised for matching: lower case, straight apostrophes, no accents. */
  norm: string;
  /** UTF-16 offsets of the word in the transcript text, end exclusive. */
  start: number;
  end: number;
  /** Milliseconds from the start of the recording, when the transcript has times. */
  time?: number;
}

/** One speaker's words in reading order (turns joined), or the words of a file without labels. */
export interface TranscriptStream {
  /** The label as written ("CLEVERLY", "Harold Penwick"), or null for words with no label. */
  label: string | null;
  words: TranscriptWord[];
  /** Positions in `words` of each normalised word: the index that seeds alignment. */
  postings: Map<string, number[]>;
}

export interface ParsedTranscript {
  path: string;
  format: TranscriptFormat;
  /** The file's text (offsets of words point into it). */
  text: string;
  /** Speakers named for the whole file by the article or configuration. */
  speakers: string[];
  streams: TranscriptStream[];
  /** What could not be read, in the writer's words ("expected timestamp at row 12 …"). */
  problems: string[];
}

export function formatOf(path: string): TranscriptFormat {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'vtt' || extension === 'webvtt') return 'vtt';
  if (extension === 'srt') return 'srt';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  return 'text';
}

/** A line of text placed in the file, with the time of its cue. */
interface PlacedLine {
  start: number;
  text: string;
  time?: number;
}

/** Parses a transcript. Never throws: a broken file gives its problems and whatever words were read. */
export function parseTranscript(source: TranscriptSource): ParsedTranscript {
  return runToEnd(parseSteps(source));
}

/**
 * The same, for a host that must stay responsive (the editor): the work is done `sliceMs` at a
 * time, with `pause()` (a macrotask, by default) between slices, so a long transcript never blocks
 * it for long. Reading the caption format's cues is one step (linear); words are added in slices.
 */
export async function parseTranscriptInSlices(source: TranscriptSource, sliceMs = 20, pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<ParsedTranscript> {
  const steps = parseSteps(source);
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await pause();
    deadline = performance.now() + sliceMs;
  }
}

/** Lines between the points where a sliced parse may pause. */
const LINES_PER_STEP = 500;

function* parseSteps(source: TranscriptSource): Generator<void, ParsedTranscript, void> {
  const format = source.format ?? formatOf(source.path);
  const text = typeof source.text === 'string' ? source.text : '';
  const problems: string[] = [];
  let lines: PlacedLine[];
  try {
    lines = format === 'vtt' || format === 'srt' ? captionLines(text, problems) : textLines(text, format);
  } catch (error) {
    problems.push(describeParseError(error));
    lines = [];
  }
  yield;
  const streams = yield* toStreams(lines, format);
  if (streams.every((stream) => stream.words.length === 0) && problems.length === 0) problems.push('no words in the transcript');
  return { path: source.path, format, text, speakers: source.speakers ?? [], streams, problems };
}

/**
 * The parser's error without the line it quotes ("…, but received: \"<the line>\""): a finding never
 * shows more of a file than a matched passage, whatever file a link points to.
 */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutLine = message.replace(/,?\s*but received:[\s\S]*$/, '').replace(/:\s*"[\s\S]*"$/, '');
  return withoutLine.length > 120 ? `${withoutLine.slice(0, 119)}…` : withoutLine;
}

// ---------------------------------------------------------------------------------------------
// Captions

const TIMESTAMP_LINE = /^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/;

/**
 * Cue texts placed back in the file (the library gives texts and times, not offsets): each cue
 * line is found after the previous one, so a word's offset is exact.
 */
function captionLines(text: string, problems: string[]): PlacedLine[] {
  const cues = parseSync(forCaptionParser(text));
  const lines: PlacedLine[] = [];
  let cursor = 0;
  for (const node of cues) {
    if (node.type !== 'cue' || typeof node.data === 'string') continue;
    const cue = node.data;
    for (const line of cue.text.split('\n')) {
      if (!line.trim()) continue;
      const at = text.indexOf(line, cursor);
      if (at === -1) continue; // never seen: the library returns lines of the file
      lines.push({ start: at, text: line, time: cue.start });
      cursor = at + line.length;
    }
  }
  if (!cues.some((node) => node.type === 'cue')) problems.push('no caption cues found');
  return lines;
}

/**
 * The `subtitle` parser expects numeric cue ids and knows no STYLE or REGION blocks, which WebVTT
 * allows: leave those lines out (offsets are found again in the file) so a valid file never fails on them.
 */
function forCaptionParser(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let inBlock = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (inBlock) {
      if (!line.trim()) inBlock = false;
      continue;
    }
    if (/^(STYLE|REGION)\b/.test(line)) {
      inBlock = true;
      continue;
    }
    // A text cue identifier ("intro", "cue-12") is a line right before a timing line.
    const next = lines[index + 1];
    const isTextId = line.trim() && !/^\d+$/.test(line.trim()) && !TIMESTAMP_LINE.test(line) && next !== undefined && TIMESTAMP_LINE.test(next) && index > 0 && !lines[index - 1].trim();
    if (isTextId) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Plain text and Markdown notes

const LINE_TIME = /^\s*[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d+)?[\])]?\s+/;

function textLines(text: string, format: TranscriptFormat): PlacedLine[] {
  const lines: PlacedLine[] = [];
  let time: number | undefined;
  let inFrontMatter = false;
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let lineNumber = 0;
  for (let match = pattern.exec(text); match && match[0].length > 0; match = pattern.exec(text)) {
    const start = match.index;
    const line = match[0].slice(0, match[0].length - match[1].length);
    lineNumber++;
    if (format === 'markdown') {
      if (lineNumber === 1 && /^---\s*$/.test(line)) {
        inFrontMatter = true;
        continue;
      }
      if (inFrontMatter) {
        if (/^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
        continue;
      }
      if (/^\s*#/.test(line)) continue; // headings are the notes' structure, not what was said
    }
    const stamp = LINE_TIME.exec(line);
    let offset = 0;
    if (stamp) {
      time = parseClock(stamp[1]);
      offset = stamp[0].length;
    }
    lines.push({ start: start + offset, text: line.slice(offset), time });
  }
  return lines;
}

function parseClock(clock: string): number {
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0) * 1000;
}

// ---------------------------------------------------------------------------------------------
// Words and speakers

/**
 * "CLEVERLY:", "**Truss:**", "Harold Penwick:", ">> SULLIVAN:", "- Q:" at the start of a line: up to
 * four words, each capitalised (or all capitals), then a colon.
 */
const LABEL = /^\s*(?:>>\s*|-\s+|>\s*)?(?:\*\*|__)?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)(?=\s|$)/u;
/** A label is looked for in this much of a line's start: four names and a colon fit many times. */
const LABEL_SEARCH_LENGTH = 200;
const VOICE_START = /^<v(?:\.[\w.-]+)?\s+/;
/** Brackets around what is not speech: tags, and bracketed or parenthesised captions ("[Laughter]", "(APPLAUSE)"). */
const NOT_SPOKEN_CLOSERS: Readonly<Record<string, string>> = { '<': '>', '[': ']', '(': ')', '{': '}' };

/**
 * The text with what is not speech blanked out (offsets kept): an opening bracket and everything to
 * its closing one; an opening bracket never closed stays. Linear in the line (the regular
 * expression this replaces searched to the line's end again for every unclosed bracket).
 */
function spokenText(text: string): string {
  if (!/[<[({]/.test(text)) return text;
  const tables = new Map<string, Int32Array>();
  let out = '';
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const closer = NOT_SPOKEN_CLOSERS[text[index]];
    if (closer === undefined) continue;
    let table = tables.get(closer);
    if (!table) tables.set(closer, (table = nextIndexOf(text, closer)));
    const end = table[index + 1];
    if (end >= text.length) continue;
    out += text.slice(copied, index) + ' '.repeat(end + 1 - index);
    copied = end + 1;
    index = end;
  }
  return out + text.slice(copied);
}

/** WebVTT voice tags (`<v Cleverly>`, `<v.loud Truss>`) in a cue line, in order: the names. Linear. */
function voiceNames(text: string): string[] {
  const names: string[] = [];
  let closes: Int32Array | undefined;
  for (let at = text.indexOf('<v'); at !== -1; at = text.indexOf('<v', at + 2)) {
    const start = VOICE_START.exec(text.slice(at, at + 64));
    if (!start) continue;
    closes ??= nextIndexOf(text, '>');
    const end = closes[at + start[0].length];
    if (end >= text.length) break; // no '>' after this one, nor after any later tag
    if (end > at + start[0].length) names.push(text.slice(at + start[0].length, end));
  }
  return names;
}

function* toStreams(lines: PlacedLine[], format: TranscriptFormat): Generator<void, TranscriptStream[]> {
  const streams = new Map<string, TranscriptStream>();
  const streamFor = (label: string | null) => {
    const key = label === null ? '' : labelKey(label);
    let stream = streams.get(key);
    if (!stream) streams.set(key, (stream = { label, words: [], postings: new Map() }));
    return stream;
  };
  // A label in bold, in capitals or after ">>" is a label; a plain capitalised word before a colon
  // ("Look: the bridge is safe") only in a file that has labels: one that starts at least two lines,
  // as a speaker's name does, or a marked one.
  const labels = lines.map((line) => {
    const label = LABEL.exec(line.text.length > LABEL_SEARCH_LENGTH ? line.text.slice(0, LABEL_SEARCH_LENGTH) : line.text);
    return label && !/^\d/.test(label[1]) ? label : null;
  });
  const plainCounts = new Map<string, number>();
  for (const label of labels) if (label && !isMarkedLabel(label)) plainCounts.set(labelKey(label[1]), (plainCounts.get(labelKey(label[1])) ?? 0) + 1);
  const strong = (label: RegExpExecArray) => isMarkedLabel(label) || (plainCounts.get(labelKey(label[1])) ?? 0) >= 2;
  const hasLabels = labels.some((label) => label && strong(label));
  let speaker: string | null = null;
  for (const [index, line] of lines.entries()) {
    if (index % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    let text = line.text;
    let base = line.start;
    const label = labels[index];
    if (label && hasLabels) {
      speaker = label[1].replace(/\.$/, '');
      base += label[0].length;
      text = text.slice(label[0].length);
    }
    if (format === 'vtt') {
      for (const name of voiceNames(text)) speaker = name.trim();
    }
    addWords(streamFor(speaker), text, base, line.time);
  }
  const result = [...streams.values()].filter((stream) => stream.words.length > 0);
  for (const stream of result) {
    yield;
    indexStream(stream);
  }
  return result;
}

/** Bold (`**Truss:**`), all capitals (`CLEVERLY:`, `Q:`) or after a caption's `>>` or `-`. */
function isMarkedLabel(label: RegExpExecArray): boolean {
  return /\*\*|__|>>|^\s*-\s/.test(label[0]) || label[1] === label[1].toUpperCase();
}

function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

function addWords(stream: TranscriptStream, text: string, base: number, time: number | undefined): void {
  const spoken = spokenText(text);
  const words = stream.words;
  for (const match of spoken.matchAll(WORD_PATTERN)) {
    const norm = normalizeWord(match[0]);
    if (!norm) continue;
    const start = base + (match.index ?? 0);
    words.push({ norm, start, end: start + match[0].length, ...(time !== undefined ? { time } : {}) });
  }
}

/**
 * Drops fillers ("um", "uh", "you know") and stutters ("the the") from the stream, as quotes are
 * normalised the same way, then builds the postings.
 */
function indexStream(stream: TranscriptStream): void {
  stream.words = withoutFillers(stream.words);
  const postings = stream.postings;
  stream.words.forEach((word, position) => {
    const list = postings.get(word.norm);
    if (list) list.push(position);
    else postings.set(word.norm, [position]);
  });
}

/** Removes filler words and phrases and immediate repetitions; used on transcripts and quotes alike. */
export function withoutFillers<T extends { norm: string }>(words: readonly T[]): T[] {
  const kept: T[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (isFiller(word.norm)) continue;
    if (word.norm === 'you' && words[index + 1]?.norm === 'know') {
      index++;
      continue;
    }
    if (kept.length && kept[kept.length - 1].norm === word.norm) continue;
    kept.push(word);
  }
  return kept;
}
