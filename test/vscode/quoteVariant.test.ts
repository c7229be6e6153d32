// A quote with the transcript's words written differently ("5" for "five") in a real VS Code
// (issue 11, item 4): its own milder finding in the Problems panel, its own note after the quote and
// hover heading, and "Use the transcript's wording" as one undo step.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, codeOf, newsdeskDiagnostics, showDocument, TempFiles } from './support';

const files = new TempFiles('quote-variant-test');
let api: NewsdeskApi;

describe('Newsdesk quotes written differently from the transcript', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await files.deleteAll();
  });

  it('reports "5" for "five" as quote-variant (information), with its note, hover and fix', async () => {
    const notes = await files.write('notes.md', '**Marchetti:** We have five branches left and we will keep them open.\n');
    const notesName = notes.path.slice(notes.path.lastIndexOf('/') + 1);
    const quote = '"We have 5 branches left and we will keep them open," Mayor Delia Marchetti said.';
    const text = `Library Cuts\n\n<!-- Transcripts: Marchetti: ${notesName} -->\n\n${quote}\n`;
    const editor = await showDocument(await files.write('article.news', text));
    const document = editor.document;
    await api.model.whenAnalyzed(document);
    const checked = await api.transcripts.whenVerified(document);
    assert.ok(checked, 'the article was not checked against its transcript');

    const findings = newsdeskDiagnostics(document.uri).filter((d) => codeOf(d) === 'quote-variant' || codeOf(d) === 'misquote');
    assert.deepEqual(findings.map(codeOf), ['quote-variant']);
    assert.equal(findings[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(findings[0].message, /“5” where the transcript says “five”/);

    const end = document.positionAt(checked.results[0].end);
    assert.equal(api.transcripts.decorationsFor(editor).find((note) => note.range.start.isEqual(end))?.text, 'written differently · line 1');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(text.indexOf('branches')));
    const hoverText = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
    assert.match(hoverText, /\*\*Written differently\*\*/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, findings[0].range);
    const fix = actions.find((action) => action.title === "Use the transcript's wording");
    assert.ok(fix?.edit, `no fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(document.getText().includes('"We have five branches left and we will keep them open,"'), document.getText());
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), text, 'one undo did not take the fix back');
  });
});
