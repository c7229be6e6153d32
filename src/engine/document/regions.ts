// Quotation regions across paragraph breaks: whether a paragraph carries on the quotation the one
// before left open, and whether a region is never closed. Shared by the assembly and the findings
// (diagnostics.ts), so it imports nothing but the data types: no import cycle through ../document.
import type { PlacedParagraph } from './model';

/** Region 0 of paragraph p carries on the quotation left open at the end of paragraph p - 1. */
export function continues(paragraphs: readonly PlacedParagraph[], p: number): boolean {
  if (p <= 0 || p >= paragraphs.length) return false;
  const regions = paragraphs[p - 1].analysis.regions;
  const last = regions[regions.length - 1];
  if (!last || last.closeMark !== null || last.single) return false;
  const next = paragraphs[p].analysis;
  const first = next.regions[0];
  return first !== undefined && first.start === 0 && !first.single && next.role === 'body' && !next.opensWithSpeakerLabel;
}

/** Quote region r of paragraph p is never closed (and, when it ends the paragraph, not continued in the next). */
export function unclosedRegion(paragraphs: readonly PlacedParagraph[], p: number, r: number): boolean {
  const regions = paragraphs[p].analysis.regions;
  const region = regions[r];
  if (region.closeMark !== null || region.single) return false;
  return r < regions.length - 1 || !continues(paragraphs, p + 1);
}
