// Where reported content stops: an ordered table of rules. Walking the content token by token, the
// first rule (in this order) that says "stop here" ends it; order matters, so it is written here
// and nowhere else. Each example is a unit test (test/engine/rules.test.ts): the analysis of the
// example finds the content in [brackets], and without the rule it does not.
// `newsdesk eval --without ID` measures what one rule is worth.
import type { CueLexicon } from '../cues';
import { hasTag } from '../cues';
import { CLAUSE_SUBJECT_OPENERS, SPEAKER_OPENERS } from '../lexicon';
import type { Mention } from '../mentions';
import { isCapitalized } from '../mentions';
import type { Token } from '../segment';
import { isComma } from './tokens';

/** What a boundary rule may look at: the content's first and last candidate tokens and its sentence. */
export interface BoundaryContext {
  tokens: readonly Token[];
  /** Token index of the sentence's start. */
  start: number;
  /** First token of the content, and the last it may reach. */
  first: number;
  last: number;
  /** First token of the speaker-and-cue chunk. */
  chunkStart: number;
  /** The content is a clause ("that…", "he would…"), not a noun phrase. */
  clausal: boolean;
  /** The sentence opens with a subordinating word ("Although China says…, officials…"). */
  subordinate: boolean;
  speaker: Mention;
  cues: CueLexicon;
}

export interface BoundaryRule {
  id: string;
  /** A sentence where the rule decides; [brackets] mark the content the analysis must find. */
  example: string;
  /**
   * Later rules that would end the example's content at the same place: its test switches them
   * off too, to show the rule decides something.
   */
  alsoCaughtBy?: readonly string[];
  /**
   * The words (lower case) at which the rule can stop; without them it stops only at punctuation or
   * a quote. The content scan steps over every other word without asking the rules.
   */
  words?: readonly string[];
  /** The last token the content keeps when the rule applies at token `k`, or null. */
  stopAt(context: BoundaryContext, k: number): number | null;
}

/** Prepositions that go with the verb before them, not with its content ("talked about", "railed against"). */
export const VERB_PARTICLES = new Set(['about', 'for', 'of', 'on', 'against', 'with', 'out', 'up', 'over', 'into', 'upon']);
/** Relative words that, after a comma, open the reporter's own clause (measured on PolNeAR's training split). */
const RELATIVE_BREAKS = new Set(['which', 'who', 'when']);
/** Participles that, after a comma, name a result the speaker gives: annotators keep them in the content. */
const PARTICIPLES_IN_CONTENT = /^(including|according|meaning|excluding|during|nothing|something|everything|anything|making|leaving|allowing|forcing)$/;
/** Conjunctions of contrast and cause that start the reporter's own clause. */
export const CONTENT_BREAKS = new Set(['though', 'although', 'but', 'while', 'whereas', 'because']);
/** Words after which a verb of speech within this many words is a second statement (", and more than 4 in 10 said"). */
const SECOND_STATEMENT_WINDOW = 7;

/** The word `offset` tokens after `k`, lower case, or ''. */
function lowerAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.lower ?? '';
}

/** A finite past verb, not a noun or adjective ("told", not "record" or "former"). */
function pastVerb(token: Token): boolean {
  return !isCapitalized(token) && hasTag(token.lower, 'PastTense') && !hasTag(token.lower, 'Noun') && !hasTag(token.lower, 'Adjective');
}

/** A comma followed by a word: the start of most of the reporter's asides. */
function commaThenWord(tokens: readonly Token[], k: number): boolean {
  return tokens[k].kind === 'punct' && tokens[k].text === ',' && tokens[k + 1]?.kind === 'word';
}

/** "…, and more than 4 in 10 said…": a new subject and a verb of speech within a few words start a statement of their own. */
function secondStatementAhead(tokens: readonly Token[], from: number, last: number, cues: CueLexicon): boolean {
  for (let k = from; k <= Math.min(last, from + SECOND_STATEMENT_WINDOW); k++) {
    const token = tokens[k];
    if (token.kind !== 'word') return false;
    const form = cues.get(token.lower);
    if (form && k > from && form.speech && (form.form === 'past' || form.form === 'present') && !isCapitalized(token)) return true;
  }
  return false;
}

/** The longest speaker before a sentence-ending cue ("…, the city's deputy director said."). */
const MAX_TRAILING_SPEAKER_WORDS = 6;

/**
 * Whether the words from `from` are a short speaker and a verb of speech that end the sentence
 * (", Castellano said.", ", the mayor told reporters." is not: only the verb and its end).
 */
