// The one offset -> line/column mapping the CLI, the extension and the transcript checks share.
import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/engine/lines';

describe('engine: LineIndex', () => {
  it('maps offsets to 0-based lines and UTF-16 characters', () => {
    const index = new LineIndex('ab\ncd\n\nef');
    assert.deepEqual(index.position(0), { line: 0, character: 0 });
    assert.deepEqual(index.position(2), { line: 0, character: 2 });
    assert.deepEqual(index.position(3), { line: 1, character: 0 });
    assert.deepEqual(index.position(6), { line: 2, character: 0 });
    assert.deepEqual(index.position(8), { line: 3, character: 1 });
  });

  it('treats \\r\\n and a lone \\r as one line break each', () => {
    const index = new LineIndex('a\r\nb\rc');
    assert.deepEqual(index.position(2), { line: 0, character: 2 }, 'between \\r and \\n is still the first line');
    assert.deepEqual(index.position(3), { line: 1, character: 0 });
    assert.deepEqual(index.position(5), { line: 2, character: 0 });
  });

  it('counts an astral character as two code units', () => {
    const text = '😀 "x';
    assert.deepEqual(new LineIndex(text).position(text.indexOf('"')), { line: 0, character: 3 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab\nc');
    assert.deepEqual(index.position(-5), { line: 0, character: 0 });
    assert.deepEqual(index.position(99), { line: 1, character: 1 });
  });

  it('an empty text is one empty line', () => {
    assert.deepEqual(new LineIndex('').position(0), { line: 0, character: 0 });
  });
});
