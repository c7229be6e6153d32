// Word lists behind attribution. Kept apart from the matching code so that a newsroom's
// vocabulary can grow without touching the parser.
import { inflect } from './lexicon/verbs';

const lists: Record<string, readonly string[]> = {};

/** A word class as a set; its list is kept so that a test can reject a word written twice. */
function wordClass(name: string, words: readonly string[]): Set<string> {
  lists[name] = words;
  return new Set(words);
}

/** Every word class of this file by name, as written (for test/engine/lexicon.test.ts). */
export const WORD_CLASS_LISTS: Readonly<Record<string, readonly string[]>> = lists;

// Reporting verbs (classes, flags, inflections, evidence) are one table in lexicon/verbs.ts.

/** Words that negate the verb after them ("did not say", "never said"). */
export const NEGATIONS = wordClass('NEGATIONS', ['not', "n't", 'never']);

/** Auxiliaries and adverbs that may sit between a speaker and the cue ("has also warned"). */
export const CUE_FILLERS = wordClass('CUE_FILLERS', [
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'did', 'does', 'do', 'also', 'later', 'previously', 'repeatedly', 'recently',
  'then', 'again', 'once', 'often', 'publicly', 'privately', 'already', 'just', 'first', 'further',
  'separately', 'earlier', 'still', 'even', 'similarly', 'likewise', 'frequently', 'initially', 'since',
  'reportedly', 'too', 'flatly', 'firmly', 'strongly', 'openly', 'bluntly', 'simply', 'only',
  ...NEGATIONS, 'long', 'generally', 'widely', 'always', 'in', 'fact', 'all', 'both', 'each', 'now',
  'immediately', 'quickly', 'finally', 'specifically', 'explicitly', 'formally', 'officially', 'personally',
]);

export const PRONOUNS: Record<string, { gender: 'male' | 'female' | 'neuter' | 'plural' | 'first' }> = {
  he: { gender: 'male' }, she: { gender: 'female' }, they: { gender: 'plural' }, it: { gender: 'neuter' },
  i: { gender: 'first' }, we: { gender: 'first' }, who: { gender: 'plural' },
};

/** Reflexive pronouns ("found himself", "considers herself"). */
export const REFLEXIVE_PRONOUNS = wordClass('REFLEXIVE_PRONOUNS', [
  'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself', 'yourselves', 'themself',
]);

/** Every form of the personal and relative pronouns: a mention in one of these names nobody by itself. */
export const PRONOUN_FORMS = wordClass('PRONOUN_FORMS', [
  'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs',
  'it', 'its', 'we', 'us', 'our', 'i', 'me', 'my', 'you', 'your', 'who', 'whom', ...REFLEXIVE_PRONOUNS,
]);

/** Pronouns that are a clause's subject ("he said", "we warned"). */
export const SUBJECT_PRONOUNS = wordClass('SUBJECT_PRONOUNS', ['he', 'she', 'it', 'they', 'we', 'i']);

