// What a capitalised name stands for: a person, an organisation, a place, a group of people or no
// entity at all ("Meanwhile", "Presidential Debates"). Pronouns and titles may only refer to what
// can speak, so every name is typed before anything is resolved, from the evidence a reader uses:
// honorifics and titles, first names, organisation and place words, compromise's lexicon tags, and
// the words around the name (", who", "in Springfield"). The rules are an ordered table: the first
// that fires decides, and each can be measured on its own (`ENTITY_RULES`).
import { lexiconTags } from './cues';
import { GROUP_HEADS, HONORIFICS, ORGANIZATION_WORDS, ROLE_NOUNS, TITLE_WORDS, US_STATES, VAGUE_GROUP_HEADS } from './lexicon';
import type { Token } from './segment';

/** `unknown`: a capitalised word with no evidence either way, such as a surname the lexicon lacks ("Trump"). */
export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'thing' | 'unknown';

/** Last words of place names: "Capitol Hill", "Main Street", "Harbour Bridge". */
export const PLACE_HEADS = new Set([
  'street', 'st.', 'avenue', 'ave.', 'road', 'rd.', 'boulevard', 'blvd.', 'lane', 'drive', 'way', 'square', 'plaza',
  'hill', 'park', 'bridge', 'river', 'valley', 'island', 'islands', 'beach', 'lake', 'mountain', 'mountains', 'bay',
  'harbor', 'harbour', 'coast', 'peninsula', 'sea', 'ocean', 'gulf', 'strait', 'canal', 'airport', 'station',
  'stadium', 'arena', 'hall', 'building', 'tower', 'mall', 'highway', 'freeway', 'interstate', 'port', 'falls',
  'heights', 'springs', 'county', 'province', 'territory', 'district', 'region', 'borough', 'township', 'village',
  'city', 'town', 'state', 'capitol', 'desert', 'forest', 'canyon', 'border',
]);

/** U.S. states as news style abbreviates them after a city ("Ashton, Md."): AP's state abbreviations and the postal codes. */
export const STATE_ABBREVIATIONS = new Set([
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.', 'md.', 'mass.',
  'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.',
  'r.i.', 's.c.', 's.d.', 'tenn.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.', 'wyo.', 'd.c.',
]);

/** Prepositions after which a capitalised name is a place far more often than anything else. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'across', 'outside', 'inside', 'throughout', 'around', 'toward', 'towards', 'into', 'across']);

/** Last words of company and media names that the general organisation words lack ("Quillon Aerospace", "Northwind Radio", "Harwick & Sons"). */
export const COMPANY_NAME_ENDINGS = new Set([
  'aerospace', 'airlines', 'airways', 'motors', 'energy', 'systems', 'technologies', 'technology', 'pharmaceuticals', 'pharma',
  'holdings', 'industries', 'partners', 'capital', 'media', 'radio', 'television', 'tv', 'broadcasting', 'communications',
  'insurance', 'foods', 'brewing', 'brewery', 'logistics', 'shipping', 'construction', 'labs', 'software', 'solutions',
  'ventures', 'enterprises', 'sons', 'brothers', 'associates', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'railway', 'railroad',
  'utilities', 'electric', 'mining', 'steel', 'oil', 'gas', 'petroleum', 'chemicals', 'creamery', 'dairy', 'bakery', 'farms',
  'hotel', 'hotels', 'resorts', 'studios', 'records', 'publishing', 'press', 'books', 'courier', 'gazette', 'project',
  'marine', 'maritime', 'ferries', 'lines', 'transit', 'transport', 'health', 'properties', 'realty',
  'church', 'mosque', 'synagogue', 'temple', 'cathedral', 'parish', 'diocese', 'archdiocese', 'congregation', 'mission',
]);

/** First words of place names ("Fort Pierce", "Lake Placid", "Port Ellis", "San Diego"). */
export const PLACE_PREFIXES = new Set(['fort', 'ft.', 'mount', 'mt.', 'lake', 'cape', 'port', 'san', 'santa', 'los', 'las', 'saint', 'isle']);

