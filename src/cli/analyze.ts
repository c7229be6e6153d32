// `newsdesk analyze`: who said what in one article, or in a batch of documents as JSON Lines.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Actor, Analysis, Quote } from '../engine/types';
import { parseCommandLine } from './args';
import { analyzeArticle } from './engine';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE_OR_INPUT, UsageError, describeFileError, errorMessage } from './errors';
import type { LoadedConfig } from './files';
import { formatBytes } from '../engine/transcripts/files';
import { LineIndex } from '../engine/lines';
import { moreDirectKind } from '../engine/report';
import { ConfigResolver, decodeArticle, displayPath, formatInputProblem, loadConfigFile, readArticle, readStdin } from './files';
import type { Colors } from './format';
import { createColors, locateDiagnostics, oneLine, plural, positionAt, printable, shouldUseColor, truncate } from './format';
import { writeStderr, writeStdout } from './output';
import type { TranscriptOptions } from './transcripts';
import { TRANSCRIPT_ARGS, TRANSCRIPT_OPTIONS_HELP, TranscriptLoader, transcriptOptions, verifyArticle, withVerificationFindings } from './transcripts';

export const ANALYZE_HELP = `Usage: newsdesk analyze [options] FILE|-
       newsdesk analyze --jsonl [options] IN|-

Shows who said what in one article: each speaker with their quotes, then the findings.
'-' reads standard input.

Options:
  --json         Print the whole analysis as JSON (quotes, actors, paragraphs, diagnostics).
  --jsonl        Batch mode. IN holds one JSON object per line, each with "id" and "text";
                 each is answered by one line {"id", "quotes", "actors", "diagnostics"}, in
                 the same order. A line that cannot be analysed is reported on standard error
                 with its line number, and the batch goes on. Blank lines are skipped.
  --config PATH  Use this configuration instead of the nearest .newsdesk.json in or above
                 the input's directory (the working directory for standard input).
  --no-color     No colour (also: the NO_COLOR environment variable).
${TRANSCRIPT_OPTIONS_HELP}
  -h, --help     Show this help.

Exit codes:
  0  done
  1  (--jsonl) some lines could not be analysed; the others were answered
  2  bad usage, or input that cannot be read (missing or binary file, invalid .newsdesk.json,
     a linked transcript that cannot be read: the analysis is still printed)

An article that links transcripts gets misquote and quote-not-found findings, and --json
adds "verification": each direct quote's status, transcript, time and differences.
`;

export interface AnalyzeOptions {
  input: string;
  json: boolean;
  jsonl: boolean;
  configPath?: string;
  color: boolean;
  transcripts: TranscriptOptions;
}

export function parseAnalyzeArgs(args: string[]): AnalyzeOptions | 'help' {
  const { values, positionals } = parseCommandLine('analyze', args, {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    config: { type: 'string' },
    'no-color': { type: 'boolean' },
    ...TRANSCRIPT_ARGS,
  });
  if (values.help) return 'help';
  if (values.json && values.jsonl) throw new UsageError('analyze', '--json and --jsonl cannot be used together (--jsonl output is already JSON)');
  if (positionals.length === 0) throw new UsageError('analyze', `name the ${values.jsonl ? 'JSON Lines file' : 'article'} to analyse, or '-' for standard input`);
  if (positionals.length > 1) {
    throw new UsageError('analyze', `takes one input, got ${positionals.length}${values.jsonl ? '' : " (use 'newsdesk check' for many articles)"}`);
  }
  return {
    input: positionals[0],
    json: values.json === true,
    jsonl: values.jsonl === true,
    configPath: values.config,
    color: shouldUseColor(process.stdout, values['no-color'] === true),
    transcripts: transcriptOptions('analyze', values),
  };
}

export async function runAnalyze(options: AnalyzeOptions): Promise<number> {
  const cwd = process.cwd();
  const fromStdin = options.input === '-';
  const inputPath = fromStdin ? undefined : path.resolve(cwd, options.input);
  const shownInput = inputPath ? displayPath(inputPath, cwd) : '<stdin>';

  if (inputPath) await ensureReadableFile(inputPath, shownInput, options.jsonl);
  const loaded = await resolveConfig(options.configPath, inputPath ? path.dirname(inputPath) : cwd, cwd);

  if (options.jsonl) return analyzeJsonLines(inputPath, shownInput, loaded);

  const read = inputPath ? await readArticle(inputPath) : await readStdin().then(decodeArticle, (error: unknown) => ({ problem: describeFileError(error) }));
  if ('problem' in read) throw new CliError(`${shownInput}: ${read.problem}`);
  let analysis: Analysis;
  try {
    analysis = analyzeArticle(read.text, loaded.config);
  } catch (error) {
    throw new CliError(`${shownInput}: internal error while analysing: ${errorMessage(error)}`);
  }
  // Linked transcripts add the quote checks (and, in JSON, each quote's verification).
  const transcripts = await new TranscriptLoader(options.transcripts).forArticle({ articlePath: inputPath, text: read.text, config: loaded.config, configPath: loaded.path, cwd });
  let verification;
  if (transcripts) {
    verification = verifyArticle(read.text, analysis, transcripts, loaded.config);
    analysis = withVerificationFindings(analysis, verification);
  }
  if (options.json) await writeStdout(`${JSON.stringify(verification ? { ...analysis, verification: verification.results } : analysis, null, 2)}\n`);
  else await writeStdout(formatAnalysisSummary(shownInput, read.text, analysis, createColors(options.color)));
  for (const problem of transcripts?.problems ?? []) await writeStderr(`newsdesk: ${formatInputProblem(problem)}\n`);
  return transcripts?.problems.length ? EXIT_USAGE_OR_INPUT : EXIT_OK;
}

