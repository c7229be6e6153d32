// The attribution patterns of one sentence: possessive nouns of saying, "In a poll, …", a dash signature,
// "according to", cue verbs with a speaker before or after them, and a headline's own patterns.
import type { CueForm, CueLexicon } from '../cues';
import { isVerbLike, lexiconTags } from '../cues';
import { ADDRESSEE_OPENERS, NEGATIONS, PREPOSITIONS, REFLEXIVE_PRONOUNS, SAYING_NOUNS } from '../lexicon';
import type { Mention } from '../mentions';
import { classify, isCapitalized, isKnownHead, phraseEndingAt, phraseStartingAt } from '../mentions';
import { isPersonNoun } from '../entities';
import type { Token } from '../segment';
import { NOT_CUE_FORMS, reportingVerb } from '../lexicon/verbs';
import { cueRuleOn } from './cue-rules';
import { reportedContent } from './content';
import { clauseTakingVerb } from './cue';
import type { Content, LocalAttribution, ParagraphContext } from './model';
import { opensAnonymityReason } from './phrases';
import { SPEAKER_LABEL, isFragment, isTitle } from './quotes';
import { findSpeaker } from './speaker';
import { isComma, isDash, tokenIndexAt } from './tokens';

/** "In a new CBS News poll, …": the comma after the poll must come within this many tokens of "In". */
const POLL_SOURCE_TOKENS = 12;
/** `He told presenter Nick Ferrari: "…"`: words between the cue (and listener) and the quotation it introduces. */
const MAX_WORDS_BEFORE_QUOTE = 8;
/** `calling reports "disinformation"`: a naming verb's quoted label comes within this many tokens. */
const NAMING_LABEL_WINDOW = 6;
/** An attribution with no content of its own still counts if a quotation follows within this many tokens. */
const LATER_QUOTE_WINDOW = 40;
/** "According to X, …" opens the sentence when at most this many words come before it; otherwise "…, according to X". */
const ACCORDING_TO_OPENING_WORDS = 2;
/** "According to early results of exit polls conducted for the AP, …": the source runs to a comma within this many tokens. */
const ACCORDING_TO_SOURCE_TOKENS = 25;
/** "Sanders: Clinton Email Story Has Moved": a headline's speaker colon comes within this many tokens of its start. */
const HEADLINE_COLON_WITHIN = 5;


/** A "sentence" with this many attributions is a run-on text, not prose: the search stops there. */
export const MAX_ATTRIBUTIONS_PER_SENTENCE = 24;

/** Which attributions sit inside another's content; cues in reading order, found by binary search. */
export function findNested(attributions: readonly LocalAttribution[]): { nested: Set<LocalAttribution>; labelledRegions: Set<number> } {
  const nested = new Set<LocalAttribution>();
  const labelledRegions = new Set<number>();
  const byCue = attributions.slice().sort((a, b) => a.cue.start - b.cue.start);
  for (const outer of attributions) {
    if (!outer.content) continue;
    let low = 0;
    let high = byCue.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byCue[middle].cue.start < outer.content.start) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < byCue.length && byCue[k].cue.start < outer.content.end; k++) {
      const inner = byCue[k];
      // "according to" always names a source of its own, even inside someone's reported words.
      if (inner === outer || inner.cue.end > outer.content.end || inner.cueLemma === 'according to') continue;
      // Two attributions inside each other's content ("A said B, C said"): the first cue frames the sentence.
      if (inner.content && inner.content.start <= outer.cue.start && outer.cue.end <= inner.content.end && inner.cue.start < outer.cue.start) continue;
      if (inner.direct.length === 0 && inner.partial.length === 0) nested.add(inner);
      for (const region of inner.partial) labelledRegions.add(region);
    }
  }
  return { nested, labelledRegions };
}

/** One sentence being searched for attributions: token range [start, end), and what is found so far. */
export interface SentenceScan {
  tokens: readonly Token[];
  start: number;
  end: number;
  sentence: number;
  paragraph: string;
  context: ParagraphContext;
  /** Attributions found in this sentence, in the order the patterns found them. */
  found: LocalAttribution[];
  /** Quote tokens already attributed in this sentence. */
  claimed: Set<number>;
}

export interface AttributionPattern {
  id: string;
  /**
   * A sentence the pattern attributes: {braces} mark the speaker and [brackets] the content (a
   * quotation's words for direct speech). Each example is a unit test (test/engine/rules.test.ts).
   */
  example: string;
  /**
   * 'sentence' patterns search the whole sentence, one after the other; 'word' patterns are asked
   * at each word in reading order, and the first that takes the word ends the search there.
   */
  scope: 'sentence' | 'word';
  /** Adds what it finds to `scan.found`; a word pattern says whether it took the word. */
  find(scan: SentenceScan, word: number): boolean | void;
}

