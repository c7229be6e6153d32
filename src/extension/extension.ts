// Wires the features together; each lives in its own file and subscribes to the one model.
import * as vscode from 'vscode';
import { registerActorsTree } from './actorsTree';
import { registerCheckWorkspace } from './checkWorkspace';
import { registerCodeActions } from './codeActions';
import { registerDecorations } from './decorations';
import { registerDiagnostics } from './diagnostics';
import { registerFolding } from './folding';
import type { FeatureDeps, NewsdeskApi } from './features';
import { registerHover } from './hover';
import { ContextKeys } from './ids';
import { AnalysisModel } from './model';
import { registerNavigation } from './navigation';
import { registerReferences } from './references';
import { registerReportView } from './reportView';
import { registerRename } from './rename';
import { SettingsStore } from './settings';
import { SpeakerColours } from './speakerColours';
import { registerSpeakerDetails } from './speakerDetails';
import { registerStatusBar } from './statusBar';
import { registerSymbols } from './symbols';
import { registerTranscripts } from './transcripts';
import { WorkspaceConfigStore } from './workspaceConfig';
import { registerWorkspaceReport } from './workspaceReport';

export function activate(context: vscode.ExtensionContext): NewsdeskApi {
  const started = performance.now();
  const settings = new SettingsStore();
  const configs = new WorkspaceConfigStore();
  const model = new AnalysisModel(settings, configs);
  const deps: FeatureDeps = { context, model, settings, configs };

  // One colour book, so a speaker's row in the Sources view has the colour of their words.
  const colours = new SpeakerColours();
  const decorations = registerDecorations(deps, colours);
  const actorsTree = registerActorsTree(deps, colours);
  const statusBar = registerStatusBar(deps);
  const reportView = registerReportView(deps);
  const workspaceReport = registerWorkspaceReport(deps);
  const transcripts = registerTranscripts(deps);
  context.subscriptions.push(
    settings, configs, model, decorations, actorsTree, statusBar, reportView, workspaceReport, transcripts,
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
  return {
    activationMs,
    model,
    decorationRanges: (editor) => decorations.rangesFor(editor),
    actorsTree: actorsTree.provider,
    statusBarText: () => statusBar.text(),
    reportPanels: () => ({ article: reportView.panel, workspace: workspaceReport.panel }),
    transcripts,
  };
}

export function deactivate(): void {}

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
