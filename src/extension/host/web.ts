// The web-worker extension host (vscode.dev, github.dev): package.json `browser` (dist/web.js).
// No Node here: files only through `workspace.fs` (as everywhere in Newsdesk), no real paths, and
// tasks through a MessageChannel: `setTimeout(0)` is clamped to 4 ms once nested, which would add
// a fifth to every 20 ms slice. scripts/build.mjs fails the build if this bundle reaches any Node
// built-in.
import * as vscode from 'vscode';
import { activateNewsdesk } from '../extension';
import type { NewsdeskApi } from '../core/features';
import type { FromWorker } from './engineProtocol';
import type { ExtensionHost } from './host';
import type { StartWorker } from './workerEngine';
import { WORKER_SCRIPTS, WorkerEngine } from './workerEngine';

interface WorkerMessagePort {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
}

/** Callbacks run one per message, in order: each in a task of its own, like setImmediate. */
function messageChannelTasks(): (callback: () => void) => void {
  const queue: Array<() => void> = [];
  // The worker's MessageChannel (the project's types are Node's, whose ports have no `onmessage`).
  const channel = new MessageChannel() as unknown as { port1: WorkerMessagePort; port2: WorkerMessagePort };
  channel.port1.onmessage = () => queue.shift()?.();
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(undefined);
  };
}

export const webHost: ExtensionHost = {
  kind: 'web',
  later: messageChannelTasks(),
  debug: false,
  startEngine: (extensionUri, onFailure) => new WorkerEngine(webHost, browserWorker(vscode.Uri.joinPath(extensionUri, 'dist', WORKER_SCRIPTS.web)), onFailure),
};

interface BrowserWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

type BrowserGlobals = {
  Worker?: new (url: string, options: { name: string }) => BrowserWorker;
  Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string; revokeObjectURL(url: string): void };
};

/**
 * The engine's worker as a worker of the browser's. VS Code's web-worker host refuses to start a
 * worker from a remote extension's `vscode-remote:` address (code-server, Codespaces), so the
 * script is read through `workspace.fs` and started from a `blob:` address of this origin. Until
 * it has started, messages wait; a script that cannot be read or run is told as the worker's stop.
 */
function browserWorker(script: vscode.Uri): StartWorker {
  return () => {
    const globals = globalThis as unknown as BrowserGlobals;
    const BrowserWorkerClass = globals.Worker;
    if (!BrowserWorkerClass) throw new Error('this browser cannot start workers here');
    const started = Promise.resolve(vscode.workspace.fs.readFile(script)).then((source) => {
      const url = globals.URL.createObjectURL(new globals.Blob([source], { type: 'text/javascript' }));
      try {
        return new BrowserWorkerClass(url, { name: 'Newsdesk engine' });
      } finally {
        // The worker has its own copy once started.
        setTimeout(() => globals.URL.revokeObjectURL(url), 60_000);
      }
    });
    return {
      post: (message) => void started.then((worker) => worker.postMessage(message), () => {}),
      listen: (onMessage, onStopped) => {
        started.then((worker) => {
          worker.onmessage = (event) => onMessage(event.data as FromWorker);
          worker.onerror = (event) => {
            // Told in the output channel; not also thrown into the extension host.
            event.preventDefault?.();
            onStopped(`failed: ${event.message ?? 'an error without a message'}`);
          };
          worker.onmessageerror = () => onStopped('sent a message that could not be read.');
        }, (error: unknown) => onStopped(`could not be started: ${error instanceof Error ? error.message : String(error)}`));
      },
      // Before it has started too: the worker is then stopped as soon as it exists.
      terminate: () => void started.then((worker) => worker.terminate(), () => {}),
    };
  };
}

export function activate(context: vscode.ExtensionContext): NewsdeskApi {
  return activateNewsdesk(context, webHost);
}

export function deactivate(): void {}
