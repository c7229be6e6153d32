// The status bar summary in a real VS Code: counts, plurals, live updates, and when it hides.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, nextAnalysis, showDocument, TempFiles, updateSetting, writeSetting } from './support';

// Two sources (a named spokeswoman, an anonymous official); two gaps (no reason for anonymity,
// a quote with no speaker).
const FERRY_ARTICLE = [
  'Ferry Service Expands',
  '',
  'Nadia Pruitt, a spokeswoman for Ellis County Transit, said the agency would add four sailings a day.',
  '',
  '"We expect the boats to be full," Pruitt said.',
  '',
  'A transit official said the new schedule would start soon.',
  '',
  '"Nobody asked us."',
  '',
].join('\n');

let api: NewsdeskApi;
const files = new TempFiles('status-bar-test');

/** Opens a temp file; waits for its analysis only if it is an article. */
async function open(name: string, text: string): Promise<vscode.TextEditor> {
  const editor = await showDocument(await files.write(name, text));
  if (api.model.isArticle(editor.document)) await api.model.whenAnalyzed(editor.document);
  return editor;
}

describe('Newsdesk status bar', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  after(async () => {
    await writeSetting('statusBar.enabled', undefined);
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await files.deleteAll();
  });

  it('counts sources, anonymous sources and gaps of the active article', async () => {
    await open('ferry.news', FERRY_ARTICLE);
    assert.equal(api.statusBarText(), '$(person) 2 sources · 1 anonymous · 2 gaps');
  });

  it('updates as the writer fixes a gap, with singular words for one', async () => {
    const editor = await open('ferry-edit.news', FERRY_ARTICLE);
    const analysed = nextAnalysis(api, editor.document);
    // Attribute the last quote to Pruitt: one gap left.
    await editor.edit((builder) => builder.replace(new vscode.Range(8, 16, 8, 18), '," Pruitt said.'));
    await analysed;
    assert.equal(editor.document.lineAt(8).text, '"Nobody asked us," Pruitt said.');
    assert.equal(api.statusBarText(), '$(person) 2 sources · 1 anonymous · 1 gap');
  });

  it('follows the active editor and hides for files that are not articles', async () => {
    await open('clean.news', 'Library Hours\n\n"We want the doors open," library director Samuel Oyelaran said.\n');
    assert.equal(api.statusBarText(), '$(person) 1 source · no gaps');
    await open('notes.json', '{ "note": "not an article" }\n');
    assert.equal(api.statusBarText(), undefined);
    await open('ferry-again.news', FERRY_ARTICLE);
    assert.equal(api.statusBarText(), '$(person) 2 sources · 1 anonymous · 2 gaps');
  });

  it('hides when newsdesk.statusBar.enabled is off, and comes back', async () => {
    await open('ferry-setting.news', FERRY_ARTICLE);
    try {
      await updateSetting('statusBar.enabled', false);
      assert.equal(api.statusBarText(), undefined);
    } finally {
      await updateSetting('statusBar.enabled', undefined);
    }
    assert.equal(api.statusBarText(), '$(person) 2 sources · 1 anonymous · 2 gaps');
  });

  it('stays while a preview beside the article has focus', async () => {
    await open('ferry-preview.news', FERRY_ARTICLE);
    const editorGone = new Promise<void>((resolve) => {
      const subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) return;
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('newsdesk.showCheckHelp', 'unattributed-quote');
    await editorGone;
    assert.equal(vscode.window.activeTextEditor, undefined, 'the preview has focus');
    assert.equal(api.statusBarText(), '$(person) 2 sources · 1 anonymous · 2 gaps');
  });

  it('opens the Sources view when clicked', async () => {
    await open('ferry-click.news', FERRY_ARTICLE);
    // Rejects if the view (and so its focus command) does not exist.
    await vscode.commands.executeCommand('newsdesk.showActors');
    // Focus moves to the view; the article stays the active editor.
    assert.equal(api.statusBarText(), '$(person) 2 sources · 1 anonymous · 2 gaps');
  });
});
