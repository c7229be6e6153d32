// `npm start`: builds the extension and opens an article in VS Code with Newsdesk loaded from this
// checkout (no install step). With a desktop `code` on PATH it uses that; otherwise it serves VS
// Code in the browser with code-server on 127.0.0.1 and prints the address to open, until Ctrl-C.
//
// node scripts/start.mjs [PATH] [--port N] [--no-build]
//   PATH  a folder of your own articles, or one article (its folder opens, the article in front).
//         Without PATH: the project's sample-workspace/ folder, a copy of fixtures/ made on the
//         first start and kept from then on (git ignores it), with the sample article in front.
//         Your edits and new articles stay there; delete the folder to start again from the samples.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { install, REPO_ROOT } from './vscode/install.mjs';
import { startCodeServer } from './vscode/server.mjs';

const FIXTURES = join(REPO_ROOT, 'fixtures');
/** The lasting sample workspace (listed in .gitignore). */
export const SAMPLE_WORKSPACE = join(REPO_ROOT, 'sample-workspace');
/** The article opened in front, relative to the sample workspace. */
export const SAMPLE_ARTICLE = 'articles/harbour-bridge-closure.news';
const ARTICLE_EXTENSIONS = ['.news', '.md', '.markdown', '.txt'];
const HEALTH_CHECK_MS = 5_000;
const log = (message) => console.log(`[start] ${message}`);

/**
 * What to open: `{ workspace, file }` (both absolute; `file` may be undefined). Makes the sample
 * workspace from fixtures/ when it does not exist yet; never touches one that does.
 */
export function resolveTarget(path) {
  if (path === undefined) {
    const created = !existsSync(SAMPLE_WORKSPACE);
    if (created) cpSync(FIXTURES, SAMPLE_WORKSPACE, { recursive: true });
    const file = join(SAMPLE_WORKSPACE, SAMPLE_ARTICLE);
    return { workspace: SAMPLE_WORKSPACE, file: existsSync(file) ? file : undefined, created };
  }
  const target = resolve(path);
  if (!existsSync(target)) throw new Error(`no such file or folder: ${target}`);
  if (statSync(target).isDirectory()) return { workspace: target, file: firstArticle(target), created: false };
  if (!statSync(target).isFile()) throw new Error(`not a file or folder: ${target}`);
  return { workspace: dirname(target), file: target, created: false };
}

/** The first .news file directly in a folder (else the first Markdown or text file), to show in front. */
function firstArticle(folder) {
  const names = readdirSync(folder).sort();
  for (const extension of ARTICLE_EXTENSIONS) {
    const name = names.find((candidate) => candidate.endsWith(extension) && statSync(join(folder, candidate)).isFile());
    if (name) return join(folder, name);
  }
  return undefined;
}

/**
 * The workbench address for a started code-server. The article is opened by the URI the workspace
 * gives it, `vscode-remote://<the host in the address>/path`: with any other authority VS Code
 * loads a second copy of the file beside the workspace's, in a second tab, and the findings
 * published for one never show as squiggles in the other. `web`: the extension's path with that
 * authority too, for the web-worker extension host (the UI check's --web).
 */
export function workbenchUrl(server, { file, web = false }) {
  const payload = { extensionDevelopmentPath: REPO_ROOT };
  if (file) payload.openFile = `vscode-remote://127.0.0.1:${server.port}${encodeURI(resolve(file))}`;
  return server.url(payload, { web });
}

function usage(message) {
  if (message) console.error(`start: ${message}`);
  console.error('usage: node scripts/start.mjs [PATH] [--port N] [--no-build]   (PATH: a folder of articles or one article)');
  process.exit(2);
}

async function main() {
  let opts;
  let positionals;
  try {
    ({ values: opts, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        // The old spelling of PATH, kept so existing habits still work.
        file: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  if (opts.help) usage();
  if (positionals.length > 1 || (positionals.length && opts.file)) usage('give one folder or article');
  const port = opts.port === undefined ? undefined : Number(opts.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) usage(`--port wants a port number, not "${opts.port}"`);
  let target;
  try {
    target = resolveTarget(positionals[0] ?? opts.file);
  } catch (error) {
    usage(error.message);
  }
  const { workspace, file, created } = target;

  if (!opts['no-build']) {
    log('Building (node scripts/build.mjs)');
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('start: the build failed');
      process.exit(1);
    }
  }
  const where = workspace === SAMPLE_WORKSPACE
    ? `${relative(process.cwd(), workspace) || '.'}/ (${created ? 'just copied from fixtures/' : 'your copy of the samples, kept between runs; delete it to start again'})`
    : workspace;

  if (hasDesktopCode()) {
    // The desktop window outlives this script.
    log(`Opening the folder ${where} in VS Code (extension from ${REPO_ROOT})`);
    const code = spawnSync('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, workspace, ...(file ? [file] : [])], { stdio: 'inherit' });
    process.exit(code.status ?? 1);
  }

  install(); // code-server and its Debian packages; instant once installed
  let server;
  try {
    server = await startCodeServer({ workspace, port });
  } catch (error) {
    console.error(`start: ${error.message}`);
    process.exit(1);
  }

  // Our own shutdown replaces server.mjs's quick one: stop code-server gracefully.
  let stopping = false;
  async function shutdown(signal) {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping code-server; your files stay in ${workspace}`);
    await server.stop();
    process.exit(0);
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.removeAllListeners(signal);
    process.once(signal, () => void shutdown(signal));
  }

  log(`VS Code (code-server) is serving the folder ${where}`);
  console.log(`\nOpen ${workbenchUrl(server, { file })}\n`);
  log('Open that address as it is (the article opens by it). Newsdesk is loaded from this checkout; after changing it, run `node scripts/build.mjs` and reload the page. Ctrl-C stops.');

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
    process.exit(1);
  }, HEALTH_CHECK_MS);
}

function hasDesktopCode() {
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  if (which.status !== 0) return false;
  // code-server installs a `code-server` binary, not `code`; a `code` that prints a version is desktop VS Code.
  const version = spawnSync('code', ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return version.status === 0 && /^\d+\.\d+\.\d+/.test(version.stdout.trim());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
