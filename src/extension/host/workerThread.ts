// The engine's worker in the Node extension host: a worker thread running dist/engine-worker.js
// (engineWorker.ts). No vscode import, so plain mocha tests start it too.
import { Worker } from 'node:worker_threads';
import type { StartWorker } from './workerEngine';

/** The engine's worker as a Node worker thread. */
export function workerThread(script: string): StartWorker {
  return () => {
    const worker = new Worker(script, { name: 'Newsdesk engine' });
    // The worker must never keep the extension host alive on its way out.
    worker.unref();
    return {
      post: (message) => worker.postMessage(message),
      listen: (onMessage, onStopped) => {
        worker.on('message', onMessage);
        worker.on('error', (error) => onStopped(`failed: ${error.message}`, error.stack));
        worker.on('exit', (code) => onStopped(`stopped (exit code ${code}).`));
        worker.on('messageerror', (error) => onStopped(`sent a message that could not be read: ${error.message}`));
      },
      terminate: () => void worker.terminate(),
    };
  };
}
