// Resolution scoring (src/eval/resolution.ts): the same entity by the corpus README's rule, the
// three rows by how the gold speaker is mentioned, and the resolution file's format.
import { strict as assert } from 'node:assert';
import type { GoldQuote } from '../../src/eval/gold';
import { mentionNames, parseResolutionFile, sameEntity, scoreResolution } from '../../src/eval/resolution';
import type { PredictedQuote } from '../../src/eval/score';

const TEXT = 'Ada Quist runs the port. "We will open," she said. The agency said fees would rise. "No," Quist said.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

function gold(words: string, speaker: string, attributionId: string): GoldQuote {
  const quote = at(words);
  const mention = at(speaker);
  return { ...quote, kind: 'direct', speakerStart: mention.start, speakerEnd: mention.end, cueStart: null, cueEnd: null, attributionId, part: 0 };
}

function predicted(words: string, name: string | null): PredictedQuote {
  return { ...at(words), kind: 'direct', cue: null, speaker: name === null ? null : { actorId: name, name, mention: null } };
}

describe('resolution scoring', () => {
  it('names the same entity by last word or by all of one name\'s words', () => {
    assert.ok(sameEntity('Hillary Clinton', 'Clinton'));
    assert.ok(sameEntity('Clinton campaign', 'Clinton'));
    assert.ok(sameEntity('John G. Roberts Jr.', 'Roberts'), 'a suffix is no surname');
    assert.ok(!sameEntity('Hillary Clinton', 'Donald Trump'));
    assert.ok(mentionNames('Mr. Barrett, the lawyer for the agency,', 'Kevin Barrett'));
    assert.ok(!mentionNames("Scott's niece, Marcia Price", 'Bobby Scott'), 'a possessive does not name its owner');
  });

  it('scores a pronoun by its hand resolution and a proper name by itself, only on found quotes', () => {
    const goldQuotes = [gold('"We will open,"', 'she', 'E1'), gold('fees would rise', 'The agency', 'E2'), gold('"No,"', 'Quist', 'E3')];
    const resolutions = new Map([
      ['E1/0', { id: 'd', attributionId: 'E1', part: 0, speaker: 'she', speakerStart: at('she').start, resolvedName: 'Ada Quist', entityKind: 'person' as const }],
      ['E2/0', { id: 'd', attributionId: 'E2', part: 0, speaker: 'The agency', speakerStart: at('The agency').start, resolvedName: null, entityKind: 'organization' as const }],
    ]);
    const scores = scoreResolution('d', TEXT, goldQuotes, [predicted('"We will open,"', 'Ada Quist'), predicted('"No,"', 'Ada Quist')], resolutions);
    assert.deepEqual(scores.pronoun, { correct: 1, total: 1 });
    assert.deepEqual(scores.name, { correct: 1, total: 1 });
    // An organisation the article never names has no name to get right; an unfound quote is not scored.
    assert.deepEqual(scores.description, { correct: 0, total: 0 });
    const wrong = scoreResolution('d', TEXT, goldQuotes, [predicted('"We will open,"', 'unidentified (she)')], resolutions);
    assert.deepEqual(wrong.pronoun, { correct: 0, total: 1 });
  });

  it('reads resolution files and names their invalid lines', () => {
    const good = JSON.stringify({ id: 'd', attributionId: 'E1', part: 0, speaker: 'she', speakerStart: 3, resolvedName: 'Ada Quist', entityKind: 'person' });
    const { records, errors } = parseResolutionFile([good, '', '{"id": "d"}', 'not json'].join('\n'));
    assert.equal(records.length, 1);
    assert.deepEqual(errors.map((error) => error.line), [3, 4]);
  });
});
