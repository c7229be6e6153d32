// What a person sees: opens the sample article exactly as `npm start` opens it (the same address
// and settings, on a copy of fixtures/ like sample-workspace/), in the real VS Code workbench in
// Chromium with Newsdesk loaded from this checkout, in the default light and dark themes, in a
// narrow (1280 px) and a wide (1600 px) window, and checks the page itself: one tab and squiggles
// on the article, no article text hidden under the minimap or past the edge, speaker colours and
// the type style of each kind of source painted in the editor, the Sources view's rows with their
// speaker's colour, stepping from the Sources view with Alt+], the Problems count and the Newsdesk
// item in the status bar, a hover on a quote, the notes from the linked transcripts and a
// misquote's hover, and the sources report beside the article (and the reference article from
// ../shared/corpus when it is there). The expected numbers come from the CLI on the same file, so
// engine tuning does not break the check.
// Screenshots go to .vscode-test/screenshots/ui-*.png: look at them.
// `--web`: the same checks with Newsdesk in the web-worker extension host of vscode.dev and
// github.dev (its `browser` entry, moved there by the `remote.extensionKind` setting), in one theme
// and width, plus a check that the Newsdesk output says so; screenshots end in `-web.png`.
//
// node test/ui/ui-check.mjs [--web] [--no-build] [--theme "Default Dark Modern"] [--verbose]
//   --theme  one theme only (default: both Default Light Modern and Default Dark Modern; --web: the light one)
// Closes with `N passed, N failed`; exits 1 on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_WORKSPACE, workbenchUrl } from '../../scripts/start.mjs';
import { launchBrowser } from '../../scripts/vscode/browser.mjs';
import { install, REPO_ROOT, VSCODE_TEST_DIR } from '../../scripts/vscode/install.mjs';
import { startCodeServer } from '../../scripts/vscode/server.mjs';
import { openFile } from '../../scripts/vscode/ui-check.mjs';

const SAMPLE = 'articles/harbour-bridge-closure.news';
const REFERENCE_SOURCE = join(REPO_ROOT, '../shared/corpus/articles/us-allies-warn-china.news');
const REFERENCE = 'reference/us-allies-warn-china.news';
const SHOTS = join(VSCODE_TEST_DIR, 'screenshots');
// The machine is shared: a first analysis in a cold extension host can take a while.
const WAIT_MS = 60_000;
const THEMES = [{ name: 'Default Light Modern', tag: 'light' }, { name: 'Default Dark Modern', tag: 'dark' }];
const WIDTHS = [1280, 1600];
const HEIGHT = 900;

