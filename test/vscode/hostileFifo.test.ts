// A transcript link to a FIFO in a real VS Code (issue 10): flagged on its path as not a regular
// file, and never read (a read would hang). Node extension host only: the test makes the FIFO with
// mkfifo, which the web worker cannot (test/vscode-web/suites.ts lists it as left out there).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateNewsdesk, newsdeskDiagnostics, RUN_ID, showDocument, workspaceFile } from './support';

describe('Newsdesk hostile transcript links: a FIFO', () => {
  it('flags a link to a FIFO on its path, without reading it', async function () {
    const api = await activateNewsdesk();
    const folder = workspaceFile(`hostile-fifo-${RUN_ID}`);
    fs.mkdirSync(folder.fsPath, { recursive: true });
    try {
      if (process.platform === 'win32' || spawnSync('mkfifo', [path.join(folder.fsPath, 'pipe.txt')]).status !== 0) {
        console.log('      skipped: mkfifo is not available here');
        this.skip();
      }
      const articleUri = vscode.Uri.joinPath(folder, 'story.news');
      fs.writeFileSync(articleUri.fsPath, 'Bridge Plan\n\n<!-- Transcripts: pipe.txt -->\n\n"We will fix this bridge," Marchetti said.\n');
      const editor = await showDocument(articleUri);
      await api.model.whenAnalyzed(editor.document);
      assert.ok(await api.transcripts.whenVerified(editor.document), 'the article was checked');
      const finding = newsdeskDiagnostics(editor.document.uri).find((d) => d.message.startsWith('Cannot read the transcript') && editor.document.getText(d.range) === 'pipe.txt');
      assert.match(finding?.message ?? 'no finding on pipe.txt', /not a regular file/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });
});
