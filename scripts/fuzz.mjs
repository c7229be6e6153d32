// Fuzzes the engine with mutated articles and transcripts: the sample articles and transcripts
// (and PolNeAR articles when the corpus is there) cut, spliced, repeated and sprinkled with quote
// marks, brackets, control characters, lone surrogates and every kind of line end. Each article is
// analysed and checked against the invariants the tests use (offsets in range, texts matching,
// no surrogate split), then verified against a mutated transcript (every result and fix inside its
// quote). Errors the engine swallows count as crashes. Reports crashes, invalid spans and the worst time; exit 1 if any crash or invalid span.
//   node scripts/fuzz.mjs [--seed N] [--count N]   (npm run fuzz builds first; default 5000 of each)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEngine, loadEngine } from './bench/engine.mjs';
import { prng } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const seed = option('--seed', 20261206);
const count = option('--count', 5000);

const engine = loadEngine(await buildEngine(root, {
  name: 'fuzz',
  exports: [
    "export { parseTranscript, TranscriptIndex, verifyQuotes } from './src/engine/transcripts/index.ts';",
    "export { checkInvariants } from './test/support/invariants.ts';",
    "export { catchSwallowed } from './test/support/swallowed.ts';",
  ],
  mainFields: ['module', 'main'],
}));

const articles = readdirSync(join(root, 'fixtures', 'articles')).filter((name) => name.endsWith('.news')).map((name) => readFileSync(join(root, 'fixtures', 'articles', name), 'utf8'));
const polnear = join(root, '..', 'shared', 'corpus', 'polnear', 'dev.jsonl');
if (existsSync(polnear)) {
  for (const line of readFileSync(polnear, 'utf8').split('\n').slice(0, 40)) if (line.trim()) articles.push(JSON.parse(line).text);
}
const transcripts = readdirSync(join(root, 'fixtures', 'transcripts')).map((name) => ({ path: name, text: readFileSync(join(root, 'fixtures', 'transcripts', name), 'utf8') }));

const random = prng(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const NOISE = ['"', '“', '”', '„', '«', '»', "'", '‘', '’', '``', "''", '<!--', '-->', '[', ']', '(', ')', '<v ', '>', '{', '}', ':', 'SPEAKER:', '\n', '\r', '\r\n', '\n\n', '\r\r', '\u2028', '\u0000', '\u001b[31m', '\u0007', '\ud800', '\udc00', '😀', '\u202e', ' said ', ' he said.', ', according to ', 'Transcripts: a.vtt', '00:00:01.000 --> 00:00:02.000', '…', '—', '  ', '\t'];

/** One random edit of `text`: insert noise, delete, duplicate, move, repeat a mark many times, or change line ends. */
function mutate(text) {
  const at = between(0, text.length);
  switch (between(0, 7)) {
    case 0: return text.slice(0, at) + pick(NOISE) + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + between(1, 200)));
    case 2: { const end = Math.min(text.length, at + between(1, 400)); return text.slice(0, end) + text.slice(at, end) + text.slice(end); }
    case 3: { const end = Math.min(text.length, at + between(1, 300)); const piece = text.slice(at, end); const rest = text.slice(0, at) + text.slice(end); const to = between(0, rest.length); return rest.slice(0, to) + piece + rest.slice(to); }
    case 4: return text.slice(0, at) + pick(NOISE).repeat(between(2, 400)) + text.slice(at);
    case 5: return text.replace(/\r?\n/g, pick(['\r', '\r\n', '\n', '\u2028']));
    case 6: return text.slice(0, at) + ' '.repeat(between(1, 50)) + text.slice(at);
    default: return text.slice(0, at) + pick(NOISE) + pick(NOISE) + text.slice(at);
  }
}

function mutated(base) {
  let text = base;
  for (let edits = between(1, 12); edits > 0; edits--) text = mutate(text);
  return text;
}

// Warm up (load compromise, compile), so the worst time is a document's, not the first call's.
for (const article of articles.slice(0, 5)) engine.analyze(article);
for (const transcript of transcripts) engine.parseTranscript(transcript);

let crashes = 0;
let invalid = 0;
let worst = { ms: 0, what: '' };
const failures = [];
const started = performance.now();
for (let index = 0; index < count; index++) {
  const text = mutated(pick(articles));
  const source = pick(transcripts);
  const transcript = { path: source.path, text: mutated(source.text) };
  const t0 = performance.now();
  try {
    // The engine returns an empty analysis on an internal error: count what it swallowed as a crash.
    const { result: analysis, errors } = engine.catchSwallowed(() => engine.analyze(text));
    if (errors.length) throw new Error(`swallowed: ${errors[0]}`);
    const problems = engine.checkInvariants(analysis, text, 5);
    const parsed = engine.parseTranscript(transcript);
    for (const stream of parsed.streams) {
      for (const word of stream.words) if (!(word.start >= 0 && word.end <= transcript.text.length && word.start < word.end)) problems.push(`transcript word [${word.start}, ${word.end}) out of range`);
    }
    const { results, diagnostics } = engine.verifyQuotes(text, analysis, new engine.TranscriptIndex([parsed]), {});
    for (const result of results) if (!(result.start >= 0 && result.end <= text.length && result.start <= result.end)) problems.push(`verification [${result.start}, ${result.end}) out of range`);
    for (const finding of diagnostics) {
      const fix = finding.suggestion;
      if (fix && !(fix.start >= finding.start && fix.end <= finding.end)) problems.push(`fix [${fix.start}, ${fix.end}) outside its quote [${finding.start}, ${finding.end})`);
    }
    if (problems.length) {
      invalid++;
      if (failures.length < 5) failures.push({ index, problems, text: text.slice(0, 300) });
    }
  } catch (error) {
    crashes++;
    if (failures.length < 5) failures.push({ index, problems: [String(error?.stack ?? error)], text: text.slice(0, 300) });
  }
  const ms = performance.now() - t0;
  if (ms > worst.ms) worst = { ms, what: `#${index}: article of ${text.length} characters, transcript ${transcript.path} of ${transcript.text.length}` };
}
const seconds = (performance.now() - started) / 1000;
console.log(`Newsdesk fuzz: seed ${seed}, ${count} mutated articles and ${count} mutated transcripts in ${seconds.toFixed(1)} s`);
console.log(`crashes: ${crashes}   invalid spans: ${invalid}   worst time: ${worst.ms.toFixed(0)} ms (${worst.what})`);
for (const failure of failures) console.log(`\n#${failure.index}: ${failure.problems.join('\n  ')}\n  text: ${JSON.stringify(failure.text)}`);
process.exitCode = crashes || invalid ? 1 : 0;
