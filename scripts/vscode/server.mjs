// Starts code-server (VS Code's workbench + Node extension host) on loopback with a throw-away,
// isolated state dir, and stops it with its whole process group.
// Usage: const server = await startCodeServer({ workspace }); page.goto(server.url({ ... })); await server.stop();
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { CODE_SERVER_ENTRY, VSCODE_TEST_DIR } from './install.mjs';

const HEALTH_TIMEOUT_MS = 30_000;
const running = new Set();
let counter = 0;

// Settings for the throw-away profile: nothing that pops up over the editor or calls out.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};

/**
 * Turns an absolute server-side path into the URI form the workbench payload expects. The
 * authority is the word `remote` for the Node extension host; the web worker needs the page's own
 * `127.0.0.1:PORT` (testing-a-web-extension.md: with `remote` its tests run in the Node host).
 */
export function remoteUri(path, authority = 'remote') {
  return `vscode-remote://${authority}${encodeURI(resolve(path))}`;
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * @param {{ workspace: string, port?: number, env?: Record<string,string>, settings?: object, verbose?: boolean, extensionsDir?: string }} options
 *   `extensionsDir`: installed extensions to load (the .vsix check installs into its own); a fresh one by default.
 * @returns {Promise<{ port: number, url: (payload?: Record<string,string>, options?: { web?: boolean }) => string, stop: () => Promise<void>, output: () => string }>}
 */
export async function startCodeServer({ workspace, port, env = {}, settings = {}, verbose = !!process.env.NEWSDESK_VSCODE_VERBOSE, extensionsDir }) {
  const folder = resolve(workspace);
  const state = join(VSCODE_TEST_DIR, `state-${process.pid}-${++counter}`);
  rmSync(state, { recursive: true, force: true });
  mkdirSync(join(state, 'user/User'), { recursive: true });
  writeFileSync(join(state, 'user/User/settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  writeFileSync(join(state, 'config.yaml'), 'auth: none\n');
  const chosenPort = port ?? (await freePort());

  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--config', join(state, 'config.yaml'),
    '--user-data-dir', join(state, 'user'),
    '--extensions-dir', extensionsDir ? resolve(extensionsDir) : join(state, 'exts'),
  ];
  // detached: its own process group, so stop() reaches the file watcher and extension host too.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      EXTENSIONS_GALLERY: '{}', // else it asks open-vsx, which is unreachable
      XDG_CONFIG_HOME: join(state, 'xdg/config'),
      XDG_DATA_HOME: join(state, 'xdg/data'),
      XDG_CACHE_HOME: join(state, 'xdg/cache'),
    },
  });
  // Keep the server's output for error messages; stream it only when asked.
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
    if (verbose) process.stderr.write(`[code-server] ${chunk}`);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  const exitPromise = new Promise((done) => child.on('exit', (code, signal) => { exited = { code, signal }; done(); }));

  const handle = { child, state, killed: false };
  running.add(handle);

  const stop = async () => {
    if (handle.killed) return;
    handle.killed = true;
    killGroup(child.pid, 'SIGTERM');
    // Give it a moment to shut down cleanly, then take the whole group down.
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3_000);
    if (!exited) await exitPromise;
    clearTimeout(timer);
    killGroup(child.pid, 'SIGKILL'); // children that ignored SIGTERM
    running.delete(handle);
    rmSync(state, { recursive: true, force: true });
  };

  // Poll /healthz (bounded) until the server answers.
  const base = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during start-up (${exited.code ?? exited.signal}). Its output:\n${output}`);
    }
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${base}/healthz within ${HEALTH_TIMEOUT_MS / 1000} s. Its output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    port: chosenPort,
    /**
     * Workbench URL on the workspace; absolute paths in payload values become vscode-remote URIs
     * (`{ web: true }`: with the page's own authority, for the web-worker extension host).
     */
    url(payload, { web = false } = {}) {
      const query = new URLSearchParams({ folder });
      if (payload && Object.keys(payload).length) {
        const authority = web ? `127.0.0.1:${chosenPort}` : 'remote';
        const pairs = Object.entries(payload).map(([key, value]) => [key, value.startsWith('/') ? remoteUri(value, authority) : value]);
        query.set('payload', JSON.stringify(pairs));
      }
      return `${base}/?${query}`;
    },
    stop,
    output: () => output,
  };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

// Never leave a server behind: on normal exit (sync, so SIGKILL), and on Ctrl-C / termination.
process.on('exit', () => {
  for (const { child, state } of running) {
    killGroup(child.pid, 'SIGKILL');
    rmSync(state, { recursive: true, force: true });
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n[code-server] ${signal}: stopping code-server`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
