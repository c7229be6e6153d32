// Turning findings into terminal text and JSON: positions, ordering, colour and the summary line.
import { LineIndex } from '../engine/lines';
import type { Diagnostic, Severity, Suggestion } from '../engine/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1, hint: 0 };

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, as editors count. */
  column: number;
}

/** 1-based line and column of an offset, as terminals and SARIF count them. */
export function positionAt(lines: LineIndex, offset: number): Position {
  const { line, character } = lines.position(offset);
  return { line: line + 1, column: character + 1 };
}

export interface Range {
  line: number;
  column: number;
  /** Where the range ends (exclusive), for SARIF regions and editors. */
  endLine: number;
  endColumn: number;
}

export interface LocatedDiagnostic extends Diagnostic, Range {
  suggestion?: Suggestion & Range;
}

/** One checked article and its findings, in reading order. */
export interface FileReport {
  path: string;
  diagnostics: LocatedDiagnostic[];
}

/** Adds positions, and orders findings by place, then severity, code and message, so output is stable. */
export function locateDiagnostics(text: string, diagnostics: readonly Diagnostic[]): LocatedDiagnostic[] {
  const index = new LineIndex(text);
  const rangeOf = (start: number, end: number): Range => {
    const from = positionAt(index, start);
    const to = positionAt(index, end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return diagnostics
    .map((diagnostic): LocatedDiagnostic => {
      const { suggestion, ...rest } = diagnostic;
      const located: LocatedDiagnostic = { ...rest, ...rangeOf(diagnostic.start, diagnostic.end) };
      if (suggestion) located.suggestion = { ...suggestion, ...rangeOf(suggestion.start, suggestion.end) };
      return located;
    })
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        compareCodeUnits(a.code, b.code) ||
        compareCodeUnits(a.message, b.message),
    );
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isAtOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

// ---------------------------------------------------------------------------------------------
// Colour

export interface Colors {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org) or --no-color given. */
export function shouldUseColor(stream: { isTTY?: boolean }, noColorFlag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return !noColorFlag && stream.isTTY === true && !env.NO_COLOR;
}

export function createColors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  const bySeverity: Record<Severity, (text: string) => string> = {
    error: wrap(31, 39),
    warning: wrap(33, 39),
    info: wrap(34, 39),
    hint: wrap(2, 22),
  };
  return { enabled, bold: wrap(1, 22), dim: wrap(2, 22), severity: (severity, text) => bySeverity[severity](text) };
}

// ---------------------------------------------------------------------------------------------
// Text

/** Messages stay on one line, so that every finding is exactly one line of output. */
export function oneLine(text: string): string {
  return printable(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/**
 * Text from an article or a file name as it may reach a terminal: control characters (an escape
 * sequence could recolour or retitle the terminal; a newline would split a `path:line:col` line)
 * and bidirectional overrides shown as `\u001b` escapes. JSON and SARIF keep the exact text.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `path:line:col  severity  message  code`: the shape editors' problem matchers and terminals link. */
export function formatFindingLine(path: string, diagnostic: LocatedDiagnostic, colors: Colors): string {
  return [
    `${printable(path)}:${diagnostic.line}:${diagnostic.column}`,
    colors.severity(diagnostic.severity, diagnostic.severity),
    oneLine(diagnostic.message),
    colors.dim(diagnostic.code),
  ].join('  ');
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countBySeverity(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const diagnostic of report.diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** "3 problems (1 error, 2 warnings) in 2 files", "… in 2 of 5 files" when some are clean, or "No problems found in 5 files". */
export function formatSummary(reports: readonly FileReport[]): string {
  const counts = countBySeverity(reports);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `No problems found in ${plural(reports.length, 'file')}`;
  const parts = [
    counts.error && plural(counts.error, 'error'),
    counts.warning && plural(counts.warning, 'warning'),
    counts.info && `${counts.info} info`,
    counts.hint && plural(counts.hint, 'hint'),
  ].filter(Boolean);
  const filesWithProblems = reports.filter((report) => report.diagnostics.length > 0).length;
  const files = filesWithProblems === reports.length ? plural(reports.length, 'file') : `${filesWithProblems} of ${plural(reports.length, 'file')}`;
  return `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Shortens text for one line of a summary: white space collapsed, an ellipsis past `max` characters. */
export function truncate(text: string, max: number): string {
  const flat = printable(text.replace(/\s+/g, ' ').trim());
  if (flat.length <= max) return flat;
  let cut = max - 1;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1] ?? '')) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