const { values: opts } = parseArgs({
  options: {
    web: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    theme: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const themes = opts.theme ? [{ name: opts.theme, tag: opts.theme.toLowerCase().replace(/[^a-z0-9]+/g, '-') }] : opts.web ? THEMES.slice(0, 1) : THEMES;
const widths = opts.web ? WIDTHS.slice(0, 1) : WIDTHS;
/** Moves Newsdesk (both `main` and `browser`) into the web worker, as on vscode.dev (--web). */
const WEB_SETTINGS = { 'remote.extensionKind': { 'newsdesk.newsdesk': ['web'] } };
let suffix = '';

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
}
/** Runs one check; a throw or a false result is a failure, and the run goes on. */
async function check(name, body) {
  try {
    const outcome = await body();
    const ok = outcome === undefined || outcome === true || (typeof outcome === 'object' && outcome.ok);
    record(name, ok, typeof outcome === 'object' ? outcome.detail : '');
  } catch (error) {
    record(name, false, error.message.split('\n')[0]);
  }
}

/** What the engine says about a file, through the CLI (the same engine and .newsdesk.json as the editor). */
function cliAnalysis(file) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'analyze', '--json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`newsdesk analyze ${file} exited with ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/**
 * Counts, in the visible part of the editor, the decorated elements drawn in each Newsdesk colour (text or
 * border). Decoration class names are generated, so the colours are what identify them.
 */
function paintedInEditor(page) {
  return page.evaluate(() => {
    const workbench = document.querySelector('.monaco-workbench');
    if (!workbench) return {};
    const probe = document.createElement('span');
    document.body.appendChild(probe);
    const names = [...Array.from({ length: 32 }, (_, index) => `speaker${index + 1}`), 'unattributedQuote', 'cue'];
    const byRgb = new Map();
    for (const name of names) {
      const value = getComputedStyle(workbench).getPropertyValue(`--vscode-newsdesk-${name}`).trim();
      if (!value) continue;
      probe.style.color = value;
      byRgb.set(getComputedStyle(probe).color, name);
    }
    probe.remove();
    const counts = {};
    // Text colours are on the text spans; borders are drawn as overlays beside the text.
    const content = document.querySelector('.editor-instance .monaco-editor .lines-content');
    for (const element of content ? content.querySelectorAll('[class*="ced-"]') : []) {
      const style = getComputedStyle(element);
      const painted = new Set([byRgb.get(style.color)]);
      for (const side of ['Top', 'Bottom']) {
        if (style[`border${side}Style`] !== 'none') painted.add(byRgb.get(style[`border${side}Color`]));
      }
      for (const name of painted) if (name) counts[name] = (counts[name] ?? 0) + 1;
      // The type style of each kind of source: `bold:speakerN`, `italic:speakerN`, `dashed:cue`, `dotted:cue`…
      const textColour = byRgb.get(style.color);
      if (textColour && Number(style.fontWeight) >= 600) counts[`bold:${textColour}`] = (counts[`bold:${textColour}`] ?? 0) + 1;
      if (textColour && style.fontStyle === 'italic') counts[`italic:${textColour}`] = (counts[`italic:${textColour}`] ?? 0) + 1;
      const underline = style.borderBottomStyle;
      const underlineColour = byRgb.get(style.borderBottomColor);
      if (underlineColour && (underline === 'dashed' || underline === 'dotted')) counts[`${underline}:${underlineColour}`] = (counts[`${underline}:${underlineColour}`] ?? 0) + 1;
    }
    return counts;
  });
}

async function waitForPaint(page, accept) {
  const deadline = Date.now() + WAIT_MS;
  let counts = {};
  while (Date.now() < deadline) {
    counts = await paintedInEditor(page);
    if (accept(counts)) return counts;
    await page.waitForTimeout(200);
  }
  return counts;
}

const speakerColours = (counts) => Object.keys(counts).filter((key) => /^speaker\d+$/.test(key));

async function statusBar(page) {
  return page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((item) => ({
    id: item.id, text: item.innerText.replace(/\s+/g, ' ').trim(), label: item.getAttribute('aria-label') ?? '',
  })));
}

/** The Problems indicator's counts, from its label ("Errors: 1, Warnings: 6, Infos: 1" or "No Problems"). */
async function problemCounts(page) {
  const items = await statusBar(page);
  const problems = items.find((item) => item.id === 'status.problems');
  if (!problems) throw new Error('no Problems indicator in the status bar');
  const count = (word) => Number(problems.label.match(new RegExp(`${word}: (\\d+)`))?.[1] ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos'), label: problems.label };
}

async function waitForStatus(page, predicate) {
  const deadline = Date.now() + WAIT_MS;
  let items = [];
  while (Date.now() < deadline) {
    items = await statusBar(page);
    const found = items.find(predicate);
    if (found) return found;
    await page.waitForTimeout(200);
  }
  return undefined;
}

async function openSourcesView(page) {
  const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /Sources/i }) }).first();
  // A second click on the icon would close the side bar again.
  if (!(await pane.isVisible())) {
    // The badge over the icon catches clicks on the icon itself; its list item does not.
    await page.locator('.activitybar .action-item:has(a[aria-label^="Newsdesk"])').first().click();
  }
  await pane.waitFor();
  return pane;
}

async function treeRows(pane) {
  return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => ({
    level: Number(row.getAttribute('aria-level') ?? 1),
    label: row.querySelector('.label-name')?.textContent?.trim() ?? row.innerText.split('\n')[0].trim(),
    text: row.innerText.replace(/\s+/g, ' ').trim(),
  })));
}

async function waitForRows(pane, accept) {
  const deadline = Date.now() + WAIT_MS;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await treeRows(pane);
    if (accept(rows)) return rows;
    await pane.page().waitForTimeout(200);
  }
  return rows;
}

/** Points the mouse at `words` in the editor and returns the hover's text ('' if none shows). */
async function hoverText(page, words, line) {
  if (line) await goToLine(page, line);
  const target = page.locator('.editor-instance .view-lines span', { hasText: words }).last();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) return '';
  await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  try {
    await page.waitForFunction(() => /quote \d+ of \d+|No speaker found/.test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''), null, { timeout: 10_000 });
  } catch {
    return (await hover.textContent().catch(() => '')) ?? '';
  }
  return (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).replace(/\s+/g, ' ');
}

