// Gold annotations (the corpus's *.gold.json and the fixtures' *.expected.json) and how an analysis
// is compared with them. Shared by the fixture test and the reference-article test.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ActorKind, Analysis, DiagnosticCode, Paragraph } from '../../src/engine/types';

export interface Range {
  start: number;
  end: number;
}

export interface GoldSpan extends Range {
  text: string;
}

export interface GoldQuote extends GoldSpan {
  /** direct | partial | mixed | indirect, and 'headline' for a quote used as a subhead. */
  kind: string;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The resolved speaker; null for vague and anonymous sources and unattributed quotes. */
  speakerName: string | null;
  /** How the speaker is mentioned (the fixtures only): null where the quote carries its speaker over. */
  mentionKind?: 'name' | 'pronoun' | 'description' | null;
  /** What the speaker is (the fixtures only; the words of ActorKind); null for an unattributed quote. */
  entityKind?: ActorKind | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  optional?: boolean;
  vague?: boolean;
  anonymous?: boolean;
  /** A quote with no speaker at all: the engine must find it and leave its speaker null. */
  unattributed?: boolean;
}

export interface GoldDiagnostic {
  code: DiagnosticCode;
  span: GoldSpan;
  required?: boolean;
  why?: string;
}

export interface GoldSpeaker {
  name: string;
  /** The fixtures only: person, organization, ... */
  kind?: ActorKind;
  /** The fixtures only: the whole title or description the article gives ("city’s chief bridge engineer"). */
  role?: string;
  mentions: string[];
  directQuotes?: number;
}

export interface GoldParagraphRole extends GoldSpan {
  role: Paragraph['role'];
}

export interface Gold {
  id: string;
  source?: string;
  text: string;
  quotes: GoldQuote[];
  speakers: GoldSpeaker[];
  notSpeakers: string[];
  diagnostics: GoldDiagnostic[];
  forbiddenDiagnostics: DiagnosticCode[];
  /** A code that must not be reported at that span (it may be right elsewhere). */
  forbiddenAt?: GoldDiagnostic[];
  /** The engine's paragraph holding `start` must have this role. */
  paragraphRoles?: GoldParagraphRole[];
}

let cachedRoot: string | undefined;

/**
 * The repository root: tests run from out/test/..., sources live in test/..., so walk up to the
 * folder with package.json and tsconfig.json (tsc may copy package.json alone into out/).
 */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tsconfig.json'))) return (cachedRoot = dir);
    if (dirname(dir) === dir) throw new Error(`no package.json with tsconfig.json above ${__dirname}`);
  }
}

/**
 * Reads a gold file and checks that every span's text is the text at its offsets, so a stale
 * annotation fails here, with the span named, rather than as a puzzling engine failure.
 * A gold file without `text` takes it from the sibling `.news` file.
 */
export function loadGold(path: string): Gold {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
  if (typeof gold.text !== 'string') {
    const article = path.replace(/\.(gold|expected)\.json$/, '.news');
    gold.text = readFileSync(article, 'utf8');
  }
  gold.quotes ??= [];
  gold.speakers ??= [];
  gold.notSpeakers ??= [];
  gold.diagnostics ??= [];
  gold.forbiddenDiagnostics ??= [];
  const bad: string[] = [];
  const check = (what: string, start: number | null, end: number | null, text: string | null) => {
    if (start === null || end === null || text === null) return;
    const actual = gold.text.slice(start, end);
    if (actual !== text) bad.push(`${what} [${start}, ${end}): stored ${excerpt(text)}, text has ${excerpt(actual)}`);
  };
  for (const q of gold.quotes) {
    check('quote', q.start, q.end, q.text);
    check('speaker', q.speakerStart, q.speakerEnd, q.speaker);
    check('cue', q.cueStart, q.cueEnd, q.cue);
  }
  for (const d of [...gold.diagnostics, ...(gold.forbiddenAt ?? [])]) check(d.code, d.span.start, d.span.end, d.span.text);
  for (const r of gold.paragraphRoles ?? []) check(`role ${r.role}`, r.start, r.end, r.text);
  if (bad.length) throw new Error(`${path}: ${bad.length} span(s) do not match the text:\n  ${bad.join('\n  ')}`);
  return gold;
}

/** Soft span match: the overlap covers at least half of each span. */
export function softMatch(a: Range, b: Range): boolean {
  const aLen = a.end - a.start;
  const bLen = b.end - b.start;
  if (aLen <= 0 || bLen <= 0) return aLen === bLen && a.start === b.start;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap >= aLen / 2 && overlap >= bLen / 2;
}

/** Any overlap; an empty range counts when it sits inside the other (an insertion point). */
export function overlaps(a: Range, b: Range): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/** Names compare without case, a leading "the", a possessive or curly apostrophes. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/'s?$/, '');
}

/** True when one name is the other or a whole-word part of it ("Burley" within "Kay Burley"). */
function namesOverlap(a: string, b: string): boolean {
  const x = ` ${normalizeName(a)} `;
  const y = ` ${normalizeName(b)} `;
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}

