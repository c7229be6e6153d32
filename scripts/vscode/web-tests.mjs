// Bundles the VS Code tests for the web-worker extension host: every test/vscode/*.test.ts but
// those named with a reason in test/vscode-web/not-in-the-browser.json, plus the web-only
// test/vscode-web/*.test.ts, behind test/vscode-web/index.ts, into one browser file inside the
// extension folder (the workbench loads tests only from there). Built like dist/web.js
// (scripts/web-bundle.mjs: no Node built-in may be reached), with two stand-ins for the tests'
// own Node imports: `node:assert/strict` (test/vscode-web/assert.ts), test/support/corpus.ts
// (test/vscode-web/corpus.ts: the corpus is not readable from the worker) and
// test/support/threadCpu.ts (test/vscode-web/threadCpu.ts: no thread times in a worker).
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeGlobalsUsed, unexpectedExternals, webBundleOptions } from '../web-bundle.mjs';
import { REPO_ROOT } from './install.mjs';

const TESTS = join(REPO_ROOT, 'test/vscode');
const WEB = join(REPO_ROOT, 'test/vscode-web');
export const WEB_TESTS_BUNDLE = join(REPO_ROOT, 'dist/test/web-tests.js');

/** The test files for the worker and those left out with their reasons; throws on a stale list. */
export function webTestFiles() {
  const leftOut = JSON.parse(readFileSync(join(WEB, 'not-in-the-browser.json'), 'utf8'));
  const all = readdirSync(TESTS).filter((file) => file.endsWith('.test.ts')).sort();
  const stale = Object.keys(leftOut).filter((file) => !all.includes(file));
  if (stale.length) throw new Error(`test/vscode-web/not-in-the-browser.json names tests that do not exist: ${stale.join(', ')}`);
  const included = [
    ...all.filter((file) => !(file in leftOut)).map((file) => join(TESTS, file)),
    ...readdirSync(WEB).filter((file) => file.endsWith('.test.ts')).sort().map((file) => join(WEB, file)),
  ];
  return { included, leftOut: Object.entries(leftOut) };
}

/** Resolves the tests' Node-only imports to their web stand-ins. */
const webStandIns = {
  name: 'web-test-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: join(WEB, 'assert.ts') }));
    build.onResolve({ filter: /[\\/]support[\\/]corpus$/ }, () => ({ path: join(WEB, 'corpus.ts') }));
    build.onResolve({ filter: /[\\/]support[\\/]threadCpu$/ }, () => ({ path: join(WEB, 'threadCpu.ts') }));
  },
};

/** Writes the bundle; returns its path and what it holds. `grep` filters the tests' titles as mocha's --grep. */
export async function bundleWebTests({ grep } = {}) {
  const { included, leftOut } = webTestFiles();
  const entry = [
    `const { run } = require(${JSON.stringify(join(WEB, 'index.ts'))});`,
    'exports.run = () => run({',
    `  load() {\n${included.map((file) => `    require(${JSON.stringify(file)});`).join('\n')}\n  },`,
    `  files: ${included.length},`,
    `  leftOut: ${JSON.stringify(leftOut)},`,
    `  grep: ${JSON.stringify(grep ?? '')},`,
    '});',
  ].join('\n');
  const options = webBundleOptions();
  const result = await esbuild.build({
    ...options,
    stdin: { contents: entry, resolveDir: REPO_ROOT, sourcefile: 'web-tests-entry.js', loader: 'js' },
    outfile: WEB_TESTS_BUNDLE,
    sourcemap: 'inline',
    plugins: [webStandIns, ...options.plugins],
  });
  if (!existsSync(WEB_TESTS_BUNDLE)) throw new Error(`${WEB_TESTS_BUNDLE} was not written`);
  const problems = [...unexpectedExternals(result.metafile), ...nodeGlobalsUsed(WEB_TESTS_BUNDLE)];
  if (problems.length) throw new Error(`the web test bundle is not fit for the worker:\n  ${problems.join('\n  ')}`);
  return { file: WEB_TESTS_BUNDLE, files: included.length, leftOut };
}
