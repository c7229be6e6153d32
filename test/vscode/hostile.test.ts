// Hostile transcript links in a real VS Code (issue 10): a link out of the workspace or to a FIFO
// is flagged on its path with the reason, and the file is never read.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/features';
import { activateNewsdesk, newsdeskDiagnostics, showDocument, workspaceFile } from './support';

let api: NewsdeskApi;

describe('Newsdesk hostile transcript links', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  it('flags links outside the workspace and to a FIFO on their paths, without reading them', async function () {
    const folder = workspaceFile(`hostile-${process.pid}`);
    fs.mkdirSync(folder.fsPath, { recursive: true });
    try {
      const fifo = process.platform !== 'win32' && spawnSync('mkfifo', [path.join(folder.fsPath, 'pipe.txt')]).status === 0;
      const links = ['/etc/hostname.txt', '../../../outside.vtt', ...(fifo ? ['pipe.txt'] : [])];
      const articleUri = vscode.Uri.joinPath(folder, 'story.news');
      fs.writeFileSync(articleUri.fsPath, `Bridge Plan\n\n<!-- Transcripts: ${links.join(', ')} -->\n\n"We will fix this bridge," Marchetti said.\n`);
      const editor = await showDocument(articleUri);
      await api.model.whenAnalyzed(editor.document);
      assert.ok(await api.transcripts.whenVerified(editor.document), 'the article was checked');
      const messages = newsdeskDiagnostics(editor.document.uri).filter((d) => d.message.startsWith('Cannot read the transcript'));
      const on = (link: string) => messages.find((d) => editor.document.getText(d.range) === link) ?? assert.fail(`no finding on ${link}: ${JSON.stringify(messages.map((d) => d.message))}`);
      assert.match(on('/etc/hostname.txt').message, /outside the folders Newsdesk reads transcripts from; turn on the setting newsdesk\.transcripts\.allowOutsideWorkspace/);
      assert.match(on('../../../outside.vtt').message, /outside the folders Newsdesk reads transcripts from/);
      if (fifo) assert.match(on('pipe.txt').message, /not a regular file/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
  });
});
