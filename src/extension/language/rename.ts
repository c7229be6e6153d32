// Renaming a speaker (F2 on a name, or the Rename Speaker command): full-name mentions get the new
// full name, surname-only mentions ("Marchetti", "Mayor Marchetti") the new surname, in one edit.
// Pronouns and descriptions ("the official") are not names and stay as written. Which words change
// to what is planned in ../logic/rename.ts; this file asks for the name and applies the edit.
import * as vscode from 'vscode';
import type { FeatureDeps } from '../core/features';
import { Commands } from '../core/ids';
import { analysisOf, hasName, registerForArticles, resolveSpeaker } from '../core/lookup';
import type { AnalysisModel } from '../core/model';
import { toRange } from '../core/ranges';
import { invalidName, nameOccurrences, renameEdits, renameTargetAt } from '../logic/rename';

function toWorkspaceEdit(document: vscode.TextDocument, edits: Array<{ start: number; end: number; text: string }>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const change of edits) edit.replace(document.uri, toRange(document, change), change.text);
  return edit;
}

async function renameSpeakerCommand(model: AnalysisModel, target: unknown, givenName: unknown): Promise<boolean> {
  const chosen = await resolveSpeaker(model, target, 'Rename which speaker?', hasName);
  if (!chosen) return false;
  const { document } = chosen;
  const { analysis } = await model.whenAnalyzed(document);
  const actor = analysis.actors.find((candidate) => candidate.id === chosen.actor.id) ?? chosen.actor;
  if (!hasName(actor)) {
    void vscode.window.showInformationMessage(`Newsdesk: ${actor.name} is ${actor.kind === 'vague' ? 'vague sourcing' : 'an anonymous source'}; there is no name to rename.`);
    return false;
  }
  const newName = typeof givenName === 'string' ? givenName : await vscode.window.showInputBox({
    title: `Rename ${actor.name}`,
    value: actor.name,
    prompt: 'Full-name mentions get the new name and surname-only mentions its last word; pronouns and descriptions stay.',
    validateInput: (value) => invalidName(value, actor),
  });
  if (newName === undefined) return false;
  const problem = invalidName(newName, actor);
  if (problem) {
    void vscode.window.showWarningMessage(`Newsdesk: ${problem}`);
    return false;
  }
  const occurrences = nameOccurrences(document.getText(), analysis, actor);
  if (!occurrences.length) {
    void vscode.window.showInformationMessage(`Newsdesk: the article never names ${actor.name} in full or by surname.`);
    return false;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(document, renameEdits(actor, occurrences, newName, 'full')));
}

export function registerRename(deps: FeatureDeps): vscode.Disposable {
  const { model, settings } = deps;
  const provider: vscode.RenameProvider = {
    async prepareRename(document, position) {
      const analyzed = await analysisOf(model, document);
      if (!analyzed) throw new Error('Newsdesk renames speakers only in news articles.');
      const { occurrence } = renameTargetAt(document.getText(), analyzed.analysis, document.offsetAt(position));
      const range = toRange(document, occurrence);
      return { range, placeholder: document.getText(range) };
    },
    async provideRenameEdits(document, position, newName) {
      const analyzed = await analysisOf(model, document);
      if (!analyzed) return undefined;
      const { actor, occurrence, occurrences } = renameTargetAt(document.getText(), analyzed.analysis, document.offsetAt(position));
      const problem = invalidName(newName, actor);
      if (problem) throw new Error(problem);
      return toWorkspaceEdit(document, renameEdits(actor, occurrences, newName, occurrence.part));
    },
  };
  const disposables: vscode.Disposable[] = [
    registerForArticles(settings, (selector) => vscode.languages.registerRenameProvider(selector, provider)),
    vscode.commands.registerCommand(Commands.renameSpeaker, (target?: unknown, newName?: unknown) => renameSpeakerCommand(model, target, newName)),
  ];
  return new vscode.Disposable(() => {
    for (const disposable of disposables) disposable.dispose();
  });
}