/** Lexicon tags of words that are never a one-word name: "On", "But", "Some", "Japanese". */
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Demonym', 'Adverb'];

/** Whether a one-word name is a function word or a nationality, whatever its capital says. */
export function isFunctionWord(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length === 1 && lexiconTags(bare(words[0].toLowerCase())).some((tag) => FUNCTION_TAGS.includes(tag));
}

/** Last words of names of laws, plans, events and other things that never speak. */
export const THING_HEADS = new Set([
  'act', 'bill', 'plan', 'program', 'programme', 'law', 'amendment', 'treaty', 'accord', 'accords', 'agreement', 'deal',
  'initiative', 'debate', 'debates', 'convention', 'summit', 'conference', 'games', 'olympics', 'war', 'crisis',
  'award', 'awards', 'prize', 'emmy', 'emmys', 'oscar', 'oscars', 'day', 'week', 'festival', 'cup', 'series', 'season',
  'primary', 'primaries', 'caucus', 'caucuses', 'election', 'elections', 'doctrine', 'rule', 'order',
]);

/** Organisation words that end people's names as often ("Betty White"): they type a name only with other evidence. */
const SURNAME_LIKE_ORGANIZATION_WORDS = new Set(['white', 'post', 'times', 'news', 'house', 'trust', 'fund', 'chair', 'king']);

/** Members of parties and movements, capitalised but never one person's name ("Democrats", "Tories"). */
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'conservative', 'liberal', 'independent', 'libertarian', 'socialist', 'tory', 'labourite', 'progressive', 'evangelical', 'catholic', 'protestant', 'muslim', 'christian', 'jew', 'hispanic', 'latino']);

/** Lexicon tags that say a word is a name, or part of one. */
const NAME_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'ProperNoun', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Demonym', 'Acronym']);
/** Lexicon tags that say a word is ordinary vocabulary, not a name, when nothing else does. */
const COMMON_TAGS = new Set(['Adjective', 'Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord', 'Expression', 'Value', 'Cardinal', 'Date', 'Month', 'WeekDay']);

/** A lower-case word without its possessive ending ("clinton's" -> "clinton"). */
export function bare(lower: string): string {
  // Most words end in neither "s" nor an apostrophe: they need no regular expression (this runs for nearly every word).
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 0x73 && last !== 0x27 && last !== 0x2019) return lower;
  return lower.replace(/['’]s$|['’]$/, '');
}

function tagged(lower: string, ...tags: string[]): boolean {
  const own = lexiconTags(lower);
  // A plain loop: the entity rules ask this about every word of every name (no callback per call).
  for (const tag of tags) if (own.includes(tag)) return true;
  return false;
}

/** Whether compromise's lexicon knows a lower-case word as someone's first name. */
export function isFirstName(lower: string): boolean {
  return tagged(lower, 'FirstName', 'MaleName', 'FemaleName');
}

/** Whether the lexicon knows several words together as a place ("new york", "south africa", "los angeles"), whatever each alone is. */
export function isKnownPlace(lowers: readonly string[]): boolean {
  return lowers.length >= 2 && tagged(lowers.join(' '), 'Country', 'City', 'Region', 'Place');
}

/** A word the lexicon knows only as ordinary vocabulary ("meanwhile", "presidential", "race"). */
function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (!tags.length) return false;
  if (tags.some((tag) => NAME_TAGS.has(tag))) return false;
  return tags.some((tag) => COMMON_TAGS.has(tag) || tag === 'Noun' || tag === 'Singular' || tag === 'Plural' || tag === 'Uncountable' || tag === 'Actor');
}

/** "U.N.", "FBI", "MIT", "EB-5": an abbreviation names an organisation or a thing, never a person. */
function isAcronym(text: string): boolean {
  // Each form has a capital, then a capital, a full stop, a hyphen or a digit: a lower-case second letter rules all out.
  const second = text.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return false;
  return /^(?:\p{Lu}\.){2,}$/u.test(text) || /^\p{Lu}{2,4}$/u.test(text) || /^\p{Lu}{1,4}-?\d+$/u.test(text);
}

