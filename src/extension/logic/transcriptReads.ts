// Which linked transcripts the editor may read, from the `newsdesk.transcripts.*` settings and the
// workspace's trust: in Restricted Mode none (VS Code already ignores the workspace's values of
// these settings there: package.json `restrictedConfigurations`). No `vscode` import, so the rule
// is tested without an editor.
import { DEFAULT_MAX_TRANSCRIPT_BYTES } from '../../engine/transcripts';

export interface TranscriptReads {
  /** False in Restricted Mode: no linked file is read, and the writer is told why once. */
  readonly allowed: boolean;
  /** Largest transcript read, in bytes. */
  readonly maxBytes: number;
  /** Links outside the workspace folders may be read (only when the setting is exactly `true`). */
  readonly allowOutside: boolean;
}

const MEGABYTE = 1024 * 1024;
/** The bounds of `newsdesk.transcripts.maxFileSizeMB` in package.json. */
const MIN_MB = 0.001;
const MAX_MB = 4096;

/** The settings' values as `getConfiguration('newsdesk.transcripts').get()` returns them (any type). */
export function transcriptReads(values: { maxFileSizeMB?: unknown; allowOutsideWorkspace?: unknown }, trusted: boolean): TranscriptReads {
  const megabytes = typeof values.maxFileSizeMB === 'number' && Number.isFinite(values.maxFileSizeMB)
    ? Math.min(MAX_MB, Math.max(MIN_MB, values.maxFileSizeMB))
    : DEFAULT_MAX_TRANSCRIPT_BYTES / MEGABYTE;
  return { allowed: trusted, maxBytes: Math.round(megabytes * MEGABYTE), allowOutside: values.allowOutsideWorkspace === true };
}
