// Public entry point of the attribution engine. No editor imports: the CLI and the extension are
// two thin hosts over `analyze` and `IncrementalAnalyzer`.
import { CueLexicon } from './cues';
import { NEVER_PAUSE, assembleInSteps, reassembleInSteps, runToEnd } from './document';
import type { AssemblyState, PlacedParagraph, ShouldPause } from './document';
export type { ShouldPause } from './document';
import { VAGUE_PHRASES } from './lexicon';
import type { ParagraphAnalysis, ParagraphContext } from './paragraph';
import { analyzeParagraph, isCreditLine } from './paragraph';
export { paragraphRuleIds as ruleIds } from './paragraph';
import { boundaryRulesWithout } from './paragraph/boundary-rules';
import { firstIndex } from './paragraph/tokens';
import { splitParagraphs } from './segment';
import type { TextRange } from './segment';
import type { Analysis, AnalyzeOptions, InternalError, NewsdeskConfig } from './types';

export * from './types';
export { DEFAULT_SEVERITY } from './diagnostics';
export * from './report';

/**
 * Analyses a whole article. Never throws; all offsets are in range. Should the engine itself fail,
 * the analysis is empty and says why in `internalError`.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new IncrementalAnalyzer(options).analyze(text);
}

/** Paragraph contexts (cue lexicon, vague phrases) by the configuration's word lists; read-only once built. */
const CONTEXTS = new Map<string, ParagraphContext>();

/** A paragraph's cache key: its text, marked when it is the first (a headline is analysed apart). */
function cacheKey(paragraphText: string, index: number, caption = false): string {
  return (index === 0 ? '\u0001' : '') + (caption ? '\u0002' : '') + paragraphText;
}

/** A line right above a photo credit line (no blank line between) is the photo's caption. */
function isCaption(text: string, ranges: readonly TextRange[], index: number): boolean {
  const next = ranges[index + 1];
  if (!next) return false;
  const lineBreaks = text.slice(ranges[index].end, next.start).split('\n').length - 1;
  if (lineBreaks !== 1) return false;
  return isCreditLine(text.slice(next.start, next.end)) && !isCreditLine(text.slice(ranges[index].start, ranges[index].end));
}

/**
 * The article's paragraphs: a line holding only a comment (`<!-- newsdesk-ignore … -->`) is
 * invisible, so it neither becomes the headline nor ends a quotation that runs over paragraphs.
 */
function articleParagraphs(text: string, startsArticle = true): TextRange[] {
  const ranges = splitParagraphs(text, startsArticle);
  if (text.indexOf('<!--') === -1) return ranges;
  return ranges.filter((range) => !/^<!--[\s\S]*?-->$/.test(text.slice(range.start, range.end)));
}

/** A placed paragraph with its cache key, so an unchanged paragraph is carried over without slicing. */
interface KeyedParagraph extends PlacedParagraph {
  key: string;
}

/**
 * Length of the common start of two strings, found by halving: each step compares one block with
 * `===` (a memory compare), so a 300,000-character article costs microseconds, not a character loop.
 */
function commonPrefixLength(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (high - low > 32) {
    const middle = (low + high) >>> 1;
    if (a.slice(low, middle) === b.slice(low, middle)) low = middle;
    else high = middle;
  }
  while (low < high && a.charCodeAt(low) === b.charCodeAt(low)) low++;
  return low;
}

function commonSuffixLength(a: string, b: string, prefix: number): number {
  let low = 0;
  let high = Math.min(a.length, b.length) - prefix;
  while (high - low > 32) {
    const middle = (low + high) >>> 1;
    if (a.slice(a.length - middle, a.length - low) === b.slice(b.length - middle, b.length - low)) low = middle;
    else high = middle;
  }
  while (low < high && a.charCodeAt(a.length - 1 - low) === b.charCodeAt(b.length - 1 - low)) low++;
  return low;
}

function describeInternalError(error: unknown): InternalError {
  if (error instanceof Error) return { message: error.message || error.name, stack: error.stack };
  return { message: String(error) };
}

export function completeConfig(config: Partial<NewsdeskConfig> = {}): NewsdeskConfig {
  return {
    people: config.people ?? [],
    cueVerbs: config.cueVerbs ?? [],
    vaguePhrases: config.vaguePhrases ?? [],
    severity: config.severity ?? {},
  };
}

/** Paragraphs shorter than this tell too little about the speed (start-up costs dominate). */
const MEASURED_PARAGRAPH_LENGTH = 500;

/**
 * Keeps per-paragraph results between calls, so that re-analysing after a small edit only redoes
 * the paragraphs that changed. The document-level pass (speakers across paragraphs, actors) is
 * done again only around them when they mention the same people as before (see `reassembleInSteps`), and
 * in full otherwise; the analysis and its findings are then built from it in one linear pass.
 * One instance per document and configuration.
 */
