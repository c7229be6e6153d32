// The transcripts an article links (its header line, `.newsdesk.json`, or --transcript), read from
// disk and indexed once per run, and the verification findings merged into an analysis.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Analysis, NewsdeskConfig } from '../engine/types';
import type { ParsedTranscript, TranscriptLink, VerifyResult } from '../engine/transcripts';
import { configuredTranscripts, parseTranscript, readTranscriptLinks, TranscriptIndex, verifyQuotes } from '../engine/transcripts';
import { describeFileError } from './errors';
import type { InputProblem } from './files';
import { decodeArticle, displayPath } from './files';

export interface ArticleTranscripts {
  index: TranscriptIndex;
  /** Transcripts that could not be read or parsed, each naming the file. */
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

/** Reads each transcript file once per run, however many articles link it. */
export class TranscriptLoader {
  private readonly parsed = new Map<string, Promise<ParsedTranscript | { problem: string }>>();

  /** The article's transcripts, or null when it links none. */
  async forArticle(context: TranscriptContext): Promise<ArticleTranscripts | null> {
    const { articlePath, text, config, configPath, cwd } = context;
    const articleDir = articlePath ? path.dirname(articlePath) : cwd;
    const wanted: Array<{ absolute: string; shown: string; speakers: string[] }> = [];
    for (const link of readTranscriptLinks(text)) wanted.push({ absolute: path.resolve(articleDir, link.path), shown: link.path, speakers: link.speakers });
    if (config.transcripts && configPath && articlePath) {
      const configDir = path.dirname(configPath);
      const relative = path.relative(configDir, articlePath).split(path.sep).join('/');
      for (const link of configuredTranscripts(config.transcripts, relative)) {
        const absolute = path.resolve(configDir, link.path);
        wanted.push({ absolute, shown: path.relative(articleDir, absolute).split(path.sep).join('/'), speakers: link.speakers });
      }
    }
    for (const link of context.extra ?? []) wanted.push({ absolute: path.resolve(cwd, link.path), shown: displayPath(path.resolve(cwd, link.path), cwd), speakers: link.speakers });
    if (wanted.length === 0) return null;

    const problems: InputProblem[] = [];
    const transcripts: ParsedTranscript[] = [];
    const seen = new Set<string>();
    for (const link of wanted) {
      if (seen.has(link.absolute)) continue;
      seen.add(link.absolute);
      const shownForUser = displayPath(link.absolute, cwd);
      const loaded = await this.load(link.absolute, link.shown);
      if ('problem' in loaded) {
        problems.push({ path: shownForUser, message: `transcript linked from ${articlePath ? displayPath(articlePath, cwd) : '<stdin>'}: ${loaded.problem}` });
        continue;
      }
      for (const problem of loaded.problems) problems.push({ path: shownForUser, message: `transcript: ${problem}` });
      transcripts.push(link.speakers.length ? { ...loaded, speakers: link.speakers } : loaded);
    }
    return { index: new TranscriptIndex(transcripts), problems };
  }

  private load(absolute: string, shown: string): Promise<ParsedTranscript | { problem: string }> {
    let loading = this.parsed.get(`${absolute}\u0000${shown}`);
    if (!loading) {
      loading = (async () => {
        let bytes: Buffer;
        try {
          bytes = await readFile(absolute);
        } catch (error) {
          return { problem: describeFileError(error) };
        }
        const decoded = decodeArticle(bytes);
        if ('problem' in decoded) return { problem: decoded.problem.replace('an article', 'a transcript') };
        return parseTranscript({ path: shown, text: decoded.text });
      })();
      this.parsed.set(`${absolute}\u0000${shown}`, loading);
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
