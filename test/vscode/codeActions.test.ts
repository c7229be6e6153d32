// Quick fixes in a real VS Code: each one asked for through VS Code's own code action command,
// applied, checked, and taken back with a single undo.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, AMBIGUOUS_ARTICLE, codeOf, GAPS_ARTICLE, newsdeskDiagnostics, nextAnalysis, openTempArticle, SAMPLE_ARTICLE, showDocument, TempFiles, updateSetting, waitFor, workspaceFile, writeSetting } from './support';

let api: NewsdeskApi;
const files = new TempFiles('code-actions-test');
let fileCount = 0;

async function openArticle(text: string, extension = 'news'): Promise<vscode.TextDocument> {
  return openTempArticle(api, files, `${++fileCount}.${extension}`, text);
}

function findings(document: vscode.TextDocument, code?: string): vscode.Diagnostic[] {
  return newsdeskDiagnostics(document.uri).filter((d) => !code || codeOf(d) === code);
}

function finding(document: vscode.TextDocument, code: string, text?: string): vscode.Diagnostic {
  const found = findings(document, code).find((d) => text === undefined || document.getText(d.range) === text);
  assert.ok(found, `no ${code}${text ? ` on ${JSON.stringify(text)}` : ''}; got ${JSON.stringify(findings(document).map((d) => [codeOf(d), document.getText(d.range)]))}`);
  return found;
}

/** The quick fixes VS Code gets for a finding, in the order the lightbulb shows them. */
async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
  return actions.filter((action) => action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind));
}

