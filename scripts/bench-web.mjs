// Newsdesk in the browser against the Node host, in one run: the size of the web bundle (dist/web.js,
// package.json `browser`) against the Node bundle (dist/extension.js, `main`), as built for the
// .vsix (minified) and gzipped; then activate() and the task per keystroke on the 50,000-word
// benchmark article (test/vscode/performance.test.ts), run once in the Node extension host and
// once in the web-worker extension host of the same code-server build. Prints figures; asserts nothing.
//   node scripts/bench-web.mjs   (npm run bench:web)
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printTable } from './bench/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEST = 'reports activation time and the per-keystroke task';
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

function run(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    console.error(`${what} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

console.log(`Newsdesk web bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);

// Bundle sizes: the production build (what the .vsix ships), then the development build again.
const sizes = [];
for (const [production, label] of [[true, 'production (minified, as packaged)'], [false, 'development (npm run build)']]) {
  run(['scripts/build.mjs', ...(production ? ['--production'] : [])], 'the build');
  const row = (file) => {
    const bytes = statSync(join(root, 'dist', file)).size;
    return { bytes, gzip: gzipSync(readFileSync(join(root, 'dist', file))).length };
  };
  const node = row('extension.js');
  const web = row('web.js');
  sizes.push([label, kb(node.bytes), kb(web.bytes), `${((web.bytes / node.bytes) * 100).toFixed(0)} %`, kb(node.gzip), kb(web.gzip)]);
}
printTable('Bundle sizes', ['build', 'Node (extension.js)', 'web (web.js)', 'web/Node', 'Node gzip', 'web gzip'], sizes);

// The same performance test in both extension hosts.
const figures = [];
for (const web of [false, true]) {
  const out = run(['scripts/vscode/run-tests.mjs', '--no-install', '--no-build', ...(web ? ['--web'] : []), '--grep', TEST], `the ${web ? 'web-worker' : 'Node'} run`);
  const activate = out.match(/activate\(\) in the .*? extension host: ([\d.]+) ms/)?.[1];
  const analysis = out.match(/re-analysis: median ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms/);
  const views = out.match(/each view's update: median ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms/);
  const words = out.match(/per keystroke in a (\d+)-word article/)?.[1];
  if (!activate || !analysis || !views) {
    console.error(`no figures in the ${web ? 'web-worker' : 'Node'} run:\n${out}`);
    process.exit(1);
  }
  figures.push([web ? 'web worker (browser entry)' : 'Node (main entry)', `${activate} ms`, words,
    `${analysis[1]} / ${analysis[2]} / ${analysis[3]} ms`, `${views[1]} / ${views[2]} / ${views[3]} ms`]);
}
printTable('activate() and the extension-host task per keystroke (40 keystrokes; median / p95 / max)',
  ['extension host', 'activate()', 'words', 're-analysis', "each view's update"], figures);
