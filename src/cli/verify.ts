// `newsdesk verify ARTICLE`: each direct quote with what its transcript says about it.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { DiffPart, QuoteVerification, TranscriptLink } from '../engine/transcripts';
import { describePlace, describeWhere, parseItem } from '../engine/transcripts';
import { LineIndex } from '../engine/lines';
import { parseCommandLine } from './args';
import { analyzeArticle } from './engine';
import { CliError, EXIT_FINDINGS, EXIT_OK, UsageError, describeFileError, errorMessage } from './errors';
import { ConfigResolver, displayPath, formatInputProblem, loadConfigFile, readArticle } from './files';
import type { Colors } from './format';
import { createColors, oneLine, plural, positionAt, printable, shouldUseColor, truncate } from './format';
import { writeStdout } from './output';
import type { TranscriptOptions } from './transcripts';
import { TRANSCRIPT_ARGS, TRANSCRIPT_OPTIONS_HELP, TranscriptLoader, transcriptOptions, verifyArticle } from './transcripts';

export const VERIFY_HELP = `Usage: newsdesk verify [options] ARTICLE

Checks each direct quote in the article against the transcripts it links, and prints each
quote with its status and where it is in the transcript:

  verbatim    the words match (case, punctuation, fillers such as "um" aside; an ellipsis
              or [brackets] mark a cut or an insertion)
  written differently
              the transcript's words, with a contraction or a number written another way
              ("we're" for "we are", "5" for "five"); shown like a misquote
  misquote    words were changed, added or dropped; the transcript's wording is shown
  not found   nothing close is in the speaker's transcripts
  unchecked   no linked transcript is the speaker's

An article links transcripts with a line of its own (an HTML comment keeps it out of the
article), paths relative to the article, each optionally naming its speaker:

  <!-- Transcripts: Cleverly: interviews/cleverly-sky.vtt, notes/truss.md -->

or with "transcripts" in .newsdesk.json. Formats: WebVTT (.vtt), SRT (.srt), plain text
(.txt) and Markdown notes (.md) with speaker labels such as "CLEVERLY:" or "**Truss:**".

Options:
  --transcript [SPEAKER:]PATH  Also check against this transcript (repeatable).
  --json                       Print the results as JSON.
  --config PATH                Use this configuration instead of the nearest .newsdesk.json.
  --no-color                   No colour (also: the NO_COLOR environment variable).
${TRANSCRIPT_OPTIONS_HELP}
  -h, --help                   Show this help.

Exit codes:
  0  every checked quote is verbatim (or only written differently)
  1  a misquote, or a quote not found
  2  bad usage; an article or transcript that cannot be read (named in the message); an
     article that links no transcript
`;

export interface VerifyOptions {
  input: string;
  json: boolean;
  transcripts: TranscriptLink[];
  configPath?: string;
  color: boolean;
  transcriptOptions: TranscriptOptions;
}

