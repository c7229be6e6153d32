// The Sources view: who is quoted in the active article, each speaker with their statements, and
// the quotes nobody said. It follows the active article editor and the cursor inside it. Each
// speaker's icon is drawn in the colour of their words, and the tooltips say what the colours mean.
import * as vscode from 'vscode';
import type { Actor, Quote } from '../../engine';
import { SOURCE_KINDS } from '../../engine';
import type { FeatureDeps } from '../core/features';
import { Colors, Commands, ContextKeys, LANGUAGE_ID, Views } from '../core/ids';
import {
  actorKindIcon, analysisOf, describeKind, firstAppearance, firstWords, hasName, mentionAt, openDocument,
  quoteAt, quoteCount, quoteDescription, quotedActors, quotesOf, selectSpan, unattributedQuotes,
} from '../core/lookup';
import type { SpeakerRef } from '../core/lookup';
import type { AnalysisModel, DocumentAnalysis } from '../core/model';
import type { SourceStyle, SpeakerColours } from './speakerColours';
import { legendFor, legendMarkdown, sourceStyleOf } from './speakerColours';

export type ActorsSortOrder = 'appearance' | 'quotes' | 'kind';

/** A speaker row. It is a `SpeakerRef`, so the speaker commands accept it as their argument. */
export interface ActorElement extends SpeakerRef {
  readonly type: 'actor';
  readonly actor: Actor;
  readonly firstAppearance: number;
  readonly children: QuoteElement[];
  /** The theme colour of their words in the editor. */
  readonly colourId: string;
  readonly style: SourceStyle;
}

export interface UnattributedElement {
  readonly type: 'unattributed';
  readonly uri: vscode.Uri;
  readonly children: QuoteElement[];
}

export interface QuoteElement {
  readonly type: 'quote';
  readonly uri: vscode.Uri;
  readonly quote: Quote;
  readonly parent: ActorElement | UnattributedElement;
}

export type SourcesElement = ActorElement | UnattributedElement | QuoteElement;

/** The rows of one analysis in one order. Rebuilt only when either changes, so reveal() gets the same objects the view holds. */
interface BuiltTree {
  readonly source: DocumentAnalysis;
  readonly sort: ActorsSortOrder;
  readonly roots: Array<ActorElement | UnattributedElement>;
  readonly byQuoteId: Map<string, QuoteElement>;
  readonly byActorId: Map<string, ActorElement>;
}

const SORT_STATE_KEY = 'newsdesk.actorsSort';

