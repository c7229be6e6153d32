// Diagnostics in a real VS Code: findings reach the Problems panel with the right ranges, severities
// and help links, follow `newsdesk.severity` live, and the workspace check reports closed files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import type { CheckSummary } from '../../src/extension/diagnostics/checkWorkspace';
import { activateNewsdesk, AMBIGUOUS_ARTICLE, closeEditorsAndDelete, codeOf, GAPS_ARTICLE, newsdeskDiagnostics, nextAnalysis, openTempArticle, TempFiles, updateSetting, updateSettingAndReanalyse, writeSetting } from './support';
import { MAX_FINDINGS_SHOWN } from '../../src/extension/logic/findingsShown';

let api: NewsdeskApi;
const files = new TempFiles('diagnostics-test');

async function openArticle(name: string, text: string): Promise<vscode.TextDocument> {
  return openTempArticle(api, files, name, text);
}

/** Resolves when the Problems panel's entries for `uri` change and `done` holds; bounded. */
function diagnosticsChange(uri: vscode.Uri, done: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics of ${uri.path} did not change as expected within ${timeoutMs} ms: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(codeOf))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!done(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

/** Resolves with the first tab that opens and matches; bounded. */
function tabOpened(matches: (tab: vscode.Tab) => boolean, timeoutMs = 10_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no matching tab opened within ${timeoutMs} ms; tabs: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))}`));
    }, timeoutMs);
    const subscription = vscode.window.tabGroups.onDidChangeTabs((event) => {
      const tab = [...event.opened, ...event.changed].find(matches);
      if (!tab) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
    });
  });
}

function find(document: vscode.TextDocument, code: string, text: string): vscode.Diagnostic | undefined {
  return newsdeskDiagnostics(document.uri).find((diagnostic) => codeOf(diagnostic) === code && document.getText(diagnostic.range) === text);
}

describe('Newsdesk diagnostics', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  after(async () => {
    await writeSetting('severity', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await files.deleteAll();
  });

  it('reports each gap with its code, the words it is about, a severity and a help link', async () => {
    const document = await openArticle('gaps.news', GAPS_ARTICLE);
    const expected: Array<[string, string, vscode.DiagnosticSeverity]> = [
      ['unattributed-quote', '"We cannot keep patching this bridge."', vscode.DiagnosticSeverity.Warning],
      ['vague-attribution', 'Critics say', vscode.DiagnosticSeverity.Warning],
      ['anonymous-source', 'A source', vscode.DiagnosticSeverity.Warning],
      // fixtures/.newsdesk.json raises loaded-verb from info to warning.
      ['loaded-verb', 'claimed', vscode.DiagnosticSeverity.Warning],
      ['unbalanced-quote', '"', vscode.DiagnosticSeverity.Error],
    ];
    for (const [code, text, severity] of expected) {
      const diagnostic = find(document, code, text);
      assert.ok(diagnostic, `no ${code} on ${JSON.stringify(text)}; got ${JSON.stringify(newsdeskDiagnostics(document.uri).map((d) => [codeOf(d), document.getText(d.range)]))}`);
      assert.equal(diagnostic.severity, severity, `${code} severity`);
      assert.ok(diagnostic.message.length > 10, `${code} has a message`);
      assert.equal(diagnostic.tags, undefined);
    }
    const unclosed = find(document, 'unbalanced-quote', '"')!;
    assert.equal(unclosed.range.start.line, 12, 'the unclosed mark is the one on the last paragraph');
    // The clean paragraph has no finding.
    assert.ok(newsdeskDiagnostics(document.uri).every((d) => d.range.start.line !== 2), 'an attributed paragraph is flagged');
    for (const diagnostic of newsdeskDiagnostics(document.uri)) {
      assert.equal(typeof diagnostic.code, 'object');
      const { value, target } = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(target.scheme, 'command');
      assert.equal(target.path, 'newsdesk.showCheckHelp');
      assert.deepEqual(JSON.parse(decodeURIComponent(target.query)), [value], 'the help link names the code');
    }
  });

  it('opens a check\'s explanation in the Markdown preview beside the article', async () => {
    const document = await openArticle('help.news', GAPS_ARTICLE);
    const { target } = find(document, 'vague-attribution', 'Critics say')!.code as { target: vscode.Uri };
    const previewOpened = tabOpened((tab) => /^Preview (README|checks)\.md$/.test(tab.label));
    // What clicking the code link in the Problems panel does.
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(decodeURIComponent(target.query)) as unknown[]));
    const tab = await previewOpened;
    assert.ok(tab.input instanceof vscode.TabInputWebview, 'the explanation opens in the preview, not as text');
    const articleGroup = vscode.window.tabGroups.all.find((group) =>
      group.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === document.uri.toString()));
    assert.ok(articleGroup);
    assert.notEqual(tab.group.viewColumn, articleGroup.viewColumn, 'the preview opens beside the article');
  });

  it('points an ambiguous pronoun at the people it could mean', async () => {
    const document = await openArticle('ambiguous.news', AMBIGUOUS_ARTICLE);
    const ambiguous = newsdeskDiagnostics(document.uri).filter((d) => codeOf(d) === 'ambiguous-speaker');
    assert.ok(ambiguous.length, 'the engine no longer flags "he" after two men are named: update this test');
    const [diagnostic] = ambiguous;
    assert.equal(document.getText(diagnostic.range), 'he');
    const related = (diagnostic.relatedInformation ?? []).map((info) => document.getText(info.location.range)).sort();
    assert.deepEqual(related, ['Harold Penwick', 'Owen Achterberg']);
    for (const info of diagnostic.relatedInformation!) assert.equal(info.location.uri.toString(), document.uri.toString());
  });

  it('shows at most 500 findings of an article, and says how many more there are', async () => {
    // 600 quotes nobody said (warnings), then one quotation left open at the very end (an error).
    const document = await openArticle('many-findings.news', 'Headline\n\n' + '“Fine.”\n\n'.repeat(600) + 'Mayor Ada Quist said: “We will not');
    const analysed = api.model.get(document.uri)!.analysis.diagnostics.length;
    assert.ok(analysed > MAX_FINDINGS_SHOWN, `${analysed} findings: the engine no longer finds over ${MAX_FINDINGS_SHOWN} here, update this test`);
    const shown = newsdeskDiagnostics(document.uri);
    assert.equal(MAX_FINDINGS_SHOWN, 500);
    assert.equal(shown.length, 501, 'the 500 findings and a notice');
    assert.ok(shown.some((d) => codeOf(d) === 'unbalanced-quote'), 'the error at the end is among them: the most severe first');
    const notice = shown.filter((d) => d.code === undefined);
    assert.equal(notice.length, 1);
    assert.equal(notice[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(notice[0].message, new RegExp(`shows 500 of the ${analysed.toLocaleString('en')} findings in this article`));
  });

  it('follows newsdesk.severity live, including off', async () => {
    const document = await openArticle('severity.news', GAPS_ARTICLE);
    try {
      await updateSettingAndReanalyse(api, document, 'severity', { 'vague-attribution': 'error', 'anonymous-source': 'hint', 'unbalanced-quote': 'info', 'loaded-verb': 'off' });
      assert.equal(find(document, 'vague-attribution', 'Critics say')?.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(find(document, 'anonymous-source', 'A source')?.severity, vscode.DiagnosticSeverity.Hint);
      assert.equal(find(document, 'unbalanced-quote', '"')?.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(newsdeskDiagnostics(document.uri).filter((d) => codeOf(d) === 'loaded-verb').length, 0, 'loaded-verb is off');
      assert.equal(find(document, 'unattributed-quote', '"We cannot keep patching this bridge."')?.severity, vscode.DiagnosticSeverity.Warning, 'other codes keep their severity');
    } finally {
      await updateSettingAndReanalyse(api, document, 'severity', undefined);
    }
    assert.equal(find(document, 'loaded-verb', 'claimed')?.severity, vscode.DiagnosticSeverity.Warning, 'back on after the setting is removed');
    assert.equal(find(document, 'vague-attribution', 'Critics say')?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('drops an article\'s findings when it stops being an article', async () => {
    // Closing an editor closes its document only minutes later, so change the language instead:
    // the model forgets the document just the same.
    const document = await openArticle('language.news', GAPS_ARTICLE);
    assert.ok(newsdeskDiagnostics(document.uri).length > 0);
    const cleared = diagnosticsChange(document.uri, (diagnostics) => diagnostics.length === 0);
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await cleared;
  });
});

describe('Newsdesk workspace check', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  after(() => closeEditorsAndDelete(files));

  it('publishes findings for a closed article without opening it, and keeps open articles live', async () => {
    const closed = await files.write('closed.news', GAPS_ARTICLE);
    // An open article whose unsaved edit fixed its one gap: the check must not bring the gap back from disk.
    const open = await openArticle('open.news', 'Ferry Notes\n\n"The boats are full."\n');
    const editor = vscode.window.activeTextEditor!;
    const analysed = nextAnalysis(api, open);
    await editor.edit((builder) => builder.replace(new vscode.Range(2, 21, 2, 21), ' Nadia Pruitt said.'));
    await analysed;
    assert.equal(newsdeskDiagnostics(open.uri).length, 0, 'the edit fixed the open article');

    const summary = await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkWorkspace');
    assert.ok(summary, 'the command returns its summary');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.articles >= 4, `found ${summary.articles} articles; the fixtures have two, the test wrote two`);
    assert.equal(summary.checked, summary.articles);

    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the check opened the closed article');
    const findings = newsdeskDiagnostics(closed).map((d) => [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    assert.deepEqual(findings.filter(([code]) => code === 'vague-attribution'), [['vague-attribution', 6, 0, 6, 11]]);
    assert.deepEqual(findings.filter(([code]) => code === 'loaded-verb'), [['loaded-verb', 10, 15, 10, 22]]);
    assert.ok(findings.some(([code, line]) => code === 'unattributed-quote' && line === 4), JSON.stringify(findings));
    assert.equal(newsdeskDiagnostics(closed).find((d) => codeOf(d) === 'loaded-verb')?.severity, vscode.DiagnosticSeverity.Warning, '.newsdesk.json applies to closed files too');
    assert.equal(newsdeskDiagnostics(open.uri).length, 0, 'the open article kept its live (unsaved) result');
    assert.ok(summary.problems >= findings.length);
    await open.save(); // so that closing it asks nothing
  });

  it('maps positions in a closed CRLF article as an editor would', async () => {
    const closed = await files.write('closed-crlf.news', GAPS_ARTICLE.replace(/\n/g, '\r\n'));
    await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkWorkspace');
    const findings = newsdeskDiagnostics(closed).map((d) => [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    assert.deepEqual(findings.filter(([code]) => code === 'vague-attribution' || code === 'loaded-verb'), [
      ['vague-attribution', 6, 0, 6, 11],
      ['loaded-verb', 10, 15, 10, 22],
    ]);
  });

  it('re-checks closed articles when the settings or the file change', async () => {
    const closed = await files.write('recheck.news', GAPS_ARTICLE);
    await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkWorkspace');
    const vagueSeverity = (diagnostics: vscode.Diagnostic[]) => diagnostics.find((d) => codeOf(d) === 'vague-attribution')?.severity;
    assert.equal(vagueSeverity(newsdeskDiagnostics(closed)), vscode.DiagnosticSeverity.Warning);
    try {
      const raised = diagnosticsChange(closed, (diagnostics) => vagueSeverity(diagnostics) === vscode.DiagnosticSeverity.Error);
      await writeSetting('severity', { 'vague-attribution': 'error' });
      await raised;
    } finally {
      const restored = diagnosticsChange(closed, (diagnostics) => vagueSeverity(diagnostics) === vscode.DiagnosticSeverity.Warning);
      await writeSetting('severity', undefined);
      await restored;
    }
    // Someone else (git, another editor) fixes the vague sourcing on disk.
    const fixed = diagnosticsChange(closed, (diagnostics) => vagueSeverity(diagnostics) === undefined);
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode(GAPS_ARTICLE.replace('Critics say', 'Harold Penwick said')));
    const after = await fixed;
    assert.ok(after.some((d) => codeOf(d) === 'loaded-verb'), 'the other findings stay');
  });

  it('skips closed articles over newsdesk.maxFileSize, counting them, and reads none over three bytes a character', async () => {
    const paragraph = 'Harold Penwick claimed the mayor had known about the cracks for years.\n\n';
    // 15,000 characters: read (within 3 bytes a character), then found too long; 40,000: refused before any read.
    const long = await files.write('long.news', paragraph.repeat(Math.ceil(15_000 / paragraph.length)));
    const huge = await files.write('huge.news', paragraph.repeat(Math.ceil(40_000 / paragraph.length)));
    const small = await files.write('small.news', GAPS_ARTICLE);
    try {
      await updateSetting('maxFileSize', 10_000);
      const summary = await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkWorkspace');
      assert.ok(summary.tooLarge >= 2, JSON.stringify(summary));
      assert.equal(summary.checked, summary.articles - summary.tooLarge);
      assert.deepEqual([...newsdeskDiagnostics(long), ...newsdeskDiagnostics(huge)], [], 'no findings for an article that was not analysed');
      assert.ok(newsdeskDiagnostics(small).length > 0, 'an article within the limit is still checked');
    } finally {
      await writeSetting('maxFileSize', undefined);
    }
  });

  it('drops a closed article\'s findings when the file is deleted', async () => {
    const doomed = await files.write('doomed.news', GAPS_ARTICLE);
    await vscode.commands.executeCommand<CheckSummary>('newsdesk.checkWorkspace');
    assert.ok(newsdeskDiagnostics(doomed).length > 0);
    const cleared = diagnosticsChange(doomed, (diagnostics) => diagnostics.length === 0);
    await vscode.workspace.fs.delete(doomed);
    await cleared;
  });
});
