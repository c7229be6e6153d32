// The Node extension host: package.json `main` (dist/extension.js). Tasks are `setImmediate`, one per turn;
// real paths come from Node's file system; the engine runs in a worker thread (dist/engine-worker.js).
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { activateNewsdesk } from '../extension';
import type { NewsdeskApi } from '../core/features';
import type { ExtensionHost } from './host';
import { WORKER_SCRIPTS, WorkerEngine } from './workerEngine';
import { workerThread } from './workerThread';

/**
 * Newsdesk's tasks, one per turn of the event loop. Callbacks queued with `setImmediate` before a turn's
 * check phase all run in it, back to back: two chains of work (an analysis's slices and a result's
 * views) would make one block of both. One queue, one `setImmediate` at a time, keeps them apart.
 */
function oneTaskPerTurn(): (callback: () => void) => void {
  const queue: Array<() => void> = [];
  const runOne = () => {
    const callback = queue.shift()!;
    if (queue.length) setImmediate(runOne);
    callback();
  };
  return (callback) => {
    queue.push(callback);
    if (queue.length === 1) setImmediate(runOne);
  };
}

export const nodeHost: ExtensionHost = {
  kind: 'node',
  later: oneTaskPerTurn(),
  realPath: async (uri) => vscode.Uri.file(await realpath(uri.fsPath)).path,
  debug: !!process.env.NEWSDESK_DEBUG,
  startEngine: (extensionUri, onFailure) => new WorkerEngine(nodeHost, workerThread(vscode.Uri.joinPath(extensionUri, 'dist', WORKER_SCRIPTS.node).fsPath), onFailure),
};

export function activate(context: vscode.ExtensionContext): NewsdeskApi {
  return activateNewsdesk(context, nodeHost);
}

export function deactivate(): void {}
