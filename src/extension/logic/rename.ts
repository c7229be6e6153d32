// Planning a speaker's rename, with no editor: where the article names them (full name, and the
// surname where it stands for them), what F2 at an offset renames, whether a new name is usable,
// and the replacement for each occurrence. language/rename.ts turns the plan into one edit.
import type { Actor, Analysis } from '../../engine';
import { hasName, isPronoun, mentionAt } from './lookup';

export interface NameOccurrence {
  readonly start: number;
  readonly end: number;
  /** `full`: the whole name; `surname`: the last word of a person's name on its own. */
  readonly part: 'full' | 'surname';
}

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word matches of a name, allowing any white space (a line break) between its words. */
function findName(text: string, name: string): Array<{ start: number; end: number }> {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(`(?<!${WORD_CHAR})${words.map(escapeRegExp).join(String.raw`\s+`)}(?!${WORD_CHAR})`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function nameParts(actor: Actor): { given: string; surname: string | undefined } {
  const words = actor.name.trim().split(/\s+/);
  // Only people have a surname that stands for them; "Transport Department" is not "Department".
  if (actor.kind !== 'person' || words.length < 2) return { given: '', surname: undefined };
  return { given: words.slice(0, -1).join(' '), surname: words[words.length - 1] };
}

/**
 * Where the article names an actor: the full name anywhere, and the surname where it stands for
 * them. A surname inside another actor's mention, or right after a capitalised word the engine
 * did not count as theirs ("Paolo Marchetti"), belongs to someone else and is left alone.
 */
export function nameOccurrences(text: string, analysis: Analysis, actor: Actor): NameOccurrence[] {
  if (!hasName(actor)) return [];
  const own = actor.mentions;
  const others = analysis.actors.filter((other) => other.id !== actor.id).flatMap((other) => other.mentions);
  const theirs = (span: { start: number; end: number }) =>
    others.some((mention) => overlaps(mention, span)) && !own.some((mention) => within(span, mention));
  const full = findName(text, actor.name).filter((span) => !theirs(span));
  const occurrences: NameOccurrence[] = full.map((span) => ({ ...span, part: 'full' }));
  const { surname } = nameParts(actor);
  if (surname) {
    for (const span of findName(text, surname)) {
      if (full.some((name) => overlaps(name, span)) || theirs(span)) continue;
      const before = /(?<!\p{L})\p{Lu}[\p{L}'’-]*\s+$/u.exec(text.slice(Math.max(0, span.start - 40), span.start));
      if (before && !own.some((mention) => within(span, mention))) continue; // another first name, or an unknown title
      occurrences.push({ ...span, part: 'surname' });
    }
  }
  return occurrences.sort((a, b) => a.start - b.start);
}

export interface RenameTarget {
  readonly actor: Actor;
  readonly occurrence: NameOccurrence;
  readonly occurrences: NameOccurrence[];
}

/** What F2 at an offset renames, or an error that says why not. */
export function renameTargetAt(text: string, analysis: Analysis, offset: number): RenameTarget {
  const hit = mentionAt(analysis, offset);
  if (hit) {
    const { actor, mention } = hit;
    if (isPronoun(mention.text)) throw new Error(`Only a name can be renamed; '${mention.text}' refers to ${actor.name}.`);
    if (!hasName(actor)) throw new Error(`'${mention.text}' is ${actor.kind === 'vague' ? 'vague sourcing' : 'an anonymous source'}: there is no name to rename.`);
    const occurrences = nameOccurrences(text, analysis, actor);
    const inMention = occurrences.filter((occurrence) => within(occurrence, mention));
    const occurrence = inMention.find((candidate) => candidate.start <= offset && offset <= candidate.end) ?? inMention[0];
    if (!occurrence) throw new Error(`Only a name can be renamed; '${mention.text}' refers to ${actor.name}.`);
    return { actor, occurrence, occurrences };
  }
  // A name the engine did not list as a mention (not a speaker here) is still that actor's name.
  for (const actor of analysis.actors) {
    const occurrences = nameOccurrences(text, analysis, actor);
    const occurrence = occurrences.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (occurrence) return { actor, occurrence, occurrences };
  }
  throw new Error('Put the cursor on a speaker\'s name to rename them.');
}

/** Why a new name cannot be used, or undefined when it can. */
export function invalidName(value: string, actor: Actor): string | undefined {
  const name = value.trim();
  if (!name) return 'Type the new name.';
  if (/[\r\n]/.test(value)) return 'A name fits on one line.';
  if (/["“”«»]/.test(name)) return 'A name has no quotation marks.';
  if (!/\p{L}/u.test(name)) return 'A name has at least one letter.';
  if (name.replace(/\s+/g, ' ') === actor.name) return `That is already ${actor.name}'s name.`;
  return undefined;
}

/**
 * The replacement for each occurrence. Started on a full name, `newName` is the new full name and
 * its last word the new surname; started on a surname alone, it is the new surname (unless the
 * writer typed the given names too).
 */
export function renameEdits(actor: Actor, occurrences: NameOccurrence[], newName: string, startedOn: NameOccurrence['part']): Array<NameOccurrence & { text: string }> {
  const name = newName.trim().replace(/\s+/g, ' ');
  const { given, surname } = nameParts(actor);
  let newFull = name;
  let newSurname = name.split(' ').pop() ?? name;
  if (startedOn === 'surname' && surname && !(given && name.startsWith(`${given} `))) {
    newFull = `${given} ${name}`;
    newSurname = name;
  }
  return occurrences.map((occurrence) => ({ ...occurrence, text: occurrence.part === 'full' ? newFull : newSurname }));
}
