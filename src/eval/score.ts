/**
 * Scores the engine's quotes against gold quotes. Pure; counts add up across documents, so a corpus
 * score is the sum of document scores (micro-averaged).
 *
 * Choices, and why:
 * - Spans are compared after stripping quotation marks, edge punctuation and white space from both
 *   ends, so that `“Yes,”` and `Yes` are the same quote whoever kept the comma.
 * - Soft match: the overlap covers at least half of each span. Exact match: equal stripped spans.
 *   Matching is one-to-one and greedy, largest overlap first.
 * - Direct quotes: predicted `direct` against gold `direct`. A predicted `partial` (a quoted label in
 *   the reporter's sentence) counts as direct only where the gold annotates partial quotes (the
 *   hand-made articles, whose gold `partial` and `headline` count as direct). PolNeAR has no such
 *   label: it files those fragments inside the `mixed` content of the attribution around them (75
 *   of the engine's 90 partial quotes on the dev split lie inside a gold mixed span), so there a
 *   predicted partial is scored only in the all-kinds figures. Predicted `mixed` is never direct.
 * - Gold quotes marked `optional` (beliefs, perceptions) never count for or against the engine: an
 *   unmatched one is not missed, and a prediction matched to one is neither right nor wrong.
 * - Speaker and cue accuracy are measured on the soft all-kinds matches whose gold quote has a
 *   speaker (or cue) span; a prediction is right when its span overlaps the gold span at all. For a
 *   carried-over speaker the engine's `carriedFrom` mention stands in, as PolNeAR annotates a
 *   continued quote with the earlier mention.
 */
import type { Quote, Span } from '../engine/types';
import type { GoldKind, GoldQuote } from './gold';

export type PredictedQuote = Pick<Quote, 'kind' | 'start' | 'end' | 'speaker' | 'cue'>;

export interface MatchCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Tally {
  correct: number;
  total: number;
}

/** Gold kinds as reported: `partial` and `headline`, both in quotation marks, are folded into `direct` (see above). */
export type ReportedGoldKind = 'direct' | 'mixed' | 'indirect';

export interface Scores {
  documents: number;
  /** Direct quotes, matched softly. */
  direct: MatchCounts;
  /** Every kind of attribution, kind ignored, matched softly. */
  attribution: MatchCounts;
  /** Every kind, matched exactly. */
  attributionExact: MatchCounts;
  /** Soft all-kinds matches per gold kind: `correct` gold quotes found of `total`. */
  foundByGoldKind: Record<ReportedGoldKind, Tally>;
  speaker: Tally;
  speakerDirect: Tally;
  cue: Tally;
  cueDirect: Tally;
}

