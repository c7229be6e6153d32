// A paragraph's role in the article: headline, subhead, byline, dateline, photo credit or body.
import type { QuoteRegion, Token } from '../segment';
import type { ParagraphAnalysis } from './model';

export function paragraphRole(paragraph: string, tokens: readonly Token[], regions: readonly QuoteRegion[], isFirst: boolean): ParagraphAnalysis['role'] {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'quote').length;
  const trimmed = paragraph.trim();
  if (/^#{1,6}\s/.test(trimmed)) return isFirst ? 'headline' : 'subhead';
  if (/^by\s+\p{Lu}/iu.test(trimmed) && words <= 14 && !/[.?!]["”]?$/.test(trimmed.replace(/\b(Jr|Sr)\.$/, ''))) return 'byline';
  if (/^[\p{Lu}][\p{Lu}\s.,'’-]+(\([\w\s]+\))?\s*[—–-]{1,2}\s*$/u.test(trimmed)) return 'dateline';
  if (words <= 14 && /(via Getty Images|\/AFP|\/Reuters|\/AP|\bPhoto:|\bCredit:|\bPHOTO:)/.test(trimmed)) return 'credit';
  const endsLikeSentence = /[.?!:]["”’')\]]*$/.test(trimmed);
  const wholeQuote = regions.length === 1 && regions[0].start === 0 && regions[0].end >= trimmed.length - 1;
  if (isFirst && words <= 30 && (!endsLikeSentence || titleCase(tokens))) return 'headline';
  if (words <= 12 && (!endsLikeSentence || wholeQuote) && !/^["“„«]/.test(trimmed)) return 'subhead';
  if (words <= 12 && wholeQuote && regions[0].single) return 'subhead';
  return 'body';
}

export function titleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.length > 0 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.7;
}
