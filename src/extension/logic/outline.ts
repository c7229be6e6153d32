// The article's outline as plain data: the headline over everything, each subhead as a section,
// and in each section the speakers with their quotes. language/symbols.ts hands it to the editor
// (Outline view, breadcrumbs, Go to Symbol); language/folding.ts folds the same sections.
import type { Actor, ActorKind, Analysis, Quote, Span } from '../../engine';
import { firstWords, quoteCount } from './lookup';
import { firstIndex } from '../../engine/paragraph/tokens';

interface Offsets {
  readonly start: number;
  readonly end: number;
}

/** What a row of the outline is: the headline, a section, a speaker (by kind), the quotes nobody said, a quote. */
export type OutlineKind = 'headline' | 'section' | ActorKind | 'unattributed' | 'quote';

export interface OutlineNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** All the node covers. */
  readonly span: Offsets;
  /** Where clicking it lands: the heading, the speaker's name, the quote. */
  readonly selection: Offsets;
  readonly children: OutlineNode[];
}

/**
 * The most rows the outline lists under the headline. Past it the quotes are left out, and if the
 * speakers alone are still more, the sections are listed without them: the editor asks for the
 * outline after every edit, and handing it thousands of rows (a file of a hundred pasted articles)
 * held up the extension host for over 50 ms each time.
 */
export const MAX_OUTLINE_ROWS = 500;

export function articleOutline(text: string, analysis: Analysis, maxRows = MAX_OUTLINE_ROWS): OutlineNode[] {
  const contentEnd = text.trimEnd().length;
  const paragraphs = analysis.paragraphs;
  const subheads = paragraphs.filter((paragraph) => paragraph.role === 'subhead');
  const headline = paragraphs.find((paragraph) => paragraph.role === 'headline');

  // Sorted once for every section, and actors found by id: linear in the article, however many sections.
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start);
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const listQuotes = quotes.length + subheads.length <= maxRows;
  let speakerRows = 0;
  const speakerNodes = (section: Offsets) => {
    const nodes = speakerNodesIn(quotes, actors, section, listQuotes);
    speakerRows += nodes.length;
    return nodes;
  };

  // Before the first subhead, quotes belong to the article itself (the lede); after, to sections.
  const lede: Offsets = { start: 0, end: subheads[0]?.start ?? contentEnd };
  let top: OutlineNode[] = speakerNodes(lede);
  subheads.forEach((subhead, index) => {
    const next = subheads[index + 1];
    const section: Offsets = { start: subhead.start, end: next ? lastParagraphEndBefore(paragraphs, next.start) : Math.max(subhead.end, contentEnd) };
    top.push({
      name: oneLine(text.slice(subhead.start, subhead.end)),
      detail: 'section',
      kind: 'section',
      span: section,
      selection: subhead,
      children: speakerNodes(section),
    });
  });
  const listSpeakers = speakerRows + subheads.length <= maxRows;
  if (!listSpeakers) top = top.filter((node) => node.kind === 'section').map((node) => ({ ...node, children: [] }));

  if (!headline) return top;
  const count = `${analysis.quotes.length.toLocaleString('en')} quotes, too many to list`;
  return [{
    name: oneLine(text.slice(headline.start, headline.end)),
    detail: listSpeakers ? (listQuotes ? 'headline' : `headline · ${count}`) : `headline · ${count}: sections only`,
    kind: 'headline',
    span: { start: 0, end: Math.max(headline.end, contentEnd) },
    selection: headline,
    children: top,
  }];
}

/** The paragraphs from each subhead to the last paragraph before the next one (indices), for folding. */
export function sectionParagraphs(analysis: Analysis): Array<{ first: number; last: number }> {
  const sections: Array<{ first: number; last: number }> = [];
  const starts = analysis.paragraphs.flatMap((paragraph, index) => (paragraph.role === 'subhead' ? [index] : []));
  starts.forEach((first, index) => {
    const last = (starts[index + 1] ?? analysis.paragraphs.length) - 1;
    if (last > first) sections.push({ first, last });
  });
  return sections;
}

/** The end of the last paragraph that ends by `offset` (paragraphs are in order), or 0. */
function lastParagraphEndBefore(paragraphs: readonly Offsets[], offset: number): number {
  const after = firstIndex(paragraphs, (paragraph) => paragraph.end > offset);
  return after > 0 ? paragraphs[after - 1].end : 0;
}

/** One node per speaker quoted in the section (plus one for quotes nobody said), in order of appearance, with their quotes if `listQuotes`. */
function speakerNodesIn(sortedQuotes: readonly Quote[], actors: ReadonlyMap<string, Actor>, section: Offsets, listQuotes: boolean): OutlineNode[] {
  const inSection = (span: Span | Offsets) => span.start >= section.start && span.end <= section.end;
  const groups = new Map<string, Quote[]>();
  // Only the quotes that start in the section: found by halving, not by reading every quote of the article.
  for (let index = firstIndex(sortedQuotes, (quote) => quote.start >= section.start); index < sortedQuotes.length && sortedQuotes[index].start < section.end; index++) {
    const quote = sortedQuotes[index];
    if (!inSection(quote)) continue;
    const key = quote.speaker?.actorId ?? '';
    const group = groups.get(key);
    if (group) group.push(quote);
    else groups.set(key, [quote]);
  }
  const nodes: OutlineNode[] = [];
  for (const [actorId, quotes] of groups) {
    const actor = actorId ? actors.get(actorId) : undefined;
    // The speaker's name where the section names them, so that clicking the node lands on it.
    const mentions = quotes.flatMap((quote) => (quote.speaker?.mention && inSection(quote.speaker.mention) ? [quote.speaker.mention] : []));
    let start = Infinity;
    let end = -Infinity;
    let firstMention: Span | undefined;
    for (const span of [...quotes, ...mentions]) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    for (const mention of mentions) if (!firstMention || mention.start < firstMention.start) firstMention = mention;
    nodes.push({
      name: actor?.name ?? 'Unattributed quotes',
      detail: actor ? quoteCount(quotes.length) : 'no speaker',
      kind: actor ? actor.kind : 'unattributed',
      span: { start, end },
      selection: firstMention ?? quotes[0],
      children: listQuotes ? quotes.map((quote) => ({ name: firstWords(quote.text), detail: quote.kind, kind: 'quote', span: quote, selection: quote, children: [] })) : [],
    });
  }
  return nodes;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || '(untitled)';
}
