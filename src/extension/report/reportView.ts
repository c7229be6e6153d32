// "Newsdesk: Show Sources Report": a panel beside the article with who is quoted and how much. It
// follows the active article and redraws after each analysis, like every other view of the model.
import * as vscode from 'vscode';
import { openDocumentAt } from '../core/documents';
import type { ArticleReport } from '../../engine';
import { sourcesReport } from '../../engine';
import type { FeatureDeps } from '../core/features';
import { Commands } from '../core/ids';
import { quotesOf, selectSpan } from '../core/lookup';
import type { DocumentAnalysis } from '../core/model';
import type { ExportFormat } from './reportPanel';
import { ReportPanel } from './reportPanel';

/** Also in package.json (`onWebviewPanel:` activation), so a restored panel finds the extension. */
export const REPORT_VIEW_TYPE = 'newsdesk.sourcesReport';

export interface ReportViewFeature extends vscode.Disposable {
  /** The open panel, for tests: what it last drew, and messages as if the page sent them. */
  readonly panel: ReportPanel | undefined;
}

export function registerReportView(deps: FeatureDeps): ReportViewFeature {
  const { model } = deps;
  let panel: ReportPanel | undefined;
  /** The article shown; kept while focus is in the panel or a non-article editor. */
  let followed: vscode.Uri | undefined;
  const disposables: vscode.Disposable[] = [];

  const articleName = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);

  /** A result that arrived while the panel was hidden: drawn when it shows again. */
  let stale: DocumentAnalysis | undefined;

  const showResult = async (result: DocumentAnalysis) => {
    if (!panel) return;
    if (!panel.visible) {
      stale = result;
      return;
    }
    stale = undefined;
    const config = await deps.configs.configFor(result.document.uri);
    const report: ArticleReport = { path: articleName(result.document.uri), ...sourcesReport(result.document.getText(), result.analysis, config.people) };
    const { path, ...figures } = report;
    panel.title = `Sources: ${path.slice(path.lastIndexOf('/') + 1)}`;
    panel.show({ scope: 'article', source: path, report: figures }, [report], result.document.uri);
  };

  const follow = (document: vscode.TextDocument | undefined) => {
    if (!panel || !document || !model.isArticle(document)) return;
    followed = document.uri;
    const result = model.get(document.uri);
    if (result) void showResult(result);
    else void model.whenAnalyzed(document).then((analysed) => {
      if (followed?.toString() === document.uri.toString()) void showResult(analysed);
    }, () => undefined);
  };

  const revealSpeaker = async (actorId: string) => {
    const document = openDocumentAt(followed);
    const result = document && model.get(document.uri);
    const first = result && quotesOf(result.analysis, actorId)[0];
    if (!document || !first) return;
    // Selected in the article's own column, so Alt+] steps through the rest.
    await selectSpan(document, first, false);
    const speaker = result.analysis.actors.find((actor) => actor.id === actorId);
    if (speaker) vscode.window.setStatusBarMessage(`Newsdesk: ${speaker.name}, quote 1 of ${quotesOf(result.analysis, actorId).length}. Alt+] for the next.`, 4000);
  };

  const createPanel = (restored?: vscode.WebviewPanel): ReportPanel => {
    const created = new ReportPanel(REPORT_VIEW_TYPE, 'Sources', deps.context.extensionUri, {
      reveal: (actorId) => void revealSpeaker(actorId),
      closed: () => {
        panel = undefined;
        followed = undefined;
        stale = undefined;
      },
    }, restored);
    created.onDidBecomeVisible(() => {
      if (stale) void showResult(stale);
    });
    return created;
  };

  /** Shows the active article, or keeps what is shown while no article is active. */
  const showActiveArticle = (shown: ReportPanel) => {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => model.isArticle(e.document));
    if (editor && model.isArticle(editor.document)) follow(editor.document);
    else if (!followed) shown.showEmpty('Open a news article to see who is quoted in it.');
  };

  const show = () => {
    if (!panel) panel = createPanel();
    else panel.reveal();
    showActiveArticle(panel);
  };

  disposables.push(
    vscode.commands.registerCommand(Commands.showSourcesReport, show),
    // After a reload VS Code brings the panel back; it picks up the article on screen.
    vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
      deserializeWebviewPanel: async (restored) => {
        panel?.dispose();
        panel = createPanel(restored);
        showActiveArticle(panel);
      },
    }),
    vscode.commands.registerCommand(Commands.exportSourcesReport, (format: ExportFormat = 'csv', target?: vscode.Uri) =>
      panel ? panel.export(format, target) : vscode.window.showInformationMessage('Newsdesk: open the sources report first.')),
    vscode.window.onDidChangeActiveTextEditor((editor) => follow(editor?.document)),
    model.onDidChange((result) => {
      if (panel && result.document.uri.toString() === followed?.toString()) void showResult(result);
    }),
    model.onDidRemove((uri) => {
      if (panel && uri.toString() === followed?.toString()) {
        followed = undefined;
        panel.showEmpty('The article was closed. Open a news article to see who is quoted in it.');
      }
    }),
  );
  return {
    get panel() {
      return panel;
    },
    dispose: () => {
      panel?.dispose();
      for (const disposable of disposables) disposable.dispose();
    },
  };
}