/**
 * A direct quote of the most quoted person, as a few of its words to point at and the speaker the
 * hover must name: taken from the analysis at run time, so no article text is written down here.
 */
function hoverTarget(analysis, text) {
  const people = analysis.actors.filter((actor) => actor.kind === 'person').sort((a, b) => b.quoteIds.length - a.quoteIds.length);
  for (const actor of people) {
    const quote = analysis.quotes.find((q) => q.kind === 'direct' && q.speaker?.actorId === actor.id);
    const words = quote?.text.replace(/^["“'‘«„]/, '').split(/\s+/).slice(0, 2).join(' ');
    if (words) return { words, expect: `by ${actor.name}`, line: text.slice(0, quote.start).split('\n').length };
  }
  return undefined;
}

/** The first line (1-based) of a file that holds `words`. */
function lineOf(file, words) {
  return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(words)) + 1;
}

/** Ctrl+G: puts the cursor on a line (1-based), which brings it into view. */
async function goToLine(page, line) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}${suffix}.png`);
  await page.screenshot({ path: file });
  console.log(`  screenshot ${relative(process.cwd(), file)}`);
}

/** The checks for one article; `expected` is the CLI's analysis of the same text. */
async function checkArticle(page, label, expected, { hoverOn, shot, findingsOpen, lines }) {
  const quoted = expected.actors.filter((actor) => actor.quoteIds.length > 0);
  const named = quoted.filter((actor) => actor.kind === 'person');
  const unattributed = expected.quotes.filter((quote) => !quote.speaker).length;

  await waitForPaint(page, (c) => speakerColours(c).length > 0);
  const counts = await checkNothingHidden(page, label, lines);
  await check(`${label}: speaker colours are painted in the editor`, async () => {
    const colours = speakerColours(counts);
    return { ok: colours.length >= named.length, detail: `${colours.length} speaker colours in the article for ${named.length} quoted people, ${counts.cue ?? 0} cue marks` };
  });
  await check(`${label}: cues are marked`, async () => ({ ok: (counts.cue ?? 0) > 0, detail: `${counts.cue ?? 0} elements` }));

  await check(`${label}: the status bar summarises the sources`, async () => {
    const item = await waitForStatus(page, (entry) => /\bsources?\b/i.test(entry.text) && entry.id.includes('newsdesk'));
    if (!item) return { ok: false, detail: 'no Newsdesk item with "… sources …" in the status bar' };
    const number = Number(item.text.match(/(\d+) sources?/i)?.[1]);
    return { ok: number === quoted.length, detail: `"${item.text}" (the CLI finds ${quoted.length} quoted sources)` };
  });

  // The indicator counts every open article: this one's findings plus those already open.
  const wantProblems = findingsOpen + expected.diagnostics.length;
  await check(`${label}: the Problems count matches the findings`, async () => {
    const deadline = Date.now() + WAIT_MS;
    let counts = await problemCounts(page);
    while (counts.errors + counts.warnings + counts.infos !== wantProblems && Date.now() < deadline) {
      await page.waitForTimeout(200);
      counts = await problemCounts(page);
    }
    const total = counts.errors + counts.warnings + counts.infos;
    const others = findingsOpen ? ` + ${findingsOpen} in the articles already open` : '';
    return { ok: total === wantProblems, detail: `"${counts.label}" (the CLI finds ${expected.diagnostics.length}${others})` };
  });

  let pane;
  await check(`${label}: the Sources view lists the quoted people`, async () => {
    pane = await openSourcesView(page);
    const wanted = named.map((actor) => actor.name);
    const rows = await waitForRows(pane, (r) => wanted.every((name) => r.some((row) => row.label === name)));
    const missing = wanted.filter((name) => !rows.some((row) => row.label === name));
    return { ok: missing.length === 0 && rows.length > 0, detail: missing.length ? `missing ${missing.join(', ')}; rows: ${rows.map((r) => r.label).join(' | ')}` : `${rows.length} rows: ${rows.filter((r) => r.level === 1).map((r) => r.text).join(' | ')}` };
  });
  if (unattributed) {
    await check(`${label}: the Sources view shows the unattributed quotes`, async () => {
      const rows = pane ? await waitForRows(pane, (r) => r.some((row) => /unattributed/i.test(row.label))) : [];
      const row = rows.find((entry) => /unattributed/i.test(entry.label));
      return { ok: !!row, detail: row ? row.text : 'no "Unattributed quotes" row' };
    });
  }
  await page.waitForTimeout(300); // the tree's last row animation, so the screenshot is settled
  await screenshot(page, shot);

  if (hoverOn) {
    await check(`${label}: hovering a quote says whose quote it is`, async () => {
      const text = await hoverText(page, hoverOn.words, hoverOn.line);
      return { ok: text.includes(hoverOn.expect), detail: text ? `"${text.slice(0, 120)}"` : 'no hover appeared' };
    });
    await page.waitForTimeout(400); // the hover fades in
    await screenshot(page, `${shot}-hover`);
    await page.keyboard.press('Escape');
  }

  if (unattributed) {
    await check(`${label}: the unattributed quote is marked apart`, async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+End');
      const counts = await waitForPaint(page, (c) => (c.unattributedQuote ?? 0) > 0);
      return { ok: (counts.unattributedQuote ?? 0) > 0, detail: `${counts.unattributedQuote ?? 0} elements at the end of the article` };
    });
    await screenshot(page, `${shot}-end`);
  }
}

/** Runs a command from the palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The frame of the sources report webview, once its page has drawn its charts. */
async function reportFrame(page) {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('#report[aria-busy="false"] canvas').count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(200);
  }
  return undefined;
}

/** Notes after quotes checked against the sample article's transcripts, and the misquote's hover. */
async function checkTranscripts(page) {
  const verified = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli.js'), 'verify', '--json', join(REPO_ROOT, 'fixtures', SAMPLE)], { encoding: 'utf8' });
  const results = JSON.parse(verified.stdout).quotes ?? [];
  const misquote = results.find((r) => r.status === 'misquote');
  await check('sample: checked quotes carry a note from their transcript', async () => {
    // Bring the misquote's line into view.
    await goToLine(page, misquote?.line ?? 1);
    // The notes are inlay hints: text in the line itself, which the line wrapping counts.
    const notes = () => page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines span > span')]
      .map((span) => span.textContent.replace(/\u00a0/g, ' ').trim())
      .filter((text) => /^(verbatim\b.*·|\d+ words? differs?\b|not in the transcript$)/.test(text)));
    const deadline = Date.now() + WAIT_MS;
    let found = [];
    while (Date.now() < deadline && !found.some((note) => /verbatim\s·\s\d+:\d\d/.test(note))) {
      found = await notes();
      if (!found.some((note) => /verbatim\s·\s\d+:\d\d/.test(note))) await page.waitForTimeout(200);
    }
    const note = found.find((n) => /verbatim\s·\s\d+:\d\d/.test(n));
    return { ok: !!note, detail: note ? `${found.length} notes on screen, e.g. "${note}" (the CLI: ${results.filter((r) => r.status === 'verbatim').length} verbatim)` : `no "verbatim · m:ss" note on screen (${found.join(' | ') || 'no notes'})` };
  });
  if (misquote) {
    await check('sample: hovering the misquote shows the transcript\'s wording', async () => {
      const words = misquote.text.replace(/^["“]/, '').split(/\s+/).slice(0, 3).join(' ');
      const target = page.locator('.editor-instance .view-lines span', { hasText: words }).last();
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) return { ok: false, detail: `"${words}" not on screen` };
      await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
      try {
        await page.waitForFunction(() => /transcript/i.test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''), null, { timeout: 10_000 });
      } catch {
        return { ok: false, detail: 'no hover about the transcript appeared' };
      }
      const text = (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).replace(/\s+/g, ' ');
      return { ok: /kids|family/.test(text), detail: `"${text.slice(0, 140)}"` };
    });
    await page.waitForTimeout(400); // the hover fades in
    await screenshot(page, 'ui-transcripts');
    await page.keyboard.press('Escape');
  }
}

/** The sources report beside the sample article: its charts and table, and a name that reveals quotes. */
async function checkReportView(page, expected) {
  const speakers = [...new Set(expected.quotes.filter((q) => q.speaker).map((q) => q.speaker.actorId))];
  let frame;
  await check('sample: the sources report opens beside the article with its charts', async () => {
    await runCommand(page, 'Newsdesk: Show Sources Report');
    frame = await reportFrame(page);
    if (!frame) return { ok: false, detail: 'no report webview with charts appeared' };
    const charts = await frame.locator('figure[data-chart]').count();
    const rows = await frame.locator('#table-speakers tbody tr').count();
    return { ok: charts === 4 && rows === speakers.length, detail: `${charts} charts, ${rows} speaker rows (the CLI finds ${speakers.length} quoted sources)` };
  });
  await page.waitForTimeout(300); // the panel's opening animation, so the screenshot is settled
  await screenshot(page, 'ui-report');
  if (!frame) return;
  await check('sample: a speaker\'s name in the report reveals their first quote', async () => {
    const person = expected.actors.find((actor) => actor.kind === 'person' && actor.quoteIds.length > 1);
    await frame.locator('#table-speakers button.link', { hasText: person.name }).first().click();
    const item = await waitForStatus(page, (entry) => entry.text.includes(`${person.name}, quote 1 of`));
    return { ok: !!item, detail: item ? `"${item.text}"` : `no status message for ${person.name}` };
  });
}

/** --web: the Newsdesk output channel says it runs in the web-worker extension host (and shown so in a screenshot). */
async function checkRunsInWorker(page) {
  await check('web: Newsdesk runs in the web-worker extension host (its output says so)', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Output: Show Output Channels');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Output Channels' }).first().waitFor();
    await page.keyboard.press('Enter');
    await input.fill('Newsdesk');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Newsdesk' }).first().waitFor();
    await page.keyboard.press('Enter');
    const line = page.locator('.panel .monaco-editor .view-line', { hasText: 'extension host' }).first();
    await line.waitFor({ timeout: WAIT_MS });
    const text = (await line.innerText()).replace(/\s+/g, ' ');
    await screenshot(page, 'ui-output');
    await page.keyboard.press('Control+J'); // hide the panel again
    return { ok: /running in the web-worker extension host/.test(text), detail: `"${text.slice(0, 140)}"` };
  });
}

/** One tab for the article and findings drawn in its text: what `npm start` must give (issue 11, item 1). */
async function checkOpenedAsNpmStart(page, label, duplicateWarnings) {
  await check(`${label}: the article opens in one tab, named as the workspace names it`, async () => {
    await page.locator('.tabs-container .tab.active').first().waitFor();
    const tabs = await page.locator('.tabs-container .tab').evaluateAll((elements) => elements.map((tab) => ({
      name: tab.getAttribute('data-resource-name'), text: tab.innerText.replace(/\s+/g, ' ').trim(),
    })));
    const ok = tabs.length === 1 && tabs[0].name === basename(SAMPLE) && !/\/tmp\//.test(tabs[0].text);
    return { ok, detail: tabs.map((tab) => `"${tab.text}"`).join(', ') };
  });
  await check(`${label}: the findings are drawn as squiggles in the article`, async () => {
    const count = () => page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-info').count();
    const deadline = Date.now() + WAIT_MS;
    let squiggles = await count();
    while (squiggles === 0 && Date.now() < deadline) {
      await page.waitForTimeout(250);
      squiggles = await count();
    }
    return { ok: squiggles > 0, detail: `${squiggles} squiggles on the first screen` };
  });
  await check(`${label}: VS Code loads the article once (no "already exists")`, () => ({ ok: duplicateWarnings.length === 0, detail: duplicateWarnings[0] ?? 'no duplicate document' }));
}

/**
 * Everything drawn in the editor's lines that reaches past the visible text area (under the minimap
 * or the scrollbar, or past the edge): words of the article, or notes after its quotes.
 */
function hiddenText(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return { lines: 0, hidden: ['no editor'] };
    const scrollable = editor.querySelector('.editor-scrollable').getBoundingClientRect();
    let right = scrollable.right;
    for (const selector of ['.minimap', '.scrollbar.vertical']) {
      const element = editor.querySelector(selector);
      const box = element?.getBoundingClientRect();
      if (box && box.width > 0 && getComputedStyle(element).display !== 'none') right = Math.min(right, box.left);
    }
    const hidden = [];
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    // Measure the words themselves: a space after the last word of a wrapped line may overhang.
    const range = document.createRange();
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = node.textContent.replace(/[\s\u00a0]+$/, '');
        if (!words.trim()) continue;
        range.setStart(node, 0);
        range.setEnd(node, words.length);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && box.right > right + 1) hidden.push(`"${words.trim().slice(-30)}" ends ${Math.round(box.right - right)} px past the text area`);
      }
    }
    const horizontal = editor.querySelector('.scrollbar.horizontal .slider');
    const scrolls = !!horizontal && horizontal.getBoundingClientRect().width > 0 && !editor.querySelector('.scrollbar.horizontal').classList.contains('invisible');
    return { lines: lines.length, hidden, scrolls, firstLine: Number(editor.querySelector('.line-numbers')?.textContent ?? 0) };
  });
}

/**
 * Pages through the whole article (issue 11, item 2): no text may be hidden on any screen. Adds up
 * the colours and type styles painted on the way, for the colour checks.
 */
async function checkNothingHidden(page, label, expectedLines) {
  const painted = {};
  await check(`${label}: no article text or transcript note is hidden under the minimap or past the edge`, async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Home');
    const problems = [];
    let screens = 0;
    let horizontal = false;
    for (let seen = 0; seen < 40; seen++) {
      await page.waitForTimeout(150); // the editor renders the new screen on the next frame
      const counts = await paintedInEditor(page);
      for (const [key, n] of Object.entries(counts)) painted[key] = (painted[key] ?? 0) + n;
      const result = await hiddenText(page);
      screens += 1;
      problems.push(...result.hidden);
      horizontal ||= result.scrolls;
      const lastShown = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.editor-instance .monaco-editor .line-numbers')].map((n) => Number(n.textContent) || 0)));
      if (lastShown >= expectedLines) break;
      await page.keyboard.press('PageDown');
    }
    await page.keyboard.press('Control+Home');
    return { ok: problems.length === 0 && !horizontal, detail: problems.length ? problems.slice(0, 3).join('; ') : `${screens} screens checked${horizontal ? ', but a horizontal scrollbar shows' : ', no horizontal scrollbar'}` };
  });
  return painted;
}

/** Each kind of source differs by more than its hue (issue 11, item 3). */
async function checkKindStyles(label, painted) {
  await check(`${label}: named sources, groups, anonymous and vague sources differ by type style, not only by hue`, () => {
    const has = (pattern) => Object.keys(painted).filter((key) => pattern.test(key) && painted[key] > 0);
    const named = has(/^bold:speaker\d+$/);
    const group = has(/^italic:speaker\d+$/);
    const anonymous = has(/^dashed:cue$/);
    const vague = has(/^dotted:cue$/);
    const unattributed = has(/^unattributedQuote$/);
    const ok = named.length > 0 && anonymous.length > 0 && vague.length > 0 && unattributed.length > 0;
    return { ok, detail: `bold names in ${named.length} colours, italic group quotes in ${group.length}, ${painted['dashed:cue'] ?? 0} dashed (anonymous), ${painted['dotted:cue'] ?? 0} dotted (vague), ${painted.unattributedQuote ?? 0} boxed (no speaker)` };
  });
}

/** The Sources rows carry their speaker's colour on their icons (issue 11, item 3). */
async function checkTreeColours(page, pane, label, expected) {
  await check(`${label}: each speaker's icon in the Sources view has their colour`, async () => {
    const rows = await waitForRows(pane, (r) => r.length > 0);
    const icons = await pane.locator('.monaco-list-row[aria-level="1"]').evaluateAll((elements) => {
      const workbench = document.querySelector('.monaco-workbench');
      const probe = document.createElement('span');
      document.body.appendChild(probe);
      const colour = (value) => {
        probe.style.color = value;
        return getComputedStyle(probe).color;
      };
      const newsdesk = new Map();
      for (let index = 1; index <= 32; index++) {
        const value = getComputedStyle(workbench).getPropertyValue(`--vscode-newsdesk-speaker${index}`).trim();
        if (value) newsdesk.set(colour(value), `speaker${index}`);
      }
      for (const name of ['cue', 'unattributedQuote']) newsdesk.set(colour(getComputedStyle(workbench).getPropertyValue(`--vscode-newsdesk-${name}`).trim()), name);
      probe.remove();
      return elements.map((row) => {
        const icon = row.querySelector('.custom-view-tree-node-item-icon');
        return { label: row.querySelector('.label-name')?.textContent?.trim() ?? '', colour: icon ? newsdesk.get(getComputedStyle(icon).color) ?? getComputedStyle(icon).color : 'no icon' };
      });
    });
    const people = expected.actors.filter((actor) => actor.kind === 'person' && actor.quoteIds.length).map((actor) => actor.name);
    const shown = icons.filter((icon) => people.includes(icon.label));
    const colours = new Set(shown.map((icon) => icon.colour));
    const ok = shown.length === people.length && shown.every((icon) => /^speaker\d+$/.test(icon.colour)) && colours.size === shown.length && icons.every((icon) => /^(speaker\d+|cue|unattributedQuote)$/.test(icon.colour));
    return { ok, detail: `${rows.length} rows; ${icons.map((icon) => `${icon.label}: ${icon.colour}`).join(', ')}` };
  });
  await check(`${label}: the Sources view has "What the Colours Mean" in its title bar`, async () => {
    const action = pane.page().locator('.pane-header .actions-container a[aria-label="What the Colours Mean"], .title-actions a[aria-label="What the Colours Mean"], a.action-label[aria-label="What the Colours Mean"]');
    return { ok: (await action.count()) > 0, detail: `${await action.count()} button(s)` };
  });
}

