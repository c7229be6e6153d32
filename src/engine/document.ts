// Puts the per-paragraph results together: quotations that run over several paragraphs, speakers
// carried from one quote to the next, actors across the article, and the findings.
import type { ActorDraft } from './actors';
import { ActorRegistry } from './actors';
import { findDiagnostics } from './diagnostics';
import type { LocalAttribution, ParagraphAnalysis } from './paragraph';
import type { TextRange } from './segment';
import type { Actor, Analysis, NewsdeskConfig, Paragraph, Quote, QuoteKind, Span } from './types';

/** A paragraph's cached analysis placed at its offset in the document. */
export interface PlacedParagraph {
  start: number;
  end: number;
  analysis: ParagraphAnalysis;
}

/** A quotation while the document is assembled: offsets absolute, speaker as an actor draft. */
export interface DraftQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  paragraph: number;
  /** The region indices [paragraph, region] that make up the quote (several for a multi-paragraph quote). */
  regions: Array<[number, number]>;
  attribution: LocalAttribution | null;
  actor: ActorDraft | null;
  mention: Span | null;
  carriedFrom: Span | null;
  cue: Span | null;
  /** The quotation's closing mark is missing (and no next paragraph continues it). */
  unclosed: boolean;
  /** The likely speaker of an unattributed quote, for the fix. */
  likely?: ActorDraft | null;
}

/** A pronoun speaker that could be two people, or nobody: for the `ambiguous-speaker` finding. */
export interface PronounProblem {
  mention: Span;
  rivals: ActorDraft[];
  unresolved: boolean;
  chosen: ActorDraft | null;
  quoteStart: number;
}

/** An attribution placed in the document, with the actor it resolved to. */
export interface PlacedAttribution {
  attribution: LocalAttribution;
  paragraph: number;
  actor: ActorDraft | null;
}

const slugs = new Map<string, string>();
/** A name as an id part ("James Cleverly" -> "james-cleverly"), remembered: actor ids are made on every analysis. */
function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'actor';
    if (slugs.size > 10_000) slugs.clear();
    slugs.set(name, slug);
  }
  return slug;
}

/** A number naming quote region r of paragraph p (cheaper than a string key on every keystroke). */
const regionKey = (p: number, r: number): number => p * 1_000_000 + r;

const span = (text: string, base: number, range: TextRange): Span => ({
  start: base + range.start,
  end: base + range.end,
  text: text.slice(base + range.start, base + range.end),
});

