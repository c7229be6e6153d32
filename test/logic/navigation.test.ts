// Stepping through one speaker's quotes (alt+] / alt+[): src/extension/logic/navigation.ts.
import { strict as assert } from 'node:assert';
import { anchorAt, stepFrom } from '../../src/extension/logic/navigation';
import { article, BRIDGE, NAMESAKE } from './articles';

describe('extension logic: navigation order', () => {
  const bridge = article(BRIDGE);
  const text = (quote: { start: number; end: number } | undefined) => quote && BRIDGE.slice(quote.start, quote.end);

  it('steps from a quote to the same speaker\'s next and previous, wrapping around', () => {
    const anchor = anchorAt(bridge.analysis, bridge.at('fix it'));
    assert.equal(anchor?.actor?.name, 'Delia Marchetti');
    assert.equal(text(anchor?.current), '"We will fix it,"');
    const next = stepFrom(anchor!, bridge.at('fix it'), 1);
    assert.equal(text(next?.quote), '"We waited a year,"');
    assert.equal(next?.wrapped, false);
    assert.equal(text(stepFrom(anchor!, bridge.at('fix it'), -1)?.quote), 'the bridge would reopen in May');

    const last = anchorAt(bridge.analysis, bridge.at('Nobody listened'));
    const wrapped = stepFrom(last!, bridge.at('Nobody listened'), 1);
    assert.equal(text(wrapped?.quote), 'the bridge would reopen in May');
    assert.equal(wrapped?.wrapped, true);
  });

  it('on a speaker\'s name, anchors on their quotes and steps forward from the name', () => {
    const offset = bridge.at('Owen Achterberg');
    const anchor = anchorAt(bridge.analysis, offset);
    assert.equal(anchor?.actor?.name, 'Owen Achterberg');
    assert.equal(anchor?.current, undefined);
    // The only quote is before the name: stepping forward wraps around to it.
    assert.deepEqual(stepFrom(anchor!, offset, 1), { quote: anchor!.quotes[0], wrapped: true });
  });

  it('between quotes, anchors on the nearest quote before the cursor', () => {
    assert.equal(anchorAt(bridge.analysis, bridge.at('an engineer'))?.actor?.name, 'Owen Achterberg');
    assert.equal(anchorAt(bridge.analysis, bridge.at('Bridge to')), undefined, 'nothing before the first quote');
  });

  it('steps through the quotes without a speaker as one list', () => {
    const namesake = article(NAMESAKE);
    const anchor = anchorAt(namesake.analysis, namesake.at('Who pays'));
    assert.equal(anchor?.actor, null);
    assert.deepEqual(anchor?.quotes.map((quote) => quote.text), ['"Who pays for this?"']);
  });
});
