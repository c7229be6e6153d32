// What an extension host and its engine worker say to each other (workerEngine.ts,
// engineService.ts), and how an analysis crosses: its lists in parts of a bounded size, each
// written as JSON, so the host reads an analysis of 16,000 findings a millisecond at a time
// instead of in one long step (a message's structured clone is read in one go, on arrival).
// The analysis is plain JSON data (engine/types.ts), as the CLI writes it.
import type { Analysis, NewsdeskConfig } from '../../engine';

/** Messages to the worker. */
export type ToWorker =
  /** `config` comes with an analyzer's first request to a worker: the worker makes the analyzer then. */
  | { kind: 'analyze'; analyzer: number; request: number; text: string; config?: NewsdeskConfig }
  | { kind: 'cancel'; request: number }
  | { kind: 'dispose'; analyzer: number }
  | { kind: 'inject-failure'; request: number; message: string | undefined };

/** Messages from the worker. */
export type FromWorker =
  /** Sent once, when the worker has loaded the engine: a worker that stops before this could not start. */
  | { kind: 'ready' }
  /** `parts`: the analysis as `writeAnalysis` wrote it. */
  | { kind: 'analysed'; request: number; parts: string[] }
  | { kind: 'cancelled'; request: number }
  | { kind: 'done'; request: number }
  /** The worker's own code failed on this request (the engine's own failures come as analyses). */
  | { kind: 'failed'; request: number; message: string; stack?: string };

/** The analysis's lists, in the order they are written and read. */
const LISTS = ['paragraphs', 'quotes', 'actors', 'diagnostics'] as const;
type ListName = (typeof LISTS)[number];

/** Items per part: about a millisecond of reading on this project's 2-core machine. */
export const ITEMS_PER_PART = 1_000;
/** Characters after which a part ends early (long items: an actor named thousands of times), a millisecond or two of reading. */
export const CHARS_PER_PART = 200_000;

type Head = Omit<Analysis, ListName> & { assembly: string };

/**
 * The analysis (and how it was assembled) as JSON parts: first everything but the lists, then the
 * lists in parts of at most ITEMS_PER_PART items, ended early past CHARS_PER_PART characters (one
 * item longer than that is a part of its own).
 */
export function writeAnalysis(analysis: Analysis, assembly: string): string[] {
  const head: Head = { length: analysis.length, assembly };
  if (analysis.internalError) head.internalError = analysis.internalError;
  const parts = [JSON.stringify(head)];
  for (const list of LISTS) {
    let items: string[] = [];
    let characters = 0;
    const endPart = () => {
      if (items.length) parts.push(`[${JSON.stringify(list)},[${items.join(',')}]]`);
      items = [];
      characters = 0;
    };
    for (const item of analysis[list] as readonly unknown[]) {
      const json = JSON.stringify(item);
      items.push(json);
      characters += json.length;
      if (items.length >= ITEMS_PER_PART || characters >= CHARS_PER_PART) endPart();
    }
    endPart();
  }
  return parts;
}

/** Reads what `writeAnalysis` wrote, one part per step (the caller yields to the editor between steps). */
export function* readAnalysisInSteps(parts: readonly string[]): Generator<void, { analysis: Analysis; assembly: string }, void> {
  const { assembly, internalError, length } = JSON.parse(parts[0]) as Head;
  const analysis: Analysis = { length, paragraphs: [], quotes: [], actors: [], diagnostics: [] };
  for (let index = 1; index < parts.length; index++) {
    yield;
    const [list, items] = JSON.parse(parts[index]) as [ListName, unknown[]];
    const into: unknown[] = analysis[list];
    for (const item of items) into.push(item);
  }
  if (internalError) analysis.internalError = internalError;
  return { analysis, assembly };
}
