// Runs test/vscode/**/*.test.ts inside a real VS Code extension host: code-server serves the
// workbench, headless Chromium opens it with an `extensionTestsPath` payload, and the workbench
// reports the tests' console output and exit code back through codeAutomationLog/codeAutomationExit.
// `--web`: the same tests in the web-worker extension host instead (Newsdesk's `browser` entry,
// moved there by the `remote.extensionKind` setting), from a browser bundle of them
// (scripts/vscode/web-tests.mjs), as on vscode.dev and github.dev.
//
// node scripts/vscode/run-tests.mjs [--web] [--workspace DIR] [--grep PATTERN] [--timeout SECONDS]
//   [--no-install] [--no-build] [--no-compile] [--verbose] [--result-file FILE] [--no-summary-line]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { install, REPO_ROOT, VSCODE_TEST_DIR } from './install.mjs';
import { startCodeServer } from './server.mjs';
import { bundleWebTests } from './web-tests.mjs';
import { readWorkbenchLog, RESULT_MARKER } from './workbench-log.mjs';

const { values: opts } = parseArgs({
  options: {
    web: { type: 'boolean', default: false },
    workspace: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    'no-install': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-compile': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: !!process.env.NEWSDESK_VSCODE_VERBOSE },
    'result-file': { type: 'string' },
    'no-summary-line': { type: 'boolean', default: false },
  },
});
const web = opts.web;
const log = (message) => console.log(`[${web ? 'vscode-web' : 'vscode'}] ${message}`);
/** The extension as package.json names it, for the `remote.extensionKind` setting. */
const EXTENSION_ID = 'newsdesk.newsdesk';
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const timeoutMs = Number(opts.timeout) * 1000;
const cleanups = []; // run in reverse on the way out

function step(title, command, args) {
  log(title);
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
}

function prepareWorkspace() {
  if (opts.workspace) return resolve(opts.workspace);
  // A temp copy, so tests can write into the workspace without touching the repo.
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-ws-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  cleanups.push(remove);
  process.on('exit', remove); // also on Ctrl-C, when the cleanups don't get to run
  const fixtures = join(REPO_ROOT, 'fixtures');
  if (existsSync(fixtures)) cpSync(fixtures, dir, { recursive: true });
  return dir;
}

function stamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

