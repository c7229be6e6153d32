// How a hover explains a resolved mention: src/extension/logic/resolution.ts, on articles the real
// engine analyses.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { howResolved } from '../../src/extension/logic/resolution';

/** The speaker mention and actor of the quote that contains `words`. */
function speakerOf(text: string, words: string) {
  const analysis = analyze(text);
  const quote = analysis.quotes.find((candidate) => candidate.text.includes(words));
  assert.ok(quote?.speaker?.mention, `no speaker mention for the quote with ${JSON.stringify(words)}`);
  const actor = analysis.actors.find((candidate) => candidate.id === quote.speaker!.actorId)!;
  return { mention: quote.speaker.mention.text, actor };
}

describe('extension logic: how a mention was resolved', () => {
  it('explains a description resolved to the organisation named before', () => {
    const { mention, actor } = speakerOf('Plant Cuts\n\nQuillon Aerospace laid off 300 workers on Friday. The company said demand had fallen.\n', 'demand');
    assert.equal(actor.name, 'Quillon Aerospace');
    assert.equal(howResolved(mention, actor), 'the company the story named before');
  });

  it('explains a pronoun and a role', () => {
    const pronoun = speakerOf('Ferry Fares\n\nNadia Pruitt runs the ferry. The fares will rise in May, she said.\n', 'fares will rise');
    assert.equal(pronoun.actor.name, 'Nadia Pruitt');
    assert.equal(howResolved(pronoun.mention, pronoun.actor), 'the person named before whom the pronoun fits');
    const role = speakerOf('Audit\n\nLars Brenner, an official at the labor department, reviewed the claims. The official said 1,800 were paid twice.\n', '1,800');
    assert.equal(role.actor.name, 'Lars Brenner');
    assert.match(howResolved(role.mention, role.actor) ?? '', /^who the story says is official at the labor department$/);
  });

  it('says nothing when the mention is the name', () => {
    const { mention, actor } = speakerOf('Ferry Fares\n\nFares will rise in May, Nadia Pruitt said.\n', 'Fares will rise');
    assert.equal(howResolved(mention, actor), undefined);
  });
});
