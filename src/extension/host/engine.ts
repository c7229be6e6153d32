// Where the attribution engine runs for the editor: in a worker of its own (workerEngine.ts: a
// worker thread in the Node host, a browser worker in the web-worker host), so that neither its
// work nor the collection of its garbage ever pauses the editor; where no worker can run, in time
// slices of the extension host's own thread (here). Both answer the same questions, so the model
// and the workspace runs do not care which one they have.
import type { Analysis, NewsdeskConfig } from '../../engine';
import { IncrementalAnalyzer } from '../../engine';
import type { ExtensionHost } from './host';
import { runInSlices, SLICE_MS, yieldToEditor } from './host';

/** What an analysis gives back besides the analysis itself. */
export interface AnalyzerResult {
  readonly analysis: Analysis;
  /** How the analysis was assembled (`IncrementalAnalyzer.lastAssembly`), for the timings log. */
  readonly assembly: string;
  /** The longest task the analysis took on the extension host's own thread (ms). */
  readonly longestHostTaskMs: number;
}

/** Cancellation as `vscode.CancellationToken` has it (without importing vscode into a worker). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/**
 * One document's analyzer, for one configuration: the paragraphs it analysed before are reused.
 * One analysis at a time: the caller waits for one before asking the next.
 */
export interface ArticleAnalyzer {
  /** The analysis of `text`; undefined when cancelled before it was done (an edit overtook it). */
  analyze(text: string, cancellation: Cancellation): Promise<AnalyzerResult | undefined>;
  dispose(): void;
}

export interface Engine {
  /** Where analyses run, for the output channel and the tests. */
  readonly where: 'worker thread' | 'extension host thread';
  analyzer(config: NewsdeskConfig): ArticleAnalyzer;
  /**
   * Test-only: every analysis from now on fails with this message (undefined: they work again), as a
   * bug inside the engine would make it, wherever the engine runs.
   */
  injectFailure(message: string | undefined): Promise<void>;
  dispose(): void;
}

const originalRun = Object.getOwnPropertyDescriptor(IncrementalAnalyzer.prototype, 'run');

/** Makes the analyzer's inner step throw `message` (undefined: restores it), for `Engine.injectFailure`. */
export function injectAnalyzerFailure(message: string | undefined): void {
  const prototype = IncrementalAnalyzer.prototype as unknown as { run: unknown };
  if (message === undefined) {
    if (originalRun) Object.defineProperty(IncrementalAnalyzer.prototype, 'run', originalRun);
    return;
  }
  prototype.run = () => {
    throw new Error(message);
  };
}

/** Analyses in time slices of the extension host's thread: its paragraphs, then the assembly. */
class InThreadAnalyzer implements ArticleAnalyzer {
  private readonly analyzer: IncrementalAnalyzer;

  constructor(private readonly host: ExtensionHost, config: NewsdeskConfig) {
    this.analyzer = new IncrementalAnalyzer({ config });
  }

  async analyze(text: string, cancellation: Cancellation): Promise<AnalyzerResult | undefined> {
    let longestHostTaskMs = 0;
    const timed = <T>(work: () => T): T => {
      const started = performance.now();
      const result = work();
      longestHostTaskMs = Math.max(longestHostTaskMs, performance.now() - started);
      return result;
    };
    // New paragraphs a slice at a time, yielding to the editor in between; the last slice may have
    // used the whole budget, so the assembly starts in a task of its own.
    do {
      await yieldToEditor(this.host);
      if (cancellation.isCancellationRequested) return undefined;
    } while (!timed(() => this.analyzer.prepare(text, SLICE_MS)));
    await yieldToEditor(this.host);
    if (cancellation.isCancellationRequested) return undefined;
    // Once begun, the assembly runs to its end (the analyzer must finish what it started).
    const analysis = await runInSlices(this.host, (shouldPause) => this.analyzer.analyzeInSteps(text, shouldPause), (ms) => (longestHostTaskMs = Math.max(longestHostTaskMs, ms)));
    return { analysis, assembly: this.analyzer.lastAssembly ?? 'full', longestHostTaskMs };
  }

  dispose(): void {}
}

/** The engine in the extension host's own thread, in slices: where no worker can run (workerEngine.ts falls back to it). */
export function inThreadEngine(host: ExtensionHost): Engine {
  return {
    where: 'extension host thread',
    analyzer: (config) => new InThreadAnalyzer(host, config),
    injectFailure: async (message) => injectAnalyzerFailure(message),
    dispose: () => {},
  };
}
