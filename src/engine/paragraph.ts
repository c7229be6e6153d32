// Everything that can be learnt from one paragraph on its own: its quotations, sentences, the
// attributions (speaker, cue, listener, content) and the names it mentions. Offsets here are
// relative to the paragraph, so the result is cached by paragraph text and reused after edits.
import type { CueForm, CueLexicon } from './cues';
import { hasTag, isVerbLike, lexiconTags } from './cues';
import { ANONYMITY_REASONS, CUE_FILLERS } from './lexicon';
import type { Mention } from './mentions';
import { classify, isCapitalized, isKnownHead, phraseEndingAt, phraseStartingAt } from './mentions';
import type { QuoteRegion, StrayMark, TextRange, Token } from './segment';
import type { Paragraph } from './types';
import { scanQuotes, splitSentences, tokenize } from './segment';

/** Reported content; `split` is the attribution in its middle ("X, he said, Y"), which is not content. */
export interface Content extends TextRange {
  split?: TextRange;
}

export interface LocalAttribution {
  speaker: Mention;
  cue: TextRange;
  cueLemma: string;
  cueForm: CueForm | null;
  listener: Mention | null;
  sentence: number;
  /** Quote regions this attribution introduces as direct speech. */
  direct: number[];
  /** Reported content without marks (indirect), or with quoted fragments (mixed). */
  content: Content | null;
  contentRegions: number[];
  /** Quoted labels ("calling reports 'disinformation'"). */
  partial: number[];
}

export interface UnsourcedAttribution {
  cue: TextRange;
  pieces: TextRange[];
}

export interface NameMention {
  mention: Mention;
  /** The sentence's subject or a speaker, rather than an object or a listener. */
  salient: boolean;
  listener: boolean;
}


export interface ParagraphAnalysis {
  length: number;
  regions: QuoteRegion[];
  strays: StrayMark[];
  /** Sentences as character ranges. */
  sentences: TextRange[];
  /** Sentence index of each quote region. */
  regionSentence: number[];
  /** Whether each region stands as a sentence of its own (direct) rather than a fragment. */
  regionStandalone: boolean[];
  /** Whether each region quotes a title or a name ("Face the Nation") rather than words said. */
  regionIsTitle: boolean[];
  attributions: LocalAttribution[];
  /** Person-like mentions outside quotes in reading order, for pronouns and titles to refer to. */
  names: NameMention[];
  /** Sentence ranges that contain an anonymity reason ("on condition of anonymity"). */
  anonymityReasonSentences: number[];
  /** Vague-sourcing phrases found outside quotes. */
  vagueHits: TextRange[];
  /** Figures stated as fact in sentences with no attribution nearby. */
  claimHits: TextRange[];
  /**
   * Attributions inside another's reported content ("They reported that Beijing had signaled…"):
   * part of what was reported, unless they own a quotation of their own.
   */
  nested: ReadonlySet<LocalAttribution>;
  /** Quote regions that an inner attribution claims as its quoted label. */
  labelledRegions: ReadonlySet<number>;
  /**
   * Expectations and impressions with no source ("Trump is expected to speak", "the team seemed
   * paralyzed"): the subject and what is expected or seemed, as separate pieces, and the cue.
   */
  unsourced: UnsourcedAttribution[];
  /** The paragraph ends with an attribution and a colon ("Sullivan said:"): it introduces the next. */
  introducesNext: LocalAttribution | null;
  /**
   * The paragraph opens a quotation with a speaker's label (`"PENCE: Well, …`), as a transcript
   * quoted over several paragraphs does: a new speaker's turn, not more of the last one.
   */
  opensWithSpeakerLabel: boolean;
  role: Paragraph['role'];
}

// An interview turn's label: a name in capitals and a colon, right after the opening mark.
const SPEAKER_LABEL = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}:\s/u;


const NOT_CLAUSE_VERBS = /^(is|was|were|are|be|been|being|has|have|had|do|does|did|will|would|could|should|must|may|might|can|shall|got|get|gets|go|goes|went|gone|come|comes|came|used|began|begin|begins|started|start|starts|tried|try|tries|continue|continues|continued|seemed|appeared|managed|failed|moved|traveled|travelled|returned|went|headed|led|helped|allowed|forced|made|let|ought|need|needs|needed|happened|turned|stopped|ceased|ended|so|such|order|set|able)$/;

/**
 * Any verb that takes a clause ("Trump hinted that…", "the group pledged to…") attributes in
 * the wide sense PolNeAR annotates: a stance, intention or belief of its subject.
 */
function clauseTakingVerb(tokens: readonly Token[], i: number, end: number, cues: CueLexicon): CueForm | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || i + 2 >= end) return null;
  if (token.text !== token.lower || NOT_CLAUSE_VERBS.test(token.lower) || cues.has(token.lower)) return null;
  const tense = finiteTense(token.lower);
  if (!tense) return null;
  const form = { lemma: token.lower, form: tense, weak: false, listener: false, loaded: false, naming: false } as const;
  if (next.lower === 'that' || next.lower === 'whether') return { ...form, belief: true };
  const verbAfter = tokens[i + 2];
  if (next.lower === 'to' && verbAfter?.kind === 'word' && !isCapitalized(verbAfter) && (lexiconTags(verbAfter.lower).includes('Infinitive') || lexiconTags(verbAfter.lower).includes('PhrasalVerb'))) {
    return { ...form, belief: false };
  }
  return null;
}

/** "hinted" -> past, "wants" -> present, by compromise's lexicon or regular English endings. */
function finiteTense(lower: string): 'past' | 'present' | null {
  const tags = lexiconTags(lower);
  if (tags.includes('PastTense')) return 'past';
  if (tags.includes('PresentTense')) return 'present';
  if (tags.length && !tags.includes('Infinitive')) return null;
  const isBase = (base: string) => lexiconTags(base).includes('Infinitive');
  if (/ed$/.test(lower) && (isBase(lower.slice(0, -2)) || isBase(lower.slice(0, -1)) || isBase(lower.slice(0, -3)) || (/ied$/.test(lower) && isBase(lower.slice(0, -3) + 'y')))) return 'past';
  if (/s$/.test(lower) && !/ss$/.test(lower) && (isBase(lower.slice(0, -1)) || (/es$/.test(lower) && isBase(lower.slice(0, -2))))) return 'present';
  return null;
}