/** Words of rank and role: part of a speaker's description, not of the name. */
export const TITLE_WORDS = wordClass('TITLE_WORDS', [
  'president', 'vice', 'prime', 'minister', 'secretary', 'foreign', 'home', 'defense', 'defence', 'state',
  'national', 'security', 'adviser', 'advisor', 'senator', 'sen.', 'rep.', 'representative', 'gov.',
  'governor', 'mayor', 'gen.', 'general', 'col.', 'lt.', 'sgt.', 'adm.', 'admiral', 'dr.', 'mr.', 'mrs.',
  'ms.', 'miss', 'prof.', 'professor', 'rev.', 'reverend', 'judge', 'justice', 'chief', 'deputy', 'senior',
  'former', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'director', 'chairman', 'chairwoman',
  'chair', 'leader', 'speaker', 'majority', 'minority', 'whip', 'attorney', 'ambassador', 'envoy',
  'official', 'officer', 'commissioner', 'chancellor', 'king', 'queen', 'prince', 'princess', 'lord',
  'lady', 'sir', 'dame', 'pope', 'bishop', 'cardinal', 'father', 'host', 'anchor', 'presenter',
  'correspondent', 'reporter', 'editor', 'columnist', 'economist', 'analyst', 'strategist', 'pollster',
  'manager', 'campaign', 'communications', 'executive', 'ceo', 'founder', 'co-founder', 'head', 'top',
  'acting', 'interim', 'assistant', 'associate', 'candidate', 'nominee', 'congressman', 'congresswoman',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'lawmaker', 'legislator', 'delegate',
  'member', 'councilmember', 'superintendent', 'sheriff', 'detective', 'inspector', 'constable', 'captain', 'capt.', 'major',
  'sergeant', 'lieutenant', 'colonel', 'commander', 'premier', 'president-elect', 'dean', 'provost',
  'coach', 'engineer', 'scientist', 'researcher', 'lawyer', 'doctor', 'nurse', 'teacher', 'pastor',
  'rabbi', 'imam', 'chaplain', 'activist', 'organizer', 'organiser', 'owner', 'resident', 'student',
  'gop', 'democratic', 'republican', 'democrat', 'u.s.', 'british', 'american', 'russian', 'chinese',
  'french', 'german', 'european', 'white', 'house', 'house,', 'atty.', 'supt.', 'gov', 'sen', 'rep',
  'mr', 'mrs', 'ms', 'dr', 'ex', 'opposition', 'party', 'solicitor', 'treasurer', 'auditor',
  'clerk', 'alderman', 'comptroller', 'controller', 'regional', 'city', 'county', 'federal',
  'economic', 'trade', 'health', 'education', 'finance', 'treasury', 'interior', 'energy',
  'transportation', 'transport', 'agriculture', 'commerce', 'labor', 'labour', 'homeland', 'intelligence',
  'military', 'policy', 'political', 'legal', 'medical', 'science', 'technology', 'news',
]);

/**
 * Titles used as forms of address after an honorific ("Mr. President", "Madam Speaker"); any
 * other capitalised word after "Mr."/"Ms." is a surname, even one that is also a title ("Mr. King").
 */
export const ADDRESS_TITLES = wordClass('ADDRESS_TITLES', [
  'president', 'vice', 'speaker', 'chairman', 'chairwoman', 'chair', 'secretary', 'mayor', 'governor',
  'ambassador', 'prime', 'minister', 'senator', 'commissioner', 'chancellor', 'premier',
]);

// Honorifics (forms, gender, what a name drops) are one table in lexicon/honorifics.ts.
export { HONORIFICS } from './lexicon/honorifics';

/** Heads of noun phrases that describe a person by role: "the official", "the minister". */
export const ROLE_NOUNS = wordClass('ROLE_NOUNS', [
  'official', 'minister', 'secretary', 'president', 'senator', 'governor', 'mayor', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'ambassador', 'envoy', 'diplomat', 'chief', 'director', 'chairman',
  'chairwoman', 'leader', 'candidate', 'nominee', 'lawmaker', 'congressman', 'congresswoman', 'judge',
  'lawyer', 'attorney', 'engineer', 'scientist', 'economist', 'analyst', 'professor', 'officer', 'commissioner',
  'chancellor', 'aide', 'executive', 'manager', 'founder', 'pastor', 'doctor', 'coach', 'host', 'senator-elect',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'democrat', 'republican', 'superintendent', 'sheriff',
  'inspector', 'detective', 'captain', 'councilman', 'councilwoman', 'councillor', 'councilor', 'premier',
  'strategist', 'pollster', 'researcher', 'expert', 'activist', 'organizer', 'organiser', 'owner', 'veteran',
  'woman', 'man', 'mother', 'father', 'resident', 'student', 'teacher', 'nurse', 'worker', 'witness',
  'prosecutor', 'lieutenant', 'general', 'admiral', 'colonel', 'commander', 'king', 'queen', 'prince', 'pope',
  'treasurer', 'auditor', 'clerk', 'chair', 'head', 'representative', 'delegate', 'legislator', 'rabbi', 'imam',
  'bishop', 'cardinal', 'chaplain', 'columnist', 'editor', 'reporter', 'correspondent', 'anchor',
  'deckhand', 'farmhand', 'stagehand', 'councilmember',
  // Jobs the tagger files only as verbs ("the guard said" was no one).
  'guard', 'pilot', 'cook', 'guide', 'referee', 'umpire', 'tutor', 'scout',
]);

