// The content boundary: where an indirect attribution's reported words start and stop.
import type { CueForm, CueLexicon } from '../cues';
import { isVerbLike } from '../cues';
import { ADJUNCT_OPENERS, PREPOSITIONS, QUANTITY, TIME_ADJUNCT_WORDS } from '../lexicon';
import type { Mention } from '../mentions';
import { isCapitalized } from '../mentions';
import type { Token } from '../segment';
import { reportingVerb } from '../lexicon/verbs';
import type { BoundaryContext, BoundaryRule } from './boundary-rules';
import { BOUNDARY_WORDS, VERB_PARTICLES } from './boundary-rules';
import { cueRuleOn } from './cue-rules';
import type { Content } from './model';
import { clauseSubjectStart, isTimeWord } from './speaker';
import { afterDateline, hasWordWithin, isComma } from './tokens';

/** Reported speech longer than this many tokens is a run-on text, not a statement: it is cut there. */
export const MAX_CONTENT_TOKENS = 150;

/** Content before its cue ("…, sources said") has at least this many tokens. */
const MIN_CONTENT_BEFORE_CUE_TOKENS = 3;
/** "denied on Monday that…": time words skipped before "that" within this many tokens of the cue. */
const TIME_BEFORE_THAT_WINDOW = 8;
/** "officials see Beijing's refusal as…": the "as" of a view comes within this many tokens. */
const SEEN_AS_WINDOW = 10;
/** "…, sources said on Monday in a statement": an adjunct after a trailing cue is at most this many tokens. */
const MAX_TRAILING_ADJUNCT_TOKENS = 10;
/** Words before a cue this many tokens long say something even without a verb the lexicon knows. */
const LONG_ENOUGH_FOR_A_CLAUSE = 8;

