// Hostile transcript links in a real VS Code (issue 10): a link out of the workspace or to a FIFO
// is flagged on its path with the reason, and the file is never read (the FIFO: hostileFifo.test.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { validViewMessage } from '../../src/extension/report/reportPanel';
import { activateNewsdesk, closeEditorsAndDelete, codeOf, newsdeskDiagnostics, nextAnalysis, openTempArticle, removeFile, RUN_ID, showDocument, TempFiles, workspaceFile, writeText } from './support';

let api: NewsdeskApi;
const files = new TempFiles('hostile-test');

/** The quick fix titled `title` for the `unbalanced-quote` finding on `text`, applied; the document after it. */
async function applyQuoteFix(document: vscode.TextDocument, text: string, title: string): Promise<string> {
  const finding = newsdeskDiagnostics(document.uri).find((d) => codeOf(d) === 'unbalanced-quote' && document.getText(d.range) === text);
  assert.ok(finding, `no unbalanced-quote on ${text}: ${JSON.stringify(newsdeskDiagnostics(document.uri).map((d) => [codeOf(d), document.getText(d.range)]))}`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding.range);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.edit, `no quick fix ${JSON.stringify(title)}; got ${JSON.stringify(actions.map((a) => a.title))}`);
  const analysed = nextAnalysis(api, document);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true);
  await analysed;
  return document.getText();
}

describe('Newsdesk hostile transcript links', () => {
  before(async () => {
    api = await activateNewsdesk();
  });
  after(() => closeEditorsAndDelete(files));

  it('offers "Replace “ with ”" on a closing mark typed the wrong way round, and the next speaker keeps their quote', async () => {
    const document = await openTempArticle(api, files, 'typo.news', 'Council Votes\n\n“We will win at the polls,“ said Dana Whitfield.\n\n“The budget holds,” said Owen Achterberg.\n');
    const fixed = await applyQuoteFix(document, '“', 'Replace “ with ”');
    assert.match(fixed, /“We will win at the polls,” said Dana Whitfield\./);
    assert.ok(!newsdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'unbalanced-quote'));
  });

  it('offers the closing fix for an unclosed straight quote inside reported speech', async () => {
    const document = await openTempArticle(api, files, 'straight.news', 'Council Votes\n\nPenwick said "this is the last time" and "we wait.\n');
    const fixed = await applyQuoteFix(document, '"', 'Close the quotation with " at the end of the paragraph');
    assert.match(fixed, /and "we wait\."\n$/);
  });

  it('flags links outside the workspace on their paths, without reading them', async () => {
    const folder = workspaceFile(`hostile-${RUN_ID}`);
    try {
      const links = ['/etc/hostname.txt', '../../../outside.vtt'];
      const articleUri = vscode.Uri.joinPath(folder, 'story.news');
      await writeText(articleUri, `Bridge Plan\n\n<!-- Transcripts: ${links.join(', ')} -->\n\n"We will fix this bridge," Marchetti said.\n`);
      const editor = await showDocument(articleUri);
      await api.model.whenAnalyzed(editor.document);
      assert.ok(await api.transcripts.whenVerified(editor.document), 'the article was checked');
      const messages = newsdeskDiagnostics(editor.document.uri).filter((d) => d.message.startsWith('Cannot read the transcript'));
      const on = (link: string) => messages.find((d) => editor.document.getText(d.range) === link) ?? assert.fail(`no finding on ${link}: ${JSON.stringify(messages.map((d) => d.message))}`);
      assert.match(on('/etc/hostname.txt').message, /outside the folders Newsdesk reads transcripts from; turn on the setting newsdesk\.transcripts\.allowOutsideWorkspace/);
      assert.match(on('../../../outside.vtt').message, /outside the folders Newsdesk reads transcripts from/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile(folder);
    }
  });

  it('takes only messages of the report protocol from the report page', () => {
    const summary = { scope: 'article', source: 'a.news', bars: { speakers: 2 }, values: { speakers: [3, 1] }, speakerLabels: ['A', 'B'], tableRows: { quotes: 4 } };
    assert.deepEqual(validViewMessage({ type: 'export', format: 'csv' }), { type: 'export', format: 'csv' });
    assert.deepEqual(validViewMessage({ type: 'rendered', summary }), { type: 'rendered', summary });
    assert.deepEqual(validViewMessage({ type: 'open', path: 'articles/a.news', extra: 'dropped' }), { type: 'open', path: 'articles/a.news' });
    for (const bad of [null, 'ready', {}, { type: 'export', format: 'exe' }, { type: 'open', path: 42 }, { type: 'open', path: 'x'.repeat(5000) }, { type: 'reveal' }, { type: 'rendered', summary: { ...summary, bars: { speakers: 'many' } } }, { type: 'runCommand', command: 'x' }]) {
      assert.equal(validViewMessage(bad), undefined, JSON.stringify(bad)?.slice(0, 80));
    }
  });
});
