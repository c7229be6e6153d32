// One analysis per open article, keyed by URI and version. Every view subscribes to this model;
// nothing else analyses. Typing re-analyses after a short pause, reusing unchanged paragraphs; the
// engine runs beside the editor in a worker of its own (host/engine.ts), and each view's update is
// a task of its own, so the host never waits long.
import * as vscode from 'vscode';
import { openDocumentAt } from './documents';
import type { Analysis, NewsdeskConfig } from '../../engine';
import type { AnalyzerResult, ArticleAnalyzer, Engine } from '../host/engine';
import type { ExtensionHost } from '../host/host';
import { Commands, LANGUAGE_ID } from './ids';
import type { NewsdeskOutput } from './output';
import type { SettingsStore } from './settings';
import type { WorkspaceConfigStore } from './workspaceConfig';
import { withEditorSeverity } from './workspaceConfig';

export interface DocumentAnalysis {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly analysis: Analysis;
}

interface Waiter {
  resolve: (result: DocumentAnalysis) => void;
  reject: (error: Error) => void;
}

interface Tracked {
  document: vscode.TextDocument;
  analyzer: ArticleAnalyzer | null;
  /** The shared configuration and the editor's severities the analyzer was made with. */
  madeWith: { config: NewsdeskConfig; severity: string } | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  latest: DocumentAnalysis | undefined;
  waiting: Waiter[];
  /** The result whose views are being updated now, and who waits until they all show it. */
  showing: { result: DocumentAnalysis; waiting: Waiter[] } | undefined;
  /** Bumped on every change, so a slow first analysis knows when it has been overtaken. */
  generation: number;
  /** The analysis running now: its analyzer answers one analysis at a time, so the next waits for it. */
  running: Promise<void> | undefined;
  /** Cancels the analysis running now (an edit overtook it). */
  cancel: (() => void) | undefined;
  /** The document version the analysis running now reads. */
  runningVersion: number | undefined;
}

/**
 * The rest of a view's update, which a listener of `onDidChange` may return: run in a task of its
 * own before the next view's update (and may return a further step).
 */
export type ViewStep = () => ViewStep | void;

