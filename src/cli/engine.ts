// The one place the CLI calls the engine: configuration in, severities applied, crashes contained.
import { analyze } from '../engine/index';
import type { Analysis, Diagnostic, NewsdeskConfig } from '../engine/types';

/** Analyses one article. Throws only if the engine itself fails, which callers report per document. */
export function analyzeArticle(text: string, config: NewsdeskConfig): Analysis {
  const analysis = analyze(text, { config });
  return { ...analysis, diagnostics: applySeverityOverrides(analysis.diagnostics, config.severity) };
}

/**
 * Applies `severity` from the configuration: a new severity, or `off` to drop the finding. The engine
 * is handed the same settings; applying them again here is harmless and keeps `--fail-on` honest
 * whatever the engine does with them.
 */
export function applySeverityOverrides(diagnostics: readonly Diagnostic[], overrides: NewsdeskConfig['severity']): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const setting = overrides[diagnostic.code];
    if (setting === 'off') continue;
    result.push(setting && setting !== diagnostic.severity ? { ...diagnostic, severity: setting } : diagnostic);
  }
  return result;
}
