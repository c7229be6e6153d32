// Noun phrases that can speak: finding their edges next to a cue, and telling what they are
// (a named person, a pronoun, a title, an organisation, an anonymous or vague source, a document).
import { hasTag, isVerbLike, lexiconTags } from './cues';
import {
  ADDRESS_TITLES, ANONYMOUS_HEADS, ARTICLES, CUE_FILLERS, DOCUMENT_HEADS, GROUP_HEADS, HONORIFICS, ORGANIZATION_WORDS, PRONOUNS, ROLE_NOUNS,
  SENTENCE_CONNECTORS, TITLE_WORDS, VAGUE_GROUP_HEADS, VAGUE_HEADS, VAGUE_QUANTIFIERS,
} from './lexicon';
import type { Token } from './segment';
import type { EntityType, NameEvidence } from './entities';
import { COMPANY_NAME_ENDINGS, ORGANIZATION_DESCRIPTIONS, bare, entityTypeOf, isFirstName, isKnownPlace, isPersonNoun, isRoleBeforeFullName } from './entities';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from './lexicon/honorifics';

export type MentionKind = 'pronoun' | 'name' | 'description' | 'organization' | 'anonymous' | 'vague' | 'document' | 'group';

export interface Mention {
  /** Paragraph-relative character offsets of the whole noun phrase. */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** The proper name inside the phrase ("Jake Sullivan" in "National security adviser Jake Sullivan"). */
  name: string | null;
  /** Title or description words before the name, or the whole description. */
  role: string | null;
  /** Lower-case head noun ("official", "administration"). */
  head: string;
  definite: boolean;
  plural: boolean;
  pronoun?: 'male' | 'female' | 'neuter' | 'plural' | 'first';
  /** An honorific ("Mr.", "Sen.") makes a lone surname a person. */
  honorific?: string;
  /** Gender from the honorific or title ("Mrs.", "spokeswoman") or the text's own pronoun ("Limbaugh told his audience"). */
  gender?: 'male' | 'female';
  /** For a relative pronoun ("who said"): the phrase it stands for. */
  refersTo?: Mention;
  /** A description with a head noun outside the role lists ("the announcer"): its own actor. */
  generic?: boolean;
  /** A group whose sourcing is vague ("Critics of the plan", "Some parents"): flagged as vague attribution. */
  vague?: boolean;
  /** The byline's author: whom a column's "I" refers to. */
  author?: boolean;
  /** What the proper name stands for (entities.ts), and the rule that said so; only for mentions with a name. */
  entity?: EntityType;
  entityRule?: string;
  /** "Mr. Grassley and Mr. Leahy": the people a coordinated mention joins (kind 'group'). */
  members?: readonly Mention[];
}

const AGE = /^\d+-(year|month)-old$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'other', 'his', 'her', 'their', 'its', 'our', 'no', 'each', 'every', 'both', 'few', 'all']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'few', 'most', 'no', 'each', 'every', 'both', 'all']);
const NP_LINKS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to', 'close', 'familiar']);
const MALE_WORDS = new Set([...MALE_HONORIFICS, 'spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'king', 'prince', 'father', 'man', 'brother', 'son', 'husband', 'widower', 'grandfather', 'dad', 'boy', 'uncle', 'nephew']);
const FEMALE_WORDS = new Set([...FEMALE_HONORIFICS, 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'queen', 'princess', 'mother', 'woman', 'sister', 'daughter', 'wife', 'widow', 'grandmother', 'mom', 'girl', 'aunt', 'niece', 'actress']);

/** Prepositions after which a capitalised name is where something happens ("at Riverside General"). */
const LOCATIVE_PREPOSITIONS = new Set(['at', 'in', 'from']);

/** Plural nouns for people that do not end in -s ("Few people", "two women"). */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'folk']);

