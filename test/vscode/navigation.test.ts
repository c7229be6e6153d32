// Moving between a speaker's quotes, the article outline, and highlights/references of a speaker,
// in a real VS Code on the sample article (and the reference article when the corpus is there).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Quote } from '../../src/engine';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, overlaps, readExpected, REFERENCE, REFERENCE_MISSING, referencePresent, SAMPLE_ARTICLE, SAMPLE_EXPECTED, selectedSpan, showArticle, workspaceFile } from './support';
import type { Expected } from './support';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

describe('Sources: navigation, outline and references', () => {
  let api: NewsdeskApi;
  let expected: Expected;
  let editor: vscode.TextEditor;
  const sampleUri = () => workspaceFile(SAMPLE_ARTICLE);

  before(async () => {
    api = await activateNewsdesk();
    expected = await readExpected(workspaceFile(SAMPLE_EXPECTED));
  });

  beforeEach(async () => {
    editor = await showArticle(api, sampleUri(), { preview: false });
  });

  /** The model's quotes for an annotated speaker, in reading order. */
  function quotesBy(name: string): Quote[] {
    const analysis = api.model.get(editor.document.uri)!.analysis;
    const actor = analysis.actors.find((candidate) => candidate.name === name);
    assert.ok(actor, `the engine knows ${name}`);
    return analysis.quotes.filter((quote) => quote.speaker?.actorId === actor.id).sort((a, b) => a.start - b.start);
  }

  it('next quote by the speaker steps through their quotes and wraps around', async () => {
    const name = 'Delia Marchetti';
    const quotes = quotesBy(name);
    const annotated = expected.quotes.filter((q) => q.speakerName === name);
    assert.ok(quotes.length >= 3, `${name} has several quotes`);
    const inFirst = editor.document.positionAt(quotes[0].start + 2);
    editor.selection = new vscode.Selection(inFirst, inFirst);
    for (let step = 1; step <= quotes.length; step++) {
      await vscode.commands.executeCommand('newsdesk.nextQuoteBySpeaker');
      const want = quotes[step % quotes.length]; // the last step wraps to the first quote
      assert.deepEqual(selectedSpan(editor), { start: want.start, end: want.end }, `step ${step}`);
      assert.ok(annotated.some((q) => overlaps(q, want)), `step ${step} lands on a quote the annotation gives to ${name}`);
    }
  });

  it('previous quote by the speaker goes back and wraps to the last', async () => {
    const quotes = quotesBy('Owen Achterberg');
    const inSecond = editor.document.positionAt(quotes[1].start + 2);
    editor.selection = new vscode.Selection(inSecond, inSecond);
    await vscode.commands.executeCommand('newsdesk.previousQuoteBySpeaker');
    assert.deepEqual(selectedSpan(editor), { start: quotes[0].start, end: quotes[0].end });
    await vscode.commands.executeCommand('newsdesk.previousQuoteBySpeaker');
    const last = quotes[quotes.length - 1];
    assert.deepEqual(selectedSpan(editor), { start: last.start, end: last.end }, 'wraps from the first to the last');
  });

  it('from a speaker mention, goes to that speaker\'s next quote', async () => {
    // "Achterberg told radio host …: “If I had found …”": the mention comes before its quote.
    const told = expected.quotes.find((q) => q.speaker === 'Achterberg' && q.speakerStart !== null && q.speakerStart < q.start)!;
    const onName = editor.document.positionAt(told.speakerStart! + 2);
    editor.selection = new vscode.Selection(onName, onName);
    await vscode.commands.executeCommand('newsdesk.nextQuoteBySpeaker');
    const span = selectedSpan(editor);
    assert.ok(overlaps(span, told), `selected ${editor.document.getText(editor.selection).slice(0, 40)}… instead of the told quote`);
  });

  it('outlines the headline, the subheads and the speakers with their quotes', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.ok(symbols?.length, 'symbols for the article');
    const headline = expected.paragraphRoles!.find((role) => role.role === 'headline')!;
    assert.equal(symbols.length, 1, 'one root: the headline');
    assert.equal(symbols[0].name, headline.text);
    const all = flatten(symbols);
    for (const subhead of expected.paragraphRoles!.filter((role) => role.role === 'subhead')) {
      assert.ok(all.some((symbol) => symbol.name === subhead.text && symbol.kind === vscode.SymbolKind.Namespace), `a section for ${subhead.text}`);
    }
    for (const speaker of expected.speakers.filter((s) => s.directQuotes > 0)) {
      const found = all.filter((symbol) => symbol.name === speaker.name);
      assert.ok(found.length, `a symbol for ${speaker.name}`);
      const quoteSymbols = found.flatMap((symbol) => symbol.children);
      for (const quote of expected.quotes.filter((q) => q.speakerName === speaker.name && q.kind === 'direct' && !q.optional)) {
        const range = new vscode.Range(editor.document.positionAt(quote.start), editor.document.positionAt(quote.end));
        assert.ok(quoteSymbols.some((symbol) => symbol.range.intersection(range) && symbol.kind === vscode.SymbolKind.String), `${speaker.name}'s quote ${quote.text.slice(0, 30)}… is in the outline`);
      }
    }
    for (const symbol of all) {
      assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: selection inside its range`);
      for (const child of symbol.children) assert.ok(symbol.range.contains(child.range), `${child.name} inside ${symbol.name}`);
    }
  });

  it('folds each section from its subhead to the line before the next subhead', async () => {
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    // The engine's subheads (the annotation lists only some paragraphs' roles).
    const paragraphs = api.model.get(editor.document.uri)!.analysis.paragraphs;
    const subheadLines = paragraphs.filter((paragraph) => paragraph.role === 'subhead').map((paragraph) => editor.document.positionAt(paragraph.start).line);
    assert.ok(subheadLines.length >= 2, 'the sample article has sections');
    assert.deepEqual(folds.map((fold) => fold.start).sort((a, b) => a - b), subheadLines);
    for (const [index, fold] of folds.entries()) {
      const next = subheadLines[index + 1];
      assert.ok(fold.end > fold.start && (next === undefined || fold.end < next), `section at line ${fold.start + 1} ends before the next subhead`);
    }
  });

  it('highlights every mention of the speaker under the cursor, pronoun included, and their quotes', async () => {
    const pronoun = expected.quotes.find((q) => q.speakerName === 'Owen Achterberg' && q.speaker === 'he')!;
    const fullName = expected.quotes.find((q) => q.speakerName === 'Owen Achterberg' && q.speaker === 'Owen Achterberg')!;
    const position = editor.document.positionAt(fullName.speakerStart! + 1);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, position);
    assert.ok(highlights?.length, 'highlights on a speaker name');
    const spans = highlights.map((highlight) => ({
      start: editor.document.offsetAt(highlight.range.start), end: editor.document.offsetAt(highlight.range.end), kind: highlight.kind,
    }));
    assert.ok(spans.some((span) => span.start === pronoun.speakerStart && span.end === pronoun.speakerEnd && span.kind === vscode.DocumentHighlightKind.Read), 'the pronoun "he" is highlighted as a mention');
    for (const quote of expected.quotes.filter((q) => q.speakerName === 'Owen Achterberg' && !q.optional)) {
      assert.ok(spans.some((span) => span.kind === vscode.DocumentHighlightKind.Text && overlaps(span, quote)), `quote ${quote.text.slice(0, 30)}… highlighted`);
    }
    const other = expected.quotes.find((q) => q.speakerName === 'Delia Marchetti' && q.speaker === 'she')!;
    assert.ok(!spans.some((span) => overlaps(span, { start: other.speakerStart!, end: other.speakerEnd! })), 'another speaker\'s pronoun is not highlighted');

    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, position);
    assert.ok(locations.some((location) => editor.document.offsetAt(location.range.start) === pronoun.speakerStart), 'references include the pronoun');
  });

  it('does not highlight anything inside a quote\'s words', async () => {
    const quote = expected.quotes.find((q) => q.speakerName === 'Harold Penwick' && q.kind === 'direct')!;
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, editor.document.positionAt(quote.start + 5));
    // VS Code's own word highlighter may still mark the word (Text kind, one word); ours would be
    // Read mentions or whole quotes.
    const length = (range: vscode.Range) => editor.document.offsetAt(range.end) - editor.document.offsetAt(range.start);
    const ours = (highlights ?? []).filter((highlight) => highlight.kind === vscode.DocumentHighlightKind.Read || length(highlight.range) > 20);
    assert.equal(ours.length, 0, 'no speaker highlights while the cursor is in quoted words');
  });
});

(referencePresent ? describe : describe.skip)(`Sources: references on the reference article${referencePresent ? '' : ` (skipped: ${REFERENCE_MISSING})`}`, () => {
  it('highlights a speaker\'s pronoun mention from their name', async () => {
    const api = await activateNewsdesk();
    const gold = await readExpected(vscode.Uri.file(`${REFERENCE}.gold.json`));
    const editor = await showArticle(api, vscode.Uri.file(`${REFERENCE}.news`), { preview: false });
    const byName = gold.quotes.find((q) => q.speakerName === 'James Cleverly' && q.speaker === 'James Cleverly')!;
    // Only a gold span that is a whole word: one "he" in the gold file points into "they".
    const byPronoun = gold.quotes.find((q) => q.speakerName === 'James Cleverly' && q.speaker?.toLowerCase() === 'he' && q.speakerStart !== null
      && !/\p{L}/u.test(gold.text.charAt(q.speakerStart - 1)) && !/\p{L}/u.test(gold.text.charAt(q.speakerEnd!)))!;
    assert.ok(byPronoun, 'the gold file has a pronoun mention of James Cleverly');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', editor.document.uri, editor.document.positionAt(byName.speakerStart! + 1));
    assert.ok(highlights?.some((highlight) => editor.document.offsetAt(highlight.range.start) === byPronoun.speakerStart), 'the pronoun is among the highlights');
  });
});
