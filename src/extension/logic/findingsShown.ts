// Which findings an open article shows in the Problems panel and as squiggles: all of them, or,
// past a limit, the most severe first. Plain data, no editor: tested by plain mocha.
import type { Diagnostic as Finding, Severity } from '../../engine';

/**
 * The most findings an open article shows: half of VS Code's own limit of 1,000 per file, because
 * handing VS Code 1,000 (a paragraph of unclosed quotation marks) held up the extension host for
 * about 50 ms, the budget of one task, on every keystroke. A real article has a few dozen.
 */
export const MAX_FINDINGS_SHOWN = 500;

/** Which findings count first when not all can be shown: as VS Code chooses past its own limit. */
const SEVERITY_RANK: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * The findings shown, in their order: all, or up to `limit` the most severe first (then in the
 * analysis's order); and the first in the text of those left out, where a notice can say so.
 */
export function findingsShown(findings: readonly Finding[], limit = MAX_FINDINGS_SHOWN): { shown: Finding[]; firstOmitted: Finding | undefined } {
  if (findings.length <= limit) return { shown: [...findings], firstOmitted: undefined };
  const chosen = new Set<Finding>();
  for (const severity of SEVERITY_RANK) {
    for (const finding of findings) {
      if (chosen.size === limit) break;
      if (finding.severity === severity) chosen.add(finding);
    }
  }
  let firstOmitted: Finding | undefined;
  for (const finding of findings) if (!chosen.has(finding) && (!firstOmitted || finding.start < firstOmitted.start)) firstOmitted = finding;
  return { shown: findings.filter((finding) => chosen.has(finding)), firstOmitted };
}
