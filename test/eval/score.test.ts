// Scoring predicted quotes against gold quotes, on small hand-made texts.
import { strict as assert } from 'node:assert';
import type { QuoteKind, Span, Speaker } from '../../src/engine/types';
import type { GoldKind, GoldQuote } from '../../src/eval/gold';
import type { PredictedQuote } from '../../src/eval/score';
import { aggregateScores, emptyScores, formatScoreTable, matchGreedily, ratios, scoreDocument, stripSpan } from '../../src/eval/score';

/** The [start, end) of the first occurrence of `part` in `text` (after `from`). */
function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is not in the text`);
  return { start, end: start + part.length };
}

function span(text: string, part: string, from = 0): Span {
  return { ...spanOf(text, part, from), text: part };
}

function gold(text: string, part: string, kind: GoldKind, extra: { speaker?: string; cue?: string; optional?: boolean } = {}): GoldQuote {
  const speaker = extra.speaker ? spanOf(text, extra.speaker) : null;
  const cue = extra.cue ? spanOf(text, extra.cue) : null;
  const quote: GoldQuote = {
    ...spanOf(text, part),
    kind,
    speakerStart: speaker?.start ?? null,
    speakerEnd: speaker?.end ?? null,
    cueStart: cue?.start ?? null,
    cueEnd: cue?.end ?? null,
  };
  if (extra.optional) quote.optional = true;
  return quote;
}

function predicted(text: string, part: string, kind: QuoteKind, extra: { speaker?: Speaker | null; cue?: string } = {}): PredictedQuote {
  return { ...spanOf(text, part), kind, speaker: extra.speaker ?? null, cue: extra.cue ? span(text, extra.cue) : null };
}

function speakerAt(text: string, mention: string): Speaker {
  return { actorId: 'a', name: mention, mention: span(text, mention) };
}

const TEXT = '"We will win," Smith said. Jones said the plan would fail. "It is over."';

describe('stripSpan', () => {
  it('strips quotation marks, edge punctuation and white space from both ends', () => {
    const text = ' “Yes, we can,” ';
    assert.deepEqual(stripSpan(text, 0, text.length), spanOf(text, 'Yes, we can'));
  });

  it("strips the NYT's doubled apostrophes", () => {
    const text = "''what products would you pick?''";
    assert.deepEqual(stripSpan(text, 0, text.length), spanOf(text, 'what products would you pick'));
  });

  it('keeps a span that is nothing but punctuation', () => {
    assert.deepEqual(stripSpan('a "..." b', 2, 7), { start: 2, end: 7 });
  });
});

describe('matchGreedily', () => {
  const anyOverlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

  it('pairs one to one, the largest overlap first', () => {
    // Both predictions overlap gold 0; the larger overlap wins it, and the other takes gold 1.
    const pairs = matchGreedily(
      [{ start: 0, end: 10 }, { start: 8, end: 20 }],
      [{ start: 5, end: 12 }, { start: 0, end: 9 }],
      anyOverlap,
    );
    assert.deepEqual(pairs, [[0, 1], [1, 0]]);
  });

  it('leaves a prediction unmatched once its gold quote is taken', () => {
    const pairs = matchGreedily([{ start: 0, end: 10 }], [{ start: 0, end: 10 }, { start: 1, end: 9 }], anyOverlap);
    assert.deepEqual(pairs, [[0, 0]]);
  });
});

describe('scoreDocument', () => {
  it('matches exactly when only quotation marks and punctuation differ', () => {
    const scores = scoreDocument(TEXT, [gold(TEXT, '"We will win,"', 'direct')], [predicted(TEXT, 'We will win', 'direct')]);
    assert.deepEqual(scores.attributionExact, { truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    assert.deepEqual(scores.direct, { truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('matches softly when the overlap covers at least half of both spans', () => {
    const text = 'He said that the plan would fail badly in the end.';
    const goldQuote = gold(text, 'the plan would fail badly', 'indirect');
    const scores = scoreDocument(text, [goldQuote], [predicted(text, 'the plan would fail badly in the end', 'indirect')]);
    assert.equal(scores.attribution.truePositives, 1);
    assert.equal(scores.attributionExact.truePositives, 0);
    assert.deepEqual(scores.attributionExact, { truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('does not match when the overlap covers less than half of the prediction', () => {
    const text = 'He said that the plan would fail, and then he went on for a very long time about other things.';
    const scores = scoreDocument(
      text,
      [gold(text, 'the plan would fail', 'indirect')],
      [predicted(text, 'the plan would fail, and then he went on for a very long time about other things', 'indirect')],
    );
    assert.deepEqual(scores.attribution, { truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('counts a predicted partial quote as direct where the gold labels partial quotes, and a mixed quote never', () => {
    const text = 'She called the report "disinformation" and said it was "a lie from start to finish."';
    const labelled = [gold(text, '"disinformation"', 'partial'), gold(text, '"a lie from start to finish."', 'direct')];
    const prediction = [predicted(text, '"disinformation"', 'partial'), predicted(text, 'it was "a lie from start to finish."', 'mixed')];
    assert.deepEqual(scoreDocument(text, labelled, prediction).direct, { truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    // The mixed prediction still matches softly when kinds are ignored.
    assert.equal(scoreDocument(text, labelled, prediction).attribution.truePositives, 2);
  });

  it('leaves predicted partial quotes out of the direct score where the gold has no partial label (PolNeAR)', () => {
    const text = 'She called the report "disinformation" and said it was "a lie from start to finish."';
    const unlabelled = [gold(text, '"disinformation"', 'direct'), gold(text, '"a lie from start to finish."', 'direct')];
    const scores = scoreDocument(text, unlabelled, [predicted(text, '"disinformation"', 'partial')]);
    assert.deepEqual(scores.direct, { truePositives: 0, falsePositives: 0, falseNegatives: 2 });
    assert.equal(scores.attribution.truePositives, 1);
  });

  it('counts gold partial and headline quotes as direct', () => {
    const text = 'Unprovoked. She said it was "illegal".';
    const scores = scoreDocument(
      text,
      [gold(text, 'Unprovoked.', 'headline'), gold(text, '"illegal"', 'partial')],
      [predicted(text, '"illegal"', 'direct')],
    );
    assert.deepEqual(scores.direct, { truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    assert.deepEqual(scores.foundByGoldKind.direct, { correct: 1, total: 2 });
  });

  it('neither rewards nor punishes matches with optional gold quotes', () => {
    const text = 'Officials believe the talks will fail. "We are ready," Smith said.';
    const goldQuotes = [gold(text, 'the talks will fail', 'indirect', { optional: true }), gold(text, '"We are ready,"', 'direct')];
    const found = scoreDocument(text, goldQuotes, [predicted(text, 'the talks will fail', 'indirect'), predicted(text, '"We are ready,"', 'direct')]);
    assert.deepEqual(found.attribution, { truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    const missed = scoreDocument(text, goldQuotes, [predicted(text, '"We are ready,"', 'direct')]);
    assert.deepEqual(missed.attribution, { truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    assert.equal(found.foundByGoldKind.indirect.total, 0);
  });

  it('judges the speaker by overlap with the gold mention, using carriedFrom for a carried-over speaker', () => {
    const goldQuotes = [
      gold(TEXT, '"We will win,"', 'direct', { speaker: 'Smith', cue: 'said' }),
      gold(TEXT, 'the plan would fail', 'indirect', { speaker: 'Jones', cue: 'said the' }),
      // A continued quote: PolNeAR gives it the earlier mention.
      gold(TEXT, '"It is over."', 'direct', { speaker: 'Jones' }),
    ];
    const jones = speakerAt(TEXT, 'Jones');
    const scores = scoreDocument(TEXT, goldQuotes, [
      predicted(TEXT, '"We will win,"', 'direct', { speaker: speakerAt(TEXT, 'Smith said'), cue: 'said' }),
      predicted(TEXT, 'the plan would fail', 'indirect', { speaker: speakerAt(TEXT, 'Smith'), cue: 'Jones said' }),
      predicted(TEXT, '"It is over."', 'direct', { speaker: { actorId: 'j', name: 'Jones', mention: null, carriedFrom: jones.mention! } }),
    ]);
    assert.deepEqual(scores.speaker, { correct: 2, total: 3 });
    assert.deepEqual(scores.speakerDirect, { correct: 2, total: 2 });
    // The second cue prediction "Jones said" overlaps the gold cue "said".
    assert.deepEqual(scores.cue, { correct: 2, total: 2 });
    assert.deepEqual(scores.cueDirect, { correct: 1, total: 1 });
  });

  it('counts a missing predicted speaker as wrong, and skips gold quotes without a speaker span', () => {
    const goldQuotes = [gold(TEXT, '"We will win,"', 'direct', { speaker: 'Smith' }), gold(TEXT, '"It is over."', 'direct')];
    const scores = scoreDocument(TEXT, goldQuotes, [predicted(TEXT, '"We will win,"', 'direct'), predicted(TEXT, '"It is over."', 'direct')]);
    assert.deepEqual(scores.speaker, { correct: 0, total: 1 });
    assert.deepEqual(scores.cue, { correct: 0, total: 0 });
  });

  it('scores an empty prediction as all misses', () => {
    const scores = scoreDocument(TEXT, [gold(TEXT, '"We will win,"', 'direct'), gold(TEXT, 'the plan would fail', 'indirect')], []);
    assert.deepEqual(scores.attribution, { truePositives: 0, falsePositives: 0, falseNegatives: 2 });
    assert.deepEqual(ratios(scores.attribution), { precision: null, recall: 0, f1: null });
  });
});

describe('aggregateScores', () => {
  it('adds document counts (micro-average)', () => {
    const first = scoreDocument(TEXT, [gold(TEXT, '"We will win,"', 'direct')], [predicted(TEXT, '"We will win,"', 'direct')]);
    const second = scoreDocument(TEXT, [gold(TEXT, 'the plan would fail', 'indirect')], [predicted(TEXT, '"It is over."', 'direct')]);
    const total = aggregateScores([first, second]);
    assert.equal(total.documents, 2);
    assert.deepEqual(total.attribution, { truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    assert.deepEqual(total.direct, { truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    assert.deepEqual(total.foundByGoldKind, { direct: { correct: 1, total: 1 }, mixed: { correct: 0, total: 0 }, indirect: { correct: 0, total: 1 } });
    assert.deepEqual(aggregateScores([]), emptyScores());
  });
});

describe('ratios', () => {
  it('computes precision, recall and F1', () => {
    const { precision, recall, f1 } = ratios({ truePositives: 3, falsePositives: 1, falseNegatives: 3 });
    assert.equal(precision, 0.75);
    assert.equal(recall, 0.5);
    assert.equal(f1, 0.6);
  });

  it('gives F1 0, not NaN, when nothing predicted is right', () => {
    assert.deepEqual(ratios({ truePositives: 0, falsePositives: 2, falseNegatives: 2 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('formatScoreTable', () => {
  it('prints one row per metric, with counts, and n/a where nothing was counted', () => {
    const scores = scoreDocument(TEXT, [gold(TEXT, '"We will win,"', 'direct', { speaker: 'Smith' })], [predicted(TEXT, '"We will win,"', 'direct')]);
    const table = formatScoreTable(scores);
    assert.match(table, /^1 document: 1 gold quote \(1 direct, 0 mixed, 0 indirect\), 1 predicted$/m);
    assert.match(table, /^direct \(soft\) +100\.0% +100\.0% +100\.0% +1 +1 +1$/m);
    assert.match(table, /^all kinds \(exact\) +100\.0% +100\.0% +100\.0% +1 +1 +1$/m);
    assert.match(table, /^speaker, all kinds +0\.0% +0 +1$/m);
    assert.match(table, /^cue, all kinds +n\/a +0 +0$/m);
    assert.match(table, /^mixed +n\/a +0 +0$/m);
    for (const line of table.split('\n')) assert.equal(line, line.trimEnd());
  });
});
