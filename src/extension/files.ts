// The editor's file access for what Newsdesk reads and writes itself (transcripts, `.newsdesk.json`,
// exported reports): reads only regular files under a size limit, writes through a temporary file
// renamed over the target. Through `workspace.fs`, so virtual workspaces and the web worker work;
// real paths (for symbolic links) only where the host can tell and the files are on disk.
import * as vscode from 'vscode';
import type { FileStat, TranscriptFileSystem } from '../engine/transcripts';
import { formatBytes } from '../engine/transcripts';
import type { ExtensionHost } from './host/host';

/** What is at a URI, following symbolic links; devices, FIFOs and sockets are 'other'. */
async function statOf(uri: vscode.Uri): Promise<FileStat> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { type: 'directory' };
    if (stat.type & vscode.FileType.File) return { type: 'file', size: stat.size, mtime: stat.mtime };
    return { type: 'other' };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound')) return { type: 'missing' };
    throw error;
  }
}

/** A refusal, with the reason in the user's words (the engine's TranscriptFileSystem codes). */
function refusal(message: string, code: 'NOT_REGULAR' | 'TOO_LARGE'): Error {
  return Object.assign(new Error(message), { code });
}

/** The bytes of a regular file of at most `maxBytes`; anything else is refused without reading it. */
export async function readBounded(uri: vscode.Uri, maxBytes: number, what: string): Promise<Uint8Array> {
  const stat = await statOf(uri);
  if (stat.type === 'missing') throw vscode.FileSystemError.FileNotFound(uri);
  if (stat.type !== 'file') throw refusal(`not a regular file (a device, FIFO or socket is never read as a ${what})`, 'NOT_REGULAR');
  if (stat.size > maxBytes) throw refusal(`${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit for a ${what}`, 'TOO_LARGE');
  return readStatted(uri, maxBytes, what);
}

/** The read after the stat: the bytes, refused if the file has grown past the limit since. */
async function readStatted(uri: vscode.Uri, maxBytes: number, what: string): Promise<Uint8Array> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > maxBytes) throw refusal(`over the ${formatBytes(maxBytes)} limit for a ${what}`, 'TOO_LARGE');
  return bytes;
}

/**
 * The engine's transcript file access over `workspace.fs`, for paths on the scheme and authority of
 * `base`. Make one per check: real paths (the allowed folders' above all) are resolved once in it.
 */
export function workspaceFileSystem(base: vscode.Uri, host: ExtensionHost): TranscriptFileSystem {
  const at = (path: string) => base.with({ path, query: '', fragment: '' });
  const realPath = host.realPath;
  const realPaths = new Map<string, Promise<string>>();
  return {
    stat: (path) => statOf(at(path)),
    // readTranscriptFile reads only what its stat just found to be a regular file within the limit.
    read: (path, maxBytes) => readStatted(at(path), maxBytes, 'transcript'),
    ...(realPath && base.scheme === 'file'
      ? {
        realPath: (path: string) => {
          let real = realPaths.get(path);
          if (!real) realPaths.set(path, (real = realPath(at(path))));
          return real;
        },
      }
      : {}),
  };
}

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside the target, renamed
 * over it, so a crash or a full disk leaves the previous file as it was.
 */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temporary = vscode.Uri.joinPath(target, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, bytes);
  try {
    await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    throw error;
  }
}
