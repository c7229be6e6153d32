/**
 * The attribution engine's public data model. Everything here is plain JSON-serialisable data.
 * Offsets are UTF-16 code-unit indices into the analysed text, end exclusive, so that an editor's
 * `positionAt(offset)` maps them directly.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

export type ActorKind = 'person' | 'organization' | 'group' | 'anonymous' | 'vague' | 'document';

export interface Speaker {
  actorId: string;
  name: string;
  /** The words in the text that name the speaker for this quote; null when the speaker is carried over. */
  mention: Span | null;
  /** For a carried-over speaker: the mention it was carried from (the attribution of an earlier quote). */
  carriedFrom?: Span;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  start: number;
  end: number;
  /** The quoted words; for direct and partial quotes this includes the quotation marks. */
  text: string;
  speaker: Speaker | null;
  cue: Span | null;
  /** Index into `Analysis.paragraphs` of the paragraph the quote starts in. */
  paragraph: number;
  /**
   * For the second piece of a statement split by its attribution ("Until then, she said, crews
   * would…"): the id of the first piece. The pieces are one statement, kept apart as the corpus
   * annotates them.
   */
  continues?: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names used for this actor: surnames, titles, descriptions ("the official"). */
  aliases: string[];
  /** Every place in the text that refers to the actor (names, titles and pronouns). */
  mentions: Span[];
  quoteIds: string[];
  /** Role or description from the text ("the minister for Europe") or from configuration. */
  role?: string;
  gender?: 'female' | 'male' | 'nonbinary' | 'unknown';
  affiliation?: string;
}

export type DiagnosticCode =
  | 'unattributed-quote'
  | 'vague-attribution'
  | 'anonymous-source'
  | 'loaded-verb'
  | 'unbalanced-quote'
  | 'ambiguous-speaker'
  | 'unsourced-claim'
  | 'misquote'
  | 'quote-variant'
  | 'quote-not-found';

export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = [
  'unattributed-quote',
  'vague-attribution',
  'anonymous-source',
  'loaded-verb',
  'unbalanced-quote',
  'ambiguous-speaker',
  'unsourced-claim',
  'misquote',
  'quote-variant',
  'quote-not-found',
];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Suggestion {
  /** What the fix does, in words a writer understands ("Add ', Truss said.'"). */
  title: string;
  /** The replacement: `text` goes in place of [start, end). Insertions have start === end. */
  start: number;
  end: number;
  text: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: Suggestion;
  /** The quote this finding is about, when there is one. */
  quoteId?: string;
  /** The people the finding names: the likely speaker of an unattributed quote, the candidates for an ambiguous pronoun. */
  candidates?: string[];
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Structural role guessed from layout: a headline or subhead has no final punctuation. */
  role: 'headline' | 'subhead' | 'dateline' | 'byline' | 'credit' | 'body';
  sentences: Sentence[];
}

export interface Analysis {
  /** Length of the analysed text, so hosts can check that offsets belong to the text they hold. */
  length: number;
  paragraphs: Paragraph[];
  quotes: Quote[];
  actors: Actor[];
  diagnostics: Diagnostic[];
  /**
   * Set only when the engine itself failed on this text (a bug in Newsdesk, never the article's
   * fault); the rest of the analysis is then empty. Hosts must show it: the CLI exits 2 with the
   * message, the editor logs it and tells the user, so an empty result is never taken for a clean one.
   */
  internalError?: InternalError;
}

/** What went wrong inside the engine, for a message and a bug report. */
export interface InternalError {
  message: string;
  /** The stack trace, where the runtime gave one. */
  stack?: string;
}

/** A person the newsroom already knows about, from `.newsdesk.json`. */
export interface KnownPerson {
  name: string;
  aliases?: string[];
  /** Descriptions that refer to this person ("the foreign secretary"). */
  descriptions?: string[];
  kind?: ActorKind;
  gender?: 'female' | 'male' | 'nonbinary' | 'unknown';
  affiliation?: string;
}

export type SeveritySetting = Severity | 'off';

export interface NewsdeskConfig {
  people: KnownPerson[];
  /** Extra attribution verbs, in any form ("quip" or "quipped"). */
  cueVerbs: string[];
  /** Extra vague-sourcing phrases, matched as phrases (never as regular expressions). */
  vaguePhrases: string[];
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /**
   * Transcripts of the articles' sources, by article path, folder or glob (relative to the
   * configuration file): each entry a path, or `Speaker: path`. Read by the transcript check only.
   */
  transcripts?: Record<string, string[]>;
}

export interface AnalyzeOptions {
  config?: Partial<NewsdeskConfig>;
  /**
   * Ids of paragraph rules to switch off (see `ruleIds()`), to measure what one rule is worth;
   * `newsdesk eval --without` sets it. Unknown ids are ignored here (the CLI rejects them).
   */
  withoutRules?: readonly string[];
}
