// The engine worker's side of engineProtocol.ts, the same in both kinds of worker (a Node worker
// thread, engineWorker.ts; a browser worker, webEngineWorker.ts). It keeps one IncrementalAnalyzer
// per document and answers one request at a time, in order. Paragraphs are analysed in slices with
// a turn of the worker's event loop between them, so a cancellation (the document changed again)
// is heard before the work is done.
import { IncrementalAnalyzer } from '../../engine';
import { injectAnalyzerFailure } from './engine';
import type { FromWorker, ToWorker } from './engineProtocol';
import { writeAnalysis } from './engineProtocol';

/** How long the worker analyses paragraphs before it looks for a cancellation. */
const SLICE_MS = 50;

/** How a worker talks to the host that started it. */
export interface WorkerEndpoint {
  post(message: FromWorker): void;
  listen(handler: (message: ToWorker) => void): void;
  /** Resolves in a later turn of the worker's event loop, after messages already waiting. */
  nextTurn(): Promise<void>;
}

export function serveEngine(endpoint: WorkerEndpoint): void {
  const analyzers = new Map<number, IncrementalAnalyzer>();
  /** Requests cancelled before they were done; ids grow in the order requests come. */
  const cancelled = new Set<number>();
  let lastFinished = 0;
  let queue = Promise.resolve();

  async function analyze(message: Extract<ToWorker, { kind: 'analyze' }>): Promise<void> {
    const { request, text } = message;
    // A turn first, so that a cancellation already on its way is heard before any work.
    await endpoint.nextTurn();
    if (message.config) analyzers.set(message.analyzer, new IncrementalAnalyzer({ config: message.config }));
    const analyzer = analyzers.get(message.analyzer);
    if (!analyzer) throw new Error(`no analyzer ${message.analyzer} (disposed, or its configuration never came)`);
    while (!cancelled.has(request) && !analyzer.prepare(text, SLICE_MS)) await endpoint.nextTurn();
    if (cancelled.has(request)) return endpoint.post({ kind: 'cancelled', request });
    endpoint.post({ kind: 'analysed', request, parts: writeAnalysis(analyzer.analyze(text), analyzer.lastAssembly ?? 'full') });
  }

  endpoint.listen((message) => {
    switch (message.kind) {
      case 'analyze':
        // One request at a time, in the order they came; a failure is told, never swallowed.
        queue = queue.then(() => analyze(message)).catch((error: unknown) => {
          endpoint.post({ kind: 'failed', request: message.request, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
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
          endpoint.post({ kind: 'done', request: message.request });
        });
        break;
    }
  });
  endpoint.post({ kind: 'ready' });
}
