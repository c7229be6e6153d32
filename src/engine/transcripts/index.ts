// The transcripts of one article, parsed and indexed once; alignments are remembered per quote, so
// re-verifying after a keystroke only aligns quotes whose words (or speaker) changed.
import type { Alignment, QuoteToken } from './align';
import { alignQuote } from './align';
import type { ParsedTranscript, TranscriptSource, TranscriptStream } from './parse';
import { parseTranscript } from './parse';
import { LineIndex } from '../lines';

export * from './links';
export * from './files';
export * from './verify';
export type { ParsedTranscript, TranscriptFormat, TranscriptSource, TranscriptStream, TranscriptWord } from './parse';
export { formatOf, parseTranscript, parseTranscriptInSlices } from './parse';
export type { Alignment, AlignmentOp, QuoteToken } from './align';

/** A stream of one transcript, with the speakers it stands for (empty: anyone). */
export interface IndexedStream {
  transcript: ParsedTranscript;
  stream: TranscriptStream;
  speakers: string[];
}

export interface StreamMatch {
  stream: IndexedStream;
  alignment: Alignment;
}

const MAX_REMEMBERED = 2000;

export class TranscriptIndex {
  readonly transcripts: readonly ParsedTranscript[];
  readonly streams: readonly IndexedStream[];
  private readonly memo = new Map<string, StreamMatch | null>();
  /**
   * Whole verifications by speaker and quote text, with offsets relative to the quote: a quote
   * unchanged since the last keystroke (most of them) costs one lookup. Filled by `verifyQuotes`.
   */
  readonly verified = new Map<string, unknown>();
  private readonly lineIndexes = new Map<ParsedTranscript, LineIndex>();

  /** Takes parsed transcripts (hosts cache `parseTranscript` per file) or sources to parse now. */
  constructor(transcripts: ReadonlyArray<ParsedTranscript | TranscriptSource>) {
    this.transcripts = transcripts.map((transcript) => ('streams' in transcript ? transcript : parseTranscript(transcript)));
    this.streams = this.transcripts.flatMap((transcript) => {
      // In notes with speaker labels, lines before the first label (a heading, who and when) are
      // nobody's words, unless the article says whose they are.
      const labelled = transcript.streams.some((stream) => stream.label !== null);
      return transcript.streams
        .filter((stream) => stream.label !== null || !labelled || transcript.speakers.length > 0)
        .map((stream) => ({ transcript, stream, speakers: stream.label !== null ? [stream.label] : transcript.speakers }));
    });
  }

  /**
   * The best passage for the quote among the streams `eligible` picks; remembered by the quote's
   * words and the set of streams, so an unchanged quote costs a map lookup.
   */
  bestMatch(tokens: readonly QuoteToken[], eligible: readonly IndexedStream[]): StreamMatch | null {
    const key = `${eligible.map((stream) => this.streams.indexOf(stream)).join(',')}|${tokens.map((token) => (token.kind === 'word' ? token.norm : `\u0000${token.max}`)).join(' ')}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    let best: StreamMatch | null = null;
    for (const stream of eligible) {
      const alignment = alignQuote(tokens, stream.stream, stream.transcript.text);
      if (!alignment) continue;
      if (!best || alignment.differences < best.alignment.differences || (alignment.differences === best.alignment.differences && alignment.equal > best.alignment.equal)) {
        best = { stream, alignment };
      }
    }
    if (this.memo.size >= MAX_REMEMBERED) this.memo.clear();
    if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
    this.memo.set(key, best);
    return best;
  }

  /** 1-based line of an offset in a transcript's text. */
  lineOf(transcript: ParsedTranscript, offset: number): number {
    let lines = this.lineIndexes.get(transcript);
    if (!lines) this.lineIndexes.set(transcript, (lines = new LineIndex(transcript.text)));
    return lines.position(offset).line + 1;
  }
}
