// The analysis worker's script (dist/engine-worker.js), started by workerEngine.ts in the Node
// extension host. It keeps one IncrementalAnalyzer per document and answers one request at a time,
// in order. Paragraphs are analysed in slices with a turn of the event loop between them, so a
// cancellation (the document changed again) is heard before the work is done.
import { parentPort } from 'node:worker_threads';
import { IncrementalAnalyzer } from '../../engine';
import { injectAnalyzerFailure } from './engine';
import type { FromWorker, ToWorker } from './engineProtocol';
import { writeAnalysis } from './engineProtocol';

/** How long the worker analyses paragraphs before it looks for a cancellation. */
const SLICE_MS = 50;

const port = parentPort;
if (!port) throw new Error('engine-worker.js runs only as a worker thread of the Newsdesk extension.');

const analyzers = new Map<number, IncrementalAnalyzer>();
/** Requests cancelled before they were done; ids grow in the order requests come. */
const cancelled = new Set<number>();
let lastFinished = 0;
let queue = Promise.resolve();

const reply = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function analyze(message: Extract<ToWorker, { kind: 'analyze' }>): Promise<void> {
  const { request, text } = message;
  // A turn first, so that a cancellation already on its way is heard before any work.
  await nextTurn();
  if (message.config) analyzers.set(message.analyzer, new IncrementalAnalyzer({ config: message.config }));
  const analyzer = analyzers.get(message.analyzer);
  if (!analyzer) throw new Error(`no analyzer ${message.analyzer} (disposed, or its configuration never came)`);
  while (!cancelled.has(request) && !analyzer.prepare(text, SLICE_MS)) await nextTurn();
  if (cancelled.delete(request)) return reply({ kind: 'cancelled', request });
  const parts = writeAnalysis(analyzer.analyze(text), analyzer.lastAssembly ?? 'full');
  reply({ kind: 'analysed', request, parts }, parts.map((part) => part.buffer as ArrayBuffer));
}

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'analyze':
      // One request at a time, in the order they came; a failure is told, never swallowed.
      queue = queue.then(() => analyze(message)).catch((error: unknown) => {
        reply({ kind: 'failed', request: message.request, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
      }).finally(() => {
        cancelled.delete(message.request);
        lastFinished = message.request;
      });
      break;
    case 'cancel':
      // A cancellation that crossed its answer on the way is dropped.
      if (message.request > lastFinished) cancelled.add(message.request);
      break;
    case 'dispose':
      queue = queue.then(() => void analyzers.delete(message.analyzer));
      break;
    case 'inject-failure':
      queue = queue.then(() => {
        injectAnalyzerFailure(message.message);
        reply({ kind: 'done', request: message.request });
      });
      break;
  }
});