/** Cues with which "it" can speak: a document, a report, an organisation. */
const DOCUMENT_CUES = new Set(['say', 'state', 'read', 'show', 'find', 'report', 'note', 'warn', 'argue', 'conclude', 'claim', 'estimate', 'suggest', 'predict', 'add']);

/** Nouns of saying that attribute with a possessor: "Trump's claim that…". */
const SAYING_NOUNS = new Set(['claim', 'claims', 'assertion', 'belief', 'view', 'argument', 'suggestion', 'insistence', 'warning',
  'promise', 'pledge', 'plan', 'proposal', 'call', 'denial', 'admission', 'accusation', 'allegation', 'contention', 'prediction',
  'statement', 'remark', 'remarks', 'comment', 'comments', 'charge', 'concern', 'fear', 'hope', 'vow', 'threat', 'decision',
  'refusal', 'position', 'stance', 'insinuation', 'complaint', 'criticism', 'explanation', 'assessment', 'estimate', 'conclusion']);

/** Cue forms that are nouns as often as verbs ("states", "support", "reporting"). */
const NOUN_LIKE_CUES = new Set(['states', 'state', 'support', 'supports', 'report', 'reports', 'reporting', 'shows', 'show', 'claims',
  'calls', 'plans', 'plan', 'hopes', 'fears', 'backs', 'points', 'posts', 'offers', 'questions', 'charges', 'comments', 'echoes',
  'aims', 'promises', 'pledges', 'vows', 'estimates', 'notes', 'remarks', 'answers', 'demands', 'concerns', 'views', 'cites',
  'finds', 'findings', 'signals', 'tweets', 'accounts', 'expects', 'wants', 'needs', 'attacks', 'rails', 'refers', 'talks']);

/**
 * Cue forms that attribute under a third of the time on train: nouns ("the debate", 29 right and 73
 * wrong; "the report", 8/18; "emails", 9/21), "find" ("can't find jobs", 7/18), "finding" (3/8),
 * "look(ed) at" (10/28; "is looking to" stays), "knew" (3/8), "promoted" (3/7).
 */
const NOUN_FORMS = new Set(['debate', 'debates', 'report', 'find', 'finding', 'email', 'emails', 'look', 'looked', 'knew', 'promoted']);

function endsInModifier(speaker: Mention): boolean {
  if (speaker.kind === 'pronoun' || speaker.kind === 'name' || speaker.kind === 'organization') return false;
  const lastWord = speaker.text.split(/\s+/).pop()!.toLowerCase();
  if (isKnownHead(lastWord)) return false;
  const tags = lexiconTags(lastWord);
  return tags.length > 0 && tags.some((tag) => /^(Adjective|Comparative|Superlative|Determiner|Cardinal|Value)$/.test(tag)) && !tags.some((tag) => /Noun|Singular|Plural|Actor|Person/.test(tag));
}

function plausibleSubject(speaker: Mention): boolean {
  if (speaker.kind === 'pronoun') return true;
  const lastWord = speaker.text.split(/\s+/).pop()!.toLowerCase();
  if (speaker.kind === 'name') return !lexiconTags(lastWord).some((tag) => /Adjective|Demonym|Comparative|Superlative/.test(tag)) || lexiconTags(lastWord).some((tag) => /Person|LastName/.test(tag));
  return speaker.kind !== 'description' || !speaker.generic;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'by', 'with', 'from', 'as', 'when', 'while', 'of', 'about', 'over', 'via', 'through', 'outside', 'inside', 'near', 'since', 'without', 'following', 'amid', 'ahead']);

const MAX_CONTENT_TOKENS = 150;
const MAX_ATTRIBUTIONS_PER_SENTENCE = 24;
const MAX_NAMES_PER_PARAGRAPH = 500;

/** Prepositions that go with the verb before them, not with its content ("talked about", "railed against"). */
const VERB_PARTICLES = new Set(['about', 'for', 'of', 'on', 'against', 'with', 'out', 'up', 'over', 'into', 'upon']);

/** Relative words that, after a comma, open the reporter's own clause (measured on PolNeAR's training split). */
/** Words that open a clause's subject after ", and". */
const CLAUSE_SUBJECT_START = new Set(['the', 'his', 'her', 'their', 'its', 'both', 'most', 'many', 'some', 'he', 'she', 'they', 'it', 'we', 'i', 'a', 'an']);
const RELATIVE_BREAKS = new Set(['which', 'who', 'when']);
const PARTICIPLES_IN_CONTENT = /^(including|according|meaning|excluding|during|nothing|something|everything|anything|making|leaving|allowing|forcing)$/;
const CONTENT_BREAKS = new Set(['though', 'although', 'but', 'while', 'whereas', 'because']);
const TIME_ADJUNCT = /^(this|last|next|on|in|at|during|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|recently|again|also|then|privately|publicly|an|a|the|interview|statement|speech|briefing|conference|news|press|twitter|tweet|email|phone|call|radio|television|tv|rally|meeting|hearing|event)$/;

export interface ParagraphContext {
  cues: CueLexicon;
  /** Vague-sourcing phrases, lower case, split into words. */
  vaguePhrases: string[][];
}

