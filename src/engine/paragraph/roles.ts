// A paragraph's role in the article: headline, subhead, byline, dateline, photo credit or body.
import type { Mention } from '../mentions';
import { classify } from '../mentions';
import type { QuoteRegion, Token } from '../segment';
import type { ParagraphAnalysis } from './model';

/** A byline ("By Jane Doe and John Roe") and a photo credit are at most this many words. */
const MAX_BYLINE_WORDS = 14;
const MAX_CREDIT_WORDS = 14;
/** A first paragraph this short that does not end like a sentence (or is title case) is the headline. */
const MAX_HEADLINE_WORDS = 30;
/** A later paragraph this short that does not end like a sentence is a subhead. */
const MAX_SUBHEAD_WORDS = 12;
/** A paragraph is in title case when more than this share of its longer words are capitalised. */
const TITLE_CASE_SHARE = 0.7;

export function paragraphRole(paragraph: string, tokens: readonly Token[], regions: readonly QuoteRegion[], isFirst: boolean): ParagraphAnalysis['role'] {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'quote').length;
  const trimmed = paragraph.trim();
  if (/^#{1,6}\s/.test(trimmed)) return isFirst ? 'headline' : 'subhead';
  if (/^by\s+\p{Lu}/iu.test(trimmed) && words <= MAX_BYLINE_WORDS && !/[.?!]["”]?$/.test(trimmed.replace(/\b(Jr|Sr)\.$/, ''))) return 'byline';
  if (/^[\p{Lu}][\p{Lu}\s.,'’-]+(\([\w\s]+\))?\s*[—–-]{1,2}\s*$/u.test(trimmed)) return 'dateline';
  if (isCreditLine(trimmed, words)) return 'credit';
  const endsLikeSentence = /[.?!:]["”’')\]]*$/.test(trimmed);
  const wholeQuote = regions.length === 1 && regions[0].start === 0 && regions[0].end >= trimmed.length - 1;
  if (isFirst && words <= MAX_HEADLINE_WORDS && (!endsLikeSentence || titleCase(tokens))) return 'headline';
  if (words <= MAX_SUBHEAD_WORDS && (!endsLikeSentence || wholeQuote) && !/^["“„«]/.test(trimmed)) return 'subhead';
  if (words <= MAX_SUBHEAD_WORDS && wholeQuote && regions[0].single) return 'subhead';
  return 'body';
}

export function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > TITLE_CASE_SHARE;
}

/** A photo credit line ("HANNA VOSS/Northshore Photo via Getty Images", "Photo: Reuters"). */
export function isCreditLine(trimmed: string, words?: number): boolean {
  if (!/(via Getty Images|\/AFP|\/Reuters|\/AP|\bPhoto:|\bCredit:|\bPHOTO:)/.test(trimmed)) return false;
  return (words ?? trimmed.split(/\s+/).length) <= MAX_CREDIT_WORDS;
}

/**
 * The one author a byline names ("By Charlotte Meehan, Associated Wire"), as a mention marked
 * `author`; null for several authors ("By A and B"), whose "I" could be either.
 */
export function bylineAuthor(tokens: readonly Token[], paragraph: string): Mention | null {
  const first = tokens.findIndex((token) => token.kind === 'word' && token.lower === 'by') + 1;
  if (first <= 0) return null;
  let end = first;
  while (end < tokens.length && tokens[end].kind === 'word' && /^\p{Lu}/u.test(tokens[end].text)) end++;
  if (end === first || (tokens[end]?.kind === 'word' && tokens[end].lower === 'and')) return null;
  const mention = classify(tokens, first, end, paragraph);
  return mention && mention.kind === 'name' ? { ...mention, author: true } : null;
}