export function assemble(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig): Analysis {
  const registry = new ActorRegistry(config.people);
  const quotes: DraftQuote[] = [];
  const attributionsPlaced: PlacedAttribution[] = [];
  const pronounProblems: PronounProblem[] = [];

  // 1. Quotation marks that run over paragraphs: an unclosed quote continued by an opening mark.
  const continued = new Set<number>(); // regions that continue the previous paragraph's quote
  const unclosedRegions = new Set<number>();
  for (let p = 0; p < paragraphs.length; p++) {
    const regions = paragraphs[p].analysis.regions;
    const last = regions[regions.length - 1];
    if (!last || last.closeMark !== null || last.single) continue;
    const next = paragraphs[p + 1]?.analysis;
    const nextFirst = next?.regions[0];
    if (nextFirst && nextFirst.start === 0 && !nextFirst.single && paragraphs[p + 1].analysis.role === 'body') continued.add(regionKey(p + 1, 0));
    else unclosedRegions.add(regionKey(p, regions.length - 1));
  }
  for (let p = 0; p < paragraphs.length; p++) {
    for (let r = 0; r < paragraphs[p].analysis.regions.length - 1; r++) {
      if (paragraphs[p].analysis.regions[r].closeMark === null && !paragraphs[p].analysis.regions[r].single) unclosedRegions.add(regionKey(p, r));
    }
  }

  // 2. Resolve speakers in reading order and make quotes from each paragraph's attributions.
  let previousQuote: DraftQuote | null = null;
  // Per-paragraph lookups, cleared for each paragraph rather than made anew (this runs on every keystroke).
  const resolved = new Map<LocalAttribution, ActorDraft | null>();
  const resolvedSpeakers = new Map<object, ActorDraft | null>();
  const speakerAt = new Map<number, LocalAttribution>();
  const regionOwner = new Map<number, { attribution: LocalAttribution; kind: QuoteKind }>();
  for (let p = 0; p < paragraphs.length; p++) {
    const placed = paragraphs[p];
    const analysis = placed.analysis;
    const base = placed.start;
    if (analysis.attributions.length === 0 && analysis.regions.length === 0 && analysis.unsourced.length === 0) {
      // Most paragraphs in a long article: only names for later pronouns to find.
      for (const name of analysis.names) registry.note(name.mention, base + name.mention.start, p, name.salient, name.listener);
      if (analysis.role === 'body' && !continued.has(regionKey(p + 1, 0))) previousQuote = null;
      continue;
    }
    resolved.clear();
    resolvedSpeakers.clear();

    const nested = analysis.nested;
    const labelled = analysis.labelledRegions;

    // Names and speakers, in order, so pronouns find the right antecedent.
    speakerAt.clear();
    const spoken = analysis.attributions.filter((attribution) => !nested.has(attribution));
    for (const attribution of spoken) if (!speakerAt.has(attribution.speaker.start)) speakerAt.set(attribution.speaker.start, attribution);
    // Speakers and listeners (a few per paragraph), merged in reading order with the names.
    const voices: Array<{ start: number; attribution: LocalAttribution; listener: boolean }> = [];
    for (const attribution of spoken) {
      voices.push({ start: attribution.speaker.start, attribution, listener: false });
      if (attribution.listener) voices.push({ start: attribution.listener.start, attribution, listener: true });
    }
    voices.sort((x, y) => x.start - y.start);
    const names = analysis.names;
    let nameIndex = 0;
    const noteNamesBefore = (limit: number) => {
      for (; nameIndex < names.length && names[nameIndex].mention.start < limit; nameIndex++) {
        const name = names[nameIndex];
        if (!speakerAt.has(name.mention.start)) registry.note(name.mention, base + name.mention.start, p, name.salient, name.listener);
      }
    };
    for (const voice of voices) {
      noteNamesBefore(voice.start);
      const attribution = voice.attribution;
      if (voice.listener) {
        registry.resolve(attribution.listener!, base + attribution.listener!.start, p, false, true);
        continue;
      }
      // Coordinated cues share one speaker ("X acknowledged … and said …"): resolve it once.
      if (resolvedSpeakers.has(attribution.speaker)) {
        resolved.set(attribution, resolvedSpeakers.get(attribution.speaker)!);
        continue;
      }
      const result = registry.resolve(attribution.speaker, base + attribution.speaker.start, p, true, false);
      resolved.set(attribution, result.actor);
      resolvedSpeakers.set(attribution.speaker, result.actor);
      if (attribution.speaker.kind === 'pronoun' && (result.unresolved || result.rivals.length)) {
        pronounProblems.push({ mention: span(text, base, attribution.speaker), rivals: result.rivals, unresolved: result.unresolved, chosen: result.actor, quoteStart: base + attribution.cue.start });
      }
    }
    noteNamesBefore(Infinity);
    for (const attribution of spoken) attributionsPlaced.push({ attribution, paragraph: p, actor: resolved.get(attribution) ?? null });

    // Quotes of this paragraph.
    regionOwner.clear();
    const paragraphQuotes: DraftQuote[] = [];
    for (const attribution of analysis.attributions) {
      if (nested.has(attribution)) continue;
      for (const region of attribution.direct) regionOwner.set(region, { attribution, kind: 'direct' });
      for (const region of attribution.partial) regionOwner.set(region, { attribution, kind: 'partial' });
      if (attribution.content) {
        const contentRegions = attribution.contentRegions.filter((region) => !labelled.has(region));
        for (const region of contentRegions) regionOwner.set(region, { attribution, kind: 'mixed' });
        const content = attribution.content;
        // "X, he said, Y" is one statement in two pieces around its attribution.
        const pieces = content.split ? [{ start: content.start, end: content.split.start }, { start: content.split.end, end: content.end }] : [content];
        for (const piece of pieces) {
          const regionsInside = contentRegions.filter((r) => analysis.regions[r].start >= piece.start && analysis.regions[r].end <= piece.end);
          const trimmed = trimPiece(text, base, piece);
          if (trimmed.end > trimmed.start) paragraphQuotes.push(draft(text, base, p, regionsInside.length ? 'mixed' : 'indirect', trimmed, attribution, resolved.get(attribution) ?? null));
        }
      }
    }
    // Expectations and impressions with no source: statements without a speaker.
    for (const unsourced of analysis.unsourced) {
      for (const piece of unsourced.pieces) paragraphQuotes.push({ ...draft(text, base, p, 'indirect', piece, null, null), cue: span(text, base, unsourced.cue) });
    }
    analysis.regions.forEach((region, r) => {
      const owner = regionOwner.get(r);
      if (owner?.kind === 'mixed') return; // inside its reported speech
      // A paragraph whose quotation has a different speaker of its own is not a continuation:
      // the previous quotation was simply never closed.
      const ownSpeaker = owner && previousQuote?.attribution && owner.attribution.speaker.text !== previousQuote.attribution.speaker.text;
      if (continued.has(regionKey(p, r)) && previousQuote && ownSpeaker) previousQuote.unclosed = true;
      if (continued.has(regionKey(p, r)) && !ownSpeaker && previousQuote && previousQuote.regions.some(([qp]) => qp === p - 1)) {
        // The same quotation goes on from the previous paragraph.
        const chained = previousQuote;
        chained.end = base + region.end;
        chained.regions.push([p, r]);
        chained.unclosed = region.closeMark === null && unclosedRegions.has(regionKey(p, r));
        if (!chained.attribution && owner) {
          chained.attribution = owner.attribution;
          setSpeaker(chained, text, base, owner.attribution, resolved.get(owner.attribution) ?? null);
        }
        return;
      }
      // A quoted title or nickname ("Face the Nation", "Lyin' Ted") is not speech.
      if (!owner && analysis.regionIsTitle[r]) return;
      const kind: QuoteKind = owner ? owner.kind : analysis.regionStandalone[r] ? 'direct' : 'partial';
      if (!owner && analysis.role !== 'body' && analysis.role !== 'credit') {
        // Quotations in headlines and subheads are labels, not statements to attribute.
        return;
      }
      const quote = draft(text, base, p, kind, region, owner?.attribution ?? null, owner ? resolved.get(owner.attribution) ?? null : null);
      quote.regions.push([p, r]);
      quote.unclosed = unclosedRegions.has(regionKey(p, r));
      if (!owner && kind === 'partial') {
        // A quoted fragment speaks for the sentence's attribution, when there is one.
        const sentence = analysis.regionSentence[r];
        const sameSentence = analysis.attributions.find((a) => a.sentence === sentence);
        if (sameSentence) setSpeaker(quote, text, base, sameSentence, resolved.get(sameSentence) ?? null);
        else return; // scare quotes, titles of works: not speech
      }
      paragraphQuotes.push(quote);
    });
    paragraphQuotes.sort((a, b) => a.start - b.start);

    // Carry speakers: `"A," he said. "B."` and a quote paragraph that continues the last speaker.
    for (let i = 0; i < paragraphQuotes.length; i++) {
      const quote = paragraphQuotes[i];
      if (quote.attribution || quote.kind !== 'direct') continue;
      // The nearest earlier statement in the paragraph, of any kind, that names its speaker.
      let earlier: DraftQuote | undefined;
      for (let k = i - 1; k >= 0 && !earlier; k--) if (paragraphQuotes[k].actor && (paragraphQuotes[k].kind === 'direct' || paragraphQuotes[k].attribution)) earlier = paragraphQuotes[k];
      let later: DraftQuote | undefined;
      for (let k = i + 1; k < paragraphQuotes.length && !later; k++) if (paragraphQuotes[k].kind === 'direct' && paragraphQuotes[k].attribution && paragraphQuotes[k].actor) later = paragraphQuotes[k];
      if (earlier) {
        quote.actor = earlier.actor;
        quote.mention = earlier.mention;
        quote.carriedFrom = earlier.carriedFrom;
        quote.cue = earlier.cue;
        quote.attribution = earlier.attribution;
        continue;
      }
      if (later && i === 0) {
        quote.actor = later.actor;
        quote.mention = later.mention;
        quote.cue = later.cue;
        quote.attribution = later.attribution;
        continue;
      }
      const introducer = p > 0 ? paragraphs[p - 1].analysis.introducesNext : null;
      if (introducer && i === 0 && previousQuoteIsNot(previousQuote, p)) {
        const owner = attributionsPlaced.find((a) => a.attribution === introducer);
        setSpeaker(quote, text, paragraphs[p - 1].start, introducer, owner?.actor ?? null);
        quote.attribution = introducer;
        continue;
      }
      if (previousQuote && previousQuote.actor && previousQuote.kind === 'direct' && previousQuote.regions.some(([qp]) => qp === p - 1) && lastQuoteEndsParagraph(previousQuote, paragraphs[p - 1], text)) {
        quote.actor = previousQuote.actor;
        quote.mention = null;
        quote.carriedFrom = previousQuote.mention ?? previousQuote.carriedFrom;
        quote.cue = null;
        continue;
      }
      quote.likely = previousQuote?.actor ?? registryMostRecentPerson(registry);
    }
    for (const quote of paragraphQuotes) {
      quotes.push(quote);
      if (quote.kind === 'direct') previousQuote = quote;
    }
    if (analysis.role === 'body' && !paragraphQuotes.some((q) => q.kind === 'direct') && !continued.has(regionKey(p + 1, 0))) {
      // A paragraph of the reporter's own words breaks the run of quote paragraphs.
      previousQuote = null;
    }
  }

  quotes.sort((a, b) => a.start - b.start);
  registry.settle();
  return toAnalysis(text, paragraphs, quotes, attributionsPlaced, pronounProblems, config);
}

