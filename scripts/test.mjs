// `npm test`: builds, compiles, runs the engine/CLI/eval unit tests with mocha, then the VS Code
// tests in a real extension host (scripts/vscode/), then the same tests in the web-worker extension
// host of vscode.dev / github.dev (run-tests.mjs --web), then the HTML report in Chromium, then the
// packaged .vsix installed into a fresh code-server, and closes with one line
// `N passed, N failed, N skipped` summed over everything (skipped: tests whose corpus files are
// missing, each with its reason above). A stage that crashes (build, compile, a runner that dies or
// reports nothing) counts as one failure.
//
// node scripts/test.mjs [--engine-only | --vscode-only] [--grep PATTERN]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const UNIT_TEST_DIRS = ['out/test/engine', 'out/test/cli', 'out/test/eval', 'out/test/grammar', 'out/test/logic', 'out/test/build'];
// Whole-stage limit for the unit tests (CI gives a run 90 min); NEWSDESK_UNIT_TIMEOUT_S overrides.
const UNIT_TIMEOUT_S = Number(process.env.NEWSDESK_UNIT_TIMEOUT_S) || 20 * 60;
const { values: opts } = parseArgs({
  options: {
    'engine-only': { type: 'boolean', default: false },
    'vscode-only': { type: 'boolean', default: false },
    grep: { type: 'string' },
  },
});
if (opts['engine-only'] && opts['vscode-only']) {
  console.error('test: --engine-only and --vscode-only exclude each other');
  process.exit(2);
}

// Exit through process.exit on Ctrl-C so the 'exit' hooks stop the detached mocha group.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

const stages = []; // { name, passed, failed, skipped, note }
const banner = (text) => console.log(`\n=== ${text} ===`);
const node = (args, options = {}) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', ...options });
const crashed = (name, note) => stages.push({ name, passed: 0, failed: 1, skipped: 0, note: `CRASHED: ${note} (counted as 1 failed)` });

function testFiles() {
  const files = [];
  for (const dir of UNIT_TEST_DIRS) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs, { recursive: true })) {
      if (String(file).endsWith('.test.js')) files.push(join(dir, String(file)));
    }
  }
  return files.sort();
}

// Runs mocha's own CLI (so .mocharc and its defaults apply) with the spec reporter, showing its
// output as it comes and reading the "N passing / N failing / N pending" epilogue from it.
function runMocha(files) {
  return new Promise((resolveRun) => {
    const args = [join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--reporter', 'spec', ...(process.stdout.isTTY ? ['--color'] : [])];
    if (opts.grep) args.push('--grep', opts.grep);
    // Own process group, so a hung run can be killed with whatever it spawned.
    const child = spawn(process.execPath, [...args, ...files], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
    process.on('exit', killGroup);
    let timedOut = false;
    // mocha's per-test timeout cannot stop a test stuck in synchronous code; this can.
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`\n[test] unit tests still running after ${UNIT_TIMEOUT_S} s: killing mocha`);
      killGroup();
    }, UNIT_TIMEOUT_S * 1000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('exit', killGroup);
      const plain = out.replace(/\u001b\[[0-9;]*m/g, ''); // --color adds ANSI codes
      const count = (word) => {
        const all = [...plain.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
        return all.length ? Number(all.at(-1)[1]) : null;
      };
      if (timedOut) resolveRun({ code, signal, passed: null, failed: null, skipped: null, why: `timed out after ${UNIT_TIMEOUT_S} s` });
      else resolveRun({ code, signal, passed: count('passing'), failed: count('failing'), skipped: count('pending') });
    });
  });
}

async function unitStage({ compiled }) {
  banner('Engine / CLI / eval unit tests (mocha)');
  const files = testFiles();
  if (files.length === 0) {
    console.log(`No *.test.js under ${UNIT_TEST_DIRS.join(', ')}`);
    stages.push({ name: 'unit', passed: 0, failed: 0, skipped: 0, note: 'no test files' });
    return;
  }
  if (!compiled) console.log('(running the JavaScript tsc emitted despite the compile errors above)');
  const run = await runMocha(files);
  if (run.passed === null && run.failed === null) {
    crashed('unit', run.why ?? `mocha exited with ${run.code ?? run.signal} without a result`);
  } else {
    const failed = run.failed ?? 0;
    // mocha's exit code is the failure count; any other non-zero exit means it broke.
    const broke = run.code !== 0 && failed === 0;
    stages.push({ name: 'unit', passed: run.passed ?? 0, failed: failed + (broke ? 1 : 0), skipped: run.skipped ?? 0,
      note: broke ? `mocha exited with ${run.code ?? run.signal} although no test failed (counted as 1 failed)` : '' });
  }
}