async function quickFix(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  let actions = await quickFixes(document, diagnostic);
  if (!actions.length) {
    // Right after a settings change the article may be being analysed again: ask once more when that is done.
    await api.model.whenAnalyzed(document);
    actions = await quickFixes(document, diagnostic);
  }
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no quick fix ${JSON.stringify(title)}; got ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

async function apply(document: vscode.TextDocument, action: vscode.CodeAction): Promise<void> {
  const analysed = nextAnalysis(api, document);
  if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true, `${action.title} was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  await analysed;
}

/** One undo must take the whole fix back, and the findings with it. */
async function undoOnce(document: vscode.TextDocument, original: string, findingsBefore: string[]): Promise<void> {
  const analysed = nextAnalysis(api, document);
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), original, 'one undo did not restore the text');
  await analysed;
  assert.deepEqual(summary(document), findingsBefore, 'the findings did not come back after undo');
}

function summary(document: vscode.TextDocument): string[] {
  return findings(document).map((d) => `${codeOf(d)}@${document.getText(d.range)}`);
}

function lines(document: vscode.TextDocument): string[] {
  return document.getText().split('\n');
}

describe('Newsdesk quick fixes', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await writeSetting('languages', undefined);
    await files.deleteAll();
  });

  it('attributes a quote to its likely speaker (preferred), in one undo step', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    const actions = await quickFixes(document, finding(document, 'unattributed-quote', '"We cannot keep patching this bridge."'));
    assert.equal(actions[0].title, 'Add ", Marchetti said."', 'the engine\'s attribution comes first');
    assert.equal(actions[0].isPreferred, true);
    await apply(document, actions[0]);
    assert.equal(lines(document)[4], '"We cannot keep patching this bridge," Marchetti said.');
    assert.ok(!findings(document, 'unattributed-quote').some((d) => d.range.start.line === 4), 'the quote is still unattributed');
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('attributes a quote to the speaker its transcript gives, not the article\'s guess', async () => {
    const document = (await showDocument(workspaceFile(SAMPLE_ARTICLE))).document;
    await api.transcripts.whenVerified(document);
    const quote = finding(document, 'unattributed-quote', '"We have been driving over a time bomb for years and calling it a shortcut."');
    const actions = await quickFixes(document, quote);
    assert.equal(actions[0].title, 'Add ", a caller said."', JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0].isPreferred, true);
    const guess = api.model.get(document.uri)?.analysis.diagnostics.find((d) => d.code === 'unattributed-quote' && d.start === document.offsetAt(quote.range.start))?.candidates?.[0];
    if (guess) assert.ok(!actions.some((a) => a.title.includes(guess)), `a fix still names the article's guess ${guess}`);
    // The Problems panel says the same as the fix (it changes once the transcripts are checked).
    const follows = (d: vscode.Diagnostic) => codeOf(d) === 'unattributed-quote' && d.range.isEqual(quote.range) && d.message.includes('the transcript gives CALLER');
    if (!newsdeskDiagnostics(document.uri).some(follows)) {
      await waitFor(vscode.languages.onDidChangeDiagnostics, () => newsdeskDiagnostics(document.uri).some(follows), 'the Problems panel to name the transcript\'s speaker');
    }
    const shown = newsdeskDiagnostics(document.uri).find(follows)!;
    assert.doesNotMatch(shown.message, /probably/);
  });

  it('adds an attribution to fill in, with the cursor on the name', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    const action = await quickFix(document, finding(document, 'unattributed-quote', '"We cannot keep patching this bridge."'), 'Add an attribution…');
    assert.notEqual(action.isPreferred, true);
    await apply(document, action);
    assert.equal(lines(document)[4], '"We cannot keep patching this bridge," [name] said.');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), '[name]', 'the snippet selects the name placeholder');
    // A placeholder is not a source: not in the model (the tree and the report read it) until a name is typed.
    const actors = api.model.get(document.uri)!.analysis.actors.map((actor) => actor.name);
    assert.ok(!actors.some((name) => /name/i.test(name)), `the placeholder became a source: ${JSON.stringify(actors)}`);
    const tree = api.actorsTree;
    const labels = ((await tree.getChildren?.()) ?? []).map(async (element) => {
      const { label } = await tree.getTreeItem(element);
      return typeof label === 'string' ? label : (label?.label ?? '');
    });
    const shown = await Promise.all(labels);
    assert.ok(!shown.some((label) => /\bname\b/i.test(label)), `the placeholder shows in the Sources tree: ${JSON.stringify(shown)}`);
    assert.ok(findings(document, 'unattributed-quote').some((d) => d.range.start.line === 4), 'the quote has no speaker yet');
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('offers only the fill-in attribution when no one is likely', async () => {
    // Untitled, so that no .newsdesk.json applies: its known people count as likely speakers.
    const text = 'Harbour Notes\n\n"The tide waits for no one."\n';
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    await vscode.window.showTextDocument(document);
    await api.model.whenAnalyzed(document);
    const diagnostic = finding(document, 'unattributed-quote', '"The tide waits for no one."');
    const actions = await quickFixes(document, diagnostic);
    assert.deepEqual(actions.map((a) => a.title), ['Add an attribution…', 'Ignore unattributed-quote in this paragraph', 'Turn off unattributed-quote for this file']);
    await apply(document, actions[0]);
    assert.equal(lines(document)[2], '"The tide waits for no one," [name] said.');
    await undoOnce(document, text, ['unattributed-quote@"The tide waits for no one."']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('keeps a question mark and adds the attribution after the quote', async () => {
    const text = 'Harbour Notes\n\n"Is anyone listening?" And the council moved on.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    await vscode.window.showTextDocument(document);
    await api.model.whenAnalyzed(document);
    const before = summary(document);
    await apply(document, await quickFix(document, finding(document, 'unattributed-quote', '"Is anyone listening?"'), 'Add an attribution…'));
    assert.equal(lines(document)[2], '"Is anyone listening?" [name] said. And the council moved on.');
    await undoOnce(document, text, before);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('replaces a loaded verb with "said"', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    const action = await quickFix(document, finding(document, 'loaded-verb', 'claimed'), 'Replace "claimed" with "said"');
    assert.equal(action.isPreferred, true);
    await apply(document, action);
    assert.equal(lines(document)[10], 'Harold Penwick said the mayor had known about the cracks for years.');
    assert.equal(findings(document, 'loaded-verb').length, 0);
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('gives an anonymous source a reason, with the cursor on the reason', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    const actions = await quickFixes(document, finding(document, 'anonymous-source', 'A source'));
    const action = actions.find((a) => a.title.includes('who spoke on condition of anonymity because'));
    assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(action.isPreferred, true);
    await apply(document, action);
    assert.equal(lines(document)[8], 'A source, who spoke on condition of anonymity because reason, said the contract had already been promised to a local firm.');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'reason', 'the snippet selects the reason placeholder');
    assert.equal(findings(document, 'anonymous-source').length, 0, 'the reason satisfies the check');
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('closes an unclosed quotation at the end of its paragraph', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    const action = await quickFix(document, finding(document, 'unbalanced-quote', '"'), 'Close the quotation with " at the end of the paragraph');
    assert.equal(action.isPreferred, true);
    await apply(document, action);
    assert.equal(lines(document)[12], '"This is the last time we wait, Penwick said at the meeting."');
    assert.equal(findings(document, 'unbalanced-quote').length, 0);
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('replaces an ambiguous pronoun with a name, without preferring the guess', async () => {
    const document = await openArticle(AMBIGUOUS_ARTICLE);
    const before = summary(document);
    const actions = await quickFixes(document, finding(document, 'ambiguous-speaker', 'he'));
    const action = actions.find((a) => /^Replace "he" with "(Penwick|Achterberg)"$/.test(a.title));
    assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
    assert.notEqual(action.isPreferred, true);
    const name = /with "(\w+)"/.exec(action.title)![1];
    await apply(document, action);
    assert.equal(lines(document)[4], `"We are nowhere near a deal," ${name} said.`);
    await undoOnce(document, AMBIGUOUS_ARTICLE, before);
  });

  it('offers to ignore and to turn off every finding', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    assert.ok(findings(document).length >= 5);
    for (const diagnostic of findings(document)) {
      const titles = (await quickFixes(document, diagnostic)).map((a) => a.title);
      const code = codeOf(diagnostic);
      assert.ok(titles.includes(`Ignore ${code} in this paragraph`), `${code}: ${JSON.stringify(titles)}`);
      assert.ok(titles.includes(`Turn off ${code} for this file`), `${code}: ${JSON.stringify(titles)}`);
    }
  });

  it('ignores a finding in its paragraph with a comment line above it', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    await apply(document, await quickFix(document, finding(document, 'vague-attribution', 'Critics say'), 'Ignore vague-attribution in this paragraph'));
    assert.deepEqual(lines(document).slice(5, 8), ['', '<!-- newsdesk-ignore vague-attribution -->', 'Critics say the repairs will cost far more than the city admits.']);
    assert.deepEqual(summary(document), before.filter((entry) => !entry.startsWith('vague-attribution@')), 'only the ignored finding went away');
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('adds a code to an ignore comment that is already there, keeping CRLF line ends', async () => {
    const text = GAPS_ARTICLE.replace('Critics say', '<!-- newsdesk-ignore loaded-verb -->\nCritics say').replace(/\n/g, '\r\n');
    const document = await openArticle(text);
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const before = summary(document);
    await apply(document, await quickFix(document, finding(document, 'vague-attribution', 'Critics say'), 'Ignore vague-attribution in this paragraph'));
    assert.equal(document.lineAt(6).text, '<!-- newsdesk-ignore loaded-verb, vague-attribution -->');
    assert.equal(document.lineCount, text.split('\r\n').length, 'no line was added');
    assert.equal(findings(document, 'vague-attribution').length, 0);
    await undoOnce(document, text, before);
  });

  it('turns a check off for the file with a comment on the first line', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    await apply(document, await quickFix(document, finding(document, 'loaded-verb', 'claimed'), 'Turn off loaded-verb for this file'));
    assert.equal(lines(document)[0], '<!-- newsdesk-disable loaded-verb -->');
    assert.equal(lines(document)[1], 'Council Delays Vote on Harbour Budget');
    assert.deepEqual(summary(document), before.filter((entry) => !entry.startsWith('loaded-verb@')));
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('adds a code to the file\'s disable comment', async () => {
    const text = `<!-- newsdesk-disable loaded-verb -->\n${GAPS_ARTICLE}`;
    const document = await openArticle(text);
    const before = summary(document);
    await apply(document, await quickFix(document, finding(document, 'vague-attribution', 'Critics say'), 'Turn off vague-attribution for this file'));
    assert.equal(lines(document)[0], '<!-- newsdesk-disable loaded-verb, vague-attribution -->');
    assert.equal(document.lineCount, text.split('\n').length);
    assert.equal(findings(document, 'vague-attribution').length, 0);
    await undoOnce(document, text, before);
  });

  it('turns checks off with the Turn Off a Check command', async () => {
    const document = await openArticle(GAPS_ARTICLE);
    const before = summary(document);
    const analysed = nextAnalysis(api, document);
    const applied = await vscode.commands.executeCommand<boolean>('newsdesk.suppressInFile', document.uri, ['vague-attribution', 'anonymous-source']);
    assert.equal(applied, true);
    await analysed;
    assert.equal(lines(document)[0], '<!-- newsdesk-disable vague-attribution, anonymous-source -->');
    assert.deepEqual(summary(document), before.filter((entry) => !/^(vague-attribution|anonymous-source)@/.test(entry)));
    await undoOnce(document, GAPS_ARTICLE, before);
  });

  it('puts the disable comment after Markdown front matter', async () => {
    await updateSetting('languages', ['markdown']);
    const text = `---\ntitle: Budget\n---\n${GAPS_ARTICLE}`;
    const document = await openArticle(text, 'md');
    assert.equal(document.languageId, 'markdown');
    const before = summary(document);
    await apply(document, await quickFix(document, finding(document, 'loaded-verb', 'claimed'), 'Turn off loaded-verb for this file'));
    assert.deepEqual(lines(document).slice(0, 5), ['---', 'title: Budget', '---', '<!-- newsdesk-disable loaded-verb -->', 'Council Delays Vote on Harbour Budget']);
    assert.equal(findings(document, 'loaded-verb').length, 0);
    await undoOnce(document, text, before);
  });
});