/** Alt+] with the Sources view focused (issue 11, item 7): click a speaker, then step. */
async function checkSteppingFromTree(page, pane, expected) {
  const person = expected.actors.filter((actor) => actor.kind === 'person' && actor.quoteIds.length >= 3).sort((a, b) => b.quoteIds.length - a.quoteIds.length)[0];
  if (!person) return;
  await check(`sample: clicking ${person.name} in the Sources view, then Alt+] and Alt+], steps through their quotes`, async () => {
    await pane.locator('.monaco-list-row[aria-level="1"]', { hasText: person.name }).first().click();
    // The click shows the first quote; the view then selects its row.
    await page.locator('.monaco-list-row[aria-level="2"].selected').first().waitFor({ timeout: WAIT_MS });
    const messages = [];
    for (const step of [2, 3]) {
      await page.keyboard.press('Alt+BracketRight');
      const item = await waitForStatus(page, (entry) => entry.text.includes(`Quote ${step} of ${person.quoteIds.length} by ${person.name}`));
      messages.push(item ? `"${item.text}"` : `no "Quote ${step} of …" message`);
      if (!item) return { ok: false, detail: messages.join(', ') };
    }
    const focusInTree = await page.evaluate(() => !!document.activeElement?.closest('.pane-body'));
    // Revealing quotes from the view must not open the article a second time.
    const tabs = await page.locator('.tabs-container .tab').count();
    return { ok: focusInTree && tabs === 1, detail: `${messages.join(', ')}; the view keeps the keyboard: ${focusInTree}; ${tabs} tab(s)` };
  });
}

