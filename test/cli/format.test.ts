// Positions, ordering, finding lines, the summary line and colour, on made-up findings.
import { strict as assert } from 'node:assert';
import type { Diagnostic } from '../../src/engine/types';
import type { FileReport } from '../../src/cli/format';
import { createColors, formatFindingLine, formatSummary, locateDiagnostics, positionAt, shouldUseColor, truncate } from '../../src/cli/format';
import { LineIndex } from '../../src/engine/lines';

function diagnostic(start: number, end: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code: 'unattributed-quote', severity: 'warning', start, end, message: 'Who said this?', ...extra };
}

function report(path: string, severities: Diagnostic['severity'][]): FileReport {
  return { path, diagnostics: locateDiagnostics('text', severities.map((severity) => diagnostic(0, 1, { severity }))) };
}

describe('positionAt', () => {
  it('gives the engine\'s line index as 1-based lines and UTF-16 columns', () => {
    const index = new LineIndex('ab\r\ncd\n\nef');
    assert.deepEqual(positionAt(index, 0), { line: 1, column: 1 });
    assert.deepEqual(positionAt(index, 4), { line: 2, column: 1 });
    assert.deepEqual(positionAt(index, 9), { line: 4, column: 2 });
    assert.deepEqual(positionAt(index, 99), { line: 4, column: 3 });
  });
});

describe('locateDiagnostics', () => {
  it('orders findings by position, then severity, code and message, whatever the input order', () => {
    const text = 'one\ntwo three\n';
    const findings = [
      diagnostic(8, 13, { code: 'loaded-verb', message: 'b' }),
      diagnostic(4, 7, { severity: 'info' }),
      diagnostic(4, 7, { severity: 'error' }),
      diagnostic(8, 13, { code: 'loaded-verb', message: 'a' }),
      diagnostic(8, 13, { code: 'anonymous-source' }),
      diagnostic(0, 3),
    ];
    const order = (list: Diagnostic[]) => locateDiagnostics(text, list).map((found) => `${found.line}:${found.column} ${found.severity} ${found.code} ${found.message}`);
    const expected = [
      '1:1 warning unattributed-quote Who said this?',
      '2:1 error unattributed-quote Who said this?',
      '2:1 info unattributed-quote Who said this?',
      '2:5 warning anonymous-source Who said this?',
      '2:5 warning loaded-verb a',
      '2:5 warning loaded-verb b',
    ];
    assert.deepEqual(order(findings), expected);
    assert.deepEqual(order([...findings].reverse()), expected);
  });

  it('adds end positions, and positions for a suggestion', () => {
    const [found] = locateDiagnostics('He said "hi.\nNext', [
      diagnostic(8, 9, { suggestion: { title: 'Close the quotation', start: 12, end: 12, text: '"' } }),
    ]);
    assert.deepEqual([found.line, found.column, found.endLine, found.endColumn], [1, 9, 1, 10]);
    assert.deepEqual(found.suggestion, { title: 'Close the quotation', start: 12, end: 12, text: '"', line: 1, column: 13, endLine: 1, endColumn: 13 });
  });
});

describe('formatFindingLine', () => {
  it('prints path:line:col  severity  message  code on one line', () => {
    const [found] = locateDiagnostics('a\nbc', [diagnostic(2, 3, { message: 'Who said\nthis?  ' })]);
    assert.equal(formatFindingLine('desk/a.news', found, createColors(false)), 'desk/a.news:2:1  warning  Who said this?  unattributed-quote');
  });

  it('colours the severity and dims the code only when asked', () => {
    const [found] = locateDiagnostics('a', [diagnostic(0, 1, { severity: 'error' })]);
    const line = formatFindingLine('a.news', found, createColors(true));
    assert.equal(line, 'a.news:1:1  \u001b[31merror\u001b[39m  Who said this?  \u001b[2munattributed-quote\u001b[22m');
  });
});

describe('shouldUseColor', () => {
  it('uses colour only on a terminal, without NO_COLOR or --no-color', () => {
    assert.equal(shouldUseColor({ isTTY: true }, false, {}), true);
    assert.equal(shouldUseColor({ isTTY: false }, false, {}), false);
    assert.equal(shouldUseColor({}, false, {}), false);
    assert.equal(shouldUseColor({ isTTY: true }, true, {}), false);
    assert.equal(shouldUseColor({ isTTY: true }, false, { NO_COLOR: '1' }), false);
    // no-color.org: an empty NO_COLOR does not count.
    assert.equal(shouldUseColor({ isTTY: true }, false, { NO_COLOR: '' }), true);
  });
});

describe('formatSummary', () => {
  it('counts problems by severity and the files that have them', () => {
    assert.equal(formatSummary([report('a', ['error', 'warning']), report('b', ['warning'])]), '3 problems (1 error, 2 warnings) in 2 files');
    assert.equal(formatSummary([report('a', ['warning']), report('b', []), report('c', [])]), '1 problem (1 warning) in 1 of 3 files');
    assert.equal(formatSummary([report('a', ['info', 'info', 'hint'])]), '3 problems (2 info, 1 hint) in 1 file');
  });

  it('says when there are no problems', () => {
    assert.equal(formatSummary([report('a', []), report('b', [])]), 'No problems found in 2 files');
  });
});

describe('truncate', () => {
  it('collapses white space and adds an ellipsis past the limit', () => {
    assert.equal(truncate('a  b\n c', 10), 'a b c');
    assert.equal(truncate('abcdefghijkl', 6), 'abcde…');
  });

  it('never splits a surrogate pair', () => {
    assert.equal(truncate('abcd😀xyz', 6), 'abcd…');
  });
});
