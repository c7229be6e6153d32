// Installs what a real-VS-Code test needs on this machine: Debian's Chromium, ripgrep and the
// Kerberos headers, plus code-server (VS Code's workbench + Node extension host) into the
// git-ignored .vscode-test/. Idempotent: a marker makes the second run instant.
// See ../../../shared/docs/testing-in-a-real-vscode.md for why each step is needed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const VSCODE_TEST_DIR = join(REPO_ROOT, '.vscode-test');
export const CODE_SERVER_DIR = join(VSCODE_TEST_DIR, 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const MARKER = join(CODE_SERVER_DIR, '.newsdesk-installed.json');

// Each Debian package is detected by the one file we actually need from it (fast, and no dpkg needed).
const DEBIAN_PACKAGES = [
  { name: 'chromium', file: CHROMIUM, why: 'the headless browser that shows the workbench' },
  { name: 'ripgrep', file: '/usr/bin/rg', why: "VS Code's search (the npm package would download it from GitHub)" },
  { name: 'libkrb5-dev', file: '/usr/include/gssapi/gssapi.h', why: "headers for code-server's native 'kerberos' module" },
];

const log = (message) => console.log(`[vscode-install] ${message}`);

function run(command, args, options = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

// What the marker records: a change in any of these means the install must be redone.
function wanted() {
  // Native modules (node-pty, kerberos…) are built for one Node ABI.
  return { codeServer: CODE_SERVER_VERSION, nodeAbi: process.versions.modules, platform: `${process.platform}-${process.arch}` };
}

function markerIsCurrent() {
  if (!existsSync(MARKER) || !existsSync(CODE_SERVER_ENTRY)) return false;
  try {
    return JSON.stringify(JSON.parse(readFileSync(MARKER, 'utf8'))) === JSON.stringify(wanted());
  } catch {
    return false;
  }
}

function installDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => !existsSync(p.file));
  if (missing.length === 0) {
    log('Debian packages present: ' + DEBIAN_PACKAGES.map((p) => p.name).join(', '));
    return;
  }
  const names = missing.map((p) => p.name);
  if (process.getuid?.() !== 0) {
    console.error(`[vscode-install] Missing Debian packages, and this is not root so they cannot be installed here:`);
    for (const p of missing) console.error(`  - ${p.name} (${p.file}): ${p.why}`);
    console.error(`[vscode-install] Install them, then run this again:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names.join(' ')}`);
    process.exit(2);
  }
  log(`Installing Debian packages: ${names.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...names], { env });
  const stillMissing = missing.filter((p) => !existsSync(p.file));
  if (stillMissing.length) throw new Error(`apt-get finished but these are still missing: ${stillMissing.map((p) => p.file).join(', ')}`);
}

function installCodeServer() {
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // Its own package.json, so npm installs here rather than walking up to the project's.
  writeFileSync(join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'newsdesk-vscode-test', private: true }, null, 2) + '\n');
  rmSync(MARKER, { force: true });
  // npm_config_yes: node-pty's build calls `npx node-gyp`, which would otherwise wait for a "yes".
  // npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
  const env = {
    ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true',
    npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error',
  };
  const vscodeDir = join(CODE_SERVER_DIR, 'node_modules/code-server/lib/vscode');
  // --ignore-scripts throughout: code-server's postinstall would `npm install` VS Code's own
  // dependencies with scripts on, and @vscode/ripgrep's script downloads rg from GitHub.
  log(`[1/4] npm install code-server@${CODE_SERVER_VERSION} (without scripts) into ${CODE_SERVER_DIR}`);
  run('npm', ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env });
  log('[2/4] npm install VS Code\'s own dependencies (without scripts)');
  run('npm', ['install', '--ignore-scripts', '--omit=dev'], { cwd: vscodeDir, env });
  // With bin/rg in place, @vscode/ripgrep's script sees it and skips the download.
  linkRipgrep();
  log('[3/4] Building VS Code\'s native modules (node-pty, kerberos, spdlog…; ~45 s)');
  run('npm', ['rebuild'], { cwd: vscodeDir, env });
  // Runs code-server's own postinstall now that everything it would fetch is in place: its nested
  // installs are no-ops, and it makes the node_modules.asar and bin symlinks the server needs.
  log('[4/4] Running code-server\'s postinstall (npm rebuild)');
  run('npm', ['rebuild'], { cwd: CODE_SERVER_DIR, env });
  linkRipgrep(); // in case a nested install replaced a ripgrep package
  for (const file of [CODE_SERVER_ENTRY, join(vscodeDir, 'node_modules.asar'), join(vscodeDir, 'node_modules/node-pty/build/Release/pty.node')]) {
    if (!existsSync(file)) throw new Error(`code-server install looks incomplete: ${file} is missing`);
  }
  writeFileSync(MARKER, JSON.stringify(wanted()) + '\n');
}

// Every copy of @vscode/ripgrep in the tree gets bin/rg -> Debian's /usr/bin/rg.
function linkRipgrep() {
  const found = spawnSync('find', [join(CODE_SERVER_DIR, 'node_modules'), '-type', 'd', '-path', '*/@vscode/ripgrep', '-prune'], { encoding: 'utf8' });
  const dirs = found.stdout.split('\n').filter(Boolean);
  for (const dir of dirs) {
    const bin = join(dir, 'bin');
    const rg = join(bin, 'rg');
    mkdirSync(bin, { recursive: true });
    rmSync(rg, { force: true });
    symlinkSync('/usr/bin/rg', rg);
  }
  log(`Linked ${dirs.length} @vscode/ripgrep bin/rg -> /usr/bin/rg`);
}

/** Installs everything if needed; returns quickly when the marker says all is in place. */
export function install() {
  const started = Date.now();
  if (markerIsCurrent() && DEBIAN_PACKAGES.every((p) => existsSync(p.file))) {
    log(`Up to date (code-server ${CODE_SERVER_VERSION}, ${DEBIAN_PACKAGES.map((p) => p.name).join(', ')})`);
    return;
  }
  installDebianPackages();
  if (markerIsCurrent()) log(`code-server ${CODE_SERVER_VERSION} already installed`);
  else installCodeServer();
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    install();
  } catch (error) {
    console.error(`[vscode-install] FAILED: ${error.message}`);
    process.exit(1);
  }
}
