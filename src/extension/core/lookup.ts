// The editor side of the Sources features' lookups: speaker references passed between views,
// icons, opening and selecting, picking a speaker. The lookups that need no editor (what is at an
// offset, whose quotes, in which order) are in ../logic/lookup.ts, re-exported here for the features.
import * as vscode from 'vscode';
import { openDocumentAt } from './documents';
import type { Actor, ActorKind, Analysis } from '../../engine';
import { actorAt, actorById, describeKind, quoteCount, quotedActors, quotesOf } from '../logic/lookup';
import { LANGUAGE_ID } from './ids';
import type { AnalysisModel, DocumentAnalysis } from './model';
import { toRange } from './ranges';
import type { SettingsStore } from './settings';

export * from '../logic/lookup';

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
  return openDocumentAt(uri) ?? vscode.workspace.openTextDocument(uri);
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
