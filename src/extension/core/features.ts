// What every editor feature gets: the one analysis model, settings, the newsroom configuration and
// the output channel.
import type * as vscode from 'vscode';
import type { Engine } from '../host/engine';
import type { ExtensionHost } from '../host/host';
import type { FailureReports } from './failures';
import type { AnalysisModel } from './model';
import type { NewsdeskOutput } from './output';
import type { ReportPanel } from '../report/reportPanel';
import type { SettingsStore } from './settings';
import type { TranscriptsFeature } from '../transcripts/transcripts';
import type { WorkspaceConfigStore } from './workspaceConfig';

export interface FeatureDeps {
  readonly context: vscode.ExtensionContext;
  readonly model: AnalysisModel;
  readonly settings: SettingsStore;
  readonly configs: WorkspaceConfigStore;
  /** The Newsdesk output channel: internal errors, and timings when `newsdesk.logTimings` is on. */
  readonly output: NewsdeskOutput;
  /** What differs between the Node and the web-worker extension host: scheduling, real paths. */
  readonly host: ExtensionHost;
  /** The attribution engine, where the host runs it (a worker thread, or slices of the host's thread). */
  readonly engine: Engine;
}

/** The API that `activate()` returns: what tests (and other extensions) can look at. */
export interface NewsdeskApi {
  /** How long `activate()` took (ms). */
  readonly activationMs: number;
  readonly model: AnalysisModel;
  /** Ranges painted in an editor, by kind: `speaker:<actorId>`, `unattributed`, `mention`, `cue`. */
  decorationRanges(editor: vscode.TextEditor): Map<string, vscode.Range[]>;
  /** The Sources tree's data, as the view shows it. */
  readonly actorsTree: vscode.TreeDataProvider<unknown>;
  /** The status bar summary of the active article ("$(person) 6 sources · 2 gaps"), or undefined while hidden. */
  statusBarText(): string | undefined;
  /** The open sources report panels (article and folder), for what they last drew. */
  reportPanels(): { article: ReportPanel | undefined; workspace: ReportPanel | undefined };
  /** Quotes checked against linked transcripts: results, the notes after quotes, and a wait for the current version. */
  readonly transcripts: TranscriptsFeature;
  /** The output channel (its recent lines) and how many internal-error notices the session showed. */
  readonly output: NewsdeskOutput;
  readonly failures: FailureReports;
  /** Where the engine runs, and (test-only) a way to make it fail the way a bug would. */
  readonly engine: Pick<Engine, 'where' | 'injectFailure'>;
  /** Which extension host runs Newsdesk: 'node' (package.json `main`) or 'web' (`browser`, a web worker). */
  readonly host: ExtensionHost['kind'];
}
