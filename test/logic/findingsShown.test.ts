// Which findings an open article shows past the limit: src/extension/logic/findingsShown.ts.
import { strict as assert } from 'node:assert';
import type { Diagnostic as Finding, Severity } from '../../src/engine';
import { findingsShown, MAX_FINDINGS_SHOWN } from '../../src/extension/logic/findingsShown';

function finding(start: number, severity: Severity): Finding {
  return { code: 'unbalanced-quote', severity, message: 'm', start, end: start + 1 } as Finding;
}

describe('findings shown in an open article', () => {
  it('shows every finding up to the limit, as they are', () => {
    const findings = [finding(5, 'hint'), finding(1, 'warning')];
    assert.deepEqual(findingsShown(findings, 2), { shown: findings, firstOmitted: undefined });
  });

  it('past the limit, shows the most severe first, keeps their order, and names the first one left out in the text', () => {
    const findings = [finding(0, 'hint'), finding(10, 'warning'), finding(20, 'error'), finding(30, 'info'), finding(40, 'warning'), finding(5, 'info')];
    const { shown, firstOmitted } = findingsShown(findings, 4);
    assert.deepEqual(shown.map((f) => f.start), [10, 20, 30, 40]);
    assert.equal(firstOmitted?.start, 0);
    assert.equal(findingsShown(findings, 3).firstOmitted?.start, 0);
    assert.deepEqual(findingsShown(findings, 3).shown.map((f) => f.start), [10, 20, 40]);
  });

  it('shows at most half of VS Code\'s own limit of 1,000 per file', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => finding(i, 'warning'));
    const { shown, firstOmitted } = findingsShown(findings);
    assert.equal(shown.length, MAX_FINDINGS_SHOWN);
    assert.equal(MAX_FINDINGS_SHOWN, 500);
    assert.equal(firstOmitted?.start, 500);
  });
});
