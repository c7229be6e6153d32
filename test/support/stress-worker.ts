// Worker entry for analyzeInWorker (stress.ts): analyse once untimed, once timed, check soundness.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../../src/engine';
import { checkInvariants } from './invariants';
import { catchSwallowed } from './swallowed';
import type { StressJob, StressResult } from './stress';

const { text, options, warmup } = workerData as StressJob;
analyze(warmup, options);
const started = performance.now();
const { result: analysis, errors } = catchSwallowed(() => analyze(text, options));
const ms = performance.now() - started;
const result: StressResult = {
  ms,
  errors,
  problems: checkInvariants(analysis, text),
  paragraphs: analysis.paragraphs.length,
  quotes: analysis.quotes.length,
  codes: analysis.diagnostics.map((d) => d.code),
};
if (!parentPort) throw new Error('stress-worker.js runs only as a worker thread');
parentPort.postMessage(result);