export class ActorsTreeProvider implements vscode.TreeDataProvider<SourcesElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly followed = new vscode.EventEmitter<SourcesElement>();
  /** Fires after the view has revealed the row under the editor's cursor. */
  readonly onDidFollowCursor = this.followed.event;
  private readonly selectionChanged = new vscode.EventEmitter<SourcesElement | undefined>();
  /** Fires when the view's selected row changes (a click, the keyboard, or following the cursor). */
  readonly onDidChangeSelection = this.selectionChanged.event;
  private selectedRow: SourcesElement | undefined;
  private built: BuiltTree | undefined;
  private articleUri: vscode.Uri | undefined;
  private sortOrder: ActorsSortOrder;

  /** Set while the active editor is not an article but could be one (an untitled buffer, plain text, Markdown). */
  offerNewsMode = false;

  constructor(private readonly model: AnalysisModel, private readonly state: vscode.Memento, private readonly colours: SpeakerColours) {
    const saved = state.get<ActorsSortOrder>(SORT_STATE_KEY);
    this.sortOrder = saved === 'quotes' || saved === 'kind' ? saved : 'appearance';
  }

  get sort(): ActorsSortOrder {
    return this.sortOrder;
  }

  /** The article the view shows. */
  get article(): vscode.Uri | undefined {
    return this.articleUri;
  }

  setArticle(uri: vscode.Uri | undefined): boolean {
    if (uri?.toString() === this.articleUri?.toString()) return false;
    this.articleUri = uri;
    this.refresh();
    return true;
  }

  async setSort(order: ActorsSortOrder): Promise<void> {
    this.sortOrder = order;
    await vscode.commands.executeCommand('setContext', ContextKeys.actorsSort, order);
    await this.state.update(SORT_STATE_KEY, order);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The analysis behind the rows, the latest one the model has for the article. */
  current(): BuiltTree | undefined {
    const source = this.articleUri && this.model.get(this.articleUri);
    if (!source) return undefined;
    if (this.built?.source !== source || this.built.sort !== this.sortOrder) this.built = buildTree(source, this.sortOrder, this.colours);
    return this.built;
  }

  /** The row for what is at an offset: the quote there, else the speaker mentioned there. */
  elementAt(offset: number): SourcesElement | undefined {
    const tree = this.current();
    if (!tree) return undefined;
    const quote = quoteAt(tree.source.analysis, offset);
    if (quote) return tree.byQuoteId.get(quote.id);
    const mention = mentionAt(tree.source.analysis, offset);
    return mention ? tree.byActorId.get(mention.actor.id) : undefined;
  }

  getChildren(element?: SourcesElement): SourcesElement[] {
    if (!element) return this.current()?.roots ?? [];
    return element.type === 'quote' ? [] : element.children;
  }

  getParent(element: SourcesElement): SourcesElement | undefined {
    return element.type === 'quote' ? element.parent : undefined;
  }

  resolveTreeItem(item: vscode.TreeItem, element: SourcesElement): vscode.TreeItem {
    if (element.type === 'quote') item.tooltip = quoteTooltip(element.quote);
    return item;
  }

  getTreeItem(element: SourcesElement): vscode.TreeItem {
    switch (element.type) {
      case 'actor': return actorItem(element);
      case 'unattributed': return unattributedItem(element);
      case 'quote': return quoteItem(element);
    }
  }

  /** The row selected in the view: the one the stepping keys act on while the view has focus. */
  get selected(): SourcesElement | undefined {
    return this.selectedRow;
  }

  select(element: SourcesElement | undefined): void {
    this.selectedRow = element;
    this.selectionChanged.fire(element);
  }

  /** Gives the followed element to listeners (the view calls this once it has revealed it). */
  announceFollowed(element: SourcesElement): void {
    this.followed.fire(element);
  }

  dispose(): void {
    this.changed.dispose();
    this.followed.dispose();
    this.selectionChanged.dispose();
  }
}

function buildTree(source: DocumentAnalysis, sort: ActorsSortOrder, colours: SpeakerColours): BuiltTree {
  const { analysis, document } = source;
  const uri = document.uri;
  const byQuoteId = new Map<string, QuoteElement>();
  const byActorId = new Map<string, ActorElement>();
  const actors: ActorElement[] = quotedActors(analysis).map((actor) => {
    const children: QuoteElement[] = [];
    const element: ActorElement = {
      type: 'actor', uri, actorId: actor.id, actor, firstAppearance: firstAppearance(analysis, actor), children,
      colourId: colours.colourIdOf(uri, analysis, actor.id), style: sourceStyleOf(actor, analysis),
    };
    for (const quote of quotesOf(analysis, actor.id)) children.push({ type: 'quote', uri, quote, parent: element });
    byActorId.set(actor.id, element);
    return element;
  });
  if (sort === 'quotes') {
    actors.sort((a, b) => b.children.length - a.children.length || a.firstAppearance - b.firstAppearance);
  } else if (sort === 'kind') {
    // People first, then organisations, groups, documents, and the anonymous and vague sources last.
    actors.sort((a, b) => SOURCE_KINDS.indexOf(a.actor.kind) - SOURCE_KINDS.indexOf(b.actor.kind) || a.firstAppearance - b.firstAppearance);
  }
  const roots: Array<ActorElement | UnattributedElement> = [...actors];
  const unattributed = unattributedQuotes(analysis);
  if (unattributed.length) {
    const children: QuoteElement[] = [];
    const element: UnattributedElement = { type: 'unattributed', uri, children };
    for (const quote of unattributed) children.push({ type: 'quote', uri, quote, parent: element });
    roots.push(element);
  }
  for (const root of roots) for (const child of root.children) byQuoteId.set(child.quote.id, child);
  return { source, sort, roots, byQuoteId, byActorId };
}

