// Which transcript files an article links, resolved once for every host: the CLI and the extension
// each implement `TranscriptFileSystem` (stat and a bounded read) and get the same answers: paths
// resolved against the article or `.newsdesk.json`, kept inside the folders the host allows, read
// only when they are regular files under the size limit, and parsed. Paths are '/'-separated and
// absolute (`/home/me/story/a.vtt`, `C:/story/a.vtt`); no `vscode` or `node:` import, so virtual
// workspaces work too.
import type { NewsdeskConfig } from '../types';
import type { TranscriptLink } from './links';
import { configuredTranscripts, readTranscriptLinks } from './links';
import type { ParsedTranscript, TranscriptSource } from './parse';
import { parseTranscript } from './parse';

/** What is at a path, following symbolic links. */
export type FileStat = { type: 'file'; size: number; mtime: number } | { type: 'directory' | 'other' | 'missing' };

/** The file access a host gives the transcript reader: all of it. */
export interface TranscriptFileSystem {
  stat(path: string): Promise<FileStat>;
  /**
   * The bytes of a regular file of at most `maxBytes`. Must not block on a FIFO or a device: throws
   * an error with code NOT_REGULAR or TOO_LARGE (and a message saying why) for what it refuses.
   * `readTranscriptFile` calls it only after `stat` found a regular file within the limit, so a
   * host need not stat the file again.
   */
  read(path: string, maxBytes: number): Promise<Uint8Array>;
  /** The path with symbolic links resolved, when the host can tell: containment is checked on it. */
  realPath?(path: string): Promise<string>;
}

/**
 * Largest transcript read, in bytes (a setting and a CLI flag change it). A three-hour interview
 * as WebVTT is about 0.5 MB, so this fits one forty times over.
 */
export const DEFAULT_MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

/** A link resolved to a file, or refused before any read. */
export interface ResolvedLink {
  link: TranscriptLink;
  /** Absolute, normalised. */
  path: string;
  /** As the writer knows it: as written in the article, else relative to the article's folder. */
  shown: string;
  /** Why the file is not read (outside the allowed folders); undefined when it may be read. */
  refused?: string;
}

export interface LinkSources {
  /** Absolute path of the article; undefined for text with no file (links are then relative to `baseDir`). */
  articlePath: string | undefined;
  /** Folder for links when there is no article path. */
  baseDir: string;
  text: string;
  config: NewsdeskConfig;
  /** Absolute path of the `.newsdesk.json` that applies, if any. */
  configPath: string | null;
  /** Links given by the host (the CLI's --transcript), relative to `baseDir`. */
  extra?: readonly TranscriptLink[];
  /** Folders links may point into (the workspace; or the working directory, the configuration's and the article's folder). */
  roots: readonly string[];
  /** The user allowed links anywhere (a setting, --allow-transcripts-outside). */
  allowOutside: boolean;
  /** How a refusal tells the user to allow more, in the host's words. */
  allowHint: string;
}

/** The article's transcript links, resolved and checked against the allowed folders, without duplicates. */
export function resolveTranscriptLinks(sources: LinkSources): ResolvedLink[] {
  const { articlePath, config, configPath } = sources;
  const articleDir = articlePath ? dirname(articlePath) : normalizePath(sources.baseDir);
  const wanted: Array<{ link: TranscriptLink; path: string; shown: string }> = [];
  for (const link of readTranscriptLinks(sources.text)) wanted.push({ link, path: resolvePath(articleDir, link.path), shown: link.path });
  if (config.transcripts && configPath && articlePath) {
    const configDir = dirname(configPath);
    for (const link of configuredTranscripts(config.transcripts, relativePath(configDir, articlePath))) {
      const target = resolvePath(configDir, link.path);
      wanted.push({ link, path: target, shown: relativePath(articleDir, target) });
    }
  }
  const base = normalizePath(sources.baseDir);
  for (const link of sources.extra ?? []) {
    const target = resolvePath(base, link.path);
    wanted.push({ link, path: target, shown: isInside(base, target) ? relativePath(base, target) : target });
  }
  const roots = sources.roots.map(normalizePath);
  const seen = new Set<string>();
  const resolved: ResolvedLink[] = [];
  for (const entry of wanted) {
    if (seen.has(entry.path)) continue;
    seen.add(entry.path);
    const refused = sources.allowOutside || roots.some((root) => isInside(root, entry.path)) ? undefined : outsideMessage(roots, sources.allowHint);
    resolved.push(refused ? { ...entry, refused } : entry);
  }
  return resolved;
}

function outsideMessage(roots: readonly string[], hint: string): string {
  const where = roots.length ? 'outside the folders Newsdesk reads transcripts from' : 'not read: no folder is open to read transcripts from';
  return `${where}; ${hint}`;
}

/** A transcript read and parsed, or why it was not; `stamp` changes when the file does. */
export type LoadedTranscript = { path: string; stamp: string; parsed: ParsedTranscript } | { path: string; stamp: string; problem: string };

/**
 * Reads and parses one resolved link: a regular file within `maxBytes`, inside the allowed folders
 * once symbolic links are resolved (when `roots` are given), in UTF-8. Never throws.
 */
