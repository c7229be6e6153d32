// Opens the real workbench (the extension loaded from the repo through extensionDevelopmentPath,
// no tests) on a workspace, opens a file through Quick Open, and takes a PNG screenshot: a
// check of what a person actually sees. Reusable: `openWorkbench({ workspace, file })`.
//
// node scripts/vscode/ui-check.mjs [--workspace DIR] --file REL/PATH [--out FILE.png] [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { install, REPO_ROOT, VSCODE_TEST_DIR } from './install.mjs';
import { startCodeServer } from './server.mjs';

const STEP_TIMEOUT_MS = 30_000;

/**
 * Starts code-server and Chromium, opens the workbench on `workspace` and, if given, opens `file`
 * (a path relative to the workspace) in an editor. `close()` stops both.
 * @param {{ workspace: string, file?: string, settings?: object, verbose?: boolean }} options
 * @returns {Promise<{ page: import('playwright-core').Page, server: object, close: () => Promise<void> }>}
 */
export async function openWorkbench({ workspace, file, settings, verbose }) {
  const server = await startCodeServer({ workspace, settings, verbose });
  let browser;
  const close = async () => {
    await browser?.close();
    await server.stop();
  };
  try {
    browser = await launchBrowser();
    const { page } = browser;
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(server.url({ extensionDevelopmentPath: REPO_ROOT }));
    // The workbench is usable once the explorer shows the workspace folder.
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    if (file) await openFile(page, file);
    return { page, server, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Quick Open (Ctrl+P), type the path, Enter; resolves when its editor tab is active. */
export async function openFile(page, file) {
  const name = basename(file);
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }); // keyboard focus in the workbench
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(file);
  // Wait for the file search (ripgrep) to list the file before choosing it.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function main() {
  const { values: opts } = parseArgs({
    options: {
      workspace: { type: 'string', default: join(REPO_ROOT, 'fixtures') },
      file: { type: 'string' },
      out: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (!opts.file) {
    console.error('usage: node scripts/vscode/ui-check.mjs [--workspace DIR] --file REL/PATH [--out FILE.png] [--no-build]');
    process.exit(2);
  }
  const workspace = resolve(opts.workspace);
  if (!existsSync(join(workspace, opts.file))) throw new Error(`${opts.file} is not in ${workspace}`);
  const out = resolve(opts.out ?? join(VSCODE_TEST_DIR, 'screenshots', `ui-${basename(opts.file)}.png`));
  install();
  if (!opts['no-build']) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
  const started = Date.now();
  const { page, close } = await openWorkbench({ workspace, file: opts.file, verbose: opts.verbose });
  try {
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`[ui-check] ${opts.file} open; screenshot ${relative(process.cwd(), out)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`[ui-check] FAILED: ${error.message}`);
    process.exit(1);
  });
}
