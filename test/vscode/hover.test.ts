// Hovers in a real editor, asked through VS Code's own hover command on the sample article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/engine';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, SAMPLE_ARTICLE, showDocument, workspaceFile } from './support';

describe('Newsdesk hover', () => {
  let api: NewsdeskApi;
  let document: vscode.TextDocument;
  let analysis: Analysis;

  before(async () => {
    api = await activateNewsdesk();
    document = (await showDocument(workspaceFile(SAMPLE_ARTICLE))).document;
    analysis = (await api.model.whenAnalyzed(document)).analysis;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** All hover text at the first character of `needle` (plus `shift`), and the hover's range. */
  async function hoverAt(needle: string, shift = 0): Promise<{ text: string; range?: vscode.Range }> {
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `"${needle}" is not in the sample`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + shift));
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .join('\n');
    return { text, range: hovers.find((hover) => hover.range)?.range };
  }

  function quoteNumbers(quoteText: string, name: string): { n: number; m: number } {
    const actor = analysis.actors.find((a) => a.name === name)!;
    const quotes = analysis.quotes.filter((q) => actor.quoteIds.includes(q.id)).sort((a, b) => a.start - b.start);
    return { n: quotes.findIndex((q) => q.text.includes(quoteText)) + 1, m: quotes.length };
  }

  it('says who said a quote and which of theirs it is', async () => {
    const { n, m } = quoteNumbers('I was not going to wait', 'Delia Marchetti');
    assert.ok(n > 0);
    const { text, range } = await hoverAt('I was not going to wait');
    assert.match(text, /\*\*Delia Marchetti\*\*/);
    assert.ok(text.includes(`quote ${n} of ${m} by Delia Marchetti`), text);
    assert.match(text, /said/);
    assert.match(text, /direct quote/);
    // The hover covers the whole quotation, marks included.
    assert.ok(range, 'the hover has no range');
    assert.equal(document.getText(range), '“I was not going to wait for a second opinion while school buses were crossing that span,”');
  });

  it('resolves a pronoun speaker to the person in a quote\'s hover', async () => {
    const { n, m } = quoteNumbers('We are not going to gamble', 'Delia Marchetti');
    const { text } = await hoverAt('We are not going to gamble');
    assert.ok(text.includes(`quote ${n} of ${m} by Delia Marchetti`), text);
    assert.ok(text.includes('“she” → Delia Marchetti'), text);
  });

  it('says how a description was resolved: "The agency" is the organisation named before', async () => {
    const quote = analysis.quotes.find((q) => q.speaker?.mention?.text === 'The agency');
    assert.ok(quote, 'the sample has a quote by "The agency"');
    const speaker = analysis.actors.find((a) => a.id === quote.speaker!.actorId)!;
    assert.equal(speaker.kind, 'organization');
    const { text } = await hoverAt(quote.text.slice(0, 30));
    assert.ok(text.includes(`“The agency” → ${speaker.name} (the agency the story named before)`), text);
  });

  it('says how a pronoun after a place was resolved: never to the place', async () => {
    const { text } = await hoverAt('travel free between Cannery Street');
    assert.match(text, /“she” → Nadia Pruitt \(the person named before whom the pronoun fits\)/);
    assert.ok(!text.includes('Cannery Street**'), text);
  });

  it('describes a speaker on a mention: counts by kind and other names', async () => {
    const actor = analysis.actors.find((a) => a.name === 'Owen Achterberg')!;
    const quotes = analysis.quotes.filter((q) => actor.quoteIds.includes(q.id));
    const direct = quotes.filter((q) => q.kind === 'direct').length;
    const indirect = quotes.filter((q) => q.kind === 'indirect').length;
    const { text, range } = await hoverAt('Owen Achterberg, the city', 2);
    assert.match(text, /\*\*Owen Achterberg\*\* · person/);
    assert.ok(text.includes(`${quotes.length} quotes (${direct} direct`), text);
    if (indirect) assert.ok(text.includes(`${indirect} indirect)`), text);
    assert.ok(text.includes('Achterberg'), text);
    assert.equal(range && document.getText(range), 'Owen Achterberg');
  });

  it('describes a speaker only with the mouse on the name, not on the character after it', async () => {
    const { text } = await hoverAt('Owen Achterberg, the city', 'Owen Achterberg'.length);
    assert.doesNotMatch(text, /\*\*Owen Achterberg\*\* · person/);
  });

  it('resolves a pronoun mention and shows what the newsroom configuration knows', async () => {
    const { text } = await hoverAt('she told reporters');
    assert.ok(text.includes('“she” → Delia Marchetti'), text);
    assert.match(text, /Affiliation: City of Port Ellis/);
    assert.match(text, /Gender: female/);
  });

  it('says "No speaker found" on the unattributed quote, with the speaker its transcript gives instead of a guess', async () => {
    const { text } = await hoverAt('We have been driving over a time bomb');
    assert.match(text, /No speaker found/);
    assert.ok(text.includes('Speaker in the transcript: **CALLER** (../transcripts/kpel-achterberg.srt · 5:40)'), text);
    const at = document.getText().indexOf('We have been driving over a time bomb');
    const guess = analysis.diagnostics.find((d) => d.code === 'unattributed-quote' && d.start <= at && at < d.end)?.candidates?.[0];
    assert.doesNotMatch(text, /Likely speaker/);
    if (guess) assert.ok(!text.includes(guess), `the hover still names the article's guess ${guess}: ${text}`);
  });

  it('says nothing on plain narration', async () => {
    const { text } = await hoverAt('stretched past the fish market');
    assert.equal(text, '');
  });
});