export class IncrementalAnalyzer {
  private readonly config: NewsdeskConfig;
  private context: ParagraphContext | null = null;
  /** Paragraph analyses by paragraph text (and whether it is the first paragraph). */
  private cache = new Map<string, ParagraphAnalysis>();
  /** The last text analysed and its paragraphs, to split only around the next edit. */
  private previous: { text: string; placed: KeyedParagraph[] } | null = null;
  /** The text `prepare` is working through: its paragraphs, split once, and the next one to analyse. */
  private prepared: { text: string; ranges: Array<TextRange & Partial<KeyedParagraph>>; next: number } | null = null;
  /** The last assembly, to assemble again only around the next edit. */
  private assembly: AssemblyState | null = null;
  /**
   * How the last analysis was assembled (for tests): in full; only around the edit, with the
   * registry's recorded answers; or read again from before the edit to the end.
   */
  lastAssembly: 'full' | 'partial' | 'resumed' | null = null;

  /**
   * How long a paragraph takes per character, as measured on the last long ones (a running mean; the
   * first guess is this project's 2-core machine): `prepare` starts a paragraph only when it should
   * end inside the slice.
   */
  private msPerCharacter = 0.002;

  /** Rule ids switched off (`AnalyzeOptions.withoutRules`). */
  private readonly withoutRules: readonly string[];

  constructor(options: AnalyzeOptions = {}) {
    this.config = completeConfig(options.config);
    this.withoutRules = options.withoutRules ?? [];
  }

  analyze(text: string): Analysis {
    return runToEnd(this.analyzeInSteps(text, NEVER_PAUSE));
  }

  /**
   * The analysis `analyze` gives, as steps a host runs one time slice at a time: the generator
   * pauses between paragraphs of the assembly whenever `shouldPause` says so, and returns the
   * analysis. Until it has returned, the analyzer must not be asked anything else; a generator
   * dropped half-way leaves it sound (the next analysis assembles in full).
   */
  *analyzeInSteps(text: string, shouldPause: ShouldPause): Generator<void, Analysis, void> {
    const source = typeof text === 'string' ? text : String(text ?? '');
    try {
      return yield* this.run(source, shouldPause);
    } catch (error) {
      // A bug must never take the editor or a CI run down with it, nor pass for a clean article:
      // the analysis is empty and carries the error for the host to show.
      this.assembly = null;
      this.prepared = null;
      return { length: source.length, paragraphs: [], quotes: [], actors: [], diagnostics: [], internalError: describeInternalError(error) };
    }
  }

  /**
   * Analyses paragraphs not yet cached, for at most `budgetMs`, and says whether all are done.
   * A host calls it repeatedly between other work, so that a long article never blocks it for
   * long; `analyze` afterwards only assembles the cached paragraphs.
   */
  prepare(text: string, budgetMs: number): boolean {
    try {
      const context = this.ensureContext();
      const deadline = performance.now() + budgetMs;
      // The text is split once (around the last edit only, as `analyze` does), and each call goes on
      // where the last one stopped: a long article is not split and looked up again in every slice.
      const split = this.prepared?.text !== text;
      if (split) this.prepared = { text, ranges: this.placeParagraphs(text), next: 0 };
      const prepared = this.prepared!;
      const ranges = prepared.ranges;
      // Every call makes progress: the split, or at least one paragraph, however little time is left.
      let progressed = split;
      for (; prepared.next < ranges.length; prepared.next++) {
        const range = ranges[prepared.next];
        if (range.analysis) continue; // kept from the last analysis
        // A piece that would run well past the slice waits for the next one.
        const paragraph = this.paragraphAt(text, ranges, prepared.next, context, (length) => !progressed || performance.now() + length * this.msPerCharacter <= deadline);
        if (!paragraph) return false;
        progressed ||= paragraph.analysed;
        // A range of this text's own (never one kept from the last): `analyze` takes it as it is.
        range.key = paragraph.key;
        range.analysis = paragraph.analysis;
      }
      return true;
    } catch {
      // Done as far as preparing goes: `analyze`, which follows, meets the same failure and reports it.
      return true;
    }
  }

  /**
   * The analysis of the paragraph at `index`: from the cache, or made now when `mayAnalyse` agrees
   * for a paragraph of its length (null when it does not). Long ones teach `msPerCharacter`.
   */
  private paragraphAt(text: string, ranges: readonly TextRange[], index: number, context: ParagraphContext, mayAnalyse: (length: number) => boolean = () => true): { key: string; analysis: ParagraphAnalysis; analysed: boolean } | null {
    const range = ranges[index];
    const paragraphText = text.slice(range.start, range.end);
    const caption = isCaption(text, ranges, index);
    const key = cacheKey(paragraphText, index, caption);
    const cached = this.cache.get(key);
    if (cached) return { key, analysis: cached, analysed: false };
    if (!mayAnalyse(paragraphText.length)) return null;
    const started = performance.now();
    const analysis = analyzeParagraph(paragraphText, context, index === 0, caption);
    this.cache.set(key, analysis);
    if (paragraphText.length >= MEASURED_PARAGRAPH_LENGTH) this.msPerCharacter = (this.msPerCharacter + (performance.now() - started) / paragraphText.length) / 2;
    return { key, analysis, analysed: true };
  }

