// The sources report page: charts (Chart.js) and the same numbers as tables, for one article or a
// folder. It runs in the editor's webview, where it talks to the extension, and in the CLI's
// self-contained HTML file, where it reads its data from the page and stands alone.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import type { SourcesReport, SpeakerFigures, SpeakerTotal, WorkspaceReport } from '../../engine/report';
import type { ActorKind } from '../../engine/types';
import { REPORT_GENDERS, REPORT_QUOTE_KINDS, SOURCE_CATEGORIES, SOURCE_KINDS } from '../../engine/report';
import type { HostMessage, RenderSummary, ReportPayload, ViewMessage } from '../protocol';
import { PAYLOAD_ELEMENT_ID } from '../protocol';
import './style.css';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

interface Host {
  post(message: ViewMessage): void;
  readonly interactive: boolean;
}

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(state: unknown): void; getState(): unknown };

const host: Host = typeof acquireVsCodeApi === 'function'
  ? (() => {
      const api = acquireVsCodeApi();
      // Any state at all tells VS Code to bring the panel back after a reload; the extension redraws it.
      api.setState({ restore: true });
      return { post: (message: ViewMessage) => api.postMessage(message), interactive: true };
    })()
  : { post: () => undefined, interactive: false };

/** Words-per-speaker bars shown at most; the table below lists everyone. */
const MAX_SPEAKER_BARS = 20;
const root = document.getElementById('report') as HTMLElement;
const charts: Chart[] = [];
let shown: ReportPayload | undefined;

// ---- Theme -------------------------------------------------------------------------------------

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function palette() {
  return {
    foreground: cssVar('--vscode-foreground', '#333'),
    grid: cssVar('--vscode-panel-border', 'rgba(128,128,128,0.35)'),
    font: cssVar('--vscode-font-family', 'system-ui, sans-serif'),
    blue: cssVar('--vscode-charts-blue', '#1a85ff'),
    green: cssVar('--vscode-charts-green', '#388a34'),
    red: cssVar('--vscode-charts-red', '#e51400'),
    yellow: cssVar('--vscode-charts-yellow', '#bf8803'),
    orange: cssVar('--vscode-charts-orange', '#d18616'),
    purple: cssVar('--vscode-charts-purple', '#652d90'),
    lines: cssVar('--vscode-charts-lines', 'rgba(128,128,128,0.6)'),
  };
}

