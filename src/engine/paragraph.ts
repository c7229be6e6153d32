// Everything that can be learnt from one paragraph on its own: its quotations, sentences, the
// attributions (speaker, cue, listener, content) and the names it mentions. Offsets here are
// relative to the paragraph, so the result is cached by paragraph text and reused after edits.
// This file only coordinates; each job lives in its own file under ./paragraph/.
import { scanQuotes, splitSentences, tokenize } from './segment';
import { ATTRIBUTION_PATTERNS, HEADLINE_PATTERNS, findAttributions, findNested, headlineAttribution } from './paragraph/attributions';
import { CONTENT_BOUNDARY_RULES } from './paragraph/boundary-rules';
import type { Mention } from './mentions';
import { ownPronounGender } from './salience';
import { findClaims } from './paragraph/claims';
import type { LocalAttribution, NameMention, ParagraphAnalysis, ParagraphContext, UnsourcedAttribution } from './paragraph/model';
import { collectNames } from './paragraph/names';
import { ANONYMITY_REASON_PATTERN, findPhrases } from './paragraph/phrases';
import { SPEAKER_LABEL, isStandalone, isTitle } from './paragraph/quotes';
import { bylineAuthor, paragraphRole } from './paragraph/roles';
export { isCreditLine } from './paragraph/roles';
import { sentenceAt, tokenIndexAt } from './paragraph/tokens';
import { UNSOURCED_PATTERNS, findUnsourced } from './paragraph/unsourced';
import { CUE_RULES } from './paragraph/cue-rules';

export type { Content, LocalAttribution, NameMention, ParagraphAnalysis, ParagraphContext, UnsourcedAttribution } from './paragraph/model';

/** Names are looked for in the first this many tokens of a sentence, so a run-on "sentence" costs no more. */
const MAX_NAME_SEARCH_TOKENS = 5000;

/**
 * Ids of the rules that `AnalyzeOptions.withoutRules` can switch off: attribution patterns (body,
 * headline, unsourced), the rules at a cue, and content boundaries, each table in the order it applies.
 */
export function paragraphRuleIds(): string[] {
  return [...ATTRIBUTION_PATTERNS, ...HEADLINE_PATTERNS, ...UNSOURCED_PATTERNS, ...CUE_RULES, ...CONTENT_BOUNDARY_RULES].map((rule) => rule.id);
}

/** A "paragraph" naming more people than this is a run-on text, not prose: later pronouns need none of them. */
const MAX_NAMES_PER_PARAGRAPH = 500;

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
    if (role === 'headline') headlineAttribution(tokens, range.start, range.end, index, paragraph, context, attributions);
    else if (analysed) {
      const before = attributions.length;
      findAttributions(tokens, range.start, range.end, index, paragraph, context, attributions);
      findUnsourced(tokens, range.start, range.end, attributions.slice(before), context.without, unsourced);
    }
  });
  // "By Charlotte Meehan": the author, whom a column's "I" means.
  if (role === 'byline') {
    const author = bylineAuthor(tokens, paragraph);
    if (author) names.push({ mention: author, salient: false, listener: false });
  }
  if (analysed && role !== 'headline') {
    const speakers = new Set(attributions.map((a) => a.speaker.start));
    const listeners = new Set(attributions.flatMap((a) => (a.listener ? [a.listener.start] : [])));
    const contents = attributions.flatMap((a) => (a.content ? [a.content] : []));
    for (const range of sentenceTokens) {
      if (names.length > MAX_NAMES_PER_PARAGRAPH) break;
      collectNames(tokens, range.start, Math.min(range.end, range.start + MAX_NAME_SEARCH_TOKENS), paragraph, names, speakers, listeners, contents);
    }
  }
  names.sort((a, b) => a.mention.start - b.mention.start);
  // "Limbaugh told his radio audience": the text's own pronoun is the best evidence of a gender.
  // The verb may come after a clause ("Robin Hale, who runs the shelter, said her budget…"): a speaker's is its cue.
  const withOwnGender = (mention: Mention, verb = tokenIndexAt(tokens, mention.end, 0)): Mention => {
    if (mention.kind !== 'name' || mention.gender) return mention;
    const gender = ownPronounGender(tokens, verb);
    return gender ? { ...mention, gender } : mention;
  };
  for (const name of names) name.mention = withOwnGender(name.mention);
  for (const attribution of attributions) {
    if (attribution.speaker.end <= attribution.cue.start) attribution.speaker = withOwnGender(attribution.speaker, tokenIndexAt(tokens, attribution.cue.start, 0));
  }

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

