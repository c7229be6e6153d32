// `newsdesk check`: lint articles for attribution problems, for people and for CI.
import type { Severity } from '../engine/types';
import { oneOf, parseCommandLine } from './args';
import { analyzeArticle } from './engine';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE_OR_INPUT, UsageError, errorMessage } from './errors';
import { ArticleInputs } from './articles';
import type { InputProblem } from './files';
import { ARTICLE_EXTENSIONS } from './files';
import type { FileReport } from './format';
import { countBySeverity, createColors, formatFindingLine, formatSummary, isAtOrAbove, locateDiagnostics, plural, shouldUseColor } from './format';
import { buildSarifLog } from './sarif';
import type { TranscriptOptions } from './transcripts';
import { TRANSCRIPT_ARGS, TRANSCRIPT_OPTIONS_HELP, TranscriptLoader, transcriptOptions, verifyArticle, withVerificationFindings } from './transcripts';
import { writeStderr, writeStdout } from './output';
import { TOOL_VERSION } from './version';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'hint', 'never'] as const;

export const CHECK_HELP = `Usage: newsdesk check [options] FILE|DIR...

Checks quotations and attributions in articles and reports what an editor would flag.
Directories are searched recursively for ${ARTICLE_EXTENSIONS.join(', ')} files, skipping
node_modules and folders whose names start with a dot. Files named on the command line are
checked whatever their extension.

Options:
  --format text|json|sarif  Output format (default: text). Findings go to standard output;
                            errors and the summary line go to standard error.
  --fail-on LEVEL           Exit with 1 when a finding is at least this severe:
                            error, warning, info, hint, or never (default: warning).
  --config PATH             Use this configuration for every file, instead of the nearest
                            .newsdesk.json in or above each file's directory.
  --no-color                No colour (also: the NO_COLOR environment variable). Colour is
                            only used when standard output is a terminal.
${TRANSCRIPT_OPTIONS_HELP}
  -h, --help                Show this help.

Output (text): one line per finding, sorted by file and position:
  path:line:column  severity  message  code

Exit codes:
  0  no findings at or above --fail-on
  1  findings at or above --fail-on
  2  bad usage, or input that cannot be checked (missing file, directory without
     articles, binary file, invalid .newsdesk.json, a linked transcript that cannot be
     read, an internal error of the engine); the rest is still checked

Articles that link transcripts (a 'Transcripts:' line, or 'transcripts' in .newsdesk.json)
also get misquote and quote-not-found findings; see 'newsdesk verify'.
`;

export interface CheckOptions {
  inputs: string[];
  format: (typeof FORMATS)[number];
  failOn: (typeof FAIL_ON)[number];
  configPath?: string;
  color: boolean;
  transcripts: TranscriptOptions;
}

export function parseCheckArgs(args: string[]): CheckOptions | 'help' {
  const { values, positionals } = parseCommandLine('check', args, {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'no-color': { type: 'boolean' },
    ...TRANSCRIPT_ARGS,
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('check', 'name at least one article file or directory');
  if (positionals.includes('-')) throw new UsageError('check', "cannot read standard input; use 'newsdesk analyze -' for text on standard input");
  return {
    inputs: positionals,
    format: oneOf('check', '--format', values.format ?? 'text', FORMATS),
    failOn: oneOf('check', '--fail-on', values['fail-on'] ?? 'warning', FAIL_ON),
    configPath: values.config,
    color: shouldUseColor(process.stdout, values['no-color'] === true),
    transcripts: transcriptOptions('check', values),
  };
}

export async function runCheck(options: CheckOptions): Promise<number> {
  const cwd = process.cwd();
  const colors = createColors(options.color);
  const inputs = new ArticleInputs(cwd);
  const explicitConfig = await inputs.explicitConfig(options.configPath);
  if (explicitConfig === null) return EXIT_USAGE_OR_INPUT; // every file would use it: nothing can be checked

  const transcriptLoader = new TranscriptLoader(options.transcripts);
  const reports: FileReport[] = [];
  let notChecked = 0;
  for await (const article of inputs.read(await inputs.files(options.inputs), explicitConfig)) {
    // Quotes are checked against the transcripts the article links; one that cannot be read is named, the rest still count.
    const transcripts = await transcriptLoader.forArticle({ articlePath: article.absolutePath, text: article.text, config: article.config, configPath: article.configPath, cwd });
    if (transcripts) await inputs.report(transcripts.problems);
    let report: FileReport;
    try {
      let analysis = analyzeArticle(article.text, article.config);
      if (transcripts) analysis = withVerificationFindings(analysis, verifyArticle(article.text, analysis, transcripts, article.config));
      report = { path: article.shownPath, diagnostics: locateDiagnostics(article.text, analysis.diagnostics) };
    } catch (error) {
      await inputs.report([{ path: article.shownPath, message: `internal error while analysing: ${errorMessage(error)}` }]);
      notChecked++;
      continue;
    }
    reports.push(report);
    // Text is written as each file is done, so a long run shows progress.
    if (options.format === 'text' && report.diagnostics.length > 0) {
      await writeStdout(report.diagnostics.map((diagnostic) => `${formatFindingLine(article.shownPath, diagnostic, colors)}\n`).join(''));
    }
  }
  notChecked += inputs.notRead;
  const problems = inputs.problems;

  if (options.format === 'json') await writeStdout(`${JSON.stringify(toJsonReport(reports, problems), null, 2)}\n`);
  if (options.format === 'sarif') {
    await writeStdout(`${JSON.stringify(buildSarifLog({ reports, problems, toolVersion: TOOL_VERSION, cwd }), null, 2)}\n`);
  }

  await writeStderr(`${summaryLine(reports, notChecked)}\n`);

  if (problems.length > 0) return EXIT_USAGE_OR_INPUT;
  return failsOn(reports, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

function summaryLine(reports: readonly FileReport[], notChecked: number): string {
  if (reports.length === 0) return notChecked > 0 ? `${plural(notChecked, 'file')} could not be checked` : 'No files checked';
  return notChecked > 0 ? `${formatSummary(reports)}; ${plural(notChecked, 'file')} not checked` : formatSummary(reports);
}

function failsOn(reports: readonly FileReport[], failOn: CheckOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  const threshold: Severity = failOn;
  return reports.some((report) => report.diagnostics.some((diagnostic) => isAtOrAbove(diagnostic.severity, threshold)));
}

/** The `--format json` document. Field names are part of the CLI's interface: add, never rename. */
function toJsonReport(reports: readonly FileReport[], problems: readonly InputProblem[]) {
  const counts = countBySeverity(reports);
  return {
    version: TOOL_VERSION,
    files: reports,
    errors: problems,
    summary: {
      filesChecked: reports.length,
      filesWithProblems: reports.filter((report) => report.diagnostics.length > 0).length,
      problems: counts.error + counts.warning + counts.info + counts.hint,
      ...counts,
    },
  };
}
