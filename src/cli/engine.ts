// The one place the CLI calls the engine. Severities from the configuration are the engine's to apply.
import { analyze } from '../engine/index';
import type { Analysis, NewsdeskConfig } from '../engine/types';

/** Analyses one article. Throws only if the engine itself fails, which callers report per document. */
export function analyzeArticle(text: string, config: NewsdeskConfig): Analysis {
  return analyze(text, { config });
}