// Pieces of content lose the commas and spaces at their edges.
function trimPiece(text: string, base: number, piece: TextRange): TextRange {
  let { start, end } = piece;
  while (start < end && /[\s,;:—–]/.test(text[base + start])) start++;
  while (end > start && /[\s,;:—–]/.test(text[base + end - 1])) end--;
  return { start, end };
}

function previousQuoteIsNot(previous: DraftQuote | null, paragraph: number): boolean {
  return !previous || !previous.regions.some(([p]) => p === paragraph);
}

// A quote paragraph continues the speaker only when the previous paragraph ended in that quote.
function lastQuoteEndsParagraph(quote: DraftQuote, paragraph: PlacedParagraph, text: string): boolean {
  const tail = text.slice(quote.end, paragraph.end);
  return tail.length < 120 && !/[.?!]\s+\p{Lu}[^"“”]*[.?!]$/u.test(tail);
}

/** The person most recently named in the article (a configured person the article never names is no candidate). */
function registryMostRecentPerson(registry: ActorRegistry): ActorDraft | null {
  for (let i = registry.actors.length - 1; i >= 0; i--) {
    const actor = registry.actors[i];
    if (actor.kind === 'person' && actor.mentions.length > 0 && !actor.name.startsWith('unidentified')) return actor;
  }
  return null;
}

function draft(text: string, base: number, paragraph: number, kind: QuoteKind, range: TextRange, attribution: LocalAttribution | null, actor: ActorDraft | null): DraftQuote {
  const quote: DraftQuote = {
    kind, start: base + range.start, end: base + range.end, paragraph, regions: [], attribution: null,
    actor: null, mention: null, carriedFrom: null, cue: null, unclosed: false,
  };
  if (attribution) setSpeaker(quote, text, base, attribution, actor);
  return quote;
}

function setSpeaker(quote: DraftQuote, text: string, base: number, attribution: LocalAttribution, actor: ActorDraft | null): void {
  quote.attribution = attribution;
  quote.actor = actor;
  quote.mention = span(text, base, attribution.speaker);
  quote.cue = span(text, base, attribution.cue);
}

function toAnalysis(
  text: string, placed: PlacedParagraph[], drafts: DraftQuote[],
  attributions: PlacedAttribution[], pronounProblems: PronounProblem[],
  config: NewsdeskConfig,
): Analysis {
  const actorIds = new Map<ActorDraft, string>();
  const usedIds = new Set<string>();
  const idFor = (actor: ActorDraft): string => {
    let id = actorIds.get(actor);
    if (id) return id;
    const slug = slugOf(actor.name);
    id = `${actor.kind}:${slug}`;
    for (let n = 2; usedIds.has(id); n++) id = `${actor.kind}:${slug}-${n}`;
    usedIds.add(id);
    actorIds.set(actor, id);
    return id;
  };

  const quotes: Quote[] = drafts.map((draftQuote, index) => ({
    id: `q${index + 1}`,
    kind: draftQuote.kind,
    start: draftQuote.start,
    end: draftQuote.end,
    text: text.slice(draftQuote.start, draftQuote.end),
    speaker: draftQuote.actor
      ? {
        actorId: idFor(draftQuote.actor),
        name: draftQuote.actor.name,
        mention: draftQuote.mention,
        ...(draftQuote.mention === null && draftQuote.carriedFrom ? { carriedFrom: draftQuote.carriedFrom } : {}),
      }
      : null,
    cue: draftQuote.cue,
    paragraph: draftQuote.paragraph,
  }));

  const quotesByActor = new Map<ActorDraft, string[]>();
  const firstQuoteStart = new Map<ActorDraft, number>();
  for (const draftQuote of drafts) if (draftQuote.actor && !firstQuoteStart.has(draftQuote.actor)) firstQuoteStart.set(draftQuote.actor, draftQuote.start);
  drafts.forEach((draftQuote, index) => {
    if (!draftQuote.actor) return;
    const list = quotesByActor.get(draftQuote.actor) ?? [];
    list.push(quotes[index].id);
    quotesByActor.set(draftQuote.actor, list);
  });
  const actors: Actor[] = [...quotesByActor.keys()]
    .sort((a, b) => firstPosition(a, firstQuoteStart) - firstPosition(b, firstQuoteStart))
    .map((actor) => ({
      id: idFor(actor),
      name: actor.name,
      kind: actor.kind,
      aliases: [...actor.aliases].filter((alias) => alias !== actor.name),
      mentions: actor.mentions.slice().sort((a, b) => a.start - b.start),
      quoteIds: quotesByActor.get(actor)!,
      ...(actor.role ? { role: actor.role } : {}),
      ...(actor.gender ? { gender: actor.gender } : {}),
      ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
    }));

  const paragraphs: Paragraph[] = placed.map(({ start, analysis }) => placedParagraph(analysis, start));

  const diagnostics = findDiagnostics({ text, placed, drafts, quotes, attributions, pronounProblems, config });
  return { length: text.length, paragraphs, quotes, actors, diagnostics };
}

/**
 * A paragraph with absolute offsets. The same paragraph at the same place is the same object
 * from one analysis to the next: after an edit only the paragraphs that moved are rebuilt.
 */
const placedParagraphs = new WeakMap<ParagraphAnalysis, Paragraph>();
function placedParagraph(analysis: ParagraphAnalysis, start: number): Paragraph {
  const cached = placedParagraphs.get(analysis);
  if (cached && cached.start === start) return cached;
  const paragraph: Paragraph = {
    start,
    end: start + analysis.length,
    role: analysis.role,
    sentences: analysis.sentences.map((s) => ({ start: start + s.start, end: start + s.end })),
  };
  placedParagraphs.set(analysis, paragraph);
  return paragraph;
}

function firstPosition(actor: ActorDraft, firstQuoteStart: ReadonlyMap<ActorDraft, number>): number {
  return Math.min(actor.mentions[0]?.start ?? Infinity, firstQuoteStart.get(actor) ?? Infinity);
}