/** The reported content of an indirect attribution, or null when the sentence holds none. */
export function reportedContent(
  tokens: readonly Token[], start: number, end: number, chunkStart: number, afterChunk: number, form: CueForm,
  speaker: Mention, cueLexicon: CueLexicon, boundaryRules: readonly BoundaryRule[], without: ReadonlySet<string>,
): Content | null {
  let last = end - 1;
  while (last >= start && tokens[last].kind === 'punct' && /^[.?!;:]$/.test(tokens[last].text)) last--;

  // Cue after the content: "…, sources said." / "…, said Truss in a statement."
  const beforeChunk = chunkStart - 1;
  if (beforeChunk > start && tokens[beforeChunk].kind === 'punct' && /^[,—–]$/.test(tokens[beforeChunk].text)) {
    let first = start;
    // Leading sentence adverbials stay outside: "Last week, …" is kept (annotators include it).
    const trailing = afterChunk <= last ? trailingIsAdjunct(tokens, afterChunk, last + 1) : true;
    // A dateline ("WASHINGTON —") opens the paragraph but is not part of what was said.
    if (first === 0 && tokens[1]?.kind === 'punct' && /^[—–―-]+$/.test(tokens[1].text) && /^[\p{Lu}\s.,]+$/u.test(tokens[0].text)) first = 2;
    // "MARLOWE FALLS, Ore. — …": a longer dateline, opening with a word in capitals.
    else if (first === 0 && /^\p{Lu}[\p{Lu}.]+$/u.test(tokens[0].text)) first = afterDateline(tokens, 0, beforeChunk);
    // "With so many here touched by…, most in Miami want to…": an opening adjunct alone says nothing.
    const onlyAdjunct = cueRuleOn(without, 'opening-adjunct-alone') && opensAdjunct(tokens, first) && clauseSubjectStart(tokens, first, chunkStart + 1) >= chunkStart;
    if (trailing && !onlyAdjunct && beforeChunk - first >= MIN_CONTENT_BEFORE_CUE_TOKENS && form.form !== 'gerund' && hasClause(tokens, first, beforeChunk)) {
      return { start: tokens[first].start, end: tokens[beforeChunk - 1].end };
    }
    // "The museum, Mr. Obama said, would make…": content continues after the cue.
    if (tokens[afterChunk]?.kind === 'punct' && tokens[afterChunk].text === ',' && afterChunk + 1 <= last) {
      while (first < beforeChunk && tokens[first].kind === 'punct') first++;
      return { start: tokens[first].start, end: tokens[last].end, split: { start: tokens[beforeChunk].start, end: tokens[afterChunk + 1].start } };
    }
  }

  // Cue before the content: "Cleverly said he had seen…", "told the committee that…".
  let first = afterChunk;
  while (first <= last && tokens[first].kind === 'punct' && /^[,:]$/.test(tokens[first].text)) first++;
  if (first > last) return null;
  // "wrote to the group last week asking it to…", "wrote to her daughter every week": only when, then
  // nothing or a participle that reports for itself; the verb has no content of its own.
  if (onlyTimeThenParticipleCue(tokens, first, last, cueLexicon)) return null;
  // "denied on Monday that…", "told reporters this weekend he would…": time and occasion are not content.
  for (let k = first; k <= Math.min(last, first + TIME_BEFORE_THAT_WINDOW); k++) {
    if (tokens[k].kind === 'word' && tokens[k].lower === 'that' && k > first) {
      let onlyAdjunct = true;
      for (let j = first; j < k && onlyAdjunct; j++) onlyAdjunct = tokens[j].kind === 'word' ? !isVerbLike(tokens[j].lower) || TIME_ADJUNCT_WORDS.has(tokens[j].lower) : tokens[j].text === ',';
      if (onlyAdjunct) first = k;
      break;
    }
    if (!(tokens[k].kind === 'word' && TIME_ADJUNCT_WORDS.has(tokens[k].lower))) break;
  }
  // "talked about Clinton", "apologized for the remark", "railed against trade deals": the
  // preposition belongs to the verb, and what follows it is the content.
  if (first < last && tokens[first].kind === 'word' && VERB_PARTICLES.has(tokens[first].lower) && tokens[first + 1].kind !== 'punct') first++;
  const startsWithThat = tokens[first].lower === 'that';
  // "officials see Beijing's refusal as a form of backing": seeing something *as* something is a view.
  const seenAs = reportingVerb(form.lemma)?.viewAs === true && hasWordWithin(tokens, first, Math.min(last, first + SEEN_AS_WINDOW), 'as');
  const clause = looksLikeClause(tokens, first, last);
  if ((form.weak || form.belief) && !startsWithThat && !seenAs && !clause) return null;
  // The content ends where a new clause takes over: ", though she acknowledged…", "; …", ", and said…".
  let stop = last;
  const subordinate = /^(although|though|while|because|if|as|when|since|after|before|whereas|once|unless)$/.test(tokens[start].lower) && chunkStart > start;
  const clausal = startsWithThat || clause || tokens[first].kind === 'quote' || /^(he|she|they|it|we|i|there|to|whether|if|how|why|what|when)$/.test(tokens[first].lower);
  const context: BoundaryContext = { tokens, start, first, last, chunkStart, clausal, subordinate, speaker, cues: cueLexicon };
  // The first rule, in the table's order, that ends the content at some token ends it there.
  scan: for (let k = first + 1; k <= Math.min(last, first + MAX_CONTENT_TOKENS); k++) {
    if (tokens[k].kind === 'word' && !BOUNDARY_WORDS.has(tokens[k].lower)) continue;
    for (const rule of boundaryRules) {
      const at = rule.stopAt(context, k);
      if (at !== null) {
        stop = at;
        break scan;
      }
    }
  }
  if (stop < first) return null;
  // Reported speech longer than this is a run-on text, not a statement: cut it there.
  if (stop - first > MAX_CONTENT_TOKENS) stop = first + MAX_CONTENT_TOKENS;
  let wordCount = 0;
  for (let k = first; k <= stop && wordCount < 2; k++) if (tokens[k].kind !== 'punct') wordCount++;
  // One word is content only when it names someone or something ("attacked Machado", "cited it").
  if (wordCount < 2 && !(wordCount === 1 && tokens[first].kind === 'word' && (isCapitalized(tokens[first]) || /^(it|them|him|her|this|these|those)$/.test(tokens[first].lower)) && !form.belief)) return null;
  return { start: tokens[first].start, end: tokens[stop].end };
}

/** Words of time that may follow a verb of speech with nothing said ("every week", "last Tuesday"). */

/**
 * Whether the words from `first` to `last` are only a time ("last week", "on Monday", "every week")
 * and then the sentence's end or a comma and/or a participle that is a cue of its own ("asking it to…").
 */
function onlyTimeThenParticipleCue(tokens: readonly Token[], first: number, last: number, cues: CueLexicon): boolean {
  let k = first;
  while (k <= last && isTimeWord(tokens[k])) k++;
  if (k === first) return false;
  if (k > last) return true;
  if (isComma(tokens[k])) k++;
  return tokens[k]?.kind === 'word' && cues.get(tokens[k].lower)?.form === 'gerund';
}

