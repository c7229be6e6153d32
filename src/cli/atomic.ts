// Writing a file so that readers see the old version or the new one, never a part: the text goes to
// a temporary file beside the target (same folder, so the same file system) and is renamed over it.
// A kill or a full disk leaves the previous file as it was.
import { randomBytes } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';

export async function writeFileAtomically(target: string, text: string): Promise<void> {
  const existing = await lstat(target).catch(() => null);
  // Renaming over a symbolic link would replace the link, not the file it points to; a directory or device is no report.
  if (existing && !existing.isFile()) throw Object.assign(new Error('not a regular file; refusing to replace it'), { code: 'NOT_REGULAR' });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
