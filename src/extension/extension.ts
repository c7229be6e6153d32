// Wires the features together; each lives in its own file and subscribes to the one model. The
// same for both extension hosts: host/node.ts and host/web.ts are the entry points, and pass what
// differs between them (host/host.ts).
import * as vscode from 'vscode';
import { registerActorsTree } from './sources/actorsTree';
import { registerCheckWorkspace } from './diagnostics/checkWorkspace';
import { registerCodeActions } from './diagnostics/codeActions';
import { registerDecorations } from './sources/decorations';
import { registerDiagnostics } from './diagnostics/diagnostics';
import { registerFolding } from './language/folding';
import { registerFailureReports } from './core/failures';
import type { FeatureDeps, NewsdeskApi } from './core/features';
import { registerHover } from './language/hover';
import { ContextKeys } from './core/ids';
import type { ExtensionHost } from './host/host';
import { AnalysisModel } from './core/model';
import { NewsdeskOutput } from './core/output';
import { registerNavigation } from './sources/navigation';
import { registerReferences } from './language/references';
import { registerReportView } from './report/reportView';
import { registerRename } from './language/rename';
import { SettingsStore } from './core/settings';
import { SpeakerColours } from './sources/speakerColours';
import { registerSpeakerDetails } from './sources/speakerDetails';
import { registerStatusBar } from './sources/statusBar';
import { registerSymbols } from './language/symbols';
import { registerTranscripts } from './transcripts/transcripts';
import { WorkspaceConfigStore } from './core/workspaceConfig';
import { registerWorkspaceReport } from './report/workspaceReport';

export function activateNewsdesk(context: vscode.ExtensionContext, host: ExtensionHost): NewsdeskApi {
  const started = performance.now();
  const output = new NewsdeskOutput();
  const settings = new SettingsStore();
  const configs = new WorkspaceConfigStore();
  const engine = host.startEngine(context.extensionUri, (message, detail) => output.error(message, detail));
  const model = new AnalysisModel(settings, configs, output, host, engine);
  const deps: FeatureDeps = { context, model, settings, configs, output, host, engine };

  // One colour book, so a speaker's row in the Sources view has the colour of their words.
  const colours = new SpeakerColours();
  const decorations = registerDecorations(deps, colours);
  const actorsTree = registerActorsTree(deps, colours);
  const statusBar = registerStatusBar(deps);
  const reportView = registerReportView(deps);
  const workspaceReport = registerWorkspaceReport(deps);
  const transcripts = registerTranscripts(deps);
  const failures = registerFailureReports(deps);
  context.subscriptions.push(
    output, settings, configs, model, engine, decorations, actorsTree, statusBar, reportView, workspaceReport, transcripts, failures,
    registerDiagnostics(deps, transcripts),
    registerCodeActions(deps, transcripts),
    registerHover(deps, transcripts),
    registerNavigation(deps, () => actorsTree.selection()),
    registerSymbols(deps),
    registerFolding(deps),
    registerReferences(deps),
    registerRename(deps),
    registerSpeakerDetails(deps),
    registerCheckWorkspace(deps),
    trackArticleContext(model),
  );

  const activationMs = performance.now() - started;
  // Where Newsdesk runs says what it can reach (real paths for symbolic links only in the Node host).
  output.info(`Newsdesk running in the ${host.kind === 'web' ? 'web-worker' : 'Node'} extension host, analysing in the ${engine.where}; activated in ${activationMs.toFixed(1)} ms.`);
  return {
    activationMs,
    model,
    decorationRanges: (editor) => decorations.rangesFor(editor),
    actorsTree: actorsTree.provider,
    statusBarText: () => statusBar.text(),
    reportPanels: () => ({ article: reportView.panel, workspace: workspaceReport.panel }),
    transcripts,
    output,
    failures,
    engine,
    host: host.kind,
  };
}

/** Keeps the `newsdesk.isArticle` context key true while the active editor holds an article. */
function trackArticleContext(model: AnalysisModel): vscode.Disposable {
  let shown: boolean | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isArticle = !!document && model.isArticle(document);
    // Every analysis passes through here: tell the workbench only when the answer changes.
    if (isArticle === shown) return;
    shown = isArticle;
    void vscode.commands.executeCommand('setContext', ContextKeys.isArticle, isArticle);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    model.onDidChange(update),
  );
}
