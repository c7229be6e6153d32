// Words shown in a hover stay words: every character that Markdown would read as markup is escaped.
import { strict as assert } from 'node:assert';
import { escapeMarkdown } from '../../src/extension/logic/markdown';

describe('logic: escapeMarkdown', () => {
  it('escapes each character that would format, link, strike or head a line', () => {
    assert.equal(escapeMarkdown('*Jo* _Ng_ `x` [a](b) <b> ~~no~~ a|b #1 \\'), '\\*Jo\\* \\_Ng\\_ \\`x\\` \\[a\\](b) \\<b\\> \\~\\~no\\~\\~ a\\|b \\#1 \\\\');
  });

  it('leaves plain words, quotation marks and other punctuation alone', () => {
    const plain = 'Delia Marchetti, the mayor, said: “We will fix it.” (Really!)';
    assert.equal(escapeMarkdown(plain), plain);
  });
});
