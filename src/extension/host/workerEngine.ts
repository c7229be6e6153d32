// The engine in a worker of its own (a worker thread in the Node extension host, a browser worker
// in the web-worker host): the editor's thread only posts the text and reads back the analysis, so
// a long article's work, and the garbage collection it causes, happen beside the editor instead of
// between its keystrokes. The analysis comes back in parts (engineProtocol.ts), read one per task.
// A worker that stops, fails or goes silent is started again: the analysis it was working on shows
// the failure, the requests queued behind it are asked again. After the third stop, or when a
// worker stopped before it said it was ready, analyses go on in slices of the host's own thread
// (engine.ts). The output channel hears of each stop, with the reason.
import type { Analysis, NewsdeskConfig } from '../../engine';
import type { ArticleAnalyzer, AnalyzerResult, Cancellation, Engine } from './engine';
import { inThreadEngine } from './engine';
import type { FromWorker, ToWorker } from './engineProtocol';
import { readAnalysisInSteps } from './engineProtocol';
import type { ExtensionHost } from './host';
import { yieldToEditor } from './host';

/** A worker the host's platform started (node.ts: a worker thread; web.ts: a browser worker). */
export interface WorkerHandle {
  post(message: ToWorker): void;
  /** Hears the worker's messages and, should it stop, why ("stopped (exit code 1)."). */
  listen(onMessage: (message: FromWorker) => void, onStopped: (reason: string, detail?: string) => void): void;
  terminate(): void;
}

/** Starts a worker running engineService.ts; throws if the platform cannot. */
export type StartWorker = () => WorkerHandle;

/** The worker scripts beside the extension's bundles (all in dist/). */
export const WORKER_SCRIPTS = { node: 'engine-worker.js', web: 'web-engine-worker.js' } as const;

/** How many times a worker that stopped is started again before the host's own thread takes over. */
export const WORKER_RESTARTS = 2;

/**
 * How long a worker may go without a word while requests wait for it: the longest analysis of a
 * hostile 2 MB article takes about 2 s on this project's 2-core machine, so a worker silent this
 * long is stuck (an endless loop on some input), and is stopped like one that crashed.
 */
export const WORKER_SILENCE_MS = 60_000;

interface Pending {
  /** What was asked: the analysis in progress when a worker dies is the oldest one asked. */
  readonly kind: ToWorker['kind'];
  settle(answer: Answer): void;
}

/**
 * How a request ended: the worker's answer; 'crashed' when its worker stopped while working on it
 * (it is not asked again: it may be what stopped the worker); 'orphaned' when its worker stopped
 * before it began (asked again); 'unsent' when there is no worker to ask.
 */
type Answer = Exclude<FromWorker, { kind: 'ready' }> | { kind: 'crashed'; reason: string } | 'orphaned' | 'unsent';

export class WorkerEngine implements Engine {
  private worker: WorkerHandle | undefined;
  /** Counts the workers started, so an analyzer knows whether the current one has its configuration. */
  private workerNumber = 0;
  private stops = 0;
  /** Whether the worker running now has said it is ready: one that never did is not started again. */
  private ready = false;
  /** Stops a worker that has been silent too long while requests wait (see WORKER_SILENCE_MS). */
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** Set when workers are given up: every analysis from then on runs in the host's thread. */
  private fallback: Engine | undefined;
  private disposed = false;
  private readonly pending = new Map<number, Pending>();
  private nextRequest = 1;
  private nextAnalyzer = 1;
  private injectedFailure: string | undefined;

  constructor(
    readonly host: ExtensionHost,
    private readonly startWorker: StartWorker,
    private readonly onFailure: (message: string, detail?: string) => void,
    private readonly silenceMs = WORKER_SILENCE_MS,
  ) {}

  get where(): Engine['where'] {
    return this.fallback ? this.fallback.where : 'worker thread';
  }

  analyzer(config: NewsdeskConfig): ArticleAnalyzer {
    return new WorkerAnalyzer(this, this.nextAnalyzer++, config);
  }

