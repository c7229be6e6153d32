// Incremental re-analysis: after an edit, the document is assembled again only around the change,
// from what the last assembly left behind (its registry calls, journal marks and quotes).
import type { RegistryCall } from '../actors';
import type { Mention } from '../mentions';
import type { NewsdeskConfig, Span } from '../types';
import { Assembler, assembleInSteps, planCalls, settleAndFinish } from './assembly';
import type { ShouldPause } from './steps';
import type { Assembly, AssemblyState, ParagraphRecord, PlacedParagraph, PlannedCall } from './model';
import { finishInSteps } from './projection';

/**
 * Paragraphs after the last changed one that are always assembled again: whether a paragraph's
 * last quotation is closed, or carried on, depends on the next paragraph.
 */
const PARAGRAPHS_REASSEMBLED_AFTER_CHANGE = 1;

/** Two mentions the registry cannot tell apart: the same words and kind, wherever they are. */
function sameMention(a: Mention, b: Mention): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    // Same number of keys and each of a's in b: the same keys.
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (key === 'start' || key === 'end') continue;
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (x === y) continue;
    if (key === 'refersTo' && x && y && typeof x === 'object' && typeof y === 'object' && sameMention(x as Mention, y as Mention)) continue;
    return false;
  }
  return true;
}

function sameCalls(a: readonly RegistryCall[], b: readonly RegistryCall[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.resolve !== y.resolve || x.salient !== y.salient || x.listener !== y.listener || x.paragraph !== y.paragraph || !sameMention(x.mention, y.mention)) return false;
  }
  return true;
}

/** The last paragraph at or before `p` that no quotation runs into (paragraph 0 at the latest). */
function quietBefore(records: readonly ParagraphRecord[], p: number): number {
  let s = Math.max(0, p);
  while (s > 0 && records[s].open) s--;
  return s;
}

/**
 * Reads the article again from the last quiet paragraph before `lo` (the first paragraph that is
 * not as it was), with the registry taken back to how it was there; what came before is kept.
 */
function* resume(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig, old: AssemblyState, lo: number, shouldPause: ShouldPause): Generator<void, Assembly, void> {
  if (paragraphs.length === 0 || old.records.length === 0) return yield* assembleInSteps(text, paragraphs, config, shouldPause);
  const registry = old.registry;
  const s = quietBefore(old.records, Math.min(lo, paragraphs.length, old.records.length) - 1);
  const first = old.records[s];
  registry.undoTo(first.mark);
  const assembler = new Assembler(text, paragraphs, registry, {
    quotes: old.quotes.slice(0, first.quoteStart),
    attributions: old.attributions.slice(0, first.attributionStart),
    pronounProblems: old.pronounProblems.slice(0, first.problemStart),
    records: old.records.slice(0, s),
  });
  for (let p = s; p < paragraphs.length; p++) {
    assembler.paragraph(p, null, null);
    if (shouldPause()) yield;
  }
  return yield* settleAndFinish(text, assembler, registry, config, shouldPause);
}

/**
 * Assembles the document again after an edit, from the last assembly: when the changed paragraphs
 * make the same registry calls as before (the usual keystroke: a word typed inside a quotation or
 * a sentence), the registry's answers and its state stand, so only the paragraphs from the last
 * quiet point before the change to the first quiet point after it are assembled again; the quotes
 * before are kept and those after are moved. Otherwise (a name, a cue or a paragraph break
 * changed) the article is read again from the last quiet point before the change, with the
 * registry taken back to how it was there. It pauses between paragraphs when `shouldPause` says so
 * (see assembleInSteps).
 */
