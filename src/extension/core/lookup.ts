// What is at an offset (a quote, a speaker mention) and the small lookups the Sources features
// share: the tree, navigation, symbols, references, rename and speaker details all ask the same
// questions of one analysis.
import * as vscode from 'vscode';
import type { Actor, ActorKind, Analysis, Quote, Span } from '../../engine';
import { LANGUAGE_ID } from './ids';
import type { AnalysisModel, DocumentAnalysis } from './model';
import { contains, toRange } from './ranges';
import type { SettingsStore } from './settings';

/** An actor in one article: what a Sources tree row and the speaker commands pass around. */
export interface SpeakerRef {
  readonly uri: vscode.Uri;
  readonly actorId: string;
}

export function isSpeakerRef(value: unknown): value is SpeakerRef {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SpeakerRef>;
  return candidate.uri instanceof vscode.Uri && typeof candidate.actorId === 'string';
}

export interface MentionHit {
  readonly actor: Actor;
  readonly mention: Span;
}

const PRONOUNS = new Set([
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'theirs',
  'themselves', 'it', 'its', 'itself', 'we', 'us', 'our', 'i', 'me', 'my', 'you', 'your', 'who', 'whom',
]);

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.trim().toLowerCase());
}

export function actorById(analysis: Analysis, actorId: string): Actor | undefined {
  return analysis.actors.find((actor) => actor.id === actorId);
}

/** The innermost quote at an offset (a cursor just after the closing mark still counts). */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of analysis.quotes) {
    if (!contains(quote, offset)) continue;
    if (!best || quote.end - quote.start < best.end - best.start) best = quote;
  }
  return best;
}

/** The actor mention at an offset: the actor's own mention list first, then quote speakers. */
export function mentionAt(analysis: Analysis, offset: number): MentionHit | undefined {
  let best: MentionHit | undefined;
  const consider = (actor: Actor | undefined, mention: Span | null | undefined) => {
    if (!actor || !mention || !contains(mention, offset)) return;
    if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { actor, mention };
  };
  for (const actor of analysis.actors) for (const mention of actor.mentions) consider(actor, mention);
  if (!best) {
    for (const quote of analysis.quotes) {
      if (quote.speaker) consider(actorById(analysis, quote.speaker.actorId), quote.speaker.mention);
    }
  }
  return best;
}

/** The speaker the cursor is on: a mention of them, or one of their quotes. */
export function actorAt(analysis: Analysis, offset: number): Actor | undefined {
  const mention = mentionAt(analysis, offset);
  if (mention) return mention.actor;
  const quote = quoteAt(analysis, offset);
  return quote?.speaker ? actorById(analysis, quote.speaker.actorId) : undefined;
}

/** An actor's quotes in reading order. */
export function quotesOf(analysis: Analysis, actorId: string): Quote[] {
  return analysis.quotes.filter((quote) => quote.speaker?.actorId === actorId).sort((a, b) => a.start - b.start);
}

export function unattributedQuotes(analysis: Analysis): Quote[] {
  return analysis.quotes.filter((quote) => !quote.speaker).sort((a, b) => a.start - b.start);
}

/** Where an actor first shows up: their first mention or first quote, whichever comes first. */
export function firstAppearance(analysis: Analysis, actor: Actor): number {
  const starts = [...actor.mentions.map((mention) => mention.start), ...quotesOf(analysis, actor.id).map((quote) => quote.start)];
  return starts.length ? Math.min(...starts) : Number.MAX_SAFE_INTEGER;
}

/** Actors who are quoted at least once, in order of first appearance. */
export function quotedActors(analysis: Analysis): Actor[] {
  return analysis.actors
    .filter((actor) => quotesOf(analysis, actor.id).length > 0)
    .map((actor) => ({ actor, first: firstAppearance(analysis, actor) }))
    .sort((a, b) => a.first - b.first)
    .map((entry) => entry.actor);
}

