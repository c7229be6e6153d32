// Measures the hostile inputs of issue 10: each case's time and peak memory (resident set, in its
// own process, so one case's garbage never counts for the next). Engine cases time the operation
// alone, after the engine is loaded and warmed up; CLI cases time the whole `newsdesk` process.
// Prints a table against the targets (1 s, 300 MB); asserts nothing.
//   node --expose-gc scripts/bench-hostile.mjs [--only NAME]   (npm run bench:hostile builds first)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEngine, loadEngine } from './bench/engine.mjs';
import { printTable } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const TIME_TARGET_MS = 1000;
const MEMORY_TARGET_MB = 300;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

// ---- engine cases: run in a child process each (this file, with --case) ----------------------

/** A distinct capitalised made-up name for each number ("Qaaab"), for a story of many bodies. */
const bodyName = (i) => 'Q' + [...i.toString(26).padStart(4, '0')].map((digit) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(digit, 26)]).join('');

const ENGINE_CASES = {
  'paragraph of 40,000 unclosed “a': (e) => e.analyze('Headline\n\n' + '“a '.repeat(40_000)),
  'paragraph of 80,000 unclosed “a': (e) => e.analyze('Headline\n\n' + '“a '.repeat(80_000)),
  "headline of 40,000 '<!--'": (e) => e.analyze('<!--'.repeat(40_000)),
  "paragraph of 80,000 '<!--'": (e) => e.analyze('Headline\n\n' + '<!--'.repeat(80_000)),
  '2 MB file of unclosed marks (“a, one paragraph)': (e) => e.analyze('Headline\n\n' + '“a '.repeat(699_050)),
  '2 MB of words, no punctuation or line break': (e) => e.analyze(words(2 * 1024 * 1024)),
  'paragraph of 20,000 vague attributions ("Critics say …")': (e) => e.analyze('Headline\n\n' + 'Critics say it is late. '.repeat(20_000)),
  "10,000 '<!-- newsdesk-ignore all -->' comments": (e) => e.analyze('Headline\n\n' + '<!-- newsdesk-ignore all -->\n\n"Hi."\n\n'.repeat(10_000)),
  '10,000 paragraphs of an anonymous and a vague source': (e) => e.analyze('Headline\n\n' + 'An official said it was late. Many people think it is late.\n\n'.repeat(10_000)),
"6,000 bodies ('Qabcd Harbor Board said …')": (e) => e.analyze('Headline\n\n' + Array.from({ length: 6_000 }, (_, i) => `${bodyName(i)} Harbor Board said the fares would rise.\n\n`).join('')),
  'article with CR-only line ends (x200)': (e) => e.analyze(sample().replace(/\r?\n/g, '\r').repeat(200)),
  "transcript line 'SPEAKER: ' + '[a ' x 40,000": (e) => e.parseTranscript({ path: 'notes.txt', text: 'SPEAKER: ' + '[a '.repeat(40_000) }),
  "transcript line 'SPEAKER: ' + '[a ' x 80,000": (e) => e.parseTranscript({ path: 'notes.txt', text: 'SPEAKER: ' + '[a '.repeat(80_000) }),
  "transcript line of 1 MB of '[a '": (e) => e.parseTranscript({ path: 'notes.txt', text: 'SPEAKER: ' + '[a '.repeat(350_000) }),
  "WebVTT cue of 1 MB of unclosed '<v a '": (e) => e.parseTranscript({ path: 'a.vtt', text: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n' + '<v a '.repeat(200_000) }),
  '.newsdesk.json with a 3 MB unknown key': (e) => e.parseConfigText(`{"${'k'.repeat(3 * 1024 * 1024)}": 1}`),
  '.newsdesk.json with __proto__ 200 levels deep': (e) => e.parseConfigText('{"people":[{"name":"A","aliases":[]}],"transcripts":{"a":["b"]},"x":'.repeat(1) + '{"a":'.repeat(200) + '{"__proto__":1}' + '}'.repeat(201)),
  '20 articles, no cueVerbs (baseline)': (e) => {
    for (let i = 0; i < 20; i++) e.analyze(`${sample()}\n\nArticle ${i}.`, { config: {} });
  },
  'first article with 100 cueVerbs (builds the lexicon)': (e) => e.analyze(sample(), { config: { cueVerbs: hundredVerbs() } }),
  '20 more articles with those 100 cueVerbs (lexicon reused)': {
    setup: (e) => e.analyze(sample(), { config: { cueVerbs: hundredVerbs() } }),
    run: (e) => {
      // A new configuration object per article, as each .newsdesk.json read makes: the lists are what count.
      for (let i = 0; i < 20; i++) e.analyze(`${sample()}\n\nArticle ${i}.`, { config: { cueVerbs: hundredVerbs() } });
    },
  },
};

function words(bytes) {
  const list = ['the', 'council', 'said', 'Penwick', 'bridge', 'will', 'close', 'Harbour', 'Mayor', 'on', 'Monday', 'reporters', 'budget', 'vote'];
  let seed = 7;
  const out = [];
  let length = 0;
  while (length < bytes) {
    seed = (seed * 16807) % 2147483647;
    const word = list[seed % list.length];
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ').slice(0, bytes);
}

function hundredVerbs() {
  return Array.from({ length: 100 }, (_, i) => `verb${i}ed`);
}

function sample() {
  return '"We will fix this bridge," Mayor Dana Whitfield said on Monday.\n\nCritics say the plan is late. "It is unsafe," Owen Achterberg told reporters.\n';
}

if (process.argv[2] === '--case') {
  const engine = loadEngine(process.argv[3]);
  engine.analyze(sample()); // load and warm up
  const chosen = ENGINE_CASES[process.argv[4]];
  const { setup, run } = typeof chosen === 'function' ? { run: chosen } : chosen;
  setup?.(engine);
  globalThis.gc?.();
  const started = performance.now();
  run(engine);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

// ---- the run -----------------------------------------------------------------------------------

console.log(`Newsdesk hostile-input bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`Targets: every case under ${TIME_TARGET_MS} ms and ${MEMORY_TARGET_MB} MB peak resident memory.`);
const bundle = await buildEngine(root, {
  name: 'hostile',
  exports: ["export { parseTranscript } from './src/engine/transcripts/index.ts';", "export { parseConfigText } from './src/engine/config.ts';"],
  // Prefer ES module builds: jsonc-parser's UMD build hides its requires from esbuild.
  mainFields: ['module', 'main'],
});

const rows = [];
const record = (name, ms, peakMb, note = '') => {
  const over = ms > TIME_TARGET_MS || peakMb > MEMORY_TARGET_MB;
  rows.push([name, `${Math.round(ms)} ms`, `${Math.round(peakMb)} MB`, over ? 'OVER' : 'ok', note]);
};

for (const name of Object.keys(ENGINE_CASES)) {
  if (only && !name.includes(only)) continue;
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=2048', fileURLToPath(import.meta.url), '--case', bundle, name], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    rows.push([name, 'failed', '', 'FAIL', (result.stderr || `signal ${result.signal}`).split('\n')[0]]);
    continue;
  }
  const { ms, peakMb } = JSON.parse(result.stdout);
  record(name, ms, peakMb, 'engine call');
}

// ---- CLI cases: the whole process, as a CI job runs it ----------------------------------------

const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'newsdesk-hostile-'));
try {
  const desk = join(work, 'desk');
  mkdirSync(join(desk, 'tapes'), { recursive: true });
  const article = (links) => `Bridge Plan\n\n<!-- Transcripts: ${links} -->\n\n"We will fix this bridge," Marchetti said.\n`;
  writeFileSync(join(desk, 'tapes', 'big.vtt'), '');
  truncateSync(join(desk, 'tapes', 'big.vtt'), 200 * 1024 * 1024);
  writeFileSync(join(desk, 'big.news'), article('tapes/big.vtt'));
  writeFileSync(join(desk, 'secret.news'), article('../../../../../etc/passwd.txt, /etc/hostname.txt'));
  writeFileSync(join(desk, 'plain.news'), article('tapes/none.vtt'));
  const fifo = process.platform !== 'win32' && spawnSync('mkfifo', [join(desk, 'fifo.news'), join(desk, 'tapes', 'fifo.vtt')]).status === 0;
  writeFileSync(join(desk, 'devices.news'), article('tapes/fifo.vtt, /dev/zero'));
  writeFileSync(join(desk, 'report.html'), 'old report\n');

  const cliCases = [
    ['newsdesk --version (start-up, for comparison)', ['--version']],
    ['check: a 200 MB linked transcript', ['check', 'big.news']],
    ['check: links to /etc/passwd and ../ outside', ['check', 'secret.news']],
    ['check: links to a FIFO and /dev/zero (allowed outside)', ['check', 'devices.news', '--allow-transcripts-outside']],
    ...(fifo ? [['analyze: a FIFO as the article', ['analyze', 'fifo.news']], ['verify: a FIFO as the article', ['verify', 'fifo.news']]] : []),
    ['analyze /dev/zero', ['analyze', '/dev/zero']],
    ['report --out onto its own input', ['report', 'plain.news', '--out', 'plain.news']],
    ['report --out (atomic write)', ['report', 'plain.news', '--out', 'report.html']],
  ];
  for (const [name, args] of cliCases) {
    if (only && !name.includes(only)) continue;
    const started = performance.now();
    const result = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { cwd: desk, encoding: 'utf8', timeout: 60_000 })
      : spawnSync(process.execPath, [cli, ...args], { cwd: desk, encoding: 'utf8', timeout: 60_000 });
    const ms = performance.now() - started;
    const peakKb = hasTime ? Number(result.stderr.trim().split('\n').pop()) : NaN;
    record(`CLI ${name}`, ms, peakKb / 1024, `exit ${result.status ?? result.signal}`);
  }

  // analyze --jsonl with a line over the 64 MB limit: streamed through a pipe, never held.
  if (!only || 'jsonl'.includes(only)) {
    const started = performance.now();
    const child = spawn(hasTime ? '/usr/bin/time' : process.execPath, hasTime ? ['-f', '%M', process.execPath, cli, 'analyze', '--jsonl', '-'] : [cli, 'analyze', '--jsonl', '-'], { cwd: desk, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const closed = new Promise((resolve) => child.on('close', resolve));
    const block = Buffer.alloc(1024 * 1024, 'x');
    child.stdin.write('{"id":1,"text":"');
    for (let i = 0; i < 80; i++) if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    child.stdin.end('"}\n{"id":2,"text":"A short one."}\n');
    const code = await closed;
    const peakKb = hasTime ? Number(stderr.trim().split('\n').pop()) : NaN;
    record('CLI analyze --jsonl: an 80 MB line, then a short one', performance.now() - started, peakKb / 1024, `exit ${code}; ${/:1: line of 80 MB is over/.test(stderr) ? 'line 1 reported' : 'NOT reported'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

printTable('Hostile inputs (time and peak resident memory of each case)', ['Case', 'Time', 'Peak RSS', 'Target', 'Note'], rows);
try {
  console.log(`\nLoad average while running: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim().split(' ').slice(0, 3).join(' ')}`);
} catch {
  // not Linux
}
