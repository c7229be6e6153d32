// What differs between the Node extension host (desktop VS Code, code-server, Codespaces) and the
// web-worker extension host (vscode.dev, github.dev): the one seam. Every feature is shared and
// gets the host through FeatureDeps; node.ts and web.ts are the two entry points (package.json
// `main` and `browser`), each passing its own host to activateNewsdesk().
import type * as vscode from 'vscode';
import type { Engine } from './engine';

export interface ExtensionHost {
  /** 'node' or 'web', for the output channel and the tests. */
  readonly kind: 'node' | 'web';
  /**
   * Runs `callback` in a task of its own, after the events already queued (keystrokes, the
   * workbench's messages): how long work is cut into slices that never block the editor for long.
   */
  later(callback: () => void): void;
  /**
   * The path of a `file:` URI with its symbolic links resolved, where the host can tell (Node);
   * undefined where it cannot (the web worker has no real file system): transcript containment
   * is then checked on the path as written.
   */
  readonly realPath?: (uri: vscode.Uri) => Promise<string>;
  /** Internal errors that are otherwise only counted go to the console too (NEWSDESK_DEBUG; Node only). */
  readonly debug: boolean;
  /**
   * Starts the attribution engine for the editor (engine.ts) in a worker of its own, whose script
   * is in the extension's dist/ folder (workerEngine.ts). `onFailure` hears why, should the worker
   * stop.
   */
  startEngine(extensionUri: vscode.Uri, onFailure: (message: string, detail?: string) => void): Engine;
}

/** A promise resolved in a later task (see `later`): `await yieldToEditor(host)` between slices. */
export function yieldToEditor(host: ExtensionHost): Promise<void> {
  return new Promise((resolve) => host.later(resolve));
}

/**
 * Time slice for long work in the extension host (analysing and assembling an article, parsing a
 * transcript): a step ends at the first pause after it, so a slice plus one step stays well inside
 * the 50 ms an editor can wait for one task.
 */
export const SLICE_MS = 15;

/**
 * Runs work made of steps (a generator that pauses whenever its `shouldPause` says the slice is used
 * up) one slice per task, yielding to the editor between slices, and returns its result. `onSlice`
 * hears how long each slice took.
 */
export async function runInSlices<T>(host: ExtensionHost, start: (shouldPause: () => boolean) => Generator<void, T, void>, onSlice?: (ms: number) => void): Promise<T> {
  let sliceEnd = 0;
  const steps = start(() => performance.now() > sliceEnd);
  for (;;) {
    const started = performance.now();
    sliceEnd = started + SLICE_MS;
    const step = steps.next();
    onSlice?.(performance.now() - started);
    if (step.done) return step.value;
    await yieldToEditor(host);
  }
}
