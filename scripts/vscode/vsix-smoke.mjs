// The packaged extension as a reporter installs it: builds the .vsix with `npm run package` (in a
// copy of the project, so the working tree's dist/ stays a development build), installs it into a
// fresh extensions folder with code-server's `--install-extension`, starts code-server on that
// folder and runs test/vsix/smoke.ts in its extension host: activation, a finding on the sample
// article, the help link on the finding's code. A stub development extension only carries the
// test runner; Newsdesk itself is the installed package.
//
// node scripts/vscode/vsix-smoke.mjs [--no-install] [--no-compile] [--timeout SECONDS] [--verbose]
//   [--result-file FILE] [--no-summary-line] [--keep-vsix PATH]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { CODE_SERVER_ENTRY, install, REPO_ROOT, VSCODE_TEST_DIR } from './install.mjs';
import { startCodeServer } from './server.mjs';
import { readWorkbenchLog, RESULT_MARKER } from './workbench-log.mjs';

/** What `npm run package` needs of the project (the package itself is chosen by .vscodeignore). */
const PACKAGE_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE',
  'language-configuration.json', 'scripts', 'src', 'media', 'syntaxes', 'schemas'];
const { values: opts } = parseArgs({
  options: {
    'no-install': { type: 'boolean', default: false },
    'no-compile': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '180' },
    verbose: { type: 'boolean', default: !!process.env.NEWSDESK_VSCODE_VERBOSE },
    'result-file': { type: 'string' },
    'no-summary-line': { type: 'boolean', default: false },
    'keep-vsix': { type: 'string' },
  },
});
const log = (message) => console.log(`[vsix] ${message}`);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const cleanups = [];

function temporaryDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  cleanups.push(remove);
  process.on('exit', remove); // also on Ctrl-C
  return dir;
}

