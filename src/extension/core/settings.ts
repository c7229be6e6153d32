// The extension's settings as one typed object, read once and again only when `newsdesk.*` changes.
import * as vscode from 'vscode';
import type { DiagnosticCode, SeveritySetting } from '../../engine';

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
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.current = readSettings();
      this.emitter.fire(this.current);
    });
  }

  get value(): NewsdeskSettings {
    return this.current;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
