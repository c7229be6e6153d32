// The entity layer: what a name stands for (entities.ts), checked rule by rule on each rule's own
// example, and the person nouns and organisation descriptions that resolution relies on.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { ENTITY_RULES, isPersonNoun, organizationFits } from '../../src/engine/entities';
import { phraseEndingAt } from '../../src/engine/mentions';
import { scanQuotes, tokenize } from '../../src/engine/segment';

/** Types the [bracketed] name of a sentence the way the engine types a name it meets. */
function typeOf(example: string): { entity?: string; rule?: string } {
  const open = example.indexOf('[');
  const close = example.indexOf(']');
  const sentence = example.replace(/[[\]]/g, '');
  const end = close - 1;
  const tokens = tokenize(sentence, scanQuotes(sentence).regions);
  const last = tokens.findIndex((token) => token.start < end && token.end >= end);
  assert.ok(last >= 0, `no token ends the name in ${JSON.stringify(example)}`);
  const mention = phraseEndingAt(tokens, last, 0, sentence);
  assert.ok(mention, `no phrase for ${JSON.stringify(example)}`);
  assert.ok(mention.start <= open + 1, `the phrase ${JSON.stringify(mention.text)} misses the name`);
  return { entity: mention.entity, rule: mention.entityRule };
}

describe('entity types', () => {
  it('lists every rule once', () => {
    const ids = ENTITY_RULES.map((rule) => rule.id);
    assert.deepEqual([...new Set(ids)], ids);
  });

  for (const rule of ENTITY_RULES) {
    it(`${rule.id}: ${rule.example}`, () => {
      assert.deepEqual(typeOf(rule.example), { entity: rule.type, rule: rule.id });
    });
  }

  it('keeps one capitalised word mid-sentence a name even when it is also a word', () => {
    assert.notEqual(typeOf('Yesterday [Ban] recalled the summit.').entity, 'thing');
    assert.notEqual(typeOf('Later [Brown] said no.').entity, 'thing');
  });

  it('types a place the lexicon knows only as two words as a place, at a sentence\'s start too', () => {
    assert.equal(typeOf('[New York] said the rule was unfair.').entity, 'place');
    assert.deepEqual(typeOf('[New Zealand] said the rule was unfair.'), { entity: 'place', rule: 'place-name' });
    assert.deepEqual(typeOf('Officials met in [South Africa] on Monday.'), { entity: 'place', rule: 'place-name' });
  });

  it('types a name that ends in a company word which is also a title word as an organisation', () => {
    assert.deepEqual(typeOf('The plant belongs to [Larkspur Valley Health] now.'), { entity: 'organization', rule: 'organization-word' });
    assert.deepEqual(typeOf('Shares of [Quillon Technology] fell.'), { entity: 'organization', rule: 'organization-word' });
  });

  it('gives a title before a possessive to nobody after it', () => {
    assert.notEqual(typeOf("He spoke of the president's [Pacific] roots.").entity, 'person');
  });
});

describe('person nouns and organisation descriptions', () => {
  it('tells nouns for people from other nouns', () => {
    for (const noun of ['actress', 'neurosurgeon', 'mayor', 'strategist', 'congresswoman', 'farmer', 'spokeswoman']) assert.ok(isPersonNoun(noun), noun);
    for (const noun of ['course', 'plan', 'move', 'report', 'policy', 'government']) assert.ok(!isPersonNoun(noun), noun);
  });

  it('fits organisations to the descriptions that can mean them', () => {
    assert.ok(organizationFits('Washington Post', 'newspaper'));
    assert.ok(organizationFits('Russia Today', 'network'));
    assert.ok(organizationFits('Harbour Savings Bank', 'bank'));
    assert.ok(organizationFits('Ellis Shipping', 'company'));
    assert.ok(!organizationFits('Washington Post', 'bank'));
    assert.ok(!organizationFits('Port Ellis Teachers Union', 'newspaper'));
    assert.ok(organizationFits('Larch River Power', 'utility'));
  });

  /** The actor who speaks the quote that begins with `words`, by its exact name. */
  const speakerOf = (text: string, words: string) => {
    const analysis = analyze(text);
    const quote = analysis.quotes.find((q) => q.text.startsWith(words));
    return quote?.speaker?.name;
  };

  it('names a body whose name has a title word before its "of" whole, and knows it by that word', () => {
    const text = 'The National Association of County Clerks said the counts were late. The association said it would ask for more staff.';
    assert.equal(speakerOf(text, 'the counts'), 'National Association of County Clerks');
    assert.equal(speakerOf(text, 'it would ask'), 'National Association of County Clerks');
  });

  it('keeps a short form apart from a name that shares only its last word', () => {
    const text = "Ruth Calder's campaign said Monday that it had raised $2 million in March. The Pike campaign said it had raised more. The Calder campaign said it had more in the bank.";
    assert.equal(speakerOf(text, 'it had raised more'), 'Pike campaign');
    assert.equal(speakerOf(text, 'it had more in the bank'), "Ruth Calder's campaign");
  });
});