function elementId(element: SourcesElement): string {
  const base = element.uri.toString();
  switch (element.type) {
    case 'actor': return `${base}#actor:${element.actorId}`;
    case 'unattributed': return `${base}#unattributed`;
    // The parent is part of the id: a re-analysis may give a quote id to another speaker's quote.
    case 'quote': return `${elementId(element.parent)}/quote:${element.quote.id}`;
  }
}

function actorItem(element: ActorElement): vscode.TreeItem {
  const { actor } = element;
  const item = new vscode.TreeItem(actor.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = elementId(element);
  item.iconPath = new vscode.ThemeIcon(styleIcon(element), new vscode.ThemeColor(element.colourId));
  item.contextValue = `actor.${actor.kind}`;
  const details = [actor.role, actor.affiliation].filter((value): value is string => !!value && !!value.trim());
  const kind = element.style === 'named' ? [] : [element.style];
  item.description = [quoteCount(element.children.length), ...kind, ...(details.length ? [details.join(', ')] : [])].join(' · ');
  item.tooltip = actorTooltip(element);
  item.accessibilityInformation = { label: `${actor.name}, ${describeKind(actor.kind)}, ${item.description}` };
  // A click shows their first quote (the arrow expands the row); Alt+] then steps through the rest.
  const first = element.children[0];
  if (first) item.command = { command: Commands.revealQuote, title: 'Reveal First Quote', arguments: [element.uri, first.quote.id] };
  return item;
}

function actorTooltip(element: ActorElement): vscode.MarkdownString {
  const { actor } = element;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(actor.name).appendMarkdown('**').appendText(` — ${describeKind(actor.kind)}${element.style === 'named' || element.style === 'group' ? '' : ` (${element.style})`}\n\n`);
  tooltip.appendText(legendFor(element.style)).appendMarkdown('  \n');
  const line = (label: string, value: string) => tooltip.appendMarkdown(`${label}: `).appendText(value).appendMarkdown('  \n');
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  if (aliases.length) line('Also called', aliases.join(', '));
  if (actor.role) line('Role', actor.role);
  // Gender only ever comes from the text or from the user's own choice in .newsdesk.json.
  if (actor.kind === 'person') line('Gender', actor.gender ?? 'not set');
  if (actor.affiliation) line('Affiliation', actor.affiliation);
  const direct = element.children.filter((child) => child.quote.kind !== 'indirect').length;
  line('Quoted', `${quoteCount(element.children.length)} (${direct} direct or partial, ${element.children.length - direct} indirect)`);
  tooltip.appendMarkdown('\n_Click to show the first quote; Alt+] and Alt+[ step through the rest._');
  if (hasName(actor)) tooltip.appendMarkdown('  \n_Right-click to rename or to set aliases, affiliation or gender._');
  return tooltip;
}

/** The kind's icon; anonymous and vague groups look like what the checks say they are. */
function styleIcon(element: ActorElement): string {
  if (element.style === 'anonymous') return 'eye-closed';
  if (element.style === 'vague') return 'question';
  return actorKindIcon(element.actor.kind).id;
}

/**
 * The unattributed row opens by itself up to this many quotes: VS Code asks for every row of an
 * open group after each edit, and thousands (a file of stray quotation marks) held up the editor.
 */
export const UNATTRIBUTED_OPEN_MAX = 50;

/** A quote's tooltip shows at most this much of it (a quotation left open runs to its paragraph's end). */
const TOOLTIP_QUOTE_LENGTH = 600;

function unattributedItem(element: UnattributedElement): vscode.TreeItem {
  const open = element.children.length <= UNATTRIBUTED_OPEN_MAX;
  const item = new vscode.TreeItem('Unattributed quotes', open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = elementId(element);
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor(Colors.unattributed));
  item.contextValue = 'unattributed';
  item.description = quoteCount(element.children.length);
  item.tooltip = 'Quotations with no speaker, boxed with an amber dashed line in the text: say who said them, or cut them.';
  return item;
}

/** A quote row's tooltip: made when the row is hovered (resolveTreeItem), not for every row after every edit. */
function quoteTooltip(quote: Quote): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('> ').appendText(firstWords(quote.text, TOOLTIP_QUOTE_LENGTH)).appendMarkdown('\n\n');
  const speaker = quote.speaker;
  if (!speaker) tooltip.appendText('No speaker.');
  else if (speaker.mention) tooltip.appendText(`${quote.kind} quote, attributed as "${speaker.mention.text}"${quote.cue ? ` (${quote.cue.text})` : ''}.`);
  else tooltip.appendText(`${quote.kind} quote, continuing ${speaker.name}${speaker.carriedFrom ? ` ("${speaker.carriedFrom.text}")` : ''}.`);
  return tooltip;
}

