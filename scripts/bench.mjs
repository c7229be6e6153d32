// Measures the engine: full analysis against compromise's own parse, re-analysis after one-character
// edits, and the memory a large analysed document keeps. Prints figures; asserts nothing.
//   node scripts/bench.mjs [--quick]   (npm run bench builds first)
import nlp from 'compromise';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEngine, loadEngine } from './bench/engine.mjs';
import { distinctParagraphs, polnearDev, syntheticDocument } from './bench/documents.mjs';
import { countWords, elapsed, int, mb, medianTime, ms, printTable, prng, quantile } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const EDITS = quick ? 15 : 200;
// Edits before measuring: the first few after the full analysis run code the JIT has not optimised yet.
const WARM_UP_EDITS = quick ? 0 : 20;
const LARGE_WORDS = 50_000;
const MEMORY_WORDS = quick ? 50_000 : 200_000;

console.log(`Newsdesk engine bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`Timings are medians of ${RUNS} run(s) after one warm-up run${quick ? ' (--quick)' : ''}.`);

const bundle = await buildEngine(root);
const { analyze, IncrementalAnalyzer } = loadEngine(bundle);

// (a) Full analysis against compromise's parse of the same text.
const documents = [];
const polnear = polnearDev(root);
if (polnear.missing) console.log(`\nPolNeAR dev split: left out (${polnear.missing})`);
else documents.push({ name: `PolNeAR dev (${polnear.documents} docs joined)`, text: polnear.text });
const large = syntheticDocument(root, LARGE_WORDS);
documents.push({ name: `synthetic ${int(LARGE_WORDS)} words`, text: large });

const fullRows = [];
for (const { name, text } of documents) {
  const engineMs = medianTime(() => analyze(text), RUNS);
  const nlpMs = medianTime(() => nlp(text), RUNS);
  const { distinct, total } = distinctParagraphs(text);
  fullRows.push([name, int(countWords(text)), int(text.length), `${int(distinct)} / ${int(total)}`, ms(engineMs), ms(nlpMs), `${(engineMs / nlpMs).toFixed(2)}×`]);
}
printTable('(a) Full analysis', ['document', 'words', 'chars', 'distinct paragraphs', 'engine analyze()', 'compromise nlp()', 'engine / nlp'], fullRows);

// (b) One-character edits (typing, then backspace) in random body paragraphs of the large document.
const next = prng(42);
const incremental = new IncrementalAnalyzer();
const first = elapsed(() => incremental.analyze(large)).ms;
let text = large;
const editTimes = [];
let inserted = null;
for (let i = 0; i < EDITS + WARM_UP_EDITS; i++) {
  if (inserted === null) {
    // Pick a paragraph of more than one line's worth of words, then a place inside it.
    const paragraphs = [...text.matchAll(/[^\n]{80,}/g)];
    const p = paragraphs[Math.floor(next() * paragraphs.length)];
    const at = p.index + 1 + Math.floor(next() * (p[0].length - 1));
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    inserted = at;
  } else {
    text = text.slice(0, inserted) + text.slice(inserted + 1);
    inserted = null;
  }
  const { ms: editMs } = elapsed(() => incremental.analyze(text));
  if (i >= WARM_UP_EDITS) editTimes.push(editMs);
}
printTable(
  `(b) IncrementalAnalyzer on the ${int(LARGE_WORDS)}-word document, ${EDITS} one-character edits in random paragraphs (after ${WARM_UP_EDITS} unmeasured)`,
  ['first analysis', 'edit median', 'edit p95', 'edit max', 'full analysis / edit median'],
  [[ms(first), ms(quantile(editTimes, 0.5)), ms(quantile(editTimes, 0.95)), ms(Math.max(...editTimes)), `${(first / quantile(editTimes, 0.5)).toFixed(0)}×`]],
);

// (c) Memory, in a fresh process with --expose-gc so that gc() settles the heap before each reading.
try {
  const out = execFileSync(process.execPath, ['--expose-gc', join(root, 'scripts', 'bench', 'memory.mjs'), bundle, root, String(MEMORY_WORDS)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const m = JSON.parse(out.trim().split('\n').pop());
  printTable(
    `(c) Memory for one ${int(m.words)}-word document (${int(m.chars)} chars; ${int(m.paragraphs)} paragraphs, ${int(m.quotes)} quotes, ${int(m.actors)} actors, ${int(m.diagnostics)} diagnostics)`,
    ['what is kept', 'heap used delta', 'time'],
    [
      ['the Analysis from analyze()', mb(m.analysisHeap), ms(m.analyzeMs)],
      ['an IncrementalAnalyzer and its result', mb(m.analyzerHeap), ms(m.incrementalMs)],
    ],
  );
  console.log(`process: heap before ${mb(m.heapBase)}, RSS before ${mb(m.rssBase)}, RSS after ${mb(m.rss)}, peak RSS ${mb(m.maxRss)}`);
} catch (error) {
  console.log(`\n(c) Memory: failed: ${error.stderr?.trim() || error.message}`);
  process.exitCode = 1;
}