/** What the rules see of a name: its words (without the title before it) and the tokens around the phrase. */
export interface NameEvidence {
  /** The name's words as written ("Stephanie", "McCrummen"). */
  words: readonly string[];
  /** Title or description before the name within the phrase ("Sen.", "Budget Director"), or null. */
  role: string | null;
  honorific: boolean;
  /** "The Ashford Mariners": the article before the name, which people's names never take. */
  article: boolean;
  /** "Clinton's rally": a possessive name owns something; it is no place. */
  possessive: boolean;
  /** The token before the phrase and the two after it (word or punctuation), if any. */
  before?: Token;
  after?: Token;
  afterNext?: Token;
  /** The phrase starts its sentence: a capital letter there proves nothing. */
  sentenceStart: boolean;
}

export interface EntityRule {
  id: string;
  /** A sentence with the name the rule types in [brackets] (checked by a test). */
  example: string;
  type: EntityType;
  test: (name: NameEvidence, lowers: readonly string[]) => boolean;
}

/** The rules, in the order they apply: evidence of a person before the weaker evidence against one. */
export const ENTITY_RULES: readonly EntityRule[] = [
  {
    id: 'organization-word',
    example: 'The [Ellis County Transportation Department] declined.',
    type: 'organization',
    // Before titles: "County" or "Transportation" in a department's name is no one's title. A
    // surname that is also an organisation word ("Betty White") is left to the first-name rule.
    test: (_, lowers) => COMPANY_NAME_ENDINGS.has(lowers[lowers.length - 1]) || (ORGANIZATION_WORDS.has(lowers[lowers.length - 1]) && !(SURNAME_LIKE_ORGANIZATION_WORDS.has(lowers[lowers.length - 1]) && isFirstName(lowers[0])))
      || lowers.some((lower) => tagged(lower, 'Organization', 'SportsTeam'))
      // "Ellis County Transit", "Bank of Ellis": an organisation word inside a longer name.
      || (lowers.length >= 2 && lowers.slice(0, -1).some((lower) => ORGANIZATION_WORDS.has(lower) && !SURNAME_LIKE_ORGANIZATION_WORDS.has(lower) && !TITLE_WORDS.has(lower))),
  },
  {
    id: 'honorific-or-title',
    example: '[Sen. Maria Ortiz] voted no.',
    type: 'person',
    test: (name) => name.honorific || (name.role !== null && name.role.split(/\s+/).some((word) => TITLE_WORDS.has(bare(word.toLowerCase())) || ROLE_NOUNS.has(bare(word.toLowerCase())) || HONORIFICS.has(word.toLowerCase()))),
  },
  {
    id: 'place-prefix',
    example: 'The storm hit [Fort Pierce] at noon.',
    type: 'place',
    test: (_, lowers) => lowers.length >= 2 && PLACE_PREFIXES.has(lowers[0]) && !ORGANIZATION_WORDS.has(lowers[lowers.length - 1]) && !COMPANY_NAME_ENDINGS.has(lowers[lowers.length - 1]),
  },
  {
    id: 'first-name',
    example: 'The story was written by [Stephanie McCrummen] last week.',
    type: 'person',
    test: (_, lowers) => lowers.length >= 2 && lowers.length <= 5 && isFirstName(lowers[0]) && !PLACE_HEADS.has(lowers[lowers.length - 1]) && !THING_HEADS.has(lowers[lowers.length - 1])
      && (!ORGANIZATION_WORDS.has(lowers[lowers.length - 1]) || SURNAME_LIKE_ORGANIZATION_WORDS.has(lowers[lowers.length - 1])),
  },
  {
    id: 'place-word',
    example: 'Lawmakers on [Capitol Hill] balked.',
    type: 'place',
    test: (_, lowers) => lowers.length >= 2 && PLACE_HEADS.has(lowers[lowers.length - 1]),
  },
  {
    id: 'thing-word',
    example: 'Repealing the [Affordable Care Act] would take years.',
    type: 'thing',
    test: (_, lowers) => THING_HEADS.has(lowers[lowers.length - 1]),
  },
  {
    id: 'acronym',
    example: 'A resolution at the [U.N.] failed.',
    type: 'organization',
    test: (name) => name.words.length === 1 && isAcronym(name.words[0]),
  },
  {
    id: 'state-abbreviation',
    example: 'She lives in Ashton, [Md.], with her son.',
    type: 'place',
    test: (name) => name.words.length === 1 && STATE_ABBREVIATIONS.has(name.words[0].toLowerCase()),
  },
  {
    id: 'state-name',
    example: 'The mayor of Roanoke, [Virginia], said the road would close.',
    type: 'place',
    // A state's whole name, whatever else compromise files its words as ("Virginia" is also a given name).
    test: (_, lowers) => US_STATES.has(lowers.join(' ')),
  },
  {
    id: 'city-and-state',
    example: 'Rawlings, of [Ashton], Md., watched.',
    type: 'place',
    test: (name) => name.after?.text === ',' && name.afterNext !== undefined && (STATE_ABBREVIATIONS.has(name.afterNext.lower) || tagged(name.afterNext.lower, 'Region', 'Country')) && /^\p{Lu}/u.test(name.afterNext.text),
  },
  {
    id: 'place-name',
    example: 'Officials say [Canada] will sign.',
    type: 'place',
    test: (_, lowers) => isKnownPlace(lowers) || (lowers.every((lower) => tagged(lower, 'Country', 'City', 'Region', 'Place', 'Address')) && !lowers.some((lower) => tagged(lower, 'Person', 'LastName', 'FirstName'))),
  },
  {
    id: 'who-follows',
    example: 'We met [Marchetti], who runs the port.',
    type: 'person',
    test: (name) => name.after?.text === ',' && name.afterNext?.lower === 'who',
  },
  {
    id: 'people-word',
    example: 'Most [Democrats] disagreed.',
    type: 'group',
    test: (_, lowers) => lowers.every((lower) => tagged(lower, 'Demonym') || (tagged(lower, 'Plural') && !tagged(lower, 'Person', 'LastName')) || (lower.endsWith('s') && (tagged(lower.slice(0, -1), 'Demonym', 'Actor') || PARTY_MEMBERS.has(lower.slice(0, -1)))))
      || lowers.some((lower) => /^[\p{L}-]+-americans?$/u.test(lower)),
  },
  {
    id: 'sentence-initial-group-noun',
    example: '[Protesters] marching through the streets chanted slogans.',
    type: 'group',
    // A plural the lexicon lists as a group of people ("Residents", "Protesters", "Critics"), capitalised only by its place.
    test: (name, lowers) => name.sentenceStart && lowers.length === 1 && (GROUP_HEADS.has(lowers[0]) || VAGUE_GROUP_HEADS.has(lowers[0])),
  },
  {
    id: 'sentence-initial-plural',
    example: '[Riders] with a bus pass travel free.',
    type: 'group',
    test: (name, lowers) => name.sentenceStart && lowers.length === 1 && /[^s]s$/.test(lowers[0]) && !lexiconTags(lowers[0]).some((tag) => NAME_TAGS.has(tag))
      && (name.after === undefined || name.after.text === ',' || ['with', 'who', 'that', 'from', 'in', 'across', 'at', 'of', 'and'].includes(name.after.lower)),
  },
  {
    id: 'sentence-initial-person-plural',
    example: '[Commuters] said the bus was late again.',
    type: 'group',
    // The plural of a noun for a person ("Commuters", "Shoppers"), capitalised only by its place: no name the lexicon knows.
    test: (name, lowers) => name.sentenceStart && lowers.length === 1 && /[^s]s$/.test(lowers[0]) && isPersonNoun(lowers[0].slice(0, -1))
      && !lexiconTags(lowers[0]).some((tag) => NAME_TAGS.has(tag)) && !lexiconTags(lowers[0].slice(0, -1)).some((tag) => NAME_TAGS.has(tag)),
  },
  {
    id: 'after-place-preposition',
    example: 'The rally in [Springfield] drew a crowd.',
    type: 'place',
    test: (name) => !name.possessive && name.before !== undefined && PLACE_PREPOSITIONS.has(name.before.lower),
  },
  {
    id: 'definite-name',
    example: 'Since 1962 [The Ashford Mariners] have played here.',
    type: 'organization',
    // Two words at least: "the McKinley plan" uses one name as a modifier.
    test: (name, lowers) => name.article && lowers.length >= 2 && !lowers.some(isFirstName),
  },
  {
    id: 'known-person',
    example: 'The plan came from [Obama] last year.',
    type: 'person',
    test: (_, lowers) => lowers.some((lower) => tagged(lower, 'Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName')),
  },
  {
    id: 'verbless-sentence',
    example: '[Gender Equality].',
    type: 'thing',
    test: (name) => name.sentenceStart && !name.honorific && (name.after === undefined || name.after.text === '.' || name.after.text === ':'),
  },
  {
    id: 'sentence-initial-modifier',
    example: '[Ambitious] as it was, the plan failed.',
    type: 'thing',
    test: (name, lowers) => name.sentenceStart && lowers.length === 1 && !lexiconTags(lowers[0]).length && /(ous|ive|ful|able|ible|ical|less|ish|ly|ing|ed)$/.test(lowers[0]),
  },
  {
    id: 'sentence-initial-abstract-noun',
    example: '[Immigration], he said, would decide the race.',
    type: 'thing',
    // Endings of abstract nouns that surnames hardly have ("-ity" has Hannity, "-ward" Howard: not those).
    test: (name, lowers) => name.sentenceStart && lowers.length === 1 && !lexiconTags(lowers[0]).length && /(?:tion|sion|ism|ness|ment|ship|hood|dom)$/.test(lowers[0]),
  },
  {
    id: 'ordinary-words',
    example: 'They read [Gap Goes] on Monday.',
    type: 'thing',
    // Mid-sentence, one capitalised word is a name even when it is also a word ("Ban said", "Brown"):
    // only at a sentence's start, or in a phrase of several, does ordinary vocabulary tell against a name.
    test: (name, lowers) => lowers.some((lower) => isCommonWord(lower)) && (name.sentenceStart || lowers.length > 1),
  },
];

