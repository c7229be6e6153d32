// The engine worker's script in the web-worker extension host (dist/web-engine-worker.js, a
// classic script): a worker of the browser's, started by web.ts through workerEngine.ts; the
// service itself is engineService.ts. scripts/build.mjs fails the build if it reaches any Node
// built-in.
import type { ToWorker } from './engineProtocol';
import { serveEngine } from './engineService';

interface BrowserPort {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

// The worker's own scope and a MessageChannel (the project's types are Node's, which know neither).
const scope = globalThis as unknown as BrowserPort;
const channel = new MessageChannel() as unknown as { port1: BrowserPort; port2: BrowserPort };

/** Turns of the worker's event loop, one message each: `setTimeout(0)` is clamped to 4 ms once nested. */
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

serveEngine({
  post: (message) => scope.postMessage(message),
  listen: (handler) => {
    scope.onmessage = (event) => handler(event.data as ToWorker);
  },
  nextTurn: () => new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(undefined);
  }),
});