// ---- Building blocks ---------------------------------------------------------------------------

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : nouns}`;
}

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '–';
}

interface BarSeries {
  label: string;
  values: number[];
  color: string;
}

/**
 * One chart in a figure: the canvas is an image with a text description for screen readers, and
 * the table after it carries the same numbers for anyone who does not read charts.
 */
function barChart(id: string, title: string, labels: string[], series: BarSeries[], options: { horizontal?: boolean; onClick?: (index: number) => void; stacked?: boolean } = {}): HTMLElement {
  const colors = palette();
  const description = `${title}: ${labels.map((label, index) => `${label} ${series.map((s) => `${s.values[index]}${series.length > 1 ? ` ${s.label}` : ''}`).join(', ')}`).join('; ')}.`;
  const canvas = element('canvas', { role: 'img', 'aria-label': description, id: `chart-${id}` });
  const box = element('div', { class: 'chart-box' }, canvas);
  const rows = Math.max(labels.length, 1);
  if (options.horizontal) box.style.height = `${Math.max(120, rows * 26 + 60)}px`;
  const figure = element('figure', { class: 'chart', 'data-chart': id }, element('figcaption', {}, title), box);
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderWidth: 0, maxBarThickness: 28 })),
    },
    options: {
      indexAxis: options.horizontal ? 'y' : 'x',
      animation: false, // redrawn at every edit: motion would only distract
      responsive: true,
      maintainAspectRatio: false,
      color: colors.foreground,
      font: { family: colors.font },
      plugins: {
        legend: { display: series.length > 1, labels: { color: colors.foreground } },
        tooltip: { enabled: true },
      },
      scales: {
        x: { stacked: options.stacked, ticks: { color: colors.foreground, precision: 0 }, grid: { color: colors.grid } },
        y: {
          stacked: options.stacked,
          grid: { color: colors.grid },
          // Long names are shortened on the axis; the tooltip and the table give them whole.
          ticks: options.horizontal
            ? { color: colors.foreground, callback: (value) => shorten(labels[Number(value)] ?? String(value)) }
            : { color: colors.foreground, precision: 0 },
        },
      },
      onClick: options.onClick
        ? (_event, elements) => {
            if (elements[0]) options.onClick?.(elements[0].index);
          }
        : undefined,
      onHover: options.onClick
        ? (event, elements) => {
            const target = event.native?.target as HTMLElement | undefined;
            if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
          }
        : undefined,
    },
  };
  // Created once the canvas is in the document, so Chart.js can size it.
  queueMicrotask(() => charts.push(new Chart(canvas, config)));
  figure.dataset.bars = String(labels.length);
  return figure;
}

const MAX_LABEL = 26;
function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

interface Column<T> {
  header: string;
  value: (row: T) => string | number | Node;
  numeric?: boolean;
}

function table<T>(id: string, caption: string, columns: Column<T>[], rows: T[]): HTMLElement {
  const head = element('tr', {}, ...columns.map((column) => element('th', { scope: 'col', class: column.numeric ? 'num' : '' }, column.header)));
  const body = rows.map((row) => element('tr', {}, ...columns.map((column, index) => {
    const value = column.value(row);
    const cell = element(index === 0 ? 'th' : 'td', index === 0 ? { scope: 'row' } : { class: column.numeric ? 'num' : '' });
    cell.append(typeof value === 'number' ? value.toLocaleString('en') : value);
    return cell;
  })));
  const wrapper = element('div', { class: 'table-wrap' },
    element('table', { id: `table-${id}` }, element('caption', {}, caption), element('thead', {}, head), element('tbody', {}, ...body)));
  wrapper.dataset.rows = String(rows.length);
  return wrapper;
}

function speakerButton(speaker: SpeakerFigures): Node {
  if (!host.interactive) return document.createTextNode(speaker.name);
  const button = element('button', { class: 'link', type: 'button', title: `Reveal ${speaker.name}'s quotes in the article` }, speaker.name);
  button.addEventListener('click', () => host.post({ type: 'reveal', actorId: speaker.actorId }));
  return button;
}

function genderText(speaker: { gender: SpeakerFigures['gender']; genderSuggestion?: string }): string {
  if (speaker.gender === null) return '–';
  if (speaker.gender === 'unknown' && speaker.genderSuggestion) return `unknown (pronouns suggest ${speaker.genderSuggestion})`;
  return speaker.gender;
}

const CATEGORY_LABEL = { named: 'Named', anonymous: 'Anonymous', vague: 'Vague', unresolved: 'Unresolved pronoun' } as const;
const KIND_LABEL = { direct: 'Direct', partial: 'Partial', mixed: 'Mixed', indirect: 'Reported (indirect)' } as const;
const GENDER_LABEL = { female: 'Women', male: 'Men', nonbinary: 'Non-binary', unknown: 'Not known' } as const;
const WORDS_FROM_LABEL = { female: 'women', male: 'men', nonbinary: 'non-binary people', unknown: 'people whose gender is not known' } as const;

/**
 * Tells a screen reader what changed, only when the summary does: the page redraws at every
 * keystroke, and reading it all again each time would drown the writer.
 */
function announce(text: string): void {
  const status = document.getElementById('status');
  if (status && status.textContent !== text) status.textContent = text;
}

// ---- Sections shared by both scopes ------------------------------------------------------------

function summaryLine(report: SourcesReport | WorkspaceReport, articles?: number): HTMLElement {
  const parts = [
    ...(articles !== undefined ? [plural(articles, 'article')] : []),
    plural(report.sources.total, 'source'),
    `${report.sources.named} named`,
    `${report.sources.anonymous} anonymous`,
    `${report.sources.vague} vague`,
    plural(report.quotes.total, 'quote'),
    `${report.quotes.unattributed} unattributed`,
    `${plural(report.people.female, 'woman', 'women')} and ${plural(report.people.male, 'man', 'men')} among ${plural(report.people.total, 'person', 'people')} quoted`,
  ];
  announce(parts.join(', '));
  return element('p', { class: 'summary' }, parts.join(' · '));
}