async function main() {
  if (!opts['no-install']) install(); // instant when already installed
  if (!opts['no-build']) step('Building (node scripts/build.mjs)', process.execPath, ['scripts/build.mjs']);
  let testsEntry;
  if (web) {
    // esbuild from the TypeScript sources: no tsc step, and the grep is built into the bundle (the worker has no environment).
    const bundle = await bundleWebTests({ grep: opts.grep });
    log(`Bundled ${bundle.files} test file(s) for the web worker into ${relative(REPO_ROOT, bundle.file)}; left out: ${bundle.leftOut.map(([file, why]) => `${file} (${why})`).join('; ') || 'none'}`);
    testsEntry = bundle.file;
  } else {
    if (!opts['no-compile']) {
      rmSync(join(REPO_ROOT, 'out/test/vscode'), { recursive: true, force: true }); // no stale tests
      step('Compiling tests (tsc -p tsconfig.json)', process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    }
    testsEntry = join(REPO_ROOT, 'out/test/vscode/index.js');
    if (!existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: test/vscode/index.ts did not compile?`);
  }
  const bundle = web ? 'dist/web.js' : 'dist/extension.js';
  if (!existsSync(join(REPO_ROOT, bundle))) throw new Error(`${bundle} is missing: the extension was not built`);

  const workspace = prepareWorkspace();
  const server = await startCodeServer({
    workspace,
    env: opts.grep && !web ? { NEWSDESK_TEST_GREP: opts.grep } : {},
    // An extension with both `main` and `browser` runs in the Node host unless this setting moves it.
    settings: web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {},
    verbose: opts.verbose,
  });
  cleanups.push(() => server.stop());
  log(`code-server up on port ${server.port} (${seconds()} s); workspace ${workspace}`);

  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const { context, page } = browser;

  // Until the runner's start marker, the log is the workbench's own chatter: keep it for
  // failures, show it only with --verbose.
  let testsStarted = false;
  const earlyLog = [];
  let result = null;
  let finish;
  const finished = new Promise((r) => (finish = r));
  await context.exposeFunction('codeAutomationLog', (type, args) => {
    const { line, result: reported, start } = readWorkbenchLog(args);
    if (reported !== undefined) result = reported;
    if (start !== undefined) {
      testsStarted = true;
      log(`Tests running in the ${web ? 'web-worker ' : ''}extension host (${start})`);
      return;
    }
    if (!testsStarted && !opts.verbose) { earlyLog.push(`[${type}] ${line}`); return; }
    console.log(type === 'error' ? `[error] ${line}` : line);
  });
  await context.exposeFunction('codeAutomationExit', (code, logs) => finish({ code, logs }));
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('crash', () => finish({ code: null, reason: 'the browser page crashed' }));

  log('Opening the workbench with the test payload');
  const timer = setTimeout(() => finish({ code: null, reason: `timed out after ${opts.timeout} s without the workbench reporting an exit code` }), timeoutMs);
  await page.goto(server.url({ extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: testsEntry }, { web }));
  const outcome = await finished;
  clearTimeout(timer);

  const ok = outcome.code === 0 && result !== null && result.failed === 0;
  if (!ok) {
    if (earlyLog.length && !testsStarted) log(`Workbench log before the tests started:\n${earlyLog.join('\n')}`);
    if (pageErrors.length) log(`Page errors:\n${pageErrors.join('\n')}`);
    await saveEvidence(page, outcome.logs);
    if (!outcome.reason && outcome.code !== 0 && !result) console.log(server.output().split('\n').slice(-30).join('\n'));
  }
  return { outcome, result };
}

async function saveEvidence(page, logs) {
  const name = `run-tests${web ? '-web' : ''}-${stamp()}`;
  const shots = join(VSCODE_TEST_DIR, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const png = join(shots, `${name}.png`);
  try {
    await page.screenshot({ path: png, timeout: 10_000 });
    log(`Screenshot: ${relative(process.cwd(), png)}`);
  } catch (error) {
    log(`Could not take a screenshot: ${error.message}`);
  }
  // The workbench hands over its log files (window, extension host…) with the exit code.
  if (Array.isArray(logs) && logs.length) {
    const dir = join(VSCODE_TEST_DIR, 'logs', name);
    for (const { relativePath, contents } of logs) {
      const file = join(dir, relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
    }
    log(`Workbench logs: ${relative(process.cwd(), dir)}/`);
  }
}

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      log(`cleanup: ${error.message}`);
    }
  }
}

let exitCode = 1;
let summary = { passed: 0, failed: 0, pending: 0, crashed: true };
try {
  const { outcome, result } = await main();
  if (outcome.reason) {
    log(`FAILED: ${outcome.reason}`);
  } else if (!result) {
    log(`FAILED: the tests ended (exit code ${outcome.code}) without a ${RESULT_MARKER} line; did test/vscode/index.ts run?`);
  } else {
    summary = { passed: result.passed, failed: result.failed, pending: result.pending ?? 0, crashed: false };
    if (result.error) log(`Test runner error: ${result.error}`);
    exitCode = outcome.code === 0 && result.failed === 0 ? 0 : 1;
    if (exitCode !== 0 && result.failed === 0) {
      log(`The extension host exited with code ${outcome.code} although no test failed`);
      summary.failed = 1;
    }
  }
} catch (error) {
  log(`FAILED: ${error.message}`);
}
await cleanup();
log(`${summary.crashed ? 'crashed' : 'done'}: ${summary.passed} passing, ${summary.failed} failing, ${summary.pending} pending in ${seconds()} s (exit ${exitCode})`);
if (opts['result-file']) writeFileSync(opts['result-file'], JSON.stringify({ ...summary, exitCode }) + '\n');
if (!opts['no-summary-line']) console.log(`${summary.passed} passed, ${summary.crashed ? Math.max(1, summary.failed) : summary.failed} failed, ${summary.pending} skipped`);
process.exit(exitCode);
