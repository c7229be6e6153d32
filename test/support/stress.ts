// Runs one timed analysis in a worker thread, so that a pathological input that makes the engine
// spin for minutes fails the test at a hard limit instead of blocking the whole suite (synchronous
// code cannot be interrupted by mocha's timeout).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, DiagnosticCode } from '../../src/engine/types';

export interface StressJob {
  text: string;
  options: AnalyzeOptions;
  /** Analysed first and untimed, so loading the engine and its lexicon is not counted. */
  warmup: string;
}

export interface StressResult {
  ms: number;
  /** Internal errors the engine caught and logged (see swallowed.ts). */
  errors: string[];
  problems: string[];
  paragraphs: number;
  quotes: number;
  codes: DiagnosticCode[];
}

/** Resolves with the timing and soundness of `analyze(text)`, or rejects once `hardLimitMs` has passed. */
export function analyzeInWorker(job: StressJob, hardLimitMs: number): Promise<StressResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'stress-worker.js'), { workerData: job });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`analyze() of ${job.text.length} characters did not finish within ${hardLimitMs / 1000} s (stopped)`));
    }, hardLimitMs);
    worker.once('message', (result: StressResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the analysis worker exited with code ${code} before answering`));
    });
  });
}
