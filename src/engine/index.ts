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
