// The content boundary: where an indirect attribution's reported words start and stop.
import type { CueForm, CueLexicon } from '../cues';
import { hasTag, isVerbLike } from '../cues';
import type { Mention } from '../mentions';
import { isCapitalized } from '../mentions';
import type { Token } from '../segment';
import type { Content } from './model';
import { hasWordWithin, isComma } from './tokens';
import { PREPOSITIONS, TIME_ADJUNCT } from './words';

/** Reported speech longer than this many tokens is a run-on text, not a statement: it is cut there. */
export const MAX_CONTENT_TOKENS = 150;

/** Prepositions that go with the verb before them, not with its content ("talked about", "railed against"). */
export const VERB_PARTICLES = new Set(['about', 'for', 'of', 'on', 'against', 'with', 'out', 'up', 'over', 'into', 'upon']);

/** Words that open a clause's subject after ", and". */
export const CLAUSE_SUBJECT_START = new Set(['the', 'his', 'her', 'their', 'its', 'both', 'most', 'many', 'some', 'he', 'she', 'they', 'it', 'we', 'i', 'a', 'an']);
/** Relative words that, after a comma, open the reporter's own clause (measured on PolNeAR's training split). */
export const RELATIVE_BREAKS = new Set(['which', 'who', 'when']);
export const PARTICIPLES_IN_CONTENT = /^(including|according|meaning|excluding|during|nothing|something|everything|anything|making|leaving|allowing|forcing)$/;
export const CONTENT_BREAKS = new Set(['though', 'although', 'but', 'while', 'whereas', 'because']);

