// Renders media/newsdesk-icon.svg to media/newsdesk.png (the 128×128 extension icon) with Debian's
// Chromium, keeping the transparent corners. Run after editing the SVG, then look at the PNG.
//
// node test/ui/render-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/vscode/browser.mjs';
import { CHROMIUM, REPO_ROOT } from '../../scripts/vscode/install.mjs';

const SIZE = 128;
const source = join(REPO_ROOT, 'media/newsdesk-icon.svg');
const target = join(REPO_ROOT, 'media/newsdesk.png');

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync(source, 'utf8')}</body></html>`);
  await page.screenshot({ path: target, omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  console.log(`[render-icon] ${target} (${SIZE}×${SIZE})`);
} finally {
  await browser.close();
}