/** The attribution patterns of a body sentence, in the order they apply. */
export const ATTRIBUTION_PATTERNS: readonly AttributionPattern[] = [
  { id: 'possessive-noun', scope: 'sentence', example: "{Marchetti}'s claim [that the bridge was safe], made in March, drew jeers.", find: possessiveNoun },
  { id: 'poll-opener', scope: 'sentence', example: 'In {a new Harbour News poll}, [most residents backed the ferry levy].', find: pollOpener },
  { id: 'transcript-label', scope: 'sentence', example: '["{PENCE}: Well, look, the bridge is safe."]', find: transcriptLabel },
  { id: 'dash-signature', scope: 'sentence', example: '["We will rebuild the pier before winter."] ― {Delia Marchetti}', find: dashSignature },
  { id: 'according-to', scope: 'word', example: '[The levy will rise again next year], according to {the harbour board}.', find: accordingToAt },
  { id: 'cue-verb', scope: 'word', example: '{Penwick} warned [that the levy would rise].', find: cueVerbAt },
  { id: 'clause-verb', scope: 'word', example: '{Penwick} guaranteed [that the levy would fall].', find: clauseVerbAt },
];

/** A headline's patterns, in order; the first that attributes is the only one. Examples are headlines. */
export const HEADLINE_PATTERNS: readonly AttributionPattern[] = [
  { id: 'headline-colon', scope: 'sentence', example: '{Marchetti}: [Ferry Levy Will Not Rise]', find: headlineColon },
  { id: 'headline-cue', scope: 'sentence', example: '{Marchetti} Vows [To Reopen The Harbour Bridge]', find: headlineCue },
];

/** Words before a headline cue that may name its speaker ("Senate Leader Mitch McConnell Says"). */
const HEADLINE_SPEAKER_WORDS = 5;

const SENTENCE_PATTERNS = ATTRIBUTION_PATTERNS.filter((pattern) => pattern.scope === 'sentence');
const WORD_PATTERNS = ATTRIBUTION_PATTERNS.filter((pattern) => pattern.scope === 'word');

/** Finds every attribution in one sentence, token range [start, end). */
export function findAttributions(
  tokens: readonly Token[], start: number, end: number, sentence: number, paragraph: string, context: ParagraphContext,
  out: LocalAttribution[],
): void {
  const scan: SentenceScan = { tokens, start, end, sentence, paragraph, context, found: [], claimed: new Set<number>() };
  const switchedOn = (pattern: AttributionPattern) => !context.without.has(pattern.id);
  const sentencePatterns = context.without.size === 0 ? SENTENCE_PATTERNS : SENTENCE_PATTERNS.filter(switchedOn);
  const wordPatterns = context.without.size === 0 ? WORD_PATTERNS : WORD_PATTERNS.filter(switchedOn);
  for (const pattern of sentencePatterns) pattern.find(scan, start);
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    // A "sentence" with this many attributions is a run-on text, not prose: stop looking.
    if (scan.found.length >= MAX_ATTRIBUTIONS_PER_SENTENCE) break;
    // Forms measured to be nouns more often than cues ("the debate") are never cues.
    if (NOT_CUE_FORMS.has(token.lower)) continue;
    for (const pattern of wordPatterns) if (pattern.find(scan, i)) break;
  }
  out.push(...scan.found);
}