function overviewCharts(report: SourcesReport | WorkspaceReport): HTMLElement[] {
  const colors = palette();
  const genders = REPORT_GENDERS;
  return [
    barChart('sources', 'Sources by how they are identified', SOURCE_CATEGORIES.map((c) => CATEGORY_LABEL[c]),
      [{ label: 'Sources', values: SOURCE_CATEGORIES.map((c) => report.sources[c]), color: colors.blue }]),
    barChart('quotes', 'Quotes by kind', [...REPORT_QUOTE_KINDS.map((k) => KIND_LABEL[k]), 'Unattributed'],
      [{ label: 'Quotes', values: [...REPORT_QUOTE_KINDS.map((k) => report.quotes[k]), report.quotes.unattributed], color: colors.green }]),
    barChart('gender', 'People quoted, by gender', genders.map((g) => GENDER_LABEL[g]),
      [
        { label: 'People', values: genders.map((g) => report.people[g]), color: colors.purple },
      ]),
  ];
}

/** Sources by what they are, as the overview table counts them apart (in the engine's SOURCE_KINDS order). */
const SOURCE_KIND_LABEL: Record<ActorKind, string> = {
  person: 'People', organization: 'Organisations', group: 'Groups of people', document: 'Documents', anonymous: 'Anonymous sources', vague: 'Vague sources',
};

function overviewTable(report: SourcesReport | WorkspaceReport): HTMLElement {
  type Row = [string, number, string];
  const rows: Row[] = [
    ...SOURCE_CATEGORIES.map((c): Row => [`${CATEGORY_LABEL[c]} sources`, report.sources[c], percent(report.sources[c], report.sources.total)]),
    ...SOURCE_KINDS.map((k): Row => [SOURCE_KIND_LABEL[k], report.sourcesByKind[k], percent(report.sourcesByKind[k], report.sources.total)]),
    ...REPORT_QUOTE_KINDS.map((k): Row => [`${KIND_LABEL[k]} quotes`, report.quotes[k], percent(report.quotes[k], report.quotes.total)]),
    ['Unattributed quotes', report.quotes.unattributed, percent(report.quotes.unattributed, report.quotes.total)],
    ...REPORT_GENDERS.map((g): Row => [g === 'unknown' ? 'People quoted, gender not known' : `${GENDER_LABEL[g]} quoted`, report.people[g], percent(report.people[g], report.people.total)]),
    ...REPORT_GENDERS.map((g): Row => [`Words from ${WORDS_FROM_LABEL[g]}`, report.wordsByGender[g], percent(report.wordsByGender[g], Object.values(report.wordsByGender).reduce((a, b) => a + b, 0))]),
  ];
  return table('overview', 'The figures in the charts', [
    { header: 'Figure', value: (row) => row[0] },
    { header: 'Count', value: (row) => row[1], numeric: true },
    { header: 'Share', value: (row) => row[2], numeric: true },
  ], rows);
}

function genderNote(speakers: Array<{ gender: SpeakerFigures['gender']; genderSuggestion?: string }>): HTMLElement | undefined {
  const unknown = speakers.filter((s) => s.gender === 'unknown').length;
  if (!unknown) return undefined;
  const suggested = speakers.filter((s) => s.genderSuggestion).length;
  const how = host.interactive ? 'Set it from the Sources view (right-click a person, Set Gender)' : 'Set it in .newsdesk.json (people[].gender)';
  return element('p', { class: 'note' },
    `Gender is counted only where the newsroom has recorded it: ${plural(unknown, 'person', 'people')} not known. ${how}; it is never guessed from a name.`
    + (suggested ? ` Pronouns in the text suggest a gender for ${suggested}; shown in the table, not counted.` : ''));
}

// ---- Scopes ------------------------------------------------------------------------------------

