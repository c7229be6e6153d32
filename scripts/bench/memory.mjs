// Run by bench.mjs as `node --expose-gc memory.mjs BUNDLE ROOT WORDS`: measures in a fresh process
// what analysing one large document costs and keeps, and prints it as one JSON line.
import { performance } from 'node:perf_hooks';
import { loadEngine } from './engine.mjs';
import { syntheticDocument } from './documents.mjs';
import { countWords } from './stats.mjs';

const [bundle, root, wordsArg] = process.argv.slice(2);
if (typeof globalThis.gc !== 'function') throw new Error('run with --expose-gc');
const { analyze, IncrementalAnalyzer } = loadEngine(bundle);
analyze('Warm up, she said.'); // load the engine and its lexicon before the baseline

const text = syntheticDocument(root, Number(wordsArg));
const settle = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage();
};

const base = settle();
let start = performance.now();
const analysis = analyze(text);
const analyzeMs = performance.now() - start;
const afterAnalyze = settle();

start = performance.now();
const incremental = new IncrementalAnalyzer();
const incrementalResult = incremental.analyze(text);
const incrementalMs = performance.now() - start;
const afterIncremental = settle();

console.log(JSON.stringify({
  words: countWords(text),
  chars: text.length,
  analyzeMs,
  incrementalMs,
  heapBase: base.heapUsed,
  rssBase: base.rss,
  analysisHeap: afterAnalyze.heapUsed - base.heapUsed,
  analyzerHeap: afterIncremental.heapUsed - afterAnalyze.heapUsed,
  rss: afterIncremental.rss,
  maxRss: process.resourceUsage().maxRSS * 1024,
  quotes: analysis.quotes.length,
  actors: analysis.actors.length,
  diagnostics: analysis.diagnostics.length,
  paragraphs: analysis.paragraphs.length,
  // Both stay reachable until here, so the deltas above are what a host that keeps them pays.
  retained: analysis.length + incrementalResult.length + (incremental ? 0 : 1),
}));
