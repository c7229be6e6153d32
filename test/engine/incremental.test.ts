// Re-analysis after an edit assembles again only around the changed paragraphs, from what the last
// assembly recorded, or reads the article again from just before the edit, with the registry taken
// back to how it was there. Whatever the edit, the result must be exactly what a fresh analysis gives.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { analyze, IncrementalAnalyzer } from '../../src/engine';
import type { AnalyzeOptions } from '../../src/engine';
import { fixtureArticle, fixtureConfig } from '../support/fixtures';

function runs(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED;
  return seed ? { numRuns, seed: Number(seed), path: process.env.FC_PATH } : { numRuns };
}

const article = fixtureArticle('harbour-bridge-closure');
const brief = fixtureArticle('clean-brief');
const config = fixtureConfig();
/** A longer article (over 60 paragraphs): the sample twice, the second time with other people, and the brief between. */
const long = [
  article,
  brief,
  article.replace(/Marchetti/g, 'Okonkwo').replace(/Delia/g, 'Greta').replace(/Penwick/g, 'Hollis').replace(/Achterberg/g, 'Drummond'),
].join('\n\n');

/** Edits that add or remove quotes, names, pronouns, cues, paragraph breaks and running quotations. */
const PIECES = [
  'x', 'e', ' ', '.', ',', ':', '"', '“', '”', '«', '\n', '\n\n', '\n\n“', '“\n\n', 'he said', ' she said.', ', he said. “',
  ' Marchetti', 'Mayor ', 'Harold Penwick ', ' Okonkwo', 'Ms. ', 'The official said ', 'they', ' according to the city',
  '“We will wait,” Penwick said.', '“We will wait,', ' told reporters', ' claimed', 'Critics say ', 'A source said ',
  '<!-- newsdesk-ignore all -->\n', 'By Nora Lindqvist\n\n',
];

type Edit =
  | { op: 'insert'; where: number; piece: string }
  | { op: 'delete'; where: number; length: number }
  | { op: 'deleteLine'; where: number }
  | { op: 'atParagraph'; where: number; piece: string };

const where = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ minLength: 1, maxLength: 3 }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('insert' as const), where, piece }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), where, length: fc.integer({ min: 1, max: 12 }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('deleteLine' as const), where }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('atParagraph' as const), where, piece }), weight: 2 },
);
/** Where edits land: anywhere, or near the start or the end of the article. */
const placement = fc.constantFrom<(x: number) => number>((x) => x, (x) => x * 0.05, (x) => 0.95 + x * 0.05);

function applyEdit(text: string, e: Edit, place: (x: number) => number): string {
  const at = Math.min(text.length, Math.floor(place(e.where) * (text.length + 1)));
  switch (e.op) {
    case 'insert':
      return text.slice(0, at) + e.piece + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'deleteLine': {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      return text.slice(0, start) + (end === -1 ? '' : text.slice(end + 1));
    }
    case 'atParagraph': {
      // At the start or the end of a paragraph: where quotations open, close and run on.
      const breaks = [...text.matchAll(/\n\n/g)].map((m) => m.index);
      if (breaks.length === 0) return e.piece + text;
      const b = breaks[Math.floor(place(e.where) * breaks.length)];
      const offset = e.where < 0.5 ? b : b + 2;
      return text.slice(0, offset) + e.piece + text.slice(offset);
    }
  }
}