/** Lower-case words inside a person's name ("Ana de Souza", "Pieter van der Berg"). */
export const NAME_PARTICLES = wordClass('NAME_PARTICLES', [
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el',
]);

/** Heads that, without a name, make an anonymous source: "a senior official", "sources". */
export const ANONYMOUS_HEADS = wordClass('ANONYMOUS_HEADS', [
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'insider', 'insiders', 'diplomat',
  'diplomats', 'person', 'people', 'individual', 'individuals', 'staffer', 'staffers', 'spokesman',
  'spokeswoman', 'spokesperson', 'representative', 'representatives', 'adviser', 'advisers', 'advisor',
  'advisors', 'employee', 'employees', 'member', 'members', 'officer', 'officers', 'investigator',
  'investigators', 'operative', 'operatives', 'confidant', 'confidants', 'associate', 'associates',
]);

/**
 * Vague heads that name people in the plural ("Critics of the plan argue"): a group of people
 * whose sourcing is vague, unlike the pronoun-like "some" or "many" on their own.
 */
export const VAGUE_GROUP_HEADS = wordClass('VAGUE_GROUP_HEADS', [
  'critics', 'experts', 'observers', 'skeptics', 'sceptics', 'detractors', 'commentators', 'pundits',
  'analysts', 'onlookers', 'opponents', 'supporters',
]);

/** Quantifiers that make a plural group vague ("Some parents believe", "Many economists think"). */
export const VAGUE_QUANTIFIERS = wordClass('VAGUE_QUANTIFIERS', ['some', 'many', 'several', 'few', 'most', 'numerous', 'countless']);

/** Heads of vague, generic sources: editors strike these first (the vague groups, and pronoun-like words). */
export const VAGUE_HEADS = wordClass('VAGUE_HEADS', [
  ...VAGUE_GROUP_HEADS, 'some', 'many', 'others', 'few', 'most', 'several', 'somebody', 'someone', 'everyone', 'everybody', 'nobody', 'insiders',
]);

/** Heads of documents and data that speak through "according to" and "shows". */
export const DOCUMENT_HEADS = wordClass('DOCUMENT_HEADS', [
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'statement', 'statements',
  'document', 'documents', 'memo', 'memos', 'letter', 'filing', 'filings', 'data', 'figures', 'analysis',
  'records', 'record', 'complaint', 'lawsuit', 'indictment', 'ruling', 'release', 'email', 'emails',
  'transcript', 'tweet', 'post', 'website', 'estimate', 'estimates', 'research', 'review', 'audit',
  'assessment', 'forecast', 'projection', 'projections', 'findings', 'numbers', 'statistics', 'plan',
  'proposal', 'bill', 'law', 'order', 'agreement', 'deal', 'budget', 'platform', 'ad', 'advertisement',
  'video', 'book', 'article', 'story', 'op-ed', 'editorial', 'speech', 'testimony', 'census', 'index',
]);