/** "Trump's claim that…", "his promise to…": a possessive and a noun of saying. */
function possessiveNoun(scan: SentenceScan): void {
  const { tokens, start, end, sentence, paragraph, claimed, found: sentenceAttributions } = scan;
  for (let k = start; k + 2 < end; k++) {
    const owner = tokens[k];
    const noun = tokens[k + 1];
    const link = tokens[k + 2];
    if (owner.kind !== 'word' || noun.kind !== 'word' || link.kind !== 'word' || !SAYING_NOUNS.has(noun.lower)) continue;
    if (link.lower !== 'that' && !(link.lower === 'to' && /^(promise|pledge|plan|call|vow|threat|bid|effort|push|proposal)$/.test(noun.lower))) continue;
    let possessor: Mention | null = null;
    if (/^(his|her|their|its)$/.test(owner.lower)) {
      const pronoun = owner.lower === 'his' ? 'he' : owner.lower === 'her' ? 'she' : owner.lower === 'their' ? 'they' : 'it';
      possessor = classify([{ ...owner, lower: pronoun }], 0, 1, paragraph);
      if (possessor) possessor = { ...possessor, text: owner.text };
    } else if (/['’]s$/.test(owner.text)) {
      possessor = phraseEndingAt(tokens, k, start, paragraph);
    }
    if (!possessor || (possessor.kind === 'pronoun' && possessor.pronoun === 'neuter' && owner.lower !== 'its')) continue;
    let last = end - 1;
    while (last > k + 2 && tokens[last].kind === 'punct') last--;
    let stop = last;
    for (let j = k + 3; j <= last; j++) if (tokens[j].kind === 'punct' && /^[,;—–]$/.test(tokens[j].text) && j > k + 5) { stop = j - 1; break; }
    if (stop - (k + 2) < 2) continue;
    const contentStart = link.lower === 'that' ? link.start : tokens[k + 3].start;
    const contentRegions: number[] = [];
    for (let j = k + 2; j <= stop; j++) if (tokens[j].kind === 'quote') contentRegions.push(tokens[j].region!);
    sentenceAttributions.push({
      speaker: possessor, cue: { start: noun.start, end: noun.end }, cueLemma: noun.lower, cueForm: null, listener: null, sentence,
      direct: [], content: { start: contentStart, end: tokens[stop].end }, contentRegions, partial: [],
    });
    for (let j = k + 2; j <= stop; j++) if (tokens[j].kind === 'quote') claimed.add(j);
  }
}

/** "In a new CBS News poll, she led Mr. Sanders…": a poll or study speaks for the clause. */
function pollOpener(scan: SentenceScan): void {
  const { tokens, start, end, sentence, paragraph, claimed, found: sentenceAttributions } = scan;
  const opener = tokens[start];
  if (opener?.kind === 'word' && opener.lower === 'in' && tokens[start + 1]?.kind === 'word') {
    let comma = start + 2;
    while (comma < Math.min(end, start + POLL_SOURCE_TOKENS) && !(tokens[comma].kind === 'punct' && tokens[comma].text === ',')) comma++;
    const source = comma < end ? classify(tokens, start + 1, comma, paragraph) : null;
    if (source && source.kind === 'document' && /^(poll|polls|survey|surveys|study|studies|report|analysis)$/.test(source.head) && comma + 2 < end) {
      let last = end - 1;
      while (last > comma && tokens[last].kind === 'punct') last--;
      const contentRegions: number[] = [];
      for (let k = comma + 1; k <= last; k++) if (tokens[k].kind === 'quote') { contentRegions.push(tokens[k].region!); claimed.add(k); }
      sentenceAttributions.push({
        speaker: source, cue: { start: opener.start, end: opener.end }, cueLemma: 'in', cueForm: null, listener: null, sentence,
        direct: [], content: { start: tokens[comma + 1].start, end: tokens[last].end }, contentRegions, partial: [],
      });
    }
  }
}

/**
 * A transcript quoted as it was spoken: "PENCE: Well, look, …" inside quotation marks. The label
 * in capitals names the speaker of the turn; the colon is the cue.
 */
function transcriptLabel(scan: SentenceScan): void {
  const { tokens, start, end, sentence, paragraph, claimed, found } = scan;
  for (let k = start; k < end; k++) {
    const token = tokens[k];
    if (token.kind !== 'quote' || claimed.has(k)) continue;
    const inner = token.start + (/^["“„«'‘]+/u.exec(token.text)?.[0].length ?? 0);
    // The label the paragraph roles already know ("PENCE:", "MR. TRUMP:"), as quotes.ts writes it.
    const label = SPEAKER_LABEL.exec(paragraph.slice(inner, token.end));
    if (!label) continue;
    const colon = inner + label[0].indexOf(':');
    const offset = label[0].length - label[0].trimStart().length;
    const name = paragraph.slice(inner + offset, colon).trimEnd();
    const speaker: Mention = {
      start: inner + offset, end: inner + offset + name.length, text: name, kind: 'name', name, role: null, head: name.toLowerCase(), definite: true, plural: false,
      entity: 'person', entityRule: 'transcript-label',
    };
    found.push({
      speaker, cue: { start: colon, end: colon + 1 }, cueLemma: 'label', cueForm: null, listener: null,
      sentence, direct: [token.region!], content: null, contentRegions: [], partial: [],
    });
    claimed.add(k);
  }
}

/** `“…” ― Stephanie Egan`: a dash and a name after a quotation sign it. */
function dashSignature(scan: SentenceScan): void {
  const { tokens, start, end, sentence, paragraph, claimed, found: sentenceAttributions } = scan;
  for (let k = start; k + 2 < end + 1 && k < end; k++) {
    if (tokens[k].kind !== 'quote' || !isDash(tokens[k + 1]) || tokens[k + 2]?.kind !== 'word') continue;
    const signer = phraseStartingAt(tokens, k + 2, end, paragraph);
    if (!signer || (signer.kind !== 'name' && signer.kind !== 'description' && signer.kind !== 'organization')) continue;
    const signerEnd = tokenIndexAt(tokens, signer.end, k);
    if (signerEnd < end && !(tokens[signerEnd].kind === 'punct' && /^[.,;]$/.test(tokens[signerEnd].text))) continue;
    sentenceAttributions.push({
      speaker: signer, cue: { start: tokens[k + 1].start, end: tokens[k + 1].end }, cueLemma: 'dash', cueForm: null, listener: null,
      sentence, direct: [tokens[k].region!], content: null, contentRegions: [], partial: [],
    });
    claimed.add(k);
  }
}

/** "According to X, …" and "…, according to X.": takes the words "according to". */
function accordingToAt(scan: SentenceScan, i: number): boolean {
  const { tokens, start, end, sentence, paragraph, found } = scan;
  if (tokens[i].lower !== 'according' || tokens[i + 1]?.lower !== 'to') return false;
  const attribution = accordingTo(tokens, i, start, end, sentence, paragraph);
  if (attribution) found.push(attribution);
  return true;
}

/** A cue verb of the lexicon ("said", "warned", the newsroom's own): takes the word if it is one. */
function cueVerbAt(scan: SentenceScan, i: number): boolean {
  const form = scan.context.cues.get(scan.tokens[i].lower);
  if (!form) return false;
  attributeAtCue(scan, i, form);
  return true;
}

/** Any verb that takes a clause ("hinted that…", "pledged to…"), though no list names it. */
function clauseVerbAt(scan: SentenceScan, i: number): boolean {
  const form = clauseTakingVerb(scan.tokens, i, scan.end, scan.context.cues);
  if (!form) return false;
  attributeAtCue(scan, i, form);
  return true;
}

/** Whether a clause ends before token `k`: the sentence's end, or a comma and the main verb of speech ("…, said"). */
function clauseEndsAt(tokens: readonly Token[], k: number, cues: CueLexicon): boolean {
  const token = tokens[k];
  if (!token || (token.kind === 'punct' && /^[.;:)]$/.test(token.text))) return true;
  const next = tokens[k + 1];
  if (token.kind !== 'punct' || token.text !== ',' || next?.kind !== 'word' || next.text !== next.lower) return false;
  const form = cues.get(next.lower);
  return !!form?.speech && (form.form === 'past' || form.form === 'present');
}

/** The attribution around a cue word: its speaker, listener, quotations and content. */
function attributeAtCue(scan: SentenceScan, i: number, form: CueForm): void {
  const { tokens, start, end, sentence, paragraph, claimed, found: sentenceAttributions } = scan;
  const cues = scan.context.cues;
  const token = tokens[i];
  // Cue verbs are lower case; "Tell" in a title-case headline is not reported speech.
  if (token.text !== token.lower && i !== start) return;
  if (form.particle && tokens[i + 1]?.lower !== form.particle) return;
  const without = scan.context.without;
  // "finds herself in a similar job", "found itself at the center": the idiom says where the subject
  // ended up, not anything said ("portrayed himself as", "considers herself" still report a claim).
  if (cueRuleOn(without, 'reflexive-ends-up') && reportingVerb(form.lemma)?.endsUpWithReflexive && tokens[i + 1]?.kind === 'word' && REFLEXIVE_PRONOUNS.has(tokens[i + 1].lower)) return;
  let cueEnd = form.particle ? i + 2 : i + 1;
  // "described as"; "called for", "called on" (the verb's cueContinues)
  if (form.naming && tokens[cueEnd]?.lower === 'as') cueEnd++;
  const continues = reportingVerb(form.lemma)?.cueContinues;
  if (continues && tokens[cueEnd] && continues.includes(tokens[cueEnd].lower)) cueEnd++;

  // "…, because the inquiry had not concluded, said …": a negated verb whose clause ends with it said nothing.
  if (cueRuleOn(without, 'negated-cue') && tokens[i - 1]?.kind === 'word' && NEGATIONS.has(tokens[i - 1].lower) && clauseEndsAt(tokens, cueEnd, cues)) return;

  // The statement a coordinated verb may continue: the last one found, or the one whose words hold
  // it ("May said that the country would leave … and suggested …": May suggested).
  const last = sentenceAttributions[sentenceAttributions.length - 1];
  const holder = last && sentenceAttributions.find((a) => a !== last && a.content && !a.cueForm?.naming && a.content.start <= last.cue.start && last.cue.end <= a.content.end);
  // "A town official, who asked not to be named because…": why the source goes unnamed, not what it said.
  if (cueRuleOn(without, 'anonymity-reason') && opensAnonymityReason(tokens, i, end)) return;
  const found = findSpeaker(tokens, start, end, paragraph, cues, holder ?? last, i, form, cueEnd, without);
  if (!found) return;
  const { speaker, firstToken: speakerFirstToken, inverted } = found;

  let next = inverted ? tokenIndexAt(tokens, speaker.end, start) : cueEnd;
  let listener: Mention | null = null;
  if (form.listener && tokens[next]?.kind === 'word' && tokens[next].lower !== 'that') {
    listener = phraseStartingAt(tokens, next, end, paragraph);
    if (listener) next = tokenIndexAt(tokens, listener.end, start);
  }
  // "wrote to the group", "complained to reporters that…": the one addressed after "to" listens.
  if (!listener && cueRuleOn(without, 'listener-after-to') && tokens[next]?.lower === 'to' && reportingVerb(form.lemma)?.addressedWithTo && opensAddressee(tokens[next + 1])) {
    listener = phraseStartingAt(tokens, next + 1, end, paragraph);
    if (listener) next = tokenIndexAt(tokens, listener.end, start);
    // "to reporters", "to colleagues": a bare plural the phrase parser does not take is still the one addressed.
    else if (lexiconTags(tokens[next + 1].lower).includes('Plural')) next += 2;
    // "to Sanders’ Senate office", "to CBS News' Charlie Rose": a possessive goes on to what it owns.
    while (listener && tokens[next]?.kind === 'punct' && /^['’]$/.test(tokens[next].text) && tokens[next + 1]?.kind === 'word') {
      const owned = phraseStartingAt(tokens, next + 1, end, paragraph);
      if (!owned) break;
      listener = { ...owned, start: listener.start, text: paragraph.slice(listener.start, owned.end) };
      next = tokenIndexAt(tokens, owned.end, start);
    }
  }

  const attribution: LocalAttribution = {
    speaker,
    cue: { start: token.start, end: tokens[cueEnd - 1].end },
    cueLemma: form.lemma,
    cueForm: form,
    listener,
    sentence,
    direct: [],
    content: null,
    contentRegions: [],
    partial: [],
  };

  // A quotation right before the speaker and cue: `"…," he said` / `"…," said Truss`.
  const chunkStart = inverted ? i : speakerFirstToken;
  let before = chunkStart - 1;
  if (tokens[before]?.kind === 'punct' && /^[,—–]$/.test(tokens[before].text)) before--;
  // A quoted title just before the speaker ("On “Fox News Sunday,” Gov. Mike Pence said") is not what was said.
  if (tokens[before]?.kind === 'quote' && before >= start && !claimed.has(before) && !isTitle(tokens[before].text)) {
    if (isFragment(tokens[before].text) && before > start) {
      // `Burma "has made dramatic changes," he said`: the reporter's words and the quoted ones make one statement.
      let first = start;
      while (first < before && tokens[first].kind === 'punct') first++;
      attribution.content = { start: tokens[first].start, end: tokens[before].end };
      for (let k = first; k <= before; k++) if (tokens[k].kind === 'quote' && !claimed.has(k)) { attribution.contentRegions.push(tokens[k].region!); claimed.add(k); }
    } else {
      attribution.direct.push(tokens[before].region!);
      claimed.add(before);
    }
  }
  // A quotation after the cue: `He told presenter Nick Ferrari: "…"` / `Smith said, "…"`.
  // After a naming verb ("described as") the quotation is a label: handled below as partial.
  let after = form.naming ? end : next;
  let skipped = 0;
  while (after < end && tokens[after].kind === 'word' && skipped < MAX_WORDS_BEFORE_QUOTE && !cues.has(tokens[after].lower) && tokens[after].lower !== 'that') {
    after++;
    skipped++;
  }
  if (tokens[after]?.kind === 'punct' && /^[,:—–]$/.test(tokens[after].text)) after++;
  // A quotation run into the sentence without ':' or ',' ("reported “2,521 shootings” in the city") is content.
  const runsOn = after === next && tokens[after + 1] !== undefined && after + 1 < end && tokens[after + 1].kind === 'word';
  if (tokens[after]?.kind === 'quote' && !claimed.has(after) && !runsOn && !isTitle(tokens[after].text) && !(isFragment(tokens[after].text) && tokens[after - 1]?.text !== ':') && (after === next || tokens[after - 1].kind === 'punct')) {
    attribution.direct.push(tokens[after].region!);
    claimed.add(after);
  }

  if (form.naming) {
    // `calling reports "disinformation"`, `described as "pro-Russia neutrality"`: a quoted label.
    for (let k = cueEnd; k < Math.min(end, cueEnd + NAMING_LABEL_WINDOW); k++) {
      if (tokens[k].kind === 'quote' && !claimed.has(k)) {
        attribution.partial.push(tokens[k].region!);
        claimed.add(k);
        break;
      }
      if (tokens[k].kind === 'punct') break;
    }
  }

  if (attribution.direct.length === 0 && attribution.partial.length === 0 && !attribution.content) {
    attribution.content = reportedContent(tokens, start, end, inverted ? i : speakerFirstToken, next, form, speaker, cues, scan.context.boundaryRules, without);
    if (!attribution.content && form.naming === false && !introducesQuoteLater(tokens, next, end)) {
      if (!(tokens[next]?.kind === 'punct' && tokens[next].text === ':')) return;
    }
  }
  if (attribution.content) {
    for (let k = tokenIndexAt(tokens, attribution.content.start, start); k < end && tokens[k].start < attribution.content.end; k++) {
      const t = tokens[k];
      if (t.kind === 'quote' && t.end <= attribution.content.end && !followsNamingCue(tokens, k, start, cues)) {
        attribution.contentRegions.push(t.region!);
        claimed.add(k);
      }
    }
  }
  // "…a fair sentence, which I said was not a prison sentence", "what he calls corruption": the
  // relative pronoun stands for what was said about, and is content of its own (as PolNeAR has it);
  // not after a preposition ("in which he said").
  const relative = !inverted && speakerFirstToken - 1 >= start ? tokens[speakerFirstToken - 1] : undefined;
  if (relative?.kind === 'word' && (relative.lower === 'which' || relative.lower === 'what') && relative.start < speaker.start
    && !(speakerFirstToken - 2 >= start && PREPOSITIONS.has(tokens[speakerFirstToken - 2].lower))) {
    const content = attribution.content;
    if (content && !content.split && content.start >= attribution.cue.end) {
      attribution.content = { start: relative.start, end: content.end, split: { start: speaker.start, end: content.start } };
    } else if (!content && attribution.direct.length === 0 && attribution.partial.length === 0) {
      attribution.content = { start: relative.start, end: relative.end };
    }
  }
  sentenceAttributions.push(attribution);
}

/** After "to", a word that opens someone addressed ("to the board", "to reporters", "to him"), not an infinitive ("to delay"). */
function opensAddressee(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return isCapitalized(token) || ADDRESSEE_OPENERS.has(token.lower) || (lexiconTags(token.lower).includes('Plural') && !isVerbLike(token.lower));
}

// `some have described as "pro-Russia neutrality"`: the label belongs to its own, inner attribution.
export function followsNamingCue(tokens: readonly Token[], k: number, start: number, cues: CueLexicon): boolean {
  for (let j = k - 1; j >= Math.max(start, k - 4); j--) {
    const token = tokens[j];
    if (token.kind !== 'word') return false;
    if (cues.get(token.lower)?.naming) return true;
  }
  return false;
}

export function introducesQuoteLater(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + LATER_QUOTE_WINDOW); k++) if (tokens[k].kind === 'quote') return true;
  return false;
}

/** A source that the phrase parser does not know ("early results of the exit poll"): the words up to the next comma. */
export function sourceUpToComma(tokens: readonly Token[], first: number, end: number, paragraph: string): Mention | null {
  let last = first;
  while (last + 1 < end && last - first < 20 && tokens[last + 1].kind === 'word') last++;
  if (tokens[first]?.kind !== 'word' || last < first) return null;
  const text = paragraph.slice(tokens[first].start, tokens[last].end);
  const head = tokens[last].lower;
  return { start: tokens[first].start, end: tokens[last].end, text, kind: 'document', name: null, role: text, head, definite: /^the$/i.test(tokens[first].text), plural: false };
}

/** "According to X, …" and "…, according to X." */
export function accordingTo(tokens: readonly Token[], i: number, start: number, end: number, sentence: number, paragraph: string): LocalAttribution | null {
  let speaker = phraseStartingAt(tokens, i + 2, end, paragraph);
  if (!speaker) speaker = sourceUpToComma(tokens, i + 2, end, paragraph);
  if (!speaker) return null;
  // "according to the company's tax filings": the source is what the possessive owns.
  const possessor = tokenIndexAt(tokens, speaker.end, i);
  if (/['’]s$/.test(tokens[possessor - 1]?.text ?? '') && tokens[possessor]?.kind === 'word') {
    const owned = phraseStartingAt(tokens, possessor, end, paragraph);
    let whole = owned ? classify(tokens, i + 2, tokenIndexAt(tokens, owned.end, possessor), paragraph) : null;
    // "according to the district's timeline": a noun the phrase parser does not know, owned by the
    // source, is a record of theirs (a person would be a known noun: "the district's engineer").
    if (!owned && /^\p{Ll}+$/u.test(tokens[possessor].text) && !isVerbLike(tokens[possessor].lower) && !isPersonNoun(tokens[possessor].lower)) {
      const record = classify(tokens, i + 2, possessor + 1, paragraph);
      if (record?.kind === 'description' && record.generic) whole = { ...record, kind: 'document' };
    }
    if (whole && whole.end > speaker.end) speaker = whole;
  }
  let speakerEnd = tokenIndexAt(tokens, speaker.end, i);
  // "According to the Financial Times, The Washington Post and CNN, …"
  while (tokens[speakerEnd]?.kind === 'punct' && tokens[speakerEnd].text === ',' && tokens[speakerEnd + 1] && isCapitalized(tokens[speakerEnd + 1])) {
    const more = phraseStartingAt(tokens, speakerEnd + 1, end, paragraph);
    if (!more) break;
    const moreEnd = tokenIndexAt(tokens, more.end, speakerEnd);
    if (tokens[moreEnd]?.kind !== 'punct' && tokens[moreEnd]?.lower !== 'and') break;
    speakerEnd = moreEnd;
    if (tokens[speakerEnd]?.lower === 'and' && tokens[speakerEnd + 1]) {
      const lastOne = phraseStartingAt(tokens, speakerEnd + 1, end, paragraph);
      if (!lastOne) break;
      speakerEnd = tokenIndexAt(tokens, lastOne.end, speakerEnd);
    }
  }
  const fullSpeaker = speakerEnd - 1 > tokenIndexAt(tokens, speaker.end, i) - 1
    ? classify(tokens, i + 2, speakerEnd, paragraph) ?? speaker
    : speaker;
  // A list of sources is named after its first member, as an editor would.
  const named: Mention = { ...fullSpeaker, name: speaker.name, kind: speaker.kind, head: speaker.head };
  let last = end - 1;
  while (last >= start && tokens[last].kind === 'punct') last--;
  let content: Content | null = null;
  const contentRegions: number[] = [];
  let leading = 0;
  for (let k = start; k < i && leading <= ACCORDING_TO_OPENING_WORDS; k++) if (tokens[k].kind !== 'punct') leading++;
  if (leading <= ACCORDING_TO_OPENING_WORDS) {
    let first = speakerEnd;
    // "According to early results of exit polls conducted for the AP, …": the source runs to its comma.
    if (tokens[first]?.kind !== 'punct') {
      let comma = first;
      while (comma < Math.min(last, first + ACCORDING_TO_SOURCE_TOKENS) && !isComma(tokens[comma]) && tokens[comma].kind !== 'quote') comma++;
      if (comma < last && isComma(tokens[comma])) first = comma + 1;
    }
    while (first <= last && tokens[first].kind === 'punct') first++;
    if (first <= last) content = { start: tokens[first].start, end: tokens[last].end };
  } else {
    let stop = i - 1;
    while (stop > start && tokens[stop].kind === 'punct') stop--;
    content = { start: tokens[start].start, end: tokens[stop].end };
  }
  if (content) {
    for (let k = tokenIndexAt(tokens, content.start, start); k < end && tokens[k].start < content.end; k++) {
      if (tokens[k].kind === 'quote' && tokens[k].end <= content.end) contentRegions.push(tokens[k].region!);
    }
  }
  return {
    speaker: named,
    cue: { start: tokens[i].start, end: tokens[i + 1].end },
    cueLemma: 'according to',
    cueForm: null,
    listener: null,
    sentence,
    direct: [],
    content,
    contentRegions,
    partial: [],
  };
}

/**
 * Title-case headlines attribute in their own way: "Sanders Vows To Eliminate Tax Breaks",
 * "Trump 'The Dealmaker' Could Address Clean Energy, Lindsey Graham Says". The first headline
 * pattern that finds an attribution is the only one.
 */
export function headlineAttribution(tokens: readonly Token[], start: number, end: number, sentence: number, paragraph: string, context: ParagraphContext, out: LocalAttribution[]): void {
  const scan: SentenceScan = { tokens, start, end, sentence, paragraph, context, found: out, claimed: new Set<number>() };
  for (const pattern of HEADLINE_PATTERNS) if (!context.without.has(pattern.id) && pattern.find(scan, start)) return;
}

/** The last token of a headline before its closing punctuation. */
function headlineLast(tokens: readonly Token[], start: number, end: number): number {
  let last = end - 1;
  while (last > start && tokens[last].kind === 'punct') last--;
  return last;
}

/** "Sanders: Clinton Email Story Has Moved": a name and a colon give the speaker. */
function headlineColon(scan: SentenceScan): boolean {
  const { tokens, start, end, sentence, paragraph, found: out } = scan;
  const last = headlineLast(tokens, start, end);
  // Only the first few words are looked at: a search of the whole paragraph per sentence was quadratic.
  let colon = -1;
  for (let k = start + 1; k < Math.min(start + HEADLINE_COLON_WITHIN, last); k++) {
    if (tokens[k].kind === 'punct' && tokens[k].text === ':') {
      colon = k;
      break;
    }
  }
  if (colon === -1) return false;
  const speaker = classify(tokens, start, colon, paragraph);
  if (!speaker || (speaker.kind !== 'name' && speaker.kind !== 'organization' && speaker.kind !== 'description')) return false;
  // "Opinion: …", "Analysis: …": a section's label, and no one.
  if (SECTION_LABELS.has(speaker.text.toLowerCase())) return false;
  const content = { start: tokens[colon + 1].start, end: tokens[last].end };
  const contentRegions: number[] = [];
  for (let k = colon + 1; k <= last; k++) if (tokens[k].kind === 'quote') contentRegions.push(tokens[k].region!);
  out.push({ speaker, cue: { start: tokens[colon].start, end: tokens[colon].end }, cueLemma: ':', cueForm: null, listener: null, sentence, direct: [], content, contentRegions, partial: [] });
  return true;
}

/** Labels of a newspaper's sections and formats that head a headline with a colon. */
const SECTION_LABELS = new Set([
  'opinion', 'analysis', 'editorial', 'commentary', 'review', 'exclusive', 'update', 'updated', 'watch', 'live', 'breaking',
  'explainer', 'letters', 'column', 'essay', 'perspective', 'fact check', 'obituary', 'interview', 'photos', 'video', 'podcast',
]);

/**
 * Title case capitalises every word: "…, Operator Says", "…, Study Finds" name no one. A one- or
 * two-word "name" made only of nouns for people, documents, organisations or groups is read as
 * the description it is (classified in lower case); a real name ("Graham", "Ban") stays.
 */
function commonNounSpeaker(speaker: Mention | null, tokens: readonly Token[], first: number, end: number, paragraph: string): Mention | null {
  if (!speaker || speaker.kind !== 'name' || end - first > 2) return speaker;
  const words = tokens.slice(first, end);
  if (!words.every((word) => word.kind === 'word' && (isKnownHead(word.lower) || isPersonNoun(word.lower)))) return speaker;
  const lowered = tokens.map((token, k) => (k >= first && k < end ? { ...token, text: token.lower } : token));
  const described = classify(lowered, first, end, paragraph);
  if (described && described.kind !== 'name') return described;
  const head = words[words.length - 1].lower;
  return { ...speaker, kind: 'description', name: null, role: speaker.text, head, generic: !isKnownHead(head), entity: undefined, entityRule: undefined };
}

/** "Sanders Vows To …", "…, Lindsey Graham Says": a headline cue (the newsroom's verbs included) after its speaker. */
function headlineCue(scan: SentenceScan): boolean {
  const { tokens, start, end, sentence, paragraph, found: out } = scan;
  const last = headlineLast(tokens, start, end);
  for (let i = start + 1; i <= last; i++) {
    if (tokens[i].kind !== 'word' || !scan.context.cues.isHeadlineCue(tokens[i].lower)) continue;
    // The speaker: the capitalised words just before the cue, back to a comma or colon.
    let first = i - 1;
    while (first - 1 >= start && tokens[first - 1].kind === 'word' && first > i - HEADLINE_SPEAKER_WORDS) first--;
    const speakerStart = first;
    const speaker = commonNounSpeaker(classify(tokens, speakerStart, i, paragraph), tokens, speakerStart, i, paragraph);
    if (!speaker || speaker.kind === 'document' && speaker.head === 'says') continue;
    let content: Content | null = null;
    if (i === last && speakerStart - 1 > start && tokens[speakerStart - 1].kind === 'punct' && tokens[speakerStart - 1].text === ',') {
      content = { start: tokens[start].start, end: tokens[speakerStart - 2].end };
    } else if (i < last) {
      content = { start: tokens[i + 1].start, end: tokens[last].end };
    }
    if (!content) continue;
    const contentRegions: number[] = [];
    for (let k = start; k <= last; k++) if (tokens[k].kind === 'quote' && tokens[k].start >= content.start && tokens[k].end <= content.end) contentRegions.push(tokens[k].region!);
    out.push({ speaker, cue: { start: tokens[i].start, end: tokens[i].end }, cueLemma: tokens[i].lower, cueForm: null, listener: null, sentence, direct: [], content, contentRegions, partial: [] });
    return true;
  }
  return false;
}