  async injectFailure(message: string | undefined): Promise<void> {
    if (this.fallback) {
      this.injectedFailure = message;
      return this.fallback.injectFailure(message);
    }
    // Set after the request is sent: a worker started for it hears of it from the request alone.
    const answered = this.request((request) => ({ kind: 'inject-failure', request, message }));
    this.injectedFailure = message;
    await answered;
  }

  /** Test-only: stops the worker the way a crash would. */
  terminateWorker(): void {
    const worker = this.worker;
    // A browser tells no one that a worker was terminated; a Node worker's exit, later, is then ignored.
    if (worker) this.stopped(worker, 'Newsdesk\'s analysis worker was stopped.');
  }

  /** The in-thread engine, once workers are given up (undefined while they are used). */
  get fallbackEngine(): Engine | undefined {
    return this.fallback;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Posts a request and resolves with how it ended. `make` hears the request's id and which worker it goes to. */
  request(make: (request: number, workerNumber: number) => ToWorker): Promise<Answer> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve('unsent');
    const request = this.nextRequest++;
    const message = make(request, this.workerNumber);
    return new Promise((resolve) => {
      this.pending.set(request, {
        kind: message.kind,
        settle: (answer) => {
          this.pending.delete(request);
          if (!this.pending.size) this.quiet();
          resolve(answer);
        },
      });
      if (this.pending.size === 1) this.listening();
      worker.post(message);
    });
  }

  post(message: ToWorker): void {
    this.worker?.post(message);
  }

  /** Whether `workerNumber` is the worker running now. */
  isCurrent(workerNumber: number): boolean {
    return !!this.worker && workerNumber === this.workerNumber;
  }

  private ensureWorker(): WorkerHandle | undefined {
    if (this.fallback || this.disposed) return undefined;
    if (this.worker) return this.worker;
    let worker: WorkerHandle;
    try {
      worker = this.startWorker();
    } catch (error) {
      this.stopped(undefined, `Newsdesk could not start its analysis worker: ${error instanceof Error ? error.message : String(error)}`);
      return this.ensureWorker();
    }
    worker.listen(
      (message) => {
        if (worker !== this.worker) return; // a stopped worker's last words
        if (this.pending.size) this.listening();
        if (message.kind === 'ready') this.ready = true;
        else this.pending.get(message.request)?.settle(message);
      },
      (reason, detail) => this.stopped(worker, `Newsdesk's analysis worker ${reason}`, detail),
    );
    this.worker = worker;
    this.workerNumber++;
    this.ready = false;
    if (this.injectedFailure !== undefined) worker.post({ kind: 'inject-failure', request: 0, message: this.injectedFailure });
    return worker;
  }

  /** (Re)starts the watchdog: the worker has `silenceMs` to say something. */
  private listening(): void {
    this.quiet();
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      if (this.worker && this.pending.size) this.stopped(this.worker, `Newsdesk's analysis worker did not answer for ${(this.silenceMs / 1000).toFixed(this.silenceMs < 1000 ? 1 : 0)} s.`);
    }, this.silenceMs);
  }

  private quiet(): void {
    if (this.watchdog !== undefined) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  /** The worker running now failed in its own code: it is stopped like one that crashed. */
  workerFailed(message: string, detail?: string): void {
    this.stopped(this.worker, message, detail);
  }

  /**
   * A worker stopped, failed or hung (or, `worker` undefined, could not start): start another, or
   * give up on workers. The analysis it was working on is answered as crashed; the requests queued
   * behind it are asked again.
   */
  private stopped(worker: WorkerHandle | undefined, message: string, detail?: string): void {
    if (this.disposed || this.fallback || (worker && worker !== this.worker)) return; // already handled
    worker?.terminate();
    this.worker = undefined;
    this.quiet();
    this.stops++;
    // A worker that never got ready will not the next time either (a missing script, a host that allows none).
    if (this.stops > WORKER_RESTARTS || !worker || !this.ready) {
      this.fallback = inThreadEngine(this.host);
      void this.fallback.injectFailure(this.injectedFailure);
      this.onFailure(`${message} Analysing in the extension host's own thread from now on.`, detail);
    } else {
      this.onFailure(`${message} Starting it again.`, detail);
    }
    const waiting = [...this.pending.entries()].sort(([a], [b]) => a - b);
    const inProgress = worker && this.ready ? waiting.find(([, pending]) => pending.kind === 'analyze') : undefined;
    for (const [request, pending] of waiting) pending.settle(request === inProgress?.[0] ? { kind: 'crashed', reason: message } : 'orphaned');
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = undefined;
    this.quiet();
    for (const pending of [...this.pending.values()]) pending.settle('orphaned');
  }
}

