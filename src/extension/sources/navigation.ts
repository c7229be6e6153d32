// Moving between one speaker's quotes: next/previous by the same speaker (alt+] / alt+[), from the
// article's cursor or from the row selected in the Sources view, and a two-step quick pick (speaker,
// then quote) with live preview.
import * as vscode from 'vscode';
import type { Actor, Analysis, Quote } from '../../engine';
import type { SourcesElement } from './actorsTree';
import type { FeatureDeps } from '../core/features';
import { Commands } from '../core/ids';
import {
  activeArticleEditor, actorById, actorAt, firstWords, isSpeakerRef, openDocument,
  quoteCount, quoteDescription, quotesOf, selectSpan, speakerPickItems, unattributedQuotes,
} from '../core/lookup';
import type { AnalysisModel } from '../core/model';
import { toRange } from '../core/ranges';
import type { Anchor } from '../logic/navigation';
import { anchorAt, anchorForQuote, stepFrom } from '../logic/navigation';

const STATUS_MESSAGE_MS = 3000;
/** The argument the stepping keys pass while the Sources view has focus (see package.json keybindings). */
export const FROM_SOURCES_VIEW = 'sourcesView';

/** The anchor a Sources row stands for: its quote, or its speaker's quotes from the first (or last). */
function anchorForRow(analysis: Analysis, row: SourcesElement): Anchor | undefined {
  switch (row.type) {
    case 'quote': {
      const quote = analysis.quotes.find((candidate) => candidate.id === row.quote.id);
      return quote && anchorForQuote(analysis, quote, quote);
    }
    case 'actor': {
      const actor = actorById(analysis, row.actorId);
      return actor && { actor, quotes: quotesOf(analysis, actor.id), current: undefined };
    }
    case 'unattributed':
      return { actor: null, quotes: unattributedQuotes(analysis), current: undefined };
  }
}

async function stepBySpeaker(model: AnalysisModel, direction: 1 | -1, row: SourcesElement | undefined): Promise<void> {
  let editor: vscode.TextEditor | undefined;
  let anchor: Anchor | undefined;
  let offset: number;
  if (row) {
    // From the Sources view: the row's article, shown where it is already, the view keeping the keys.
    const document = await openDocument(row.uri);
    if (!model.isArticle(document)) return;
    const { analysis } = await model.whenAnalyzed(document);
    anchor = anchorForRow(analysis, row);
    // A speaker's row steps to their first quote (forwards) or their last (backwards).
    offset = row.type === 'quote' ? row.quote.start : direction === 1 ? 0 : analysis.length;
    const visible = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: true, preview: false });
  } else {
    editor = activeArticleEditor(model);
    if (!editor) return;
    const { analysis } = await model.whenAnalyzed(editor.document);
    offset = editor.document.offsetAt(editor.selection.active);
    anchor = anchorAt(analysis, offset);
  }
  const step = anchor && stepFrom(anchor, offset, direction);
  if (!anchor || !step) {
    vscode.window.setStatusBarMessage('Newsdesk: no quote at or before the cursor', STATUS_MESSAGE_MS);
    return;
  }
  const range = toRange(editor.document, step.quote);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const who = anchor.actor ? `by ${anchor.actor.name}` : 'without a speaker';
  const position = `Quote ${anchor.quotes.indexOf(step.quote) + 1} of ${anchor.quotes.length} ${who}`;
  vscode.window.setStatusBarMessage(step.wrapped && anchor.quotes.length > 1 ? `${position} (wrapped around)` : position, STATUS_MESSAGE_MS);
}

interface QuotePickItem extends vscode.QuickPickItem {
  readonly quote: Quote;
}

