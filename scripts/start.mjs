// `npm start`: builds the extension and opens the sample article in VS Code with Newsdesk loaded
// from this checkout (no install step). With a desktop `code` on PATH it uses that; otherwise it
// serves VS Code in the browser with code-server on 127.0.0.1 and prints the address to open,
// until Ctrl-C.
//
// node scripts/start.mjs [--port N] [--file PATH] [--no-build]
//   --file PATH  the article to open (default fixtures/articles/harbour-bridge-closure.news). A file
//                under fixtures/ opens in a throw-away copy of fixtures/, so the samples the tests
//                read stay as they are; any other file opens in its own folder, edits and all.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { install, REPO_ROOT } from './vscode/install.mjs';
import { startCodeServer } from './vscode/server.mjs';

const FIXTURES = join(REPO_ROOT, 'fixtures');
const DEFAULT_FILE = join(FIXTURES, 'articles/harbour-bridge-closure.news');
const HEALTH_CHECK_MS = 5_000;
const log = (message) => console.log(`[start] ${message}`);

function usage(message) {
  if (message) console.error(`start: ${message}`);
  console.error('usage: node scripts/start.mjs [--port N] [--file PATH] [--no-build]');
  process.exit(2);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      port: { type: 'string' },
      file: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  usage(error.message);
}
if (opts.help) usage();
const port = opts.port === undefined ? undefined : Number(opts.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) usage(`--port wants a port number, not "${opts.port}"`);
const file = resolve(opts.file ?? DEFAULT_FILE);
if (!existsSync(file) || !statSync(file).isFile()) usage(`no such file: ${file}`);

if (!opts['no-build']) {
  log('Building (node scripts/build.mjs)');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('start: the build failed');
    process.exit(1);
  }
}

const isFixture = file.startsWith(FIXTURES + sep);

if (hasDesktopCode()) {
  // The desktop window outlives this script; the fixtures open in place, as in any checkout.
  const folder = isFixture ? FIXTURES : dirname(file);
  log(`Opening ${relative(process.cwd(), file)} in VS Code (extension from ${REPO_ROOT})`);
  const code = spawnSync('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, folder, file], { stdio: 'inherit' });
  process.exit(code.status ?? 1);
}

install(); // code-server and its Debian packages; instant once installed
let workspace = dirname(file);
let target = file;
let copy;
if (isFixture) {
  copy = mkdtempSync(join(tmpdir(), 'newsdesk-start-'));
  cpSync(FIXTURES, copy, { recursive: true });
  workspace = copy;
  target = join(copy, relative(FIXTURES, file));
}
const removeCopy = () => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
};
process.on('exit', removeCopy);

let server;
try {
  server = await startCodeServer({ workspace, port });
} catch (error) {
  console.error(`start: ${error.message}`);
  process.exit(1);
}

// Our own shutdown replaces server.mjs's quick one: stop code-server gracefully, then tidy up.
let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping code-server`);
  await server.stop();
  removeCopy();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.removeAllListeners(signal);
  process.once(signal, () => void shutdown(signal));
}

const url = server.url({ extensionDevelopmentPath: REPO_ROOT, openFile: target });
log(`VS Code (code-server) is serving ${isFixture ? 'a temporary copy of fixtures/' : workspace}`);
console.log(`\nOpen ${url}\n`);
log('Newsdesk is loaded from this checkout; after changing it, run `node scripts/build.mjs` and reload the page. Ctrl-C stops.');

// Stay up until Ctrl-C; if code-server dies on its own, say so and leave.
const base = `http://127.0.0.1:${server.port}`;
const timer = setInterval(async () => {
  if (stopping) return;
  try {
    const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3_000) });
    if (response.ok) return;
  } catch {
    // fall through
  }
  if (stopping) return;
  clearInterval(timer);
  console.error(`start: code-server stopped answering on ${base}. Its last output:\n${server.output().split('\n').slice(-20).join('\n')}`);
  await server.stop();
  removeCopy();
  process.exit(1);
}, HEALTH_CHECK_MS);

function hasDesktopCode() {
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  if (which.status !== 0) return false;
  // code-server installs a `code-server` binary, not `code`; a `code` that prints a version is desktop VS Code.
  const version = spawnSync('code', ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return version.status === 0 && /^\d+\.\d+\.\d+/.test(version.stdout.trim());
}

