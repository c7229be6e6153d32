// The speaker search: from a cue back over fillers, dates, parentheses and appositions to the subject that speaks.
import type { CueForm, CueLexicon } from '../cues';
import { hasTag, isVerbLike, lexiconTags } from '../cues';
import {
  ADJUNCT_OPENERS, ARTICLES, CUE_FILLERS, DEMONSTRATIVES, NAME_PARTICLES, NOUN_LIKE_CUES, POSSESSIVE_DETERMINERS, PREPOSITIONS, QUANTITY, SENTENCE_CONNECTORS, STAFF_HEADS,
  ADJECTIVE_ENDINGS, APPOSITIVE_RELATIVES, LIGHT_VERB_FORMS, RELATIVE_PRONOUNS, SUBJECT_BOUNDARY, SUBJECT_DETERMINERS, SUBJECT_PRONOUNS, THIRD_PERSON_POSSESSIVES, TIME_ADJUNCT_WORDS, TIME_WORDS,
} from '../lexicon';
import { AGENT_BY_VERBS, DOCUMENT_SOURCE_VERBS } from '../lexicon/verbs';
import type { Mention } from '../mentions';
import { classify, isCapitalized, isKnownHead, pairOfPeople, phraseEndingAt, phraseStartingAt } from '../mentions';
import { COST_NOUNS, isFunctionWord, isPersonNoun, organizationFits, roleFromTitle } from '../entities';
import { apposedRole, appositionEnd, statesRole, appositionRole, beforeAgeApposition, relativeAntecedent, titledNameAfter } from '../salience';
import type { Token } from '../segment';
import type { LocalAttribution } from './model';
import { cueRuleOn } from './cue-rules';
import { afterDateline, isBe, isComma, isDash, tokenIndexAt } from './tokens';


/** "Wells Fargo just this month announced": a time phrase between subject and cue is at most this many tokens. */
const MAX_TIME_PHRASE_TOKENS = 5;
/** "is (once again) questioning": a form of "be" within this many words before a participle makes it progressive or passive. */
const BE_BEFORE_PARTICIPLE_WINDOW = 4;
/** A subject the phrase parser does not know ("Twenty-four percent said") is at most this many tokens. */
export const MAX_SUBJECT_TOKENS = 12;
/** "James Cleverly, the minister for Europe, said": an apposition is at most this many tokens. */
const MAX_APPOSITION_TOKENS = 40;
/** "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": a parenthesis after the name is at most this many tokens. */
const MAX_APPOSITION_PARENTHESIS_TOKENS = 10;
/** "Sen. David Perdue (R-Ga.) said": a parenthesis between speaker and cue is stepped over up to this many tokens. */
const MAX_PARENTHESIS_TOKENS = 12;

export function endsInModifier(speaker: Mention): boolean {
  if (speaker.kind === 'pronoun' || speaker.kind === 'name' || speaker.kind === 'organization') return false;
  const lastWord = speaker.text.split(/\s+/).pop()!.toLowerCase();
  if (isKnownHead(lastWord)) return false;
  const tags = lexiconTags(lastWord);
  // "sounded a cautious note": an adjective the lexicon does not know, by its ending.
  if (tags.length === 0) return ADJECTIVE_ENDINGS.test(lastWord) && !isPersonNoun(lastWord);
  return tags.some((tag) => /^(Adjective|Comparative|Superlative|Determiner|Cardinal|Value)$/.test(tag)) && !tags.some((tag) => /Noun|Singular|Plural|Actor|Person/.test(tag));
}

export function plausibleSubject(speaker: Mention): boolean {
  if (speaker.kind === 'pronoun') return true;
  const lastWord = speaker.text.split(/\s+/).pop()!.toLowerCase();
  if (speaker.kind === 'name') return !lexiconTags(lastWord).some((tag) => /Adjective|Demonym|Comparative|Superlative/.test(tag)) || lexiconTags(lastWord).some((tag) => /Person|LastName/.test(tag));
  return speaker.kind !== 'description' || !speaker.generic;
}

/** "reportedly", "publicly": an adverb in -ly between subject and cue; not a noun in -ly ("The family said", "the assembly"). */
function isLyAdverb(token: Token): boolean {
  if (!/^\p{Ll}+ly$/u.test(token.text) || token.lower === 'only' || isKnownHead(token.lower)) return false;
  return !lexiconTags(token.lower).some((tag) => tag === 'Singular' || tag === 'Plural' || tag === 'Noun');
}

export function skipFillers(tokens: readonly Token[], from: number, start: number): number {
  let j = from;
  while (j >= start && tokens[j].kind === 'word' && (CUE_FILLERS.has(tokens[j].lower) || isLyAdverb(tokens[j]))) j--;
  // "Wells Fargo just this month announced": a short time phrase between subject and verb.
  let k = j;
  while (k >= start && from - k < MAX_TIME_PHRASE_TOKENS && tokens[k].kind === 'word' && !isCapitalized(tokens[k]) && (TIME_ADJUNCT_WORDS.has(tokens[k].lower) || CUE_FILLERS.has(tokens[k].lower) || /^(just|month|week|year|ago|earlier|late|recently)$/.test(tokens[k].lower))) k--;
  if (k < j && k >= start && tokens[k].kind === 'word' && isCapitalized(tokens[k]) && /^(this|last|earlier|just|on|in)$/.test(tokens[k + 1].lower)) return k;
  // "Clinton on Tuesday said", "Trump Monday said", "Sanders on Feb. 4 said": a date between subject and verb.
  let d = j;
  if (d >= start && tokens[d].kind === 'word' && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[d].lower)) d--;
  if (d > start && tokens[d].kind === 'word' && isCapitalized(tokens[d])
    && (hasTag(tokens[d].lower, 'WeekDay') || hasTag(tokens[d].lower.replace(/\.$/, ''), 'Month') || MONTH_ABBREVIATIONS.test(tokens[d].lower))) {
    d--;
    if (d > start && tokens[d].kind === 'word' && tokens[d].lower === 'on') d--;
    while (d > start && tokens[d].kind === 'word' && CUE_FILLERS.has(tokens[d].lower) && !isCapitalized(tokens[d])) d--;
    if (d >= start && tokens[d].kind === 'word' && (isCapitalized(tokens[d]) || SUBJECT_PRONOUNS.has(tokens[d].lower) || SUBJECT_HEADS.test(tokens[d].lower))) return d;
    // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized": the parenthesis is stepped over by the caller.
    if (d > start && tokens[d].kind === 'punct' && tokens[d].text === ')') return d;
  }
  return j;
}