/** Speaker first (skipped when invoked on a Sources row), then one of their quotes with live preview. */
async function goToSpeakerQuotes(model: AnalysisModel, target: unknown): Promise<void> {
  let document: vscode.TextDocument | undefined;
  let actorId: string | undefined;
  if (isSpeakerRef(target)) {
    document = await openDocument(target.uri);
    actorId = target.actorId;
  } else {
    // From the editor's context menu the argument is the document's URI; from keys and palette, nothing.
    const editor = activeArticleEditor(model);
    document = target instanceof vscode.Uri ? await openDocument(target) : editor?.document;
  }
  if (!document || !model.isArticle(document)) {
    void vscode.window.showInformationMessage('Newsdesk: open a news article first.');
    return;
  }
  const { analysis } = await model.whenAnalyzed(document);
  if (!actorId) {
    const items = speakerPickItems(analysis);
    if (!items.length) {
      void vscode.window.showInformationMessage('Newsdesk: nobody is quoted in this article.');
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    const underCursor = editor && actorAt(analysis, document.offsetAt(editor.selection.active));
    const picked = await pickOne(items, 'Whose quotes? (type to filter)', items.find((item) => item.actor.id === underCursor?.id));
    if (!picked) return;
    actorId = picked.actor.id;
  }
  const actor = actorById(analysis, actorId);
  if (!actor) {
    void vscode.window.showWarningMessage('Newsdesk: that speaker is no longer in the article.');
    return;
  }
  await pickQuoteWithPreview(document, actor, quotesOf(analysis, actor.id));
}

function pickOne<T extends vscode.QuickPickItem>(items: T[], placeholder: string, active: T | undefined): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.items = items;
  pick.placeholder = placeholder;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  if (active) pick.activeItems = [active];
  return new Promise((resolve) => {
    const disposables: vscode.Disposable[] = [pick];
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0] ?? pick.activeItems[0]);
      pick.hide();
    }, undefined, disposables);
    pick.onDidHide(() => {
      resolve(undefined);
      for (const disposable of disposables) disposable.dispose();
    }, undefined, disposables);
    pick.show();
  });
}

async function pickQuoteWithPreview(document: vscode.TextDocument, actor: Actor, quotes: Quote[]): Promise<void> {
  if (!quotes.length) {
    void vscode.window.showInformationMessage(`Newsdesk: ${actor.name} is not quoted in this article.`);
    return;
  }
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: vscode.window.visibleTextEditors.find((candidate) => candidate.document === document)?.viewColumn,
    preserveFocus: true,
  });
  const original = { selection: editor.selection, visible: editor.visibleRanges[0] };
  const items: QuotePickItem[] = quotes.map((quote) => ({
    quote,
    label: firstWords(quote.text, 80),
    description: quoteDescription(quote),
    detail: `Line ${document.positionAt(quote.start).line + 1}`,
    iconPath: new vscode.ThemeIcon(quote.kind === 'indirect' ? 'comment' : 'quote'),
  }));
  const pick = vscode.window.createQuickPick<QuotePickItem>();
  pick.items = items;
  pick.title = `${actor.name}: ${quoteCount(quotes.length)}`;
  pick.placeholder = 'Pick a quote (the editor follows the highlighted one)';
  pick.matchOnDescription = true;
  const disposables: vscode.Disposable[] = [pick];
  let accepted = false;
  pick.onDidChangeActive((active) => {
    const quote = active[0]?.quote;
    if (!quote) return;
    const range = toRange(document, quote);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }, undefined, disposables);
  pick.onDidAccept(() => {
    const quote = (pick.selectedItems[0] ?? pick.activeItems[0])?.quote;
    accepted = !!quote;
    pick.hide();
    if (quote) void selectSpan(document, quote, false);
  }, undefined, disposables);
  pick.onDidHide(() => {
    // Escape puts the cursor back where the writer left it.
    if (!accepted) {
      editor.selection = original.selection;
      if (original.visible) editor.revealRange(original.visible, vscode.TextEditorRevealType.AtTop);
    }
    for (const disposable of disposables) disposable.dispose();
  }, undefined, disposables);
  pick.show();
}

/** The row to step from: a row the command was given (a context menu), or the view's selection when its keys ask. */
function rowOf(target: unknown, sourcesSelection: () => SourcesElement | undefined): SourcesElement | undefined {
  if (target === FROM_SOURCES_VIEW) return sourcesSelection();
  const row = target as Partial<SourcesElement> | undefined;
  const isRow = typeof row === 'object' && row !== null && row.uri instanceof vscode.Uri && ['actor', 'quote', 'unattributed'].includes(row.type ?? '');
  return isRow ? (row as SourcesElement) : undefined;
}

export function registerNavigation(deps: FeatureDeps, sourcesSelection: () => SourcesElement | undefined): vscode.Disposable {
  const { model } = deps;
  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand(Commands.nextQuoteBySpeaker, (target?: unknown) => stepBySpeaker(model, 1, rowOf(target, sourcesSelection))),
    vscode.commands.registerCommand(Commands.previousQuoteBySpeaker, (target?: unknown) => stepBySpeaker(model, -1, rowOf(target, sourcesSelection))),
    vscode.commands.registerCommand(Commands.goToSpeakerQuotes, (target?: unknown) => goToSpeakerQuotes(model, target)),
  ];
  return new vscode.Disposable(() => {
    for (const disposable of disposables) disposable.dispose();
  });
}
