/**
 * The sources report: who is quoted in an article and how much, the figures a standards desk
 * counts (named, anonymous and vague sources; direct, partial and reported quotes; the balance of
 * women and men quoted). Pure data from an Analysis, shared by the editor's report view and the CLI.
 */
import { knownPersonFor } from './people';
import type { Actor, ActorKind, Analysis, KnownPerson, Quote, QuoteKind } from './types';

export type Gender = NonNullable<KnownPerson['gender']>;
export const REPORT_GENDERS: readonly Gender[] = ['female', 'male', 'nonbinary', 'unknown'];
export const REPORT_QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'mixed', 'indirect'];

/** The more direct of two kinds (REPORT_QUOTE_KINDS runs from the most direct): quoted words are never hidden. */
export function moreDirectKind(a: QuoteKind, b: QuoteKind): QuoteKind {
  return REPORT_QUOTE_KINDS.indexOf(b) < REPORT_QUOTE_KINDS.indexOf(a) ? b : a;
}
/**
 * The kinds of source in the order every view lists them (the Sources view sorted by kind, the
 * report's overview table): people first, then organisations, groups and documents, and the
 * anonymous and vague sources last.
 */
export const SOURCE_KINDS: readonly ActorKind[] = ['person', 'organization', 'group', 'document', 'anonymous', 'vague'];

/**
 * How a source is identified: `named` (a person, organisation or document named in the text),
 * `anonymous` ("officials said", "a source"), `vague` ("some have described", "critics say"), or
 * `unresolved` (a pronoun such as "they" that the text never ties to anyone).
 */
export type SourceCategory = 'named' | 'anonymous' | 'vague' | 'unresolved';
export const SOURCE_CATEGORIES: readonly SourceCategory[] = ['named', 'anonymous', 'vague', 'unresolved'];

export interface SpeakerFigures {
  actorId: string;
  name: string;
  kind: ActorKind;
  category: SourceCategory;
  quotes: number;
  byKind: Record<QuoteKind, number>;
  /** Words inside quotation marks (direct and partial quotes, the quoted fragments of mixed ones). */
  wordsQuoted: number;
  /** Words of reported speech: indirect quotes and the unquoted part of mixed ones. */
  wordsReported: number;
  /**
   * For people: the gender set in `.newsdesk.json`, else `unknown`. Never guessed from a name.
   * Null for organisations, groups and unnamed sources.
   */
  gender: Gender | null;
  /** What the text's pronouns suggest ("she said") when the configuration says nothing; never counted. */
  genderSuggestion?: 'female' | 'male';
  affiliation?: string;
  quoteIds: string[];
}

export interface SourcesFigures {
  /** Words in the article. */
  words: number;
  sources: Record<SourceCategory, number> & { total: number };
  /** Sources by what they are: people, organisations, groups, documents, anonymous and vague sources apart. */
  sourcesByKind: Record<ActorKind, number>;
  quotes: Record<QuoteKind, number> & { total: number; unattributed: number };
  /** People quoted, by gender; only genders set in the configuration count as known. */
  people: Record<Gender, number> & { total: number };
  /** Words quoted and reported from people, by gender. */
  wordsByGender: Record<Gender, number>;
}

export interface SourcesReport extends SourcesFigures {
  /** The headline (the first paragraph when it reads as one), or ''. */
  title: string;
  /** Sources with at least one quote, most words first. */
  speakers: SpeakerFigures[];
}

export interface ArticleReport extends SourcesReport {
  /** As the host names the article (a path relative to the folder reported on). */
  path: string;
}

export interface SpeakerTotal {
  name: string;
  kind: ActorKind;
  category: SourceCategory;
  gender: Gender | null;
  articles: number;
  quotes: number;
  wordsQuoted: number;
  wordsReported: number;
}

