// The sources report as data files: JSON (everything) and CSV (one row per speaker per article,
// or one row per article), for spreadsheets and a newsroom's own tracking.
import type { ArticleReport, SourcesReport, WorkspaceReport } from '../engine/report';
import { REPORT_QUOTE_KINDS } from '../engine/report';

export type CsvRows = 'speakers' | 'articles';

export function reportJson(report: SourcesReport | WorkspaceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM") is prefixed with an
// apostrophe: speaker names come from article text, which anyone may have written.
function safeCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// RFC 4180, written here rather than with csv-stringify, whose module needs Node's Buffer (the
// editor's web worker has none): a field with a comma, a quotation mark or a line break is quoted,
// its quotation marks doubled; records end in CRLF.
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  return [header, ...rows.map((row) => row.map(safeCell))].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

export function speakersCsv(articles: readonly ArticleReport[]): string {
  return csv(
    ['article', 'speaker', 'kind', 'source', 'gender', 'gender_suggested_by_pronouns', 'affiliation', 'quotes', ...REPORT_QUOTE_KINDS, 'words_quoted', 'words_reported'],
    articles.flatMap((article) => article.speakers.map((s) => [
      article.path, s.name, s.kind, s.category, s.gender, s.genderSuggestion, s.affiliation, s.quotes,
      ...REPORT_QUOTE_KINDS.map((kind) => s.byKind[kind]), s.wordsQuoted, s.wordsReported,
    ])),
  );
}

export function articlesCsv(articles: readonly ArticleReport[]): string {
  return csv(
    ['article', 'headline', 'words', 'sources', 'named', 'anonymous', 'vague', 'unresolved', 'quotes', ...REPORT_QUOTE_KINDS, 'unattributed',
      'people', 'women', 'men', 'nonbinary', 'gender_unknown', 'words_from_women', 'words_from_men'],
    articles.map((a) => [
      a.path, a.title, a.words, a.sources.total, a.sources.named, a.sources.anonymous, a.sources.vague, a.sources.unresolved,
      a.quotes.total, ...REPORT_QUOTE_KINDS.map((kind) => a.quotes[kind]), a.quotes.unattributed,
      a.people.total, a.people.female, a.people.male, a.people.nonbinary, a.people.unknown, a.wordsByGender.female, a.wordsByGender.male,
    ]),
  );
}

export function reportCsv(articles: readonly ArticleReport[], rows: CsvRows = 'speakers'): string {
  return rows === 'speakers' ? speakersCsv(articles) : articlesCsv(articles);
}
