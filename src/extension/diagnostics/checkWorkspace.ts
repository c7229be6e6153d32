// `newsdesk.checkWorkspace`: every article in the workspace checked from disk without opening an
// editor, its findings shown in the Problems panel next to the open articles' live findings.
import * as vscode from 'vscode';
import { workspaceProblems } from './diagnostics';
import type { WorkspaceProblems } from './diagnostics';
import { logIfFailed } from '../core/failures';
import type { FeatureDeps } from '../core/features';
import { ALL_ARTICLE_FILES, analyzeText, ArticleRuns, effectiveConfig, findArticles, isArticleFile, readArticleText } from '../core/workspaceArticles';
import { yieldToEditor } from '../host/host';
import { Commands } from '../core/ids';

export interface CheckSummary {
  /** Articles found. */
  articles: number;
  /** Articles checked (fewer than found when cancelled or when some were too large). */
  checked: number;
  problems: number;
  filesWithProblems: number;
  /** Files over `newsdesk.maxFileSize`, not analysed. */
  tooLarge: number;
  /** Files the engine failed on (an internal error, logged to the Newsdesk output). */
  failed: number;
  cancelled: boolean;
}

export function registerCheckWorkspace(deps: FeatureDeps): vscode.Disposable {
  const runs = new ArticleRuns();
  const disposables: vscode.Disposable[] = [runs];

  const checkAll = async (): Promise<CheckSummary | undefined> => {
    const problems = workspaceProblems();
    if (!problems) return undefined;
    // A new check replaces one still running.
    const { result: summary } = await runs.inNotification('Newsdesk', 'Checking articles',
      (token) => findArticlesToCheck(deps, problems, token),
      (uris, token, onFileDone) => checkFiles(deps, problems, uris, token, onFileDone));
    showSummary(summary);
    return summary;
  };

  // Results for closed files follow the settings, `.newsdesk.json` and the files themselves.
  const recheckQuietly = async (uris: vscode.Uri[]) => {
    const problems = workspaceProblems();
    if (!problems || !uris.length || runs.busy) return;
    const articles = uris.filter((uri) => isArticleFile(deps, uri));
    for (const uri of uris) if (!articles.includes(uri)) problems.forget(uri);
    await runs.run((source) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Newsdesk: re-checking articles' }, () =>
        checkFiles(deps, problems, articles, source.token, () => undefined)));
  };
  const recheckAllClosed = () => void recheckQuietly(workspaceProblems()?.checkedClosedFiles() ?? []);
  const showsCheckResults = (uri: vscode.Uri) =>
    (workspaceProblems()?.checkedClosedFiles() ?? []).some((checked) => checked.toString() === uri.toString());

  const watcher = vscode.workspace.createFileSystemWatcher(ALL_ARTICLE_FILES);
  watcher.onDidChange((uri) => {
    if (showsCheckResults(uri)) void recheckQuietly([uri]);
  }, undefined, disposables);
  watcher.onDidDelete((deleted) => {
    // A deleted folder arrives as one event: drop everything under it.
    const prefix = deleted.toString() + '/';
    for (const uri of workspaceProblems()?.checkedClosedFiles() ?? []) {
      if (uri.toString() === deleted.toString() || uri.toString().startsWith(prefix)) workspaceProblems()?.forget(uri);
    }
  }, undefined, disposables);
  deps.settings.onDidChange(recheckAllClosed, undefined, disposables);
  deps.configs.onDidChange(recheckAllClosed, undefined, disposables);

  disposables.push(watcher, vscode.commands.registerCommand(Commands.checkWorkspace, checkAll));
  return new vscode.Disposable(() => {
    for (const disposable of disposables) disposable.dispose();
  });
}

/** Article files in the workspace; files from an earlier check that are gone, or no longer articles, lose their findings. */
async function findArticlesToCheck(deps: FeatureDeps, problems: WorkspaceProblems, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await findArticles(deps, token);
  const current = new Set(found.map((uri) => uri.toString()));
  for (const uri of problems.checkedClosedFiles()) if (!current.has(uri.toString())) problems.forget(uri);
  return found;
}

async function checkFiles(deps: FeatureDeps, problems: WorkspaceProblems, uris: readonly vscode.Uri[], token: vscode.CancellationToken, onFileDone: (done: number) => void): Promise<CheckSummary> {
  const summary: CheckSummary = { articles: uris.length, checked: 0, problems: 0, filesWithProblems: 0, tooLarge: 0, failed: 0, cancelled: false };
  for (const [index, uri] of uris.entries()) {
    if (token.isCancellationRequested) {
      summary.cancelled = true;
      break;
    }
    // Open articles keep their live findings: they may hold unsaved changes.
    if (!problems.coverIfOpen(uri)) {
      const read = await readArticleText(deps, uri);
      if (!read || 'tooLarge' in read) {
        if (read) summary.tooLarge++;
        problems.forget(uri); // vanished, unreadable or not a regular file since it was found; or over newsdesk.maxFileSize
        onFileDone(index + 1);
        continue;
      }
      const text = read.text;
      const analysis = await analyzeText(deps, text, await effectiveConfig(deps, uri), token);
      if (!analysis) {
        summary.cancelled = true;
        break;
      }
      if (logIfFailed(deps.output, uri, analysis)) summary.failed++;
      problems.publish(uri, text, analysis);
    }
    summary.checked++;
    const found = problems.count(uri);
    summary.problems += found;
    if (found) summary.filesWithProblems++;
    onFileDone(index + 1);
    await yieldToEditor(deps.host);
  }
  return summary;
}

function showSummary(summary: CheckSummary): void {
  if (!summary.articles) {
    void vscode.window.showInformationMessage('Newsdesk found no articles in the workspace: .news files, and Markdown or plain text when turned on in newsdesk.languages.');
    return;
  }
  const found = summary.problems
    ? `${plural(summary.problems, 'problem')} in ${plural(summary.filesWithProblems, 'file')}.`
    : 'no problems.';
  const head = summary.cancelled
    ? `Stopped after checking ${summary.checked} of ${plural(summary.articles, 'article')}: ${found}`
    : `Checked ${plural(summary.checked, 'article')}: ${found}`;
  const tail = (summary.tooLarge ? ` Skipped ${plural(summary.tooLarge, 'file')} over newsdesk.maxFileSize.` : '')
    + (summary.failed ? ` Could not analyse ${plural(summary.failed, 'file')} (an internal error, logged in the Newsdesk output).` : '');
  const actions = summary.problems ? ['Show Problems'] : [];
  void vscode.window.showInformationMessage(head + tail, ...actions).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
