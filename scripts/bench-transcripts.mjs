// Measures quote checking against a long transcript: a synthetic 3-hour WebVTT file (~27,000
// words, cues of 2-4 s), parsed and indexed once; 50 quotes taken from it (verbatim, one word
// changed, cut with an ellipsis, or not in it) aligned one by one; and the whole article checked
// again after a keystroke, as the editor does. Prints figures; asserts nothing.
//   node --expose-gc scripts/bench-transcripts.mjs [--quick]   (npm run bench:transcripts builds first)
// With --expose-gc, garbage left by other work (the engine's own re-analysis) is collected before
// each measured step, so a figure is the step's own cost.
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEngine, loadEngine } from './bench/engine.mjs';
import { elapsed, ms as millis, printTable, prng, quantile } from './bench/stats.mjs';

const ms = (x) => (x < 1 ? `${x.toFixed(3)} ms` : millis(x));

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 2 : 5;
const QUOTES = 50;
const EDITS = quick ? 20 : 200;
const HOURS = 3;

const engine = loadEngine(await buildEngine(root, { name: 'transcripts', exports: ["export * from './src/engine/transcripts/index.ts';"] }));
const { IncrementalAnalyzer, parseTranscript, TranscriptIndex, verifyQuotes, quoteTokens } = engine;
const collect = () => globalThis.gc?.();

// ---------------------------------------------------------------------------------------------
// A synthetic recording: Zipf-distributed words from a made-up vocabulary, so that common words
// repeat thousands of times (as "the" does) and rare ones a few times.
const random = prng(20260401);
const syllables = ['ba', 'ker', 'lo', 'mi', 'tan', 'dre', 'sul', 'vo', 'ne', 'rit', 'cha', 'pom', 'gle', 'fur', 'sen', 'da', 'wi', 'quo', 'lem', 'tor'];
const vocabulary = Array.from({ length: 6000 }, (_, index) => {
  let word = '';
  let n = index + 7;
  do {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  } while (n > 0);
  return word;
});
const harmonic = vocabulary.reduce((sum, _, index) => sum + 1 / (index + 1), 0);
function zipfWord() {
  let target = random() * harmonic;
  for (let index = 0; index < vocabulary.length; index++) {
    target -= 1 / (index + 1);
    if (target <= 0) return vocabulary[index];
  }
  return vocabulary[vocabulary.length - 1];
}

const totalMs = HOURS * 3600 * 1000;
const words = [];
const cues = [];
for (let time = 0; time < totalMs;) {
  const duration = 2000 + Math.floor(random() * 2000);
  const count = Math.max(3, Math.round((duration / 1000) * 2.5));
  const cueWords = Array.from({ length: count }, zipfWord);
  words.push(...cueWords);
  cues.push({ start: time, end: time + duration, text: cueWords.join(' ') });
  time += duration;
}
const stamp = (value) => {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(value / 3_600_000))}:${pad(Math.floor(value / 60_000) % 60)}:${pad(Math.floor(value / 1000) % 60)}.${pad(value % 1000, 3)}`;
};
const vtt = `WEBVTT\n\n${cues.map((cue) => `${stamp(cue.start)} --> ${stamp(cue.end)}\n${cue.text}\n`).join('\n')}`;

// The article: 50 quotes of 12-40 words from the recording; a quarter each verbatim, with one word
// changed, with an ellipsis cut, and made up.
const quotes = [];
for (let index = 0; index < QUOTES; index++) {
  const length = 12 + Math.floor(random() * 28);
  const at = Math.floor(random() * (words.length - length - 20));
  let quote = words.slice(at, at + length);
  const kind = index % 4;
  if (kind === 1) quote[Math.floor(length / 2)] = 'zebra';
  if (kind === 2) quote = [...words.slice(at, at + 6), '...', ...words.slice(at + 12, at + 12 + length - 6)];
  if (kind === 3) quote = Array.from({ length }, () => vocabulary[5000 + Math.floor(random() * 900)]);
  quotes.push(quote.join(' ').replace(' ...', '...'));
}
const header = '<!-- Transcripts: Smith: recording.vtt -->\n';
const article = `${header}Council Hears Three Hours of Testimony\n\n${quotes.map((quote, index) => `"${quote[0].toUpperCase()}${quote.slice(1)}," Jane Smith said in her ${index + 1}th answer.\n\nThe council listened.`).join('\n\n')}\n`;

console.log(`Newsdesk transcript bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`Transcript: ${HOURS} hours of WebVTT, ${cues.length.toLocaleString('en')} cues of 2-4 s, ${words.length.toLocaleString('en')} words, ${(vtt.length / 1024).toFixed(0)} KiB`);
if (!globalThis.gc) console.log('(run with node --expose-gc for figures without other work\'s garbage collection)');
console.log(`Article: ${QUOTES} direct quotes of 12-40 words (verbatim, one word changed, an ellipsis cut, made up)`);

