// A webview panel that shows a sources report: the page (dist/report-view.js) under a strict
// Content Security Policy, the messages it sends, and exports. Used by the article report, which
// follows the editor, and by the folder report.
import * as vscode from 'vscode';
import type { ArticleReport } from '../../engine';
import { reportCsv, reportJson } from '../../report/export';
import { reportPage } from '../../report/html';
import type { HostMessage, RenderSummary, ReportPayload, ViewMessage } from '../../report/protocol';
import { writeAtomically } from '../files';

export type ExportFormat = 'csv' | 'json' | 'html';
const EXPORT_FILTERS: Record<ExportFormat, Record<string, string[]>> = {
  csv: { 'CSV (spreadsheets)': ['csv'] },
  json: { JSON: ['json'] },
  html: { 'HTML page': ['html'] },
};

export interface ReportPanelHandlers {
  /** The page asked to reveal a speaker's quotes (a bar or a name was clicked). */
  reveal?(actorId: string): void;
  /** The page asked to open an article of a folder report. */
  open?(path: string): void;
  /** The panel was closed. */
  closed(): void;
}

export class ReportPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderSummary>();
  /** Fires each time the page has drawn what it was sent. */
  readonly onDidRender = this.rendered.event;
  private ready = false;
  /** The last message sent, sent again when the page (re)loads: hidden webviews are unloaded. */
  private lastMessage: HostMessage | undefined;
  private current: { payload: ReportPayload; articles: readonly ArticleReport[]; defaultUri?: vscode.Uri } | undefined;
  lastRendered: RenderSummary | undefined;

  private readonly becameVisible = new vscode.EventEmitter<void>();
  /** Fires when the panel comes back into view: a hidden panel is not kept up to date. */
  readonly onDidBecomeVisible = this.becameVisible.event;

  /** Opens a new panel beside the editor, or takes over one VS Code restored after a reload. */
  constructor(
    viewType: string,
    title: string,
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: ReportPanelHandlers,
    restored?: vscode.WebviewPanel,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const options = { enableScripts: true, localResourceRoots: [dist] };
    if (restored) {
      this.panel = restored;
      this.panel.webview.options = options;
      this.panel.title = title;
    } else {
      this.panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, options);
    }
    this.panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.visible) this.becameVisible.fire();
    }, undefined, this.disposables);
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'newsdesk.png');
    const webview = this.panel.webview;
    webview.html = reportPage(title, {
      kind: 'linked',
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'report-view.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'report-view.css')).toString(),
      cspSource: webview.cspSource,
    });
    // The page is ours, but what it posts is checked against the protocol before anything acts on it.
    webview.onDidReceiveMessage((message: unknown) => {
      const valid = validViewMessage(message);
      if (valid) this.receive(valid);
    }, undefined, this.disposables);
    this.panel.onDidDispose(() => {
      this.dispose();
      handlers.closed();
    }, undefined, this.disposables);
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  set title(title: string) {
    this.panel.title = title;
  }

  /** Shows a report; `articles` are what CSV export writes, `defaultUri` where exports are offered. */
  show(payload: ReportPayload, articles: readonly ArticleReport[], defaultUri?: vscode.Uri): void {
    this.current = { payload, articles, defaultUri };
    this.post({ type: 'show', payload });
  }

  showEmpty(message: string): void {
    this.current = undefined;
    this.post({ type: 'empty', message });
  }

  /** Writes the report shown to `target`, or to a file the user picks. Returns where it went. */
  async export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const current = this.current;
    if (!current) {
      void vscode.window.showInformationMessage('Newsdesk: there is no report to export yet.');
      return undefined;
    }
    const uri = target ?? await vscode.window.showSaveDialog({
      title: `Export the sources report as ${format.toUpperCase()}`,
      defaultUri: current.defaultUri && vscode.Uri.joinPath(current.defaultUri, '..', `${baseName(current.defaultUri.path) || 'sources'}.sources.${format}`),
      filters: EXPORT_FILTERS[format],
    });
    if (!uri) return undefined;
    const text = format === 'csv'
      ? reportCsv(current.articles)
      : format === 'json'
        ? reportJson(current.payload.report)
        : await this.standalonePage(current.payload);
    try {
      // Whole or not at all: a failed export leaves the previous file as it was.
      await writeAtomically(uri, new TextEncoder().encode(text));
    } catch (error) {
      void vscode.window.showErrorMessage(`Newsdesk: could not write ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    vscode.window.setStatusBarMessage(`Newsdesk: sources report saved to ${vscode.workspace.asRelativePath(uri)}`, 3000);
    return uri;
  }

  /** Handles a message as if the page had sent it (the page's own messages come through here). */
  receive(message: ViewMessage): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.lastMessage) void this.panel.webview.postMessage(this.lastMessage);
        break;
      case 'rendered':
        this.lastRendered = message.summary;
        this.rendered.fire(message.summary);
        break;
      case 'reveal':
        this.handlers.reveal?.(message.actorId);
        break;
      case 'open':
        this.handlers.open?.(message.path);
        break;
      case 'export':
        void this.export(message.format);
        break;
    }
  }

  private post(message: HostMessage): void {
    this.lastMessage = message;
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private async standalonePage(payload: ReportPayload): Promise<string> {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const decoder = new TextDecoder();
    const [script, style] = await Promise.all(['report-view.js', 'report-view.css'].map(async (name) =>
      decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dist, name)))));
    return reportPage(`Sources · ${payload.source}`, { kind: 'inline', script, style, payload });
  }

  dispose(): void {
    this.rendered.dispose();
    this.becameVisible.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

const EXPORT_FORMATS: ReadonlySet<string> = new Set(['csv', 'json', 'html']);
const MAX_MESSAGE_TEXT = 4096;

/** A message from the report page, if it has the protocol's shape (src/report/protocol.ts); else undefined. */
export function validViewMessage(message: unknown): ViewMessage | undefined {
  if (message === null || typeof message !== 'object') return undefined;
  const candidate = message as Record<string, unknown>;
  const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_MESSAGE_TEXT;
  switch (candidate.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return validSummary(candidate.summary) ? { type: 'rendered', summary: candidate.summary } : undefined;
    case 'reveal':
      return text(candidate.actorId) ? { type: 'reveal', actorId: candidate.actorId } : undefined;
    case 'open':
      return text(candidate.path) ? { type: 'open', path: candidate.path } : undefined;
    case 'export':
      return typeof candidate.format === 'string' && EXPORT_FORMATS.has(candidate.format) ? { type: 'export', format: candidate.format as 'csv' | 'json' | 'html' } : undefined;
    default:
      return undefined;
  }
}

function validSummary(value: unknown): value is RenderSummary {
  if (value === null || typeof value !== 'object') return false;
  const summary = value as Record<string, unknown>;
  const isRecord = (item: unknown, check: (entry: unknown) => boolean) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) && Object.values(item).every(check);
  const isNumber = (item: unknown) => typeof item === 'number' && Number.isFinite(item);
  return (
    typeof summary.scope === 'string' &&
    typeof summary.source === 'string' &&
    isRecord(summary.bars, isNumber) &&
    isRecord(summary.values, (entry) => Array.isArray(entry) && entry.every(isNumber)) &&
    Array.isArray(summary.speakerLabels) &&
    summary.speakerLabels.every((label) => typeof label === 'string') &&
    isRecord(summary.tableRows, isNumber)
  );
}

/** The last part of a '/'-separated path without its extension ('story' for '/a/story.news'), as the file's name for an export. */
function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
