// The Sources tree in a real VS Code: its speakers and quotes against the sample article's hand
// annotation, sorting, clicking a quote, following the cursor, and speaker details saved to
// .newsdesk.json.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Quote } from '../../src/engine';
import type { ActorElement, ActorsTreeProvider, QuoteElement, SourcesElement } from '../../src/extension/sources/actorsTree';
import { UNATTRIBUTED_OPEN_MAX } from '../../src/extension/sources/actorsTree';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, closeEditorsAndDelete, openTempArticle, overlaps, TempFiles, readExpected, REFERENCE, REFERENCE_MISSING, referencePresent, SAMPLE_ARTICLE, SAMPLE_EXPECTED, showArticle, waitFor, workspaceFile } from './support';
import type { Expected } from './support';

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

function tooltipOf(item: vscode.TreeItem): string {
  return typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value ?? '';
}

async function roots(tree: ActorsTreeProvider): Promise<SourcesElement[]> {
  return (await tree.getChildren()) ?? [];
}

async function actorRows(tree: ActorsTreeProvider): Promise<Map<string, ActorElement>> {
  const rows = new Map<string, ActorElement>();
  for (const element of await roots(tree)) {
    if (element.type === 'actor') rows.set(labelOf(await tree.getTreeItem(element)), element);
  }
  return rows;
}

/** Every expected direct quote of a speaker must sit under that speaker's row. */
async function checkSpeakers(tree: ActorsTreeProvider, expected: Expected): Promise<void> {
  const rows = await actorRows(tree);
  // Speakers with direct quotes only: a speaker quoted only indirectly may get a shorter name
  // from the engine (an organisation's head noun), which the fixture tests judge, not this view.
  for (const speaker of expected.speakers.filter((s) => s.directQuotes > 0)) {
    const row = rows.get(speaker.name);
    assert.ok(row, `no Sources row for ${speaker.name}; rows: ${[...rows.keys()].join(', ')}`);
    const children = (await tree.getChildren(row)) as QuoteElement[];
    const item = await tree.getTreeItem(row);
    assert.match(String(item.description), new RegExp(`^${children.length} quotes? ·|^${children.length} quotes?$`), 'the row says how many statements it holds');
    const expectedDirect = expected.quotes.filter((q) => q.speakerName === speaker.name && q.kind === 'direct' && !q.optional);
    for (const quote of expectedDirect) {
      assert.ok(children.some((child) => overlaps(child.quote, quote)), `${speaker.name}'s row lacks the quote ${quote.text.slice(0, 40)}…`);
    }
    // Loosely: at least the annotated direct quotes; the row may hold more (partial, indirect).
    const direct = children.filter((child) => child.quote.kind === 'direct').length;
    assert.ok(direct >= speaker.directQuotes, `${speaker.name}: ${direct} direct quotes in the tree, ${speaker.directQuotes} annotated`);
  }
}

