// Looking up the newsroom's known people. Kept apart from config.ts (zod, jsonc-parser) so that
// the report page, which runs in a browser under a strict policy, bundles none of that.
import type { KnownPerson } from './types';

/** The configuration's entry for an actor: the person of that name, or the one listing it as an alias. */
export function knownPersonFor(people: readonly KnownPerson[], actor: { name: string }): KnownPerson | undefined {
  return people.find((person) => person.name === actor.name || person.aliases?.includes(actor.name));
}