export class AnalysisModel implements vscode.Disposable {
  private readonly tracked = new Map<string, Tracked>();
  private readonly subscribers = new Set<(result: DocumentAnalysis) => unknown>();
  private readonly removed = new vscode.EventEmitter<vscode.Uri>();
  /**
   * Fires after each (re-)analysis of an article. Each subscriber runs in a task of its own, so a
   * keystroke never adds up every view's work in one block, and a result overtaken by a newer
   * analysis of the same document is not delivered at all. A listener whose update is long returns
   * its second half as a `ViewStep`.
   */
  readonly onDidChange: vscode.Event<DocumentAnalysis> = (listener, thisArgs?, disposables?) => {
    const subscriber = (result: DocumentAnalysis) => listener.call(thisArgs, result);
    this.subscribers.add(subscriber);
    const subscription = new vscode.Disposable(() => this.subscribers.delete(subscriber));
    disposables?.push(subscription);
    return subscription;
  };
  /** Fires when an article is closed or stops being analysed; views drop what they show for it. */
  readonly onDidRemove = this.removed.event;
  /** For each of the last analyses shown, its document and its longest task on the host's thread (ms): a slice of paragraphs or a step of the assembly, or (from a worker) the reading of one part of the result. For measuring, not for behaviour. */
  readonly analysisDurations: Array<{ uri: string; ms: number }> = [];
  /** How long each view's update after them took (ms): each task (a view's update, or a step it handed back). */
  readonly viewDurations: number[] = [];
  private readonly largeFilesAllowed = new Set<string>();
  private readonly largeFilesNoticed = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.removed, new vscode.Disposable(() => this.subscribers.clear())];

  constructor(private readonly settings: SettingsStore, private readonly configs: WorkspaceConfigStore, private readonly output: NewsdeskOutput, private readonly host: ExtensionHost, private readonly engine: Engine) {
    vscode.workspace.onDidOpenTextDocument((document) => this.consider(document), undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length) this.schedule(event.document, false);
    }, undefined, this.disposables);
    vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri), undefined, this.disposables);
    settings.onDidChange(() => this.refreshAll(), undefined, this.disposables);
    configs.onDidChange(() => this.refreshAll(), undefined, this.disposables);
    this.disposables.push(vscode.commands.registerCommand(Commands.analyzeLargeFile, (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      this.largeFilesAllowed.add(target.toString());
      const document = openDocumentAt(target);
      if (document) this.consider(document);
    }));
    for (const document of vscode.workspace.textDocuments) this.consider(document);
  }

  /** Whether Newsdesk analyses this document (its language is `news` or one the user turned on). */
  isArticle(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    return document.languageId === LANGUAGE_ID || this.settings.value.languages.includes(document.languageId);
  }

  /** The latest analysis of a document, which may be one version behind while typing. */
  get(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.tracked.get(uri.toString())?.latest;
  }

  all(): DocumentAnalysis[] {
    return [...this.tracked.values()].flatMap((entry) => (entry.latest ? [entry.latest] : []));
  }

  /** The analysis of the document's current version, analysing now if a change is pending. */
  whenAnalyzed(document: vscode.TextDocument): Promise<DocumentAnalysis> {
    const entry = this.tracked.get(document.uri.toString());
    if (!entry) {
      this.consider(document);
      const added = this.tracked.get(document.uri.toString());
      if (!added) return Promise.reject(new Error(`Newsdesk does not analyse ${document.uri.fsPath} (language ${document.languageId}).`));
      return this.whenAnalyzed(document);
    }
    // Resolved once every view shows it, so callers see what the views show.
    const latest = entry.latest;
    if (latest && latest.version === document.version) {
      const showing = entry.showing;
      if (showing?.result === latest) return new Promise((resolve, reject) => showing.waiting.push({ resolve, reject }));
      return Promise.resolve(latest);
    }
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      // Not when the analysis running now reads this very version: it answers this waiter too.
      if (entry.timer === undefined && entry.runningVersion !== document.version) this.schedule(document, true);
    });
  }

  private consider(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.isArticle(document)) {
      if (this.tracked.has(key)) this.forget(document.uri);
      return;
    }
    if (!this.tracked.has(key)) {
      this.tracked.set(key, { document, analyzer: null, madeWith: null, timer: undefined, latest: undefined, waiting: [], showing: undefined, generation: 0, running: undefined, cancel: undefined, runningVersion: undefined });
    }
    this.schedule(document, true);
  }

  private schedule(document: vscode.TextDocument, immediately: boolean): void {
    const entry = this.tracked.get(document.uri.toString());
    if (!entry) return;
    entry.document = document;
    entry.generation++;
    entry.cancel?.();
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    const delay = immediately ? 0 : this.settings.value.debounceMs;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.run(entry, entry.generation);
    }, delay);
  }

  private async run(entry: Tracked, generation: number): Promise<void> {
    // One analysis at a time per document: a newer one waits for the one still assembling.
    while (entry.running) await entry.running;
    if (entry.generation !== generation) return; // a newer change has its own run scheduled
    let done = () => {};
    entry.running = new Promise<void>((resolve) => (done = resolve));
    try {
      await this.analyze(entry, generation);
    } finally {
      entry.running = undefined;
      entry.runningVersion = undefined;
      done();
    }
  }

  private async analyze(entry: Tracked, generation: number): Promise<void> {
    const document = entry.document;
    if (document.isClosed) return;
    const key = document.uri.toString();
    // getText() copies the whole document: once per analysis, not once per question.
    const text = document.getText();
    const version = document.version;
    entry.runningVersion = version;
    if (text.length > this.settings.value.maxFileSize && !this.largeFilesAllowed.has(key)) {
      this.noticeLargeFile(document);
      // Whoever waits for this analysis (a hover, a command) hears why it will not come.
      const waiting = entry.waiting;
      entry.waiting = [];
      for (const waiter of waiting) waiter.reject(new Error(`Newsdesk did not analyse ${vscode.workspace.asRelativePath(document.uri)}: it is over newsdesk.maxFileSize.`));
      return;
    }
    // Both stores hand out the same objects until something changes: a new analyzer only then.
    const shared = await this.configs.configFor(document.uri);
    // Forgotten (closed, or no longer an article) or overtaken while the configuration was read.
    if (this.tracked.get(key) !== entry || entry.generation !== generation) return;
    // Any newsdesk.* setting makes a new settings object; only a change of severities needs a new analyzer.
    const severity = this.settings.value.severity;
    const severityKey = JSON.stringify(severity);
    if (!entry.analyzer || entry.madeWith?.config !== shared || entry.madeWith.severity !== severityKey) {
      entry.analyzer?.dispose();
      entry.analyzer = this.engine.analyzer(withEditorSeverity(shared, severity));
      entry.madeWith = { config: shared, severity: severityKey };
    }
    const begun = performance.now();
    // An edit meanwhile cancels this analysis: the newer run, already scheduled, makes its own.
    const cancellation = new vscode.CancellationTokenSource();
    entry.cancel = () => cancellation.cancel();
    let result: AnalyzerResult | undefined;
    try {
      result = await entry.analyzer.analyze(text, cancellation.token);
    } finally {
      entry.cancel = undefined;
      cancellation.dispose();
    }
    if (!result) return;
    const { analysis, assembly, longestHostTaskMs } = result;
    if (this.settings.value.logTimings) {
      this.output.info(`${vscode.workspace.asRelativePath(document.uri)} version ${version}: analysed in ${(performance.now() - begun).toFixed(1)} ms in the ${this.engine.where}, the longest task on the editor's thread ${longestHostTaskMs.toFixed(1)} ms (${assembly} assembly, ${text.length} characters)`);
    }
    if (document.isClosed || entry.generation !== generation) return; // overtaken: the newer run shows its own and answers whoever waits
    this.record(this.analysisDurations, { uri: key, ms: longestHostTaskMs });
    const shown: DocumentAnalysis = { document, version, analysis };
    entry.latest = shown;
    // Whoever waits for this analysis hears of it after every view has taken it in; so does whoever
    // waited for one it overtook while its views were still being updated.
    entry.showing = { result: shown, waiting: [...(entry.showing?.waiting ?? []), ...entry.waiting] };
    entry.waiting = [];
    this.deliver(entry, shown);
  }

  /**
   * Hands a result to the subscribers one at a time, each in a task of its own queued by the one
   * before (in Node, tasks queued together run back to back, as one block), so the editor's own
   * messages come between two views' updates. A result overtaken by a newer one stops there: its
   * waiters were handed to the newer one.
   */
  private deliver(entry: Tracked, result: DocumentAnalysis): void {
    // Each view's update, then any further steps it hands back, in order; a view that unsubscribed
    // meanwhile (disposed) runs none of its steps.
    const queue: Array<{ subscriber: (result: DocumentAnalysis) => unknown; step: () => unknown }> = [...this.subscribers].map((subscriber) => ({ subscriber, step: () => subscriber(result) }));
    const next = () => {
      if (entry.latest !== result) return;
      const item = queue.shift();
      if (!item) {
        const waiting = entry.showing?.result === result ? entry.showing.waiting : [];
        entry.showing = undefined;
        for (const waiter of waiting) waiter.resolve(result);
        return;
      }
      const started = performance.now();
      try {
        const rest = this.subscribers.has(item.subscriber) ? item.step() : undefined;
        if (typeof rest === 'function') queue.unshift({ subscriber: item.subscriber, step: rest as ViewStep });
      } catch (error) {
        // One view's bug must not keep the others (or the waiters) from this result: logged, not thrown.
        this.output.error(`A view failed to show the analysis of ${vscode.workspace.asRelativePath(result.document.uri)}: ${error instanceof Error ? error.message : String(error)}`, error instanceof Error ? error.stack : undefined);
      }
      this.record(this.viewDurations, performance.now() - started);
      this.host.later(next);
    };
    this.host.later(next);
  }

  private record<T>(durations: T[], entry: T): void {
    durations.push(entry);
    if (durations.length > 400) durations.shift();
  }

  private noticeLargeFile(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.largeFilesNoticed.has(key)) return;
    this.largeFilesNoticed.add(key);
    const size = Math.round(document.getText().length / 1000);
    void vscode.window.showInformationMessage(
      `Newsdesk did not analyse ${vscode.workspace.asRelativePath(document.uri)}: it is ${size}k characters, over the newsdesk.maxFileSize limit.`,
      'Analyse anyway',
    ).then((choice) => {
      if (choice) void vscode.commands.executeCommand(Commands.analyzeLargeFile, document.uri);
    });
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.consider(document);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.tracked.get(key);
    if (!entry) return;
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    // A run still on its way stops at its next check, and makes no analyzer of its own.
    entry.generation++;
    entry.cancel?.();
    entry.analyzer?.dispose();
    entry.analyzer = null;
    entry.madeWith = null;
    this.tracked.delete(key);
    this.removed.fire(uri);
  }

  dispose(): void {
    for (const entry of this.tracked.values()) {
      if (entry.timer !== undefined) clearTimeout(entry.timer);
      entry.analyzer?.dispose();
    }
    for (const disposable of this.disposables) disposable.dispose();
  }
}
