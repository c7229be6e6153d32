// Rules at a cue word, besides the patterns that find it: when it attributes nothing, who listens,
// who speaks, and what was said. Each has an id that `newsdesk eval --without ID` switches off, like the patterns
// and boundaries; each example is a unit test (test/engine/rules.test.ts): the analysis finds the
// {speaker} and [content] it marks, and without the rule it comes out otherwise.

export const CUE_RULES = [
  // "found herself at the centre": the idiom says where the subject ended up, not anything said
  // (a verb flagged `endsUpWithReflexive` in lexicon/verbs.ts).
  { id: 'reflexive-ends-up', example: '{Marchetti}, who found herself at the centre of the row, said [the levy would rise].' },
  // "…, because the inquiry had not concluded, said …": a negated verb whose clause ends with it said nothing.
  { id: 'negated-cue', example: '{A planner}, who spoke because the review had not concluded, said [the culvert was failing].' },
  // "who asked not to be named because…": why the source goes unnamed, not what it said.
  { id: 'anonymity-reason', example: '{A town official}, who asked not to be named because of the inquiry, said [the levy would rise].' },
  // "wrote to the board that…": after a verb flagged `addressedWithTo`, the one addressed listens.
  { id: 'listener-after-to', example: '{Penwick} wrote to the harbour board [that the levy would rise].' },
  // "a study published Wednesday by researchers": the noun is what was published, not a speaker, and
  // "Wednesday by researchers…" nothing anyone said.
  { id: 'reduced-passive', example: 'In a report published Monday by the harbour board, {Penwick} said [the levy would rise].' },
  // "Residents of the neighborhood around the shopping center said": the object of a preposition is not the subject.
  { id: 'postmodified-subject', example: '{Residents of the neighborhood around the shopping center} said [the levy would rise].' },
  // "With the Iran deal finalized, the two sides…": an opening adjunct alone before the speaker is no content of a cue after it.
  { id: 'opening-adjunct-alone', example: 'With the levy passed, {Penwick} urged the harbour board [to reopen the bridge].' },
] as const;

/** The id of a rule at a cue. */
export type CueRuleId = (typeof CUE_RULES)[number]['id'];

/** Whether the rule `id` is on: not among the ids switched off (`AnalyzeOptions.withoutRules`). */
export function cueRuleOn(without: ReadonlySet<string>, id: CueRuleId): boolean {
  return !without.has(id);
}
