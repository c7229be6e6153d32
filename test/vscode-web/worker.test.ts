// The web stage really runs in the web-worker extension host, with Newsdesk's `browser` entry: no
// Node there, and the workbench says it is the web UI. Only in the browser test bundle.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateNewsdesk, showArticle, SAMPLE_ARTICLE, workspaceFile } from '../vscode/support';

describe('Newsdesk in the web worker', () => {
  it('runs in the web-worker extension host: no process, the web UI, the browser entry', async () => {
    assert.equal(typeof process, 'undefined', 'a Node `process` in the extension host');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    const api = await activateNewsdesk();
    assert.equal(api.host, 'web', 'Newsdesk was loaded from dist/extension.js, not dist/web.js');
  });

  it('reads the workspace through its vscode-remote URIs, not file: paths', async () => {
    const api = await activateNewsdesk();
    const uri = workspaceFile(SAMPLE_ARTICLE);
    assert.notEqual(uri.scheme, 'file');
    const editor = await showArticle(api, uri);
    assert.ok(api.model.get(editor.document.uri)!.analysis.quotes.length > 0, 'the sample was analysed');
  });
});
