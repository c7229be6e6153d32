// Writing a file so that readers see the old version or the new one, never a part: the text goes to
// a temporary file beside the target (same folder, so the same file system) and is renamed over it.
// A kill or a full disk leaves the previous file as it was. The temporary file is removed on
// SIGINT, SIGTERM and SIGHUP; after a SIGKILL (which nothing can catch) the next write to the same
// target recognises it by its name and removes it once the process that made it is gone.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';

/** The temporary file's name: `.<target name>.newsdesk-<pid>-<8 hex digits>.tmp`, hidden, beside the target. */
export function temporaryNameFor(target: string, pid = process.pid): string {
  return `.${path.basename(target)}.newsdesk-${pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** The pid in the name of one of our temporary files for `target`, or null for any other name. */
export function temporaryFileOwner(target: string, name: string): number | null {
  const prefix = `.${path.basename(target)}.newsdesk-`;
  if (!name.startsWith(prefix)) return null;
  const match = /^(\d{1,10})-[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Temporary files this process is writing; removed if a signal ends it first. */
const pending = new Set<string>();

function removePendingAndDie(signal: NodeJS.Signals): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed or removed: nothing left behind.
    }
  }
  pending.clear();
  stopListening();
  // Die of the same signal, as the process would have without this handler (exit status 128 + n).
  process.kill(process.pid, signal);
}

function startListening(): void {
  if (pending.size !== 1) return;
  for (const signal of CLEANUP_SIGNALS) process.on(signal, removePendingAndDie);
}

function stopListening(): void {
  for (const signal of CLEANUP_SIGNALS) process.removeListener(signal, removePendingAndDie);
}

function settle(temporary: string): void {
  pending.delete(temporary);
  if (pending.size === 0) stopListening();
}

/** Whether a process with this id is running (as far as this user can tell: EPERM means it is). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files an earlier, killed write to `target` left beside it: only names of our
 * pattern for this target, only regular files, only when the process that made them is gone.
 */
async function removeStaleTemporaries(target: string): Promise<void> {
  const folder = path.dirname(target);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const owner = temporaryFileOwner(target, name);
    if (owner === null || owner === process.pid || isRunning(owner)) continue;
    const file = path.join(folder, name);
    const stats = await lstat(file).catch(() => null);
    if (stats?.isFile()) await unlink(file).catch(() => undefined);
  }
}

export async function writeFileAtomically(target: string, text: string): Promise<void> {
  const existing = await lstat(target).catch(() => null);
  // Renaming over a symbolic link would replace the link, not the file it points to; a directory or device is no report.
  if (existing && !existing.isFile()) throw Object.assign(new Error('not a regular file; refusing to replace it'), { code: 'NOT_REGULAR' });
  await removeStaleTemporaries(target);
  const temporary = path.join(path.dirname(target), temporaryNameFor(target));
  const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
  pending.add(temporary);
  startListening();
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    settle(temporary);
  }
}
