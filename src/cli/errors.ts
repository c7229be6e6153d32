// Errors that end a command with a message and no stack trace: the user's input, not our code, is wrong.

export const EXIT_OK = 0;
/** `check`: findings at or above `--fail-on`; `analyze --jsonl` and `eval`: some documents failed. */
export const EXIT_FINDINGS = 1;
/**
 * Bad usage, input that cannot be read (missing file, binary file, invalid configuration), or an
 * article the engine failed on (an internal error: a bug to report, not a clean result).
 */
export const EXIT_USAGE_OR_INPUT = 2;

export class CliError extends Error {
  constructor(
    message: string,
    /** A line printed after the message, such as where to find usage. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The engine failed inside `analyze` (a bug in Newsdesk): its message, with the engine's stack kept for NEWSDESK_DEBUG. */
export class EngineFailure extends Error {
  constructor(internal: { message: string; stack?: string }) {
    super(internal.message);
    this.name = 'EngineFailure';
    if (internal.stack) this.stack = internal.stack;
  }
}

export class UsageError extends CliError {
  constructor(command: string | undefined, message: string) {
    super(command ? `${command}: ${message}` : message, `Run 'newsdesk ${command ? `${command} ` : ''}--help' for usage.`);
    this.name = 'UsageError';
  }
}

/** Node's own words for the file-system errors a user can cause, without the syscall noise. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
