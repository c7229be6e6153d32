// Renaming a speaker in a real VS Code: F2 semantics through the rename provider, the Rename
// Speaker command, one undo step, and pronouns/descriptions refused or left alone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ActorElement, ActorsTreeProvider } from '../../src/extension/sources/actorsTree';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, readExpected, REFERENCE, REFERENCE_MISSING, referencePresent, SAMPLE_ARTICLE, SAMPLE_EXPECTED, showArticle, workspaceFile } from './support';
import type { Expected, ExpectedQuote } from './support';

/**
 * Whether a gold speaker span is a whole word of the text. (One "he" in the reference gold file
 * points into "they" inside the quotation, so spans are checked before they are trusted.)
 */
function standsAlone(text: string, quote: ExpectedQuote): boolean {
  if (quote.speakerStart === null || quote.speakerEnd === null) return false;
  return !/\p{L}/u.test(text.charAt(quote.speakerStart - 1)) && !/\p{L}/u.test(text.charAt(quote.speakerEnd));
}

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

/** The annotated speaker span where the speaker is written exactly as `written`. */
function mention(expected: Expected, name: string, written: string): ExpectedQuote {
  const quote = expected.quotes.find((q) => q.speakerName === name && q.speaker === written && q.speakerStart !== null);
  assert.ok(quote, `the annotation has ${name} written as "${written}"`);
  return quote;
}

describe('Sources: rename', () => {
  let api: NewsdeskApi;
  let expected: Expected;
  let editor: vscode.TextEditor;
  let original: string;

  before(async () => {
    api = await activateNewsdesk();
    expected = await readExpected(workspaceFile(SAMPLE_EXPECTED));
  });

  beforeEach(async () => {
    editor = await showArticle(api, workspaceFile(SAMPLE_ARTICLE), { preview: false });
    original = editor.document.getText();
    assert.equal(original, expected.text, 'starts from the annotated text');
  });

  afterEach(async () => {
    // Never leave a renamed article behind for the next test, even after a failure.
    if (editor.document.getText() !== original) {
      const whole = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length));
      await editor.edit((builder) => builder.replace(whole, original));
    }
  });

  async function undoOnce(): Promise<void> {
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('undo');
  }

  it('prepares a rename on a full name, with the name as placeholder', async () => {
    const full = mention(expected, 'Delia Marchetti', 'Delia Marchetti');
    const result = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', editor.document.uri, editor.document.positionAt(full.speakerStart! + 2));
    assert.equal(result.placeholder, 'Delia Marchetti');
    assert.equal(editor.document.offsetAt(result.range.start), full.speakerStart);
    assert.equal(editor.document.offsetAt(result.range.end), full.speakerEnd);
  });

  it('renames full-name and surname mentions in one undoable edit, leaving pronouns and titles', async () => {
    const full = mention(expected, 'Delia Marchetti', 'Delia Marchetti');
    const surnames = count(original, 'Marchetti') - count(original, 'Delia Marchetti');
    assert.ok(surnames > 0, 'the sample also names her by surname');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, editor.document.positionAt(full.speakerStart! + 2), 'Delia Moretti');
    assert.ok(edit, 'a rename edit');
    assert.deepEqual(edit.entries().map(([uri]) => uri.toString()), [editor.document.uri.toString()], 'edits only the article');
    assert.ok(await vscode.workspace.applyEdit(edit));

    const renamed = editor.document.getText();
    assert.equal(count(renamed, 'Marchetti'), 0, 'no old name left');
    assert.equal(count(renamed, 'Delia Moretti'), count(original, 'Delia Marchetti'), 'full names got the new full name');
    assert.equal(count(renamed, 'Moretti') - count(renamed, 'Delia Moretti'), surnames, 'surnames got the new surname');
    assert.ok(renamed.includes('Mayor Moretti'), 'the title stays before the new surname');
    const pronoun = mention(expected, 'Delia Marchetti', 'she');
    const title = mention(expected, 'Delia Marchetti', 'the mayor');
    assert.ok(renamed.includes(original.slice(pronoun.speakerStart!, pronoun.speakerEnd! + 14)), 'the pronoun is left as written ("she told reporters")');
    assert.ok(renamed.includes(original.slice(title.speakerStart!, title.speakerEnd! + 5)), 'the description is left as written ("the mayor said")');

    await undoOnce();
    assert.equal(editor.document.getText(), original, 'one undo restores the article exactly');
  });

  it('started on a surname, takes the new name as the new surname', async () => {
    const surname = mention(expected, 'Delia Marchetti', 'Marchetti');
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', editor.document.uri, editor.document.positionAt(surname.speakerStart! + 1));
    assert.equal(prepared.placeholder, 'Marchetti');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, editor.document.positionAt(surname.speakerStart! + 1), 'Moretti');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const renamed = editor.document.getText();
    assert.equal(count(renamed, 'Marchetti'), 0);
    assert.equal(count(renamed, 'Delia Moretti'), count(original, 'Delia Marchetti'), 'the full name keeps the given name');
    await undoOnce();
    assert.equal(editor.document.getText(), original);
  });

  it('refuses to rename from a pronoun, saying whom it refers to', async () => {
    const pronoun = mention(expected, 'Delia Marchetti', 'she');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', editor.document.uri, editor.document.positionAt(pronoun.speakerStart! + 1))),
      /Only a name can be renamed; 'she' refers to Delia Marchetti/,
    );
  });

  it('refuses to rename from a description', async () => {
    const title = mention(expected, 'Owen Achterberg', 'The engineer');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', editor.document.uri, editor.document.positionAt(title.speakerStart! + 5))),
      /Only a name can be renamed; 'The engineer' refers to Owen Achterberg/,
    );
  });

  it('the Rename Speaker command renames from a Sources row', async () => {
    const tree = api.actorsTree as unknown as ActorsTreeProvider;
    const row = ((await tree.getChildren()) ?? []).find((element): element is ActorElement => element.type === 'actor' && element.actor.name === 'Harold Penwick');
    assert.ok(row, 'Harold Penwick has a row');
    const before = count(original, 'Penwick');
    assert.equal(await vscode.commands.executeCommand('newsdesk.renameSpeaker', row, 'Harold Pennington'), true);
    const renamed = editor.document.getText();
    assert.equal(count(renamed, 'Penwick'), 0);
    assert.equal(count(renamed, 'Pennington'), before);
    await undoOnce();
    assert.equal(editor.document.getText(), original);
  });
});

(referencePresent ? describe : describe.skip)(`Sources: rename on the reference article${referencePresent ? '' : ` (skipped: ${REFERENCE_MISSING})`}`, () => {
  it('refuses a pronoun and names the speaker it refers to', async () => {
    const api = await activateNewsdesk();
    const gold = await readExpected(vscode.Uri.file(`${REFERENCE}.gold.json`));
    const { document } = await showArticle(api, vscode.Uri.file(`${REFERENCE}.news`), { preview: false });
    const pronoun = gold.quotes.find((q) => q.speakerName === 'James Cleverly' && q.speaker?.toLowerCase() === 'he' && standsAlone(gold.text, q))!;
    assert.ok(pronoun, 'the gold file has a pronoun mention of James Cleverly');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', document.uri, document.positionAt(pronoun.speakerStart! + 1))),
      new RegExp(`Only a name can be renamed; '${gold.text.slice(pronoun.speakerStart!, pronoun.speakerEnd!)}' refers to James Cleverly`),
    );
  });
});
