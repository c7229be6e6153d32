// A quick fix is an edit like any other (issue 11, item 9): it leaves the document dirty and the
// file on disk as it was, and one save (the writer's, or auto-save's) writes it. In the browser VS
// Code that `npm start` opens, files.autoSave defaults to "afterDelay": that, not Newsdesk, is what
// wrote a fixed article to disk a second later. This test turns auto-save off and applies every
// quick fix Newsdesk offers on an article with one gap of each kind, and on a misquote.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, GAPS_ARTICLE, newsdeskDiagnostics, readText, removeFile, RUN_ID, SAMPLE_ARTICLE, showArticle, TempFiles, workspaceFile } from './support';

async function setAutoSave(value: string | undefined): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('files.autoSave')) return;
      subscription.dispose();
      resolve();
    });
  });
  const files = vscode.workspace.getConfiguration('files');
  if (files.inspect('autoSave')?.workspaceValue === value) return;
  await files.update('autoSave', value, vscode.ConfigurationTarget.Workspace);
  await seen;
}

describe('Quick fixes leave the document dirty', () => {
  let api: NewsdeskApi;
  const files = new TempFiles('fixes-dirty');

  before(async () => {
    api = await activateNewsdesk();
    await setAutoSave('off');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setAutoSave(undefined);
    await files.deleteAll();
  });

  async function checkEveryFix(uri: vscode.Uri): Promise<number> {
    const onDisk = await readText(uri);
    const editor = await showArticle(api, uri, { preview: false });
    const { document } = editor;
    await api.transcripts.whenVerified(document);
    const titles = new Set<string>();
    let applied = 0;
    for (const diagnostic of newsdeskDiagnostics(uri)) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
      for (const action of actions.filter((candidate) => candidate.kind && vscode.CodeActionKind.QuickFix.contains(candidate.kind))) {
        if (titles.has(action.title)) continue;
        titles.add(action.title);
        assert.equal(document.isDirty, false, `clean before ${action.title}`);
        if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true, `${action.title} applies`);
        if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
        assert.notEqual(document.getText(), onDisk, `${action.title} changed the text`);
        assert.equal(document.isDirty, true, `${action.title} leaves the document dirty`);
        assert.equal(await readText(uri), onDisk, `${action.title} did not write the file`);
        applied += 1;
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await api.model.whenAnalyzed(document);
      }
    }
    return applied;
  }

  it('on an article with one gap of each kind', async () => {
    const applied = await checkEveryFix(await files.write('gaps.news', GAPS_ARTICLE));
    assert.ok(applied >= 5, `only ${applied} quick fixes tried`);
  });

  it('on the sample article, "Use the transcript\'s wording" included', async () => {
    const copy = workspaceFile('articles', `fixes-dirty-${RUN_ID}.news`);
    await vscode.workspace.fs.copy(workspaceFile(SAMPLE_ARTICLE), copy, { overwrite: true });
    try {
      assert.ok(await checkEveryFix(copy) >= 5);
    } finally {
      await removeFile(copy);
    }
  });
});
