// The sources summary of one article, as the status bar shows it ("6 sources · 1 anonymous · 2
// gaps") and its tooltip: counted as the sources report counts. No editor here.
import type { Analysis, DiagnosticCode } from '../../engine';
import { sourceCategory } from '../../engine';

/**
 * Findings that leave a reader not knowing who said something. Loaded verbs are left out: the
 * speaker is known, only the wording judges them.
 */
export const GAP_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'unattributed-quote',
  'vague-attribution',
  'anonymous-source',
  'unsourced-claim',
  'ambiguous-speaker',
  'unbalanced-quote',
]);

export interface SourceSummary {
  /** Actors with at least one quote. */
  sources: number;
  anonymous: number;
  vague: number;
  gaps: number;
  gapsByCode: Map<DiagnosticCode, number>;
  byKind: Map<string, number>;
}

export function summarizeSources(analysis: Analysis): SourceSummary {
  const quoted = analysis.actors.filter((actor) => actor.quoteIds.length > 0);
  const byKind = new Map<string, number>();
  for (const actor of quoted) byKind.set(actor.kind, (byKind.get(actor.kind) ?? 0) + 1);
  // Counted as the sources report counts them ("Critics say" is vague), so the two agree.
  const categories = quoted.map((actor) => sourceCategory(actor, analysis.diagnostics));
  const gapsByCode = new Map<DiagnosticCode, number>();
  for (const finding of analysis.diagnostics) {
    if (GAP_CODES.has(finding.code)) gapsByCode.set(finding.code, (gapsByCode.get(finding.code) ?? 0) + 1);
  }
  return {
    sources: quoted.length,
    anonymous: categories.filter((category) => category === 'anonymous').length,
    vague: categories.filter((category) => category === 'vague').length,
    gaps: [...gapsByCode.values()].reduce((sum, count) => sum + count, 0),
    gapsByCode,
    byKind,
  };
}

/** "6 sources · 1 anonymous · 2 gaps"; anonymous and vague only when there are any. */
export function summaryText(summary: SourceSummary, separator: string): string {
  const parts = [count(summary.sources, 'source')];
  if (summary.anonymous) parts.push(`${summary.anonymous} anonymous`);
  if (summary.vague) parts.push(`${summary.vague} vague`);
  parts.push(count(summary.gaps, 'gap'));
  return parts.join(separator);
}

const KIND_NAMES: Record<string, [string, string]> = {
  person: ['named person', 'named people'],
  organization: ['organisation', 'organisations'],
  group: ['group', 'groups'],
  document: ['document', 'documents'],
  anonymous: ['anonymous source', 'anonymous sources'],
  vague: ['vague source', 'vague sources'],
};

const GAP_NAMES: Record<string, [string, string]> = {
  'unattributed-quote': ['quote with no speaker', 'quotes with no speaker'],
  'vague-attribution': ['vague attribution', 'vague attributions'],
  'anonymous-source': ['anonymous source with no reason given', 'anonymous sources with no reason given'],
  'unsourced-claim': ['unsourced claim', 'unsourced claims'],
  'ambiguous-speaker': ['ambiguous speaker', 'ambiguous speakers'],
  'unbalanced-quote': ['unbalanced quotation mark', 'unbalanced quotation marks'],
};

/** The lines under the status bar item: sources by kind, gaps by check. */
export function summaryTooltip(summary: SourceSummary): string {
  const kinds = [...summary.byKind].map(([kind, n]) => countWith(n, KIND_NAMES[kind] ?? [kind, kind]));
  const gaps = [...summary.gapsByCode].map(([code, n]) => countWith(n, GAP_NAMES[code] ?? [code, code]));
  return [
    `Newsdesk: ${count(summary.sources, 'source')} quoted${kinds.length ? `: ${kinds.join(', ')}` : ''}`,
    `Attribution gaps: ${gaps.length ? gaps.join(', ') : 'none'}`,
    'Click to show the Sources view.',
  ].join('\n');
}

function count(n: number, noun: string): string {
  return n === 0 ? `no ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function countWith(n: number, [singular, pluralForm]: [string, string]): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