/** Heads that make an organisation of a noun phrase: "the Biden administration", "the ministry". */
export const ORGANIZATION_WORDS = wordClass('ORGANIZATION_WORDS', [
  'administration', 'government', 'ministry', 'department', 'office', 'agency', 'committee', 'commission',
  'council', 'party', 'campaign', 'company', 'corporation', 'corp.', 'inc.', 'ltd', 'ltd.', 'group', 'times',
  'post', 'journal', 'news', 'press', 'network', 'cnn', 'bbc', 'reuters', 'ap', 'nato', 'un', 'eu',
  'university', 'institute', 'foundation', 'association', 'union', 'bank', 'board', 'court', 'police',
  'service', 'authority', 'bureau', 'pentagon', 'kremlin', 'congress', 'senate', 'parliament', 'assembly',
  'house', 'cabinet', 'team', 'staff', 'club', 'federation', 'league', 'coalition', 'alliance',
  'tribune', 'herald', 'guardian', 'telegraph', 'gazette', 'observer', 'chronicle', 'magazine', 'daily',
  'organization', 'organisation', 'center', 'centre', 'fund', 'trust', 'firm', 'inc', 'co.',
  'white', 'fbi', 'cia', 'nsa', 'gop', 'dnc', 'rnc', 'who', 'imf', 'opec', 'regulator', 'watchdog',
  'lab', 'laboratory', 'hospital', 'school', 'district', 'city', 'county', 'state', 'states', 'nation',
]);

/** Articles: the word right after one is a noun ("the plan", "the guard"), not a verb. */
export const ARTICLES = wordClass('ARTICLES', ['the', 'a', 'an']);

/** The third persons' possessive determiners ("his plans", "its closure"); "her" is also an object ("told her"). */
export const THIRD_PERSON_POSSESSIVES = wordClass('THIRD_PERSON_POSSESSIVES', ['his', 'her', 'its', 'their']);

/** Every possessive determiner: the third persons' and the first and second persons' ("my", "our", "your"). */
export const POSSESSIVE_DETERMINERS = wordClass('POSSESSIVE_DETERMINERS', [...THIRD_PERSON_POSSESSIVES, 'my', 'our', 'your']);

export const DEMONSTRATIVES = wordClass('DEMONSTRATIVES', ['this', 'that', 'these', 'those']);

/** Words that open a clause's subject after "who" ("who his aides called…", "who some residents…"): "who" is then an object. */
export const SUBJECT_DETERMINERS = wordClass('SUBJECT_DETERMINERS', [...THIRD_PERSON_POSSESSIVES, ...DEMONSTRATIVES, 'some', 'many']);

/** Words that open a speaker's phrase in lower case: articles, the third persons' possessives, subject pronouns. */
export const SPEAKER_OPENERS = wordClass('SPEAKER_OPENERS', [...ARTICLES, ...THIRD_PERSON_POSSESSIVES, ...SUBJECT_PRONOUNS]);

/** Words that open a clause's subject after ", and": a speaker's openers, and the quantifiers of a group ("both", "most"). */
export const CLAUSE_SUBJECT_OPENERS = wordClass('CLAUSE_SUBJECT_OPENERS', [...SPEAKER_OPENERS, 'both', 'most', 'many', 'some']);

/**
 * After "to", words that open the one addressed ("wrote to the board", "to him", "to each member"):
 * determiners and object pronouns. Not "that", which after "to" opens an idiom ("to that end").
 */
export const ADDRESSEE_OPENERS = wordClass('ADDRESSEE_OPENERS', [
  ...ARTICLES, ...POSSESSIVE_DETERMINERS, 'him', 'them', 'me', 'us', 'this', 'these', 'those', 'each', 'every', 'all',
]);

/**
 * Light verbs whose object names a speech act of their subject ("sounded a cautious note", "made a
 * forceful promise", "voiced a strong objection"); after other verbs the object is someone else's
 * ("to change the unfair view that…"). Regular ones inflected as lexicon/verbs does, irregular ones by
 * their forms. "have" stays ("Republicans … have two main questions: how…", one PolNeAR train match);
 * "hold" and "take" earned none and are not here.
 */
export const LIGHT_VERB_FORMS = wordClass('LIGHT_VERB_FORMS', [
  ...['sound', 'issue', 'express', 'voice', 'offer', 'deliver'].flatMap((base) => inflect(base).filter(([, form]) => form !== 'gerund').map(([word]) => word)),
  'make', 'makes', 'made', 'give', 'gives', 'gave', 'strike', 'strikes', 'struck', 'have', 'has', 'had',
]);

