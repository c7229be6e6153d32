// The status bar's sources summary: src/extension/logic/sourceSummary.ts, without an editor.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import { summarizeSources, summaryText, summaryTooltip } from '../../src/extension/logic/sourceSummary';
import { article, BRIDGE } from './articles';

describe('extension logic: sources summary', () => {
  it('counts quoted sources as the sources report does, and only the gaps that hide who spoke', () => {
    const summary = summarizeSources(article(BRIDGE).analysis);
    // Three speakers with a name or a group ("Critics" counts as vague), one anonymous resident.
    assert.equal(summaryText(summary, ' · '), '4 sources · 1 anonymous · 1 vague · 2 gaps');
    const tooltip = summaryTooltip(summary);
    assert.match(tooltip, /^Newsdesk: 4 sources quoted: 2 named people, 1 group, 1 anonymous source$/m);
    assert.match(tooltip, /^Attribution gaps: 1 vague attribution, 1 anonymous source with no reason given$/m);
  });

  it('leaves a loaded verb out of the gaps: the speaker is known', () => {
    const summary = summarizeSources(analyze('Budget Passes\n\n"It is done," Mayor Delia Marchetti claimed.\n'));
    assert.equal(summary.gaps, 0);
    assert.equal(summaryText(summary, ', '), '1 source, no gaps');
  });

  it('says "no sources" for an article nobody is quoted in', () => {
    assert.equal(summaryText(summarizeSources(analyze('Bridge Closed\n\nThe bridge closed on Monday.\n')), ' · '), 'no sources · no gaps');
  });
});
