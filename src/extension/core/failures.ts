// Internal errors of the engine, shown: each is logged to the Newsdesk output channel, and the
// first in a session is also told to the user in a notification that never blocks editing, so an
// article left empty by a bug is never taken for a clean one.
import * as vscode from 'vscode';
import type { Analysis } from '../../engine';
import type { FeatureDeps } from './features';
import type { NewsdeskOutput } from './output';

export interface FailureReports extends vscode.Disposable {
  /** How many notifications this session has shown (at most one), for the tests. */
  readonly noticesShown: number;
}

/**
 * For the features that analyse files from disk (the workspace check, the folder report): logs
 * the engine's internal error on `uri`, if there was one, and says whether there was.
 */
export function logIfFailed(output: NewsdeskOutput, uri: vscode.Uri, analysis: Analysis): boolean {
  const error = analysis.internalError;
  if (!error) return false;
  output.error(`${vscode.workspace.asRelativePath(uri)}: internal error while analysing the file: ${error.message}`, error.stack);
  return true;
}

export function registerFailureReports(deps: FeatureDeps): FailureReports {
  const { model, output } = deps;
  const disposables: vscode.Disposable[] = [];
  /** The last internal error logged per document, so a failure repeated on every keystroke is logged once. */
  const failing = new Map<string, string>();
  let noticesShown = 0;

  model.onDidChange(({ document, version, analysis }) => {
    const key = document.uri.toString();
    const name = vscode.workspace.asRelativePath(document.uri);
    const error = analysis.internalError;
    if (!error) {
      if (failing.delete(key)) output.info(`${name}: analysed without error again (version ${version}).`);
      return;
    }
    if (failing.get(key) === error.message) return;
    failing.set(key, error.message);
    output.error(`${name}: internal error while analysing version ${version}: ${error.message}`, error.stack);
    if (noticesShown > 0) return;
    noticesShown++;
    // Not awaited: the notification waits for the user, editing does not wait for it.
    void vscode.window.showErrorMessage(
      `Newsdesk could not analyse ${name} (an internal error: ${error.message}), so it shows no findings for it. This is a bug in Newsdesk, not in the article.`,
      'Show Details',
    ).then((choice) => {
      if (choice) output.show();
    });
  }, undefined, disposables);
  model.onDidRemove((uri) => failing.delete(uri.toString()), undefined, disposables);

  return {
    get noticesShown() {
      return noticesShown;
    },
    dispose: () => {
      for (const disposable of disposables) disposable.dispose();
    },
  };
}