function renderArticle(payload: Extract<ReportPayload, { scope: 'article' }>): HTMLElement[] {
  const { report } = payload;
  const colors = palette();
  const speakers = report.speakers.slice(0, MAX_SPEAKER_BARS);
  const sections: HTMLElement[] = [
    element('h1', {}, `Sources · ${payload.source}`),
    ...(report.title ? [element('p', { class: 'headline' }, report.title)] : []),
    summaryLine(report),
  ];
  if (!report.speakers.length) {
    sections.push(element('p', { class: 'empty' }, 'Nobody is quoted in this article yet.'));
    return sections;
  }
  sections.push(
    element('div', { class: 'charts wide' },
      barChart('speakers', 'Words per speaker', speakers.map((s) => s.name), [
        { label: 'In quotation marks', values: speakers.map((s) => s.wordsQuoted), color: colors.blue },
        { label: 'Reported speech', values: speakers.map((s) => s.wordsReported), color: colors.orange },
      ], { horizontal: true, stacked: true, onClick: host.interactive ? (index) => host.post({ type: 'reveal', actorId: speakers[index].actorId }) : undefined })),
    element('div', { class: 'charts' }, ...overviewCharts(report)),
  );
  const note = genderNote(report.speakers);
  if (note) sections.push(note);
  sections.push(table<SpeakerFigures>('speakers', 'Speakers', [
    { header: 'Speaker', value: speakerButton },
    { header: 'Source', value: (s) => CATEGORY_LABEL[s.category] },
    { header: 'Gender', value: genderText },
    { header: 'Affiliation', value: (s) => s.affiliation ?? '' },
    { header: 'Quotes', value: (s) => s.quotes, numeric: true },
    ...REPORT_QUOTE_KINDS.map((k): Column<SpeakerFigures> => ({ header: KIND_LABEL[k].replace(/ \(.*\)/, ''), value: (s) => s.byKind[k], numeric: true })),
    { header: 'Words quoted', value: (s) => s.wordsQuoted, numeric: true },
    { header: 'Words reported', value: (s) => s.wordsReported, numeric: true },
  ], report.speakers), overviewTable(report));
  return sections;
}

function renderWorkspace(payload: Extract<ReportPayload, { scope: 'workspace' }>): HTMLElement[] {
  const { report } = payload;
  const colors = palette();
  const speakers = report.speakers.slice(0, MAX_SPEAKER_BARS);
  const articleName = (article: WorkspaceReport['articles'][number]): Node => {
    if (!host.interactive) return document.createTextNode(article.path);
    const button = element('button', { class: 'link', type: 'button', title: `Open ${article.path}` }, article.path);
    button.addEventListener('click', () => host.post({ type: 'open', path: article.path }));
    return button;
  };
  const sections: HTMLElement[] = [
    element('h1', {}, `Sources · ${payload.source}`),
    summaryLine(report, report.articles.length),
  ];
  if (!report.articles.length) {
    sections.push(element('p', { class: 'empty' }, 'No articles here.'));
    return sections;
  }
  sections.push(
    element('div', { class: 'charts wide' },
      barChart('speakers', `Words per speaker (the ${Math.min(MAX_SPEAKER_BARS, report.speakers.length)} most quoted)`, speakers.map((s) => s.name), [
        { label: 'In quotation marks', values: speakers.map((s) => s.wordsQuoted), color: colors.blue },
        { label: 'Reported speech', values: speakers.map((s) => s.wordsReported), color: colors.orange },
      ], { horizontal: true, stacked: true })),
    element('div', { class: 'charts' }, ...overviewCharts(report)),
  );
  const note = genderNote(report.speakers);
  if (note) sections.push(note);
  sections.push(
    table<WorkspaceReport['articles'][number]>('articles', 'Articles', [
      { header: 'Article', value: articleName },
      { header: 'Words', value: (a) => a.words, numeric: true },
      { header: 'Sources', value: (a) => a.sources.total, numeric: true },
      { header: 'Named', value: (a) => a.sources.named, numeric: true },
      { header: 'Anonymous', value: (a) => a.sources.anonymous, numeric: true },
      { header: 'Vague', value: (a) => a.sources.vague, numeric: true },
      { header: 'Quotes', value: (a) => a.quotes.total, numeric: true },
      { header: 'Direct', value: (a) => a.quotes.direct, numeric: true },
      { header: 'Unattributed', value: (a) => a.quotes.unattributed, numeric: true },
      { header: 'Women', value: (a) => a.people.female, numeric: true },
      { header: 'Men', value: (a) => a.people.male, numeric: true },
      { header: 'Gender not known', value: (a) => a.people.unknown, numeric: true },
    ], report.articles),
    table<SpeakerTotal>('speakers', 'Speakers across the articles', [
      { header: 'Speaker', value: (s) => s.name },
      { header: 'Source', value: (s) => CATEGORY_LABEL[s.category] },
      { header: 'Gender', value: genderText },
      { header: 'Articles', value: (s) => s.articles, numeric: true },
      { header: 'Quotes', value: (s) => s.quotes, numeric: true },
      { header: 'Words quoted', value: (s) => s.wordsQuoted, numeric: true },
      { header: 'Words reported', value: (s) => s.wordsReported, numeric: true },
    ], report.speakers),
    overviewTable(report),
  );
  return sections;
}