  private *run(text: string, shouldPause: ShouldPause): Generator<void, Analysis, void> {
    const context = this.ensureContext();
    // The paragraphs `prepare` split, when it prepared this very text.
    const ranges = this.prepared?.text === text ? this.prepared.ranges : this.placeParagraphs(text);
    this.prepared = null;
    const placed: KeyedParagraph[] = ranges.map((range, index) => {
      // A paragraph kept from the last run (same text, maybe moved) needs no slicing or lookup.
      if (range.key !== undefined && range.analysis) return range as KeyedParagraph;
      const { key, analysis } = this.paragraphAt(text, ranges, index, context)!;
      return { start: range.start, end: range.end, analysis, key };
    });
    // Drop paragraphs the text no longer has, now and then, so the cache never outgrows the document.
    if (this.cache.size > 2 * placed.length + 64) {
      const next = new Map<string, ParagraphAnalysis>();
      for (const paragraph of placed) next.set(paragraph.key, paragraph.analysis);
      this.cache = next;
    }
    this.previous = { text, placed };
    const old = this.assembly;
    this.assembly = null; // until this assembly is complete
    if (shouldPause()) yield;
    const assembly = old ? yield* reassembleInSteps(text, placed, this.config, old, shouldPause) : yield* assembleInSteps(text, placed, this.config, shouldPause);
    this.lastAssembly = !old ? 'full' : assembly.partial ? 'partial' : 'resumed';
    this.assembly = assembly.state;
    return assembly.analysis;
  }

  /**
   * Paragraph ranges of the text. After a small edit only the lines around the change are split
   * again; the paragraphs before it are kept as they were and those after it shifted.
   */
  private placeParagraphs(text: string): Array<TextRange & Partial<KeyedParagraph>> {
    const previous = this.previous;
    if (!previous || previous.placed.length < 16) return articleParagraphs(text);
    const old = previous.text;
    const prefix = commonPrefixLength(old, text);
    const suffix = commonSuffixLength(old, text, prefix);
    const changeEnd = old.length - suffix; // the change replaced old[prefix, changeEnd)
    const delta = text.length - old.length;
    const ranges = previous.placed;
    // Keep a paragraph of margin on each side: a soft-wrapped line can join its neighbour.
    // The last paragraph ending well before the change, and the first starting well after it.
    let before = firstIndex(ranges, (range) => range.end + 2 >= prefix) - 1;
    before -= 1;
    let after = firstIndex(ranges, (range) => range.start > changeEnd + 2);
    after += 1;
    if (before < 0 || after >= ranges.length || after <= before + 1) return articleParagraphs(text);
    const from = text.indexOf('\n', ranges[before].end) + 1;
    const afterStart = ranges[after].start + delta;
    const to = text.lastIndexOf('\n', afterStart - 1);
    if (from <= 0 || to < from) return articleParagraphs(text);
    // A long paragraph is analysed in pieces (see splitParagraphs): never keep only part of its line.
    if (ranges[before + 1].start < from || ranges[after - 1].end + delta > to) return articleParagraphs(text);
    const middle = articleParagraphs(text.slice(from, to), false).map((r) => ({ start: r.start + from, end: r.end + from }));
    const result: Array<TextRange & Partial<KeyedParagraph>> = ranges.slice(0, before + 1);
    for (const range of middle) result.push(range);
    for (let index = after; index < ranges.length; index++) {
      const kept = ranges[index];
      result.push({ start: kept.start + delta, end: kept.end + delta, analysis: kept.analysis, key: kept.key });
    }
    return result;
  }

  private ensureContext(): ParagraphContext {
    if (!this.context) {
      // The lexicon is built once per list of cue verbs, vague phrases and switched-off rules, not once per article.
      const key = `${[...this.config.cueVerbs].join('\n')}\u0000${[...this.config.vaguePhrases].join('\n')}\u0000${this.withoutRules.join(',')}`;
      let context = CONTEXTS.get(key);
      if (!context) {
        const phrases = [...VAGUE_PHRASES, ...this.config.vaguePhrases]
          .map((phrase) => phrase.trim().toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean))
          .filter((words) => words.length > 0);
        const without = new Set(this.withoutRules);
        context = { cues: new CueLexicon(this.config.cueVerbs), vaguePhrases: phrases, without, boundaryRules: boundaryRulesWithout(without) };
        if (CONTEXTS.size >= 16) CONTEXTS.clear();
        CONTEXTS.set(key, context);
      }
      this.context = context;
    }
    return this.context;
  }
}
