// The transcripts an article links (its header line, `.newsdesk.json`, or --transcript), resolved
// by the engine's shared rules (src/engine/transcripts/files.ts) over the node file system, read
// and indexed once per run, and the verification findings merged into an analysis.
import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Analysis, NewsdeskConfig } from '../engine/types';
import type { FileStat, LoadedTranscript, ParsedTranscript, ResolvedLink, TranscriptFileSystem, TranscriptLink, VerifyResult } from '../engine/transcripts';
import { DEFAULT_MAX_TRANSCRIPT_BYTES, readTranscriptFile, resolveTranscriptLinks, TranscriptIndex, verifyQuotes } from '../engine/transcripts';
import { UsageError } from './errors';
import type { InputProblem } from './files';
import { displayPath, readRegularFile } from './files';

export interface ArticleTranscripts {
  index: TranscriptIndex;
  /** Transcripts that could not be read or parsed, or were refused, each naming the file. */
  problems: InputProblem[];
}

/** Where the article is and which configuration applies to it. */
export interface TranscriptContext {
  /** Absolute path of the article; undefined for standard input (links are then relative to `cwd`). */
  articlePath: string | undefined;
  text: string;
  config: NewsdeskConfig;
  /** Absolute path of the `.newsdesk.json` in use, if any. */
  configPath: string | null;
  cwd: string;
  /** Links given on the command line, relative to `cwd`. */
  extra?: readonly TranscriptLink[];
}

/** The command-line options every command that reads transcripts shares. */
export interface TranscriptOptions {
  allowOutside: boolean;
  maxBytes: number;
}

export const TRANSCRIPT_OPTIONS_HELP = `  --allow-transcripts-outside  Read linked transcripts anywhere. By default a link must lead
                               under the working directory, the folder of the .newsdesk.json
                               in use, or the article's own folder.
  --max-transcript-size MB     Largest transcript read (default: ${DEFAULT_MAX_TRANSCRIPT_BYTES / (1024 * 1024)} MB).`;

export const TRANSCRIPT_ARGS = {
  'allow-transcripts-outside': { type: 'boolean' },
  'max-transcript-size': { type: 'string' },
} as const;

export function transcriptOptions(command: string, values: { 'allow-transcripts-outside'?: boolean; 'max-transcript-size'?: string }): TranscriptOptions {
  const size = values['max-transcript-size'];
  if (size !== undefined && !(/^\d+(\.\d+)?$/.test(size) && Number(size) > 0 && Number(size) <= 4096)) {
    throw new UsageError(command, `--max-transcript-size must be a number of megabytes between 0 and 4096 (got '${size}')`);
  }
  return { allowOutside: values['allow-transcripts-outside'] === true, maxBytes: size === undefined ? DEFAULT_MAX_TRANSCRIPT_BYTES : Math.round(Number(size) * 1024 * 1024) };
}

/** Paths as the shared rules want them: '/'-separated (node accepts them on Windows too). */
function slashed(native: string): string {
  return native.split(path.sep).join('/');
}

/** The node file system behind the shared rules: stat, a bounded read that never blocks, real paths. */
export const NODE_TRANSCRIPT_FILES: TranscriptFileSystem = {
  async stat(file): Promise<FileStat> {
    try {
      const stats = await stat(file);
      if (stats.isFile()) return { type: 'file', size: stats.size, mtime: stats.mtimeMs };
      return { type: stats.isDirectory() ? 'directory' : 'other' };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return { type: 'missing' };
      throw error;
    }
  },
  read: (file, maxBytes) => readRegularFile(file, maxBytes, 'transcript'),
  async realPath(file) {
    return slashed(await realpath(file));
  },
};

/** Reads each transcript file once per run, however many articles link it. */
export class TranscriptLoader {
  private readonly loaded = new Map<string, Promise<LoadedTranscript>>();

  constructor(
    private readonly options: TranscriptOptions = { allowOutside: false, maxBytes: DEFAULT_MAX_TRANSCRIPT_BYTES },
    private readonly files: TranscriptFileSystem = NODE_TRANSCRIPT_FILES,
  ) {}

  /** The article's transcripts, or null when it links none. */
  async forArticle(context: TranscriptContext): Promise<ArticleTranscripts | null> {
    const { articlePath, config, configPath, cwd } = context;
    // A link may lead under the working directory, the configuration's folder or the article's own.
    const roots = [cwd, ...(configPath ? [path.dirname(configPath)] : []), ...(articlePath ? [path.dirname(articlePath)] : [])].map(slashed);
    const links = resolveTranscriptLinks({
      articlePath: articlePath && slashed(articlePath),
      baseDir: slashed(cwd),
      text: context.text,
      config,
      configPath: configPath && slashed(configPath),
      extra: context.extra,
      roots,
      allowOutside: this.options.allowOutside,
      allowHint: 'pass --allow-transcripts-outside to read it',
    });
    if (links.length === 0) return null;

    const problems: InputProblem[] = [];
    const transcripts: ParsedTranscript[] = [];
    const from = articlePath ? displayPath(articlePath, cwd) : '<stdin>';
    for (const link of links) {
      const shownForUser = displayPath(path.resolve(link.path), cwd);
      const loaded = await this.load(link, roots);
      if ('problem' in loaded) {
        problems.push({ path: shownForUser, message: `transcript linked from ${from}: ${loaded.problem}` });
        continue;
      }
      for (const problem of loaded.parsed.problems) problems.push({ path: shownForUser, message: `transcript: ${problem}` });
      transcripts.push(link.link.speakers.length ? { ...loaded.parsed, speakers: link.link.speakers } : loaded.parsed);
    }
    return { index: new TranscriptIndex(transcripts), problems };
  }

  private load(link: ResolvedLink, roots: string[]): Promise<LoadedTranscript> {
    const key = `${link.path}\u0000${link.shown}\u0000${link.refused ?? ''}`;
    let loading = this.loaded.get(key);
    if (!loading) {
      loading = readTranscriptFile(this.files, link, this.options.maxBytes, this.options.allowOutside ? undefined : roots);
      this.loaded.set(key, loading);
    }
    return loading;
  }
}

/** The article's quotes checked against its transcripts. */
export function verifyArticle(text: string, analysis: Analysis, transcripts: ArticleTranscripts, config: NewsdeskConfig): VerifyResult {
  return verifyQuotes(text, analysis, transcripts.index, { config });
}

/** The analysis with the verification findings among its own, in text order. */
export function withVerificationFindings(analysis: Analysis, verification: VerifyResult): Analysis {
  if (verification.diagnostics.length === 0) return analysis;
  const diagnostics = [...analysis.diagnostics, ...verification.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  return { ...analysis, diagnostics };
}
