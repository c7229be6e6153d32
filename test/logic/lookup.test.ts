// What is at an offset, whose quotes, in which order: src/extension/logic/lookup.ts, without an editor.
import { strict as assert } from 'node:assert';
import {
  actorAt, contains, firstWords, hasName, isPronoun, mentionAt, mentionsOf, quoteAt, quoteDescription, quotedActors, quotesOf, unattributedQuotes,
} from '../../src/extension/logic/lookup';
import { article, BRIDGE, NAMESAKE } from './articles';

describe('extension logic: lookup', () => {
  const bridge = article(BRIDGE);

  it('finds the quote at an offset, its closing mark included, and none in plain narrative', () => {
    const inside = quoteAt(bridge.analysis, bridge.at('fix it'));
    assert.equal(inside?.text, '"We will fix it,"');
    assert.equal(quoteAt(bridge.analysis, inside.end), inside, 'a cursor just after the closing mark is still on the quote');
    assert.equal(quoteAt(bridge.analysis, bridge.at('Reopen')), undefined);
    assert.ok(contains({ start: 3, end: 5 }, 5) && !contains({ start: 3, end: 5 }, 6));
  });

  it('finds the speaker mention at an offset, and the speaker of the quote under the cursor', () => {
    const hit = mentionAt(bridge.analysis, bridge.at('Marchetti said', 2, 2));
    assert.equal(hit?.actor.name, 'Delia Marchetti');
    assert.equal(hit?.mention.text, 'Marchetti');
    assert.equal(actorAt(bridge.analysis, bridge.at('too late'))?.name, 'Owen Achterberg');
    assert.equal(actorAt(bridge.analysis, bridge.at('Bridge to')), undefined);
  });

  it('takes the smallest mention holding the offset, of equal ones the earlier actor\'s, its end included unless the caller says not', () => {
    const at = bridge.at('Delia Marchetti');
    const span = (start: number, end: number) => ({ start, end, text: bridge.text.slice(start, end) });
    const whole = span(at - 'Mayor '.length, at + 'Delia Marchetti'.length);
    const surname = span(at + 'Delia '.length, whole.end);
    const mayor = bridge.actor('Delia Marchetti');
    const engineer = bridge.actor('Owen Achterberg');
    const nested = { ...bridge.analysis, actors: [{ ...engineer, mentions: [whole] }, { ...mayor, mentions: [surname] }] };
    assert.equal(mentionAt(nested, surname.start + 2)?.actor, nested.actors[1], 'the smaller mention wins, though its actor comes later');
    assert.equal(mentionAt(nested, at)?.mention, whole, 'only the whole mention holds "Delia"');
    const tied = { ...bridge.analysis, actors: [{ ...engineer, mentions: [surname] }, { ...mayor, mentions: [surname] }] };
    assert.equal(mentionAt(tied, surname.start)?.actor, tied.actors[0], 'of mentions as small, the earlier actor\'s');
    assert.equal(mentionAt(nested, surname.end)?.mention, surname, 'a cursor just after a name is on it');
    const halfOpen = (candidate: { start: number; end: number }, offset: number) => candidate.start <= offset && offset < candidate.end;
    assert.equal(mentionAt(nested, surname.end, halfOpen), undefined, 'the mouse on the character after a name is not');
  });

  it('lists a speaker\'s quotes in reading order, and the quoted speakers by first appearance', () => {
    const marchetti = bridge.actor('Delia Marchetti');
    const quotes = quotesOf(bridge.analysis, marchetti.id);
    assert.equal(quotes.length, 4);
    assert.deepEqual(quotes.map((quote) => quote.start), [...quotes.map((quote) => quote.start)].sort((a, b) => a - b));
    assert.deepEqual(quotedActors(bridge.analysis).map((actor) => actor.name), ['Delia Marchetti', 'Owen Achterberg', 'Critics', 'a resident']);
  });

  it('gives every span naming a speaker once, pronouns included, in order', () => {
    const spans = mentionsOf(bridge.analysis, bridge.actor('Delia Marchetti'));
    assert.deepEqual(spans.map((span) => span.text), ['Mayor Delia Marchetti', 'Marchetti', 'she']);
  });

  it('lists the quotes nobody is given', () => {
    const namesake = article(NAMESAKE);
    assert.deepEqual(unattributedQuotes(namesake.analysis).map((quote) => quote.text), ['"Who pays for this?"']);
    assert.deepEqual(unattributedQuotes(bridge.analysis), []);
  });

  it('words quotes for lists: first words cut at a word, kind and cue', () => {
    assert.equal(firstWords('  short \n text '), 'short text');
    assert.equal(firstWords(''), '(empty)');
    const cut = firstWords('The council met on Tuesday to discuss the bridge, the ferry, and the budget for next year.', 40);
    assert.ok(cut.endsWith('…') && cut.length <= 41 && !cut.includes('  '), cut);
    assert.ok('The council met on Tuesday to discuss the'.startsWith(cut.slice(0, -1)), cut);
    assert.equal(quoteDescription(quoteAt(bridge.analysis, bridge.at('too late'))!), 'direct · said');
  });

  it('knows pronouns and nameless sources', () => {
    assert.ok(isPronoun(' She') && isPronoun('they') && !isPronoun('Marchetti'));
    assert.ok(hasName(bridge.actor('Owen Achterberg')));
    assert.ok(!hasName(bridge.actor('a resident')));
  });
});
