// Which mentions a later "he", "she" or "the senator" most likely means: a reader keeps the subjects
// of recent sentences in mind, not the names inside their objects ("…to replace Thomas Eagleton as
// George McGovern's running mate" leaves the sentence's subject in focus).
import { isVerbLike, lexiconTags } from './cues';
import { AFTER_OBJECT_HER, ARTICLES, CUE_FILLERS, PARTY_NAMES, PREPOSITIONS, ROLE_NOUNS, TIME_WORDS, TITLE_WORDS } from './lexicon';
import type { Mention } from './mentions';
import { classify, genderOfWords, isCapitalized, phraseEndingAt } from './mentions';
import { roleFromTitle } from './entities';
import type { Token } from './segment';
import { isComma } from './paragraph/tokens';

/** How many tokens an antecedent search walks back over places, ages and commas. */
const ANTECEDENT_WALK_LIMIT = 12;

/** Words after which a name starts a clause of its own ("But Fowler said", "Though Ham agreed"). */
export const CLAUSE_OPENERS = new Set([
  'and', 'but', 'so', 'yet', 'though', 'although', 'because', 'while', 'when', 'whereas', 'if', 'since', 'after', 'before',
  'once', 'until', 'unless', 'as', 'then', 'meanwhile', 'however', 'still', 'also', 'instead',
]);

/** Lexicon tags of a finite verb or auxiliary: the predicate that makes the word before it a subject. */
const PREDICATE_TAGS = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'];

/** Prepositions and other words that CUE_FILLERS lists but that never start a predicate. */
const NOT_PREDICATES = new Set(['in', 'fact', 'all', 'both', 'each', 'now', 'since', 'long', 'first', 'once', 'only', 'too', 'even']);

/** Whether the token at `index` begins a predicate ("said", "has", "will", "also warned"), so the mention before it is a subject. */
export function startsPredicate(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word' || /^\p{Lu}/u.test(token.text)) return false;
  const lower = token.lower;
  if (NOT_PREDICATES.has(lower)) return false;
  if (CUE_FILLERS.has(lower)) return true;
  const tags = lexiconTags(lower);
  if (tags.length) return hasAnyOf(tags, PREDICATE_TAGS) && !tags.includes('Preposition');
  // Words the lexicon lacks: a regular past tense or third-person verb ("tweeted", "emails" is rare after a name).
  return /^[a-z]+ed$/.test(lower);
}

/** Lexicon tags of words that cannot be the noun a name modifies ("Trump himself", "Ortiz, who"). */
const NOT_NOUN_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Adjective', 'Value', 'QuestionWord'];

/**
 * Whether the token at `index` is a common noun that the capitalised name before it only modifies:
 * in "a female Trump supporter" or "the Clinton campaign" the words around the name describe the
 * supporter or the campaign, so they give the name no role and no gender.
 */
export function modifiedNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word' || /^\p{Lu}/u.test(token.text) || /\d/.test(token.text)) return false;
  if (CUE_FILLERS.has(token.lower) || isVerbLike(token.lower) || /ly$/.test(token.lower)) return false;
  const tags = lexiconTags(token.lower);
  return !hasAnyOf(tags, NOT_NOUN_TAGS);
}

/** Whether a word's tags include any of these; a loop, as it runs for every name (no callback per call). */
function hasAnyOf(tags: readonly string[], wanted: readonly string[]): boolean {
  for (const tag of wanted) if (tags.includes(tag)) return true;
  return false;
}

/** How many tokens after a subject's verb its own "his" or "her" may stand. */
const OWN_PRONOUN_WINDOW = 5;

/**
 * The gender a subject's own possessive or reflexive tells: "Limbaugh told his radio audience",
 * "Ostrow defended herself". Only for a name followed by its verb, and only up to the first
 * capitalised word, quotation or clause end, where the pronoun could mean someone else.
 * `after` is the token right after the name.
 */
