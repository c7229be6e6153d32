// Unsourced claims: figures and forecasts stated as fact with no attribution nearby.
import { reportingVerb } from '../lexicon/verbs';
import type { QuoteRegion, TextRange } from '../segment';
import type { LocalAttribution } from './model';

export const FIGURE = /[$£€]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\b\d[\d,.]*\s(?:million|billion|trillion)\b|\b\d{1,3}(?:,\d{3})+\b/i;
export const HEDGES = /\b(may|might|could|estimated|estimate|reportedly|allegedly|according|said|says|say|told|reported|shows?|showed|found|predicts?|projected|forecasts?|poll|survey|data|figures)\b/i;
export const CLAIM_WORDS = /\b(will|would|is|are|was|were|has|have|had|cost|costs|costing|lose|lost|losing|rise|rose|fall|fell|grow|grew|total|totals|reach|reached)\b/i;

/** Figures and forecasts stated as fact in sentences with no attribution in them or just before. */
export function findClaims(paragraph: string, regions: readonly QuoteRegion[], sentences: readonly TextRange[], attributions: readonly LocalAttribution[]): TextRange[] {
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
    // What someone said or thought covers the next sentence too; a stance ("The council approved
    // a fee.") sources no figure that follows it.
    if (reportingVerb(attribution.cueForm?.lemma ?? '')?.class !== 'stance') sourced.add(attribution.sentence + 1);
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
