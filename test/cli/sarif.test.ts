// SARIF built from made-up findings: levels, rules, regions, fixes and notifications.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { buildSarifLog } from '../../src/cli/sarif';
import { locateDiagnostics } from '../../src/cli/format';
import { DIAGNOSTIC_CODES } from '../../src/engine/types';

const TEXT = 'Headline\n\nHe said "hello.\n';

function logFor(cwd = '/work/desk') {
  const diagnostics = locateDiagnostics(TEXT, [
    { code: 'unbalanced-quote', severity: 'error', start: 18, end: 19, message: 'Unclosed quotation.', suggestion: { title: 'Close it', start: 25, end: 25, text: '"' } },
    { code: 'loaded-verb', severity: 'hint', start: 13, end: 17, message: 'Loaded verb.' },
  ]);
  return buildSarifLog({
    reports: [{ path: path.join('news room', 'a.news'), diagnostics }],
    problems: [{ path: 'missing.news', message: 'no such file or directory' }],
    toolVersion: '1.2.3',
    cwd,
  });
}

describe('buildSarifLog', () => {
  it('describes the tool with one rule per diagnostic code, in a fixed order', () => {
    const { driver } = logFor().runs[0].tool;
    assert.equal(driver.name, 'Newsdesk');
    assert.equal(driver.version, '1.2.3');
    assert.deepEqual(driver.rules?.map((rule) => rule.id), [...DIAGNOSTIC_CODES]);
    const rule = driver.rules?.find((candidate) => candidate.id === 'unattributed-quote');
    assert.equal(rule?.name, 'UnattributedQuote');
    assert.match(rule?.help?.markdown ?? '', /\(README\.md#unattributed-quote\)/);
  });

  it('gives each finding its rule, level and region, info and hint becoming notes', () => {
    const [hint, error] = logFor().runs[0].results ?? [];
    assert.equal(error.ruleId, 'unbalanced-quote');
    assert.equal(error.ruleIndex, DIAGNOSTIC_CODES.indexOf('unbalanced-quote'));
    assert.equal(error.level, 'error');
    assert.deepEqual(error.locations?.[0].physicalLocation?.region, { startLine: 3, startColumn: 9, endLine: 3, endColumn: 10 });
    assert.equal(hint.level, 'note');
    assert.deepEqual(hint.properties, { severity: 'hint' });
  });

  it('uses relative, percent-encoded URIs against %SRCROOT%', () => {
    const run = logFor('/work/desk').runs[0];
    const location = run.results?.[0].locations?.[0].physicalLocation?.artifactLocation;
    assert.deepEqual(location, { uri: 'news%20room/a.news', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/desk/' } });
  });

  it('turns a suggestion into a fix', () => {
    const fixes = logFor().runs[0].results?.[1].fixes;
    assert.deepEqual(fixes, [
      {
        description: { text: 'Close it' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'news%20room/a.news', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 3, startColumn: 16, endLine: 3, endColumn: 16 }, insertedContent: { text: '"' } }],
          },
        ],
      },
    ]);
  });

  it('reports inputs that could not be checked as an unsuccessful invocation', () => {
    const [invocation] = logFor().runs[0].invocations ?? [];
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(invocation.toolExecutionNotifications?.map((notification) => [notification.level, notification.message.text]), [['error', 'no such file or directory']]);
  });
});
