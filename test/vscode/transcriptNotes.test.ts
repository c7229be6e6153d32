// The notes after quotes checked against transcripts (issue 11, item 2) are inlay hints, which VS
// Code counts when it wraps a line: the "verbatim · 12:31" after a quote never pushes the article's
// own words under the minimap or past the window's edge (the UI check looks at it in screenshots).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, removeFile, RUN_ID, SAMPLE_ARTICLE, showDocument, workspaceFile } from './support';

/** A copy of the sample beside it, so its `../transcripts/` links hold and the sample stays as it is. */
const COPY = () => workspaceFile('articles', `notes-test-${RUN_ID}.news`);

function labelOf(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

describe('Transcript notes are inlay hints', () => {
  let api: NewsdeskApi;

  before(async () => {
    api = await activateNewsdesk();
    await vscode.workspace.fs.copy(workspaceFile(SAMPLE_ARTICLE), COPY(), { overwrite: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeFile(COPY());
  });

  it('puts each checked quote\'s note in the text flow, at the end of the quote', async () => {
    const editor = await showDocument(COPY());
    const { document } = editor;
    await api.model.whenAnalyzed(document);
    const checked = await api.transcripts.whenVerified(document);
    assert.ok(checked, 'the copy is checked against its transcripts');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
    const notes = api.transcripts.decorationsFor(editor);
    assert.ok(notes.length >= 5, `${notes.length} notes`);
    for (const note of notes) {
      const hint = hints.find((candidate) => candidate.position.isEqual(note.range.start) && labelOf(candidate) === note.text);
      assert.ok(hint, `no inlay hint "${note.text}" at ${note.range.start.line + 1}:${note.range.start.character + 1}`);
    }
    const verbatim = hints.find((hint) => /^verbatim · \d+:\d\d$/.test(labelOf(hint)));
    assert.ok(verbatim, `a "verbatim · m:ss" note: ${hints.map(labelOf).join(' | ')}`);
    assert.ok(verbatim.paddingLeft, 'a space between the quote and its note');
    assert.match(String(typeof verbatim.tooltip === 'string' ? verbatim.tooltip : verbatim.tooltip?.value), /transcript/);
  });
});
