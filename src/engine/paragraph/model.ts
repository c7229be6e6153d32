// What one paragraph's analysis holds: attributions, names, findings, with paragraph-relative offsets.
import type { CueForm, CueLexicon } from '../cues';
import type { BoundaryRule } from './boundary-rules';
import type { Mention } from '../mentions';
import type { QuoteRegion, StrayMark, TextRange } from '../segment';
import type { Paragraph } from '../types';

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

export interface ParagraphContext {
  cues: CueLexicon;
  /** Vague-sourcing phrases, lower case, split into words. */
  vaguePhrases: string[][];
  /** Rule ids switched off, to measure what a rule is worth (`newsdesk eval --without`); empty otherwise. */
  without: ReadonlySet<string>;
  /** The content boundary rules in force, in order. */
  boundaryRules: readonly BoundaryRule[];
}
