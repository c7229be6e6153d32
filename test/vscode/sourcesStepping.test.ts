// Stepping from the Sources view (issue 11, item 7): a speaker's row shows their first quote when
// clicked, and Alt+] / Alt+[ work while the view has focus, on the article of the selected row.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Quote } from '../../src/engine';
import type { ActorElement, ActorsTreeProvider, QuoteElement, SourcesElement } from '../../src/extension/sources/actorsTree';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { FROM_SOURCES_VIEW } from '../../src/extension/sources/navigation';
import { activateNewsdesk, SAMPLE_ARTICLE, selectedSpan, showArticle, workspaceFile } from './support';

interface Keybinding {
  command: string;
  key: string;
  when?: string;
  args?: unknown;
}

describe('Sources: stepping from the view', () => {
  let api: NewsdeskApi;
  let tree: ActorsTreeProvider;
  let editor: vscode.TextEditor;
  const sampleUri = () => workspaceFile(SAMPLE_ARTICLE);

  before(async () => {
    api = await activateNewsdesk();
    tree = api.actorsTree as unknown as ActorsTreeProvider;
  });

  beforeEach(async () => {
    editor = await showArticle(api, sampleUri(), { preview: false });
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });

  async function rowOf(name: string): Promise<ActorElement> {
    const rows = ((await tree.getChildren()) ?? []).filter((row: SourcesElement): row is ActorElement => row.type === 'actor');
    const row = rows.find((candidate) => candidate.actor.name === name);
    assert.ok(row, `no row for ${name}: ${rows.map((candidate) => candidate.actor.name).join(', ')}`);
    return row;
  }

  const quotesOf = (row: ActorElement): Quote[] => row.children.map((child) => child.quote);

  it('clicking a speaker shows their first quote', async () => {
    const row = await rowOf('Owen Achterberg');
    const item = await tree.getTreeItem(row);
    assert.ok(item.command, 'a speaker row has a click command');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const first = quotesOf(row)[0];
    assert.deepEqual(selectedSpan(editor), { start: first.start, end: first.end });
    // The row still expands by its arrow: it keeps its children.
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('binds Alt+] and Alt+[ while the Sources view has focus, to step from its selection', () => {
    const bindings = (vscode.extensions.getExtension('newsdesk.newsdesk')!.packageJSON as { contributes: { keybindings: Keybinding[] } }).contributes.keybindings;
    for (const [command, key] of [['newsdesk.nextQuoteBySpeaker', 'alt+]'], ['newsdesk.previousQuoteBySpeaker', 'alt+[']]) {
      const inView = bindings.find((binding) => binding.command === command && binding.key === key && binding.when === 'focusedView == newsdesk.actors');
      assert.ok(inView, `${key} has no binding for the focused Sources view`);
      assert.equal(inView.args, FROM_SOURCES_VIEW);
    }
  });

  it('steps from the quote selected in the view, not from the editor\'s cursor', async () => {
    const row = await rowOf('Harold Penwick');
    const penwick = quotesOf(row);
    assert.ok(penwick.length >= 3, 'Penwick has several quotes');
    await vscode.commands.executeCommand('newsdesk.actors.focus');
    // Selecting a row the way a click does (the view hands its selection to the provider), rather than
    // through the view following the editor, which waits for the view to be drawn.
    await vscode.commands.executeCommand('newsdesk.revealQuote', sampleUri(), penwick[1].id);
    tree.select(row.children[1]);
    // The editor's cursor moves to the blank line under the headline, before any quote.
    editor.selection = new vscode.Selection(1, 0, 1, 0);

    await vscode.commands.executeCommand('newsdesk.nextQuoteBySpeaker', FROM_SOURCES_VIEW);
    assert.deepEqual(selectedSpan(editor), { start: penwick[2].start, end: penwick[2].end }, 'Alt+] in the view steps to the next quote of the selected row\'s speaker');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sampleUri().toString());
  });

  it('steps through a speaker from their row, and backwards to their last quote', async () => {
    const ferrante = await rowOf('Lucia Ferrante');
    const marchetti = quotesOf(await rowOf('Delia Marchetti'));
    // The cursor sits in someone else's quote: the row, not the cursor, says whose quotes to step through.
    const inMarchetti = editor.document.positionAt(marchetti[0].start + 2);
    editor.selection = new vscode.Selection(inMarchetti, inMarchetti);
    await vscode.commands.executeCommand('newsdesk.nextQuoteBySpeaker', ferrante);
    const quotes = quotesOf(ferrante);
    assert.deepEqual(selectedSpan(editor), { start: quotes[0].start, end: quotes[0].end });
    editor.selection = new vscode.Selection(inMarchetti, inMarchetti);
    await vscode.commands.executeCommand('newsdesk.previousQuoteBySpeaker', ferrante);
    assert.deepEqual(selectedSpan(editor), { start: quotes[quotes.length - 1].start, end: quotes[quotes.length - 1].end });
  });

  it('steps from a quote row given to the command (a row\'s context menu)', async () => {
    const achterberg = await rowOf('Owen Achterberg');
    const second: QuoteElement = achterberg.children[1];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsdesk.previousQuoteBySpeaker', second);
    const first = achterberg.children[0].quote;
    assert.deepEqual(selectedSpan(editor), { start: first.start, end: first.end });
  });
});
