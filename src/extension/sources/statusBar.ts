// The status bar summary of the active article: who is quoted, and how many attribution gaps.
import * as vscode from 'vscode';
import type { FeatureDeps } from '../core/features';
import { Commands, Views } from '../core/ids';
import type { Analysis } from '../../engine';
import { summarizeSources, summaryText, summaryTooltip } from '../logic/sourceSummary';

export interface StatusBarFeature extends vscode.Disposable {
  /** The item's text while it is shown, for tests. */
  text(): string | undefined;
}

export function registerStatusBar(deps: FeatureDeps): StatusBarFeature {
  const item = vscode.window.createStatusBarItem('newsdesk.sources', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Newsdesk Sources';
  item.command = Commands.showActors;
  let shown: vscode.Uri | undefined;
  const disposables: vscode.Disposable[] = [item];
  /** Each analysis's summary, made once: switching editors asks again for the same one. */
  const summaries = new WeakMap<Analysis, ReturnType<typeof summarizeSources>>();

  /** The article the summary is about: the active editor's, or the one still on screen while a preview or panel has focus. */
  const subject = (): vscode.TextDocument | undefined => {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === shown?.toString())?.document;
  };

  const update = () => {
    const document = subject();
    const result = document && deps.settings.value.statusBar && deps.model.isArticle(document) ? deps.model.get(document.uri) : undefined;
    if (!document || !result) {
      item.hide();
      shown = undefined;
      return;
    }
    const failure = result.analysis.internalError;
    if (failure) {
      // An empty analysis must not read as "no sources · no gaps".
      item.text = '$(error) Newsdesk: not analysed';
      item.tooltip = `Newsdesk could not analyse this article (an internal error: ${failure.message}). Details are in the Newsdesk output.`;
      item.accessibilityInformation = { label: 'Newsdesk could not analyse this article: an internal error.', role: 'button' };
      item.show();
      shown = document.uri;
      return;
    }
    let summary = summaries.get(result.analysis);
    if (!summary) summaries.set(result.analysis, (summary = summarizeSources(result.analysis)));
    item.text = `$(person) ${summaryText(summary, ' · ')}`;
    item.tooltip = summaryTooltip(summary);
    item.accessibilityInformation = { label: `Newsdesk: ${summaryText(summary, ', ')}. Show the sources.`, role: 'button' };
    item.show();
    shown = document.uri;
  };

  deps.model.onDidChange((result) => {
    if (result.document.uri.toString() === subject()?.uri.toString()) update();
  }, undefined, disposables);
  deps.model.onDidRemove(update, undefined, disposables);
  vscode.window.onDidChangeActiveTextEditor(update, undefined, disposables);
  vscode.window.onDidChangeVisibleTextEditors(update, undefined, disposables);
  deps.settings.onDidChange(update, undefined, disposables);
  disposables.push(vscode.commands.registerCommand(Commands.showActors, () => vscode.commands.executeCommand(`${Views.actors}.focus`)));
  update();

  return {
    text: () => (shown ? item.text : undefined),
    dispose: () => {
      for (const disposable of disposables) disposable.dispose();
    },
  };
}