describe('IncrementalAnalyzer assembles again only around an edit', function () {
  this.timeout(120_000);
  let partial = 0;
  let resumed = 0;
  let total = 0;

  /** Every intermediate result equals a fresh analysis of the same text. */
  const sameAsFreshAfterEach = (start: string, edits: Edit[], place: (x: number) => number, options: AnalyzeOptions) => {
    const incremental = new IncrementalAnalyzer(options);
    incremental.analyze(start);
    let text = start;
    for (const e of edits) {
      text = applyEdit(text, e, place);
      const result = incremental.analyze(text);
      total++;
      if (incremental.lastAssembly === 'partial') partial++;
      if (incremental.lastAssembly === 'resumed') resumed++;
      assert.deepStrictEqual(result, analyze(text, options), `after ${JSON.stringify(e)}`);
    }
  };

  it('equals a fresh analysis after each of a series of edits to a long article', () => {
    const edits = fc.array(edit, { minLength: 1, maxLength: 10 });
    fc.assert(fc.property(edits, placement, fc.constantFrom<AnalyzeOptions>({}, { config }), (e, place, o) => sameAsFreshAfterEach(long, e, place, o)), runs(40));
  });

  it('equals a fresh analysis after edits to the short sample articles', () => {
    const edits = fc.array(edit, { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(fc.constantFrom(article, brief), edits, placement, (text, e, place) => sameAsFreshAfterEach(text, e, place, { config })), runs(30));
  });

  it('equals a fresh analysis while a word is typed and deleted letter by letter in every paragraph', () => {
    const incremental = new IncrementalAnalyzer({ config });
    const text = long;
    incremental.analyze(text);
    const starts = [...long.matchAll(/\n\n/g)].map((m) => m.index + 2);
    let typed = 0;
    for (const start of starts) {
      const at = start + 15;
      if (at >= text.length) continue;
      for (const next of [text.slice(0, at) + 'q' + text.slice(at), text.slice(0, at) + 'qu' + text.slice(at), text.slice(0, at) + 'q' + text.slice(at), text]) {
        const result = incremental.analyze(next);
        total++;
        typed++;
        if (incremental.lastAssembly === 'partial') partial++;
        if (incremental.lastAssembly === 'resumed') resumed++;
        assert.deepStrictEqual(result, analyze(next, { config }), `typing at ${at}`);
      }
    }
    assert.ok(typed > 100);
  });

  /** Runs an analysis as the editor does, a paragraph at a time: prepared with no time budget, assembled pausing after every paragraph. */
  const inSlices = (analyzer: IncrementalAnalyzer, text: string): { result: ReturnType<typeof analyze>; pauses: number } => {
    let slices = 0;
    while (!analyzer.prepare(text, 0)) slices++;
    const steps = analyzer.analyzeInSteps(text, () => true);
    let pauses = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return { result: step.value, pauses: pauses + slices };
      pauses++;
    }
  };

  it('equals a fresh analysis when prepared and assembled in slices, after each of a series of edits', () => {
    const edits = fc.array(edit, { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(edits, placement, fc.constantFrom<AnalyzeOptions>({}, { config }), (list, place, options) => {
      const incremental = new IncrementalAnalyzer(options);
      let text = long;
      const first = inSlices(incremental, text);
      assert.deepStrictEqual(first.result, analyze(text, options), 'the first analysis');
      assert.ok(first.pauses > 60, `${first.pauses} pauses: at every paragraph`);
      for (const e of list) {
        text = applyEdit(text, e, place);
        const { result } = inSlices(incremental, text);
        total++;
        if (incremental.lastAssembly === 'partial') partial++;
        if (incremental.lastAssembly === 'resumed') resumed++;
        assert.deepStrictEqual(result, analyze(text, options), `after ${JSON.stringify(e)}`);
      }
    }), runs(25));
  });

  it('stays sound when an assembly in slices is dropped half-way and the text changes', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 2, maxLength: 6 }), placement, fc.nat({ max: 200 }), (list, place, stopAfter) => {
      const incremental = new IncrementalAnalyzer({ config });
      let text = long;
      incremental.analyze(text);
      for (const [i, e] of list.entries()) {
        text = applyEdit(text, e, place);
        if (i % 2 === 0) {
          // An editor that gives up on this version (closed, or a newer one came) and never resumes it.
          const steps = incremental.analyzeInSteps(text, () => true);
          for (let k = 0; k <= stopAfter && !steps.next().done; k++);
        } else {
          assert.deepStrictEqual(incremental.analyze(text), analyze(text, { config }), `after ${JSON.stringify(e)}`);
        }
      }
      assert.deepStrictEqual(inSlices(incremental, text).result, analyze(text, { config }));
    }), runs(15));
  });

  it('takes the short way for most of those edits, and reads on from before the edit for others', () => {
    // Not a correctness property, but the point of the machinery: it must not silently fall back,
    // and the properties above must have exercised both ways.
    assert.ok(total > 0 && partial / total > 0.4, `${partial} of ${total} edits assembled only around the edit`);
    assert.ok(resumed > 0, `${resumed} of ${total} edits read on from before the edit`);
  });
});
