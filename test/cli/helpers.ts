// Running the built CLI (dist/cli.js) on temporary files, as a user would.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI_PATH = path.join(PROJECT_ROOT, 'dist', 'cli.js');

let building: Promise<void> | undefined;

/** Builds dist/cli.js when it is missing or older than a source file; once per test run. */
export function ensureCliBuilt(): Promise<void> {
  building ??= newestSourceTime(path.join(PROJECT_ROOT, 'src')) > builtTime()
    ? new Promise((resolve, reject) =>
        execFile(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT }, (error, _stdout, stderr) =>
          error ? reject(new Error(`build failed: ${stderr || error.message}`)) : resolve(),
        ),
      )
    : Promise.resolve();
  return building;
}

function builtTime(): number {
  try {
    return statSync(CLI_PATH).mtimeMs;
  } catch {
    return 0;
  }
}

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(entryPath) : statSync(entryPath).mtimeMs);
  }
  return newest;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** The script to run instead of dist/cli.js (a test wrapper around the CLI). */
  script?: string;
}

/** Runs `node dist/cli.js ...args` and collects its output. Colour and debugging are off unless asked for. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, NEWSDESK_DEBUG: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? CLI_PATH, ...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh directory holding `files` (paths relative to it); removed by the returned cleanup. */
export function makeTempTree(files: Record<string, string | Buffer>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'newsdesk-cli-'));
  for (const [relative, content] of Object.entries(files)) {
    const filePath = path.join(root, relative);
    mkdirSync(path.dirname(filePath), { recursive: true });
    writeFileSync(filePath, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
