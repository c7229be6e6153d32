// The project's reference article (../shared/corpus/articles) against its hand-made gold annotation:
// every non-optional quote with the right speaker, no listener as a speaker, the vague sourcing
// flagged and no quote reported as unattributed.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import { corpusFile, itSkippedWithoutCorpus } from '../support/corpus';
import { checkAgainstGold, loadGold } from '../support/gold';
import type { Gold } from '../support/gold';

const goldPath = corpusFile('articles', 'us-allies-warn-china.gold.json');

describe('reference article (us-allies-warn-china)', function () {
  if (!goldPath) {
    itSkippedWithoutCorpus('matches its gold annotation', 'articles', 'us-allies-warn-china.gold.json');
    return;
  }
  let gold: Gold;
  let analysis: Analysis;
  let problems: string[];

  before(() => {
    gold = loadGold(goldPath);
    analysis = analyze(gold.text);
    problems = checkAgainstGold(analysis, gold);
  });

  const none = (kind: string, what: string) => () => {
    const mine = problems.filter((p) => p.startsWith(`${kind}:`));
    if (mine.length) assert.fail(`${mine.length} ${what}:\n  ${mine.join('\n  ')}`);
  };

  it('finds every non-optional quote with the right speaker name', none('quote', 'quote problem(s)'));
  it('never makes a listener or bystander (notSpeakers) a speaker', none('not-speaker', 'wrong speaker(s)'));
  it('reports the required vague-attribution finding', none('diagnostic', 'missing finding(s)'));
  it('reports no unattributed-quote (or other forbidden finding)', none('forbidden', 'forbidden finding(s)'));

  it('gives each real speaker one actor holding all their direct quotes', () => {
    for (const speaker of gold.speakers.filter((s) => (s.directQuotes ?? 0) > 0)) {
      const actor = analysis.actors.find((a) => a.name === speaker.name);
      assert.ok(actor, `no actor named ${speaker.name}; actors: ${analysis.actors.map((a) => a.name).join(', ')}`);
      const direct = analysis.quotes.filter((q) => q.kind === 'direct' && q.speaker?.actorId === actor.id).length;
      assert.equal(direct, speaker.directQuotes, `${speaker.name}: ${direct} direct quotes, expected ${speaker.directQuotes}`);
    }
  });

  it('resolves the pronoun and title speakers to the person they refer to', () => {
    const byMention = (text: string) => analysis.quotes.filter((q) => q.speaker?.mention?.text === text).map((q) => q.speaker!.name);
    assert.ok(byMention('he').includes('James Cleverly'), `"he told Sky News" should be James Cleverly; got ${byMention('he').join(', ')}`);
    assert.ok(byMention('He').includes('James Cleverly'), `"He told presenter Nick Ferrari" should be James Cleverly; got ${byMention('He').join(', ')}`);
    assert.ok(byMention('Truss').every((name) => name === 'Liz Truss'), 'the surname "Truss" should resolve to Liz Truss');
  });
});