export async function readTranscriptFile(
  files: TranscriptFileSystem,
  link: ResolvedLink,
  maxBytes: number,
  roots?: readonly string[],
  /** How to parse: the editor passes `parseTranscriptInSlices`, so a long file never blocks it. */
  parse: (source: TranscriptSource) => ParsedTranscript | Promise<ParsedTranscript> = parseTranscript,
): Promise<LoadedTranscript> {
  const { path } = link;
  if (link.refused) return { path, stamp: 'refused', problem: link.refused };
  let stat: FileStat;
  try {
    stat = await files.stat(path);
  } catch {
    return { path, stamp: 'missing', problem: 'cannot be read' };
  }
  if (stat.type !== 'file') return { path, stamp: stat.type, problem: NOT_A_FILE[stat.type] };
  const stamp = `${stat.mtime}:${stat.size}`;
  if (stat.size > maxBytes) return { path, stamp, problem: `${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit for a transcript` };
  if (roots && files.realPath) {
    // A symbolic link inside the folder may point anywhere: check where it really leads.
    try {
      const real = normalizePath(await files.realPath(path));
      const realRoots = await Promise.all(roots.map(async (root) => normalizePath(await files.realPath!(root).catch(() => root))));
      if (!realRoots.some((root) => isInside(root, real))) return { path, stamp, problem: 'a symbolic link to a file outside the folders Newsdesk reads transcripts from' };
    } catch {
      return { path, stamp, problem: 'cannot be read' };
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await files.read(path, maxBytes);
  } catch (error) {
    return { path, stamp, problem: readProblem(error) };
  }
  if (bytes.length > maxBytes) return { path, stamp, problem: `over the ${formatBytes(maxBytes)} limit for a transcript` };
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { path, stamp, problem: decoded.problem };
  return { path, stamp, parsed: await parse({ path: link.shown, text: decoded.text }) };
}

const NOT_A_FILE = {
  missing: 'no such file or directory',
  directory: 'is a directory, not a transcript',
  other: 'not a regular file (a device, FIFO or socket is never read)',
} as const;

function readProblem(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  // A host's own refusal (a device found at read time, a file that grew) says why in its message.
  if ((code === 'NOT_REGULAR' || code === 'TOO_LARGE') && error instanceof Error) return error.message;
  if (code === 'ENOENT' || code === 'FileNotFound') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions') return 'permission denied';
  if (code === 'EISDIR' || code === 'FileIsADirectory') return 'is a directory, not a transcript';
  if (code === 'NOT_REGULAR') return 'not a regular file (a device, FIFO or socket is never read)';
  return 'cannot be read';
}

/** How `decodeText` names what it refuses, in the words of the kind of file being read. */
export interface DecodeProblems {
  utf16: string;
  binary: string;
}

const TRANSCRIPT_DECODE_PROBLEMS: DecodeProblems = { utf16: 'UTF-16 text; save it as UTF-8', binary: 'a binary file, not a transcript' };

/** UTF-8 text without its byte order mark; refuses UTF-16, binary files and other encodings. */
export function decodeText(bytes: Uint8Array, problems: DecodeProblems = TRANSCRIPT_DECODE_PROBLEMS): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: problems.utf16 };
  if (bytes.subarray(0, 8000).includes(0)) return { problem: problems.binary };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'not UTF-8 text; save it as UTF-8' };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

// ---------------------------------------------------------------------------------------------
// '/'-separated paths

/** `\` as `/`, `.` and `..` applied (never above the root), no trailing `/`. */
export function normalizePath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:(?=\/|$)/.exec(slashed)?.[0] ?? '';
  const rest = slashed.slice(drive.length);
  const absolute = rest.startsWith('/');
  const parts: string[] = [];
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute && !drive) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  return `${drive}${absolute || drive ? '/' : ''}${parts.join('/')}` || '.';
}

export function isAbsolutePath(path: string): boolean {
  return /^(?:[\\/]|[A-Za-z]:[\\/]|[A-Za-z]:$)/.test(path);
}

/** `relative` from `directory`, or `relative` itself when it is absolute. */
export function resolvePath(directory: string, relative: string): string {
  return normalizePath(isAbsolutePath(relative) ? relative : `${directory}/${relative}`);
}

export function dirname(path: string): string {
  const normal = normalizePath(path);
  const at = normal.lastIndexOf('/');
  if (at <= 0) return at === 0 ? '/' : '.';
  if (/^[A-Za-z]:$/.test(normal.slice(0, at))) return normal.slice(0, at + 1);
  return normal.slice(0, at);
}

/** `path` is `root` or inside it (compared as written; hosts give real paths where links matter). */
export function isInside(root: string, path: string): boolean {
  const base = normalizePath(root);
  const target = normalizePath(path);
  if (target === base) return true;
  return target.startsWith(base.endsWith('/') ? base : `${base}/`);
}

/** `to` relative to the folder `from`, with `..` where it leaves it. */
export function relativePath(from: string, to: string): string {
  const a = normalizePath(from).split('/').filter(Boolean);
  const b = normalizePath(to).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/') || '.';
}
