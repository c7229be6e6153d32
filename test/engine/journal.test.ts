// The registry's undo journal: every journalled change is taken back by `undoTo`, latest first,
// and what was absent before a change is absent again (not restored as undefined).
import { strict as assert } from 'node:assert';
import { Journal } from '../../src/engine/journal';

describe('undo journal', () => {
  it('takes lists, maps, fields and sets back to how they were at a mark', () => {
    const journal = new Journal();
    const list = ['a'];
    const map = new Map<string, number>([['kept', 1]]);
    const target: { name: string; role?: string } = { name: 'before' };
    const set = new Set(['x']);
    const mark = journal.mark();
    journal.push(list, 'b');
    journal.mapSet(map, 'kept', 2);
    journal.mapSet(map, 'added', 3);
    journal.assign(target, 'name', 'after');
    journal.assign(target, 'role', 'minister');
    journal.addToSet(set, 'y');
    journal.addToSet(set, 'x'); // already there: nothing to undo
    assert.deepEqual(list, ['a', 'b']);
    assert.deepEqual([...map], [['kept', 2], ['added', 3]]);
    assert.deepEqual(target, { name: 'after', role: 'minister' });
    assert.deepEqual([...set], ['x', 'y']);
    journal.undoTo(mark);
    assert.deepEqual(list, ['a']);
    assert.deepEqual([...map], [['kept', 1]]);
    assert.deepEqual(target, { name: 'before' });
    assert.ok(!('role' in target), 'a field that was absent is deleted, not set to undefined');
    assert.deepEqual([...set], ['x']);
  });

  it('undoes only what came after the mark, latest first', () => {
    const journal = new Journal();
    const target = { count: 0 };
    journal.assign(target, 'count', 1);
    const mark = journal.mark();
    journal.assign(target, 'count', 2);
    journal.assign(target, 'count', 3);
    journal.undoTo(mark);
    assert.equal(target.count, 1);
    assert.equal(journal.mark(), mark);
    journal.undoTo(0);
    assert.equal(target.count, 0);
  });
});
