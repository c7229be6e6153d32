// "Newsdesk: Show Sources Report for a Folder": the sources figures over every article in the
// workspace or a chosen folder, with a row per article. Articles are read from disk (open ones
// from their editors, unsaved changes included) with a cancellable progress notification.
import * as vscode from 'vscode';
import type { ArticleReport, WorkspaceReport } from '../../engine';
import { sourcesReport, workspaceReport } from '../../engine';
import { logIfFailed } from '../core/failures';
import type { FeatureDeps } from '../core/features';
import { Commands } from '../core/ids';
import { openDocument } from '../core/lookup';
import { ReportPanel } from './reportPanel';
import { analyzeText, ArticleRuns, effectiveConfig, findArticles, readArticleText } from '../core/workspaceArticles';
import { yieldToEditor } from '../host/host';

export interface WorkspaceReportFeature extends vscode.Disposable {
  readonly panel: ReportPanel | undefined;
}

interface FolderChoice extends vscode.QuickPickItem {
  /** The folder; undefined for the whole workspace. */
  folder: vscode.Uri | undefined;
  /** Ask for a folder with the open dialog. */
  browse?: true;
}

export function registerWorkspaceReport(deps: FeatureDeps): WorkspaceReportFeature {
  let panel: ReportPanel | undefined;
  let root: vscode.Uri | undefined;
  /** The articles of the report shown, by the path the page names them with. */
  let uriByPath = new Map<string, vscode.Uri>();
  const runs = new ArticleRuns();

  const chooseFolder = async (): Promise<vscode.Uri | undefined | null> => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const items: FolderChoice[] = [
      { label: '$(root-folder) Whole workspace', folder: undefined },
      ...(folders.length > 1 ? folders.map((f) => ({ label: `$(folder) ${f.name}`, folder: f.uri })) : []),
      { label: '$(folder-opened) Choose a folder…', folder: undefined, browse: true, description: 'any folder of articles' },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Sources report for which articles?' });
    if (!picked) return null;
    if (!picked.browse) return picked.folder;
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Report on this folder', defaultUri: folders[0]?.uri });
    return chosen?.[0] ?? null;
  };

  /** Runs the report; `folder` undefined means the whole workspace. Resolves with what was shown. */
  const run = async (target?: unknown): Promise<WorkspaceReport | undefined> => {
    let folder: vscode.Uri | undefined;
    if (target instanceof vscode.Uri) folder = target;
    else {
      const chosen = await chooseFolder();
      if (chosen === null) return undefined;
      folder = chosen;
    }
    if (!folder && !vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Newsdesk: open a folder of articles first.');
      return undefined;
    }
    // A new report replaces one still running.
    const { result: articles, cancelled } = await runs.inNotification('Newsdesk sources report', 'Reading articles',
      (token) => findArticles(deps, token, folder), reportOn);
    if (cancelled) {
      void vscode.window.showInformationMessage('Newsdesk: the sources report was cancelled.');
      return undefined;
    }
    const report = workspaceReport(articles);
    const name = folder ? vscode.workspace.asRelativePath(folder, true) : (vscode.workspace.name ?? 'workspace');
    root = folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!panel) {
      panel = new ReportPanel('newsdesk.workspaceSourcesReport', `Sources: ${name}`, deps.context.extensionUri, {
        open: (path) => void openArticle(path),
        closed: () => (panel = undefined),
      });
    } else {
      panel.title = `Sources: ${name}`;
      panel.reveal();
    }
    panel.show({ scope: 'workspace', source: name, report }, articles, root && vscode.Uri.joinPath(root, 'newsdesk'));
    return report;
  };

  const reportOn = async (uris: readonly vscode.Uri[], token: vscode.CancellationToken, onFileDone: (done: number) => void): Promise<ArticleReport[]> => {
    const articles: ArticleReport[] = [];
    uriByPath = new Map();
    for (const [index, uri] of uris.entries()) {
      if (token.isCancellationRequested) break;
      const read = await readArticleText(deps, uri);
      if (read && 'text' in read) {
        const text = read.text;
        const config = await effectiveConfig(deps, uri);
        const analysis = await analyzeText(deps, text, config, token);
        if (!analysis) break;
        // An article the engine failed on is logged and left out, not counted as quoting nobody.
        if (!logIfFailed(deps.output, uri, analysis)) {
          const path = vscode.workspace.asRelativePath(uri, true);
          uriByPath.set(path, uri);
          articles.push({ path, ...sourcesReport(text, analysis, config.people) });
        }
      }
      onFileDone(index + 1);
      await yieldToEditor(deps.host);
    }
    return articles;
  };

  const openArticle = async (path: string) => {
    const uri = uriByPath.get(path);
    if (uri) await vscode.window.showTextDocument(await openDocument(uri), { viewColumn: vscode.ViewColumn.One });
  };

  const command = vscode.commands.registerCommand(Commands.showWorkspaceSourcesReport, run);
  return {
    get panel() {
      return panel;
    },
    dispose: () => {
      runs.dispose();
      panel?.dispose();
      command.dispose();
    },
  };
}