async function vscodeStage({ compiled }) {
  banner('VS Code extension tests (code-server + Chromium)');
  if (node(['scripts/vscode/install.mjs']).status !== 0) {
    crashed('vscode', 'installing the VS Code test dependencies failed');
    return;
  }
  const args = ['--no-summary-line', '--no-install'];
  // Built above already; a failed build is counted there, and whatever bundle it left is still tested.
  args.push('--no-build');
  if (compiled !== undefined) args.push('--no-compile'); // this script already ran tsc
  if (opts.grep) args.push('--grep', opts.grep);
  const { run, result } = runForResult('vscode', 'scripts/vscode/run-tests.mjs', args);
  if (!result) crashed('vscode', `run-tests exited with ${run.status ?? run.signal} without a result`);
  else if (result.crashed) crashed('vscode', 'the VS Code test run did not complete (see above)');
  else stages.push({ name: 'vscode', passed: result.passed, failed: result.failed, skipped: result.pending ?? 0, note: '' });
}

// The same VS Code tests in the web-worker extension host (Newsdesk's `browser` entry), from a
// browser bundle of them; one code-server for the stage, stopped with its process group.
function webStage() {
  banner('VS Code extension tests in the web worker (vscode.dev / github.dev; run-tests.mjs --web)');
  const args = ['--web', '--no-summary-line', '--no-install', '--no-build'];
  if (opts.grep) args.push('--grep', opts.grep);
  const { run, result } = runForResult('web', 'scripts/vscode/run-tests.mjs', args);
  if (!result) crashed('web', `run-tests --web exited with ${run.status ?? run.signal} without a result`);
  else if (result.crashed) crashed('web', 'the web-worker test run did not complete (see above)');
  else stages.push({ name: 'web', passed: result.passed, failed: result.failed, skipped: result.pending ?? 0, note: '' });
}

// What a person sees outside the editor: the CLI's HTML report in headless Chromium.
function browserStage() {
  banner('HTML report in headless Chromium (test/ui/report-html.mjs)');
  const { run, result } = runForResult('browser', 'test/ui/report-html.mjs', []);
  if (!result) crashed('browser', `report-html exited with ${run.status ?? run.signal} without a result`);
  else stages.push({ name: 'browser', passed: result.passed, failed: result.failed, skipped: result.skipped ?? 0, note: '' });
}

// The extension as a reporter installs it: `npm run package`, code-server --install-extension, a
// smoke check in that code-server (scripts/vscode/vsix-smoke.mjs).
function vsixStage({ compiled }) {
  banner('The packaged .vsix, installed into a fresh code-server (scripts/vscode/vsix-smoke.mjs)');
  const args = ['--no-summary-line', '--no-install'];
  if (compiled !== undefined) args.push('--no-compile'); // this script already ran tsc
  const { run, result } = runForResult('vsix', 'scripts/vscode/vsix-smoke.mjs', args);
  if (!result) crashed('vsix', `vsix-smoke exited with ${run.status ?? run.signal} without a result`);
  else if (result.crashed) crashed('vsix', 'the .vsix could not be built, installed or checked (see above)');
  else stages.push({ name: 'vsix', passed: result.passed, failed: result.failed, skipped: 0, note: '' });
}

/** Runs a stage's script with `--result-file` in a temporary folder and reads the summary it wrote (null if none). */
function runForResult(name, script, args) {
  const resultDir = mkdtempSync(join(tmpdir(), 'newsdesk-test-'));
  const resultFile = join(resultDir, `${name}.json`);
  try {
    const run = node([script, '--result-file', resultFile, ...args]);
    return { run, result: existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null };
  } finally {
    rmSync(resultDir, { recursive: true, force: true });
  }
}

const started = Date.now();
let compiled; // undefined: not compiled here
banner('Build (node scripts/build.mjs)');
if (node(['scripts/build.mjs']).status !== 0) crashed('build', 'node scripts/build.mjs failed');

if (!opts['vscode-only']) {
  banner('Compile (tsc -p tsconfig.json)');
  rmSync(join(ROOT, 'out'), { recursive: true, force: true }); // no stale tests from deleted sources
  compiled = node([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']).status === 0;
  if (!compiled) crashed('compile', 'tsc reported errors');
  // The report page is bundled by esbuild, which does not type-check: its own tsconfig does.
  if (node([join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'src/report/view/tsconfig.json']).status !== 0) crashed('compile', 'tsc reported errors in the report page');
  await unitStage({ compiled });
}
if (!opts['engine-only']) await vscodeStage({ compiled });
// After the VS Code stage, which installed code-server.
if (!opts['engine-only']) webStage();
if (!opts['engine-only'] && !opts['vscode-only'] && !opts.grep) browserStage();
// After the VS Code stage, which installed code-server (--no-install here).
if (!opts['engine-only'] && !opts.grep) vsixStage({ compiled });

banner(`Summary (${((Date.now() - started) / 1000).toFixed(1)} s)`);
// Per-stage lines deliberately avoid the `N passed, N failed` shape: CI reads only the last line.
for (const s of stages) {
  console.log(`  ${s.name.padEnd(8)} passed ${s.passed} | failed ${s.failed} | skipped ${s.skipped}${s.note ? `   ${s.note}` : ''}`);
}
const total = (key) => stages.reduce((sum, s) => sum + s[key], 0);
const passed = total('passed');
const failed = total('failed');
const skipped = total('skipped');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