/** Endings of adjectives ("cautious", "defensive", "hopeful", "political"): no noun for someone ends so. */
export const ADJECTIVE_ENDINGS = /(?:ous|ful|less|\p{L}{3}able|\p{L}{3}ible)$/u;

/** Relative pronouns that open a clause describing the head before them ("Ellen Marsh, who studies…, said"; ", and whose…"). */
export const APPOSITIVE_RELATIVES = wordClass('APPOSITIVE_RELATIVES', ['who', 'whose', 'which']);

/** Words that open a relative clause, whose own subject a cue inside it has ("in which riders urged"). */
export const RELATIVE_PRONOUNS = wordClass('RELATIVE_PRONOUNS', [...APPOSITIVE_RELATIVES, 'whom']);

/** Jobs held for someone else: "the spokeswoman" is not the mayor she speaks for, and later names the one who holds it. */
export const STAFF_ROLES = wordClass('STAFF_ROLES', [
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'staffer', 'assistant', 'adviser', 'advisor', 'lawyer', 'attorney', 'secretary',
]);

/**
 * The staff roles an apposition adds to a rank or title ("Sgt. Alicia Ferro, a police spokeswoman":
 * "the spokeswoman" later means her). Not "secretary" ("Sen. Ada Marsh, a former Treasury secretary":
 * an office of her own, past, and a later "the secretary" is someone else), nor "staffer", "assistant".
 */
export const STAFF_HEADS = wordClass('STAFF_HEADS', [...STAFF_ROLES].filter((role) => !['staffer', 'assistant', 'secretary'].includes(role)));

/** Heads of groups of people: speakers in the plural that are neither vague nor anonymous. */
export const GROUP_HEADS = wordClass('GROUP_HEADS', [
  'democrats', 'republicans', 'residents', 'voters', 'protesters', 'protestors', 'workers', 'leaders',
  'lawmakers', 'officials', 'activists', 'parents', 'students', 'doctors', 'scientists', 'economists',
  'researchers', 'police', 'authorities', 'investigators', 'prosecutors', 'organizers', 'organisers',
  'negotiators', 'allies', 'members', 'senators', 'governors', 'mayors', 'ministers', 'americans',
  'conservatives', 'liberals', 'progressives', 'supporters', 'opponents', 'families', 'teachers',
  'nurses', 'engineers', 'farmers', 'owners', 'employers', 'unions', 'campaigners', 'advocates',
  'family', 'relatives', 'neighbors', 'neighbours',
]);

/** Phrases that give a reason for anonymity; an anonymous source with one of these nearby is fine. */
export const ANONYMITY_REASONS = [
  'condition of anonymity', 'on condition that', 'not authorized', 'not authorised', 'declined to be named',
  'asked not to be named', 'requested anonymity', 'speak publicly', 'speak on the record', 'to be identified',
  'without being named', 'insisted on anonymity', 'granted anonymity', 'anonymity because', 'fear of reprisal',
  'not permitted to', 'unauthorized to', 'asked not to be identified', 'because of the sensitivity',
  'not to be named', 'name not be used', 'names not be used', 'on the condition that he', 'on the condition that she',
  'on the condition that they', 'on the condition that his', 'on the condition that her', 'on the condition that their',
];

/**
 * Words that may come between a verb and the reason for anonymity it states ("spoke on condition
 * of…", "agreed to speak only on…", "asked that his name…").
 */
export const ANONYMITY_REASON_LINKS = wordClass('ANONYMITY_REASON_LINKS', ['on', 'to', 'speak', 'talk', 'be', 'only', 'under', 'that', 'his', 'her', 'their']);