export function ownPronounGender(tokens: readonly Token[], after: number): 'male' | 'female' | undefined {
  if (!startsPredicate(tokens, after) && !CUE_FILLERS.has(tokens[after]?.lower ?? '')) return undefined;
  for (let k = after + 1; k < tokens.length && k <= after + OWN_PRONOUN_WINDOW; k++) {
    const token = tokens[k];
    if (token.kind !== 'word') {
      if (token.kind === 'quote' || /^[.;:!?,()—–-]+$/.test(token.text)) return undefined;
      continue;
    }
    if (/^\p{Lu}/u.test(token.text)) return undefined;
    if (token.lower === 'his' || token.lower === 'himself') return 'male';
    if (token.lower === 'herself') return 'female';
    if (token.lower === 'her') {
      const next = tokens[k + 1];
      return next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !AFTER_OBJECT_HER.has(next.lower) && !isVerbLike(next.lower) ? 'female' : undefined;
    }
    // "Adel Nefzi said he and many others…": a subject pronoun right after the verb (or its "that") is the subject again.
    if ((token.lower === 'he' || token.lower === 'she') && (k === after + 1 || (k === after + 2 && tokens[after + 1].lower === 'that'))) return token.lower === 'he' ? 'male' : 'female';
    if (/^(he|she|they|him|them|their|its|it)$/.test(token.lower)) return undefined;
  }
  return undefined;
}

/** Whether a mention starting at token `first` opens its sentence or a clause ("Though he…", "and Smith…"). */
export function opensClause(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  if (first === sentenceStart) return true;
  const previous = tokens[first - 1];
  // "Asked later - war or not - the admiral chuckled": after a dash the main clause may resume.
  if (previous.kind !== 'word') return previous.text === ';' || previous.text === ':' || previous.kind === 'quote' || /^[—–-]+$/.test(previous.text);
  return CLAUSE_OPENERS.has(previous.lower) && (first - 1 === sentenceStart || tokens[first - 2]?.kind !== 'word' || CLAUSE_OPENERS.has(tokens[first - 2].lower));
}

/**
 * What a relative "who" refers to when the phrase before it is a place, an age or a thing:
 * "Donna Sampson Rawlings, 59, of Ashton, Md., who watched…" means Rawlings, not Md. Walks back
 * over commas, numbers, "of/from/in" and place names to the first phrase that can be someone.
 */
export function relativeAntecedent(tokens: readonly Token[], last: number, start: number, paragraph: string): Mention | null {
  const nearest = phraseEndingAt(tokens, last, start, paragraph);
  if (nearest && /^(a|an|the)\s/i.test(nearest.text)) return namedBeforeApposition(tokens, nearest, last, start, paragraph) ?? nearest;
  if (!nearest || (nearest.entity !== 'place' && nearest.entity !== 'thing')) return nearest;
  let k = last;
  while (k >= start && k > last - ANTECEDENT_WALK_LIMIT) {
    const token = tokens[k];
    if (token.kind === 'punct' && token.text === ',') {
      k--;
      continue;
    }
    if (token.kind !== 'word') return nearest;
    if (/^\d+$/.test(token.lower) || token.lower === 'of' || token.lower === 'from' || token.lower === 'in') {
      k--;
      continue;
    }
    const phrase = phraseEndingAt(tokens, k, start, paragraph);
    if (!phrase) return nearest;
    if (phrase.entity !== 'place' && phrase.entity !== 'thing') return phrase;
    k = tokenBefore(tokens, phrase.start, k);
  }
  return nearest;
}

/**
 * For "John Bentel, a tech staffer at the State Department who told…" or "Matt Duss, the president of
 * the Foundation for Middle East Peace, who…": the name a description stands in apposition to, which
 * the relative clause is about as much; null when no name comes right before the description's comma.
 */
function namedBeforeApposition(tokens: readonly Token[], description: Mention, last: number, start: number, paragraph: string): Mention | null {
  const comma = tokenBefore(tokens, description.start, last);
  if (comma - 1 < start || !isComma(tokens[comma])) return null;
  const named = phraseEndingAt(tokens, comma - 1, start, paragraph);
  if (!named || (named.kind !== 'name' && named.kind !== 'organization') || named.entity === 'place' || named.entity === 'thing') return null;
  // The apposition is the name's role, as it is before a cue ("Lena Ortiz, president of the teachers' union, said").
  return statesRole(named) ? named : { ...named, role: descriptionRole(description) };
}

