// What is at an offset (a quote, a speaker mention) and the small lookups the Sources features
// share: the tree, navigation, symbols, references, rename and speaker details all ask the same
// questions of one analysis. Plain data in, plain data out: no editor here (a lint rule keeps
// `vscode` out of src/extension/logic), so plain mocha tests cover it (test/logic).
import type { Actor, ActorKind, Analysis, Quote, Span } from '../../engine';
import { PRONOUN_FORMS } from '../../engine/lexicon';

/** Whether an offset falls inside a span (end inclusive, so a cursor just after a quote still "is" on it). */
export function contains(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export interface MentionHit {
  readonly actor: Actor;
  readonly mention: Span;
}

/** Whether a mention is a pronoun ("he", "their", "who"): the engine lexicon's list. */
export function isPronoun(text: string): boolean {
  return PRONOUN_FORMS.has(text.trim().toLowerCase());
}

export function actorById(analysis: Analysis, actorId: string): Actor | undefined {
  return analysis.actors.find((actor) => actor.id === actorId);
}

/** The innermost quote at an offset (a cursor just after the closing mark still counts). */
export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of analysis.quotes) {
    if (!contains(quote, offset)) continue;
    if (!best || quote.end - quote.start < best.end - best.start) best = quote;
  }
  return best;
}

/**
 * The actor mention at an offset: the smallest that holds it, from the actors' own mention lists,
 * else from the quotes' speakers (which the actors normally list already). Of mentions as small,
 * the first found wins: the earlier actor in `analysis.actors`, then the earlier quote. `holds`
 * says whether a span holds the offset: `contains` (end included) for a cursor; a hover passes a
 * half-open test, since the mouse on the character after a name is not on the name.
 */
export function mentionAt(analysis: Analysis, offset: number, holds: (span: Span, offset: number) => boolean = contains): MentionHit | undefined {
  let best: MentionHit | undefined;
  const consider = (actor: Actor | undefined, mention: Span | null | undefined) => {
    if (!actor || !mention || !holds(mention, offset)) return;
    if (!best || mention.end - mention.start < best.mention.end - best.mention.start) best = { actor, mention };
  };
  for (const actor of analysis.actors) for (const mention of actor.mentions) consider(actor, mention);
  if (!best) {
    for (const quote of analysis.quotes) {
      if (quote.speaker) consider(actorById(analysis, quote.speaker.actorId), quote.speaker.mention);
    }
  }
  return best;
}

/** The speaker the cursor is on: a mention of them, or one of their quotes. */
export function actorAt(analysis: Analysis, offset: number): Actor | undefined {
  const mention = mentionAt(analysis, offset);
  if (mention) return mention.actor;
  const quote = quoteAt(analysis, offset);
  return quote?.speaker ? actorById(analysis, quote.speaker.actorId) : undefined;
}

/**
 * Each speaker's quotes in reading order (key null: the quotes with no speaker), grouped once per
 * analysis: the Sources view asks for every actor's after every edit, and a pasted file of a hundred
 * articles has hundreds of actors and thousands of quotes (filtering per actor took ~35 ms).
 */
const quotesBySpeakerOf = new WeakMap<Analysis, Map<string | null, Quote[]>>();
function quotesBySpeaker(analysis: Analysis): Map<string | null, Quote[]> {
  let bySpeaker = quotesBySpeakerOf.get(analysis);
  if (!bySpeaker) {
    bySpeaker = new Map();
    for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
      const key = quote.speaker?.actorId ?? null;
      const list = bySpeaker.get(key);
      if (list) list.push(quote);
      else bySpeaker.set(key, [quote]);
    }
    quotesBySpeakerOf.set(analysis, bySpeaker);
  }
  return bySpeaker;
}

/** An actor's quotes in reading order. */
export function quotesOf(analysis: Analysis, actorId: string): Quote[] {
  return [...(quotesBySpeaker(analysis).get(actorId) ?? [])];
}

export function unattributedQuotes(analysis: Analysis): Quote[] {
  return [...(quotesBySpeaker(analysis).get(null) ?? [])];
}

/** Where an actor first shows up: their first mention or first quote, whichever comes first. */
export function firstAppearance(analysis: Analysis, actor: Actor): number {
  let first = quotesBySpeaker(analysis).get(actor.id)?.[0]?.start ?? Number.MAX_SAFE_INTEGER;
  for (const mention of actor.mentions) if (mention.start < first) first = mention.start;
  return first;
}

/** Actors who are quoted at least once, in order of first appearance. */
export function quotedActors(analysis: Analysis): Actor[] {
  const bySpeaker = quotesBySpeaker(analysis);
  return analysis.actors
    .filter((actor) => bySpeaker.has(actor.id))
    .map((actor) => ({ actor, first: firstAppearance(analysis, actor) }))
    .sort((a, b) => a.first - b.first)
    .map((entry) => entry.actor);
}

/** The first words of a quote on one line, cut at a word boundary (≈ `max` characters). */
export function firstWords(text: string, max = 60): string {
  // Words are read only until the line is long enough: a quotation left open runs to the end of its
  // paragraph, and the Sources view and the outline ask this of every quote after every edit.
  const words: string[] = [];
  let length = -1;
  for (const [word] of text.matchAll(/\S+/g)) {
    words.push(word);
    length += word.length + 1;
    if (length > max) break;
  }
  const line = words.join(' ');
  if (line.length <= max) return line || '(empty)';
  const cut = line.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function quoteCount(count: number): string {
  return count === 1 ? '1 quote' : `${count} quotes`;
}

/** "direct · said", or "direct · continued" when the speaker is carried over from an earlier quote. */
export function quoteDescription(quote: Quote): string {
  if (quote.cue) return `${quote.kind} · ${quote.cue.text}`;
  if (quote.speaker && !quote.speaker.mention) return `${quote.kind} · continued`;
  return quote.kind;
}

export function describeKind(kind: ActorKind): string {
  switch (kind) {
    case 'person': return 'person';
    case 'organization': return 'organisation';
    case 'group': return 'group';
    case 'document': return 'document';
    case 'anonymous': return 'anonymous source';
    case 'vague': return 'vague source';
  }
}

/** Anonymous and vague sources have no name: nothing to rename or keep details for. */
export function hasName(actor: Actor): boolean {
  return actor.kind !== 'anonymous' && actor.kind !== 'vague';
}

/** All the spans naming an actor (their own list and the speakers of their quotes), in order, without repeats. */
export function mentionsOf(analysis: Analysis, actor: Actor): Span[] {
  const seen = new Set<string>();
  const spans: Span[] = [];
  const add = (span: Span | null | undefined) => {
    if (!span || seen.has(`${span.start}:${span.end}`)) return;
    seen.add(`${span.start}:${span.end}`);
    spans.push(span);
  };
  for (const mention of actor.mentions) add(mention);
  for (const quote of quotesOf(analysis, actor.id)) add(quote.speaker?.mention);
  return spans.sort((a, b) => a.start - b.start);
}