/** The gender that words of a title or description state ("widow", "congresswoman"), if any. */
export function genderOfWords(lowers: readonly string[]): 'male' | 'female' | undefined {
  let gender: 'male' | 'female' | undefined;
  for (const lower of lowers) {
    if (MALE_WORDS.has(lower)) gender = 'male';
    else if (FEMALE_WORDS.has(lower)) gender = 'female';
  }
  return gender;
}
const PLACE_WORDS = new Set(['u.s.', 'u.k.', 'washington', 'beijing', 'moscow', 'kremlin', 'pentagon', 'west', 'east', 'north', 'south', 'europe', 'america', 'asia', 'africa', 'kyiv', 'london', 'paris', 'brussels']);
const NOT_SPEAKERS = new Set(['it', 'this', 'that', 'there', 'which', 'what', 'you', 'one', 'all', 'none', 'here']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time', 'day', 'statement', 'interview', 'email']);

export function isCapitalized(token: Token): boolean {
  if (token.kind !== 'word') return false;
  // An ASCII first letter is answered without the Unicode regular expression (this runs for nearly every word).
  const first = token.text.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return /^[\p{Lu}]/u.test(token.text);
}


// At the start of a sentence a capital letter proves nothing: "Doing", "According" are not names.
function isNounLike(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (!tags.length) return !/(ing|ly)$/.test(lower);
  return tags.some((tag) => /Noun|Singular|Plural|Person|Place|Organization|Name|Country|City|Region|Actor|Demonym|Honorific|Acronym|SportsTeam|Uncountable|Determiner/.test(tag));
}

/**
 * `isPhraseWord`'s answers by word: the phrase parsers ask about a word once for every phrase
 * around it (about ten times a word in a run-on paragraph), and an article's words recur. The
 * answer depends on the word alone (its text, and its lower-case form, which is checked too), so
 * the map lives across articles, emptied when it grows past a bound.
 */
const phraseWordAnswers = new Map<string, { lower: string; atStart?: boolean; inside?: boolean }>();
const MAX_PHRASE_WORD_ANSWERS = 50_000;

/** Words that may sit inside a speaker's noun phrase. */
function isPhraseWord(token: Token, atSentenceStart: boolean): boolean {
  if (token.kind !== 'word') return false;
  let known = phraseWordAnswers.get(token.text);
  if (known === undefined || known.lower !== token.lower) {
    if (phraseWordAnswers.size >= MAX_PHRASE_WORD_ANSWERS) phraseWordAnswers.clear();
    known = { lower: token.lower, atStart: undefined, inside: undefined };
    phraseWordAnswers.set(token.text, known);
  }
  if (atSentenceStart) return (known.atStart ??= isPhraseWordAsked(token, true));
  return (known.inside ??= isPhraseWordAsked(token, false));
}

function isPhraseWordAsked(token: Token, atSentenceStart: boolean): boolean {
  const lower = bare(token.lower);
  if (CUE_FILLERS.has(lower) && !TITLE_WORDS.has(lower)) return false;
  if (lower === 'that' || lower === 'which' || lower === 'who') return false;
  if (PRONOUNS[lower] && lower !== 'who') return false;
  if (isCapitalized(token)) {
    if (atSentenceStart && SENTENCE_CONNECTORS.has(lower)) return false;
    // "Many economists think": a determiner opens the phrase, whatever the lexicon calls it.
    if (atSentenceStart && lower !== 'the' && !DETERMINERS.has(lower) && !isNounLike(lower)) return false;
    return true;
  }
  if (DETERMINERS.has(lower) || TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower) || ANONYMOUS_HEADS.has(lower)
    || VAGUE_HEADS.has(lower) || DOCUMENT_HEADS.has(lower) || ORGANIZATION_WORDS.has(lower) || GROUP_HEADS.has(lower)) return true;
  if (/^\d[\d,.]*$/.test(lower)) return true;
  // "the 63-year-old senator": an age describes the person.
  if (/^\d+-(year|month)-old$/.test(lower)) return true;
  if (SENTENCE_CONNECTORS.has(lower) || NP_LINKS.has(lower)) return false;
  const tags = lexiconTags(lower);
  if (tags.length) {
    if (isVerbLike(lower) && !tags.includes('Noun') && !tags.includes('Singular') && !tags.includes('Plural')) return false;
    return !tags.some((tag) => tag === 'Preposition' || tag === 'Conjunction' || tag === 'Adverb' || tag === 'Pronoun' || tag === 'QuestionWord' || tag === 'Negative');
  }
  if (lower.endsWith('ly') || lower.endsWith('ing')) return false;
  if (lower.endsWith('ed') && !lower.endsWith('eed')) return false;
  return /^[\p{L}][\p{L}\-'.]*$/u.test(lower);
}

/**
 * The speaker's noun phrase that ends at token `last` (for "X said"). Walks left over names,
 * titles and descriptions; "of"/"for" are kept between two parts of a name or title.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, sentenceStart: number, paragraph: string): Mention | null {
  const token = tokens[last];
  if (!token || token.kind !== 'word') return null;
  const lower = bare(token.lower);
  if (PRONOUNS[lower]) {
    if (lower === 'who') return null;
    return classify(tokens, last, last + 1, paragraph);
  }
  // The head may be a word that is also a verb ("one slide says"), when a determiner or modifier precedes it.
  if (!isPhraseWord(token, last === sentenceStart) && !(last > sentenceStart && tokens[last - 1].kind === 'word' && DETERMINERS.has(tokens[last - 1].lower) && /^\p{Ll}+$/u.test(token.text))) return null;
  let first = last;
  let count = 0;
  while (first - 1 >= sentenceStart && count < 14) {
    const previous = tokens[first - 1];
    const atStart = first - 1 === sentenceStart;
    // "State Rep. Milo Farrant", "Budget Director Alan Wu": a capital that opens the sentence before a title belongs to it.
    // "New York said": a capital that opens the sentence and a place's name with the word after it ("New" alone is an adjective).
    // "Judge Annette Villar of …": a title that opens the sentence before a capital is the title, not the verb it can also be.
    if (isPhraseWord(previous, atStart) || (atStart && isCapitalized(previous) && !SENTENCE_CONNECTORS.has(previous.lower) && (TITLE_WORDS.has(bare(tokens[first].lower))
      || (isCapitalized(tokens[first]) && (TITLE_WORDS.has(bare(previous.lower)) || isKnownPlace([previous.lower, bare(tokens[first].lower)])))))) {
      first--;
      count++;
      continue;
    }
    // "the gambling tycoon", "the outgoing mayor": a participle between a determiner and the head.
    if (previous.kind === 'word' && /^\p{Ll}+(ing|ed)$/u.test(previous.text) && first - 2 >= sentenceStart && ARTICLES.has(tokens[first - 2].lower)) {
      first -= 2;
      count += 2;
      continue;
    }
    // "spokesman for the State Department", "Representative Charles B. Rangel of New York"
    if (previous.kind === 'word' && (previous.lower === 'of' || previous.lower === 'for' || previous.lower === 'at' || previous.lower === 'in' || previous.lower === 'from' || previous.lower === 'to') && first - 2 >= sentenceStart) {
      const before = tokens[first - 2];
      const after = tokens[first];
      if (isPhraseWord(before, first - 2 === sentenceStart) && (isCapitalized(after) || DETERMINERS.has(after.lower)) && (isCapitalized(before) || ROLE_NOUNS.has(bare(before.lower)) || ANONYMOUS_HEADS.has(bare(before.lower)) || TITLE_WORDS.has(bare(before.lower)) || isPersonNoun(bare(before.lower)))) {
        first -= 2;
        count += 2;
        continue;
      }
    }
    // "the Financial Times, The Washington Post and CNN": a list of proper names.
    if (previous.kind === 'word' && previous.lower === 'and' && isCapitalized(tokens[first]) && first - 2 >= sentenceStart && isCapitalized(tokens[first - 2])) {
      first -= 2;
      count += 2;
      continue;
    }
    break;
  }
  // Trim words that cannot start a noun phrase ("But", "Under", "and").
  while (first < last && tokens[first].kind === 'word' && (NP_LINKS.has(tokens[first].lower) || SENTENCE_CONNECTORS.has(tokens[first].lower) || isVerbLike(tokens[first].lower) && !isNounLike(tokens[first].lower) && !opensTitle(tokens, first))) first++;
  return classify(tokens, first, last + 1, paragraph);
}

/**
 * A word that opens a title a phrase keeps, though it could be a verb: a capital or a title word of
 * any case before a title ("State Rep.", "state Sen.", "acting Secretary"), or a capitalised title
 * before a name ("Judge Annette Villar").
 */
function opensTitle(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const title = TITLE_WORDS.has(bare(tokens[k].lower));
  return ((isCapitalized(tokens[k]) || title) && TITLE_WORDS.has(bare(next.lower))) || (title && isCapitalized(tokens[k]) && next.kind === 'word' && isCapitalized(next));
}

/** The noun phrase that starts at token `first` (for "said X" and the listener of "told X"). */
export function phraseStartingAt(tokens: readonly Token[], first: number, sentenceEnd: number, paragraph: string): Mention | null {
  const token = tokens[first];
  if (!token || token.kind !== 'word') return null;
  const lower = bare(token.lower);
  if (PRONOUNS[lower]) return lower === 'who' ? null : classify(tokens, first, first + 1, paragraph);
  let end = first;
  let sawHead = false;
  while (end < sentenceEnd && end - first < 14) {
    const current = tokens[end];
    if (current.kind !== 'word') break;
    const currentLower = bare(current.lower);
    // "exit polls", "polling averages": a modifier that looks like a verb before a known head.
    const following = tokens[end + 1];
    if (!sawHead && following?.kind === 'word' && !isPhraseWord(current, false) && /^\p{Ll}/u.test(current.text) && isKnownHead(bare(following.lower))) {
      end++;
      continue;
    }
    if (TIME_WORDS.has(currentLower) && end > first) break;
    if (isPhraseWord(current, false) && !(sawHead && !isCapitalized(current) && !TITLE_WORDS.has(currentLower) && !ROLE_NOUNS.has(currentLower) && !ANONYMOUS_HEADS.has(currentLower) && !DOCUMENT_HEADS.has(currentLower) && !ORGANIZATION_WORDS.has(currentLower) && !GROUP_HEADS.has(currentLower) && !DETERMINERS.has(currentLower))) {
      if (!DETERMINERS.has(currentLower)) sawHead = true;
      end++;
      continue;
    }
    // "of New York", "for the State Department", "familiar with the matter"
    if ((currentLower === 'of' || currentLower === 'for') && sawHead && end + 1 < sentenceEnd) {
      const next = tokens[end + 1];
      const afterNext = tokens[end + 2];
      if (isCapitalized(next) || (next.lower === 'the' && afterNext && isCapitalized(afterNext))) {
        end++;
        continue;
      }
    }
    if (currentLower === 'familiar' && tokens[end + 1]?.lower === 'with') {
      end += 2;
      // "a person familiar with the negotiations": the object's own noun phrase follows, whole.
      sawHead = false;
      continue;
    }
    break;
  }
  if (end === first) return null;
  // Drop a trailing determiner or link word ("the", "of").
  while (end > first + 1 && (DETERMINERS.has(tokens[end - 1].lower) || NP_LINKS.has(tokens[end - 1].lower))) end--;
  return classify(tokens, first, end, paragraph);
}

export function isKnownHead(lower: string): boolean {
  return VAGUE_HEADS.has(lower) || DOCUMENT_HEADS.has(lower) || ANONYMOUS_HEADS.has(lower) || ORGANIZATION_WORDS.has(lower) || GROUP_HEADS.has(lower) || ROLE_NOUNS.has(lower);
}

/** What every mention made of one phrase shares; `classify` adds the kind, name and role. */
interface PhraseFacts {
  start: number;
  end: number;
  text: string;
  head: string;
  definite: boolean;
  plural: boolean;
  honorific: string | undefined;
  gender: 'male' | 'female' | undefined;
  /** What the rules see of the phrase's proper name, if it has one. */
  evidence: NameEvidence | null;
  /** What that name stands for, once asked (`typeOfName`); undefined until then. */
  typed: { readonly type: EntityType; readonly rule: string | null } | null | undefined;
}

/** What the phrase's proper name stands for, worked out only when a mention needs it (many never do). */
function typeOfName(facts: PhraseFacts): { readonly type: EntityType; readonly rule: string | null } | null {
  if (facts.typed === undefined) facts.typed = facts.evidence === null ? null : entityTypeOf(facts.evidence);
  return facts.typed;
}

// Plain functions rather than closures inside `classify`: it runs for every phrase (over a hundred
// thousand times on a 2 MB paragraph), and closures there cost a context object on every call.
function mentionOf(facts: PhraseFacts, kind: MentionKind, name: string | null, role: string | null): Mention {
  const { start, end, text, head, definite, plural, honorific, gender } = facts;
  const result: Mention = { start, end, text, kind, name, role, head, definite, plural, honorific, gender };
  const typed = name !== null ? typeOfName(facts) : null;
  if (typed) {
    result.entity = typed.type;
    if (typed.rule) result.entityRule = typed.rule;
  }
  return result;
}

/** A mention just made, with one more flag: set in place, as a spread copy costs more. */
function flagged(mention: Mention, flag: 'vague' | 'generic'): Mention {
  mention[flag] = true;
  return mention;
}

/** "Critics of the plan argue" at the start of a sentence: a group, sourced vaguely. */
function groupOf(facts: PhraseFacts, name: string | null, role: string | null, firstLower: string): Mention {
  const result = mentionOf(facts, 'group', name, role);
  return VAGUE_GROUP_HEADS.has(facts.head) || VAGUE_QUANTIFIERS.has(firstLower) ? flagged(result, 'vague') : result;
}

/**
 * "Friends of Lowry Park", "Citizens for Tax Justice": capitalised words on both sides of the
 * "of"/"for" after the head, and no title before it (a leading "the" aside), name a body.
 */
function namesABody(words: readonly Token[], lowers: readonly string[], headIndex: number): boolean {
  // A body's word before the link ("National Association of School Principals") makes it a body's name, whatever words are titles.
  const bodyHead = ORGANIZATION_WORDS.has(lowers[headIndex]);
  for (let k = lowers[0] === 'the' ? 1 : 0; k < words.length; k++) {
    const word = words[k];
    const lower = lowers[k];
    // A title before the link makes a person's title ("Secretary of State"), after it a body's name ("Department of Justice").
    const beforeLink = k <= headIndex;
    // "Tickets for The Ashford Mariners": a capitalised "The" after the link starts another name.
    if (!beforeLink && word.text === 'The') return false;
    if (!(lower === 'of' || lower === 'for' || lower === 'the' || lower === 'and' || (isCapitalized(word) && !(beforeLink && !bodyHead && (TITLE_WORDS.has(lower) || HONORIFICS.has(lower)))))) return false;
  }
  return true;
}

/** Decides what a noun phrase [first, end) refers to. */
export function classify(tokens: readonly Token[], first: number, end: number, paragraph: string): Mention | null {
  if (end <= first) return null;
  const start = tokens[first].start;
  // "Sullivan's remarks": the mention is "Sullivan".
  const stop = tokens[end - 1].end - (/['’]s$/.test(tokens[end - 1].text) ? 2 : 0);
  const text = paragraph.slice(start, stop);
  const words = tokens.slice(first, end);
  const lowers = words.map((w) => bare(w.lower));
  const firstLower = lowers[0];
  const base: Pick<Mention, 'start' | 'end' | 'text'> = { start, end: stop, text };

  if (words.length === 1 && PRONOUNS[firstLower]) {
    if (NOT_SPEAKERS.has(firstLower) || firstLower === 'it') return { ...base, kind: 'pronoun', name: null, role: null, head: firstLower, definite: true, plural: false, pronoun: 'neuter' };
    const gender = PRONOUNS[firstLower].gender;
    return { ...base, kind: 'pronoun', name: null, role: null, head: firstLower, definite: true, plural: gender === 'plural', pronoun: gender };
  }
  if (words.length === 1 && NOT_SPEAKERS.has(firstLower)) return null;
  // "Dean, a former party chairman, …": a lone capitalised title for a person, with no article, is a surname.
  if (words.length === 1 && isCapitalized(words[0]) && TITLE_WORDS.has(firstLower) && isTitleForAPerson(firstLower)) {
    return { ...base, kind: 'name', name: text, role: null, head: firstLower, definite: true, plural: false, entity: 'person', entityRule: 'lone-title-surname' };
  }

  // "Mr. Grassley and Mr. Leahy", "Obama and Hillary Clinton": two people the text shows to be
  // people, speaking together, whom a later "they" means.
  const and = lowers.indexOf('and');
  if (and > 0 && and < words.length - 1 && lowers.lastIndexOf('and') === and) {
    const left = classify(tokens, first, first + and, paragraph);
    const right = classify(tokens, first + and + 1, end, paragraph);
    if (left && right) {
      const pair = pairOfPeople(left, right, paragraph);
      if (pair) return pair;
    }
  }
  // The head: the last word, or the word before "of"/"for"/"with" ("officials in the West").
  let headIndex = words.length - 1;
  for (let i = 1; i < words.length; i++) {
    if (NP_LINKS.has(lowers[i]) || lowers[i] === 'familiar') {
      headIndex = i - 1;
      break;
    }
  }
  // "Friends of Lowry Park", "Citizens for Tax Justice": capitalised words on both sides of "of"/"for"
  // and no title among them make one proper name, the name of a body.
  const namedBody = headIndex < words.length - 1 && (lowers[headIndex + 1] === 'of' || lowers[headIndex + 1] === 'for') && isCapitalized(words[words.length - 1]) && namesABody(words, lowers, headIndex);
  // "Secretary of State John F. Kerry", "Minister for Europe James Cleverly": a title with its
  // "of"/"for" part, then a person's name that a first name starts.
  const titledName = namedBody ? -1 : nameAfterLinkedTitle(words, lowers, headIndex);
  if (titledName !== -1) {
    const named = classify(tokens, first + titledName, end, paragraph);
    if (named?.kind === 'name') return { ...named, start, text, role: paragraph.slice(start, words[titledName - 1].end) };
  }
  if (namedBody) {
    return {
      start, end: stop, text, kind: 'organization', name: stripArticle(paragraph.slice(words[firstLower === 'the' ? 1 : 0].start, stop)), role: null,
      // "the association" refers back to the National Association of School Principals: the body's word is the head.
      head: ORGANIZATION_WORDS.has(lowers[headIndex]) ? lowers[headIndex] : lowers[words.length - 1], definite: true, plural: false, entity: 'organization', entityRule: 'named-body',
    };
  }
  const head = lowers[headIndex];
  const definite = firstLower === 'the' || firstLower === 'this' || firstLower === 'that' || (!INDEFINITE.has(firstLower) && isCapitalized(words[0]));
  const indefinite = INDEFINITE.has(firstLower) || (!DETERMINERS.has(firstLower) && !isCapitalized(words[0]));
  const plural = ((head.endsWith('s') && !head.endsWith('ss')) || IRREGULAR_PLURALS.has(head)) && !isCapitalized(words[headIndex]);
  const gender = genderOfWords(lowers);

  // "Meridian Health Partners": before a company's ending, a run of capitalised words that a name
  // word opens is all name, a title word among it included ("Health"); the ending itself joins the
  // name before it (companyEnding below). Words from companyFrom up to the ending are the run.
  let companyFrom = words.length;
  const lastWord = words.length - 1;
  if (lastWord > 0 && headIndex === lastWord && isCapitalized(words[lastWord]) && COMPANY_NAME_ENDINGS.has(lowers[lastWord])) {
    let k = lastWord - 1;
    while (k >= 0 && isCapitalized(words[k]) && !DETERMINERS.has(lowers[k]) && !HONORIFICS.has(lowers[k]) && !/['’]s?$/.test(words[k].text)) k--;
    if (k + 1 < lastWord && !TITLE_WORDS.has(lowers[k + 1])) companyFrom = k + 1;
  }
  // The proper name: a run of capitalised words that are neither titles nor organisation words.
  let nameStart = -1;
  let nameEnd = -1;
  let honorific: string | undefined;
  for (let i = 0; i <= headIndex; i++) {
    const word = words[i];
    const lower = lowers[i];
    if (HONORIFICS.has(lower)) honorific = word.text;
    // "Mr. King", "Ms. White": after an honorific a capitalised word is a surname, even one that is
    // also a title, unless it is a form of address ("Mr. President"); so is a title word that ends
    // the phrase right after a first name ("Howard Dean", "Walter Judge").
    const surnameAfterHonorific = i > 0 && HONORIFICS.has(lowers[i - 1]) && isCapitalized(word) && !HONORIFICS.has(lower) && !ADDRESS_TITLES.has(lower);
    const surnameAfterFirstName = TITLE_WORDS.has(lower) && i === words.length - 1 && nameEnd === i && isFirstName(lowers[i - 1]);
    // "Northwind Energy", "National Grid Energy": a company's last word after its name, though "Energy Secretary" makes it a title.
    const companyEnding = i === lastWord && nameEnd === i && COMPANY_NAME_ENDINGS.has(lower);
    // "treated at Riverside General": after "at", "in" or "from", a title word that ends a name
    // with no article is the name of a place (a title comes before the name it belongs to).
    const placeEnding = i === lastWord && nameEnd === i && nameStart === 0 && TITLE_WORDS.has(lower) && first > 0 && LOCATIVE_PREPOSITIONS.has(tokens[first - 1].lower);
    const isName = isCapitalized(word) && (surnameAfterHonorific || surnameAfterFirstName || companyEnding || placeEnding || (i >= companyFrom && i < lastWord) || (!TITLE_WORDS.has(lower) && !DETERMINERS.has(lower) && !HONORIFICS.has(lower))) && !/-based$/.test(lower)
      && !isRoleBeforeFullName(words, lowers, i, headIndex);
    if (isName) {
      if (nameStart === -1 || nameEnd !== i) nameStart = i;
      nameEnd = i + 1;
    }
    if ((word.lower.endsWith("'s") || word.lower.endsWith("'")) && i < headIndex) {
      // A possessive belongs to another entity: "Sky's Kay Burley", "Clinton's campaign manager".
      nameStart = -1;
      nameEnd = -1;
    }
  }
  const nameWords = nameStart === -1 ? [] : words.slice(nameStart, nameEnd);
  const nameLowers = nameStart === -1 ? [] : lowers.slice(nameStart, nameEnd);
  const nameText = nameWords.length ? paragraph.slice(nameWords[0].start, Math.min(stop, nameWords[nameWords.length - 1].end)).replace(/['’]s$/, '') : null;
  const roleText = nameStart > 0 ? paragraph.slice(words[0].start, words[nameStart - 1].end) : null;

  const evidence: NameEvidence | null = nameText === null ? null : {
    words: nameWords.map((word) => word.text),
    // Only the words after a possessive describe this name: "the president's Pacific roots" gives Pacific no title.
    role: roleText === null ? null : rolePartAfterPossessive(roleText),
    honorific: honorific !== undefined,
    article: nameStart > 0 && lowers[nameStart - 1] === 'the',
    possessive: /['’]s?$/.test(words[nameEnd - 1].text),
    before: tokens[first - 1],
    after: tokens[end],
    afterNext: tokens[end + 1],
    sentenceStart: first === 0 || (tokens[first - 1].kind === 'punct' && /^[.!?:;—–-]+$/.test(tokens[first - 1].text)) || tokens[first - 1].kind === 'quote',
  };
  const facts: PhraseFacts = { start, end: stop, text, head, definite, plural, honorific, gender, evidence, typed: undefined };

  const headIsOrganization = ORGANIZATION_WORDS.has(head) || hasTag(head, 'Organization') || hasTag(head, 'SportsTeam')
    // "the newspaper", "the broadcaster": a description of an organisation the story has named.
    || (firstLower === 'the' && nameText === null && ORGANIZATION_DESCRIPTIONS[head] !== undefined);
  const placeLike = isKnownPlace(nameLowers) || nameLowers.length > 0 && nameLowers.every((l) => hasTag(l, 'Country') || hasTag(l, 'City') || hasTag(l, 'Place') || hasTag(l, 'Region') || PLACE_WORDS.has(l));
  // "Monday", "September": a capitalised date is never a speaker.
  if (nameText && nameLowers.length === 1 && (hasTag(nameLowers[0], 'WeekDay') || hasTag(nameLowers[0], 'Month') || hasTag(nameLowers[0], 'Date'))) return null;
  if (nameText && headIndex < nameEnd && nameEnd - 1 === headIndex) {
    // The phrase ends in a capitalised name.
    if (headIsOrganization || placeLike || nameLowers.some((l) => ORGANIZATION_WORDS.has(l) && !hasTag(l, 'FirstName') && !hasTag(l, 'LastName'))) {
      // An organisation keeps its title words: "Ellis County Transportation Department".
      // A title's possessive names the office, and stays in it: "Douglas County Sheriff's Office".
      let orgStart = headIndex;
      while (orgStart > 0 && isCapitalized(words[orgStart - 1]) && !DETERMINERS.has(lowers[orgStart - 1]) && !/-based$/.test(words[orgStart - 1].text)
        && (!/['’]s$/.test(words[orgStart - 1].text) || (orgStart === headIndex && TITLE_WORDS.has(lowers[orgStart - 1])))) orgStart--;
      return mentionOf(facts, 'organization', stripArticle(paragraph.slice(words[orgStart].start, Math.min(stop, words[headIndex].end))), orgStart > 0 ? paragraph.slice(words[0].start, words[orgStart - 1].end) : null);
    }
    if (nameLowers.every((l) => hasTag(l, 'Demonym') || hasTag(l, 'Plural'))) return groupOf(facts, nameText, roleText, firstLower);
    // A name the evidence types as an organisation ("the U.N.", "Goldman Sachs") speaks as one.
    if (typeOfName(facts)?.type === 'organization') return mentionOf(facts, 'organization', stripArticle(nameText), roleText);
    if (typeOfName(facts)?.type === 'group') return groupOf(facts, nameText, roleText, firstLower);
    return mentionOf(facts, 'name', nameText, roleText);
  }
  if (headIsOrganization && (isCapitalized(words[headIndex]) || nameText || definite)) {
    return mentionOf(facts, 'organization', stripArticle(paragraph.slice(words[0].start, words[headIndex].end)), null);
  }
  // A lower-case head after capitalised words ("one West Virginia official", "a White House aide"):
  // the capitals say where the person works, not who they are.
  const modifierName = nameText !== null && !isCapitalized(words[headIndex]) && nameEnd - 1 < headIndex;
  // "Critics of the plan", "Some parents", "Many economists": a group of people, vaguely sourced.
  if (VAGUE_GROUP_HEADS.has(head) && (!nameText || modifierName)) return groupOf(facts, null, text, firstLower);
  if (GROUP_HEADS.has(head) && VAGUE_QUANTIFIERS.has(firstLower) && !nameText) return groupOf(facts, null, text, firstLower);
  // "Some patients said", "Many people think", "Several commuters complained": a quantifier before
  // any plural of people leaves them as vague as "Some parents" (unlike "some sources", which are
  // anonymous, or "Some 300 nurses", a number); a document keeps its kind ("Some studies found").
  if (VAGUE_QUANTIFIERS.has(firstLower) && plural && !nameText && words.length === 2 && (head === 'people' || !ANONYMOUS_HEADS.has(head)) && !DOCUMENT_HEADS.has(head)) {
    return groupOf(facts, null, text, firstLower);
  }
  if (VAGUE_HEADS.has(head) && (!nameText || modifierName)) return mentionOf(facts, 'vague', null, text);
  if (ANONYMOUS_HEADS.has(head) && (!nameText || (modifierName && indefinite))) {
    // "the official" after a named first reference is a title, resolved later; "a source" is anonymous.
    if (definite && ROLE_NOUNS.has(head) && !plural) return mentionOf(facts, 'description', null, text);
    return mentionOf(facts, 'anonymous', null, text);
  }
  if (DOCUMENT_HEADS.has(head)) return mentionOf(facts, 'document', null, text);
  if (GROUP_HEADS.has(head)) return mentionOf(facts, 'group', null, text);
  if (ROLE_NOUNS.has(head)) {
    if (indefinite && !nameText) return mentionOf(facts, 'anonymous', null, text);
    return mentionOf(facts, 'description', nameText, text);
  }
  if (nameText && isCapitalized(words[headIndex])) return mentionOf(facts, 'name', nameText, roleText);
  // "said the 46-year-old": an age stands for the person, as "the 46-year-old senator" does.
  if (AGE.test(head) && DETERMINERS.has(firstLower)) return mentionOf(facts, indefinite ? 'anonymous' : 'description', null, text);
  // "the announcer", "a narrator in the Clinton ad": someone the story describes but never names.
  if (DETERMINERS.has(firstLower) && words.length > 1 && /^\p{Ll}[\p{Ll}-]+$/u.test(head) && !isVerbLike(head) && !TIME_WORDS.has(head)) {
    return flagged(mentionOf(facts, indefinite ? 'anonymous' : 'description', null, text), 'generic');
  }
  return null;
}

/** A title that stands for a person as a surname would ("Dean"): a person noun, no form of address, adjective, nationality or acronym. */
function isTitleForAPerson(lower: string): boolean {
  const tags = lexiconTags(lower);
  return (isPersonNoun(lower) || tags.includes('Noun')) && !ADDRESS_TITLES.has(lower) && !tags.some((tag) => tag === 'Adjective' || tag === 'Demonym' || tag === 'Acronym');
}

/** A title's words after its last possessive ("president's Pacific" -> "Pacific"), or null if none are left. */
function rolePartAfterPossessive(roleText: string): string | null {
  // Most titles have no apostrophe: nothing to split.
  if (!roleText.includes("'") && !roleText.includes('’')) return roleText.trim() || null;
  return roleText.split(/['’]s?(?:\s+|$)/).at(-1)?.trim() || null;
}

/**
 * For "Secretary of State John F. Kerry": the index of the first word of the person's name after a
 * capitalised title and its "of"/"for" part, found by a first name (compromise's lexicon); -1 if none.
 */
function nameAfterLinkedTitle(words: readonly Token[], lowers: readonly string[], headIndex: number): number {
  const link = headIndex + 1;
  if (link >= words.length || (lowers[link] !== 'of' && lowers[link] !== 'for') || !isCapitalized(words[headIndex])) return -1;
  if (!TITLE_WORDS.has(lowers[headIndex]) && !ROLE_NOUNS.has(lowers[headIndex])) return -1;
  // Every word after the title's "of"/"for" part is capitalised, or there is no name after it.
  if (!words.slice(link + 2).every((word) => isCapitalized(word))) return -1;
  for (let k = link + 2; k < words.length - 1; k++) {
    if (isFirstName(lowers[k]) || /^\p{Lu}\.$/u.test(words[k].text)) return k;
  }
  return -1;
}

/** Two named people joined by "and" as one plural mention, or null unless the text shows both to be people. */
export function pairOfPeople(left: Mention, right: Mention, paragraph: string): Mention | null {
  const isPerson = (m: Mention) => m.kind === 'name' && m.entity === 'person' && m.name !== null;
  if (!isPerson(left) || !isPerson(right)) return null;
  return {
    start: left.start, end: right.end, text: paragraph.slice(left.start, right.end), kind: 'group', name: `${left.name} and ${right.name}`,
    role: null, head: right.head, definite: true, plural: true, entity: 'group', entityRule: 'coordinated-people', members: [left, right],
  };
}

function stripArticle(name: string): string {
  return name.replace(/^(the|The|THE)\s+/, '').replace(/['’]s$/, '');
}

/** Surname: the last word of a person's name, without suffixes like "Jr.". */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((p) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(p.replace(/,$/, '')));
  return (parts[parts.length - 1] ?? name).replace(/,$/, '');
}
