// Reading gold corpora: JSON Lines and single documents, with every span checked against its text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseGoldDocument, parseGoldFile } from '../../src/eval/gold';
import { skipWithoutCorpus } from '../support/corpus';

const TEXT = '"We will win," Smith said.';
const QUOTE = { start: 0, end: 14, text: '"We will win,"', kind: 'direct', speakerStart: 15, speakerEnd: 20, cueStart: 21, cueEnd: 25 };

function line(document: object): string {
  return JSON.stringify(document);
}

describe('parseGoldDocument', () => {
  it('reads a PolNeAR-style document, keeping only what scoring needs', () => {
    const parsed = parseGoldDocument({ id: 'd1', source: 'x', text: TEXT, quotes: [{ ...QUOTE, speaker: 'Smith', attributionId: 'E1' }], meta: { split: 'dev' } });
    assert.ok('document' in parsed);
    assert.deepEqual(parsed.document, {
      id: 'd1',
      text: TEXT,
      split: 'dev',
      quotes: [{ start: 0, end: 14, kind: 'direct', speakerStart: 15, speakerEnd: 20, cueStart: 21, cueEnd: 25, attributionId: 'E1' }],
    });
  });

  it('refuses spans outside the text, or whose text differs', () => {
    const outside = parseGoldDocument({ id: 'd', text: TEXT, quotes: [{ ...QUOTE, cueEnd: 99 }] });
    assert.ok('error' in outside);
    assert.match(outside.error, /quotes\[0\]: cueStart\/cueEnd: \[21, 99\) is not a span of the 26-character text/);
    const differs = parseGoldDocument({ id: 'd', text: TEXT, quotes: [{ ...QUOTE, text: 'We will win' }] });
    assert.ok('error' in differs);
    assert.match(differs.error, /text differs/);
  });

  it('accepts quotes without speaker or cue spans', () => {
    const parsed = parseGoldDocument({ id: 7, text: TEXT, quotes: [{ ...QUOTE, speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null }] });
    assert.ok('document' in parsed);
    assert.equal(parsed.document.id, '7');
    assert.equal(parsed.document.quotes[0].speakerStart, null);
  });

  it('names the field that is wrong', () => {
    const parsed = parseGoldDocument({ id: 'd', text: TEXT, quotes: [{ ...QUOTE, kind: 'quoted' }] });
    assert.ok('error' in parsed);
    assert.match(parsed.error, /^quotes\[0\]\.kind: /);
  });
});

describe('parseGoldFile', () => {
  it('reads JSON Lines, skipping blank lines and naming the lines that are wrong', () => {
    const content = [line({ id: 'a', text: TEXT, quotes: [QUOTE] }), '', 'not json', line({ id: 'b', text: TEXT }), line({ id: 'c', text: TEXT, quotes: [] }), ''].join('\n');
    const { documents, errors } = parseGoldFile(content);
    assert.deepEqual(documents.map((document) => document.id), ['a', 'c']);
    assert.deepEqual(errors.map((error) => error.line), [3, 4]);
    assert.match(errors[0].message, /^invalid JSON/);
    assert.match(errors[1].message, /^quotes: /);
  });

  it('reads a single pretty-printed document', () => {
    const { documents, errors } = parseGoldFile(JSON.stringify({ id: 'a', text: TEXT, quotes: [QUOTE] }, null, 2));
    assert.deepEqual(errors, []);
    assert.equal(documents.length, 1);
  });

  it('reads the hand-annotated reference article', function () {
    const file = skipWithoutCorpus(this, 'articles', 'us-allies-warn-china.gold.json');
    const { documents, errors } = parseGoldFile(readFileSync(file, 'utf8'));
    assert.deepEqual(errors, []);
    assert.equal(documents.length, 1);
    assert.ok(documents[0].quotes.some((quote) => quote.optional));
  });
});
