// Public entry point of the attribution engine. No editor imports: the CLI and the extension are
// two thin hosts over `analyze` and `IncrementalAnalyzer`.
import { CueLexicon } from './cues';
import { assemble } from './document';
import type { PlacedParagraph } from './document';
import { VAGUE_PHRASES } from './lexicon';
import type { ParagraphAnalysis, ParagraphContext } from './paragraph';
import { analyzeParagraph } from './paragraph';
import { splitParagraphs } from './segment';
import type { Analysis, AnalyzeOptions, NewsdeskConfig } from './types';

export * from './types';
export { DEFAULT_SEVERITY } from './diagnostics';

/** Analyses a whole article. Never throws; all offsets are in range. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new IncrementalAnalyzer(options).analyze(text);
}

export function completeConfig(config: Partial<NewsdeskConfig> = {}): NewsdeskConfig {
  return {
    people: config.people ?? [],
    cueVerbs: config.cueVerbs ?? [],
    vaguePhrases: config.vaguePhrases ?? [],
    severity: config.severity ?? {},
  };
}

/**
 * Keeps per-paragraph results between calls, so that re-analysing after a small edit only redoes
 * the paragraphs that changed; the document-level pass (speakers across paragraphs, actors,
 * findings) is linear in the number of quotes. One instance per document and configuration.
 */
export class IncrementalAnalyzer {
  private readonly config: NewsdeskConfig;
  private context: ParagraphContext | null = null;
  /** Paragraph analyses by paragraph text (and whether it is the first paragraph). */
  private cache = new Map<string, ParagraphAnalysis>();

  constructor(options: AnalyzeOptions = {}) {
    this.config = completeConfig(options.config);
  }

  analyze(text: string): Analysis {
    const source = typeof text === 'string' ? text : String(text ?? '');
    try {
      return this.run(source);
    } catch (error) {
      // A bug must never take the editor or a CI run down with it: report nothing rather than crash.
      if (process.env.NEWSDESK_DEBUG) console.error(error);
      return { length: source.length, paragraphs: [], quotes: [], actors: [], diagnostics: [] };
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
      const ranges = splitParagraphs(text);
      for (let index = 0; index < ranges.length; index++) {
        const range = ranges[index];
        const paragraphText = text.slice(range.start, range.end);
        const key = index === 0 ? '\u0001' + paragraphText : paragraphText;
        if (this.cache.has(key)) continue;
        if (performance.now() > deadline) return false;
        this.cache.set(key, analyzeParagraph(paragraphText, context, index === 0));
      }
      return true;
    } catch (error) {
      if (process.env.NEWSDESK_DEBUG) console.error(error);
      return true;
    }
  }

  private run(text: string): Analysis {
    const context = this.ensureContext();
    const next = new Map<string, ParagraphAnalysis>();
    const placed: PlacedParagraph[] = splitParagraphs(text).map((range, index) => {
      const paragraphText = text.slice(range.start, range.end);
      const key = index === 0 ? '\u0001' + paragraphText : paragraphText;
      let analysis = next.get(key) ?? this.cache.get(key);
      if (!analysis) analysis = analyzeParagraph(paragraphText, context, index === 0);
      next.set(key, analysis);
      return { start: range.start, end: range.end, analysis };
    });
    // Keep only what this text uses, so the cache never outgrows the document.
    this.cache = next;
    return assemble(text, placed, this.config, context.cues);
  }

  private ensureContext(): ParagraphContext {
    if (!this.context) {
      const phrases = [...VAGUE_PHRASES, ...this.config.vaguePhrases]
        .map((phrase) => phrase.trim().toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean))
        .filter((words) => words.length > 0);
      this.context = { cues: new CueLexicon(this.config.cueVerbs), vaguePhrases: phrases };
    }
    return this.context;
  }
}
