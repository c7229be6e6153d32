// The document's assembly as data: paragraphs placed at their offsets, quotations while they are
// put together, and what one assembly leaves behind for the next (see ./incremental.ts).
import type { ActorDraft, ActorRegistry, RegistryCall } from '../actors';
import type { LocalAttribution, ParagraphAnalysis } from '../paragraph';
import type { Analysis, Quote, QuoteKind, Span } from '../types';

/** A paragraph's cached analysis placed at its offset in the document. */
export interface PlacedParagraph {
  start: number;
  end: number;
  analysis: ParagraphAnalysis;
}

/** A quotation while the document is assembled: offsets absolute, speaker as an actor draft. */
export interface DraftQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  paragraph: number;
  /** The region indices [paragraph, region] that make up the quote (several for a multi-paragraph quote). */
  regions: Array<[number, number]>;
  attribution: LocalAttribution | null;
  actor: ActorDraft | null;
  mention: Span | null;
  carriedFrom: Span | null;
  cue: Span | null;
  /** The quotation's closing mark is missing (and no next paragraph continues it). */
  unclosed: boolean;
  /** The likely speaker of an unattributed quote, for the fix. */
  likely?: ActorDraft | null;
  /** The first piece of the statement this draft is the second piece of ("X, he said, Y"). */
  continues?: DraftQuote;
  /** The quote last reported for this draft, and its index then (drafts before an edit are kept from one assembly to the next). */
  reported: Quote | null;
  reportedIndex: number;
}

/** A pronoun speaker that could be two people, or nobody: for the `ambiguous-speaker` finding. */
export interface PronounProblem {
  mention: Span;
  rivals: ActorDraft[];
  unresolved: boolean;
  chosen: ActorDraft | null;
  quoteStart: number;
}

/** An attribution placed in the document, with the actor it resolved to. */
export interface PlacedAttribution {
  attribution: LocalAttribution;
  paragraph: number;
  actor: ActorDraft | null;
}

/** A registry call as the paragraph plans it, with the attribution whose speaker it resolves. */
export interface PlannedCall extends RegistryCall {
  attribution: LocalAttribution | null;
}

/** What one paragraph did in an assembly, so that a later assembly can start or stop there. */
export interface ParagraphRecord {
  /** Its registry calls, with their answers. */
  calls: PlannedCall[];
  /** The registry's most recently named person after those calls. */
  latest: ActorDraft | null;
  /** A direct quotation was running when the paragraph began (it may be continued or carried on). */
  open: boolean;
  /** The registry's journal before the paragraph's calls, to read the article again from here. */
  mark: number;
  /** Where the paragraph's quotes, placed attributions and pronoun problems begin in the assembly's lists. */
  quoteStart: number;
  attributionStart: number;
  problemStart: number;
}

/**
 * Everything an assembly leaves behind for the next one: the registry after the last paragraph
 * (with the journal that takes it back to any paragraph), and per paragraph what it did and made.
 * Actors keep no offsets (their mentions are calls: a paragraph index and a paragraph-relative
 * mention), so they stay valid when paragraphs move.
 */
export interface AssemblyState {
  length: number;
  paragraphs: PlacedParagraph[];
  registry: ActorRegistry;
  records: ParagraphRecord[];
  /** Quotes in the order they were made (the analysis has them sorted by start). */
  quotes: DraftQuote[];
  attributions: PlacedAttribution[];
  pronounProblems: PronounProblem[];
}

export interface Assembly {
  analysis: Analysis;
  state: AssemblyState;
  /** Only the paragraphs around the change were assembled again, from the registry's recorded answers. */
  partial?: boolean;
}