async function ensureReadableFile(absolutePath: string, shownPath: string, jsonl: boolean): Promise<void> {
  let stats;
  try {
    stats = await stat(absolutePath);
  } catch (error) {
    throw new CliError(`${shownPath}: ${describeFileError(error)}`);
  }
  if (stats.isDirectory()) {
    throw new CliError(`${shownPath}: is a directory; analyze takes one ${jsonl ? 'JSON Lines file' : "article (use 'newsdesk check' for a directory)"}`);
  }
  // A FIFO would hang the run and a device (/dev/zero) never ends: standard input ('-') is for streams.
  if (!stats.isFile()) throw new CliError(`${shownPath}: not a regular file (a device, FIFO or socket is never read; use '-' for standard input)`);
}

async function resolveConfig(configPath: string | undefined, directory: string, cwd: string): Promise<LoadedConfig & { ok: true }> {
  const loaded = configPath !== undefined ? await loadConfigFile(path.resolve(cwd, configPath), cwd) : await new ConfigResolver(cwd).forDirectory(directory);
  if (!loaded.ok) throw new CliError(loaded.problems.map(formatInputProblem).join('\nnewsdesk: '));
  return loaded;
}

// ---------------------------------------------------------------------------------------------
// Batch mode

/**
 * Longest JSON Lines line read, in bytes: an article at the size limit, written with escapes. A
 * longer line is reported by its number and skipped without being kept in memory.
 */
export const MAX_JSONL_LINE_BYTES = 64 * 1024 * 1024;