/** What `entityTypeOf` answers: one frozen object per rule, made once (it runs for every phrase with a name). */
const UNKNOWN_ENTITY: { readonly type: EntityType; readonly rule: string | null } = Object.freeze({ type: 'unknown', rule: null });
const RULE_ANSWERS = new Map(ENTITY_RULES.map((rule) => [rule, Object.freeze({ type: rule.type, rule: rule.id })]));

/** The first rule that fires, or `unknown` when none does. */
export function entityTypeOf(name: NameEvidence): { readonly type: EntityType; readonly rule: string | null } {
  const lowers: string[] = [];
  for (const word of name.words) {
    const lower = bare(word.toLowerCase());
    if (lower && !/^(jr\.?|sr\.?|ii|iii|iv)$/.test(lower)) lowers.push(lower);
  }
  if (!lowers.length) return UNKNOWN_ENTITY;
  for (const rule of ENTITY_RULES) if (rule.test(name, lowers)) return RULE_ANSWERS.get(rule)!;
  return UNKNOWN_ENTITY;
}

/** Whether a name may be what "he" or "she" refers to: a person, or a name with no evidence against it. */
export function mayBePerson(type: EntityType | undefined): boolean {
  return type === undefined || type === 'person' || type === 'unknown';
}

/** Endings of nouns for people ("strategist", "historian", "congresswoman", "auctioneer", "actress"). */
const PERSON_NOUN_ENDINGS = /(?:ist|ian|man|woman|person|eer|ess)$/;
/** Endings shared by nouns for people and for things ("resident", "assessor"): trusted on longer words that are no abstract noun. */
const AGENT_ENDINGS = /(?:ent|ant|or|er|ee)$/;
const ABSTRACT_ENDINGS = /(?:ment|ness|ance|ence)$/;