export interface Ratios {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

interface Interval {
  start: number;
  end: number;
}

export function emptyScores(): Scores {
  const counts = (): MatchCounts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  const tally = (): Tally => ({ correct: 0, total: 0 });
  return {
    documents: 0,
    direct: counts(),
    attribution: counts(),
    attributionExact: counts(),
    foundByGoldKind: { direct: tally(), mixed: tally(), indirect: tally() },
    speaker: tally(),
    speakerDirect: tally(),
    cue: tally(),
    cueDirect: tally(),
  };
}

/** Scores one document's predicted quotes against its gold quotes; `text` is the document text. */
export function scoreDocument(text: string, gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): Scores {
  const scores = emptyScores();
  scores.documents = 1;
  const goldSpans = gold.map((quote) => stripSpan(text, quote.start, quote.end));
  const predictedSpans = predicted.map((quote) => stripSpan(text, quote.start, quote.end));
  const isGoldDirect = (index: number) => reportedKind(gold[index].kind) === 'direct';
  const goldLabelsPartial = gold.some((quote) => quote.kind === 'partial');
  const isPredictedDirect = (index: number) => predicted[index].kind === 'direct' || (goldLabelsPartial && predicted[index].kind === 'partial');

  const directGold = indicesWhere(gold.length, isGoldDirect);
  const directPredicted = indicesWhere(predicted.length, isPredictedDirect);
  const directPairs = matchGreedily(directGold.map((i) => goldSpans[i]), directPredicted.map((i) => predictedSpans[i]), isSoftMatch)
    .map(([g, p]): [number, number] => [directGold[g], directPredicted[p]]);
  addCounts(scores.direct, gold, directGold, directPredicted, directPairs);

  const allGold = indicesWhere(gold.length, () => true);
  const allPredicted = indicesWhere(predicted.length, () => true);
  const softPairs = matchGreedily(goldSpans, predictedSpans, isSoftMatch);
  addCounts(scores.attribution, gold, allGold, allPredicted, softPairs);
  addCounts(scores.attributionExact, gold, allGold, allPredicted, matchGreedily(goldSpans, predictedSpans, isExactMatch));

  const matchedGold = new Map(softPairs.map(([g, p]) => [g, p]));
  for (const [index, quote] of gold.entries()) {
    if (quote.optional) continue;
    const found = scores.foundByGoldKind[reportedKind(quote.kind)];
    found.total++;
    if (matchedGold.has(index)) found.correct++;
  }

  for (const [goldIndex, predictedIndex] of softPairs) {
    const goldQuote = gold[goldIndex];
    if (goldQuote.optional) continue;
    const prediction = predicted[predictedIndex];
    const direct = isGoldDirect(goldIndex);
    if (goldQuote.speakerStart !== null && goldQuote.speakerEnd !== null) {
      const mention = prediction.speaker ? (prediction.speaker.mention ?? prediction.speaker.carriedFrom ?? null) : null;
      const right = overlaps(mention, { start: goldQuote.speakerStart, end: goldQuote.speakerEnd });
      tallyOne(scores.speaker, right);
      if (direct) tallyOne(scores.speakerDirect, right);
    }
    if (goldQuote.cueStart !== null && goldQuote.cueEnd !== null) {
      const right = overlaps(prediction.cue, { start: goldQuote.cueStart, end: goldQuote.cueEnd });
      tallyOne(scores.cue, right);
      if (direct) tallyOne(scores.cueDirect, right);
    }
  }
  return scores;
}

/** Sums document scores into a corpus score. */
export function aggregateScores(documentScores: Iterable<Scores>): Scores {
  const total = emptyScores();
  for (const scores of documentScores) {
    total.documents += scores.documents;
    for (const key of ['direct', 'attribution', 'attributionExact'] as const) {
      total[key].truePositives += scores[key].truePositives;
      total[key].falsePositives += scores[key].falsePositives;
      total[key].falseNegatives += scores[key].falseNegatives;
    }
    for (const key of ['speaker', 'speakerDirect', 'cue', 'cueDirect'] as const) addTally(total[key], scores[key]);
    for (const kind of ['direct', 'mixed', 'indirect'] as const) addTally(total.foundByGoldKind[kind], scores.foundByGoldKind[kind]);
  }
  return total;
}

/** Precision, recall and F1; null where the denominator is zero (nothing predicted, nothing to find). */
export function ratios(counts: MatchCounts): Ratios {
  const predicted = counts.truePositives + counts.falsePositives;
  const gold = counts.truePositives + counts.falseNegatives;
  const precision = predicted > 0 ? counts.truePositives / predicted : null;
  const recall = gold > 0 ? counts.truePositives / gold : null;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function accuracy(tally: Tally): number | null {
  return tally.total > 0 ? tally.correct / tally.total : null;
}

/** The scores as plain-text tables, for a terminal. */
export function formatScoreTable(scores: Scores): string {
  const found = scores.foundByGoldKind;
  const goldTotal = found.direct.total + found.mixed.total + found.indirect.total;
  const predictedTotal = scores.attribution.truePositives + scores.attribution.falsePositives;
  const heading =
    `${plural(scores.documents, 'document')}: ${plural(goldTotal, 'gold quote')} ` +
    `(${found.direct.total} direct, ${found.mixed.total} mixed, ${found.indirect.total} indirect), ${predictedTotal} predicted`;

  const matchRow = (label: string, counts: MatchCounts): string[] => {
    const { precision, recall, f1 } = ratios(counts);
    return [
      label,
      percent(precision),
      percent(recall),
      percent(f1),
      String(counts.truePositives + counts.falseNegatives),
      String(counts.truePositives + counts.falsePositives),
      String(counts.truePositives),
    ];
  };
  const matches = renderTable([
    ['Quotes', 'precision', 'recall', 'F1', 'gold', 'predicted', 'matched'],
    matchRow('direct (soft)', scores.direct),
    matchRow('all kinds (soft)', scores.attribution),
    matchRow('all kinds (exact)', scores.attributionExact),
  ]);
  const tallyRow = (label: string, tally: Tally): string[] => [label, percent(accuracy(tally)), String(tally.correct), String(tally.total)];
  const byKind = renderTable([
    ['Found, by gold kind (soft)', 'recall', 'found', 'gold'],
    tallyRow('direct', found.direct),
    tallyRow('mixed', found.mixed),
    tallyRow('indirect', found.indirect),
  ]);
  const attribution = renderTable([
    ['On matched quotes', 'accuracy', 'right', 'of'],
    tallyRow('speaker, all kinds', scores.speaker),
    tallyRow('speaker, direct', scores.speakerDirect),
    tallyRow('cue, all kinds', scores.cue),
    tallyRow('cue, direct', scores.cueDirect),
  ]);
  return [heading, '', matches, '', byKind, '', attribution, ''].join('\n');
}

// ---------------------------------------------------------------------------------------------

const EDGE_CHARACTERS = /[\s"'`“”‘’„‚«»‹›.,;:!?…\-–—―]/u;

/** The span without quotation marks, punctuation and white space at either end (unchanged if nothing would remain). */
export function stripSpan(text: string, start: number, end: number): Interval {
  let strippedStart = start;
  let strippedEnd = end;
  while (strippedStart < strippedEnd && EDGE_CHARACTERS.test(text[strippedStart])) strippedStart++;
  while (strippedEnd > strippedStart && EDGE_CHARACTERS.test(text[strippedEnd - 1])) strippedEnd--;
  return strippedStart < strippedEnd ? { start: strippedStart, end: strippedEnd } : { start, end };
}

function overlapLength(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function overlaps(span: Span | Interval | null, gold: Interval): boolean {
  return span !== null && overlapLength(span, gold) > 0;
}

export function isSoftMatch(gold: Interval, predicted: Interval): boolean {
  const overlap = overlapLength(gold, predicted);
  return overlap > 0 && overlap * 2 >= gold.end - gold.start && overlap * 2 >= predicted.end - predicted.start;
}

function isExactMatch(gold: Interval, predicted: Interval): boolean {
  return gold.start === predicted.start && gold.end === predicted.end;
}

/** One-to-one pairs [goldIndex, predictedIndex], taking the largest overlaps first. */
export function matchGreedily(
  gold: readonly Interval[],
  predicted: readonly Interval[],
  accepts: (gold: Interval, predicted: Interval) => boolean,
): [number, number][] {
  const candidates: { goldIndex: number; predictedIndex: number; overlap: number }[] = [];
  for (const [goldIndex, goldSpan] of gold.entries()) {
    for (const [predictedIndex, predictedSpan] of predicted.entries()) {
      if (accepts(goldSpan, predictedSpan)) candidates.push({ goldIndex, predictedIndex, overlap: overlapLength(goldSpan, predictedSpan) });
    }
  }
  // Ties go to the earlier gold quote, then the earlier prediction, so results never depend on sort stability.
  candidates.sort((a, b) => b.overlap - a.overlap || a.goldIndex - b.goldIndex || a.predictedIndex - b.predictedIndex);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { goldIndex, predictedIndex } of candidates) {
    if (usedGold.has(goldIndex) || usedPredicted.has(predictedIndex)) continue;
    usedGold.add(goldIndex);
    usedPredicted.add(predictedIndex);
    pairs.push([goldIndex, predictedIndex]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function addCounts(
  counts: MatchCounts,
  gold: readonly GoldQuote[],
  goldIndices: readonly number[],
  predictedIndices: readonly number[],
  pairs: readonly [number, number][],
): void {
  const matchedGold = new Set(pairs.map(([g]) => g));
  for (const [goldIndex] of pairs) if (!gold[goldIndex].optional) counts.truePositives++;
  counts.falsePositives += predictedIndices.length - pairs.length;
  for (const goldIndex of goldIndices) if (!matchedGold.has(goldIndex) && !gold[goldIndex].optional) counts.falseNegatives++;
}

function reportedKind(kind: GoldKind): ReportedGoldKind {
  return kind === 'partial' || kind === 'headline' ? 'direct' : kind;
}

function indicesWhere(length: number, keep: (index: number) => boolean): number[] {
  return Array.from({ length }, (_, index) => index).filter(keep);
}

function tallyOne(tally: Tally, right: boolean): void {
  tally.total++;
  if (right) tally.correct++;
}

function addTally(total: Tally, part: Tally): void {
  total.correct += part.correct;
  total.total += part.total;
}

export function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** First column left-aligned, the rest right-aligned; two spaces between columns. */
export function renderTable(rows: readonly string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd())
    .join('\n');
}