/** `isCaption`: the line sits right above a photo credit (see `isCreditLine`), so it is the photo's caption. */
export function analyzeParagraph(paragraph: string, context: ParagraphContext, isFirst: boolean, isCaption = false): ParagraphAnalysis {
  const { cues } = context;
  const { regions, strays } = scanQuotes(paragraph);
  const tokens = tokenize(paragraph, regions);
  const isCue = (lower: string) => cues.has(lower);
  const sentenceTokens = splitSentences(tokens, regions, paragraph, isCue);
  const sentences = sentenceTokens.map((s) => ({ start: tokens[s.start].start, end: tokens[s.end - 1].end }));
  const regionSentence = new Array<number>(regions.length).fill(0);
  const regionStandalone = new Array<boolean>(regions.length).fill(false);
  const tokenSentence = new Array<number>(tokens.length);
  sentenceTokens.forEach((s, index) => {
    for (let i = s.start; i < s.end; i++) {
      tokenSentence[i] = index;
      const token = tokens[i];
      if (token.kind === 'quote') {
        regionSentence[token.region!] = index;
        regionStandalone[token.region!] = isStandalone(tokens, i, s.start, regions[token.region!], paragraph, cues);
      }
    }
  });

  const attributions: LocalAttribution[] = [];
  const names: NameMention[] = [];
  const role = isCaption ? 'credit' : paragraphRole(paragraph, tokens, regions, isFirst);
  // Credits and captions name photographers and describe pictures: they attribute nothing.
  const analysed = role !== 'subhead' && role !== 'byline' && role !== 'dateline' && role !== 'credit';
  const unsourced: UnsourcedAttribution[] = [];
  sentenceTokens.forEach((range, index) => {
    if (role === 'headline') headlineAttribution(tokens, range.start, range.end, index, paragraph, attributions);
    else if (analysed) {
      const before = attributions.length;
      findAttributions(tokens, range.start, range.end, index, paragraph, cues, attributions);
      findUnsourced(tokens, range.start, range.end, attributions.slice(before), unsourced);
    }
  });
  if (analysed && role !== 'headline') {
    const speakers = new Set(attributions.map((a) => a.speaker.start));
    const listeners = new Set(attributions.flatMap((a) => (a.listener ? [a.listener.start] : [])));
    for (const range of sentenceTokens) {
      // A "paragraph" naming this many people is a run-on text, not prose: later pronouns need none of them.
      if (names.length > MAX_NAMES_PER_PARAGRAPH) break;
      collectNames(tokens, range.start, Math.min(range.end, range.start + 5000), paragraph, names, speakers, listeners);
    }
  }
  names.sort((a, b) => a.mention.start - b.mention.start);

  const vagueHits = findPhrases(tokens, tokenSentence, context.vaguePhrases);

  const reasonSentences = new Set<number>();
  for (const match of paragraph.matchAll(ANONYMITY_REASON_PATTERN)) {
    const sentence = sentenceAt(sentences, match.index ?? 0);
    if (sentence !== -1) reasonSentences.add(sentence);
  }
  const anonymityReasonSentences = [...reasonSentences].sort((a, b) => a - b);

  const lastToken = tokens[tokens.length - 1];
  let introducesNext: LocalAttribution | null = null;
  if (lastToken && lastToken.kind === 'punct' && lastToken.text === ':') {
    const last = attributions.filter((a) => a.direct.length === 0 && a.cue.end <= lastToken.start).pop();
    if (last && last.sentence === sentences.length - 1) {
      introducesNext = last;
      // "Sullivan said:" has no content of its own: it introduces the quotation that follows.
      last.content = null;
      last.contentRegions = [];
    }
  }

  const result: ParagraphAnalysis = {
    length: paragraph.length,
    regions,
    strays,
    sentences,
    regionSentence,
    regionStandalone,
    regionIsTitle: regions.map((region) => isTitle(paragraph.slice(region.start, region.end))),
    attributions,
    names,
    anonymityReasonSentences,
    vagueHits,
    claimHits: [],
    unsourced,
    introducesNext,
    opensWithSpeakerLabel: regions[0]?.start === 0 && SPEAKER_LABEL.test(paragraph.slice(regions[0].openMark.length, regions[0].end)),
    role,
    ...findNested(attributions),
  };
  if (result.role === 'body') result.claimHits = findClaims(paragraph, regions, sentences, attributions);
  return result;
}

/** Which attributions sit inside another's content; cues in reading order, found by binary search. */
function findNested(attributions: readonly LocalAttribution[]): { nested: Set<LocalAttribution>; labelledRegions: Set<number> } {
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

const FIGURE = /[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\b\d[\d,.]*\s(?:million|billion|trillion)\b|\b\d{1,3}(?:,\d{3})+\b/i;
const HEDGES = /\b(may|might|could|estimated|estimate|about|around|roughly|approximately|reportedly|allegedly|according|said|says|say|told|reported|shows?|showed|found|predicts?|projected|forecasts?|poll|survey|data|figures)\b/i;
const CLAIM_WORDS = /\b(will|would|is|are|was|were|has|have|had|cost|costs|costing|lose|lost|losing|rise|rose|fall|fell|grow|grew|total|totals|reach|reached)\b/i;

/** Figures and forecasts stated as fact in sentences with no attribution in them or just before. */
function findClaims(paragraph: string, regions: readonly QuoteRegion[], sentences: readonly TextRange[], attributions: readonly LocalAttribution[]): TextRange[] {
  if (!/\d/.test(paragraph)) return [];
  // Blank out quotations so figures inside someone's words are never flagged.
  const pieces: string[] = [];
  let at = 0;
  for (const region of regions) {
    if (region.start < at) continue;
    pieces.push(paragraph.slice(at, region.start), ' '.repeat(region.end - region.start));
    at = region.end;
  }
  pieces.push(paragraph.slice(at));
  const masked = pieces.join('');
  const sourced = new Set<number>();
  for (const attribution of attributions) {
    sourced.add(attribution.sentence);
    sourced.add(attribution.sentence + 1);
  }
  const hits: TextRange[] = [];
  sentences.forEach((sentence, index) => {
    if (sourced.has(index)) return;
    const part = masked.slice(sentence.start, sentence.end);
    if (HEDGES.test(part) || !CLAIM_WORDS.test(part)) return;
    const match = FIGURE.exec(part);
    if (match) hits.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
  });
  return hits;
}

/** Phrases matched word by word within a sentence, outside quotations (never as patterns). */
function findPhrases(tokens: readonly Token[], tokenSentence: readonly number[], phrases: readonly string[][]): TextRange[] {
  const hits: TextRange[] = [];
  const firstWords = new Set(phrases.map((p) => p[0]));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !firstWords.has(tokens[i].lower)) continue;
    for (const phrase of phrases) {
      if (phrase[0] !== tokens[i].lower || i + phrase.length > tokens.length) continue;
      let matches = true;
      for (let k = 1; k < phrase.length && matches; k++) {
        const token = tokens[i + k];
        matches = token.kind === 'word' && token.lower === phrase[k] && tokenSentence[i + k] === tokenSentence[i];
      }
      if (matches && !hits.some((h) => h.start === tokens[i].start)) hits.push({ start: tokens[i].start, end: tokens[i + phrase.length - 1].end });
    }
  }
  return hits;
}