export function parseVerifyArgs(args: string[]): VerifyOptions | 'help' {
  const { values, positionals } = parseCommandLine('verify', args, {
    json: { type: 'boolean' },
    transcript: { type: 'string', multiple: true },
    config: { type: 'string' },
    'no-color': { type: 'boolean' },
    ...TRANSCRIPT_ARGS,
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('verify', 'name the article to verify');
  if (positionals.length > 1) throw new UsageError('verify', `takes one article, got ${positionals.length}`);
  const transcripts = (values.transcript ?? []).map((item) => {
    const link = parseItem(item.trim());
    if (!link) throw new UsageError('verify', `--transcript needs a path (got '${item}')`);
    return link;
  });
  return {
    input: positionals[0],
    json: values.json === true,
    transcripts,
    configPath: values.config,
    color: shouldUseColor(process.stdout, values['no-color'] === true),
    transcriptOptions: transcriptOptions('verify', values),
  };
}

export async function runVerify(options: VerifyOptions): Promise<number> {
  const cwd = process.cwd();
  const articlePath = path.resolve(cwd, options.input);
  const shown = displayPath(articlePath, cwd);
  try {
    if ((await stat(articlePath)).isDirectory()) throw new CliError(`${shown}: is a directory; verify takes one article`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${shown}: cannot read the article: ${describeFileError(error)}`);
  }
  const read = await readArticle(articlePath);
  if ('problem' in read) throw new CliError(`${shown}: cannot read the article: ${read.problem}`);
  const loaded = options.configPath !== undefined ? await loadConfigFile(path.resolve(cwd, options.configPath), cwd) : await new ConfigResolver(cwd).forDirectory(path.dirname(articlePath));
  if (!loaded.ok) throw new CliError(loaded.problems.map(formatInputProblem).join('\nnewsdesk: '));

  const transcripts = await new TranscriptLoader(options.transcriptOptions).forArticle({ articlePath, text: read.text, config: loaded.config, configPath: loaded.path, cwd, extra: options.transcripts });
  if (!transcripts) {
    throw new CliError(`${shown}: links no transcript; add a line such as '<!-- Transcripts: interview.vtt -->', set "transcripts" in .newsdesk.json, or pass --transcript PATH`);
  }
  // A transcript that cannot be read makes every result doubtful: say which, and stop.
  if (transcripts.problems.length) throw new CliError(transcripts.problems.map(formatInputProblem).join('\nnewsdesk: '));

  let results: QuoteVerification[];
  try {
    const analysis = analyzeArticle(read.text, loaded.config);
    results = verifyArticle(read.text, analysis, transcripts, loaded.config).results;
  } catch (error) {
    throw new CliError(`${shown}: internal error while verifying: ${errorMessage(error)}`);
  }
  const lines = new LineIndex(read.text);
  if (options.json) {
    const quotes = results.map((result) => ({ ...positionAt(lines, result.start), text: read.text.slice(result.start, result.end), ...result }));
    const files = transcripts.index.transcripts.map((transcript) => ({ path: transcript.path, format: transcript.format, speakers: transcript.streams.map((stream) => stream.label).filter((label) => label !== null) }));
    await writeStdout(`${JSON.stringify({ path: shown, transcripts: files, quotes }, null, 2)}\n`);
  } else {
    await writeStdout(formatVerification(shown, read.text, results, transcripts.index.transcripts.length, lines, createColors(options.color)));
  }
  return results.some((result) => result.status === 'misquote' || result.status === 'not-found') ? EXIT_FINDINGS : EXIT_OK;
}

const STATUS_WORDS: Record<QuoteVerification['status'], string> = {
  verbatim: 'verbatim',
  variant: 'written differently',
  misquote: 'misquote',
  'not-found': 'not found',
  unchecked: 'unchecked',
};

function formatVerification(shown: string, text: string, results: readonly QuoteVerification[], transcriptCount: number, lines: LineIndex, colors: Colors): string {
  const count = (status: QuoteVerification['status']) => results.filter((result) => result.status === status).length;
  const out = [
    `${colors.bold(printable(shown))}: ${plural(results.length, 'direct quote')}, ${plural(transcriptCount, 'transcript')}: ${count('verbatim')} verbatim, ${count('variant') ? `${count('variant')} written differently, ` : ''}${count('misquote')} misquoted, ${count('not-found')} not found, ${count('unchecked')} unchecked`,
  ];
  const rows = results.map((result) => {
    const { line, column } = positionAt(lines, result.start);
    let status = STATUS_WORDS[result.status];
    if (result.status === 'misquote') status += ` (${plural(result.differences, 'word')})`;
    if (result.status === 'verbatim' && result.cuts) status += ` (${plural(result.cuts, 'cut')})`;
    return { result, where: `${line}:${column}`, status, time: describeWhere(result) };
  });
  const width = (values: string[]) => Math.max(0, ...values.map((value) => value.length));
  const whereWidth = width(rows.map((row) => row.where));
  const statusWidth = width(rows.map((row) => row.status));
  const timeWidth = width(rows.map((row) => row.time));
  /** A line under a quote's row, starting under its status. */
  const below = (line: string) => out.push(`  ${' '.repeat(whereWidth)}  ${line}`);
  for (const { result, where, status, time } of rows) {
    const colored = result.status === 'verbatim' ? colors.dim(status.padEnd(statusWidth)) : result.status === 'unchecked' ? status.padEnd(statusWidth) : colors.severity('warning', status.padEnd(statusWidth));
    const quote = truncate(oneLine(text.slice(result.start, result.end)), 70);
    out.push(`  ${where.padEnd(whereWidth)}  ${colored}  ${time.padEnd(timeWidth)}  ${printable(result.speaker ?? 'no speaker')}: ${quote}`);
    if (result.status === 'misquote' || result.status === 'variant') {
      below(`${colors.dim(`${printable(result.transcript ?? '')}:`)} ${oneLine(formatDiff(result.diff))}`);
    } else if (result.status === 'not-found' && result.transcript) {
      const saidBy = result.saidBy ? `; ${result.saidBy.speaker} says it in ${result.saidBy.transcript} (${describePlace(result.saidBy)})` : '';
      below(colors.dim(printable(`not in ${result.transcript}${saidBy}`)));
    } else if (result.status === 'verbatim' && result.transcript) {
      below(colors.dim(printable(result.transcript)));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The quote as the transcript has it, with the article's words in [-…-] and the transcript's in {+…+}. */
export function formatDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => {
      switch (part.op) {
        case 'equal':
          return part.quote;
        case 'changed':
          return `[-${part.quote}-]{+${part.transcript}+}`;
        case 'added':
          return `[-${part.quote}-]`;
        case 'dropped':
          return `{+${part.transcript}+}`;
        case 'variant':
          return `[-${part.quote}-]{+${part.transcript}+}`;
        default:
          return part.quote;
      }
    })
    .join(' ');
}
