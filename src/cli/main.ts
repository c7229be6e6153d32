// Entry point of the `newsdesk` command (bundled to dist/cli.js): dispatches to one file per command.
import { writeSync } from 'node:fs';
import { ANALYZE_HELP, parseAnalyzeArgs, runAnalyze } from './analyze';
import { CHECK_HELP, parseCheckArgs, runCheck } from './check';
import { CliError, EXIT_OK, EXIT_USAGE_OR_INPUT, UsageError, errorMessage } from './errors';
import { EVAL_HELP, parseEvalArgs, runEval } from './eval';
import { printable } from './format';
import { writeStdout } from './output';
import { REPORT_HELP, parseReportArgs, runReport } from './report';
import { VERIFY_HELP, parseVerifyArgs, runVerify } from './verify';
import { TOOL_VERSION } from './version';

const MAIN_HELP = `Usage: newsdesk COMMAND [options]

Who said what: quotation and attribution checks for news articles.

Commands:
  check FILE|DIR...      Report attribution problems in articles (for editors and CI)
  analyze FILE|-         Show who said what in one article (--json for the whole analysis)
  analyze --jsonl IN|-   Analyse a batch of documents given as JSON Lines
  report FILE|DIR...     Count who is quoted: an HTML, JSON or CSV sources report
  eval GOLD              Score the engine against a hand-annotated corpus
  verify ARTICLE         Check each quote against the transcripts the article links

Options:
  -h, --help             Show this help; 'newsdesk COMMAND --help' for a command's options
  -v, --version          Show the version

Set NEWSDESK_DEBUG=1 to see stack traces of internal errors.
`;

interface Command {
  run: (args: string[]) => Promise<number>;
  help: string;
}

/** A command: its arguments parsed, then its help printed (exit 0) or the command run. */
function command<Options>(help: string, parse: (args: string[]) => Options | 'help', run: (options: Options) => Promise<number>): Command {
  return {
    help,
    async run(args) {
      const options = parse(args);
      if (options !== 'help') return run(options);
      await writeStdout(help);
      return EXIT_OK;
    },
  };
}

const COMMANDS: Readonly<Record<string, Command>> = {
  check: command(CHECK_HELP, parseCheckArgs, runCheck),
  analyze: command(ANALYZE_HELP, parseAnalyzeArgs, runAnalyze),
  report: command(REPORT_HELP, parseReportArgs, runReport),
  eval: command(EVAL_HELP, parseEvalArgs, runEval),
  verify: command(VERIFY_HELP, parseVerifyArgs, runVerify),
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(MAIN_HELP);
    return EXIT_USAGE_OR_INPUT;
  }
  if (first === '-h' || first === '--help') {
    process.stdout.write(MAIN_HELP);
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) process.stdout.write(MAIN_HELP);
    else if (Object.hasOwn(COMMANDS, topic)) process.stdout.write(COMMANDS[topic].help);
    else throw unknownCommand(topic);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new UsageError(undefined, `unknown option '${first}'; options come after the command`);
  if (!Object.hasOwn(COMMANDS, first)) throw unknownCommand(first);
  return COMMANDS[first].run(rest);
}

function unknownCommand(name: string): UsageError {
  const names = Object.keys(COMMANDS);
  const guess = names.find((command) => command.startsWith(name.slice(0, 2).toLowerCase()));
  return new UsageError(undefined, `unknown command '${name}'${guess ? `; did you mean '${guess}'?` : ''} (commands: ${names.join(', ')})`);
}

/** Prints an error the way users should see it: a message, and a stack trace only when debugging. */
function reportError(error: unknown): number {
  const debug = process.env.NEWSDESK_DEBUG === '1';
  if (error instanceof CliError) {
    const lines = error.message.split('\n').map((line) => `newsdesk: ${printable(line)}\n`);
    process.stderr.write(lines.join('') + (error.hint ? `${error.hint}\n` : ''));
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
  } else {
    process.stderr.write(`newsdesk: internal error: ${printable(errorMessage(error))}\n`);
    process.stderr.write(debug && error instanceof Error && error.stack ? `${error.stack}\n` : 'Set NEWSDESK_DEBUG=1 to see the stack trace.\n');
  }
  return EXIT_USAGE_OR_INPUT;
}

// Output that cannot be written (a reader that went away, EPIPE; a full disk, ENOSPC) leaves the
// report incomplete: one line saying so, and exit 2, never 0 or 1 as if the output were whole.
for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EPIPE' ? 'the reader closed it (EPIPE)' : error.code === 'ENOSPC' ? 'no space left on the device (ENOSPC)' : errorMessage(error);
    try {
      if (stream !== process.stderr) writeSync(2, `newsdesk: cannot write to ${name}: ${why}; the output is incomplete\n`);
    } catch {
      // standard error is gone too: the exit code still says it
    }
    process.exit(EXIT_USAGE_OR_INPUT);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error);
  },
);