/** The first words of a quote on one line, cut at a word boundary (≈ `max` characters). */
export function firstWords(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line || '(empty)';
  const cut = line.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function quoteCount(count: number): string {
  return count === 1 ? '1 quote' : `${count} quotes`;
}

/** "direct · said", or "direct · continued" when the speaker is carried over from an earlier quote. */
export function quoteDescription(quote: Quote): string {
  if (quote.cue) return `${quote.kind} · ${quote.cue.text}`;
  if (quote.speaker && !quote.speaker.mention) return `${quote.kind} · continued`;
  return quote.kind;
}

export function actorKindIcon(kind: ActorKind): vscode.ThemeIcon {
  switch (kind) {
    case 'person': return new vscode.ThemeIcon('person');
    case 'organization': return new vscode.ThemeIcon('organization');
    // Codicons have no 'people' glyph (VS Code 1.100); 'organization' is already the crowd, so a group gets 'account'.
    case 'group': return new vscode.ThemeIcon('account');
    case 'document': return new vscode.ThemeIcon('file-text');
    case 'anonymous': return new vscode.ThemeIcon('eye-closed');
    case 'vague': return new vscode.ThemeIcon('question');
  }
}

export function describeKind(kind: ActorKind): string {
  switch (kind) {
    case 'person': return 'person';
    case 'organization': return 'organisation';
    case 'group': return 'group';
    case 'document': return 'document';
    case 'anonymous': return 'anonymous source';
    case 'vague': return 'vague source';
  }
}

/** Anonymous and vague sources have no name: nothing to rename or keep details for. */
export function hasName(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && actor.kind !== 'vague';
}

export function activeArticleEditor(model: AnalysisModel): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && model.isArticle(editor.document) ? editor : undefined;
}

/** The current analysis of an article, or undefined for any other document. */
export async function analysisOf(model: AnalysisModel, document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
  if (!model.isArticle(document)) return undefined;
  return model.whenAnalyzed(document);
}

export async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())
    ?? vscode.workspace.openTextDocument(uri);
}

/** Shows a span in the editor that holds the document (or opens one) and selects it. */
export async function selectSpan(document: vscode.TextDocument, span: { start: number; end: number }, preserveFocus: boolean): Promise<vscode.TextEditor> {
  const range = toRange(document, span);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus, preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export interface SpeakerPickItem extends vscode.QuickPickItem {
  readonly actor: Actor;
}

export function speakerPickItems(analysis: Analysis): SpeakerPickItem[] {
  return quotedActors(analysis).map((actor) => ({
    actor,
    label: actor.name,
    description: quoteCount(quotesOf(analysis, actor.id).length),
    detail: [describeKind(actor.kind), actor.role, actor.affiliation].filter(Boolean).join(' · '),
    iconPath: actorKindIcon(actor.kind),
  }));
}

/**
 * The speaker a command should act on: the one it was given (a tree row), else one the user picks
 * from the active article, the speaker under the cursor first.
 */
export async function resolveSpeaker(
  model: AnalysisModel,
  target: unknown,
  placeHolder: string,
  accept: (actor: Actor) => boolean = () => true,
): Promise<{ document: vscode.TextDocument; actor: Actor } | undefined> {
  if (isSpeakerRef(target)) {
    const document = await openDocument(target.uri);
    const analyzed = await analysisOf(model, document);
    const actor = analyzed && actorById(analyzed.analysis, target.actorId);
    if (!actor) {
      void vscode.window.showWarningMessage('Newsdesk: that speaker is no longer in the article.');
      return undefined;
    }
    return { document, actor };
  }
  const editor = activeArticleEditor(model);
  if (!editor) {
    void vscode.window.showInformationMessage('Newsdesk: open a news article first.');
    return undefined;
  }
  const analyzed = await model.whenAnalyzed(editor.document);
  const items = speakerPickItems(analyzed.analysis).filter((item) => accept(item.actor));
  if (!items.length) {
    void vscode.window.showInformationMessage('Newsdesk: nobody in this article can be chosen for that.');
    return undefined;
  }
  const underCursor = actorAt(analyzed.analysis, editor.document.offsetAt(editor.selection.active));
  // Put the speaker under the cursor first, so Enter picks them.
  items.sort((a, b) => Number(b.actor.id === underCursor?.id) - Number(a.actor.id === underCursor?.id));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked ? { document: editor.document, actor: picked.actor } : undefined;
}

/**
 * Registers a language feature for the article languages (`news` plus those turned on in
 * settings), again when that list changes, so that no provider ever answers for other files.
 */
export function registerForArticles(
  settings: SettingsStore,
  register: (selector: vscode.DocumentSelector) => vscode.Disposable,
): vscode.Disposable {
  const selectorFor = (languages: readonly string[]) => [...new Set([LANGUAGE_ID, ...languages])].sort();
  let languages = selectorFor(settings.value.languages);
  let registration = register(languages.map((language) => ({ language })));
  const subscription = settings.onDidChange((value) => {
    const next = selectorFor(value.languages);
    if (next.join() === languages.join()) return;
    languages = next;
    registration.dispose();
    registration = register(languages.map((language) => ({ language })));
  });
  return new vscode.Disposable(() => {
    subscription.dispose();
    registration.dispose();
  });
}