/** An empty analysis that carries the engine's failure, as the engine itself makes one. */
function failedAnalysis(text: string, message: string, stack?: string): Analysis {
  return { length: text.length, paragraphs: [], quotes: [], actors: [], diagnostics: [], internalError: { message, stack } };
}

class WorkerAnalyzer implements ArticleAnalyzer {
  /** The worker that has this analyzer's configuration (0: none yet). */
  private introducedTo = 0;
  /** Where this document is analysed once workers are given up. */
  private inThread: ArticleAnalyzer | undefined;

  constructor(private readonly engine: WorkerEngine, private readonly id: number, private readonly config: NewsdeskConfig) {}

  async analyze(text: string, cancellation: Cancellation): Promise<AnalyzerResult | undefined> {
    for (;;) {
      if (cancellation.isCancellationRequested || this.engine.isDisposed) return undefined;
      let cancel: { dispose(): void } | undefined;
      const answer = await this.engine.request((request, workerNumber) => {
        cancel = cancellation.onCancellationRequested(() => this.engine.post({ kind: 'cancel', request }));
        // A new worker knows nothing of this document: it gets the configuration, and starts afresh.
        const config = this.introducedTo === workerNumber ? undefined : this.config;
        this.introducedTo = workerNumber;
        return { kind: 'analyze', analyzer: this.id, request, text, config };
      });
      cancel?.dispose();
      switch (answer) {
        case 'orphaned':
          continue; // asked again, of the next worker or in the host's thread
        case 'unsent':
          return this.analyzeInThread(text, cancellation);
      }
      switch (answer.kind) {
        case 'analysed':
          return this.read(answer.parts, cancellation);
        case 'crashed':
          // Not asked again (it may be what stopped the worker): shown as the engine's failure on this text.
          return { analysis: failedAnalysis(text, `the analysis worker stopped while analysing this text (${answer.reason})`), assembly: 'full', longestHostTaskMs: 0 };
        case 'failed':
          // A bug in the worker's own code: that worker is not trusted again, and this analysis shows the failure.
          this.engine.workerFailed(`Newsdesk's analysis worker failed: ${answer.message}`, answer.stack);
          return { analysis: failedAnalysis(text, answer.message, answer.stack), assembly: 'full', longestHostTaskMs: 0 };
        default:
          return undefined; // cancelled
      }
    }
  }

  /** The analysis from its parts, one part per task of the host; undefined if cancelled meanwhile. */
  private async read(parts: readonly string[], cancellation: Cancellation): Promise<AnalyzerResult | undefined> {
    let longestHostTaskMs = 0;
    const steps = readAnalysisInSteps(parts);
    for (;;) {
      const started = performance.now();
      const step = steps.next();
      longestHostTaskMs = Math.max(longestHostTaskMs, performance.now() - started);
      if (step.done) return { ...step.value, longestHostTaskMs };
      await yieldToEditor(this.engine.host);
      if (cancellation.isCancellationRequested) return undefined;
    }
  }

  private analyzeInThread(text: string, cancellation: Cancellation): Promise<AnalyzerResult | undefined> {
    const engine = this.engine.fallbackEngine;
    if (!engine) return Promise.resolve(undefined);
    this.inThread ??= engine.analyzer(this.config);
    return this.inThread.analyze(text, cancellation);
  }

  dispose(): void {
    if (this.engine.isCurrent(this.introducedTo)) this.engine.post({ kind: 'dispose', analyzer: this.id });
    this.inThread?.dispose();
  }
}
