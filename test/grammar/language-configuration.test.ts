// language-configuration.json, checked the way VS Code reads it: the word pattern (a `u`-flag
// regular expression) keeps apostrophes and hyphens inside words, the pairs are well formed, and
// the folding markers match the region comments.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface LanguageConfiguration {
  wordPattern: { pattern: string; flags: string };
  autoClosingPairs: Array<{ open: string; close: string }>;
  surroundingPairs: Array<[string, string]>;
  brackets: Array<[string, string]>;
  folding: { markers: { start: string; end: string } };
  comments: { blockComment: [string, string] };
}

const configuration = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

function words(text: string): string[] {
  // VS Code adds the global flag to the pattern's own flags.
  return text.match(new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags + 'g')) ?? [];
}

describe('news language configuration', () => {
  it('keeps apostrophes, hyphens and abbreviation dots inside words', () => {
    assert.deepEqual(words('Beijing’s plan'), ['Beijing’s', 'plan']);
    assert.deepEqual(words("Beijing's well-known U.S. envoy"), ["Beijing's", 'well-known', 'U.S', 'envoy']);
    assert.deepEqual(words('Žižek’s café, 48,000 cars.'), ['Žižek’s', 'café', '48,000', 'cars']);
  });

  it('leaves quotation marks and sentence punctuation out of words', () => {
    assert.deepEqual(words('“We will act,” she said.'), ['We', 'will', 'act', 'she', 'said']);
    assert.deepEqual(words("'Unprovoked, Illegal Attack'"), ['Unprovoked', 'Illegal', 'Attack']);
  });

  it('auto-closes typographic quotes but never the apostrophe', () => {
    const opens = configuration.autoClosingPairs.map((pair) => pair.open);
    for (const open of ['“', '‘', '«', '"', '(', '[']) assert.ok(opens.includes(open), `${open} does not auto-close`);
    assert.ok(!opens.includes("'"), "typing an apostrophe must not insert a second one");
    for (const pair of [...configuration.surroundingPairs, ...configuration.brackets]) assert.equal(pair.length, 2);
  });

  it('folds between region comments', () => {
    const start = new RegExp(configuration.folding.markers.start);
    const end = new RegExp(configuration.folding.markers.end);
    assert.ok(start.test('<!-- region Background -->'));
    assert.ok(end.test('<!-- endregion -->'));
    assert.ok(!start.test('<!-- newsdesk-disable loaded-verb -->'));
    assert.deepEqual(configuration.comments.blockComment, ['<!--', '-->']);
  });
});
