// Who is who (issue 13): every case of who-is-who.cases.ts run through the engine. A case holds
// when the quote is found with the right speaker (the right entity, not just a plausible
// mention), the right kind of source, the whole role, no phantom speaker, and the finding it asks
// for. Cases the engine does not solve yet are listed in KNOWN_GAPS, and a solved case still
// listed there fails, so the list only ever shrinks honestly.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { sameEntity } from '../../src/eval/resolution';
import { WHO_IS_WHO_CASES, locate } from './who-is-who.cases';
import type { WhoIsWhoCase } from './who-is-who.cases';

/** Cases not solved yet: the work left in issue 13, by pattern. */
const KNOWN_GAPS = new Set<string>([
  // Pronouns: two-person exchanges.
  'variant-exchange-two-men-question',
  // "they" for a group or a company.
  'issue-they-for-a-group-of-people',
  'variant-they-for-a-company',
]);

/** What is wrong with the engine's answer to a case, or an empty list. */
export function caseProblems(c: WhoIsWhoCase, analysis: Analysis): string[] {
  const problems: string[] = [];
  const { quote: [start, end] } = locate(c);
  const quote = analysis.quotes.find((q) => q.start < end && q.end > start);
  const actor = quote?.speaker ? analysis.actors.find((a) => a.id === quote.speaker!.actorId) : undefined;
  if (c.speakerMention === null && c.resolvedName === null && c.entityKind === null) {
    if (quote?.speaker) problems.push(`no one speaks here, but ${JSON.stringify(quote.speaker.name)} does`);
  } else if (!quote) {
    problems.push('the quote is not found');
  } else if (!actor) {
    problems.push('the quote has no speaker');
  } else {
    if (c.resolvedName !== null && !(sameEntity(actor.name, c.resolvedName) && /\p{Lu}/u.test(actor.name))) {
      problems.push(`speaker ${JSON.stringify(actor.name)}, expected ${JSON.stringify(c.resolvedName)}`);
    }
    if (c.entityKind !== null && actor.kind !== c.entityKind && !(c.entityKind === 'vague' && actor.kind === 'group')) {
      problems.push(`speaker kind ${actor.kind}, expected ${c.entityKind}`);
    }
    if (c.role !== undefined && actor.role !== c.role) problems.push(`role ${JSON.stringify(actor.role ?? null)}, expected ${JSON.stringify(c.role)}`);
  }
  for (const word of c.notSpeakers ?? []) {
    // The word must not speak the case's quote, nor speak anywhere unless the text makes it a speaker elsewhere.
    // An unnamed source goes by its description, which may hold the word ("a review of the Parks Department").
    const rightSpeaker = actor !== undefined && (c.resolvedName !== null
      ? sameEntity(actor.name, c.resolvedName)
      : c.entityKind !== null && actor.kind === c.entityKind && /^\p{Ll}/u.test(actor.name));
    if (actor && !rightSpeaker && actor.name.includes(word)) problems.push(`${JSON.stringify(word)} speaks the quote`);
    const speaksElsewhere = analysis.quotes.some((q) => q.speaker?.mention?.text === word);
    const speaking = analysis.actors.find((a) => a !== actor && a.quoteIds.length > 0 && a.name.includes(word));
    if (speaking && !speaksElsewhere) problems.push(`${JSON.stringify(word)} speaks as ${JSON.stringify(speaking.name)}`);
    if (c.role !== undefined && !c.role.includes(word) && actor?.role?.includes(word)) problems.push(`role taken from ${JSON.stringify(word)}`);
  }
  if (c.diagnostic && !analysis.diagnostics.some((d) => d.code === c.diagnostic)) problems.push(`no ${c.diagnostic} finding`);
  return problems;
}

describe('who is who (issue 13 cases)', function () {
  this.timeout(20_000);
  for (const c of WHO_IS_WHO_CASES) {
    const gap = KNOWN_GAPS.has(c.id);
    it(`${gap ? 'known gap: ' : ''}${c.id}`, () => {
      const problems = caseProblems(c, analyze(c.text));
      if (gap) assert.ok(problems.length > 0, `${c.id} is solved now: take it out of KNOWN_GAPS`);
      else assert.deepEqual(problems, [], `${c.id}: ${c.notes}`);
    });
  }

  it('lists only cases that exist as known gaps', () => {
    const ids = new Set(WHO_IS_WHO_CASES.map((c) => c.id));
    assert.deepEqual([...KNOWN_GAPS].filter((id) => !ids.has(id)), []);
  });
});