function quoteItem(element: QuoteElement): vscode.TreeItem {
  const { quote } = element;
  const item = new vscode.TreeItem(firstWords(quote.text), vscode.TreeItemCollapsibleState.None);
  item.id = elementId(element);
  item.iconPath = new vscode.ThemeIcon(quote.kind === 'indirect' ? 'comment' : 'quote');
  item.contextValue = 'quote';
  item.description = quoteDescription(quote);
  item.command = { command: Commands.revealQuote, title: 'Reveal Quote', arguments: [element.uri, quote.id] };
  return item;
}

export interface ActorsTreeFeature extends vscode.Disposable {
  readonly provider: ActorsTreeProvider;
  /** The selected row, which the stepping keys act on while the view has focus. */
  selection(): SourcesElement | undefined;
}

/** Documents that may well be an article in the wrong language mode: offer News for them. */
const couldBeArticle = (document: vscode.TextDocument) => document.isUntitled || ['plaintext', 'markdown'].includes(document.languageId);

export function registerActorsTree(deps: FeatureDeps, colours: SpeakerColours): ActorsTreeFeature {
  const { model, context } = deps;
  const provider = new ActorsTreeProvider(model, context.workspaceState, colours);
  const treeView = vscode.window.createTreeView(Views.actors, { treeDataProvider: provider, showCollapseAll: true });
  const disposables: vscode.Disposable[] = [provider, treeView];
  void vscode.commands.executeCommand('setContext', ContextKeys.actorsSort, provider.sort);

  const updateViewChrome = () => {
    const tree = provider.current();
    const editor = vscode.window.activeTextEditor;
    const offer = !provider.article && !!editor && couldBeArticle(editor.document);
    if (offer !== provider.offerNewsMode) {
      provider.offerNewsMode = offer;
      // The view's welcome text offers the change (a message would hide it, and cannot hold a link).
      void vscode.commands.executeCommand('setContext', ContextKeys.offerNewsMode, offer);
    }
    if (!provider.article) {
      treeView.message = editor && !offer ? 'The active editor is not a news article.' : undefined;
    } else if (!tree) {
      treeView.message = 'Reading the article…';
    } else {
      treeView.message = tree.roots.length ? undefined : 'Nobody is quoted in this article yet.';
    }
    treeView.description = provider.article ? vscode.workspace.asRelativePath(provider.article, false) : undefined;
    const unattributed = tree ? unattributedQuotes(tree.source.analysis).length : 0;
    treeView.badge = unattributed
      ? { value: unattributed, tooltip: `${quoteCount(unattributed)} without a speaker` }
      : undefined;
  };

  const followActiveEditor = () => {
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      provider.setArticle(model.isArticle(editor.document) ? editor.document.uri : undefined);
    } else if (provider.article && !model.get(provider.article)) {
      // No text editor (a webview or nothing has focus): keep the last article while it is open.
      provider.setArticle(undefined);
    }
    updateViewChrome();
  };

  let lastFollowed: SourcesElement | undefined;
  // The selection the stepping keys use comes from the user's clicks and from following the cursor
  // (a reveal does not report its selection back); only the latest of them counts, as reveals may
  // finish out of order.
  let selectionTurn = 0;
  disposables.push(treeView.onDidChangeSelection((event) => {
    selectionTurn += 1;
    provider.select(event.selection[0]);
  }));
  const followCursor = (editor: vscode.TextEditor) => {
    if (!treeView.visible || editor.document.uri.toString() !== provider.article?.toString()) return;
    const element = provider.elementAt(editor.document.offsetAt(editor.selection.active));
    if (!element || element === lastFollowed) return;
    lastFollowed = element;
    const turn = ++selectionTurn;
    // Select without taking focus: the writer keeps typing in the article.
    treeView.reveal(element, { select: true, focus: false }).then(
      () => {
        if (turn === selectionTurn) provider.select(element);
        provider.announceFollowed(element);
      },
      () => { lastFollowed = undefined; },
    );
  };

  disposables.push(
    model.onDidChange((result) => {
      if (result.document.uri.toString() !== provider.article?.toString()) {
        // The article may only now have become one (its language changed).
        if (vscode.window.activeTextEditor?.document === result.document) followActiveEditor();
        return;
      }
      lastFollowed = undefined;
      provider.refresh();
      updateViewChrome();
    }),
    model.onDidRemove((uri) => {
      if (uri.toString() === provider.article?.toString()) {
        provider.setArticle(undefined);
        followActiveEditor();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      lastFollowed = undefined;
      followActiveEditor();
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => followCursor(event.textEditor)),
    treeView.onDidChangeVisibility((event) => {
      const editor = vscode.window.activeTextEditor;
      if (event.visible && editor) {
        lastFollowed = undefined;
        followCursor(editor);
      }
    }),
    vscode.commands.registerCommand(Commands.revealQuote, (uri: vscode.Uri | string, quoteId: string, options?: { preserveFocus?: boolean }) =>
      revealQuote(model, typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, quoteId, options?.preserveFocus ?? true)),
    vscode.commands.registerCommand(Commands.changeLanguageToNews, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand(Commands.explainColours, () => vscode.window.showInformationMessage(
      'What the marks in the article mean',
      { modal: true, detail: legendMarkdown().replace(/\*\*/g, '') },
    )),
    vscode.commands.registerCommand(Commands.sortActorsByAppearance, () => provider.setSort('appearance')),
    vscode.commands.registerCommand(Commands.sortActorsByQuotes, () => provider.setSort('quotes')),
    vscode.commands.registerCommand(Commands.sortActorsByKind, () => provider.setSort('kind')),
  );
  followActiveEditor();

  return {
    provider,
    selection: () => provider.selected,
    dispose: () => {
      for (const disposable of disposables) disposable.dispose();
    },
  };
}

async function revealQuote(model: AnalysisModel, uri: vscode.Uri, quoteId: string, preserveFocus: boolean): Promise<void> {
  const document = await openDocument(uri);
  const analyzed = await analysisOf(model, document);
  const quote = analyzed?.analysis.quotes.find((candidate) => candidate.id === quoteId);
  if (!quote) {
    void vscode.window.showWarningMessage('Newsdesk: that quote is no longer in the article.');
    return;
  }
  await selectSpan(document, quote, preserveFocus);
}