/**
 * Whether a lower-case head noun names a person ("the actress", "the retired neurosurgeon"): a role
 * noun, a word compromise's lexicon tags as an actor (or ending in one: neuro|surgeon), or one with
 * a person-noun ending that the lexicon does not contradict.
 */
export function isPersonNoun(head: string): boolean {
  if (ROLE_NOUNS.has(head)) return true;
  const tags = lexiconTags(head);
  if (tags.includes('Actor') || tags.includes('Person')) return true;
  for (let cut = 2; cut <= head.length - 4; cut++) if (lexiconTags(head.slice(cut)).includes('Actor')) return true;
  if (tags.length) return false;
  return PERSON_NOUN_ENDINGS.test(head) || (head.length > 6 && AGENT_ENDINGS.test(head) && !ABSTRACT_ENDINGS.test(head));
}

/**
 * Whether the capitalised word at `index` of a name run is a job before a full name ("Deckhand
 * Tomas Greer", "Billionaire Tom Steyer"): a person noun the lexicon does not also file as a name,
 * followed by a first name and a capitalised surname. It is the person's role, as a title is.
 */
export function isRoleBeforeFullName(words: readonly Token[], lowers: readonly string[], index: number, last: number): boolean {
  const lower = lowers[index];
  if (index + 2 > last || !isFirstName(lowers[index + 1]) || !/^\p{Lu}/u.test(words[index + 2].text) || isFirstName(lower)) return false;
  // "the Mother Emanuel Church": a name that ends in a body or a place is no person's.
  if (lowers.slice(index + 2, last + 1).some((word) => ORGANIZATION_WORDS.has(word) || COMPANY_NAME_ENDINGS.has(word) || PLACE_HEADS.has(word))) return false;
  return ROLE_NOUNS.has(lower) || (isPersonNoun(lower) && !lexiconTags(lower).some((tag) => NAME_TAGS.has(tag)));
}