function trailingSpeakerAndCue(tokens: readonly Token[], from: number, last: number, cues: CueLexicon): boolean {
  // The speaker opens with a name or a determiner ("…, including Friday's tweets." has none).
  if (!isCapitalized(tokens[from]) && !SPEAKER_OPENERS.has(tokens[from].lower)) return false;
  for (let k = from + 1; k <= last + 1 && k - from <= MAX_TRAILING_SPEAKER_WORDS; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word') return false;
    const form = cues.get(token.lower);
    // A verb, not a noun it is spelt like ("phone calls", "tweets").
    if (!form?.speech || form.weak || (form.form !== 'past' && form.form !== 'present') || isCapitalized(token) || hasTag(token.lower, 'Noun')) continue;
    const after = tokens[k + 1];
    return !after || k + 1 > last + 1 || (after.kind === 'punct' && /^[.!?]$/.test(after.text));
  }
  return false;
}

export const CONTENT_BOUNDARY_RULES: readonly BoundaryRule[] = [
  {
    id: 'semicolon',
    example: 'Penwick said [the council would vote on Monday]; the levy passed anyway.',
    stopAt: ({ tokens }, k) => (tokens[k].kind === 'punct' && tokens[k].text === ';' ? k - 1 : null),
  },
  {
    // A dash opens an aside of the reporter's: "…income taxes ― as was true for…".
    id: 'dash',
    example: 'Penwick said [the council would vote on Monday] — a week late.',
    stopAt: ({ tokens }, k) => (tokens[k].kind === 'punct' && /^(—|–|--|―)$/.test(tokens[k].text) ? k - 1 : null),
  },
  {
    // "…concluded that a push would be fruitless, told his advisers…": a finite past verb after a comma is the subject's next
    // predicate. Not ", was"/", had", not a participle phrase (", led by…", ", made in…"), not after a name's apposition.
    id: 'comma-past-predicate',
    example: 'The mayor concluded [that the vote was lost], walked out of the chamber and went home.',
    stopAt: ({ tokens }, k) => (isComma(tokens[k]) && tokens[k + 1]?.kind === 'word' && pastVerb(tokens[k + 1]) && tokens[k + 2]?.kind === 'word'
      && !/^(was|were|had|did|by|in|at|on|from)$/.test(tokens[k + 1].lower) && !/^(by|in|at|on|from|as|with)$/.test(tokens[k + 2].lower)
      && tokens[k - 1]?.kind === 'word' && !isCapitalized(tokens[k - 1]) && tokens[k - 1].lower !== 'too' ? k - 1 : null),
  },
  {
    // "…, and warned the council…": the subject's next past-tense predicate, as after a bare comma above.
    id: 'comma-and-past-predicate',
    example: 'Marchetti praised [the ferry crews], and walked out of the chamber.',
    stopAt: ({ tokens }, k) => (isComma(tokens[k]) && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.kind === 'word' && pastVerb(tokens[k + 2])
      && !/^(was|were|had|did)$/.test(tokens[k + 2].lower) && !/^(by|in|at|on|from|as|with)$/.test(lowerAt(tokens, k + 3)) ? k - 1 : null),
  },
  {
    // "…messianic impulses - it has also exposed…": a spaced hyphen before a new clause is a dash.
    id: 'spaced-hyphen',
    example: 'Penwick said [the levy was too high] - it has since been cut.',
    stopAt: ({ tokens }, k) => (tokens[k].kind === 'punct' && tokens[k].text === '-' && /^(he|she|it|they|we|i|but|and)$/.test(lowerAt(tokens, k + 1)) ? k - 1 : null),
  },
  {
    // ", and Republicans want…", ", and Hillary Clinton is promising…": a named subject starts the reporter's next clause.
    id: 'comma-and-name',
    example: 'Penwick said [the levy was too high], and Marchetti is promising a review.',
    stopAt: ({ tokens }, k) => (isComma(tokens[k]) && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.kind === 'word' && isCapitalized(tokens[k + 2]) ? k - 1 : null),
  },
  {
    // "…called for more school investment [in a statement on Thursday]": the occasion is not content.
    id: 'occasion',
    example: 'Marchetti called for [more ferry crossings] in a statement on Thursday.',
    words: ['in'],
    stopAt: ({ tokens, clausal }, k) => (!clausal && tokens[k].kind === 'word' && tokens[k].lower === 'in' && /^(a|an|his|her|their|its)$/.test(lowerAt(tokens, k + 1))
      && /^(statement|interview|speech|letter|tweet|post|email|op-ed|radio|television|tv|briefing|news|press|phone|conference|call|appearance)$/.test(lowerAt(tokens, k + 2)) ? k - 1 : null),
  },
  {
    // "Although China says it's 'not a party', officials…": the subordinate clause ends at its comma.
    id: 'subordinate-comma',
    example: 'Although Penwick says [the bridge is safe], engineers want another inspection.',
    stopAt: ({ tokens, subordinate }, k) => (subordinate && tokens[k].kind === 'punct' && tokens[k].text === ',' ? k - 1 : null),
  },
  {
    // `…'not a party,' though…`: a contrast after a quotation that ends in a comma; the quotation stays.
    id: 'quote-comma-contrast',
    example: 'Penwick said [the repairs were "nearly done,"] though the council has seen no report.',
    stopAt: ({ tokens }, k) => (tokens[k].kind === 'quote' && /,["”’'»]+$/u.test(tokens[k].text) && tokens[k + 1]?.kind === 'word' && CONTENT_BREAKS.has(tokens[k + 1].lower) ? k : null),
  },
  {
    // "…willingness to change ACA but has been met…": the subject's next predicate.
    id: 'conjunction-auxiliary',
    example: 'Marchetti defended [the long delayed harbour ferry plan] but has been met with protests.',
    words: ['but', 'and'],
    stopAt: ({ tokens, clausal }, k) => (!clausal && tokens[k].kind === 'word' && (tokens[k].lower === 'but' || tokens[k].lower === 'and')
      && /^(has|have|had|is|was|were|are|will|would|did|does|also)$/.test(lowerAt(tokens, k + 1)) ? k - 1 : null),
  },
  {
    // "…is telling veterans that X and says he will…": a second cue starts a second statement.
    id: 'and-second-cue',
    example: 'Marchetti is telling residents [that the ferry will run] and says she will ride it first.',
    words: ['and'],
    stopAt: ({ tokens, cues }, k) => (tokens[k].kind === 'word' && tokens[k].lower === 'and' && tokens[k + 1]?.kind === 'word' && cues.has(tokens[k + 1].lower) && !isCapitalized(tokens[k + 1])
      && (tokens[k + 2]?.kind !== 'word' || /^(that|he|she|they|it|we|i|the|a|an|his|her|their|to)$/.test(tokens[k + 2].lower) || VERB_PARTICLES.has(tokens[k + 2].lower))
      ? (tokens[k - 1]?.kind === 'punct' ? k - 2 : k - 1) : null),
  },
  {
    // A short object ends before a time: "attacked Machado [after the debate]", "[on Monday]". Not at
    // any "in", "on" or "at": PolNeAR keeps "praised Rubio's positions [on defense]" whole (+81 right,
    // -43 wrong on train).
    id: 'short-object-time',
    example: 'Penwick praised [Marchetti] on Monday.',
    words: ['during', 'since', 'after', 'before', 'in', 'on', 'at'],
    stopAt: ({ tokens, clausal, first }, k) => {
      if (clausal || k - first > 2 || tokens[k].kind !== 'word') return null;
      const lower = tokens[k].lower;
      if (/^(during|since|after|before)$/.test(lower)) return k - 1;
      const next = tokens[k + 1];
      if (!/^(in|on|at)$/.test(lower) || next?.kind !== 'word') return null;
      const time = hasTag(next.lower, 'WeekDay') || hasTag(next.lower, 'Month')
        || (/^(the|a|an)$/.test(next.lower) && /^(weekend|week|morning|afternoon|evening|night|debate|rally|interview|statement)$/.test(lowerAt(tokens, k + 2)));
      return time ? k - 1 : null;
    },
  },
  {
    // "…a noun object and defended the plan": the subject's next predicate (a finite verb after "and").
    id: 'and-finite-verb',
    example: 'Penwick mocked [the ferry plan] and stormed out of the chamber.',
    words: ['and'],
    stopAt: ({ tokens, clausal }, k) => (!clausal && tokens[k].kind === 'word' && tokens[k].lower === 'and' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word' && !isCapitalized(tokens[k + 1])
      && (hasTag(tokens[k + 1].lower, 'PastTense') || hasTag(tokens[k + 1].lower, 'PresentTense')) && !hasTag(tokens[k + 1].lower, 'Noun') ? k - 1 : null),
  },
  {
    // ", and the party…", ", and he…": a new clause of the reporter's.
    id: 'comma-and-subject',
    example: 'Penwick said [the levy was too high], and the council is likely to agree.',
    stopAt: ({ tokens }, k) => (isComma(tokens[k]) && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.kind === 'word' && CLAUSE_SUBJECT_OPENERS.has(tokens[k + 2].lower) ? k - 1 : null),
  },
  {
    // ", and more than 4 in 10 said…": someone else's statement.
    id: 'comma-second-statement',
    example: 'Penwick said [the ferry was late], and 4 in 10 commuters said it was cheaper.',
    stopAt: ({ tokens, last, cues }, k) => (isComma(tokens[k]) && /^(and|but|while)$/.test(lowerAt(tokens, k + 1)) && secondStatementAhead(tokens, k + 2, last, cues) ? k - 1 : null),
  },
  {
    // ", compared with…", ", a swipe at…", ", despite…": the reporter's comparison or aside.
    id: 'comma-aside',
    example: 'Penwick said [the levy would raise 4 million dollars], compared with 3 million last year.',
    stopAt: ({ tokens }, k) => (isComma(tokens[k]) && tokens[k + 1]?.kind === 'word' && /^(compared|a|an|despite|even|from|with)$/.test(tokens[k + 1].lower) ? k - 1 : null),
  },
  {
    id: 'comma-contrast',
    example: 'Penwick said [the levy was too high], though he voted for it.',
    stopAt: ({ tokens }, k) => (commaThenWord(tokens, k) && CONTENT_BREAKS.has(tokens[k + 1].lower) ? k - 1 : null),
  },
  {
    // ", after hackers targeted…", ", since…": the reporter's time clause.
    id: 'comma-time-clause',
    example: 'Penwick said [the ferry timetable was a disgrace], after crossings were cancelled twice.',
    stopAt: ({ tokens }, k) => (commaThenWord(tokens, k) && /^(after|before|since)$/.test(tokens[k + 1].lower) ? k - 1 : null),
  },
  {
    // ", which is spread by mosquitoes", ", who…", ", when…": the reporter's aside about the last noun.
    id: 'comma-relative',
    example: 'Penwick said [the council would vote on the levy], which has been debated since 2019.',
    stopAt: ({ tokens }, k) => (commaThenWord(tokens, k) && RELATIVE_BREAKS.has(tokens[k + 1].lower) ? k - 1 : null),
  },
  {
    // "…to cover part of the cost, according to a person familiar…": the source of its own.
    // The content of "wants" ends at the comma, inside the "according to" content, so only the source's attribution remains.
    id: 'comma-according-to',
    example: '[Marchetti wants the port to cover part of the cost], according to {a council member}.',
    stopAt: ({ tokens }, k) => (commaThenWord(tokens, k) && tokens[k + 1].lower === 'according' && lowerAt(tokens, k + 2) === 'to' ? k - 1 : null),
  },
  {
    // "The researchers plan to follow the students…, Castellano said.": a speaker and verb of speech that
    // end the sentence say who said all of it; the content of a verb inside ("plan") ends at their comma.
    id: 'comma-trailing-cue',
    example: '[The council plans to close the bridge in May], {Penwick} said.',
    stopAt: ({ tokens, last, cues }, k) => (commaThenWord(tokens, k) && trailingSpeakerAndCue(tokens, k + 1, last, cues) ? k - 1 : null),
  },
  {
    // ", calling reports…": a participle clause of the reporter's.
    id: 'comma-cue-participle',
    example: 'Penwick said [the levy was unfair], adding to the pressure on the council.',
    alsoCaughtBy: ['comma-participle'],
    stopAt: ({ tokens, cues }, k) => (commaThenWord(tokens, k) && /ing$/.test(tokens[k + 1].lower) && cues.has(tokens[k + 1].lower) ? k - 1 : null),
  },
  {
    // ", focusing on people under 30", ", contradicting the police": the reporter's participle clause. Not a
    // result the speaker names (", making…", ", leaving…", ", allowing…", ", forcing…"), which annotators keep.
    id: 'comma-participle',
    example: 'Penwick said [the ferry was always late], contradicting the operator.',
    stopAt: ({ tokens }, k) => (commaThenWord(tokens, k) && /^[a-z]{3,}ing$/.test(tokens[k + 1].lower) && !PARTICIPLES_IN_CONTENT.test(tokens[k + 1].lower) ? k - 1 : null),
  },
  {
    id: 'comma-and-said',
    example: 'Penwick said [the levy was too high], and said the council knew it.',
    alsoCaughtBy: ['comma-and-past-predicate', 'and-second-cue'],
    stopAt: ({ tokens }, k) => (commaThenWord(tokens, k) && tokens[k + 1].lower === 'and' && /^(said|added|he|she|they)$/.test(lowerAt(tokens, k + 2)) ? k - 1 : null),
  },
];

/** Every word at which some rule can stop (see `BoundaryRule.words`). */
export const BOUNDARY_WORDS: ReadonlySet<string> = new Set(CONTENT_BOUNDARY_RULES.flatMap((rule) => rule.words ?? []));

/** The boundary rules left after switching off some by id (for `newsdesk eval --without`). */
export function boundaryRulesWithout(without: ReadonlySet<string>): readonly BoundaryRule[] {
  return without.size === 0 ? CONTENT_BOUNDARY_RULES : CONTENT_BOUNDARY_RULES.filter((rule) => !without.has(rule.id));
}