/** The index of the token before the one that starts at `offset`, searching back from `from`. */
function tokenBefore(tokens: readonly Token[], offset: number, from: number): number {
  let k = from;
  while (k >= 0 && tokens[k].start > offset) k--;
  return k - 1;
}

/**
 * The organisation named inside a described source ("a spokeswoman for Ellis County Transit",
 * "an official at the Treasury"), as a mention of its own, or null.
 */
export function employerIn(tokens: readonly Token[], first: number, end: number, paragraph: string): Mention | null {
  for (let k = first + 1; k < end - 1; k++) {
    // After "for" or "at" a source's employer: "a spokeswoman for X" is never a person X.
    if (tokens[k].kind !== 'word' || !/^(for|at)$/.test(tokens[k].lower)) continue;
    let nameStart = k + 1;
    if (tokens[nameStart]?.lower === 'the') nameStart++;
    let nameEnd = nameStart;
    while (nameEnd < end && isCapitalized(tokens[nameEnd])) nameEnd++;
    if (nameEnd === nameStart) continue;
    const mention = classify(tokens, nameStart, nameEnd, paragraph);
    // "at" alone makes a name look like a place; after a source's "at" it is where the source works.
    const place = mention?.entity === 'place' && mention.entityRule !== 'after-place-preposition';
    if (!mention || mention.kind === 'pronoun' || place || mention.entity === 'thing') return null;
    const name = paragraph.slice(tokens[nameStart].start, tokens[nameEnd - 1].end).replace(/['’]s$/, '');
    return { ...mention, kind: 'organization', name, role: null, entity: 'organization', entityRule: 'employer' };
  }
  return null;
}

/** Longest apposition read as a role, in tokens: longer ones are clauses, not titles. */
const ROLE_APPOSITION_TOKENS = 16;

/**
 * The role an apposition gives a name, from the comma after token `head` to the comma or dash
 * before `closer`: "the city's chief bridge engineer" -> "city's chief bridge engineer", "a nurse
 * who has lived here for 30 years" -> "nurse", "president of the teachers' union" as it stands.
 * Null for what is not a noun phrase (an age, a place, "who…" alone).
 */
export function appositionRole(tokens: readonly Token[], head: number, closer: number, paragraph: string): string | null {
  let first = head + 1;
  if (tokens[first]?.kind === 'punct' && tokens[first].text === ')') first++;
  while (first < closer && tokens[first].kind === 'punct') first++;
  let last = closer - 1;
  while (last > first && tokens[last].kind === 'punct') last--;
  if (last < first || last - first >= ROLE_APPOSITION_TOKENS) return null;
  // The noun phrase ends before a relative clause or a second comma ("a nurse who…", "59, of Ashton").
  for (let k = first; k <= last; k++) {
    const token = tokens[k];
    // A possessive's apostrophe ("the teachers' union") is part of the phrase.
    if ((token.kind !== 'word' && !/^['’]$/.test(token.text)) || (token.kind === 'word' && /^(who|whose|which|that|whom)$/.test(token.lower))) {
      last = k - 1;
      break;
    }
  }
  while (first <= last && tokens[first].kind === 'word' && /^(a|an|the)$/.test(tokens[first].lower)) first++;
  if (last < first || tokens[first].kind !== 'word' || /^\d/.test(tokens[first].text)) return null;
  // "Marek, speaking at the port, said", "…, asked about the delay,": a participle clause says what
  // the person was doing, not who they are ("acting director", "retired teacher" are roles).
  if (opensParticipleClause(tokens, first, last)) return null;
  const lastWord = tokens[last];
  // A role ends in a noun for a person or a body: not in a verb, an adverb or a place.
  if (lastWord.kind !== 'word' || /^(of|for|at|in|and|or|to)$/.test(lastWord.lower)) return null;
  const text = paragraph.slice(tokens[first].start, lastWord.end);
  if (/^\p{Lu}/u.test(text) && !/\s/.test(text)) return null;
  return text;
}

/**
 * Whether the word at `first` is a participle that opens a clause: "speaking at", "asked about",
 * "reached by phone", "interviewed Tuesday", "smiling" alone; not one before a noun ("retired teacher").
 */
function opensParticipleClause(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[first];
  if (!/^\p{Ll}+(ing|ed)$/u.test(word.text) || lexiconTags(word.lower).some((tag) => /Noun|Singular|Plural|Actor/.test(tag))) return false;
  if (first === last) return true;
  const next = tokens[first + 1];
  return next.kind === 'word' && (PREPOSITIONS.has(next.lower) || ARTICLES.has(next.lower) || TIME_WORDS.has(next.lower) || /^(about|up|out|down|back|off|him|her|them|it)$/.test(next.lower));
}

/**
 * The role a description gives the name in apposition to it, without its article, as an apposition
 * after a name gives one: "The association's president, Carl Ostrow," -> "association's president".
 */
export function descriptionRole(description: Mention): string {
  return description.text.replace(/^(the|a|an)\s+/i, '');
}

/**
 * The role of a name in apposition to a description: the name's own title when it states one
 * ("Sen."), else the description ("A biologist at Carrow University, Dr. Anita Rasmussen," is a
 * biologist: "Dr." is only a courtesy).
 */
export function apposedRole(named: Mention, description: Mention): string {
  return statesRole(named) ? named.role! : descriptionRole(description);
}

/** Whether a name's title states a role ("Sen.", "Fire Chief"), not only a courtesy ("Dr.", "Ms."). */
export function statesRole(named: Mention): boolean {
  return named.role !== null && roleFromTitle(named.role) !== null;
}

/** "R-Wis.", "D-N.Y.", "I-Vt.": party and state after a lawmaker's name. */
export const PARTY_AND_STATE = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** An age as newspapers set it after a name: "71" in ", 71," (at most three digits, so no year). */
const AGE = /^\d{1,3}$/;

/**
 * The number of tokens of an age apposition starting at `first`, right after a name's comma:
 * 1 for "71", 3 for "71 years old"; 0 when the words there are no age.
 */
function ageLength(tokens: readonly Token[], first: number): number {
  if (tokens[first]?.kind !== 'word' || !AGE.test(tokens[first].text)) return 0;
  return /^years?$/.test(tokens[first + 1]?.lower ?? '') && tokens[first + 2]?.lower === 'old' ? 3 : 1;
}

/**
 * For "Dorothy Finch, 71, who takes the early boat, said": when the token at `last` ends an age
 * set off by commas after a name, the index of the name's last token, so the age belongs to the
 * name as a role does; `last` itself otherwise.
 */
export function beforeAgeApposition(tokens: readonly Token[], last: number, start: number): number {
  for (const length of [1, 3]) {
    const comma = last - length;
    const name = comma - 1;
    if (name < start || !isComma(tokens[comma]) || ageLength(tokens, comma + 1) !== length) continue;
    if (isCapitalized(tokens[name])) return name;
  }
  return last;
}

/**
 * For a name followed by ", a/an/the …," (an apposition that describes it), by ", D-Mich.," or by an
 * age (", 71,"): the index of the closing comma or dash, or -1. `comma` is the token right after the name.
 */
export function appositionEnd(tokens: readonly Token[], comma: number, end: number): number {
  const opener = tokens[comma];
  if (!opener || opener.kind !== 'punct' || opener.text !== ',') return -1;
  const first = tokens[comma + 1];
  if (!first || first.kind !== 'word') return -1;
  // ", 71,", ", 71 years old,": an age, which gives no role.
  const age = ageLength(tokens, comma + 1);
  if (age > 0 && tokens[comma + 1 + age] && isComma(tokens[comma + 1 + age])) return comma + 1 + age;
  // ", R-Wis.,", ", Democrat of Vermont,": a lawmaker's party and state, as American papers write them.
  // The state's abbreviation may end in a period of its own token (", R-Wis.,").
  if (PARTY_AND_STATE.test(first.text)) {
    const after = tokens[comma + 2]?.text === '.' ? comma + 3 : comma + 2;
    if (tokens[after]?.text === ',') return after;
  }
  if (PARTY_NAMES.has(first.lower) && tokens[comma + 2]?.lower === 'of') {
    for (let k = comma + 3; k < end && k <= comma + 6; k++) {
      if (tokens[k].kind === 'punct' && (tokens[k].text === ',' || tokens[k].text === '.')) return k;
      if (!isCapitalized(tokens[k])) return -1;
    }
    return -1;
  }
  // ", a retired teacher,", ", the mayor's aide,", ", president of the teachers' union,".
  // ", Meridian's chief nursing officer,": a body's possessive opens a role as an article does.
  const possessive = opensWithBodyPossessive(tokens, comma + 1);
  if (!possessive && !/^(a|an|the)$/.test(first.lower) && !(/^\p{Ll}/u.test(first.text) && (ROLE_NOUNS.has(first.lower) || TITLE_WORDS.has(first.lower)))) return -1;
  for (let k = comma + 2; k < end && k <= comma + ROLE_APPOSITION_TOKENS + 1; k++) {
    const token = tokens[k];
    if (token.kind === 'punct' && (token.text === ',' || token.text === '—' || token.text === '–' || token.text === '.')) return k;
    if (token.kind === 'quote') return -1;
  }
  // "…, said Greta Olsen, the county's deputy director of emergency management": the sentence's end closes it.
  return end - comma - 1 <= ROLE_APPOSITION_TOKENS && end > comma + 2 ? end : -1;
}

/** Longest name before a possessive that opens a role (", Carrow Ferries' chief operating officer,"). */
const POSSESSIVE_NAME_TOKENS = 5;

/** Whether capitalised words from `first` end in a possessive followed by a lower-case word: "Meridian's chief nursing officer". */
function opensWithBodyPossessive(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k < first + POSSESSIVE_NAME_TOKENS; k++) {
    const token = tokens[k];
    if (token?.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) return false;
    if (/['’]s$/.test(token.text)) return /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '');
    // "Ferries’": a plural's apostrophe is a token of its own.
    if (/s$/.test(token.text) && tokens[k + 1]?.kind === 'punct' && /^['’]$/.test(tokens[k + 1].text)) return /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '');
  }
  return false;
}

/** Longest title read before a name after the cue ("said dairy farmer and school board member Joan Pelletier"). */
const TITLE_BEFORE_NAME_TOKENS = 12;

/**
 * After an inverted cue, a name behind a title of ordinary words: "said dairy farmer and school
 * board member Joan Pelletier", "said 9/11 widow Terry Strada". The phrase runs from `first` to the
 * end of the clause and must end in a capitalised name of one to four words; everything before
 * the name is the role. Null when the clause is anything else.
 */
export function titledNameAfter(tokens: readonly Token[], first: number, end: number, paragraph: string): Mention | null {
  let last = first;
  while (last < end && last - first < TITLE_BEFORE_NAME_TOKENS && (tokens[last].kind === 'word' || /^[/-]$/.test(tokens[last].text))) last++;
  // The clause ends here: a period, a comma or the sentence's end, not more words.
  if (last === first || (last < end && !(tokens[last].kind === 'punct' && /^[.,;]$/.test(tokens[last].text)))) return null;
  let nameStart = last;
  while (nameStart > first && tokens[nameStart - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[nameStart - 1].text)) nameStart--;
  if (nameStart === first || last - nameStart > 4 || last - nameStart < 1) return null;
  for (let k = first; k < nameStart; k++) {
    const token = tokens[k];
    // The title is ordinary words (and numbers), not a verb phrase ("said on Monday that Joan…").
    if (token.kind === 'word' && (/^(that|on|in|at|to|as|when|after|before|if|because|while|who|which)$/.test(token.lower) || /^\p{Lu}/u.test(token.text))) return null;
  }
  const name = paragraph.slice(tokens[nameStart].start, tokens[last - 1].end);
  const role = paragraph.slice(tokens[first].start, tokens[nameStart - 1].end);
  const gender = genderOfWords(tokens.slice(first, nameStart).map((token) => token.lower));
  return {
    ...(gender ? { gender } : {}),
    start: tokens[first].start, end: tokens[last - 1].end, text: paragraph.slice(tokens[first].start, tokens[last - 1].end), kind: 'name', name, role,
    head: tokens[last - 1].lower, definite: true, plural: false, entity: 'person', entityRule: 'titled-name',
  };
}
