// An undo journal: changes to maps, lists, sets and fields recorded as they are made, so that a
// structure can be taken back to how it was at a mark. The actor registry uses it to read the
// article again from a paragraph after an edit without starting over.

/** Marks a key or field that was absent before a change (so undoing it deletes rather than restores). */
const ABSENT = Symbol('absent');

/** Undo kinds in the journal, each entry four slots: kind, target, key, old value. */
const POP = 0;
const MAP = 1;
const FIELD = 2;
const SET_ADD = 3;

export class Journal {
  /** Flat for speed (this runs on every keystroke): four slots per change. */
  private readonly entries: unknown[] = [];

  /** A point to come back to with `undoTo`. */
  mark(): number {
    return this.entries.length;
  }

  /** Undoes every change made since `mark`, latest first. */
  undoTo(mark: number): void {
    const entries = this.entries;
    while (entries.length > mark) {
      const old = entries.pop();
      const key = entries.pop();
      const target = entries.pop();
      const kind = entries.pop();
      switch (kind) {
        case POP:
          (target as unknown[]).pop();
          break;
        case MAP:
          if (old === ABSENT) (target as Map<unknown, unknown>).delete(key);
          else (target as Map<unknown, unknown>).set(key, old);
          break;
        case FIELD:
          if (old === ABSENT) delete (target as Record<string, unknown>)[key as string];
          else (target as Record<string, unknown>)[key as string] = old;
          break;
        case SET_ADD:
          (target as Set<unknown>).delete(key);
          break;
      }
    }
  }

  /** `list.push(item)`, undone by a pop. */
  push<T>(list: T[], item: T): void {
    list.push(item);
    this.entries.push(POP, list, null, null);
  }

  /** `map.set(key, value)`, undone by restoring the old value (or deleting the key). */
  mapSet<K, V>(map: Map<K, V>, key: K, value: V): void {
    this.entries.push(MAP, map, key, map.has(key) ? map.get(key) : ABSENT);
    map.set(key, value);
  }

  /** `target[key] = value`, undone by restoring the old value (or deleting the field). */
  assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    this.entries.push(FIELD, target, key, key in target ? target[key] : ABSENT);
    target[key] = value;
  }

  /** `set.add(item)` when it is new, undone by a delete. */
  addToSet<T>(set: Set<T>, item: T): void {
    if (set.has(item)) return;
    set.add(item);
    this.entries.push(SET_ADD, set, item, null);
  }
}
