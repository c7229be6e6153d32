// Speaker colours in a real editor: what `decorationRanges` reports is what was painted, per speaker,
// and it follows the model (edits, the decorations setting) without sleeping.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, nextAnalysis, readExpected, SAMPLE_ARTICLE, SAMPLE_EXPECTED, removeFile, showArticle, updateSetting, waitFor, workspaceFile, writeText } from './support';
import type { ExpectedQuote } from './support';

/** `decorationRanges` returns a Map; the decorations feature adds the colour slot of each speaker. */
type PaintedRanges = Map<string, vscode.Range[]> & { slots?: ReadonlyMap<string, number> };


function covers(ranges: readonly vscode.Range[] | undefined, range: vscode.Range): boolean {
  return !!ranges?.some((candidate) => candidate.contains(range));
}

/** Changes the (user) setting and resolves once the extension host has seen the change. */
async function setDecorationsEnabled(value: boolean | undefined): Promise<void> {
  const current = vscode.workspace.getConfiguration('newsdesk').inspect<boolean>('decorations.enabled')?.globalValue;
  if (current === value) return;
  await updateSetting('decorations.enabled', value, vscode.ConfigurationTarget.Global);
}

describe('Newsdesk decorations', () => {
  let api: NewsdeskApi;
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;
  let expectedQuotes: ExpectedQuote[];

  before(async () => {
    api = await activateNewsdesk();
    expectedQuotes = (await readExpected(workspaceFile(SAMPLE_EXPECTED))).quotes;
  });

  beforeEach(async () => {
    editor = await showArticle(api, workspaceFile(SAMPLE_ARTICLE));
    document = editor.document;
  });

  afterEach(async () => {
    await setDecorationsEnabled(undefined);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('paints every direct quote of a named speaker in that speaker\'s colour', () => {
    const { analysis } = api.model.get(document.uri)!;
    const ranges = api.decorationRanges(editor) as PaintedRanges;
    const checked: string[] = [];
    for (const quote of expectedQuotes.filter((q) => q.kind === 'direct' && q.speakerName)) {
      const actor = analysis.actors.find((a) => a.name === quote.speakerName);
      assert.ok(actor, `no actor named ${quote.speakerName} in the analysis`);
      const range = new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end));
      assert.ok(covers(ranges.get(`speaker:${actor.id}`), range), `${quote.text.slice(0, 40)}… is not painted as ${actor.id}`);
      checked.push(quote.speakerName!);
    }
    assert.ok(checked.length >= 10, `only ${checked.length} direct quotes checked`);
    // Different named speakers get different colours (the sample has fewer than eight).
    const slots = ['Delia Marchetti', 'Owen Achterberg', 'Harold Penwick', 'Lucia Ferrante']
      .map((name) => ranges.slots?.get(analysis.actors.find((a) => a.name === name)!.id));
    assert.ok(slots.every((slot) => slot !== undefined), 'every named speaker has a colour slot');
    assert.equal(new Set(slots).size, slots.length, `slots ${slots.join(', ')} repeat`);
  });

  it('marks the unattributed quote apart, and the speakers\' names and cues', () => {
    const ranges = api.decorationRanges(editor);
    const unattributed = expectedQuotes.find((q) => q.speakerName === null && q.kind === 'direct')!;
    const range = new vscode.Range(document.positionAt(unattributed.start), document.positionAt(unattributed.end));
    assert.ok(covers(ranges.get('unattributed'), range), 'the quote with no speaker is not marked unattributed');
    for (const [kind, spans] of ranges) {
      if (kind.startsWith('speaker:')) assert.ok(!spans.some((r) => r.intersection(range) && !r.intersection(range)!.isEmpty), `${kind} overlaps the unattributed quote`);
    }
    const words = (kind: string) => (ranges.get(kind) ?? []).map((r) => document.getText(r));
    assert.ok(words('cue').filter((w) => w === 'said').length >= 10, `cues: ${words('cue').join(', ')}`);
    for (const cue of ['told', 'according to', 'deadpanned']) assert.ok(words('cue').includes(cue), `cue "${cue}" not marked`);
    for (const name of ['Delia Marchetti', 'Marchetti', 'Owen Achterberg', 'he', 'Penwick', 'Lucia Ferrante']) {
      assert.ok(words('mention').includes(name), `mention "${name}" not marked (got ${words('mention').join(', ')})`);
    }
  });

  it('keeps each speaker\'s colour after an edit elsewhere, even when an earlier speaker goes', async () => {
    const { analysis } = api.model.get(document.uri)!;
    const before = api.decorationRanges(editor) as PaintedRanges;
    const idOf = (name: string) => analysis.actors.find((a) => a.name === name)!.id;
    const penwick = idOf('Harold Penwick');
    const ferrante = idOf('Lucia Ferrante');
    const slotsBefore = [before.slots?.get(penwick), before.slots?.get(ferrante)];
    assert.ok(slotsBefore.every((slot) => slot !== undefined));

    // Remove Owen Achterberg's paragraphs (an earlier speaker) and add a line at the end.
    const text = document.getText();
    const from = text.indexOf('Owen Achterberg, the city');
    const to = text.indexOf('Years of Warnings');
    assert.ok(from > 0 && to > from);
    const edited = nextAnalysis(api, document, () => !api.model.get(document.uri)!.analysis.actors.some((a) => a.id === idOf('Owen Achterberg')));
    await editor.edit((edit) => {
      edit.delete(new vscode.Range(document.positionAt(from), document.positionAt(to)));
      edit.insert(document.positionAt(document.getText().length), '\nThe ferry ran late again on Saturday.\n');
    });
    await edited;
    await api.model.whenAnalyzed(document);

    const after = api.decorationRanges(editor) as PaintedRanges;
    assert.deepEqual([after.slots?.get(penwick), after.slots?.get(ferrante)], slotsBefore, 'a speaker changed colour');
    assert.equal(after.get(`speaker:${idOf('Owen Achterberg')}`), undefined, 'the removed speaker is still painted');
    // The painted ranges follow the new text.
    const quote = '“Nobody at City Hall can say they were surprised by this,”';
    const at = document.getText().indexOf(quote);
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + quote.length));
    assert.ok(covers(after.get(`speaker:${penwick}`), range), 'Penwick\'s quote is not painted where it now is');
  });

  it('clears everything when newsdesk.decorations.enabled is turned off, and paints again when on', async () => {
    assert.ok((api.decorationRanges(editor).get('mention') ?? []).length > 0);
    await setDecorationsEnabled(false);
    const cleared = api.decorationRanges(editor);
    assert.equal([...cleared.values()].reduce((sum, ranges) => sum + ranges.length, 0), 0, `still painted: ${[...cleared.keys()].join(', ')}`);

    await setDecorationsEnabled(true);
    // Turning the setting back on re-analyses (the model refreshes on any newsdesk.* change) and repaints.
    await api.model.whenAnalyzed(document);
    const repainted = api.decorationRanges(editor);
    assert.ok((repainted.get('mention') ?? []).length > 0, 'nothing painted after turning decorations back on');
  });

  it('in a very long file, paints the text around what is on screen, and paints again on scrolling', async () => {
    const sample = document.getText();
    const file = workspaceFile('articles', `decorations-long-${Date.now().toString(36)}.news`);
    await writeText(file, Array.from({ length: 40 }, () => sample).join('\n\n'));
    try {
      const long = await showArticle(api, file);
      const { analysis } = api.model.get(long.document.uri)!;
      assert.ok(analysis.quotes.length > 1000, `${analysis.quotes.length} quotes: too few for a partial paint`);
      const rangeOf = (quote: { start: number; end: number }) => new vscode.Range(long.document.positionAt(quote.start), long.document.positionAt(quote.end));
      const paintedAt = (quote: { start: number; end: number }) => [...api.decorationRanges(long).values()].some((ranges) => covers(ranges, rangeOf(quote)));
      const first = analysis.quotes[0];
      const last = analysis.quotes[analysis.quotes.length - 1];
      assert.ok(paintedAt(first), 'the quote on screen is painted');
      assert.ok(!paintedAt(last), 'the quote 150,000 characters below the screen is not painted yet');

      const scrolled = waitFor(vscode.window.onDidChangeTextEditorVisibleRanges, (event) => event.textEditor === long && event.visibleRanges.some((range) => range.contains(rangeOf(last).start)), 'the end of the file on screen');
      long.revealRange(rangeOf(last), vscode.TextEditorRevealType.InCenter);
      await scrolled;
      assert.ok(paintedAt(last), 'the quote scrolled to is painted');
      assert.ok(!paintedAt(first), 'the top of the file, far off screen, is no longer painted');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await removeFile(file);
    }
  });

  it('paints nothing for a plain text file', async () => {
    const file = vscode.Uri.joinPath(workspaceFile(SAMPLE_ARTICLE), '..', 'notes.txt');
    await writeText(file, '"Hello," she said.\n');
    try {
      const textEditor = await vscode.window.showTextDocument(file);
      assert.equal(api.decorationRanges(textEditor).size, 0);
    } finally {
      await removeFile(file);
    }
  });
});