/** Vague-sourcing phrases an editor strikes, matched as phrases (case-insensitive, word-bounded). */
export const VAGUE_PHRASES = [
  'it is believed', 'it is thought', 'it is said', 'it is understood', 'it is claimed', 'it is alleged',
  'it has been said', 'it has been suggested', 'it has been claimed', 'it has been reported',
  'it is widely believed', 'it is widely known', 'it is rumored', 'it is rumoured', 'has been described as',
  'have been described as', 'is widely seen as', 'is widely regarded as', 'is considered by many',
  'many people think', 'many people believe', 'many people say', 'some people say', 'some people think',
  'people are saying', 'some say', 'some argue', 'some believe', 'some have said', 'some have described',
  'some have called', 'some have suggested', 'critics say', 'critics argue', 'critics contend', 'critics claim',
  'critics charge', 'critics have said', 'critics have called', 'experts say', 'experts warn',
  'experts believe', 'experts agree', 'observers say', 'observers note', 'many believe', 'many say',
  'many argue', 'there are those who', 'sources say', 'rumor has it', 'rumour has it', 'word is',
];

/** Abbreviations whose final period never ends a sentence. */
export const ABBREVIATIONS = wordClass('ABBREVIATIONS', [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'atty', 'insp', 'det', 'no', 'nos', 'vs', 'v',
  'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs',
  'fri', 'sat', 'sun', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind',
  'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'ave', 'blvd', 'rd', 'mt', 'ft', 'approx', 'est', 'fig',
  'al', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a', 'op', 'ed', 'messrs',
]);

/** Words that start a sentence but never a speaker's name. */
export const SENTENCE_CONNECTORS = wordClass('SENTENCE_CONNECTORS', [
  'but', 'and', 'or', 'so', 'yet', 'although', 'though', 'while', 'because', 'if', 'when', 'as', 'since',
  'however', 'meanwhile', 'still', 'instead', 'also', 'now', 'then', 'later', 'earlier', 'after', 'before',
  'in', 'on', 'at', 'for', 'last', 'this', 'that', 'by', 'with', 'without', 'during', 'despite', 'unlike',
  'whereas', 'indeed', 'moreover', 'furthermore', 'otherwise', 'thus', 'hence', 'yes', 'no', 'well',
]);

/** Prepositions that open an adjunct, not a subject ("in which he said", "…, sources said on Monday"). */
export const PREPOSITIONS = wordClass('PREPOSITIONS', [
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'by', 'with', 'from', 'as', 'when',
  'while', 'of', 'about', 'over', 'via', 'through', 'outside', 'inside', 'near', 'since', 'without',
  'following', 'amid', 'ahead',
]);

/** Words that open an adjunct before a clause's subject, up to its comma ("When …,", "During …,", "Despite …,"). */
export const ADJUNCT_OPENERS = wordClass('ADJUNCT_OPENERS', [
  ...PREPOSITIONS, 'if', 'because', 'although', 'though', 'once', 'unless', 'until', 'despite', 'like', 'unlike',
]);

/** Words of a quantity that a preposition may open ("About 9 percent", "at least half", "about two-thirds"). */
export const QUANTITY_WORDS = wordClass('QUANTITY_WORDS', [
  'half', 'third', 'thirds', 'quarter', 'quarters', 'percent', 'majority', 'minority', 'dozen', 'hundreds', 'thousands', 'millions', 'least', 'most',
]);

/** A figure, or one of the quantity words as a whole word, anywhere in a text. */
export const QUANTITY = new RegExp(`\\d|\\b(?:${[...QUANTITY_WORDS].join('|')})\\b`, 'i');

/**
 * Prepositions that govern a noun phrase: a name right after one is their object, never the subject
 * a later pronoun prefers ("praise from Putin would…"). Unlike PREPOSITIONS, no clause openers
 * ("when", "after", "while"), after which a name is a subject again.
 */
export const GOVERNING_PREPOSITIONS = wordClass('GOVERNING_PREPOSITIONS', [
  'from', 'of', 'by', 'with', 'to', 'for', 'at', 'in', 'on', 'about', 'against', 'between', 'among', 'toward', 'towards',
  'like', 'than', 'under', 'over', 'into', 'onto', 'upon', 'without', 'behind', 'beside', 'near',
]);