// (a) Parse and index, once per file version.
const parseTimes = [];
let parsed;
for (let run = 0; run <= RUNS; run++) {
  collect();
  const timed = elapsed(() => parseTranscript({ path: 'recording.vtt', text: vtt, speakers: ['Smith'] }));
  if (run > 0) parseTimes.push(timed.ms);
  parsed = timed.result;
}

// (b) Each quote aligned on its own (a fresh index each time: nothing remembered).
const analysis = new IncrementalAnalyzer().analyze(article);
const direct = analysis.quotes.filter((quote) => quote.kind === 'direct');
const perQuote = [];
for (let run = 0; run < (quick ? 1 : 3); run++) {
  for (const quote of direct) {
    const tokens = quoteTokens(article, quote.start, quote.end).map((token) => token.token);
    const index = new TranscriptIndex([parsed]);
    collect();
    perQuote.push(elapsed(() => index.bestMatch(tokens, index.streams)).ms);
  }
}
const coldIndex = new TranscriptIndex([parsed]);
const cold = elapsed(() => verifyQuotes(article, analysis, coldIndex));
const statuses = {};
for (const result of cold.result.results) statuses[result.status] = (statuses[result.status] ?? 0) + 1;

// (c) After a keystroke: the analysis is redone by the engine (not counted here); checking the
// article again only aligns the quote whose words changed.
const analyzer = new IncrementalAnalyzer();
analyzer.analyze(article);
const warm = new TranscriptIndex([parsed]);
verifyQuotes(article, analyzer.analyze(article), warm);
const outside = [];
const inside = [];
let text = article;
for (let edit = 0; edit < EDITS; edit++) {
  const inQuote = edit % 2 === 1;
  const anchor = inQuote ? text.indexOf('"', Math.floor(random() * text.length * 0.9)) + 3 : text.indexOf('The council listened', Math.floor(random() * text.length * 0.9));
  if (anchor < 3) continue;
  text = `${text.slice(0, anchor)}${inQuote ? 'x' : 'Y'}${text.slice(anchor)}`;
  const edited = analyzer.analyze(text);
  collect();
  (inQuote ? inside : outside).push(elapsed(() => verifyQuotes(text, edited, warm)).ms);
}

printTable('Parse and index (once per transcript version)', ['', 'median', 'p95'], [
  ['3-hour WebVTT, parse + word index', ms(quantile(parseTimes, 0.5)), ms(quantile(parseTimes, 0.95))],
]);
printTable(`Aligning one quote, nothing remembered (${perQuote.length} alignments)`, ['', 'median', 'p95'], [
  ['per quote', ms(quantile(perQuote, 0.5)), ms(quantile(perQuote, 0.95))],
  [`whole article, ${direct.length} quotes, first check`, ms(cold.ms), ''],
]);
console.log(`  outcomes: ${Object.entries(statuses).map(([status, count]) => `${count} ${status}`).join(', ')}`);
printTable(`Checking the whole article again after a keystroke (${outside.length + inside.length} edits)`, ['', 'median', 'p95'], [
  ['edit outside the quotes', ms(quantile(outside, 0.5)), ms(quantile(outside, 0.95))],
  ['edit inside a quote (one quote aligned again)', ms(quantile(inside, 0.5)), ms(quantile(inside, 0.95))],
]);