export interface WorkspaceReport extends SourcesFigures {
  articles: ArticleReport[];
  /** Sources across all articles, joined by name and kind, most words first. */
  speakers: SpeakerTotal[];
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
// A quoted fragment inside reported speech: any kind of paired quotation mark.
const QUOTED_FRAGMENT = /["“„«»‘'][^"“”„«»]*?["”“»«’']/g;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function quotedAndReportedWords(quote: Quote): { quoted: number; reported: number } {
  const all = countWords(quote.text);
  if (quote.kind === 'direct' || quote.kind === 'partial') return { quoted: all, reported: 0 };
  if (quote.kind === 'indirect') return { quoted: 0, reported: all };
  let quoted = 0;
  for (const fragment of quote.text.matchAll(QUOTED_FRAGMENT)) quoted += countWords(fragment[0]);
  return { quoted, reported: Math.max(0, all - quoted) };
}

/**
 * How the text identifies a source. A group the checks flag as vague ("Critics say") or anonymous
 * counts as such, so that the report and the Problems panel agree.
 */
export function sourceCategory(actor: Actor, diagnostics: Analysis['diagnostics'] = []): SourceCategory {
  if (actor.kind === 'anonymous') return 'anonymous';
  if (actor.kind === 'vague') return 'vague';
  if (actor.name.startsWith('unidentified')) return 'unresolved';
  if (actor.kind === 'group') {
    const flagged = (code: string) => diagnostics.some((d) => d.code === code && actor.mentions.some((m) => m.start < d.end && d.start < m.end));
    if (flagged('vague-attribution')) return 'vague';
    if (flagged('anonymous-source')) return 'anonymous';
  }
  return 'named';
}

function emptyKinds(): Record<QuoteKind, number> {
  return { direct: 0, partial: 0, mixed: 0, indirect: 0 };
}

function emptyGenders(): Record<Gender, number> {
  return { female: 0, male: 0, nonbinary: 0, unknown: 0 };
}

function emptyFigures(): SourcesFigures {
  return {
    words: 0,
    sources: { total: 0, named: 0, anonymous: 0, vague: 0, unresolved: 0 },
    sourcesByKind: { person: 0, organization: 0, group: 0, anonymous: 0, vague: 0, document: 0 },
    quotes: { total: 0, ...emptyKinds(), unattributed: 0 },
    people: { total: 0, ...emptyGenders() },
    wordsByGender: emptyGenders(),
  };
}

/**
 * The report for one analysed article. `people` is the newsroom's configuration: the only place a
 * gender or affiliation is taken from; pronouns in the text give a suggestion, shown as such.
 */
export function sourcesReport(text: string, analysis: Analysis, people: readonly KnownPerson[] = []): SourcesReport {
  const actorsById = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const bySpeaker = new Map<string, SpeakerFigures>();
  const figures = emptyFigures();
  figures.words = countWords(text);

  // A statement split by its attribution ("Until then, she said, crews would…") is one quote, of the
  // more direct kind of its two pieces; the words of both count.
  const kindOf = new Map<string, QuoteKind>();
  for (const quote of analysis.quotes) {
    const first = quote.continues !== undefined ? kindOf.get(quote.continues) : undefined;
    const counted = first === undefined ? quote.kind : moreDirectKind(first, quote.kind);
    kindOf.set(quote.id, counted);
    const count = (byKind: Record<QuoteKind, number>) => {
      if (first !== undefined) byKind[first]--;
      byKind[counted]++;
    };
    if (first === undefined) figures.quotes.total++;
    count(figures.quotes);
    const actor = quote.speaker ? actorsById.get(quote.speaker.actorId) : undefined;
    if (!actor) {
      if (first === undefined) figures.quotes.unattributed++;
      continue;
    }
    let speaker = bySpeaker.get(actor.id);
    if (!speaker) {
      speaker = speakerFigures(actor, people, analysis.diagnostics);
      bySpeaker.set(actor.id, speaker);
    }
    const words = quotedAndReportedWords(quote);
    if (first === undefined) speaker.quotes++;
    count(speaker.byKind);
    speaker.wordsQuoted += words.quoted;
    speaker.wordsReported += words.reported;
    speaker.quoteIds.push(quote.id);
  }

  const speakers = [...bySpeaker.values()].sort(byWordsThenName);
  for (const speaker of speakers) {
    figures.sources.total++;
    figures.sources[speaker.category]++;
    figures.sourcesByKind[speaker.kind]++;
    if (speaker.gender === null) continue;
    figures.people.total++;
    figures.people[speaker.gender]++;
    figures.wordsByGender[speaker.gender] += speaker.wordsQuoted + speaker.wordsReported;
  }
  return { title: headline(text, analysis), ...figures, speakers };
}

/** Pronouns that say a person's gender (a small copy of the lexicon's, so the report page need not bundle it). */
const GENDERED_PRONOUNS: Readonly<Record<string, 'female' | 'male'>> = {
  he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female',
};

/**
 * The gender the text's pronouns suggest for a person ("she said"), for the report and the Set
 * Gender picker to offer, never to count; none when only pronouns flagged as ambiguous say it.
 */
export function pronounGender(actor: Actor, diagnostics: Analysis['diagnostics']): 'female' | 'male' | undefined {
  const gender = actor.gender;
  if (gender !== 'female' && gender !== 'male') return undefined;
  return onlyAmbiguousPronouns(actor, gender, diagnostics) ? undefined : gender;
}

/**
 * Whether the text's only pronouns for the actor are ones Newsdesk flags as ambiguous: a "he" that
 * could be two people is no evidence of either one's gender.
 */
function onlyAmbiguousPronouns(actor: Actor, gender: 'female' | 'male', diagnostics: Analysis['diagnostics']): boolean {
  const pronouns = actor.mentions.filter((mention) => GENDERED_PRONOUNS[mention.text.toLowerCase()] === gender);
  if (pronouns.length === 0) return false;
  const ambiguous = new Set(diagnostics.filter((d) => d.code === 'ambiguous-speaker').map((d) => d.start));
  return pronouns.every((mention) => ambiguous.has(mention.start));
}

function speakerFigures(actor: Actor, people: readonly KnownPerson[], diagnostics: Analysis['diagnostics']): SpeakerFigures {
  const category = sourceCategory(actor, diagnostics);
  const isPerson = actor.kind === 'person' && category === 'named';
  const configured = knownPersonFor(people, actor);
  const gender: Gender | null = isPerson ? configured?.gender ?? 'unknown' : null;
  // The engine records pronoun evidence in actor.gender unless the configuration set it.
  const suggested = isPerson && !configured?.gender ? pronounGender(actor, diagnostics) : undefined;
  const affiliation = configured?.affiliation ?? actor.affiliation;
  return {
    actorId: actor.id,
    name: actor.name,
    kind: actor.kind,
    category,
    quotes: 0,
    byKind: emptyKinds(),
    wordsQuoted: 0,
    wordsReported: 0,
    gender,
    ...(suggested ? { genderSuggestion: suggested } : {}),
    ...(affiliation ? { affiliation } : {}),
    quoteIds: [],
  };
}

function byWordsThenName(a: { wordsQuoted: number; wordsReported: number; name: string }, b: typeof a): number {
  return b.wordsQuoted + b.wordsReported - (a.wordsQuoted + a.wordsReported) || a.name.localeCompare(b.name);
}

function headline(text: string, analysis: Analysis): string {
  const first = analysis.paragraphs[0];
  if (!first || first.role !== 'headline') return '';
  return text.slice(first.start, first.end).replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
}

/** The same figures summed over many articles, with sources joined across them by name and kind. */
export function workspaceReport(articles: readonly ArticleReport[]): WorkspaceReport {
  const totals = emptyFigures();
  const speakers = new Map<string, SpeakerTotal>();
  for (const article of articles) {
    totals.words += article.words;
    addCounts(totals.sources, article.sources);
    addCounts(totals.sourcesByKind, article.sourcesByKind);
    addCounts(totals.quotes, article.quotes);
    addCounts(totals.people, article.people);
    addCounts(totals.wordsByGender, article.wordsByGender);
    for (const speaker of article.speakers) {
      const key = `${speaker.kind}\u0000${speaker.name.toLowerCase()}`;
      let total = speakers.get(key);
      if (!total) {
        total = { name: speaker.name, kind: speaker.kind, category: speaker.category, gender: speaker.gender, articles: 0, quotes: 0, wordsQuoted: 0, wordsReported: 0 };
        speakers.set(key, total);
      }
      total.articles++;
      total.quotes += speaker.quotes;
      total.wordsQuoted += speaker.wordsQuoted;
      total.wordsReported += speaker.wordsReported;
      // A gender set for the person in any article's configuration is known.
      if (total.gender === 'unknown' && speaker.gender) total.gender = speaker.gender;
    }
  }
  return { ...totals, articles: [...articles], speakers: [...speakers.values()].sort(byWordsThenName) };
}

function addCounts<T extends object>(into: T, from: T): void {
  const target = into as Record<string, number>;
  for (const [key, value] of Object.entries(from)) target[key] = (target[key] ?? 0) + (value as number);
}
