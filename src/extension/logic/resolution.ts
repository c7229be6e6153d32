// How a speaker mention was read as a person or organisation, in words for the hover: "“she” →
// Nadia Pruitt (the person she most likely is)", "“The agency” → Ellis County Transit (the
// organisation of that kind named before)". No editor here.
import type { Actor } from '../../engine';
import { isPronoun } from './lookup';

/** Why a mention names an actor whose name it does not contain; undefined when the mention is the name. */
export function howResolved(mention: string, actor: Actor): string | undefined {
  const words = mention.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter((word) => word && !/^(the|a|an)$/.test(word));
  if (!words.length || words.every((word) => actor.name.toLowerCase().includes(word))) return undefined;
  if (words.length === 1 && isPronoun(words[0])) {
    if (actor.name.startsWith('unidentified')) return 'nobody the pronoun can mean is named before it';
    return actor.kind === 'person' ? 'the person named before whom the pronoun fits' : `the ${actor.kind === 'organization' ? 'organisation' : actor.kind} named before`;
  }
  const head = words[words.length - 1];
  if (actor.kind === 'organization') return `the ${head} the story named before`;
  if (actor.role && actor.role.toLowerCase().includes(head)) return `who the story says is ${actor.role}`;
  if (actor.kind === 'person') return 'the person the story was about when it says so';
  return undefined;
}
