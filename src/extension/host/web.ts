// The web-worker extension host (vscode.dev, github.dev): package.json `browser` (dist/web.js).
// No Node here: files only through `workspace.fs` (as everywhere in Newsdesk), no real paths, and
// tasks through a MessageChannel: `setTimeout(0)` is clamped to 4 ms once nested, which would add
// a fifth to every 20 ms slice. scripts/build.mjs fails the build if this bundle reaches any Node
// built-in.
import type * as vscode from 'vscode';
import { activateNewsdesk } from '../extension';
import type { NewsdeskApi } from '../core/features';
import { inThreadEngine } from './engine';
import type { ExtensionHost } from './host';

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
  // A web worker extension host may not start workers of its own: the engine runs in its slices.
  startEngine: () => inThreadEngine(webHost),
};

export function activate(context: vscode.ExtensionContext): NewsdeskApi {
  return activateNewsdesk(context, webHost);
}

export function deactivate(): void {}