export function* reassembleInSteps(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig, old: AssemblyState, shouldPause: ShouldPause): Generator<void, Assembly, void> {
  const n = paragraphs.length;
  const before = old.paragraphs;
  const delta = text.length - old.length;
  // Paragraphs [0, lo) are as they were; (hi, n) the same, moved by delta.
  let lo = 0;
  while (lo < n && lo < before.length && paragraphs[lo].analysis === before[lo].analysis && paragraphs[lo].start === before[lo].start) lo++;
  if (before.length !== n || n === 0) return yield* resume(text, paragraphs, config, old, lo, shouldPause);
  let hi = n - 1;
  while (hi >= 0 && paragraphs[hi].analysis === before[hi].analysis && paragraphs[hi].start === before[hi].start + delta) hi--;
  // The changed paragraphs must ask the registry exactly what they asked before.
  const planned = new Map<number, PlannedCall[]>();
  for (let p = Math.max(lo, 0); p <= Math.min(hi, n - 1); p++) {
    if (paragraphs[p].analysis === before[p].analysis) continue;
    const calls = planCalls(paragraphs[p].analysis, p);
    if (!sameCalls(calls, old.records[p].calls)) return yield* resume(text, paragraphs, config, old, lo, shouldPause);
    planned.set(p, calls);
  }
  // Start after a paragraph that ends no running quotation, at least one paragraph before the change
  // (whether a paragraph's last quotation is closed depends on the next paragraph).
  const s = quietBefore(old.records, Math.min(lo, hi + 1) - 1);
  const first = old.records[s];
  const assembler = new Assembler(text, paragraphs, null, {
    quotes: old.quotes.slice(0, first.quoteStart),
    attributions: old.attributions.slice(0, first.attributionStart),
    pronounProblems: old.pronounProblems.slice(0, first.problemStart),
    records: old.records.slice(0, s),
  });
  // Stop, at least one paragraph after the change, where no quotation runs on in either assembly.
  const stopFrom = Math.max(hi, lo - 1) + 1 + PARAGRAPHS_REASSEMBLED_AFTER_CHANGE;
  let p = s;
  for (; p < n; p++) {
    if (p >= stopFrom && assembler.previousQuote === null && !old.records[p].open) break;
    assembler.paragraph(p, old.records[p], planned.get(p) ?? null);
    if (shouldPause()) yield;
  }
  if (p < n) {
    // The rest is as before, moved by delta.
    const resume = old.records[p];
    const quoteShift = assembler.quotes.length - resume.quoteStart;
    const attributionShift = assembler.attributions.length - resume.attributionStart;
    const problemShift = assembler.pronounProblems.length - resume.problemStart;
    const moved = new Map<Span, Span>();
    const move = (at: Span | null): Span | null => {
      if (!at || delta === 0) return at;
      let result = moved.get(at);
      if (!result) moved.set(at, (result = { start: at.start + delta, end: at.end + delta, text: at.text }));
      return result;
    };
    for (let i = resume.quoteStart; i < old.quotes.length; i++) {
      const quote = old.quotes[i];
      assembler.quotes.push(delta === 0 ? quote : {
        kind: quote.kind, start: quote.start + delta, end: quote.end + delta, paragraph: quote.paragraph, regions: quote.regions,
        attribution: quote.attribution, actor: quote.actor, mention: move(quote.mention), carriedFrom: move(quote.carriedFrom), cue: move(quote.cue),
        unclosed: quote.unclosed, likely: quote.likely, reported: null, reportedIndex: -1,
      });
    }
    for (let i = resume.attributionStart; i < old.attributions.length; i++) assembler.attributions.push(old.attributions[i]);
    for (let i = resume.problemStart; i < old.pronounProblems.length; i++) {
      const problem = old.pronounProblems[i];
      assembler.pronounProblems.push(delta === 0 ? problem : { ...problem, mention: move(problem.mention)!, quoteStart: problem.quoteStart + delta });
    }
    for (let i = p; i < n; i++) {
      const record = old.records[i];
      record.quoteStart += quoteShift;
      record.attributionStart += attributionShift;
      record.problemStart += problemShift;
      assembler.records.push(record);
    }
  }
  if (shouldPause()) yield;
  const state = assembler.state(text.length, old.registry);
  return { analysis: yield* finishInSteps(text, state, config, shouldPause), state, partial: true };
}