/** The reported content of an indirect attribution, or null when the sentence holds none. */
export function reportedContent(
  tokens: readonly Token[], start: number, end: number, chunkStart: number, afterChunk: number, form: CueForm,
  speaker: Mention, cueLexicon: CueLexicon,
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
    if (trailing && beforeChunk - first >= 3 && form.form !== 'gerund' && hasClause(tokens, first, beforeChunk)) {
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
  // "denied on Monday that…", "told reporters this weekend he would…": time and occasion are not content.
  for (let k = first; k <= Math.min(last, first + 8); k++) {
    if (tokens[k].kind === 'word' && tokens[k].lower === 'that' && k > first) {
      let onlyAdjunct = true;
      for (let j = first; j < k && onlyAdjunct; j++) onlyAdjunct = tokens[j].kind === 'word' ? !isVerbLike(tokens[j].lower) || TIME_ADJUNCT.test(tokens[j].lower) : tokens[j].text === ',';
      if (onlyAdjunct) first = k;
      break;
    }
    if (!(tokens[k].kind === 'word' && TIME_ADJUNCT.test(tokens[k].lower))) break;
  }
  // "talked about Clinton", "apologized for the remark", "railed against trade deals": the
  // preposition belongs to the verb, and what follows it is the content.
  if (first < last && tokens[first].kind === 'word' && VERB_PARTICLES.has(tokens[first].lower) && tokens[first + 1].kind !== 'punct') first++;
  const startsWithThat = tokens[first].lower === 'that';
  // "officials see Beijing's refusal as a form of backing": seeing something *as* something is a view.
  const seenAs = (form.lemma === 'see' || form.lemma === 'view' || form.lemma === 'regard') && hasWordWithin(tokens, first, Math.min(last, first + 10), 'as');
  if (form.weak && !startsWithThat && !seenAs && !(form.lemma === 'warn' && tokens[first].lower === 'of') && !looksLikeClause(tokens, first, last)) return null;
  if (form.belief && !startsWithThat && !seenAs && !looksLikeClause(tokens, first, last)) return null;
  // The content ends where a new clause takes over: ", though she acknowledged…", "; …", ", and said…".
  let stop = last;
  const subordinate = /^(although|though|while|because|if|as|when|since|after|before|whereas|once|unless)$/.test(tokens[start].lower) && chunkStart > start;
  const clausal = startsWithThat || looksLikeClause(tokens, first, last) || tokens[first].kind === 'quote' || /^(he|she|they|it|we|i|there|to|whether|if|how|why|what|when)$/.test(tokens[first].lower);
  for (let k = first + 1; k <= Math.min(last, first + MAX_CONTENT_TOKENS); k++) {
    const token = tokens[k];
    if (token.kind === 'punct' && token.text === ';') { stop = k - 1; break; }
    // A dash opens an aside of the reporter's: "…income taxes ― as was true for…".
    if (token.kind === 'punct' && /^(—|–|--|―)$/.test(token.text)) { stop = k - 1; break; }
    // "…concluded that a push would be fruitless, told his advisers…": a finite past verb after a comma is the subject's next
    // predicate. Not ", was"/", had", not a participle phrase (", led by…", ", made in…"), not after a name's apposition.
    if (isComma(token) && tokens[k + 1]?.kind === 'word' && !isCapitalized(tokens[k + 1]) && hasTag(tokens[k + 1].lower, 'PastTense') && !hasTag(tokens[k + 1].lower, 'Noun') && !hasTag(tokens[k + 1].lower, 'Adjective') && tokens[k + 2]?.kind === 'word' && !/^(was|were|had|did|by|in|at|on|from)$/.test(tokens[k + 1].lower) && !/^(by|in|at|on|from|as|with)$/.test(tokens[k + 2].lower) && tokens[k - 1]?.kind === 'word' && !isCapitalized(tokens[k - 1]) && tokens[k - 1].lower !== 'too') { stop = k - 1; break; }
    // "…, and warned the council…": the subject's next past-tense predicate, as after a bare comma above.
    if (isComma(token) && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.kind === 'word' && !isCapitalized(tokens[k + 2]) && hasTag(tokens[k + 2].lower, 'PastTense') && !hasTag(tokens[k + 2].lower, 'Noun') && !hasTag(tokens[k + 2].lower, 'Adjective') && !/^(was|were|had|did)$/.test(tokens[k + 2].lower) && !/^(by|in|at|on|from|as|with)$/.test(tokens[k + 3]?.lower ?? '')) { stop = k - 1; break; }
    // "…messianic impulses - it has also exposed…": a spaced hyphen before a new clause is a dash.
    if (token.kind === 'punct' && token.text === '-' && /^(he|she|it|they|we|i|but|and)$/.test(tokens[k + 1]?.lower ?? '')) { stop = k - 1; break; }
    // ", and Republicans want…", ", and Hillary Clinton is promising…": a named subject starts the reporter's next clause.
    if (isComma(token) && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.kind === 'word' && isCapitalized(tokens[k + 2])) { stop = k - 1; break; }
    // "…called for more school investment [in a statement on Thursday]": the occasion is not content.
    if (!clausal && token.kind === 'word' && token.lower === 'in' && /^(a|an|his|her|their|its)$/.test(tokens[k + 1]?.lower ?? '') && /^(statement|interview|speech|letter|tweet|post|email|op-ed|radio|television|tv|briefing|news|press|phone|conference|call|appearance)$/.test(tokens[k + 2]?.lower ?? '')) { stop = k - 1; break; }
    // "Although China says it's 'not a party', officials…": the subordinate clause ends at its comma.
    if (subordinate && token.kind === 'punct' && token.text === ',') { stop = k - 1; break; }
    if (token.kind === 'quote' && /,["”’'»]+$/u.test(token.text) && tokens[k + 1]?.kind === 'word' && CONTENT_BREAKS.has(tokens[k + 1].lower)) { stop = k; break; }
    // "…willingness to change ACA but has been met…": the subject's next predicate.
    if (!clausal && token.kind === 'word' && (token.lower === 'but' || token.lower === 'and') && /^(has|have|had|is|was|were|are|will|would|did|does|also)$/.test(tokens[k + 1]?.lower ?? '')) { stop = k - 1; break; }
    // "…is telling veterans that X and says he will…": a second cue starts a second statement.
    if (token.kind === 'word' && token.lower === 'and' && tokens[k + 1]?.kind === 'word' && cueLexicon.has(tokens[k + 1].lower) && !isCapitalized(tokens[k + 1])
      && (tokens[k + 2]?.kind !== 'word' || /^(that|he|she|they|it|we|i|the|a|an|his|her|their|to)$/.test(tokens[k + 2].lower) || VERB_PARTICLES.has(tokens[k + 2].lower))) { stop = tokens[k - 1]?.kind === 'punct' ? k - 2 : k - 1; break; }
    // A short object ends before a time: "attacked Machado [after the debate]", "[on Monday]". Not at
    // any "in", "on" or "at": PolNeAR keeps "praised Rubio's positions [on defense]" whole (+81 right,
    // -43 wrong on train).
    if (!clausal && k - first <= 2 && token.kind === 'word' && (/^(during|since|after|before)$/.test(token.lower)
      || (/^(in|on|at)$/.test(token.lower) && tokens[k + 1]?.kind === 'word' && (hasTag(tokens[k + 1].lower, 'WeekDay') || hasTag(tokens[k + 1].lower, 'Month') || /^(the|a|an)$/.test(tokens[k + 1].lower) && /^(weekend|week|morning|afternoon|evening|night|debate|rally|interview|statement)$/.test(tokens[k + 2]?.lower ?? ''))))) { stop = k - 1; break; }
    // "…a noun object and defended the plan": the subject's next predicate (a finite verb after "and").
    if (!clausal && token.kind === 'word' && token.lower === 'and' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word' && !isCapitalized(tokens[k + 1])
      && (hasTag(tokens[k + 1].lower, 'PastTense') || hasTag(tokens[k + 1].lower, 'PresentTense')) && !hasTag(tokens[k + 1].lower, 'Noun')) { stop = k - 1; break; }
    // ", and the party…", ", and he…": a new clause of the reporter's.
    if (isComma(token) && tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.kind === 'word' && CLAUSE_SUBJECT_START.has(tokens[k + 2].lower)) { stop = k - 1; break; }
    // ", and more than 4 in 10 said…": someone else's statement.
    if (isComma(token) && /^(and|but|while)$/.test(tokens[k + 1]?.lower ?? '') && secondStatementAhead(tokens, k + 2, last, cueLexicon)) { stop = k - 1; break; }
    // ", compared with…", ", a swipe at…", ", despite…": the reporter's comparison or aside.
    if (isComma(token) && tokens[k + 1]?.kind === 'word' && /^(compared|a|an|despite|even|from|with)$/.test(tokens[k + 1].lower)) { stop = k - 1; break; }
    if (token.kind === 'punct' && token.text === ',' && tokens[k + 1]?.kind === 'word') {
      const nextLower = tokens[k + 1].lower;
      if (CONTENT_BREAKS.has(nextLower)) { stop = k - 1; break; }
      // ", after hackers targeted…", ", since…": the reporter's time clause.
      if ((nextLower === 'after' || nextLower === 'before' || nextLower === 'since')) { stop = k - 1; break; }
      // ", which is spread by mosquitoes", ", who…", ", when…": the reporter's aside about the last noun.
      if (RELATIVE_BREAKS.has(nextLower)) { stop = k - 1; break; }
      // "…to cover part of the cost, according to a person familiar…": the source of its own.
      if (nextLower === 'according' && tokens[k + 2]?.lower === 'to') { stop = k - 1; break; }
      // ", calling reports…": a participle clause of the reporter's.
      if (/ing$/.test(nextLower) && cueLexicon.has(nextLower)) { stop = k - 1; break; }
      // ", focusing on people under 30", ", contradicting the police": the reporter's participle clause. Not a
      // result the speaker names (", making…", ", leaving…", ", allowing…", ", forcing…"), which annotators keep.
      if (/^[a-z]{3,}ing$/.test(nextLower) && !PARTICIPLES_IN_CONTENT.test(nextLower)) { stop = k - 1; break; }
      if (nextLower === 'and' && (tokens[k + 2]?.lower === 'said' || tokens[k + 2]?.lower === 'added' || tokens[k + 2]?.lower === 'he' || tokens[k + 2]?.lower === 'she' || tokens[k + 2]?.lower === 'they')) { stop = k - 1; break; }
      if (speaker.kind !== 'pronoun' && tokens[k + 1] && isCapitalized(tokens[k + 1]) && chunkStart > start && tokens[chunkStart - 1]?.kind === 'word' && /^(although|though|while|because|if|as|when|since)$/i.test(tokens[start].lower)) { stop = k - 1; break; }
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

/** "…, and more than 4 in 10 said…": a new subject and a verb of speech within a few words start a statement of their own. */
export function secondStatementAhead(tokens: readonly Token[], from: number, last: number, cueLexicon: CueLexicon): boolean {
  for (let k = from; k <= Math.min(last, from + 7); k++) {
    const token = tokens[k];
    if (token.kind !== 'word') return false;
    const form = cueLexicon.get(token.lower);
    if (form && k > from && form.speech && (form.form === 'past' || form.form === 'present') && !isCapitalized(token)) return true;
  }
  return false;
}

// After "…, sources said" only time, place or manner may follow before the full stop.
export function trailingIsAdjunct(tokens: readonly Token[], from: number, to: number): boolean {
  // "…, sources said on Monday" / "said Friday" / "said in a statement"; not "acknowledged regular sharing".
  const opener = tokens[from];
  if (opener && opener.kind === 'punct' && opener.text === ',') return false; // "X, Graham said, since…": content goes on
  if (opener && opener.kind === 'word' && !TIME_ADJUNCT.test(opener.lower) && !PREPOSITIONS.has(opener.lower) && !/ly$/.test(opener.lower) && !isCapitalized(opener)) return false;
  for (let k = from; k < to; k++) {
    const token = tokens[k];
    if (k - from > 10) return false;
    if (token.kind === 'quote') return false;
    // A subject and a verb make a clause: "…, saying it shows…" is content, not an adjunct.
    if (token.kind === 'word' && (/^(he|she|it|they|we|i|that|there)$/.test(token.lower) || (!isCapitalized(token) && /^(is|are|was|were|has|have|had|will|would|can|could|should)$/.test(token.lower)))) return false;
    if (token.kind === 'punct' && token.text === ',') return k === to - 1 || /^(as|while|when|after|before|since|because|though|although|adding|saying|noting|and)$/.test(tokens[k + 1]?.lower ?? '');
    if (token.kind === 'word' && (token.lower === 'that' || token.lower === 'who')) return false;
  }
  return true;
}

// Content before the cue must say something: "During the rally Monday," is only a time.
export function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from >= 8) return true;
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
