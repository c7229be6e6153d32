// What a person sees: opens the sample article (and the reference article from ../shared/corpus
// when it is there) in the real VS Code workbench in Chromium, with Newsdesk loaded from this
// checkout, and checks the page itself: speaker colours painted in the editor, the Sources view's
// rows, the Problems count and the Newsdesk item in the status bar, a hover on a quote, the notes
// from the linked transcripts and a misquote's hover, and the sources report beside the article.
// The expected numbers come from the CLI on the same file, so engine tuning does not break the check.
// Screenshots go to .vscode-test/screenshots/ui-*.png: look at them.
//
// node test/ui/ui-check.mjs [--no-build] [--theme "Default Dark Modern"] [--verbose]
// Closes with `N passed, N failed`; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { install, REPO_ROOT, VSCODE_TEST_DIR } from '../../scripts/vscode/install.mjs';
import { openFile, openWorkbench } from '../../scripts/vscode/ui-check.mjs';

const SAMPLE = 'articles/harbour-bridge-closure.news';
const REFERENCE_SOURCE = join(REPO_ROOT, '../shared/corpus/articles/us-allies-warn-china.news');
const REFERENCE = 'reference/us-allies-warn-china.news';
const SHOTS = join(VSCODE_TEST_DIR, 'screenshots');
const WAIT_MS = 30_000;

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    theme: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const suffix = opts.theme ? `-${opts.theme.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '';

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
    const names = [...Array.from({ length: 8 }, (_, index) => `speaker${index + 1}`), 'unattributedQuote', 'cue'];
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

const speakerColours = (counts) => Object.keys(counts).filter((key) => /^speaker\d$/.test(key));

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
async function hoverText(page, words) {
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
function hoverTarget(analysis) {
  const people = analysis.actors.filter((actor) => actor.kind === 'person').sort((a, b) => b.quoteIds.length - a.quoteIds.length);
  for (const actor of people) {
    const quote = analysis.quotes.find((q) => q.kind === 'direct' && q.speaker?.actorId === actor.id);
    const words = quote?.text.replace(/^["“'‘«„]/, '').split(/\s+/).slice(0, 2).join(' ');
    if (words) return { words, expect: `by ${actor.name}` };
  }
  return undefined;
}

async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}${suffix}.png`);
  await page.screenshot({ path: file });
  console.log(`  screenshot ${relative(process.cwd(), file)}`);
}

/** The checks for one article; `expected` is the CLI's analysis of the same text. */
async function checkArticle(page, label, expected, { hoverOn, shot, findingsOpen }) {
  const quoted = expected.actors.filter((actor) => actor.quoteIds.length > 0);
  const named = quoted.filter((actor) => actor.kind === 'person');
  const unattributed = expected.quotes.filter((quote) => !quote.speaker).length;

  await check(`${label}: speaker colours are painted in the editor`, async () => {
    const counts = await waitForPaint(page, (c) => speakerColours(c).length >= Math.min(3, named.length));
    const colours = speakerColours(counts);
    return { ok: colours.length >= Math.min(3, named.length), detail: `${colours.length} speaker colours on screen, ${counts.cue ?? 0} cue marks` };
  });
  await check(`${label}: cues are marked`, async () => {
    const counts = await paintedInEditor(page);
    return { ok: (counts.cue ?? 0) > 0, detail: `${counts.cue ?? 0} elements` };
  });

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
      const text = await hoverText(page, hoverOn.words);
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
    // The editor has the keyboard (the last check moved its cursor); bring the misquote's line into view.
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type(String(misquote?.line ?? 1));
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // Notes after text are drawn by CSS (::after content), not as text in the page.
    const notes = () => page.evaluate(() => [...document.querySelectorAll('.editor-instance .view-lines span')]
      .map((span) => getComputedStyle(span, '::after').content)
      .filter((content) => content && content !== 'none' && content !== 'normal')
      .map((content) => content.replace(/^"|"$/g, '').replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))));
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

async function main() {
  install();
  if (!opts['no-build']) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
  // A throw-away workspace: the fixtures, plus the reference article when this machine has it
  // (copied to the temporary folder only, never into the project).
  const workspace = mkdtempSync(join(tmpdir(), 'newsdesk-ui-'));
  const removeWorkspace = () => rmSync(workspace, { recursive: true, force: true });
  process.on('exit', removeWorkspace);
  cpSync(join(REPO_ROOT, 'fixtures'), workspace, { recursive: true });
  const hasReference = existsSync(REFERENCE_SOURCE);
  if (hasReference) {
    mkdirSync(join(workspace, 'reference'), { recursive: true });
    cpSync(REFERENCE_SOURCE, join(workspace, REFERENCE));
  }

  const settings = {
    // Prose reads wrapped; the screenshots should show whole paragraphs.
    '[news]': { 'editor.wordWrap': 'on' },
    'editor.minimap.enabled': false,
    ...(opts.theme ? { 'workbench.colorTheme': opts.theme } : {}),
  };
  const started = Date.now();
  const { page, close } = await openWorkbench({ workspace, file: SAMPLE, settings, verbose: opts.verbose });
  try {
    console.log(`\nSample article (${SAMPLE})`);
    const sample = cliAnalysis(join(workspace, SAMPLE));
    await checkArticle(page, 'sample', sample, {
      shot: 'ui-sample',
      findingsOpen: 0,
      hoverOn: { words: 'second opinion', expect: 'by Delia Marchetti' },
    });
    await checkTranscripts(page);
    await checkReportView(page, sample);

    if (hasReference) {
      console.log(`\nReference article (${REFERENCE_SOURCE})`);
      await page.keyboard.press('Escape');
      await openFile(page, REFERENCE);
      await check('reference: the article opens', () => true);
      const reference = cliAnalysis(join(workspace, REFERENCE));
      await checkArticle(page, 'reference', reference, { shot: 'ui-reference', findingsOpen: sample.diagnostics.length, hoverOn: hoverTarget(reference) });
    } else {
      console.log(`\nReference article left out: ${REFERENCE_SOURCE} is not on this machine.`);
    }
  } finally {
    await close();
    removeWorkspace();
  }
  console.log(`\n[ui-check] ${basename(SAMPLE)}${hasReference ? ` and ${basename(REFERENCE)}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