/**
 * Whether the sentence opens with a preposition or a subordinator ("With so many…", "As Kentucky
 * slid…"), not with a quantity ("About 270 people…") or a participle that may be a noun ("Shifting
 * monsoon patterns…").
 */
function opensAdjunct(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[first];
  return opener?.kind === 'word' && ADJUNCT_OPENERS.has(opener.lower) && !/^\d/.test(tokens[first + 1]?.text ?? '') && !QUANTITY.test(tokens[first + 1]?.lower ?? '');
}

// After "…, sources said" only time, place or manner may follow before the full stop.
export function trailingIsAdjunct(tokens: readonly Token[], from: number, to: number): boolean {
  // "…, sources said on Monday" / "said Friday" / "said in a statement"; not "acknowledged regular sharing".
  const opener = tokens[from];
  if (opener && opener.kind === 'punct' && opener.text === ',') return false; // "X, Graham said, since…": content goes on
  if (opener && opener.kind === 'word' && !TIME_ADJUNCT_WORDS.has(opener.lower) && !PREPOSITIONS.has(opener.lower) && !/ly$/.test(opener.lower) && !isCapitalized(opener)) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (k - from > MAX_TRAILING_ADJUNCT_TOKENS) return false;
    if (token.kind === 'quote') return false;
    // A subject and a verb make a clause: "…, saying it shows…" is content, not an adjunct.
    if (token.kind === 'word' && (/^(he|she|it|they|we|i|that|there)$/.test(token.lower) || (!isCapitalized(token) && /^(is|are|was|were|has|have|had|will|would|can|could|should)$/.test(token.lower)))) return false;
    if (token.kind === 'punct' && token.text === ',') return k === to - 1 || /^(as|while|when|after|before|since|because|though|although|adding|saying|noting|and)$/.test(tokens[k + 1]?.lower ?? '') || (opensParticiple(tokens, k + 1) && onlyTimeOrOccasion(tokens, from, k));
    if (token.kind === 'word' && (token.lower === 'that' || token.lower === 'who')) return false;
  }
  return true;
}

/**
 * A lower-case verb's participle opens the writer's clause after a cue and its time ("…, the group
 * said Tuesday, leaving mothers…"): the content is the clause before the cue. Right after the cue
 * (", Twitter announced, gaining…") annotators read the participle as what was said.
 */
function opensParticiple(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  return token !== undefined && token.kind === 'word' && /^\p{Ll}+ing$/u.test(token.text) && isVerbLike(token.lower);
}

/** Words after a cue that only say when or where ("Tuesday", "on Monday", "in a statement", "in Salem"). */
function onlyTimeOrOccasion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token.kind !== 'word' || !(isCapitalized(token) || TIME_ADJUNCT_WORDS.has(token.lower) || PREPOSITIONS.has(token.lower) || /^\d/.test(token.text))) return false;
  }
  return to > from;
}

// Content before the cue must say something: "During the rally Monday," is only a time.
export function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from >= LONG_ENOUGH_FOR_A_CLAUSE) return true;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (token.kind === 'quote') return true;
    if (token.kind === 'word' && !isCapitalized(token) && isVerbLike(token.lower) && !/ing$/.test(token.lower)) return true;
    if (token.kind === 'word' && /n't$/.test(token.lower)) return true;
  }
  return false;
}

// A clause rather than a noun phrase: a pronoun or name subject, or a verb within the first words.
export function looksLikeClause(tokens: readonly Token[], first: number, last: number): boolean {
  const firstLower = tokens[first].lower;
  if (/^(he|she|they|it|we|i|you|there|the|a|an|this|that|his|her|their|its|our|no|some|all|many)$/.test(firstLower) || isCapitalized(tokens[first])) {
    for (let k = first + 1; k <= Math.min(last, first + 6); k++) {
      const lower = tokens[k].lower;
      // "a position some have described" is a noun with a relative clause, not a clause.
      if (tokens[k].kind !== 'word' || /^(some|many|few|all|who|which|that|i|we|you|they)$/.test(lower) && k > first) return false;
      if (/^(is|was|were|are|will|would|could|can|should|had|has|have|must|may|might|did|does|do|wo|won't|isn't|wasn't|didn't|doesn't)$/.test(lower) || /n't$/.test(lower)) return true;
      if (k > first && /ed$|s$/.test(lower) && tokens[k].kind === 'word' && !isCapitalized(tokens[k]) && /^(he|she|it|they|we|i)$/.test(tokens[k - 1].lower)) return true;
    }
  }
  return false;
}
