// Command-line parsing on top of node's util.parseArgs, with messages in the CLI's own voice.
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

/** Every command takes -h and --help. */
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A command's arguments: its own options and -h/--help; positionals allowed, unknown options
 * refused, and parseArgs's errors turned into usage errors for `command`.
 */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, ...HELP_OPTION } });
  } catch (error) {
    throw new UsageError(command, describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /^Unknown option '([^']+)'/.exec(text)?.[1];
    return option ? `unknown option '${option}'` : text;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /^Option '(?:-\w, )?(--?[\w-]+)(?: <value>)?' argument (missing|is ambiguous)/.exec(text);
    if (missing?.[2] === 'missing') return `option '${missing[1]}' needs a value`;
    if (missing) return `option '${missing[1]}' needs a value (for a value that starts with '-', write ${missing[1]}=VALUE)`;
    const noValue = /^Option '(?:-\w, )?(--?[\w-]+)' does not take an argument/.exec(text);
    if (noValue) return `option '${noValue[1]}' does not take a value`;
  }
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The value if it is one of `allowed`, else a usage error naming the choices. */
export function oneOf<const T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(command, `${option} must be one of ${allowed.join(', ')} (got '${value}')`);
}

export function positiveInteger(command: string, option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(command, `${option} must be a whole number of at least 1 (got '${value}')`);
  }
  return Number(value);
}