const ANONYMITY_REASON_PATTERN = new RegExp(ANONYMITY_REASONS.map((reason) => reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

/** Index of the sentence containing a character offset, or -1 (binary search). */
function sentenceAt(sentences: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sentences[middle].end <= offset) low = middle + 1;
    else if (sentences[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** A quotation that stands as speech of its own, rather than a quoted fragment of the reporter's sentence. */
function isStandalone(tokens: readonly Token[], i: number, start: number, region: QuoteRegion, paragraph: string, cues: CueLexicon): boolean {
  const inner = paragraph.slice(region.start, region.end).replace(/^["“„«‘'`]+|["”»’'`]+$/gu, '').trim();
  const words = inner.split(/\s+/).filter(Boolean).length;
  const previous = tokens[i - 1];
  if (i === start || !previous) return words >= 2 || /[.?!,]$/.test(inner);
  if (previous.kind === 'punct' && (previous.text === ':' || previous.text === '—' || previous.text === '–' || previous.text === '--')) return true;
  if (previous.kind === 'punct' && previous.text === ',') {
    // `he said, "…"` but not `a "so-called", "…"`
    const before = tokens[i - 2];
    if (before && before.kind === 'word' && cues.has(before.lower)) return true;
    if (before && before.kind === 'word' && i - 3 >= start && cues.has(tokens[i - 3].lower)) return true;
    return /^[\p{Lu}]/u.test(inner) && /[.?!]$/.test(inner) && words >= 4;
  }
  if (previous.kind === 'word' && cues.has(previous.lower) && /^[\p{Lu}]/u.test(inner) && words >= 3) return true;
  if (previous.kind === 'quote') return true;
  return false;
}

function paragraphRole(paragraph: string, tokens: readonly Token[], regions: readonly QuoteRegion[], isFirst: boolean): ParagraphAnalysis['role'] {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'quote').length;
  const trimmed = paragraph.trim();
  if (/^#{1,6}\s/.test(trimmed)) return isFirst ? 'headline' : 'subhead';
  if (/^by\s+\p{Lu}/iu.test(trimmed) && words <= 14 && !/[.?!]["”]?$/.test(trimmed.replace(/\b(Jr|Sr)\.$/, ''))) return 'byline';
  if (/^[\p{Lu}][\p{Lu}\s.,'’-]+(\([\w\s]+\))?\s*[—–-]{1,2}\s*$/u.test(trimmed)) return 'dateline';
  if (isCreditLine(trimmed, words)) return 'credit';
  const endsLikeSentence = /[.?!:]["”’')\]]*$/.test(trimmed);
  const wholeQuote = regions.length === 1 && regions[0].start === 0 && regions[0].end >= trimmed.length - 1;
  if (isFirst && words <= 30 && (!endsLikeSentence || titleCase(tokens))) return 'headline';
  if (words <= 12 && (!endsLikeSentence || wholeQuote) && !/^["“„«]/.test(trimmed)) return 'subhead';
  if (words <= 12 && wholeQuote && regions[0].single) return 'subhead';
  return 'body';
}

/** A photo credit line ("HANNA VOSS/Northshore Photo via Getty Images", "Photo: Reuters"). */
export function isCreditLine(trimmed: string, words?: number): boolean {
  if (!/(via Getty Images|\/AFP|\/Reuters|\/AP|\bPhoto:|\bCredit:|\bPHOTO:)/.test(trimmed)) return false;
  return (words ?? trimmed.split(/\s+/).length) <= 14;
}

function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.7;
}

function isComma(token: Token): boolean {
  return token.kind === 'punct' && token.text === ',';
}

function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && /^(--|—|–|―)$/.test(token.text);
}

function skipFillers(tokens: readonly Token[], from: number, start: number): number {
  let j = from;
  while (j >= start && tokens[j].kind === 'word' && (CUE_FILLERS.has(tokens[j].lower) || (/^\p{Ll}+ly$/u.test(tokens[j].text) && tokens[j].lower !== 'only'))) j--;
  // "Wells Fargo just this month announced": a short time phrase between subject and verb.
  let k = j;
  while (k >= start && from - k < 5 && tokens[k].kind === 'word' && !isCapitalized(tokens[k]) && (TIME_ADJUNCT.test(tokens[k].lower) || CUE_FILLERS.has(tokens[k].lower) || /^(just|month|week|year|ago|earlier|late|recently)$/.test(tokens[k].lower))) k--;
  if (k < j && k >= start && tokens[k].kind === 'word' && isCapitalized(tokens[k]) && /^(this|last|earlier|just|on|in)$/.test(tokens[k + 1].lower)) return k;
  // "Clinton on Tuesday said", "Trump Monday said", "Sanders on Feb. 4 said": a date between subject and verb.
  let d = j;
  if (d >= start && tokens[d].kind === 'word' && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[d].lower)) d--;
  if (d > start && tokens[d].kind === 'word' && isCapitalized(tokens[d])
    && (hasTag(tokens[d].lower, 'WeekDay') || hasTag(tokens[d].lower.replace(/\.$/, ''), 'Month') || MONTH_ABBREVIATIONS.test(tokens[d].lower))) {
    d--;
    if (d > start && tokens[d].kind === 'word' && tokens[d].lower === 'on') d--;
    while (d > start && tokens[d].kind === 'word' && CUE_FILLERS.has(tokens[d].lower) && !isCapitalized(tokens[d])) d--;
    if (d >= start && tokens[d].kind === 'word' && (isCapitalized(tokens[d]) || /^(he|she|they|it|we|i)$/.test(tokens[d].lower) || SUBJECT_HEADS.test(tokens[d].lower))) return d;
    // "Sen. Bernie Sanders (I-Vt.) on Saturday criticized": the parenthesis is stepped over by the caller.
    if (d > start && tokens[d].kind === 'punct' && tokens[d].text === ')') return d;
  }
  return j;
}

const MONTH_ABBREVIATIONS = /^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/;
const SUBJECT_HEADS = /^(official|officials|spokesman|spokeswoman|campaign|administration|candidate|senator|governor|president|leader|leaders|group|committee|department)$/;

// "is (once again) questioning": a form of "be" among the words just before the participle.
function hasBeBefore(tokens: readonly Token[], i: number, start: number): boolean {
  for (let k = i - 1; k >= start && i - k <= 4; k--) {
    const token = tokens[k];
    if (token.kind !== 'word') return false;
    if (isBe(token.lower) || /'(s|re|m)$/.test(token.lower)) return true;
    if (!CUE_FILLERS.has(token.lower)) return false;
  }
  return false;
}

function isBe(lower: string): boolean {
  return lower === 'is' || lower === 'was' || lower === 'were' || lower === 'are' || lower === 'be' || lower === 'been' || lower === 'being';
}


/**
 * "is expected to", "is said to", "was widely believed to": a passive of expectation or hearsay.
 * On PolNeAR's training split 72 of 83 "expected to" are annotated; the hearsay verbs add about as
 * many right attributions as wrong ones.
 */
const UNSOURCED_PARTICIPLES = new Set(['expected', 'said', 'believed', 'thought', 'reported', 'rumored', 'alleged']);
/** "seemed to", "appears uneasy": an impression (143 of 253 "seem/appear to" annotated on train; not "may seem", 16/34). */
const IMPRESSION_VERBS = new Set(['seems', 'seemed', 'appear', 'appears', 'appeared']);
const SUBJECT_BOUNDARY = new Set(['and', 'but', 'or', 'that', 'because', 'although', 'though', 'while', 'if', 'when', 'as', 'since', 'so', 'yet', 'after', 'before', 'whether', 'than', 'where', 'once', 'unless', 'until']);

/**
 * "Trump is expected to deliver a speech", "The team appeared paralyzed": an expectation or an
 * impression that the sentence gives no source for (PolNeAR annotates them as attributions
 * without a source: the subject and the complement are the content).
 */
function findUnsourced(tokens: readonly Token[], start: number, end: number, sourced: readonly LocalAttribution[], out: UnsourcedAttribution[]): void {
  for (let i = start + 1; i < end - 1; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || token.text !== token.lower) continue;
    let cueFirst = i;
    const next = tokens[i + 1];
    if (UNSOURCED_PARTICIPLES.has(token.lower)) {
      if (next.lower !== 'to') continue;
      // "is (widely / not) expected"
      let k = i - 1;
      while (k > start && tokens[k].kind === 'word' && /^(widely|not|also|now|still|generally|largely|broadly|all|both|n't|never|originally|initially|long)$/.test(tokens[k].lower)) k--;
      if (tokens[k].kind !== 'word' || !(isBe(tokens[k].lower) || /^(is|was|are|were)n't$/.test(tokens[k].lower) || /'(s|re)$/.test(tokens[k].lower))) continue;
      cueFirst = /'(s|re)$/.test(tokens[k].lower) ? i : k;
    } else if (IMPRESSION_VERBS.has(token.lower)) {
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
      while (subjectFirst - 1 >= start && tokens[subjectFirst - 1].kind === 'word' && !SUBJECT_BOUNDARY.has(tokens[subjectFirst - 1].lower) && subjectLast - subjectFirst < 12) subjectFirst--;
      if (subjectLast - subjectFirst >= 12) continue;
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

/** A comma inside a number ("1,237"). */
function isThousands(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && before.end === tokens[k].start && tokens[k].end === after.start && /\d$/.test(before.text) && /^\d/.test(after.text);
}

const SENTENCE_CONNECTOR_WORDS = /^(indeed|but|and|so|yet|still|now|then|however|meanwhile|instead|also|even|in|on|at|for|by|with|to|among)$/;

/**
 * The subject of a verb of speech that the phrase parser does not know ("Twenty-four percent said",
 * "A court document filed Thursday says"): the words from the clause's start up to the verb.
 */
function subjectUpToClauseStart(tokens: readonly Token[], last: number, start: number, paragraph: string, cues: CueLexicon): Mention | null {
  let first = last;
  while (first - 1 >= start && last - first < 12) {
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

/** Finds every attribution in one sentence, token range [start, end). */
function findAttributions(
  tokens: readonly Token[], start: number, end: number, sentence: number, paragraph: string, cues: CueLexicon,
  out: LocalAttribution[],
): void {
  const sentenceAttributions: LocalAttribution[] = [];
  const claimed = new Set<number>(); // quote tokens already attributed in this sentence
  // "Trump's claim that…", "his promise to…": a possessive and a noun of saying.
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
  // "In a new CBS News poll, she led Mr. Sanders…": a poll or study speaks for the clause.
  const opener = tokens[start];
  if (opener?.kind === 'word' && opener.lower === 'in' && tokens[start + 1]?.kind === 'word') {
    let comma = start + 2;
    while (comma < Math.min(end, start + 12) && !(tokens[comma].kind === 'punct' && tokens[comma].text === ',')) comma++;
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
  // `“…” ― Stephanie Egan`: a dash and a name after a quotation sign it.
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
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    // A "sentence" with this many attributions is a run-on text, not prose: stop looking.
    if (sentenceAttributions.length >= MAX_ATTRIBUTIONS_PER_SENTENCE) break;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const attribution = accordingTo(tokens, i, start, end, sentence, paragraph);
      if (attribution) sentenceAttributions.push(attribution);
      continue;
    }
    let form = cues.get(token.lower);
    if (NOUN_FORMS.has(token.lower)) continue;
    if (!form) form = clauseTakingVerb(tokens, i, end, cues) ?? undefined;
    if (!form) continue;
    // Cue verbs are lower case; "Tell" in a title-case headline is not reported speech.
    if (token.text !== token.lower && i !== start) continue;
    if (form.particle && tokens[i + 1]?.lower !== form.particle) continue;
    let cueEnd = form.particle ? i + 2 : i + 1;
    // "described as", "called for", "called on"
    if (form.naming && tokens[cueEnd]?.lower === 'as') cueEnd++;
    if (form.lemma === 'call' && (tokens[cueEnd]?.lower === 'for' || tokens[cueEnd]?.lower === 'on')) cueEnd++;

    let beforeCue = skipFillers(tokens, i - 1, start);
    // "Sen. David Perdue (R-Ga.) said": step over the parenthesis.
    let parenthesisEnd = -1;
    if (beforeCue > start && tokens[beforeCue].kind === 'punct' && tokens[beforeCue].text === ')') {
      let open = beforeCue - 1;
      while (open > start && !(tokens[open].kind === 'punct' && tokens[open].text === '(') && beforeCue - open < 12) open--;
      if (tokens[open]?.text === '(' && open - 1 >= start && tokens[open - 1].kind === 'word') {
        parenthesisEnd = tokens[beforeCue].end;
        beforeCue = open - 1;
      }
    }
    // "was told", "was first reported by": passive; the subject is the listener or the thing reported.
    if (form.form === 'past' && hasBeBefore(tokens, i, start)) continue;
    if (form.form === 'base' && beforeCue >= start && tokens[beforeCue].kind === 'word' && /^(to|not)$/.test(tokens[beforeCue].lower)) continue;

    let speaker: Mention | null = null;
    let speakerFirstToken = -1;
    let inverted = false;
    const previous = beforeCue >= start ? tokens[beforeCue] : undefined;
    const earlier = sentenceAttributions[sentenceAttributions.length - 1];
    // "Trump is demanding…", "It's denouncing…": a progressive is a finite verb with a subject before it.
    const progressive = form.form === 'gerund' && hasBeBefore(tokens, i, start);
    const contraction = previous?.kind === 'word' ? /^(he|she|it|they|we|i|who)'(s|re|ve|d|ll|m)$/.exec(previous.lower) : null;
    if (contraction && previous) {
      const pronoun = classify([{ ...previous, end: previous.start + contraction[1].length, text: previous.text.slice(0, contraction[1].length), lower: contraction[1] }], 0, 1, paragraph);
      if (!pronoun || (pronoun.pronoun === 'neuter' && !DOCUMENT_CUES.has(form.lemma) && !progressive)) continue;
      speaker = pronoun;
      speakerFirstToken = beforeCue;
    } else if ((form.form === 'gerund' && !progressive) || (previous?.kind === 'word' && (previous.lower === 'and' || previous.lower === 'but'))) {
      // "…, calling reports 'disinformation'" and "…, and said he had seen…": the clause's subject speaks.
      if (form.form === 'gerund' && previous?.kind === 'word' && !/^(and|by|after|while|before|in|when)$/.test(previous.lower)) {
        // "footage of Trump saying, '…'": the name just before the participle is the speaker.
        if (!(isCapitalized(previous) || /^(he|she|they)$/.test(previous.lower)) || beforeCue !== i - 1) continue;
        speaker = phraseEndingAt(tokens, beforeCue, start, paragraph);
        if (!speaker) continue;
        speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
      } else {
      const owner = earlier ?? null;
      speaker = owner?.speaker ?? phraseStartingAt(tokens, start, i, paragraph);
      if (!speaker) continue;
      speakerFirstToken = i;
      }
    } else if (previous && previous.kind === 'word' && (previous.lower === 'who' || previous.lower === 'which' || (previous.lower === 'that' && form.form !== 'base'))) {
      // "an architect who said…": the relative pronoun speaks for the phrase before it.
      let antecedentEnd = beforeCue - 1;
      if (tokens[antecedentEnd]?.kind === 'punct' && tokens[antecedentEnd].text === ',') antecedentEnd--;
      const antecedent = antecedentEnd >= start ? phraseEndingAt(tokens, antecedentEnd, start, paragraph) : null;
      if (antecedent && antecedent.kind !== 'pronoun') {
        speaker = { ...antecedent, start: previous.start, end: previous.end, text: previous.text, refersTo: antecedent };
        speakerFirstToken = beforeCue;
      }
    } else if (previous && previous.kind === 'word' && /['’]s$/.test(previous.text) && beforeCue === i - 1) {
      // "Sullivan's remarks", "the bank's statement": the cue word is a noun here.
      continue;
    } else if (previous && previous.kind === 'word') {
      speaker = phraseEndingAt(tokens, beforeCue, start, paragraph);
      // "Twenty-four percent said…", "A court document filed Thursday says…": a subject the phrase parser does not know.
      // Not after a determiner ("his remarks", "the call"): the cue is a noun there.
      if (!speaker && form.speech && !form.weak && parenthesisEnd === -1 && !/^(his|her|their|its|the|a|an|my|our|your)$/.test(tokens[i - 1].lower)) {
        speaker = subjectUpToClauseStart(tokens, beforeCue, start, paragraph, cues);
      }
      // "It says the campaign violated…": a document or organisation speaking; "it" elsewhere is no one.
      if (speaker?.kind === 'pronoun' && speaker.pronoun === 'neuter' && !(speaker.head === 'it' && DOCUMENT_CUES.has(form.lemma) && beforeCue === i - 1)) speaker = null;
      if (speaker) speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
      if (speaker && parenthesisEnd !== -1) speaker = { ...speaker, end: parenthesisEnd, text: paragraph.slice(speaker.start, parenthesisEnd) };
    } else if (previous && (isComma(previous) || isDash(previous) || (previous.kind === 'quote' && /,["”’'»]+$/u.test(previous.text)))) {
      // "James Cleverly, the minister for Europe, acknowledged" / "China, which … 'neutrality,' denied"
      const apposition = appositionHead(tokens, beforeCue, start);
      if (apposition !== -1) {
        speaker = phraseEndingAt(tokens, apposition, start, paragraph);
        if (!speaker && form.speech && !form.weak) speaker = subjectUpToClauseStart(tokens, apposition, start, paragraph, cues);
        if (speaker) speakerFirstToken = tokenIndexAt(tokens, speaker.start, start);
      }
    }
    const afterCue = tokens[cueEnd];
    if (!speaker && (form.form !== 'gerund' || progressive) && afterCue && afterCue.kind === 'word'
      && (!previous || previous.kind === 'quote' || (previous.kind === 'punct' && /^[,—–]$/.test(previous.text)) || beforeCue < start)) {
      // "…," said Truss / said the official
      speaker = phraseStartingAt(tokens, cueEnd, end, paragraph);
      inverted = speaker !== null;
    }
    if (!speaker) continue;
    // "the swing states of Ohio", "Republican support": words that are nouns as often as verbs
    // speak only after a real subject.
    if (!inverted && NOUN_LIKE_CUES.has(token.lower) && !plausibleSubject(speaker)) continue;
    // "a five-alarm call", "the biggest decline": an adjective before the cue makes it a noun.
    if (!inverted && endsInModifier(speaker)) continue;
    // "the laws proposed by Nixon": a participle with its agent is not someone speaking.
    if (!inverted && form.form === 'past' && tokens[cueEnd]?.lower === 'by' && !/^(say|tell|write|add|speak|talk|testify)$/.test(form.lemma)) continue;
    if (speaker.kind === 'pronoun' && ((speaker.pronoun === 'neuter' && speaker.head !== 'it') || speaker.head === 'you')) continue;

    let next = inverted ? tokenIndexAt(tokens, speaker.end, start) : cueEnd;
    let listener: Mention | null = null;
    if (form.listener && tokens[next]?.kind === 'word' && tokens[next].lower !== 'that') {
      listener = phraseStartingAt(tokens, next, end, paragraph);
      if (listener) next = tokenIndexAt(tokens, listener.end, start);
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
    while (after < end && tokens[after].kind === 'word' && skipped < 8 && !cues.has(tokens[after].lower) && tokens[after].lower !== 'that') {
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
      for (let k = cueEnd; k < Math.min(end, cueEnd + 6); k++) {
        if (tokens[k].kind === 'quote' && !claimed.has(k)) {
          attribution.partial.push(tokens[k].region!);
          claimed.add(k);
          break;
        }
        if (tokens[k].kind === 'punct') break;
      }
    }

    if (attribution.direct.length === 0 && attribution.partial.length === 0 && !attribution.content) {
      attribution.content = reportedContent(tokens, start, end, inverted ? i : speakerFirstToken, next, form, speaker, cues);
      if (!attribution.content && form.naming === false && !introducesQuoteLater(tokens, next, end)) {
        if (!(tokens[next]?.kind === 'punct' && tokens[next].text === ':')) continue;
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
  out.push(...sentenceAttributions);
}

// `some have described as "pro-Russia neutrality"`: the label belongs to its own, inner attribution.
function followsNamingCue(tokens: readonly Token[], k: number, start: number, cues: CueLexicon): boolean {
  for (let j = k - 1; j >= Math.max(start, k - 4); j--) {
    const token = tokens[j];
    if (token.kind !== 'word') return false;
    if (cues.get(token.lower)?.naming) return true;
  }
  return false;
}

const SMALL_WORDS = /^(of|the|a|an|and|in|to|is|on|for|at|with|or|by)$/i;

/** The words inside a quotation's marks. */
function innerText(quote: string): string {
  return quote.replace(/^["“„«‘'`]+|["”»’'`]+$/gu, '').trim();
}

/** A quoted title or name ("Face the Nation", "Lyin' Ted"): capitalised words, no sentence. */
export function isTitle(quote: string): boolean {
  const inner = innerText(quote);
  const words = inner.replace(/[.,!?]+$/, '').split(/\s+/).filter(Boolean);
  // One capitalised word with its punctuation ("Hopefully,") is speech cut short, not a title.
  if (words.length === 0 || words.length > 6 || (words.length === 1 && /[.,!?]$/.test(inner))) return false;
  return words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && SMALL_WORDS.test(word)));
}

/** A quoted fragment rather than a sentence: it starts in lower case ("has made dramatic changes"). */
function isFragment(quote: string): boolean {
  return /^[\p{Ll}]/u.test(innerText(quote));
}

function introducesQuoteLater(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 40); k++) if (tokens[k].kind === 'quote') return true;
  return false;
}

/** Index of the first token at or after a character offset (binary search: sentences can be huge). */
function tokenIndexAt(tokens: readonly Token[], offset: number, from: number): number {
  let low = from;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * For `X, the minister for Europe, said`: the index of the last token of X, or -1 when the
 * commas do not enclose an apposition or a relative clause.
 */
function appositionHead(tokens: readonly Token[], closingComma: number, start: number): number {
  const closer = tokens[closingComma];
  const dashes = isDash(closer);
  for (let k = closingComma - 1; k > start && closingComma - k < 40; k--) {
    const token = tokens[k];
    if (token.kind === 'quote' && k !== closingComma) return -1;
    if (dashes ? isDash(token) : token.kind === 'punct' && token.text === ',') {
      const opener = tokens[k + 1];
      let headIndex = k - 1;
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name is before the parenthesis.
      if (tokens[headIndex]?.kind === 'punct' && tokens[headIndex].text === ')') {
        let open = headIndex - 1;
        while (open > start && tokens[open].text !== '(' && headIndex - open < 10) open--;
        if (tokens[open]?.text === '(') headIndex = open - 1;
      }
      const head = tokens[headIndex];
      if (!head || head.kind !== 'word') return -1;
      const lower = opener.lower;
      // After a name anything without a quotation is taken as apposition ("Trump, speaking to veterans, said").
      const appositive = lower === 'the' || lower === 'a' || lower === 'an' || lower === 'who' || lower === 'whose' || lower === 'which'
        || /^\d+$/.test(lower) || isCapitalized(opener) || isCapitalized(head) || /^(former|chief|senior|deputy|then|now|also|himself|herself|both|an?)$/.test(lower);
      return appositive ? headIndex : -1;
    }
  }
  return -1;
}

/** The reported content of an indirect attribution, or null when the sentence holds none. */
function reportedContent(
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
function secondStatementAhead(tokens: readonly Token[], from: number, last: number, cueLexicon: CueLexicon): boolean {
  for (let k = from; k <= Math.min(last, from + 7); k++) {
    const token = tokens[k];
    if (token.kind !== 'word') return false;
    const form = cueLexicon.get(token.lower);
    if (form && k > from && form.speech && (form.form === 'past' || form.form === 'present') && !isCapitalized(token)) return true;
  }
  return false;
}

// After "…, sources said" only time, place or manner may follow before the full stop.
function trailingIsAdjunct(tokens: readonly Token[], from: number, to: number): boolean {
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

function hasWordWithin(tokens: readonly Token[], from: number, to: number, lower: string): boolean {
  for (let k = from; k <= to; k++) if (tokens[k].kind === 'word' && tokens[k].lower === lower) return true;
  return false;
}

// Content before the cue must say something: "During the rally Monday," is only a time.
function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
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
function looksLikeClause(tokens: readonly Token[], first: number, last: number): boolean {
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

/** A source that the phrase parser does not know ("early results of the exit poll"): the words up to the next comma. */
function sourceUpToComma(tokens: readonly Token[], first: number, end: number, paragraph: string): Mention | null {
  let last = first;
  while (last + 1 < end && last - first < 20 && tokens[last + 1].kind === 'word') last++;
  if (tokens[first]?.kind !== 'word' || last < first) return null;
  const text = paragraph.slice(tokens[first].start, tokens[last].end);
  const head = tokens[last].lower;
  return { start: tokens[first].start, end: tokens[last].end, text, kind: 'document', name: null, role: text, head, definite: /^the$/i.test(tokens[first].text), plural: false };
}

/** "According to X, …" and "…, according to X." */
function accordingTo(tokens: readonly Token[], i: number, start: number, end: number, sentence: number, paragraph: string): LocalAttribution | null {
  let speaker = phraseStartingAt(tokens, i + 2, end, paragraph);
  if (!speaker) speaker = sourceUpToComma(tokens, i + 2, end, paragraph);
  if (!speaker) return null;
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
  for (let k = start; k < i && leading <= 2; k++) if (tokens[k].kind !== 'punct') leading++;
  if (leading <= 2) {
    let first = speakerEnd;
    // "According to early results of exit polls conducted for the AP, …": the source runs to its comma.
    if (tokens[first]?.kind !== 'punct') {
      let comma = first;
      while (comma < Math.min(last, first + 25) && !isComma(tokens[comma]) && tokens[comma].kind !== 'quote') comma++;
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

const HEADLINE_CUES = /^(says|said|vows|warns|tells|shows|calls|slams|urges|blasts|claims|admits|reveals|accuses|denies|insists|argues|suggests|asks|praises|rips|hammers|defends|pledges|promises|predicts|speaks|explains|confirms|announces|demands|questions|wants|backs|endorses|rejects|dismisses|touts|knocks|mocks|hits|attacks)$/i;

/**
 * Title-case headlines attribute in their own way: "Sanders Vows To Eliminate Tax Breaks",
 * "Trump 'The Dealmaker' Could Address Clean Energy, Lindsey Graham Says".
 */
function headlineAttribution(tokens: readonly Token[], start: number, end: number, sentence: number, paragraph: string, out: LocalAttribution[]): void {
  let last = end - 1;
  while (last > start && tokens[last].kind === 'punct') last--;
  // "Sanders: Clinton Email Story Has Moved": a name and a colon give the speaker.
  const colon = tokens.findIndex((t, k) => k > start && k < start + 5 && k < last && t.kind === 'punct' && t.text === ':');
  if (colon !== -1) {
    const speaker = classify(tokens, start, colon, paragraph);
    if (speaker && (speaker.kind === 'name' || speaker.kind === 'organization' || speaker.kind === 'description')) {
      const content = { start: tokens[colon + 1].start, end: tokens[last].end };
      const contentRegions: number[] = [];
      for (let k = colon + 1; k <= last; k++) if (tokens[k].kind === 'quote') contentRegions.push(tokens[k].region!);
      out.push({ speaker, cue: { start: tokens[colon].start, end: tokens[colon].end }, cueLemma: ':', cueForm: null, listener: null, sentence, direct: [], content, contentRegions, partial: [] });
      return;
    }
  }
  for (let i = start + 1; i <= last; i++) {
    if (tokens[i].kind !== 'word' || !HEADLINE_CUES.test(tokens[i].text)) continue;
    // The speaker: the capitalised words just before the cue, back to a comma or colon.
    let first = i - 1;
    while (first - 1 >= start && tokens[first - 1].kind === 'word' && first > i - 5) first--;
    const speakerStart = first;
    const speaker = classify(tokens, speakerStart, i, paragraph);
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
    return;
  }
}

/** Person-like mentions in a sentence, outside quotes: candidates for pronouns and titles. */
function collectNames(
  tokens: readonly Token[], start: number, end: number, paragraph: string, out: NameMention[],
  speakers: ReadonlySet<number>, listeners: ReadonlySet<number>,
): void {
  let i = start;
  while (i < end) {
    const token = tokens[i];
    const atStart = i === start;
    if (token.kind === 'word' && isCapitalized(token) && !(atStart && /^(the|a|an|but|and|in|on|at|for|as|if|when|while|after|before|since|although|though|yes|no|so|this|that|it|he|she|they|we|i|last|next|by|with|from|to|of|or|meanwhile|however|still|also|then)$/.test(token.lower))) {
      let j = i;
      while (j + 1 < end && tokens[j + 1].kind === 'word' && (isCapitalized(tokens[j + 1]) || (tokens[j + 1].lower === 'of' && tokens[j + 2] && isCapitalized(tokens[j + 2])))) j++;
      // Include a title before the name ("The official", "the minister") by asking the phrase parser.
      const mention = phraseEndingAt(tokens, j, start, paragraph);
      if (mention && (mention.kind === 'name' || mention.kind === 'description' || mention.kind === 'organization')) {
        const nextToken = tokens[j + 1];
        const salient = speakers.has(mention.start) || atStart || tokenIndexAt(tokens, mention.start, start) === start
          || (nextToken?.kind === 'word' && !isCapitalized(nextToken) && (CUE_FILLERS.has(nextToken.lower) || /s$|ed$/.test(nextToken.lower)));
        out.push({ mention, salient, listener: listeners.has(mention.start) });
      }
      i = j + 1;
      continue;
    }
    if (token.kind === 'word' && (token.lower === 'the' || token.lower === 'a' || token.lower === 'an') && tokens[i + 1]?.kind === 'word') {
      // "The official", "the minister": descriptions that refer back to a named person.
      const mention = phraseStartingAt(tokens, i, end, paragraph);
      if (mention && !mention.generic && (mention.kind === 'description' || mention.kind === 'anonymous')) {
        out.push({ mention, salient: speakers.has(mention.start) || i === start, listener: listeners.has(mention.start) });
        i = tokenIndexAt(tokens, mention.end, i);
        continue;
      }
    }
    if (token.kind === 'word' && /^(officials|sources|aides|diplomats|investigators|analysts|experts|critics|lawmakers|residents|protesters)$/.test(token.lower) && (i === start || tokens[i - 1].kind !== 'word' || /^(and|but|that)$/.test(tokens[i - 1].lower))) {
      // "officials in the West … and they fear": bare plural sources that "they" may refer to.
      const mention = phraseStartingAt(tokens, i, end, paragraph);
      if (mention && mention.kind !== 'pronoun') {
        out.push({ mention, salient: true, listener: false });
        i = tokenIndexAt(tokens, mention.end, i);
        continue;
      }
    }
    if (token.kind === 'word' && /^(he|she)$/.test(token.lower)) {
      const mention = classify(tokens, i, i + 1, paragraph);
      if (mention) out.push({ mention, salient: true, listener: listeners.has(mention.start) });
    }
    i++;
  }
}