/**
 * Organisation descriptions and the words in a name that make an organisation fit them: "the
 * newspaper" is the Post or the Times, "the network" CNN or "Russia Today", "the bank" Wells Fargo
 * only when nothing closer fits. `generic` heads fit any organisation.
 */
const NEWSPAPER_NAME_WORDS = ['post', 'times', 'journal', 'tribune', 'herald', 'gazette', 'globe', 'chronicle', 'observer', 'telegraph', 'guardian', 'inquirer', 'star', 'sun', 'daily', 'news'];
const BROADCASTER_NAME_WORDS = ['news', 'network', 'tv', 'television', 'today', 'broadcasting', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'fox', 'bbc', 'pbs', 'npr', 'radio', 'channel'];

export const ORGANIZATION_DESCRIPTIONS: Record<string, { fits: readonly string[]; generic?: boolean }> = {
  newspaper: { fits: [...NEWSPAPER_NAME_WORDS, 'register', 'examiner', 'courier', 'dispatch', 'bee', 'record'] },
  paper: { fits: NEWSPAPER_NAME_WORDS },
  network: { fits: BROADCASTER_NAME_WORDS },
  broadcaster: { fits: BROADCASTER_NAME_WORDS },
  channel: { fits: ['news', 'network', 'tv', 'television', 'channel', 'cnn', 'msnbc', 'fox'] },
  station: { fits: ['radio', 'tv', 'television', 'fm', 'am'] },
  bank: { fits: ['bank', 'bancorp', 'fargo', 'sachs', 'chase', 'citigroup', 'citi', 'hsbc', 'barclays', 'reserve'] },
  union: { fits: ['union', 'workers', 'federation', 'association', 'brotherhood', 'teamsters', 'afl-cio', 'seiu', 'alliance', 'guild', 'nurses', 'teachers', 'employees'] },
  campaign: { fits: ['campaign', 'for president', 'pac'] },
  administration: { fits: ['administration', 'white house', 'government'] },
  agency: { generic: true, fits: ['agency', 'office', 'administration', 'department', 'bureau', 'service', 'commission', 'authority', 'investigations', 'enforcement', 'fbi', 'cia', 'nsa', 'epa', 'fda', 'irs'] },
  department: { fits: ['department', 'ministry'] },
  ministry: { fits: ['ministry', 'department'] },
  court: { fits: ['court', 'tribunal'] },
  party: { fits: ['party', 'democrats', 'republicans', 'gop', 'labour', 'conservatives'] },
  university: { fits: ['university', 'college', 'institute', 'school'] },
  website: { fits: ['.com', 'hedge', 'post', 'news', 'breitbart', 'politico', 'blog', 'site'] },
  site: { fits: ['.com', 'hedge', 'post', 'news', 'blog', 'site'] },
  utility: { fits: ['power', 'energy', 'electric', 'gas', 'water', 'utilities', 'light'] },
  company: { fits: [], generic: true },
  firm: { fits: [], generic: true },
  corporation: { fits: [], generic: true },
  group: { fits: [], generic: true },
  organization: { fits: [], generic: true },
  organisation: { fits: [], generic: true },
  team: { fits: ['team', 'club', 'fc', 'united'], generic: true },
};

