// Headless Debian Chromium driven by playwright-core (never `npx playwright install`: no downloads here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './install.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * A persistent context on a fresh profile (nothing carries over between runs).
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
const liveProfiles = new Set();
// On Ctrl-C the async close() never runs: drop the profile dirs synchronously on the way out
// (playwright kills the browser itself).
process.on('exit', () => {
  for (const dir of liveProfiles) rmSync(dir, { recursive: true, force: true });
});

export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'newsdesk-chromium-'));
  liveProfiles.add(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    liveProfiles.delete(profile);
  };
  return { context, page, close };
}
