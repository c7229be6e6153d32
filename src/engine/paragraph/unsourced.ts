// Attributions with no source: "is expected to", "seemed paralyzed" (PolNeAR annotates them without a speaker).
import { isVerbLike, lexiconTags } from '../cues';
import { CUE_FILLERS, SUBJECT_BOUNDARY } from '../lexicon';
import type { TextRange, Token } from '../segment';
import { CONTENT_BREAKS } from './boundary-rules';
import { MAX_CONTENT_TOKENS } from './content';
import type { LocalAttribution, UnsourcedAttribution } from './model';
import { MAX_SUBJECT_TOKENS } from './speaker';
import { isBe, isThousands } from './tokens';

/**
 * "is expected to", "is said to", "was widely believed to": a passive of expectation or hearsay.
 * On PolNeAR's training split 72 of 83 "expected to" are annotated; the hearsay verbs add about as
 * many right attributions as wrong ones.
 */
export const UNSOURCED_PARTICIPLES = new Set(['expected', 'said', 'believed', 'thought', 'reported', 'rumored', 'alleged']);
/** "seemed to", "appears uneasy": an impression (143 of 253 "seem/appear to" annotated on train; not "may seem", 16/34). */
export const IMPRESSION_VERBS = new Set(['seems', 'seemed', 'appear', 'appears', 'appeared']);

/** The two patterns of attribution without a source, switchable by id like the others; examples are unit tests. */
export const UNSOURCED_PATTERNS: ReadonlyArray<{ id: string; example: string }> = [
  { id: 'unsourced-passive', example: '[The ferry] is expected [to resume service on Friday].' },
  { id: 'unsourced-impression', example: 'By evening, [the council] appeared [uneasy about the levy].' },
];

/**
 * "Trump is expected to deliver a speech", "The team appeared paralyzed": an expectation or an
 * impression that the sentence gives no source for (PolNeAR annotates them as attributions
 * without a source: the subject and the complement are the content).
 */
export function findUnsourced(
  tokens: readonly Token[], start: number, end: number, sourced: readonly LocalAttribution[], without: ReadonlySet<string>, out: UnsourcedAttribution[],
): void {
  const passives = !without.has('unsourced-passive');
  const impressions = !without.has('unsourced-impression');
  for (let i = start + 1; i < end - 1; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || token.text !== token.lower) continue;
    let cueFirst = i;
    const next = tokens[i + 1];
    if (passives && UNSOURCED_PARTICIPLES.has(token.lower)) {
      if (next.lower !== 'to') continue;
      // "is (widely / not) expected"
      let k = i - 1;
      while (k > start && tokens[k].kind === 'word' && /^(widely|not|also|now|still|generally|largely|broadly|all|both|n't|never|originally|initially|long)$/.test(tokens[k].lower)) k--;
      if (tokens[k].kind !== 'word' || !(isBe(tokens[k].lower) || /^(is|was|are|were)n't$/.test(tokens[k].lower) || /'(s|re)$/.test(tokens[k].lower))) continue;
      cueFirst = /'(s|re)$/.test(tokens[k].lower) ? i : k;
    } else if (impressions && IMPRESSION_VERBS.has(token.lower)) {
      if (next.kind !== 'word') continue;
      const complement = next.lower === 'to' || next.lower === 'that'
        || (lexiconTags(next.lower).some((tag) => tag === 'Adjective' || tag === 'Comparative') && !isVerbLike(next.lower))
        // "appeared uneasy", "seemed paralyzed": a word the lexicon does not know, or a participle.
        || (next.text === next.lower && (lexiconTags(next.lower).length === 0 || /ed$/.test(next.lower)));
      if (!complement) continue;
    } else continue;
    // A cue already attributed to a source ("To Harrison, it seemed…") is not unsourced.
    if (sourced.some((a) => a.cue.start <= token.start && token.start < a.cue.end)) continue;
    // Inside someone's reported words it is part of what they said.
    if (sourced.some((a) => a.content && a.content.start <= token.start && token.end <= a.content.end)) continue;
    // The subject: back to the clause's start (a comma, a conjunction, the sentence's start).
    let subjectLast = cueFirst - 1;
    while (subjectLast > start && tokens[subjectLast].kind === 'word' && CUE_FILLERS.has(tokens[subjectLast].lower) && !isBe(tokens[subjectLast].lower)) subjectLast--;
    if (subjectLast < start || tokens[subjectLast].kind !== 'word') continue;
    let subjectFirst = subjectLast;
    if (!/^(who|which|that)$/.test(tokens[subjectLast].lower)) {
      while (subjectFirst - 1 >= start && tokens[subjectFirst - 1].kind === 'word' && !SUBJECT_BOUNDARY.has(tokens[subjectFirst - 1].lower) && subjectLast - subjectFirst < MAX_SUBJECT_TOKENS) subjectFirst--;
      if (subjectLast - subjectFirst >= MAX_SUBJECT_TOKENS) continue;
      // Leading connectors and adverbs ("Indeed", "But now") are not the subject.
      while (subjectFirst < subjectLast && (SENTENCE_CONNECTOR_WORDS.test(tokens[subjectFirst].lower) || /ly$/.test(tokens[subjectFirst].lower))) subjectFirst++;
    }
    const subjectIsIt = subjectFirst === subjectLast && /^(it|this|there)$/.test(tokens[subjectFirst].lower);
    // The complement: to the end of the clause.
    const first = i + 1;
    let last = first;
    while (last + 1 < end && !(tokens[last + 1].kind === 'punct' && /^[,;:.?!()—–―]$|^--$/.test(tokens[last + 1].text) && !isThousands(tokens, last + 1))
      && !(tokens[last + 1].kind === 'word' && CONTENT_BREAKS.has(tokens[last + 1].lower)) && last - first < MAX_CONTENT_TOKENS) last++;
    if (last - first < 1) continue;
    const pieces: TextRange[] = [];
    if (!subjectIsIt) pieces.push({ start: tokens[subjectFirst].start, end: tokens[subjectLast].end });
    pieces.push({ start: tokens[first].start, end: tokens[last].end });
    out.push({ cue: { start: tokens[cueFirst].start, end: token.end }, pieces });
    i = last;
  }
}

export const SENTENCE_CONNECTOR_WORDS = /^(indeed|but|and|so|yet|still|now|then|however|meanwhile|instead|also|even|in|on|at|for|by|with|to|among)$/;