function toolbar(): HTMLElement | undefined {
  if (!host.interactive) return undefined;
  const bar = element('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Export' });
  for (const [format, label] of [['csv', 'Export CSV'], ['json', 'Export JSON'], ['html', 'Export HTML']] as const) {
    const button = element('button', { type: 'button' }, label);
    button.addEventListener('click', () => host.post({ type: 'export', format }));
    bar.append(button);
  }
  return bar;
}

// ---- Rendering ---------------------------------------------------------------------------------

function render(payload: ReportPayload | undefined, emptyMessage = 'Open a news article to see who is quoted in it.'): void {
  shown = payload;
  for (const chart of charts.splice(0)) chart.destroy();
  const sections = payload ? (payload.scope === 'article' ? renderArticle(payload) : renderWorkspace(payload)) : [element('p', { class: 'empty' }, emptyMessage)];
  const bar = payload ? toolbar() : undefined;
  root.replaceChildren(...(bar ? [bar] : []), ...sections);
  root.setAttribute('aria-busy', 'false');
  // Charts are created in microtasks (after layout); report once they exist.
  queueMicrotask(() => host.post({ type: 'rendered', summary: summarise(payload) }));
}

function summarise(payload: ReportPayload | undefined): RenderSummary {
  const bars: Record<string, number> = {};
  for (const figure of root.querySelectorAll<HTMLElement>('figure[data-chart]')) bars[figure.dataset.chart ?? ''] = Number(figure.dataset.bars);
  const tableRows: Record<string, number> = {};
  for (const tableElement of root.querySelectorAll<HTMLTableElement>('table')) tableRows[tableElement.id.replace(/^table-/, '')] = tableElement.tBodies[0]?.rows.length ?? 0;
  const values: Record<string, number[]> = {};
  for (const chart of charts) values[chart.canvas.id.replace(/^chart-/, '')] = (chart.data.datasets[0]?.data ?? []).map(Number);
  const speakerChart = charts.find((chart) => chart.canvas.id === 'chart-speakers');
  return {
    scope: payload?.scope ?? 'empty',
    source: payload?.source ?? '',
    bars,
    values,
    speakerLabels: (speakerChart?.data.labels ?? []).map(String),
    tableRows,
  };
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message?.type === 'show') render(message.payload);
  else if (message?.type === 'empty') render(undefined, message.message);
});

// A theme change restyles the page through CSS variables (VS Code sets them on <html> and a theme
// class on <body>); the canvases need drawing again with the new colours.
const themeWatcher = new MutationObserver(() => {
  if (shown) render(shown);
});
themeWatcher.observe(document.body, { attributes: true, attributeFilter: ['class'] });
themeWatcher.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });

const embedded = document.getElementById(PAYLOAD_ELEMENT_ID);
if (embedded?.textContent) render(JSON.parse(embedded.textContent) as ReportPayload);
else host.post({ type: 'ready' });