async function analyzeJsonLines(inputPath: string | undefined, shownInput: string, loaded: LoadedConfig & { ok: true }): Promise<number> {
  const input = inputPath ? createReadStream(inputPath) : process.stdin;
  let failed = 0;
  let answered = 0;
  try {
    for await (const line of jsonLines(input, MAX_JSONL_LINE_BYTES)) {
      if (line.text === undefined) {
        failed++;
        await writeStderr(`newsdesk: ${shownInput}:${line.number}: line of ${formatBytes(line.length)} is over the ${formatBytes(MAX_JSONL_LINE_BYTES)} limit; skipped\n`);
        continue;
      }
      if (line.text.trim() === '') continue;
      const answer = analyzeJsonLine(line.text, loaded);
      if ('error' in answer) {
        failed++;
        await writeStderr(`newsdesk: ${shownInput}:${line.number}: ${answer.error}\n`);
      } else {
        answered++;
        await writeStdout(`${answer.json}\n`);
      }
    }
  } catch (error) {
    throw new CliError(`${shownInput}: cannot read: ${describeFileError(error)}`);
  }
  if (failed > 0) {
    await writeStderr(`newsdesk: ${plural(failed, 'line')} of ${shownInput} could not be analysed; ${answered} answered\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * Lines of a stream as UTF-8 text (LF or CRLF), each with its number; a line over `maxBytes` comes
 * without its text, and its bytes are counted, not kept.
 */
export async function* jsonLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<{ number: number; text?: string; length: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const finish = () => {
    number++;
    const line = length > maxBytes ? { number, length } : { number, length, text: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    length = 0;
    return line;
  };
  for await (const raw of input) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let from = 0;
    while (from <= chunk.length) {
      const newline = chunk.indexOf(10, from);
      const end = newline === -1 ? chunk.length : newline;
      length += end - from;
      if (length <= maxBytes) parts.push(chunk.subarray(from, end));
      else parts = [];
      if (newline === -1) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (length > 0) yield finish();
}

function analyzeJsonLine(line: string, loaded: LoadedConfig & { ok: true }): { json: string } | { error: string } {
  let document: unknown;
  try {
    document = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON (${errorMessage(error)})` };
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return { error: 'expected a JSON object with "id" and "text"' };
  const { id, text } = document as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return { error: '"id" is missing or is not a string or number' };
  if (typeof text !== 'string') return { error: `document ${JSON.stringify(id)}: "text" is missing or is not a string` };
  try {
    const { quotes, actors, diagnostics } = analyzeArticle(text, loaded.config);
    return { json: JSON.stringify({ id, quotes, actors, diagnostics }) };
  } catch (error) {
    return { error: `document ${JSON.stringify(id)}: internal error while analysing: ${errorMessage(error)}` };
  }
}

// ---------------------------------------------------------------------------------------------
// Human-readable summary

/** Speakers in order of their first quote, each with their quotes; then unattributed quotes and findings. */
export function formatAnalysisSummary(shownPath: string, text: string, analysis: Analysis, colors: Colors): string {
  const lines = new LineIndex(text);
  const location = (offset: number) => {
    const { line, column } = positionAt(lines, offset);
    return `${line}:${column}`;
  };
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  const locationWidth = Math.max(0, ...quotes.map((quote) => location(quote.start).length));
  const kindWidth = Math.max(0, ...quotes.map((quote) => quote.kind.length));
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));

  const groups = new Map<string | null, Quote[]>();
  for (const quote of quotes) {
    const key = quote.speaker?.actorId ?? null;
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  const speakerIds = [...groups.keys()].filter((key): key is string => key !== null);
  const speakerCount = speakerIds.length;

  // The two pieces of a split statement ("Until then, she said, crews would…") are one quote here.
  const ids = new Set(quotes.map((quote) => quote.id));
  const statements = quotes.filter((quote) => !(quote.continues && ids.has(quote.continues))).length;
  const out: string[] = [];
  out.push(
    `${colors.bold(printable(shownPath))}: ${plural(statements, 'quote')} from ${plural(speakerCount, 'speaker')}, ${plural(analysis.diagnostics.length, 'finding')}`,
  );

  const quoteLine = (quote: Quote, continuation?: Quote) => {
    const notes: string[] = [];
    if (quote.cue) notes.push(`cue "${truncate(quote.cue.text, 30)}"`);
    if (quote.speaker?.mention && quote.speaker.mention.text !== quote.speaker.name) notes.push(`as "${truncate(quote.speaker.mention.text, 40)}"`);
    if (quote.speaker && !quote.speaker.mention) notes.push('carried over');
    const note = notes.length > 0 ? `  ${colors.dim(notes.join(', '))}` : '';
    // "Until then, she said, crews would…": the two pieces of one statement on one line.
    const words = continuation ? `${truncate(quote.text, 38)} … ${truncate(continuation.text, 38)}` : truncate(quote.text, 80);
    // The joined line shows the more direct of the two kinds: quoted words in either piece are not hidden.
    const kind = continuation ? moreDirectKind(quote.kind, continuation.kind) : quote.kind;
    return `  ${location(quote.start).padEnd(locationWidth)}  ${kind.padEnd(kindWidth)}  ${words}${note}`;
  };

  for (const id of speakerIds) {
    const speakerQuotes = groups.get(id) ?? [];
    const actor = actorsById.get(id);
    out.push('', `${colors.bold(printable(actor?.name ?? speakerQuotes[0].speaker?.name ?? id))}${describeActor(actor, colors)}`);
    for (let i = 0; i < speakerQuotes.length; i++) {
      const quote = speakerQuotes[i];
      const next = speakerQuotes[i + 1];
      if (next?.continues === quote.id) {
        out.push(quoteLine(quote, next));
        i++;
      } else out.push(quoteLine(quote));
    }
  }
  const unattributed = groups.get(null);
  if (unattributed) {
    out.push('', colors.bold('No speaker'));
    for (const quote of unattributed) out.push(quoteLine(quote));
  }

  const silent = analysis.actors.filter((actor) => !groups.has(actor.id)).map((actor) => actor.name);
  if (silent.length > 0) out.push('', `Also mentioned: ${printable(silent.join(', '))}`);

  if (analysis.diagnostics.length > 0) {
    out.push('', colors.bold('Findings'));
    // The heading names the file, so findings start at the line and column.
    for (const diagnostic of locateDiagnostics(text, analysis.diagnostics)) {
      out.push(`  ${[`${diagnostic.line}:${diagnostic.column}`, colors.severity(diagnostic.severity, diagnostic.severity), oneLine(diagnostic.message), colors.dim(diagnostic.code)].join('  ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function describeActor(actor: Actor | undefined, colors: Colors): string {
  if (!actor) return '';
  const details = [actor.kind, actor.role, actor.affiliation].filter((detail): detail is string => Boolean(detail));
  return `  ${colors.dim(printable(details.join(' · ')))}`;
}
