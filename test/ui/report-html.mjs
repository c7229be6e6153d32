// The CLI's HTML sources report in headless Chromium, offline: it draws its charts and tables from
// the data it carries, breaks no rule of its Content Security Policy, describes each chart for
// screen readers, and follows a dark colour scheme. The expected figures come from
// `newsdesk report --format json` on the same files. Screenshots go to
// .vscode-test/screenshots/report-html*.png: look at them.
//
// node test/ui/report-html.mjs [--result-file FILE]
// Closes with `N passed, N failed, N skipped` (the reference article is skipped, with the reason, when
// the corpus is missing; NEWSDESK_CORPUS moves it); exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/vscode/browser.mjs';
import { CHROMIUM, install, REPO_ROOT, VSCODE_TEST_DIR } from '../../scripts/vscode/install.mjs';

const SHOTS = join(VSCODE_TEST_DIR, 'screenshots');
const SAMPLE = join(REPO_ROOT, 'fixtures/articles/harbour-bridge-closure.news');
const FOLDER = join(REPO_ROOT, 'fixtures/articles');
const CORPUS = process.env.NEWSDESK_CORPUS ? resolve(process.env.NEWSDESK_CORPUS) : join(REPO_ROOT, '../shared/corpus');
const REFERENCE = join(CORPUS, 'articles/us-allies-warn-china.news');
const { values: opts } = parseArgs({ options: { 'result-file': { type: 'string' } } });

const results = [];
let skipped = 0;
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function cli(args) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'report', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`newsdesk report ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** What the page shows, read from its DOM. */
function readPage(page) {
  return page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent ?? '',
    charts: [...document.querySelectorAll('figure[data-chart]')].map((figure) => ({
      id: figure.dataset.chart,
      bars: Number(figure.dataset.bars),
      drawn: (() => {
        const canvas = figure.querySelector('canvas');
        return !!canvas && canvas.width > 0 && canvas.height > 0;
      })(),
      label: figure.querySelector('canvas')?.getAttribute('aria-label') ?? '',
      role: figure.querySelector('canvas')?.getAttribute('role') ?? '',
    })),
    tables: Object.fromEntries([...document.querySelectorAll('table')].map((table) => [table.id, table.tBodies[0]?.rows.length ?? 0])),
    speakerCells: [...document.querySelectorAll('#table-speakers tbody th')].map((cell) => cell.textContent),
    background: getComputedStyle(document.body).backgroundColor,
    violations: window.__cspViolations ?? [],
  }));
}

async function checkReport(browser, name, args, expected, { shot, scope }) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-report-'));
  try {
    const file = join(dir, `${name}.html`);
    cli([...args, '--format', 'html', '--out', file]);
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme, offline: true });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      const requests = [];
      page.on('request', (request) => { if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) requests.push(request.url()); });
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
      });
      await page.goto(`file://${file}`);
      await page.locator('main[aria-busy="false"]').waitFor();
      const shown = await readPage(page);
      const label = `${name} (${colorScheme})`;

      const wantCharts = scope === 'article' && expected.speakers.length === 0 ? 0 : 4;
      record(`${label}: the charts are drawn`, shown.charts.length === wantCharts && shown.charts.every((c) => c.drawn),
        shown.charts.map((c) => `${c.id} ${c.bars} bars`).join(', '));
      record(`${label}: each chart is an image with a description`, shown.charts.every((c) => c.role === 'img' && c.label.length > 20),
        shown.charts[0]?.label.slice(0, 90));
      const speakerRows = expected.speakers.length;
      record(`${label}: the speakers table has a row per source`, shown.tables['table-speakers'] === speakerRows,
        `${shown.tables['table-speakers']} rows, ${speakerRows} sources in the JSON report`);
      if (scope === 'workspace') {
        record(`${label}: the articles table has a row per article`, shown.tables['table-articles'] === expected.articles.length,
          `${shown.tables['table-articles']} rows, ${expected.articles.length} articles`);
      } else {
        const names = expected.speakers.map((s) => s.name);
        record(`${label}: the table names the speakers, most words first`, JSON.stringify(shown.speakerCells) === JSON.stringify(names), shown.speakerCells.join(', '));
      }
      record(`${label}: nothing breaks the page's policy or loads from elsewhere`, shown.violations.length === 0 && requests.length === 0 && errors.length === 0,
        [...shown.violations, ...requests, ...errors].join('; ') || 'no violations, requests or errors');
      if (colorScheme === 'dark') {
        const [r, g, b] = shown.background.match(/\d+/g).map(Number);
        record(`${label}: the page turns dark`, r + g + b < 200, shown.background);
      }
      mkdirSync(SHOTS, { recursive: true });
      const shotFile = join(SHOTS, `${shot}${colorScheme === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: shotFile, fullPage: true });
      console.log(`  screenshot ${relative(process.cwd(), shotFile)}`);
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  install(); // Debian's Chromium, as for the VS Code tests
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    console.log('\nHTML report of the sample article');
    await checkReport(browser, 'sample', [SAMPLE], JSON.parse(cli([SAMPLE, '--format', 'json'])), { shot: 'report-html-sample', scope: 'article' });
    console.log('\nHTML report of the fixtures folder');
    await checkReport(browser, 'folder', [FOLDER], JSON.parse(cli([FOLDER, '--format', 'json'])), { shot: 'report-html-folder', scope: 'workspace' });
    if (existsSync(REFERENCE)) {
      console.log('\nHTML report of the reference article');
      await checkReport(browser, 'reference', [REFERENCE], JSON.parse(cli([REFERENCE, '--format', 'json'])), { shot: 'report-html-reference', scope: 'article' });
    } else {
      skipped++;
      console.log(`\n  - HTML report of the reference article (skipped: ${REFERENCE} is not there)`);
    }
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (error) {
  record('the HTML report check ran to the end', false, error.message.split('\n')[0]);
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
if (opts['result-file']) writeFileSync(opts['result-file'], JSON.stringify({ passed, failed, skipped }));
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
