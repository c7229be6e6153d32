// Puts the per-paragraph results together: quotations that run over several paragraphs, speakers
// carried from one quote to the next, actors across the article, and the findings.
// This file only gathers the parts; each job lives in its own file under ./document/:
// assembly (reading the paragraphs in order), incremental (assembling again around an edit) and
// projection (the public `Analysis`), with the data they share in model.ts and the quotation
// regions across paragraph breaks in regions.ts.
export { assembleInSteps } from './document/assembly';
export { NEVER_PAUSE, runToEnd } from './document/steps';
export type { ShouldPause } from './document/steps';
export { unclosedRegion } from './document/regions';
export { reassembleInSteps } from './document/incremental';
export type { Assembly, AssemblyState, DraftQuote, PlacedAttribution, PlacedParagraph, PronounProblem } from './document/model';