async function screenshotAs(page, name) {
  await page.waitForTimeout(300); // the last row or hover animation, so the screenshot is settled
  await screenshot(page, name);
}

/** The sample, opened as `npm start` opens it, in one theme and one window width. */
async function checkSampleWindow(server, workspace, theme, width, full) {
  const label = `sample ${width} px ${theme.tag}`;
  const browser = await launchBrowser({ viewport: { width, height: HEIGHT } });
  const { page } = browser;
  page.setDefaultTimeout(WAIT_MS);
  const duplicateWarnings = [];
  page.on('console', (message) => {
    if (/already exists/.test(message.text())) duplicateWarnings.push(message.text().slice(0, 160));
  });
  try {
    console.log(`\nSample article, ${width} px wide, ${theme.name}`);
    await page.goto(workbenchUrl(server, { file: join(workspace, SAMPLE), web: opts.web }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
    const sample = cliAnalysis(join(workspace, SAMPLE));
    const lines = readFileSync(join(workspace, SAMPLE), 'utf8').split('\n').length;
    await checkOpenedAsNpmStart(page, label, duplicateWarnings);
    if (opts.web) await checkRunsInWorker(page);
    await waitForPaint(page, (c) => speakerColours(c).length >= 3);
    const painted = await checkNothingHidden(page, label, lines);
    await checkKindStyles(label, painted);
    await screenshotAs(page, `ui-sample-${width}-${theme.tag}`);
    const pane = await openSourcesView(page);
    await checkTreeColours(page, pane, label, sample);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await checkNothingHidden(page, `${label}, Sources view open`, lines);
    await screenshotAs(page, `ui-sample-sources-${width}-${theme.tag}`);
    if (full) {
      await checkArticle(page, 'sample', sample, { shot: 'ui-sample', findingsOpen: 0, lines, hoverOn: { words: 'second opinion', expect: 'by Delia Marchetti', line: lineOf(join(workspace, SAMPLE), 'second opinion') } });
      await checkSteppingFromTree(page, await openSourcesView(page), sample);
      await screenshotAs(page, 'ui-stepping');
      await checkTranscripts(page);
      await checkReportView(page, sample);
      if (existsSync(REFERENCE_SOURCE)) {
        console.log(`\nReference article (${REFERENCE_SOURCE})`);
        await page.keyboard.press('Escape');
        await openFile(page, REFERENCE);
        await check('reference: the article opens', () => true);
        const reference = cliAnalysis(join(workspace, REFERENCE));
        const text = readFileSync(join(workspace, REFERENCE), 'utf8');
        await checkArticle(page, 'reference', reference, { shot: 'ui-reference', findingsOpen: sample.diagnostics.length, lines: text.split('\n').length, hoverOn: hoverTarget(reference, text) });
      } else {
        console.log(`\nReference article left out: ${REFERENCE_SOURCE} is not on this machine.`);
      }
    }
  } finally {
    await browser.close();
  }
}

/**
 * `npm start -- PATH` serves the user's own folder and says so, and Ctrl-C leaves their work in
 * place (issue 11, item 8); without PATH it serves sample-workspace/, inside the project and ignored by git.
 */
async function checkStartKeepsWork() {
  await check('npm start keeps the sample workspace in the project, ignored by git', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', join(SAMPLE_WORKSPACE, 'articles/new-story.news')], { cwd: REPO_ROOT });
    return { ok: SAMPLE_WORKSPACE.startsWith(REPO_ROOT) && ignored.status === 0, detail: `${relative(REPO_ROOT, SAMPLE_WORKSPACE)}/, git check-ignore: ${ignored.status === 0 ? 'ignored' : 'not ignored'}` };
  });
  await check('npm start -- FOLDER serves that folder, says so, and Ctrl-C keeps the work there', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsdesk-start-'));
    try {
      writeFileSync(join(folder, 'story.news'), 'Council Votes\n\n"We will fix it," Mayor Ada Okafor said.\n');
      const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/start.mjs'), '--no-build', folder], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => { output += chunk; });
      child.stderr.on('data', (chunk) => { output += chunk; });
      const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
      const deadline = Date.now() + WAIT_MS;
      while (!/Open http:\/\/127\.0\.0\.1:\d+\//.test(output) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
      // What the writer made while it ran.
      writeFileSync(join(folder, 'new-story.md'), 'Draft\n');
      child.kill('SIGINT');
      const code = await exited;
      const said = output.includes(`serving the folder ${folder}`) && output.includes(`openFile%22%2C%22vscode-remote%3A%2F%2F127.0.0.1`);
      const kept = existsSync(join(folder, 'story.news')) && existsSync(join(folder, 'new-story.md'));
      return { ok: said && kept && code === 0, detail: `names the folder and opens story.news: ${said}; files kept after Ctrl-C: ${kept}; exit ${code}` };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

async function main() {
  install();
  if (!opts['no-build']) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
  const started = Date.now();
  if (opts.web) {
    suffix = '-web';
  } else {
    console.log('\nnpm start');
    await checkStartKeepsWork();
  }
  for (const [themeIndex, theme] of themes.entries()) {
    // A throw-away workspace like npm start's sample-workspace/: the fixtures, plus the reference
    // article when this machine has it (copied to the temporary folder only, never into the project).
    const workspace = mkdtempSync(join(tmpdir(), 'newsdesk-ui-'));
    const removeWorkspace = () => rmSync(workspace, { recursive: true, force: true });
    process.on('exit', removeWorkspace);
    cpSync(join(REPO_ROOT, 'fixtures'), workspace, { recursive: true });
    if (existsSync(REFERENCE_SOURCE)) {
      mkdirSync(join(workspace, 'reference'), { recursive: true });
      cpSync(REFERENCE_SOURCE, join(workspace, REFERENCE));
    }
    // npm start's settings, and the theme.
    const server = await startCodeServer({ workspace, settings: { 'workbench.colorTheme': theme.name, ...(opts.web ? WEB_SETTINGS : {}) }, verbose: opts.verbose });
    try {
      for (const [widthIndex, width] of widths.entries()) {
        await checkSampleWindow(server, workspace, theme, width, themeIndex === 0 && widthIndex === 0);
      }
    } finally {
      await server.stop();
      removeWorkspace();
    }
  }
  console.log(`\n[ui-check] ${basename(SAMPLE)}${opts.web ? ' in the web worker' : ''} in ${themes.length} theme(s) × ${widths.length} width(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

try {
  await main();
} catch (error) {
  record('the UI check ran to the end', false, error.message.split('\n')[0]);
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
