// The extension's settings as one typed object, read once and again only when `newsdesk.*` changes
// or the workspace is trusted (the transcript settings depend on it).
import * as vscode from 'vscode';
import type { DiagnosticCode, SeveritySetting } from '../../engine';
import type { TranscriptReads } from '../logic/transcriptReads';
import { transcriptReads } from '../logic/transcriptReads';

export interface NewsdeskSettings {
  /** Languages analysed besides `news` ("markdown", "plaintext"). */
  languages: string[];
  /** Per-code severities; they override `.newsdesk.json` in the editor. */
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** Milliseconds of quiet typing before re-analysis. */
  debounceMs: number;
  decorations: boolean;
  /** Files larger than this (in characters) get a notice instead of automatic analysis. */
  maxFileSize: number;
  statusBar: boolean;
  /** Log how long each analysis takes to the Newsdesk output channel. */
  logTimings: boolean;
  /** Which linked transcripts may be read (`newsdesk.transcripts.*` and workspace trust). */
  transcripts: TranscriptReads;
}

const SECTION = 'newsdesk';

export function readSettings(): NewsdeskSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    languages: config.get<string[]>('languages', []).filter((id) => typeof id === 'string'),
    severity: config.get<Partial<Record<DiagnosticCode, SeveritySetting>>>('severity', {}),
    debounceMs: clamp(config.get<number>('debounceMs', 250), 0, 5000),
    decorations: config.get<boolean>('decorations.enabled', true),
    maxFileSize: Math.max(10_000, config.get<number>('maxFileSize', 2_000_000)),
    statusBar: config.get<boolean>('statusBar.enabled', true),
    logTimings: config.get<boolean>('logTimings', false),
    transcripts: transcriptReads({
      maxFileSizeMB: config.get<unknown>('transcripts.maxFileSizeMB'),
      allowOutsideWorkspace: config.get<unknown>('transcripts.allowOutsideWorkspace'),
    }, vscode.workspace.isTrusted),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}

/** Holds the current settings and tells subscribers when they change, without a reload. */
export class SettingsStore implements vscode.Disposable {
  private current = readSettings();
  private readonly emitter = new vscode.EventEmitter<NewsdeskSettings>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const reread = () => {
      this.current = readSettings();
      this.emitter.fire(this.current);
    };
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) reread();
      }),
      // Trust granted: the workspace's transcript settings apply from now on, and linked files may be read.
      vscode.workspace.onDidGrantWorkspaceTrust(reread),
    );
  }

  get value(): NewsdeskSettings {
    return this.current;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.emitter.dispose();
  }
}