function run(title, command, args, options = {}) {
  log(title);
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: opts.verbose ? 'inherit' : 'pipe', encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${title} failed (exit ${result.status ?? result.signal})${result.stdout || result.stderr ? `:\n${result.stdout ?? ''}${result.stderr ?? ''}` : ''}`);
  }
  return result;
}

/** `npm run package` in a copy of the project; returns the .vsix path. */
function buildVsix() {
  const copy = temporaryDir('newsdesk-package-');
  for (const entry of PACKAGE_INPUTS) if (existsSync(join(REPO_ROOT, entry))) cpSync(join(REPO_ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const vsix = join(copy, 'newsdesk.vsix');
  run('Packaging (npm run package)', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package', '--', '--out', vsix], { cwd: copy });
  const maps = readdirSync(join(copy, 'dist')).filter((file) => file.endsWith('.map'));
  if (maps.length) throw new Error(`npm run package left source maps in dist/: ${maps.join(', ')}`);
  if (opts['keep-vsix']) copyFileSync(vsix, opts['keep-vsix']);
  return vsix;
}

/** code-server --install-extension into a folder of its own; returns that folder. */
function installVsix(vsix) {
  const home = temporaryDir('newsdesk-vsix-home-');
  const extensions = join(home, 'extensions');
  mkdirSync(extensions);
  run('Installing it (code-server --install-extension)', process.execPath, [CODE_SERVER_ENTRY, '--install-extension', vsix, '--extensions-dir', extensions, '--user-data-dir', join(home, 'user')], {
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: join(home, 'xdg/config'), XDG_DATA_HOME: join(home, 'xdg/data'), XDG_CACHE_HOME: join(home, 'xdg/cache') },
  });
  const installed = readdirSync(extensions).filter((name) => name.startsWith('newsdesk.newsdesk-'));
  if (installed.length !== 1) throw new Error(`expected one newsdesk.newsdesk-* folder in ${extensions}, found ${JSON.stringify(readdirSync(extensions))}`);
  return extensions;
}

/** A development extension with nothing in it: the workbench runs `extensionTestsPath` only beside one. */
function runnerStub() {
  const dir = temporaryDir('newsdesk-vsix-runner-');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'newsdesk-vsix-smoke', publisher: 'newsdesk-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } }, null, 2));
  return dir;
}

async function main() {
  if (!opts['no-install']) install();
  if (!opts['no-compile']) run('Compiling tests (tsc -p tsconfig.json)', process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  const smoke = join(REPO_ROOT, 'out/test/vsix/smoke.js');
  if (!existsSync(smoke)) throw new Error(`${smoke} is missing: test/vsix/smoke.ts did not compile?`);
  const vsix = buildVsix();
  const extensions = installVsix(vsix);
  const workspace = temporaryDir('newsdesk-vsix-ws-');
  cpSync(join(REPO_ROOT, 'fixtures'), workspace, { recursive: true });

  const server = await startCodeServer({ workspace, extensionsDir: extensions, env: { NEWSDESK_VSIX_EXTENSIONS_DIR: extensions }, verbose: opts.verbose });
  cleanups.push(() => server.stop());
  log(`code-server up on port ${server.port} with the installed .vsix (${seconds()} s)`);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const { context, page } = browser;

  let result = null;
  let started = false;
  const early = [];
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  await context.exposeFunction('codeAutomationLog', (type, args) => {
    const { line, hasResult, result: reported, start } = readWorkbenchLog(args);
    if (hasResult) {
      if (reported !== undefined) result = reported;
      return;
    }
    if (start !== undefined) {
      started = true;
      log(start);
      return;
    }
    if (!started && !opts.verbose) early.push(`[${type}] ${line}`);
    else console.log(line);
  });
  await context.exposeFunction('codeAutomationExit', (code) => finish({ code }));
  page.on('crash', () => finish({ code: null, reason: 'the browser page crashed' }));
  const timer = setTimeout(() => finish({ code: null, reason: `timed out after ${opts.timeout} s` }), Number(opts.timeout) * 1000);
  await page.goto(server.url({ extensionDevelopmentPath: runnerStub(), extensionTestsPath: smoke }));
  const outcome = await finished;
  clearTimeout(timer);
  if ((outcome.code !== 0 || !result || result.failed) && !started && early.length) log(`Workbench log before the checks started:\n${early.join('\n')}`);
  if (outcome.code !== 0 || !result || result.failed) {
    const shots = join(VSCODE_TEST_DIR, 'screenshots');
    mkdirSync(shots, { recursive: true });
    const png = join(shots, `vsix-smoke-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
    await page.screenshot({ path: png, timeout: 10_000 }).then(() => log(`Screenshot: ${png}`), () => {});
  }
  return { outcome, result };
}

let exitCode = 1;
let summary = { passed: 0, failed: 0, pending: 0, crashed: true };
try {
  const { outcome, result } = await main();
  if (outcome.reason) log(`FAILED: ${outcome.reason}`);
  else if (!result) log(`FAILED: the smoke check ended (exit code ${outcome.code}) without a ${RESULT_MARKER} line`);
  else {
    summary = { passed: result.passed, failed: result.failed, pending: 0, crashed: false };
    exitCode = outcome.code === 0 && result.failed === 0 ? 0 : 1;
    if (exitCode !== 0 && result.failed === 0) summary.failed = 1;
  }
} catch (error) {
  log(`FAILED: ${error.message}`);
}
while (cleanups.length) {
  try {
    await cleanups.pop()();
  } catch (error) {
    log(`cleanup: ${error.message}`);
  }
}
log(`${summary.crashed ? 'crashed' : 'done'}: ${summary.passed} passing, ${summary.failed} failing in ${seconds()} s (exit ${exitCode})`);
if (opts['result-file']) writeFileSync(opts['result-file'], JSON.stringify({ ...summary, exitCode }) + '\n');
if (!opts['no-summary-line']) console.log(`${summary.passed} passed, ${summary.crashed ? Math.max(1, summary.failed) : summary.failed} failed`);
process.exit(exitCode);
