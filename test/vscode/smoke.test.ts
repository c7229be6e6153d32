// Proves the harness: the extension loads from the repo in a real extension host, activates,
// and owns the `news` language for *.news files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TempFiles } from './support';

const EXTENSION_ID = 'newsdesk.newsdesk';

describe('Newsdesk extension (smoke)', () => {
  const files = new TempFiles('smoke');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await files.deleteAll();
  });

  it('is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('gives .news files the languageId "news"', async () => {
    const file = await files.write('smoke.news', 'The minister said: "We will act."\n');
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'news');
  });
});
