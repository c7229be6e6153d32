// `newsdesk report`: who is quoted, for one article or a folder of them, as a self-contained HTML
// page, JSON or CSV. The same figures as the editor's Sources Report view.
import { readFile, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import type { ArticleReport } from '../engine/report';
import { sourcesReport, workspaceReport } from '../engine/report';
import { reportCsv, reportJson } from '../report/export';
import { reportPage } from '../report/html';
import type { ReportPayload } from '../report/protocol';
import { ArticleInputs } from './articles';
import { oneOf, parseCommandLine } from './args';
import { analyzeArticle } from './engine';
import { CliError, describeFileError, EXIT_OK, EXIT_USAGE_OR_INPUT, UsageError, errorMessage } from './errors';
import { ARTICLE_EXTENSIONS } from './files';
import { writeFileAtomically } from './atomic';
import { writeStderr, writeStdout } from './output';

const FORMATS = ['html', 'json', 'csv'] as const;
const ROWS = ['speakers', 'articles'] as const;

export const REPORT_HELP = `Usage: newsdesk report [options] FILE|DIR...

Counts the sources quoted in articles: words per speaker; named, anonymous and vague sources;
direct, partial and reported quotes; and the gender of the people quoted, where .newsdesk.json
records it (people[].gender; never guessed from a name). Directories are searched recursively
for ${ARTICLE_EXTENSIONS.join(', ')} files.

Options:
  --format html|json|csv   Output format (default: html). The HTML report is one file with its
                           charts and tables, which opens offline in any browser.
  --out PATH               Write the report to PATH instead of standard output.
  --rows speakers|articles CSV only: one row per speaker in each article (default), or one row
                           per article.
  --config PATH            Use this configuration for every file, instead of the nearest
                           .newsdesk.json in or above each file's directory.
  -h, --help               Show this help.

Progress goes to standard error while articles are read.

Exit codes:
  0  the report was written
  2  bad usage, or input that cannot be read (the report covers the rest)
`;

export interface ReportOptions {
  inputs: string[];
  format: (typeof FORMATS)[number];
  rows: (typeof ROWS)[number];
  out?: string;
  configPath?: string;
}

export function parseReportArgs(args: string[]): ReportOptions | 'help' {
  const { values, positionals } = parseCommandLine('report', args, {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    rows: { type: 'string' },
    config: { type: 'string' },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('report', 'name at least one article file or directory');
  const format = oneOf('report', '--format', values.format ?? 'html', FORMATS);
  if (values.rows !== undefined && format !== 'csv') throw new UsageError('report', '--rows applies only to --format csv');
  return {
    inputs: positionals,
    format,
    rows: oneOf('report', '--rows', values.rows ?? 'speakers', ROWS),
    out: values.out,
    configPath: values.config,
  };
}

/**
 * Progress on standard error: one line redrawn in place on a terminal; otherwise a line every
 * tenth of the way, so a CI log shows the run moving without a line per file.
 */
function progressReporter(total: number): { step(done: number): Promise<void>; end(): Promise<void> } {
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  const line = (done: number) => `newsdesk: reading articles ${done}/${total} (${Math.round((done / Math.max(total, 1)) * 100)}%)`;
  return {
    async step(done) {
      if (tty) {
        await writeStderr(`\r${line(done)}`);
        return;
      }
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth !== lastTenth || done === total) {
        lastTenth = tenth;
        await writeStderr(`${line(done)}\n`);
      }
    },
    async end() {
      if (tty) await writeStderr('\n');
    },
  };
}

export async function runReport(options: ReportOptions): Promise<number> {
  const started = performance.now();
  const cwd = process.cwd();
  const inputs = new ArticleInputs(cwd);
  const explicitConfig = await inputs.explicitConfig(options.configPath);
  if (explicitConfig === null) return EXIT_USAGE_OR_INPUT;
  const files = await inputs.files(options.inputs);
  if (files.length === 0) return EXIT_USAGE_OR_INPUT; // already reported why
  if (options.out !== undefined) await refuseToOverwriteInput(options.out, files, cwd);

  const progress = progressReporter(files.length);
  const articles: ArticleReport[] = [];
  let done = 0;
  for await (const article of inputs.read(files, explicitConfig)) {
    try {
      const analysis = analyzeArticle(article.text, article.config);
      articles.push({ path: article.shownPath, ...sourcesReport(article.text, analysis, article.config.people) });
    } catch (error) {
      await inputs.report([{ path: article.shownPath, message: `internal error while analysing: ${errorMessage(error)}` }]);
    }
    await progress.step(++done + inputs.notRead);
  }
  await progress.end();

  const output = await render(options, files, articles, cwd);
  if (options.out === undefined) {
    await writeStdout(output);
  } else {
    try {
      await writeFileAtomically(path.resolve(cwd, options.out), output);
    } catch (error) {
      throw new CliError(`cannot write ${options.out}: ${describeFileError(error)}; ${options.out} is unchanged`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = options.out === undefined ? '' : ` to ${options.out}`;
  await writeStderr(`Reported on ${articles.length} of ${files.length} article${files.length === 1 ? '' : 's'} in ${seconds} s${where}\n`);
  return inputs.problems.length > 0 ? EXIT_USAGE_OR_INPUT : EXIT_OK;
}

async function render(options: ReportOptions, files: readonly string[], articles: ArticleReport[], cwd: string): Promise<string> {
  if (options.format === 'csv') return reportCsv(articles, options.rows);
  // One article named on its own is reported as an article; anything else (a directory, several
  // files) as a folder. A named file comes back from the search as its own absolute path.
  const single = articles.length === 1 && options.inputs.length === 1 && files.length === 1 && files[0] === path.resolve(cwd, options.inputs[0]);
  if (single) {
    const { path: articlePath, ...report } = articles[0];
    if (options.format === 'json') return reportJson(report);
    return htmlReport({ scope: 'article', source: articlePath, report });
  }
  const report = workspaceReport(articles);
  if (options.format === 'json') return reportJson(report);
  const source = options.inputs.length === 1 ? options.inputs[0] : `${options.inputs.length} inputs`;
  return htmlReport({ scope: 'workspace', source, report });
}

/** The page script and style are built next to this CLI (dist/report-view.*). */
async function htmlReport(payload: ReportPayload): Promise<string> {
  let script: string;
  let style: string;
  try {
    [script, style] = await Promise.all([
      readFile(path.join(__dirname, 'report-view.js'), 'utf8'),
      readFile(path.join(__dirname, 'report-view.css'), 'utf8'),
    ]);
  } catch (error) {
    throw new CliError(`the HTML report's page is missing from this installation (${describeFileError(error)}); run 'npm run build'`);
  }
  return reportPage(`Sources · ${payload.source}`, { kind: 'inline', script, style, payload });
}

/** `--out story.news` would replace the article with its own report: refused before anything is read again. */
async function refuseToOverwriteInput(out: string, files: readonly string[], cwd: string): Promise<void> {
  const target = path.resolve(cwd, out);
  const real = await realpath(target).catch(() => target);
  for (const file of files) {
    if (file === target || (await realpath(file).catch(() => file)) === real) {
      throw new UsageError('report', `--out ${out} is one of the articles being reported on; write the report elsewhere`);
    }
  }
}
