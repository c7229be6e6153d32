// Proves the harness: the extension loads from the repo in a real extension host, activates,
// and owns the `news` language for *.news files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsdesk.newsdesk';

describe('Newsdesk extension (smoke)', () => {
  let tmpDir: string;

  before(() => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-smoke-'));
  });

  after(() => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  it('is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('gives .news files the languageId "news"', async () => {
    const file = path.join(tmpDir, 'smoke.news');
    fs.writeFileSync(file, 'The minister said: "We will act."\n');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'news');
  });
});
