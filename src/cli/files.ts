// Finding articles, reading them as text, and finding the `.newsdesk.json` that applies to each.
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, MAX_CONFIG_BYTES, parseConfigText } from '../engine/config';
import { decodeText, formatBytes } from '../engine/transcripts/files';
import type { NewsdeskConfig } from '../engine/types';
import { describeFileError } from './errors';
import { printable } from './format';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.news', '.md', '.markdown', '.txt'];

/** Something wrong with an input (an article, a directory or a configuration), found before analysis. */
export interface InputProblem {
  /** As shown to the user: relative to the working directory where possible. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** `path[:line:col]: message`, with control characters in either shown escaped (see `printable`). */
export function formatInputProblem(problem: InputProblem): string {
  const position = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}` : '';
  return `${printable(problem.path)}${position}: ${printable(problem.message)}`;
}

/** Relative to `cwd` when the file is inside it (short and clickable), else absolute. */
export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolutePath : relative;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The article files named by `inputs`: files as given (whatever their extension), and in directories,
 * recursively, files with an article extension, skipping node_modules and dot-folders. Absolute
 * paths, without duplicates, sorted so that output never depends on directory order.
 */
export async function findArticleFiles(inputs: readonly string[], cwd: string): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stats;
    try {
      stats = await stat(absolute);
    } catch (error) {
      problems.push({ path: input, message: describeFileError(error) });
      continue;
    }
    if (stats.isFile()) {
      files.add(absolute);
    } else if (stats.isDirectory()) {
      const found: string[] = [];
      await collectArticles(absolute, found, problems, cwd);
      if (found.length === 0) problems.push({ path: input, message: `no article files (${ARTICLE_EXTENSIONS.join(', ')}) in this directory` });
      for (const file of found) files.add(file);
    } else {
      problems.push({ path: input, message: 'not a regular file or directory (a device, FIFO or socket is never read)' });
    }
  }
  return { files: [...files].sort(compareCodeUnits), problems };
}

async function collectArticles(directory: string, found: string[], problems: InputProblem[], cwd: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: displayPath(directory, cwd), message: `cannot list directory: ${describeFileError(error)}` });
    return;
  }
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      await collectArticles(entryPath, found, problems, cwd);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
      // Symbolic links to files count; links to directories are not followed, so there are no cycles.
      if (entry.isSymbolicLink() && !(await isFile(entryPath))) continue;
      found.push(entryPath);
    }
  }
}

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/**
 * Article text from raw bytes: UTF-8 without its byte order mark, so that offsets match what an
 * editor shows. Refuses binary files and other encodings rather than analysing garbage.
 */
export function decodeArticle(bytes: Uint8Array): { text: string } | { problem: string } {
  return decodeText(bytes, { utf16: 'the file is UTF-16 text; save it as UTF-8', binary: 'binary file, not an article' });
}

/**
 * Largest article read, in bytes: ten times the editor's automatic-analysis limit, and about ten
 * seconds of analysis. Longer inputs are refused with a message rather than analysed for minutes.
 */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** A refusal from `readRegularFile`, with the reason in the user's words. */
export class FileRefusal extends Error {
  constructor(
    message: string,
    readonly code: 'NOT_REGULAR' | 'TOO_LARGE',
  ) {
    super(message);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`, or of its first `maxBytes + 1` bytes when it
 * grew after the check. Opened without blocking, so a FIFO or a device is refused, never waited
 * on or read without end; the type and size are those of the opened file, not of a path that may
 * have changed in between.
 */
export async function readRegularFile(absolutePath: string, maxBytes: number, what = 'file'): Promise<Buffer> {
  const handle = await open(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw new FileRefusal(`not a regular file (a device, FIFO or socket is never read as ${what === 'article' ? 'an' : 'a'} ${what})`, 'NOT_REGULAR');
    if (stats.size > maxBytes) throw new FileRefusal(`${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for ${what === 'article' ? 'an' : 'a'} ${what}`, 'TOO_LARGE');
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stats.size, 0) + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new FileRefusal(`over the ${formatBytes(maxBytes)} limit for ${what === 'article' ? 'an' : 'a'} ${what} (it grew while being read)`, 'TOO_LARGE');
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export async function readArticle(absolutePath: string): Promise<{ text: string } | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(absolutePath, MAX_ARTICLE_BYTES, 'article');
  } catch (error) {
    return { problem: describeFileError(error) };
  }
  return decodeArticle(bytes);
}

/** Standard input, up to the article limit: a larger input (`< /dev/zero`) is refused, not kept in memory. */
export async function readStdin(maxBytes = MAX_ARTICLE_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > maxBytes) {
      process.stdin.destroy();
      throw new FileRefusal(`standard input is over the ${formatBytes(maxBytes)} limit for an article`, 'TOO_LARGE');
    }
  }
  return Buffer.concat(chunks);
}

/** A configuration file, read and validated, or what is wrong with it. */
export type LoadedConfig =
  | { ok: true; path: string | null; config: NewsdeskConfig }
  | { ok: false; path: string; problems: InputProblem[] };

export async function loadConfigFile(absolutePath: string, cwd: string): Promise<LoadedConfig> {
  const shownPath = displayPath(absolutePath, cwd);
  let text: string;
  try {
    text = (await readRegularFile(absolutePath, MAX_CONFIG_BYTES, 'configuration')).toString('utf8');
  } catch (error) {
    return { ok: false, path: absolutePath, problems: [{ path: shownPath, message: `cannot read the configuration: ${describeFileError(error)}` }] };
  }
  const { config, errors } = parseConfigText(text);
  if (errors.length === 0) return { ok: true, path: absolutePath, config };
  return {
    ok: false,
    path: absolutePath,
    problems: errors.map((error) => ({ path: shownPath, message: error.message, line: error.line, column: error.column })),
  };
}

/**
 * Finds the `.newsdesk.json` that applies to a directory: the nearest one in it or above it, up to
 * the file-system root. Looks each directory up once, and loads each configuration once.
 */
export class ConfigResolver {
  private readonly fileForDirectory = new Map<string, Promise<string | null>>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly cwd: string) {}

  async forDirectory(directory: string): Promise<LoadedConfig> {
    const configPath = await this.findConfigFile(path.resolve(directory));
    if (configPath === null) return { ok: true, path: null, config: DEFAULT_CONFIG };
    let loading = this.loaded.get(configPath);
    if (!loading) {
      loading = loadConfigFile(configPath, this.cwd);
      this.loaded.set(configPath, loading);
    }
    return loading;
  }

  private findConfigFile(directory: string): Promise<string | null> {
    let finding = this.fileForDirectory.get(directory);
    if (!finding) {
      finding = (async () => {
        const candidate = path.join(directory, CONFIG_FILE_NAME);
        if (await isFile(candidate)) return candidate;
        const parent = path.dirname(directory);
        return parent === directory ? null : this.findConfigFile(parent);
      })();
      this.fileForDirectory.set(directory, finding);
    }
    return finding;
  }
}