describe('Sources: tree', () => {
  let api: NewsdeskApi;
  let tree: ActorsTreeProvider;
  let expected: Expected;
  let sampleUri: vscode.Uri;

  before(async () => {
    api = await activateNewsdesk();
    tree = api.actorsTree as unknown as ActorsTreeProvider;
    sampleUri = workspaceFile(SAMPLE_ARTICLE);
    expected = await readExpected(workspaceFile(SAMPLE_EXPECTED));
  });

  beforeEach(async () => {
    await showArticle(api, sampleUri, { preview: false });
  });

  it('shows the active article and each annotated speaker with their direct quotes', async () => {
    assert.equal(tree.article?.toString(), sampleUri.toString(), 'the tree follows the active article');
    const document = await vscode.workspace.openTextDocument(sampleUri);
    assert.equal(document.getText(), expected.text, 'the workspace copy is the annotated text');
    await checkSpeakers(tree, expected);
  });

  it('gives each speaker row an icon per kind and a context value for the menus', async () => {
    for (const element of await roots(tree)) {
      if (element.type !== 'actor') continue;
      const item = await tree.getTreeItem(element);
      assert.equal(item.contextValue, `actor.${element.actor.kind}`);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon, 'a theme icon');
      assert.ok(item.id, 'a stable id');
    }
  });

  it('lists the unattributed quotes in a last row', async () => {
    const all = await roots(tree);
    const last = all[all.length - 1];
    assert.equal(last?.type, 'unattributed', 'the last row holds the quotes nobody said');
    const item = await tree.getTreeItem(last);
    assert.equal(labelOf(item), 'Unattributed quotes');
    const children = (await tree.getChildren(last)) as QuoteElement[];
    const annotated = expected.quotes.filter((q) => q.unattributed);
    assert.ok(annotated.length > 0, 'the sample has an unattributed quote');
    for (const quote of annotated) {
      assert.ok(children.some((child) => overlaps(child.quote, quote)), `unattributed row lacks ${quote.text.slice(0, 40)}…`);
    }
    for (const child of children) assert.equal(child.quote.speaker, null);
  });

  it('opens the unattributed row by itself only when it holds few quotes, and makes a quote\'s tooltip when the row is hovered', async () => {
    const all = await roots(tree);
    const last = all[all.length - 1];
    assert.equal(last?.type, 'unattributed');
    assert.equal((await tree.getTreeItem(last)).collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'the sample\'s few unattributed quotes are shown');
    const [first] = (await tree.getChildren(last)) as QuoteElement[];
    const item = await tree.getTreeItem(first);
    assert.equal(item.tooltip, undefined, 'no tooltip made for every row after every edit');
    // MarkdownString.appendText keeps spaces as &nbsp;.
    const tooltip = tooltipOf(tree.resolveTreeItem(item, first)).replace(/&nbsp;/g, ' ');
    assert.match(tooltip, /No speaker\./);
    assert.ok(tooltip.includes(first.quote.text.replace(/\s+/g, ' ').trim().slice(0, 20)), `the tooltip quotes the quotation: ${tooltip}`);

    const files = new TempFiles('tree-many');
    try {
      // A paragraph of stray quotation marks: more unattributed quotes than the row opens for.
      await openTempArticle(api, files, 'stray.news', `Headline\n\n${'“Fine.”\n\n'.repeat(UNATTRIBUTED_OPEN_MAX + 1)}`);
      const rows = await roots(tree);
      const unattributed = rows[rows.length - 1];
      assert.equal(unattributed?.type, 'unattributed');
      assert.equal(((await tree.getChildren(unattributed)) ?? []).length, UNATTRIBUTED_OPEN_MAX + 1);
      assert.equal((await tree.getTreeItem(unattributed)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    } finally {
      await closeEditorsAndDelete(files);
    }
  });

  it('sorts by kind of source: people, then organisations, groups, documents, anonymous and vague sources', async () => {
    const order = ['person', 'organization', 'group', 'document', 'anonymous', 'vague'];
    try {
      const refreshed = waitFor(tree.onDidChangeTreeData, () => true, 'a refresh after sorting by kind');
      await vscode.commands.executeCommand('newsdesk.sortActorsByKind');
      await refreshed;
      assert.equal(tree.sort, 'kind');
      const rows = (await roots(tree)).filter((element): element is ActorElement => element.type === 'actor');
      const kinds = rows.map((row) => row.actor.kind);
      assert.ok(new Set(kinds).size >= 3, `the sample has several kinds of source: ${kinds.join(', ')}`);
      for (let i = 1; i < rows.length; i++) {
        assert.ok(order.indexOf(kinds[i - 1]) <= order.indexOf(kinds[i]), `${rows[i - 1].actor.name} (${kinds[i - 1]}) before ${rows[i].actor.name} (${kinds[i]})`);
        if (kinds[i - 1] === kinds[i]) assert.ok(rows[i - 1].firstAppearance <= rows[i].firstAppearance, 'by first appearance within a kind');
      }
    } finally {
      await vscode.commands.executeCommand('newsdesk.sortActorsByAppearance');
    }
  });

  it('sorts by number of quotes and back by first appearance', async () => {
    const counts = async () => {
      const rows = (await roots(tree)).filter((element): element is ActorElement => element.type === 'actor');
      return rows.map((row) => ({ name: row.actor.name, quotes: row.children.length, first: row.firstAppearance }));
    };
    try {
      let refreshed = waitFor(tree.onDidChangeTreeData, () => true, 'a refresh after sorting by quotes');
      await vscode.commands.executeCommand('newsdesk.sortActorsByQuotes');
      await refreshed;
      const byQuotes = await counts();
      assert.equal(tree.sort, 'quotes');
      for (let i = 1; i < byQuotes.length; i++) assert.ok(byQuotes[i - 1].quotes >= byQuotes[i].quotes, `${byQuotes[i - 1].name} before ${byQuotes[i].name}`);

      refreshed = waitFor(tree.onDidChangeTreeData, () => true, 'a refresh after sorting by appearance');
      await vscode.commands.executeCommand('newsdesk.sortActorsByAppearance');
      await refreshed;
      const byAppearance = await counts();
      assert.equal(tree.sort, 'appearance');
      for (let i = 1; i < byAppearance.length; i++) assert.ok(byAppearance[i - 1].first <= byAppearance[i].first, `${byAppearance[i - 1].name} before ${byAppearance[i].name}`);
      assert.notDeepEqual(byQuotes.map((row) => row.name), byAppearance.map((row) => row.name), 'the two orders differ on the sample');
    } finally {
      await vscode.commands.executeCommand('newsdesk.sortActorsByAppearance');
    }
  });

  it('selects the quote when its row is clicked', async () => {
    const rows = await actorRows(tree);
    const row = rows.get('Owen Achterberg');
    assert.ok(row);
    const child = ((await tree.getChildren(row)) as QuoteElement[])[1];
    const item = await tree.getTreeItem(child);
    assert.ok(item.command, 'a quote row has a click command');
    assert.equal(item.command.command, 'newsdesk.revealQuote');
    // Move away first, so the test sees the click move the selection.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const shown = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === sampleUri.toString());
    assert.ok(shown);
    const quote: Quote = child.quote;
    assert.equal(shown.document.getText(shown.selection), quote.text);
    assert.equal(shown.document.offsetAt(shown.selection.start), quote.start);
  });

  it('follows the cursor: the row of the quote under it is revealed and selected', async () => {
    const editor = vscode.window.activeTextEditor!;
    const target = expected.quotes.find((q) => q.speakerName === 'Harold Penwick' && q.kind === 'direct' && !q.optional)!;
    await vscode.commands.executeCommand('newsdesk.actors.focus');
    try {
      const followed = waitFor(tree.onDidFollowCursor, (element) => element.type === 'quote' && overlaps(element.quote, target), 'the tree to reveal the quote under the cursor');
      const inside = editor.document.positionAt(target.start + 3);
      editor.selection = new vscode.Selection(inside, inside);
      const element = (await followed) as QuoteElement;
      assert.equal(element.parent.type, 'actor');
      assert.equal((element.parent as ActorElement).actor.name, 'Harold Penwick');
    } finally {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    }
  });

  describe('speaker details', () => {
    let configUri: vscode.Uri;
    let originalConfig: Uint8Array;

    before(async () => {
      configUri = workspaceFile('.newsdesk.json');
      originalConfig = await vscode.workspace.fs.readFile(configUri);
    });

    after(async () => {
      const document = await vscode.workspace.openTextDocument(sampleUri);
      const restored = waitFor(api.model.onDidChange, (result) =>
        result.document === document && !result.analysis.actors.some((actor) => actor.name === 'Harold Penwick' && actor.gender === 'nonbinary'),
      'the model to forget the test speaker details');
      await vscode.workspace.fs.writeFile(configUri, originalConfig);
      await restored;
    });

    it('set gender and affiliation write .newsdesk.json, and the row shows them', async () => {
      const document = await vscode.workspace.openTextDocument(sampleUri);
      let row = (await actorRows(tree)).get('Harold Penwick');
      assert.ok(row, 'Harold Penwick has a row');
      assert.doesNotMatch(tooltipOf(await tree.getTreeItem(row)), /nonbinary/);

      const penwick = () => api.model.get(sampleUri)?.analysis.actors.find((actor) => actor.name === 'Harold Penwick');
      let analysed = waitFor(api.model.onDidChange, (result) => result.document === document && penwick()?.gender === 'nonbinary', 'the model to re-analyse with the new gender');
      assert.equal(await vscode.commands.executeCommand('newsdesk.setSpeakerGender', row, 'nonbinary'), true);
      await analysed;

      analysed = waitFor(api.model.onDidChange, (result) => result.document === document && penwick()?.affiliation === 'Port Ellis City Council', 'the model to re-analyse with the affiliation');
      assert.equal(await vscode.commands.executeCommand('newsdesk.setSpeakerAffiliation', row, 'Port Ellis City Council'), true);
      await analysed;

      const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri))) as { people: Array<Record<string, unknown>> };
      const entry = config.people.find((person) => person.name === 'Harold Penwick');
      assert.ok(entry, '.newsdesk.json has an entry for the speaker');
      assert.equal(entry.gender, 'nonbinary');
      assert.equal(entry.affiliation, 'Port Ellis City Council');
      assert.ok(config.people.some((person) => person.name === 'Delia Marchetti'), 'the other people are kept');

      row = (await actorRows(tree)).get('Harold Penwick');
      assert.ok(row);
      const item = await tree.getTreeItem(row);
      assert.match(tooltipOf(item), /Gender: nonbinary/);
      assert.match(String(item.description), /Port Ellis City Council/);
    });
  });
});

(referencePresent ? describe : describe.skip)(`Sources: tree on the reference article${referencePresent ? '' : ` (skipped: ${REFERENCE_MISSING})`}`, () => {
  it('lists each gold speaker with their direct quotes', async () => {
    const api = await activateNewsdesk();
    const tree = api.actorsTree as unknown as ActorsTreeProvider;
    await showArticle(api, vscode.Uri.file(`${REFERENCE}.news`), { preview: false });
    assert.equal(tree.article?.fsPath, vscode.Uri.file(`${REFERENCE}.news`).fsPath);
    await checkSpeakers(tree, await readExpected(vscode.Uri.file(`${REFERENCE}.gold.json`)));
  });
});