/** Words after "her" that make it an object ("told her that"), not a possessive ("her campaign"). */
export const AFTER_OBJECT_HER = wordClass('AFTER_OBJECT_HER', [
  'that', 'to', 'the', 'a', 'an', 'about', 'of', 'on', 'in', 'at', 'for', 'with', 'and', 'or', 'but', 'if', 'how', 'what', 'why',
  'when', 'not', 'so', 'as',
]);

/**
 * The U.S. states by name, as a place is written after a city ("Roanoke, Virginia"); compromise's
 * lexicon files a few as given names ("Virginia") and knows the two-word ones only joined.
 */
export const US_STATES = wordClass('US_STATES', [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey',
  'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina',
  'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
]);

/** Parties whose member is named with "of" and a state: ", Republican of Iowa,". */
export const PARTY_NAMES = wordClass('PARTY_NAMES', ['republican', 'democrat', 'independent']);

/** Words of time and occasion around a cue ("said on Monday", "told reporters this weekend", "in a statement"). */
/** Words that are only a time ("last week", "every morning", "on Monday" with the weekday's capital): nothing said, no one speaking. */
export const TIME_WORDS = wordClass('TIME_WORDS', [
  'this', 'last', 'next', 'every', 'each', 'on', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'week', 'weekend', 'month',
  'year', 'morning', 'afternoon', 'evening', 'night', 'again', 'recently', 'twice', 'once', 'often',
]);

export const TIME_ADJUNCT_WORDS = wordClass('TIME_ADJUNCT_WORDS', [
  'this', 'last', 'next', 'on', 'in', 'at', 'during', 'earlier', 'later', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning',
  'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'recently', 'again', 'also',
  'then', 'privately', 'publicly', 'an', 'a', 'the', 'interview', 'statement', 'speech', 'briefing',
  'conference', 'news', 'press', 'twitter', 'tweet', 'email', 'phone', 'call', 'radio', 'television',
  'tv', 'rally', 'meeting', 'hearing', 'event',
]);

/** Nouns of saying that attribute with a possessor: "Trump's claim that…". */
export const SAYING_NOUNS = wordClass('SAYING_NOUNS', [
  'claim', 'claims', 'assertion', 'belief', 'view', 'argument', 'suggestion', 'insistence', 'warning',
  'promise', 'pledge', 'plan', 'proposal', 'call', 'denial', 'admission', 'accusation', 'allegation',
  'contention', 'prediction', 'statement', 'remark', 'remarks', 'comment', 'comments', 'charge',
  'concern', 'fear', 'hope', 'vow', 'threat', 'decision', 'refusal', 'position', 'stance',
  'insinuation', 'complaint', 'criticism', 'explanation', 'assessment', 'estimate', 'conclusion',
]);

/** Cue forms that are nouns as often as verbs ("states", "support", "reporting"): they speak only after a real subject. */
export const NOUN_LIKE_CUES = wordClass('NOUN_LIKE_CUES', [
  'states', 'state', 'support', 'supports', 'report', 'reports', 'reporting', 'shows', 'show',
  'claims', 'calls', 'plans', 'plan', 'hopes', 'fears', 'backs', 'points', 'posts', 'offers',
  'questions', 'charges', 'comments', 'echoes', 'aims', 'promises', 'pledges', 'vows', 'estimates',
  'notes', 'remarks', 'answers', 'demands', 'concerns', 'views', 'cites', 'finds', 'findings',
  'signals', 'tweets', 'accounts', 'expects', 'wants', 'needs', 'attacks', 'rails', 'refers', 'talks',
]);

/** Words that end a clause's subject when read backwards from its verb ("…, and the ferry is expected to"). */
export const SUBJECT_BOUNDARY = wordClass('SUBJECT_BOUNDARY', [
  'and', 'but', 'or', 'that', 'because', 'although', 'though', 'while', 'if', 'when', 'as', 'since',
  'so', 'yet', 'after', 'before', 'whether', 'than', 'where', 'once', 'unless', 'until',
]);
