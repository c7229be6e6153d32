// The order of one speaker's quotes, for stepping through them (alt+] / alt+[): which speaker the
// cursor is on, and the next or previous of their quotes from there, wrapping around. No editor here.
import type { Actor, Analysis, Quote } from '../../engine';
import { actorById, mentionAt, quoteAt, quotesOf, unattributedQuotes } from './lookup';

/** Whose quotes to step through, and where in them the cursor is. */
export interface Anchor {
  /** Null: the quotes without a speaker. */
  readonly actor: Actor | null;
  readonly quotes: Quote[];
  /** The quote the cursor is in, if any. */
  readonly current: Quote | undefined;
}

/** The quote at the cursor, else the speaker mention at it, else the nearest quote before it. */
export function anchorAt(analysis: Analysis, offset: number): Anchor | undefined {
  const inQuote = quoteAt(analysis, offset);
  if (inQuote) return anchorForQuote(analysis, inQuote, inQuote);
  const mention = mentionAt(analysis, offset);
  if (mention) {
    const quotes = quotesOf(analysis, mention.actor.id);
    if (quotes.length) return { actor: mention.actor, quotes, current: undefined };
  }
  const before = analysis.quotes.filter((quote) => quote.end <= offset).sort((a, b) => b.end - a.end)[0];
  return before ? anchorForQuote(analysis, before, undefined) : undefined;
}

/** The anchor of a quote: its speaker's quotes (or the unattributed ones), `current` the quote the cursor is in. */
export function anchorForQuote(analysis: Analysis, quote: Quote, current: Quote | undefined): Anchor | undefined {
  if (!quote.speaker) return { actor: null, quotes: unattributedQuotes(analysis), current };
  const actor = actorById(analysis, quote.speaker.actorId);
  return actor ? { actor, quotes: quotesOf(analysis, actor.id), current } : undefined;
}

/** The next (or previous) quote of the anchor's speaker from an offset, wrapping around. */
export function stepFrom(anchor: Anchor, offset: number, direction: 1 | -1): { quote: Quote; wrapped: boolean } | undefined {
  const { quotes, current } = anchor;
  if (!quotes.length) return undefined;
  let index: number;
  if (current) {
    index = quotes.indexOf(current) + direction;
  } else if (direction === 1) {
    index = quotes.findIndex((quote) => quote.start >= offset);
  } else {
    index = quotes.length - 1;
    while (index >= 0 && quotes[index].end > offset) index--;
  }
  const wrapped = index < 0 || index >= quotes.length;
  if (index < 0) index = direction === 1 ? 0 : quotes.length - 1;
  else if (index >= quotes.length) index = 0;
  return { quote: quotes[index], wrapped };
}