export const MONTH_ABBREVIATIONS = /^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/;
export const SUBJECT_HEADS = /^(official|officials|spokesman|spokeswoman|campaign|administration|candidate|senator|governor|president|leader|leaders|group|committee|department)$/;

// "is (once again) questioning": a form of "be" among the words just before the participle.
export function hasBeBefore(tokens: readonly Token[], i: number, start: number): boolean {
  for (let k = i - 1; k >= start && i - k <= BE_BEFORE_PARTICIPLE_WINDOW; k--) {
    const token = tokens[k];
    if (token.kind !== 'word') return false;
    if (isBe(token.lower) || /'(s|re|m)$/.test(token.lower)) return true;
    if (!CUE_FILLERS.has(token.lower)) return false;
  }
  return false;
}


/** A word that is only a time: "last", "week", "on", or a weekday or month with its capital ("Wednesday", "June"). */
export function isTimeWord(token: Token): boolean {
  return token.kind === 'word' && (TIME_WORDS.has(token.lower) || (isCapitalized(token) && (hasTag(token.lower, 'WeekDay') || hasTag(token.lower, 'Month'))));
}

/** Words after "by" that say how someone spoke, not who did ("said by phone"). */
const MEANS_OF_CONTACT = new Set(['phone', 'telephone', 'email', 'e-mail', 'text', 'video', 'videoconference', 'videolink', 'satellite', 'letter', 'mail', 'fax', 'radio', 'way']);

/**
 * "a study published Wednesday by researchers", "a report released Tuesday by the agency": a participle
 * after a noun, a time, and its agent after "by": the noun is what was published, not a speaker, and
 * "Wednesday by researchers…" nothing anyone said.
 */
function reducedPassive(tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  if (before?.kind !== 'word' || isCapitalized(before) || PRONOUN_WORDS.test(before.lower) || isFunctionWord(before.lower)) return false;
  let k = i + 1;
  while (k < end && k - i <= 3 && isTimeWord(tokens[k])) k++;
  const agent = tokens[k + 1];
  // A time between ("published Wednesday by"): without one, "first reported by The Washington Post" names the Post as a source.
  return k > i + 1 && tokens[k]?.kind === 'word' && tokens[k].lower === 'by' && agent?.kind === 'word' && !MEANS_OF_CONTACT.has(agent.lower);
}

/**
 * The subject of a verb of speech that the phrase parser does not know ("Twenty-four percent said",
 * "A court document filed Thursday says"): the words from the clause's start up to the verb.
 */
export function subjectUpToClauseStart(tokens: readonly Token[], last: number, start: number, paragraph: string, cues: CueLexicon): Mention | null {
  let first = last;
  while (first - 1 >= start && last - first < MAX_SUBJECT_TOKENS) {
    const previous = tokens[first - 1];
    if (previous.kind !== 'word') break;
    if (SUBJECT_BOUNDARY.has(previous.lower) || cues.has(previous.lower) || /^(is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|he|she|they|it|we|i|you)$/.test(previous.lower)) return null;
    first--;
  }
  const opener = tokens[first - 1];
  if (first - 1 >= start && opener.kind === 'word') return null;
  if (opener && opener.kind === 'quote') return null;
  for (let k = first; k <= last; k++) {
    const lower = tokens[k].lower;
    if (/^(is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|that|which|who)$/.test(lower)) return null;
    if (/['’]s$/.test(tokens[k].text) && k === last) return null;
  }
  const mention = classify(tokens, first, last + 1, paragraph);
  if (mention) return mention;
  const text = paragraph.slice(tokens[first].start, tokens[last].end);
  const head = tokens[last].lower;
  const plural = /s$/.test(head) && !/ss$/.test(head) || /^(percent|majority|majorities|half|third|quarter)$/.test(head);
  return { start: tokens[first].start, end: tokens[last].end, text, kind: plural ? 'group' : 'description', name: null, role: text, head, definite: /^the$/i.test(tokens[first].text), plural, generic: true };
}

/**
 * For `X, the minister for Europe, said`: the index of the last token of X, or -1 when the
 * commas do not enclose an apposition or a relative clause.
 */
export function appositionHead(tokens: readonly Token[], closingComma: number, start: number): number {
  const found = appositionBefore(tokens, closingComma, start);
  if (!found) return -1;
  // "Aldridge, who earned $4.2 million, according to the filings, did not…": a sentence adverbial
  // after a relative clause or an apposition is no apposition of the clause's last word; the subject
  // is the head the earlier apposition describes.
  const opener = tokens[found.opener];
  // So is a second relative clause joined to the first: "Ellen Marsh, who studies…, and who has advised…, said".
  const secondRelative = /^(and|but)$/.test(opener.lower) && APPOSITIVE_RELATIVES.has(tokens[found.opener + 1]?.lower ?? '');
  if (opener.lower === 'according' || opensParticipleAdjunct(opener) || secondRelative) {
    const outer = appositionBefore(tokens, found.opener - 1, start);
    if (outer && (APPOSITIVE_RELATIVES.has(tokens[outer.opener].lower) || ARTICLES.has(tokens[outer.opener].lower))) return outer.head;
  }
  return found.head;
}

/** The apposition closed by the comma or dash at `closingComma`: its head's index and its first word's; null when there is none. */
function appositionBefore(tokens: readonly Token[], closingComma: number, start: number): { head: number; opener: number } | null {
  const closer = tokens[closingComma];
  const dashes = isDash(closer);
  for (let k = closingComma - 1; k > start && closingComma - k < MAX_APPOSITION_TOKENS; k--) {
    const token = tokens[k];
    if (token.kind === 'quote' && k !== closingComma) return null;
    if (dashes ? isDash(token) : token.kind === 'punct' && token.text === ',') {
      const opener = tokens[k + 1];
      let headIndex = k - 1;
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name is before the parenthesis.
      if (tokens[headIndex]?.kind === 'punct' && tokens[headIndex].text === ')') {
        let open = headIndex - 1;
        while (open > start && tokens[open].text !== '(' && headIndex - open < MAX_APPOSITION_PARENTHESIS_TOKENS) open--;
        if (tokens[open]?.text === '(') headIndex = open - 1;
      }
      // "Dorothy Finch, 71, who takes the early boat, said": the age is the name's, as a role would be.
      if (headIndex > start) headIndex = beforeAgeApposition(tokens, headIndex, start);
      const head = tokens[headIndex];
      if (!head || head.kind !== 'word') return null;
      const lower = opener.lower;
      // After a name anything without a quotation is taken as apposition ("Trump, speaking to veterans, said").
      const appositive = ARTICLES.has(lower) || APPOSITIVE_RELATIVES.has(lower)
        || /^\d+$/.test(lower) || isCapitalized(opener) || isCapitalized(head) || /^(former|chief|senior|deputy|then|now|also|himself|herself|both|an?)$/.test(lower)
        // "A senior aide, speaking on condition of anonymity, said": a participle phrase describes the subject.
        || opensParticipleAdjunct(opener)
        // "The report, published Monday, found": a past participle describes it as well.
        || opensPastParticipleAdjunct(opener)
        // "A driver who has worked there for 19 years, and who asked not to be named, said": a second relative clause.
        || ((lower === 'and' || lower === 'but') && APPOSITIVE_RELATIVES.has(tokens[k + 2]?.lower ?? ''));
      return appositive ? { head: headIndex, opener: k + 1 } : null;
    }
  }
  return null;
}

/** A lower-case verb in -ing that is no noun ("speaking", "standing"; not "building", "spending"). */
function opensParticipleAdjunct(token: Token): boolean {
  return token.kind === 'word' && /^\p{Ll}+ing$/u.test(token.text) && isVerbLike(token.lower)
    && !lexiconTags(token.lower).some((tag) => /Noun|Singular|Plural/.test(tag));
}

/** A lower-case past participle in -ed ("published", "commissioned"; not "need", "red"): a reduced passive clause. */
function opensPastParticipleAdjunct(token: Token): boolean {
  if (token.kind !== 'word' || !/^\p{Ll}{3,}ed$/u.test(token.text)) return false;
  // A regular participle the lexicon does not know ("commissioned") is one too.
  const tags = lexiconTags(token.lower);
  return (tags.length === 0 || tags.some((tag) => tag === 'PastTense' || tag === 'Participle')) && !tags.some((tag) => /Noun|Singular|Plural|Adjective/.test(tag));
}

/** Words that tie a noun to what qualifies it ("familiar with", "close to"), besides prepositions. */
const POSTMODIFIER_LINKS = new Set(['familiar', 'close', 'around', 'across', 'behind', 'under', 'along', 'beside', 'opposite']);

/**
 * For a phrase found just before a verb that is the object of a preposition ("Residents of the
 * neighborhood around [the shopping center] said", "An officer familiar with [the investigation],
 * who…, said"): the whole subject from its clause's start, headed by its first noun; null when the
 * phrase is not such an object or the words before it are no noun phrase.
 */
function headOfPostmodifiedSubject(tokens: readonly Token[], phrase: Mention, first: number, last: number, start: number, paragraph: string, cues: CueLexicon): Mention | null {
  const before = tokens[first - 1];
  if (phrase.kind === 'pronoun' || first - 1 <= start || before?.kind !== 'word' || !(PREPOSITIONS.has(before.lower) || POSTMODIFIER_LINKS.has(before.lower))) return null;
  let whole = subjectUpToClauseStart(tokens, last, start, paragraph, cues);
  if (!whole || whole.start >= phrase.start) return null;
  if (!POSTMODIFIED_KINDS.has(whole.kind) || whole.generic) {
    // "Business owners around the lake say": a link other than "of" or "for" leaves the object as
    // the phrase's head; the words before the preposition tell who speaks.
    const wholeFirst = tokenIndexAt(tokens, whole.start, start);
    const core = wholeFirst < first - 1 ? classify(tokens, wholeFirst, first - 1, paragraph) : null;
    if (!core || core.end !== tokens[first - 2].end || !POSTMODIFIED_KINDS.has(core.kind) || core.generic) return null;
    whole = { ...core, end: whole.end, text: whole.text };
  }
  // The head comes first and is someone ("Residents", "officer", "members"); the words up to the
  // object only describe it: no verb, no opening preposition ("In one of those…", "Unlike many of…").
  const firstWord = tokenIndexAt(tokens, whole.start, start);
  if (ADJUNCT_OPENERS.has(tokens[firstWord].lower) || !(isPersonNoun(whole.head) || isKnownHead(whole.head))) return null;
  for (let k = firstWord; k < first - 1; k++) {
    const word = tokens[k];
    if (word.kind !== 'word' || (!isCapitalized(word) && isVerbLike(word.lower) && !isKnownHead(word.lower) && !POSTMODIFIER_LINKS.has(word.lower))) return null;
  }
  return whole;
}


/**
 * Kinds of a whole subject whose head is someone unnamed: a group or a source ("people close to",
 * "an official familiar with"), or a document ("The survey of 500 voters found": the survey speaks,
 * not the voters). A definite description or a body keeps the nearer phrase: measured,
 * "the government in Beijing" or "The deputy head of China's delegation" resolved worse whole.
 */
const POSTMODIFIED_KINDS = new Set(['group', 'anonymous', 'vague', 'document']);

/** Longest name in apposition to a description ("Apple's chief executive, Tim Cook, called"). */
const MAX_NAME_APPOSITION_TOKENS = 6;

/**
 * For "The minister of the economy, Mr. Guajardo Villarreal, argues": the person named between the
 * comma after token `head` and the closing comma `closer`, or null when the apposition is no
 * person's name (a role, an age, a place, a relative clause).
 */
export function nameInApposition(tokens: readonly Token[], head: number, closer: number, paragraph: string, described: Mention | null = null): Mention | null {
  let first = head + 1;
  if (tokens[first]?.kind === 'punct' && tokens[first].text === ')') first++;
  if (!(tokens[first]?.kind === 'punct' && /^[,—–]$/.test(tokens[first].text))) return null;
  first++;
  if (closer - first < 1 || closer - first > MAX_NAME_APPOSITION_TOKENS || !isCapitalized(tokens[first])) return null;
  for (let k = first; k < closer; k++) if (tokens[k].kind !== 'word') return null;
  const name = classify(tokens, first, closer, paragraph);
  // "The developer, Northgate Properties, said": a body named in apposition is who speaks, as a person is.
  if (name?.kind === 'organization') return name;
  // "The utility …, Cascade Mountain Power, said": a name in apposition to a description of a body is that body.
  if (name?.kind === 'name' && name.entity !== 'person' && (described?.kind === 'description' || described?.kind === 'organization') && organizationFits(name.name ?? name.text, described.head)) {
    return { ...name, kind: 'organization', entity: 'organization', entityRule: 'apposed-to-body' };
  }
  return name?.kind === 'name' && (name.entity === 'person' || name.entity === 'unknown' || name.entity === undefined) ? name : null;
}

/**
 * For a description ending at token `head` and followed by ", Walt Dean," (or dashes, or the
 * sentence's end): the person named, and the index of the token that closes the apposition.
 */
export function apposedName(tokens: readonly Token[], head: number, end: number, paragraph: string): { name: Mention; closer: number } | null {
  let closer = head + 2;
  // The name's words are capitalised, but for a particle ("Ana de Souza"): "…, Warren said no." is no apposition.
  while (closer < end && closer - head <= MAX_NAME_APPOSITION_TOKENS + 1 && tokens[closer].kind === 'word' && (isCapitalized(tokens[closer]) || NAME_PARTICLES.has(tokens[closer].lower))) closer++;
  if (closer < end && !(tokens[closer].kind === 'punct' && /^[,—–.]$/.test(tokens[closer].text))) return null;
  const name = nameInApposition(tokens, head, closer, paragraph);
  return name ? { name, closer } : null;
}

/** Longest relative clause between a subject and its verb ("who live near the asphalt plant"). */
const MAX_RELATIVE_CLAUSE_TOKENS = 10;
/**
 * Longest relative clause opened by "who" (or, before an apposition, "that" and "which") between a
 * subject and its verb: "A teacher who asked not to be named because she was not authorized to speak
 * for the school said". A participle's reach stays shorter: a longer one is as often the subject's
 * own verb ("One thing working in her favor is").
 */
const MAX_WHO_CLAUSE_TOKENS = 20;

/**
 * The subject of a cue before a relative clause that qualifies it: "Residents who live near the
 * asphalt plant told", "One of the doctors who sent the letter called", "Protesters marching
 * through the streets chanted". The clause ("who" and a verb, or a participle after a plural)
 * runs without punctuation up to the cue, and the subject opens its own clause. Null otherwise.
 * `thatClauses`: "that" and "which" open the clause too ("The utility that owns the line, …"),
 * asked only before an apposition, where "that" cannot open what was said.
 */
export function subjectBeforeRelativeClause(tokens: readonly Token[], last: number, start: number, paragraph: string, thatClauses = false): Mention | null {
  for (let k = last; k > start && last - k < MAX_WHO_CLAUSE_TOKENS; k--) {
    const token = tokens[k];
    if (token.kind !== 'word') return null;
    const near = last - k < MAX_RELATIVE_CLAUSE_TOKENS;
    const next = tokens[k + 1];
    // "who live…" but not "who he said…", "who the mayor called…", "who Penwick named…".
    const relativeWho = (token.lower === 'who' || (thatClauses && (token.lower === 'that' || token.lower === 'which'))) && k < last && next.kind === 'word' && /^\p{Ll}/u.test(next.text)
      && !PRONOUN_WORDS.test(next.lower) && !ARTICLES.has(next.lower) && !SUBJECT_DETERMINERS.has(next.lower);
    // "Protesters marching through…", "The report covering the bridge…": a participle after the subject.
    // The participle takes an object or a preposition ("marching through", "covering the"); a noun in -ing
    // runs straight into its verb ("A court filing released Thursday says").
    const participle = near && /^\p{Ll}+ing$/u.test(token.text) && k < last && !isKnownHead(token.lower) && !lexiconTags(token.lower).some((tag) => /Noun|Singular|Plural/.test(tag))
      && next.kind === 'word' && (PREPOSITIONS.has(next.lower) || PARTICIPLE_OBJECT_STARTS.has(next.lower)) && !modifiesNoun(tokens[k - 1]);
    // "a three-hour meeting in which dozens of riders urged": the cue is that clause's own verb.
    if (!relativeWho && RELATIVE_PRONOUNS.has(token.lower)) return null;
    if (!relativeWho && !participle) continue;
    const subject = phraseEndingAt(tokens, k - 1, start, paragraph);
    if (!subject || subject.kind === 'pronoun' || (relativeWho && subject.kind === 'document')) return null;
    const first = tokenIndexAt(tokens, subject.start, start);
    const before = tokens[first - 1];
    const opensClause = first === start || before.kind !== 'word' || SUBJECT_BOUNDARY.has(before.lower);
    return opensClause ? subject : null;
  }
  return null;
}

const PRONOUN_WORDS = /^(he|she|it|they|we|i|you|him|them|us|me)$/;

/**
 * Whether a word can only stand before a noun: an article, a possessive, an adjective or a compound
 * modifier ("a three-hour meeting in…", "the long meeting in…": the -ing word is then a noun, no participle).
 */
function modifiesNoun(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || isCapitalized(token)) return false;
  if (ARTICLES.has(token.lower) || POSSESSIVE_DETERMINERS.has(token.lower) || /^\p{Ll}[\p{Ll}\d]*-\p{Ll}+$/u.test(token.text)) return true;
  const tags = lexiconTags(token.lower);
  return tags.includes('Adjective') && !tags.some((tag) => /Noun|Singular|Plural|Verb|PastTense|PresentTense/.test(tag));
}

/**
 * Whether the cue at `i`, the verb of a relative clause ("who oppose the closure"), is followed
 * within the clause, with no punctuation, by a verb of speech whose subject is the clause's
 * antecedent ("Parents who oppose the closure said …").
 */
function restrictiveClauseBeforeCue(tokens: readonly Token[], i: number, end: number, start: number, paragraph: string, cues: CueLexicon): boolean {
  for (let j = i + 1; j < end && j - i <= MAX_RELATIVE_CLAUSE_TOKENS; j++) {
    const token = tokens[j];
    if (token.kind !== 'word') return false;
    const form = cues.get(token.lower);
    if (form?.speech && (form.form === 'past' || form.form === 'present') && token.text === token.lower) return subjectBeforeRelativeClause(tokens, j - 1, start, paragraph) !== null;
  }
  return false;
}
/** Words that open a participle's object ("covering the bridge", "opposing its closure", "representing them"). */
const PARTICIPLE_OBJECT_STARTS = new Set([...ARTICLES, ...THIRD_PERSON_POSSESSIVES, ...DEMONSTRATIVES, 'near', 'across', 'into', 'against', 'toward', 'towards', 'them', 'him', 'us']);

/** A cue's speaker, the token it starts at, and whether it follows the cue ("said Truss"). */
export interface SpeakerFound {
  speaker: Mention;
  firstToken: number;
  inverted: boolean;
}

/**
 * The speaker of the cue at token `i` (ending before `cueEnd`): a contracted pronoun, the
 * clause's subject before a participle or "and said", a relative pronoun's antecedent, the
 * phrase just before the cue (over fillers, dates and a parenthesis), an apposition's head, or
 * the phrase after the cue. Null when the cue is passive, a noun here, or has no one speaking.
 */
export function findSpeaker(
  tokens: readonly Token[], start: number, end: number, paragraph: string, cues: CueLexicon,
  earlier: LocalAttribution | undefined, i: number, form: CueForm, cueEnd: number, without: ReadonlySet<string>,
): SpeakerFound | null {
  const token = tokens[i];
  let beforeCue = skipFillers(tokens, i - 1, start);
  // "Sen. David Perdue (R-Ga.) said": step over the parenthesis.
  let parenthesisEnd = -1;
  if (beforeCue > start && tokens[beforeCue].kind === 'punct' && tokens[beforeCue].text === ')') {
    let open = beforeCue - 1;
    while (open > start && !(tokens[open].kind === 'punct' && tokens[open].text === '(') && beforeCue - open < MAX_PARENTHESIS_TOKENS) open--;
    if (tokens[open]?.text === '(' && open - 1 >= start && tokens[open - 1].kind === 'word') {
      parenthesisEnd = tokens[beforeCue].end;
      beforeCue = open - 1;
    }
  }
  // "was told", "was first reported by": passive; the subject is the listener or the thing reported.
  if (form.form === 'past' && (hasBeBefore(tokens, i, start) || (cueRuleOn(without, 'reduced-passive') && reducedPassive(tokens, i, end)))) return null;
  if (form.form === 'base' && beforeCue >= start && tokens[beforeCue].kind === 'word' && /^(to|not)$/.test(tokens[beforeCue].lower)) return null;

  let speaker: Mention | null = null;
  let relative: Mention | null = null;
  let speakerFirstToken = -1;
  let inverted = false;
  const previous = beforeCue >= start ? tokens[beforeCue] : undefined;
  // "Trump is demanding…", "It's denouncing…": a progressive is a finite verb with a subject before it.
  const progressive = form.form === 'gerund' && hasBeBefore(tokens, i, start);
  const quotedSubject = form.form === 'gerund' && previous?.kind === 'word' && previous.lower === 'as' ? quotedAsSubject(tokens, beforeCue, start) : null;
  const contraction = previous?.kind === 'word' ? /^(he|she|it|they|we|i|who)'(s|re|ve|d|ll|m)$/.exec(previous.lower) : null;
  if (contraction && previous) {
    const pronoun = classify([{ ...previous, end: previous.start + contraction[1].length, text: previous.text.slice(0, contraction[1].length), lower: contraction[1] }], 0, 1, paragraph);
    if (!pronoun || (pronoun.pronoun === 'neuter' && !DOCUMENT_SOURCE_VERBS.has(form.lemma) && !progressive)) return null;
    speaker = pronoun;
    speakerFirstToken = beforeCue;
  } else if (quotedSubject) {
    // "he was quoted as saying", "Adair was quoted by the Gazette as saying": the one quoted speaks.
    // In the active "The Gazette quoted Marchetti as saying" the phrase starts after "quoted".
    speaker = phraseEndingAt(tokens, quotedSubject.subject, quotedSubject.from, paragraph);
    if (!speaker) return null;
    speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
  } else if ((form.form === 'gerund' && !progressive) || (previous?.kind === 'word' && (previous.lower === 'and' || previous.lower === 'but'))) {
    // "…, calling reports 'disinformation'" and "…, and said he had seen…": the clause's subject speaks.
    // "a series of tweets early Friday saying": a date before the participle leaves it to the clause's subject.
    const dated = previous?.kind === 'word' && (TIME_ADJUNCT_WORDS.has(previous.lower) || hasTag(previous.lower, 'WeekDay') || hasTag(previous.lower, 'Month'));
    if (form.form === 'gerund' && previous?.kind === 'word' && !dated && !/^(and|by|after|while|before|in|when)$/.test(previous.lower)) {
      // "footage of Trump saying, '…'": the name just before the participle is the speaker.
      if (!(isCapitalized(previous) || /^(he|she|they)$/.test(previous.lower)) || beforeCue !== i - 1) return null;
      speaker = phraseEndingAt(tokens, beforeCue, start, paragraph);
      if (!speaker) return null;
      speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
    } else {
    // The clause's own subject, after its opening adjuncts ("During the speech, Trump attacked…,
    // saying"; "When my mother mentioned…, I laughed and said"), before the last speaker found.
    const subjectStart = clauseSubjectStart(tokens, start, i);
    // "…after she attacked officers and blamed…": a coordinated verb goes with the last speaker,
    // unless that speaker sits in the opening adjunct ("When my mother mentioned…, I laughed and said").
    const coordinatedWithEarlier = form.form !== 'gerund' && earlier !== undefined && earlier.speaker.start >= tokens[subjectStart].start;
    const opening = coordinatedWithEarlier ? null : phraseStartingAt(tokens, subjectStart, i, paragraph);
    const subject = opening && withNameInApposition(tokens, withCoordinatedPartner(tokens, opening, subjectStart, i, paragraph), subjectStart, i, paragraph);
    // Not when the sentence opens with what the last speaker said ('The country "has made…," McConnell said, citing').
    const reported = subject !== null && earlier !== undefined && (quotedJustBefore(tokens, earlier.speaker.start, start)
      || (earlier.content !== null && earlier.content.start <= subject.start && subject.start < earlier.content.end));
    const speaks = subject !== null && !reported && SUBJECT_KINDS.has(subject.kind) && !(subject.kind === 'pronoun' && (subject.pronoun === 'neuter' || subject.head === 'you'));
    speaker = (speaks ? subject : null) ?? earlier?.speaker ?? phraseStartingAt(tokens, afterOpeningAdverb(tokens, start, i), i, paragraph);
    if (!speaker) return null;
    speakerFirstToken = i;
    }
  } else if (previous && previous.kind === 'word' && (previous.lower === 'who' || previous.lower === 'which' || (previous.lower === 'that' && form.form !== 'base'))) {
    // "Parents who oppose the closure said …": the clause only says which parents; the main verb
    // after it is the cue, and its subject the speaker.
    if (previous.lower === 'who' && restrictiveClauseBeforeCue(tokens, i, end, start, paragraph, cues)) return null;
    // "an architect who said…": the relative pronoun speaks for the phrase before it.
    let antecedentEnd = beforeCue - 1;
    if (tokens[antecedentEnd]?.kind === 'punct' && tokens[antecedentEnd].text === ',') antecedentEnd--;
    const antecedent = antecedentEnd >= start ? relativeAntecedent(tokens, antecedentEnd, start, paragraph) : null;
    if (antecedent && antecedent.kind !== 'pronoun') {
      speaker = { ...antecedent, start: previous.start, end: previous.end, text: previous.text, refersTo: antecedent };
      speakerFirstToken = beforeCue;
    }
  } else if (previous && previous.kind === 'word' && /['’]s$/.test(previous.text) && beforeCue === i - 1) {
    // "Sullivan's remarks", "the bank's statement": the cue word is a noun here.
    return null;
  } else if (previous?.kind === 'word' && (ARTICLES.has(previous.lower) || (POSSESSIVE_DETERMINERS.has(previous.lower) && (previous.lower !== 'her' || form.form !== 'base'))) && beforeCue === i - 1) {
    // "Critics of the plan argue", "an estimate for his plans": a word right after an article or a
    // possessive is a noun, never the cue ("made her apologize" keeps its verb).
    return null;
  } else if (previous && previous.kind === 'word' && parenthesisEnd === -1 && (relative = subjectBeforeRelativeClause(tokens, beforeCue, start, paragraph))) {
    // "Residents who live near the plant told…", "Protesters marching through the streets chanted…"
    speaker = relative;
    speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
  } else if (previous && previous.kind === 'word') {
    speaker = phraseEndingAt(tokens, beforeCue, start, paragraph);
    // "Twenty-four percent said…", "A court document filed Thursday says…": a subject the phrase parser does not know.
    // Not after a determiner ("his remarks", "the call"): the cue is a noun there.
    if (!speaker && form.speech && !form.weak && parenthesisEnd === -1 && !ARTICLES.has(tokens[i - 1].lower) && !POSSESSIVE_DETERMINERS.has(tokens[i - 1].lower)) {
      speaker = subjectUpToClauseStart(tokens, beforeCue, start, paragraph, cues);
    }
    // "It says the campaign violated…": a document or organisation speaking; "it" elsewhere is no one.
    // "it further wrote": fillers may come between.
    const adjacent = tokens.slice(beforeCue + 1, i).every((t) => t.kind === 'word' && (CUE_FILLERS.has(t.lower) || isLyAdverb(t)));
    if (speaker?.kind === 'pronoun' && speaker.pronoun === 'neuter' && !(speaker.head === 'it' && DOCUMENT_SOURCE_VERBS.has(form.lemma) && adjacent)) speaker = null;
    if (speaker) speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
    // "Residents of the neighborhood around the shopping center said": the object of a preposition is not the subject.
    const whole = speaker && cueRuleOn(without, 'postmodified-subject') ? headOfPostmodifiedSubject(tokens, speaker, speakerFirstToken, beforeCue, start, paragraph, cues) : null;
    if (whole) {
      speaker = whole;
      speakerFirstToken = tokenIndexAt(tokens, whole.start, start);
    }
    if (speaker && parenthesisEnd !== -1) speaker = { ...speaker, end: parenthesisEnd, text: paragraph.slice(speaker.start, parenthesisEnd) };
  } else if (previous && (isComma(previous) || isDash(previous) || (previous.kind === 'quote' && /,["”’'»]+$/u.test(previous.text)))) {
    // "James Cleverly, the minister for Europe, acknowledged" / "China, which … 'neutrality,' denied"
    const apposition = appositionHead(tokens, beforeCue, start);
    if (apposition !== -1) {
      // "The utility that owns the line, Cascade Mountain Power, said": the apposition follows a relative
      // clause, and names the clause's antecedent.
      speaker = subjectBeforeRelativeClause(tokens, apposition, start, paragraph, true) ?? relativeAntecedent(tokens, apposition, start, paragraph);
      if (!speaker && form.speech && !form.weak) speaker = subjectUpToClauseStart(tokens, apposition, start, paragraph, cues);
      // "A police officer familiar with the investigation, who …, said": the officer, not the investigation.
      if (speaker && cueRuleOn(without, 'postmodified-subject')) speaker = headOfPostmodifiedSubject(tokens, speaker, tokenIndexAt(tokens, speaker.start, start), apposition, start, paragraph, cues) ?? speaker;
      // "The state's campaign chairman, Phil Lovas, said": a name in apposition to a description is who speaks.
      const named = !speaker || (speaker.kind !== 'name' && speaker.kind !== 'pronoun') ? nameInApposition(tokens, apposition, beforeCue, paragraph, speaker) : null;
      if (named) speaker = speaker ? { ...named, start: speaker.start, text: paragraph.slice(speaker.start, named.end), role: apposedRole(named, speaker) } : named;
      if (speaker) speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
      // "Lena Ortiz, president of the teachers' union, said": the apposition is her role, whole.
      const role = speaker?.kind === 'name' ? appositionRole(tokens, apposition, beforeCue, paragraph) : null;
      if (speaker && role && !statesRole(speaker)) speaker = { ...speaker, role };
      // "Sgt. Alicia Ferro, a police spokeswoman, said": a rank and a job; "the spokeswoman" later means her, so both.
      else if (speaker?.role && role && STAFF_HEADS.has(role.split(/\s+/).pop()!.toLowerCase())) speaker = { ...speaker, role: `${roleFromTitle(speaker.role) ?? speaker.role}, ${role}` };
    }
  }
  const afterCue = tokens[cueEnd];
  if (!speaker && (form.form !== 'gerund' || progressive) && afterCue && afterCue.kind === 'word'
    && (!previous || previous.kind === 'quote' || (previous.kind === 'punct' && /^[,—–]$/.test(previous.text)) || beforeCue < start)) {
    // "…," said Truss / said the official
    speaker = phraseStartingAt(tokens, cueEnd, end, paragraph);
    // "…," said the union's president, Luis Ortega: the person named in apposition speaks.
    if (speaker) speaker = withNameInApposition(tokens, speaker, cueEnd, end, paragraph, true);
    // "said dairy farmer and school board member Joan Pelletier": a long title before the name.
    if (!speaker || (speaker.kind !== 'name' && speaker.kind !== 'organization' && speaker.kind !== 'pronoun')) speaker = titledNameAfter(tokens, cueEnd, end, paragraph) ?? speaker;
    inverted = speaker !== null;
    // "…," said Greta Olsen, the county's deputy director of emergency management.
    if (speaker?.kind === 'name' && !statesRole(speaker)) {
      const last = tokenIndexAt(tokens, speaker.end, cueEnd) - 1;
      const closer = appositionEnd(tokens, last + 1, end);
      const role = closer !== -1 ? appositionRole(tokens, last, closer, paragraph) : null;
      if (role) speaker = { ...speaker, role };
    }
  }
  if (!speaker) return null;
  // "In a Facebook message posted Friday, Cruz said": a phrase that opens with a preposition is an adjunct, no subject.
  // A quantity is no adjunct: "About 4 in 10 said", "At least half of voters said".
  if (!inverted && speakerFirstToken >= start && tokens[speakerFirstToken].kind === 'word' && PREPOSITIONS.has(tokens[speakerFirstToken].lower) && speaker.kind !== 'pronoun'
    && !QUANTITY.test(speaker.text)) return null;
  // "the swing states of Ohio", "Republican support": words that are nouns as often as verbs
  // speak only after a real subject.
  if (!inverted && NOUN_LIKE_CUES.has(token.lower) && !plausibleSubject(speaker)) return null;
  // "a five-alarm call", "the biggest decline": an adjective before the cue makes it a noun.
  if (!inverted && endsInModifier(speaker)) {
    // "McInturff … sounded a cautious note about", "Sanders made a forceful promise to…": the noun
    // phrase is a verb's object, and that verb's subject is whose note or promise it is.
    const before = tokens[speakerFirstToken - 1];
    if (!before || before.kind !== 'word' || !LIGHT_VERB_FORMS.has(before.lower)) return null;
    // "held a public comment session": the cue noun modifies another noun, and the phrase is no speech act.
    if (modifiesNounAfter(tokens[cueEnd])) return null;
    const found = lightVerbSubject(tokens, speakerFirstToken - 1, start, paragraph);
    if (!found) return null;
    const { subject, subjectStart } = found;
    speaker = subject;
    speakerFirstToken = subjectStart;
    // "Owen Brisk, the other half of the polling team, sounded…": the apposition is his role.
    if (speaker.kind === 'name' && !statesRole(speaker)) {
      const last = tokenIndexAt(tokens, speaker.end, subjectStart) - 1;
      const closer = appositionEnd(tokens, last + 1, end);
      const role = closer !== -1 ? appositionRole(tokens, last, closer, paragraph) : null;
      if (role) speaker = { ...speaker, role };
    }
  }
  // "The new fee will add about $9 a month": a charge or a cost adds money, it says nothing; the
  // figure goes unsourced. (Wider "only the animate speak" rules cost PolNeAR recall: it counts
  // "the inquiry found", "the airline added", "the plan would require…".)
  if (speaker.kind === 'description' && speaker.generic && COST_NOUNS.has(speaker.head)) return null;
  // "the laws proposed by Nixon": a participle with its agent is not someone speaking.
  if (!inverted && form.form === 'past' && tokens[cueEnd]?.lower === 'by' && !AGENT_BY_VERBS.has(form.lemma)) return null;
  if (speaker.kind === 'pronoun' && ((speaker.pronoun === 'neuter' && speaker.head !== 'it') || speaker.head === 'you')) return null;
  // "Dale Whitcombe, a Republican, and state Sen. Rosa Almeida, a Democrat, wrote": two people, each with
  // an apposition, are the clause's subject together, as "Ada Brill and Tomas Ferrer said" is.
  const pair = inverted ? null : coordinatedSubject(tokens, speaker, speakerFirstToken, start, paragraph);
  if (pair) return { speaker: pair, firstToken: tokenIndexAt(tokens, pair.start, start), inverted };
  return { speaker, firstToken: speakerFirstToken, inverted };
}

/**
 * For "Leo Ortiz visited the docks, and the union made a forceful promise": the subject of the light verb at
 * token `verb`, the phrase that reaches it over fillers and adverbs (or over its own apposition, "Owen Brisk,
 * the other half of the polling team, sounded"), read from the clause's start or else from the start of the
 * last clause joined by "and" or a comma; null when neither reaches the verb.
 */
function lightVerbSubject(tokens: readonly Token[], verb: number, start: number, paragraph: string): { subject: Mention; subjectStart: number } | null {
  const last = skipFillers(tokens, verb - 1, start);
  if (last < start) return null;
  const starts = [clauseSubjectStart(tokens, start, verb)];
  for (let k = last - 1; k > start; k--) {
    if (tokens[k].lower === 'and' || isComma(tokens[k])) {
      starts.push(clauseSubjectStart(tokens, k + 1, verb));
      break;
    }
  }
  for (const subjectStart of starts) {
    if (subjectStart >= verb) continue;
    const subject = phraseStartingAt(tokens, subjectStart, verb, paragraph);
    if (!subject || !SUBJECT_KINDS.has(subject.kind) || (subject.kind === 'pronoun' && subject.pronoun === 'neuter')) continue;
    const subjectLast = tokenIndexAt(tokens, subject.end, subjectStart) - 1;
    if (subjectLast === last || (subjectLast < last && (appositionEnd(tokens, subjectLast + 1, verb) === last || participlePhraseUpTo(tokens, subjectLast + 1, last)))) return { subject, subjectStart };
  }
  return null;
}

/** "Congressional Republicans probing Clinton's email setup have": from `first` to `last`, a present participle's phrase with no clause boundary in it. */
function participlePhraseUpTo(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first].kind !== 'word' || !/^\p{Ll}+ing$/u.test(tokens[first].text)) return false;
  for (let k = first + 1; k <= last; k++) if (tokens[k].kind !== 'word' || /^(and|but|or|who|whom|whose|which|that|where|when)$/.test(tokens[k].lower)) return false;
  return true;
}

/** "comment session", "comment period": a lower-case word after a cue noun that is a noun too (or one the lexicon lacks, neither function nor time word). */
function modifiesNounAfter(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || isCapitalized(next) || isTimeWord(next) || TIME_ADJUNCT_WORDS.has(next.lower) || isFunctionWord(next.lower)) return false;
  const tags = lexiconTags(next.lower);
  return tags.length === 0 || tags.some((tag) => /^(Noun|Singular|Plural|Gerund)$/.test(tag));
}

/**
 * For "Dale Whitcombe, a Republican, and …": when the person whose name ends at token `last` has an
 * apposition that `appositionEnd` steps over (a role, a party, an age) closed by a comma and "and",
 * that comma's index (the second person's phrase starts two tokens later); -1 otherwise.
 */
function appositionBeforeAnd(tokens: readonly Token[], last: number, limit: number): number {
  const closer = appositionEnd(tokens, last + 1, limit);
  return closer !== -1 && isComma(tokens[closer]) && tokens[closer + 1]?.lower === 'and' ? closer : -1;
}

/** Two people as one plural subject, the first with the role its apposition (ending at `closer`) gives. */
function pairedSubject(tokens: readonly Token[], left: Mention, last: number, closer: number, right: Mention, paragraph: string): Mention | null {
  const role = left.role ? null : appositionRole(tokens, last, closer, paragraph);
  return pairOfPeople(role ? { ...left, role } : left, right, paragraph);
}

/**
 * For a person named at token `first` right after ", and", behind another person and an apposition
 * (see appositionBeforeAnd): both people as one subject; null unless the first person opens the clause.
 */
function coordinatedSubject(tokens: readonly Token[], right: Mention, first: number, start: number, paragraph: string): Mention | null {
  if (right.kind !== 'name' || first - 3 < start || tokens[first - 1].lower !== 'and' || !isComma(tokens[first - 2])) return null;
  const head = appositionHead(tokens, first - 2, start);
  if (head === -1 || appositionBeforeAnd(tokens, head, first) !== first - 2) return null;
  const left = phraseEndingAt(tokens, head, start, paragraph);
  if (!left || tokenIndexAt(tokens, left.start, start) !== clauseSubjectStart(tokens, start, first)) return null;
  return pairedSubject(tokens, left, head, first - 2, right, paragraph);
}

/**
 * The clause's subject read forward from `subject` (starting at token `first`): the same person, or
 * the pair when an apposition, ", and" and a second person follow ("X, a Republican, and Y, …, signed").
 */
function withCoordinatedPartner(tokens: readonly Token[], subject: Mention, first: number, limit: number, paragraph: string): Mention {
  if (subject.kind !== 'name') return subject;
  const last = tokenIndexAt(tokens, subject.end, first) - 1;
  const closer = appositionBeforeAnd(tokens, last, limit);
  const right = closer !== -1 ? phraseStartingAt(tokens, closer + 2, limit, paragraph) : null;
  return (right && pairedSubject(tokens, subject, last, closer, right, paragraph)) ?? subject;
}

/**
 * The clause's subject read forward from `subject` (at token `first`): for a description with a
 * name in apposition ("Meridian's chief executive, Thomas Aldridge, wrote … urging"), the person
 * named, with the description as role; the subject itself otherwise. After the cue (`inverted`)
 * the name may end the sentence ("…," said the union's president, Luis Ortega.).
 */
function withNameInApposition(tokens: readonly Token[], subject: Mention, first: number, limit: number, paragraph: string, inverted = false): Mention {
  if (subject.kind !== 'description' && subject.kind !== 'anonymous') return subject;
  const apposed = apposedName(tokens, tokenIndexAt(tokens, subject.end, first) - 1, limit, paragraph);
  // Before the cue the clause goes on after the name's closing comma ("…, Thomas Aldridge, wrote");
  // after it, the name may end the sentence.
  if (!apposed || !(inverted || isComma(tokens[apposed.closer]))) return subject;
  const named = apposed.name;
  return { ...named, start: subject.start, text: paragraph.slice(subject.start, named.end), role: apposedRole(named, subject) };
}

/** Longest "by …" between "quoted" and "as saying" ("was quoted by the Lowden Gazette as saying"). */
const QUOTED_BY_TOKENS = 8;

/**
 * For "X was quoted (by Y) as saying": the index of the last token of X, from the token `as`, and the
 * first token X may start at; for the active "Y quoted X as saying", X and the token after "quoted".
 * Null when no "quoted" comes before "as".
 */
export function quotedAsSubject(tokens: readonly Token[], as: number, start: number): { subject: number; from: number } | null {
  let k = as - 1;
  // Step back over "by the Lowden Gazette" to "quoted".
  for (let steps = 0; k > start && tokens[k].lower !== 'quoted' && steps < QUOTED_BY_TOKENS; steps++) k--;
  if (tokens[k]?.lower !== 'quoted' || k - 1 < start) return null;
  // "The Gazette quoted Marchetti as saying": active, the one quoted is the object before "as".
  if (k + 1 < as && tokens[k + 1].lower !== 'by') return isBe(tokens[k - 1].lower) ? null : { subject: as - 1, from: k + 1 };
  let be = k - 1;
  while (be > start && tokens[be].kind === 'word' && /^(also|once|later|widely|often|previously)$/.test(tokens[be].lower)) be--;
  if (!isBe(tokens[be].lower)) return null;
  let subject = be - 1;
  if (subject >= start && /^(has|have|had)$/.test(tokens[subject].lower)) subject--;
  if (subject < start || tokens[subject].kind !== 'word') return null;
  // An earlier "quoted" in the sentence still bounds the subject ("…, quoted Monday, Adair was quoted as saying").
  let from = subject;
  while (from >= start && tokens[from].lower !== 'quoted') from--;
  return { subject, from: from < start ? start : from + 1 };
}

/** Whether a quotation ends just before offset `at`, with only punctuation between (`"…," McConnell said`). */
function quotedJustBefore(tokens: readonly Token[], at: number, start: number): boolean {
  let k = tokenIndexAt(tokens, at, start);
  for (k--; k >= start && tokens[k].kind === 'punct'; k--);
  return k >= start && tokens[k].kind === 'quote';
}

/** Kinds of phrase that can be the subject who speaks. */
const SUBJECT_KINDS = new Set(['pronoun', 'name', 'organization', 'description', 'group', 'anonymous', 'vague']);
/** Longest opening adjunct stepped over to a clause's subject. */
const MAX_ADJUNCT_TOKENS = 25;

/**
 * The first token of a clause's subject after its opening adjuncts, each up to its comma: "On
 * Thursday, however, Trump spoke…", "Chastened by the analyses, Trump revised…"; `start` when the
 * clause opens with its subject.
 */
export function clauseSubjectStart(tokens: readonly Token[], start: number, limit: number): number {
  // A dateline ("GREYSTONE, Neb. — State Sen. Loretta Vance…"): capitalised words and commas up to a dash.
  let first = afterDateline(tokens, start, limit);
  for (let round = 0; round < 3 && first < limit; round++) {
    const word = tokens[first];
    if (word?.kind !== 'word') break;
    const adverb = afterOpeningAdverb(tokens, first, limit);
    if (adverb !== first) {
      first = adverb;
      continue;
    }
    // "But Trump…", "And the mayor…"
    if (/^(but|and|so|yet|or)$/.test(word.lower)) {
      first++;
      continue;
    }
    const participle = /^\p{Lu}\p{Ll}+(ed|ing)$/u.test(word.text) && !lexiconTags(word.lower).some((tag) => /Noun|Singular|Plural|Person|Name/.test(tag));
    if (!ADJUNCT_OPENERS.has(word.lower) && !participle) break;
    let comma = first + 1;
    while (comma < limit && comma - first < MAX_ADJUNCT_TOKENS && !isComma(tokens[comma])) comma++;
    if (comma >= limit || !isComma(tokens[comma]) || comma + 1 >= limit) break;
    first = comma + 1;
  }
  return first;
}

/**
 * The first token of a clause's subject after an opening adverb and its comma ("Meanwhile, it
 * attacked…", "However, the mayor…"); `start` itself when there is none.
 */
export function afterOpeningAdverb(tokens: readonly Token[], start: number, limit: number): number {
  const first = tokens[start];
  const comma = tokens[start + 1];
  if (start + 2 >= limit || first?.kind !== 'word' || !isComma(comma)) return start;
  const lower = first.lower;
  return SENTENCE_CONNECTORS.has(lower) || lexiconTags(lower).includes('Adverb') || /ly$/.test(lower) ? start + 2 : start;
}