/** Whether an organisation's name fits a description's head ("Washington Post" fits "the newspaper"). */
export function organizationFits(name: string, head: string): boolean {
  const description = ORGANIZATION_DESCRIPTIONS[head];
  if (!description) return false;
  const lower = ` ${name.toLowerCase()} `;
  if (lower.includes(` ${head} `)) return true;
  return description.generic === true || description.fits.some((word) => lower.includes(word.startsWith('.') ? word : ` ${word} `) || lower.includes(` ${word}`));
}

/** Abbreviated titles as a role reads them: "Sen." is a senator, "State Rep." a state representative. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', 'rep.': 'representative', 'gov.': 'governor', 'lt. gov.': 'lieutenant governor', 'gen.': 'general',
  'lt.': 'lieutenant', 'col.': 'colonel', 'sgt.': 'sergeant', 'adm.': 'admiral', 'capt.': 'captain', 'cmdr.': 'commander',
  'prof.': 'professor', 'rev.': 'reverend', 'del.': 'delegate', 'atty.': 'attorney', 'supt.': 'superintendent', 'insp.': 'inspector',
};

/** Courtesy titles, which say nothing of a role ("Mr. King" has none). */
const COURTESY_TITLES = new Set(['mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'mx.', 'dr.', 'dr', 'sir', 'dame', 'lord', 'lady']);

/**
 * The role a title before a name gives: "Budget Director" as written, "State Rep." as "state
 * representative", a courtesy title ("Mr.") none at all.
 */
export function roleFromTitle(title: string): string | null {
  const words = title.trim().split(/\s+/).filter((word) => !COURTESY_TITLES.has(word.toLowerCase()));
  if (!words.length) return null;
  // "Deckhand" before a name is capitalised by its place only: a job that is no formal title is written lower-case.
  if (words.length === 1 && !TITLE_WORDS.has(words[0].toLowerCase()) && isPersonNoun(words[0].toLowerCase())) return words[0].toLowerCase();
  if (!words.some((word) => TITLE_ABBREVIATIONS[word.toLowerCase()])) return words.join(' ');
  return words.map((word) => TITLE_ABBREVIATIONS[word.toLowerCase()] ?? word.toLowerCase()).join(' ');
}

/** Charges and costs: nouns whose "will add $9" is arithmetic, never speech ("The new fee will add…"). */
export const COST_NOUNS = new Set([
  'fee', 'fees', 'tax', 'taxes', 'surcharge', 'levy', 'fare', 'fares', 'toll', 'tolls', 'rate', 'rates', 'price', 'prices', 'cost', 'costs',
  'charge', 'charges', 'increase', 'hike', 'cut', 'credit', 'rebate', 'payment', 'payments', 'premium', 'premiums', 'assessment', 'tariff', 'tariffs',
]);