export function excerpt(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

const at = (r: Range) => `[${r.start}, ${r.end})`;

/**
 * Everything in `analysis` that contradicts `gold`, one line each, prefixed by its kind
 * (quote:, not-speaker:, diagnostic:, forbidden:, role:) so a test can report one kind at a time.
 * Precision is not judged: an extra quote or finding is not a problem unless a rule forbids it.
 */
export function checkAgainstGold(analysis: Analysis, gold: Gold): string[] {
  const problems: string[] = [];
  const text = gold.text;
  if (analysis.length !== text.length) {
    problems.push(`length: analysis is of a text of ${analysis.length} characters, gold text has ${text.length}`);
  }
  const actorName = new Map(analysis.actors.map((a) => [a.id, a.name]));

  for (const q of gold.quotes) {
    if (q.optional) continue;
    const label = `${q.kind} quote ${at(q)} ${excerpt(q.text)}`;
    const found = analysis.quotes.filter((a) => softMatch(a, q));
    if (found.length === 0) {
      const near = analysis.quotes.filter((a) => overlaps(a, q)).map((a) => `${at(a)} ${excerpt(a.text, 40)}`);
      const source = q.vague ? ' (vague)' : q.anonymous ? ' (anonymous)' : '';
      const who = q.unattributed ? 'none' : q.speakerName ? JSON.stringify(q.speakerName) : `${JSON.stringify(q.speaker)}${source}`;
      problems.push(`quote: missing ${label} (speaker: ${who})${near.length ? `; overlapping but not matching: ${near.join(', ')}` : ''}`);
      continue;
    }
    if (q.unattributed) {
      if (!found.some((a) => a.speaker === null)) {
        problems.push(`quote: ${label} has no speaker in the text, but the engine gives ${found.map((a) => JSON.stringify(a.speaker?.name)).join(', ')}`);
      }
      continue;
    }
    const expected = q.speakerName;
    if (expected === null) continue; // vague or anonymous: any (or no) actor name will do
    const names = found.map((a) => (a.speaker ? [a.speaker.name, actorName.get(a.speaker.actorId) ?? ''] : []));
    if (!names.some((candidates) => candidates.some((n) => n && normalizeName(n) === normalizeName(expected)))) {
      const got = found.map((a) => (a.speaker ? JSON.stringify(a.speaker.name) : 'no speaker')).join(', ');
      problems.push(`quote: ${label} is attributed to ${got}, expected ${JSON.stringify(expected)}`);
    }
  }

  const reported = new Set<string>();
  for (const name of gold.notSpeakers) {
    for (const q of analysis.quotes) {
      if (q.speaker && namesOverlap(q.speaker.name, name)) {
        problems.push(`not-speaker: ${JSON.stringify(name)} is given as the speaker of quote ${at(q)} ${excerpt(q.text, 40)}`);
        reported.add(name);
      }
    }
    for (const actor of analysis.actors) {
      if (!reported.has(name) && actor.quoteIds.length > 0 && namesOverlap(actor.name, name)) {
        problems.push(`not-speaker: ${JSON.stringify(name)} is the actor ${JSON.stringify(actor.name)} with quotes ${actor.quoteIds.join(', ')}`);
        reported.add(name);
      }
    }
  }

  for (const d of gold.diagnostics) {
    if (d.required === false) continue;
    if (!analysis.diagnostics.some((a) => a.code === d.code && overlaps(a, d.span))) {
      const sameCode = analysis.diagnostics.filter((a) => a.code === d.code).map((a) => at(a));
      problems.push(
        `diagnostic: missing ${d.code} at ${at(d.span)} ${excerpt(d.span.text)}` +
          (d.why ? ` (${d.why})` : '') +
          (sameCode.length ? `; ${d.code} reported only at ${sameCode.join(', ')}` : ''),
      );
    }
  }

  const forbidden = new Set(gold.forbiddenDiagnostics);
  for (const a of analysis.diagnostics) {
    if (forbidden.has(a.code)) {
      problems.push(`forbidden: ${a.code} at ${at(a)} ${excerpt(text.slice(a.start, a.end))}: ${a.message}`);
    }
  }
  for (const d of gold.forbiddenAt ?? []) {
    for (const a of analysis.diagnostics) {
      if (a.code === d.code && !forbidden.has(a.code) && overlaps(a, d.span)) {
        problems.push(`forbidden: ${a.code} at ${at(a)} ${excerpt(text.slice(a.start, a.end))}${d.why ? ` (${d.why})` : ''}: ${a.message}`);
      }
    }
  }

  for (const r of gold.paragraphRoles ?? []) {
    const p = analysis.paragraphs.find((p) => p.start <= r.start && r.start < p.end);
    if (!p) problems.push(`role: no paragraph holds ${excerpt(r.text)} at ${r.start} (expected a ${r.role})`);
    else if (p.role !== r.role) problems.push(`role: ${excerpt(r.text)} is in a ${p.role} paragraph ${at(p)}, expected ${r.role}`);
  }
  return problems;
}
