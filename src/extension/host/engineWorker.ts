// The engine worker's script in the Node extension host (dist/engine-worker.js), a worker thread
// started by node.ts through workerEngine.ts; the service itself is engineService.ts.
import { parentPort } from 'node:worker_threads';
import type { ToWorker } from './engineProtocol';
import { serveEngine } from './engineService';

const port = parentPort;
if (!port) throw new Error('engine-worker.js runs only as a worker thread of the Newsdesk extension.');

serveEngine({
  post: (message) => port.postMessage(message),
  listen: (handler) => port.on('message', (message: ToWorker) => handler(message)),
  nextTurn: () => new Promise((resolve) => setImmediate(resolve)),
});
