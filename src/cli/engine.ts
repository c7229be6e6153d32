// The one place the CLI calls the engine. Severities from the configuration are the engine's to apply.
import { analyze } from '../engine/index';
import type { Analysis, NewsdeskConfig } from '../engine/types';
import { EngineFailure } from './errors';

/**
 * Analyses one article. Throws an `EngineFailure` when the engine itself failed (its analysis
 * then is empty and says why), which callers report per document and count as not checked, so
 * that a bug never passes for an article with no findings. `withoutRules` switches engine rules
 * off (`eval --without`).
 */
export function analyzeArticle(text: string, config: NewsdeskConfig, withoutRules: readonly string[] = []): Analysis {
  const analysis = analyze(text, { config, withoutRules });
  if (analysis.internalError) throw new EngineFailure(analysis.internalError);
  return analysis;
}
