// SARIF 2.1.0 output, for code-scanning dashboards and editors' SARIF viewers.
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { ArtifactLocation, Fix, Log, Notification, Region, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_CODES } from '../engine/types';
import type { DiagnosticCode, Severity } from '../engine/types';
import type { InputProblem } from './files';
import type { FileReport, LocatedDiagnostic } from './format';
import { oneLine } from './format';
import { RULES, ruleHelpAnchor } from '../engine/rules';

export interface SarifInput {
  reports: readonly FileReport[];
  /** Inputs that could not be checked; they make the run unsuccessful. */
  problems: readonly InputProblem[];
  toolVersion: string;
  /** Report paths are relative to this directory (the `%SRCROOT%` base), unless absolute. */
  cwd: string;
}

const SOURCE_ROOT = '%SRCROOT%';

/** SARIF has no "info" or "hint": both are notes. */
const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function buildSarifLog(input: SarifInput): Log {
  const ruleIndex = new Map<DiagnosticCode, number>(DIAGNOSTIC_CODES.map((code, index) => [code, index]));
  const results: Result[] = [];
  for (const report of input.reports) {
    const location = artifactLocation(report.path);
    for (const diagnostic of report.diagnostics) results.push(toResult(diagnostic, location, ruleIndex.get(diagnostic.code)));
  }
  const notifications: Notification[] = input.problems.map((problem) => ({
    level: 'error',
    message: { text: problem.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(problem.path),
          ...(problem.line !== undefined ? { region: { startLine: problem.line, startColumn: problem.column ?? 1 } } : {}),
        },
      },
    ],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Newsdesk',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            rules: DIAGNOSTIC_CODES.map(describeRule),
          },
        },
        invocations: [{ executionSuccessful: input.problems.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(input.cwd) } },
        // Columns count UTF-16 code units, as the engine's offsets and editors do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function describeRule(code: DiagnosticCode): ReportingDescriptor {
  const rule = RULES[code];
  const anchor = ruleHelpAnchor(code);
  return {
    id: code,
    name: code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} See ${anchor} in the Newsdesk repository.`, markdown: `${rule.description} See [${code}](${anchor}).` },
  };
}

function toResult(diagnostic: LocatedDiagnostic, location: ArtifactLocation, ruleIndex: number | undefined): Result {
  const result: Result = {
    ruleId: diagnostic.code,
    level: SARIF_LEVEL[diagnostic.severity],
    message: { text: oneLine(diagnostic.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: diagnostic.line, startColumn: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn },
        },
      },
    ],
    // SARIF levels lose the difference between info and hint; keep the original.
    properties: { severity: diagnostic.severity },
  };
  if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
  if (diagnostic.suggestion) result.fixes = [toFix(diagnostic.suggestion, location)];
  return result;
}

function toFix(suggestion: NonNullable<LocatedDiagnostic['suggestion']>, location: ArtifactLocation): Fix {
  const deletedRegion: Region = { startLine: suggestion.line, startColumn: suggestion.column, endLine: suggestion.endLine, endColumn: suggestion.endColumn };
  return {
    description: { text: suggestion.title },
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion, insertedContent: { text: suggestion.text } }] }],
  };
}

function artifactLocation(reportPath: string): ArtifactLocation {
  if (path.isAbsolute(reportPath)) return { uri: pathToFileURL(reportPath).href };
  // A relative URI reference: forward slashes, each segment percent-encoded.
  return { uri: reportPath.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
