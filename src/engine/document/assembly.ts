// Reads the paragraphs in order and puts their results together: speakers resolved through the
// registry, quotations that run over several paragraphs, speakers carried from one quote to the next.
import type { ActorDraft } from '../actors';
import { ActorRegistry } from '../actors';
import type { Mention } from '../mentions';
import type { LocalAttribution, NameMention, ParagraphAnalysis } from '../paragraph';
import type { TextRange } from '../segment';
import type { NewsdeskConfig, QuoteKind, Span } from '../types';
import type { Assembly, AssemblyState, DraftQuote, ParagraphRecord, PlacedAttribution, PlacedParagraph, PlannedCall, PronounProblem } from './model';
import { finishInSteps } from './projection';
import type { ShouldPause } from './steps';
import { continues, unclosedRegion } from './regions';

/**
 * A quote paragraph carries on the previous quote's speaker only when that quote ended the previous
 * paragraph: at most this many characters (a closing "he said." or so) may follow it there.
 */
const MAX_CHARACTERS_AFTER_CARRIED_QUOTE = 120;

const span = (text: string, base: number, range: TextRange): Span => ({
  start: base + range.start,
  end: base + range.end,
  text: text.slice(base + range.start, base + range.end),
});

/**
 * The registry calls a paragraph makes, in reading order: names noted for later pronouns, speakers
 * and listeners resolved. A function of the paragraph's analysis and index alone.
 */
export function planCalls(analysis: ParagraphAnalysis, p: number): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const names = analysis.names;
  const note = (name: NameMention): void => {
    calls.push({ paragraph: p, mention: name.mention, at: name.mention.start, span: null, salient: name.salient, listener: name.listener, resolve: false, result: null, attribution: null });
  };
  if (analysis.attributions.length === 0) {
    // Most paragraphs in a long article: only names for later pronouns to find.
    for (const name of names) note(name);
    return calls;
  }
  const nested = analysis.nested;
  const spoken = analysis.attributions.filter((attribution) => !nested.has(attribution));
  const speakerAt = new Set<number>();
  for (const attribution of spoken) speakerAt.add(attribution.speaker.start);
  // Speakers and listeners (a few per paragraph), merged in reading order with the names.
  const voices: Array<{ start: number; attribution: LocalAttribution; listener: boolean }> = [];
  for (const attribution of spoken) {
    voices.push({ start: attribution.speaker.start, attribution, listener: false });
    if (attribution.listener) voices.push({ start: attribution.listener.start, attribution, listener: true });
  }
  voices.sort((x, y) => x.start - y.start);
  let nameIndex = 0;
  const noteNamesBefore = (limit: number) => {
    for (; nameIndex < names.length && names[nameIndex].mention.start < limit; nameIndex++) {
      if (!speakerAt.has(names[nameIndex].mention.start)) note(names[nameIndex]);
    }
  };
  // Coordinated cues share one speaker ("X acknowledged … and said …"): it is resolved once.
  const speakers = new Set<Mention>();
  for (const voice of voices) {
    noteNamesBefore(voice.start);
    const attribution = voice.attribution;
    if (voice.listener) {
      calls.push({ paragraph: p, mention: attribution.listener!, at: attribution.listener!.start, span: null, salient: false, listener: true, resolve: true, result: null, attribution: null });
    } else if (!speakers.has(attribution.speaker)) {
      speakers.add(attribution.speaker);
      calls.push({ paragraph: p, mention: attribution.speaker, at: attribution.speaker.start, span: null, salient: true, listener: false, resolve: true, result: null, attribution });
    }
  }
  noteNamesBefore(Infinity);
  return calls;
}

/** Reads the paragraphs in order: speakers resolved, quotes made, speakers carried from quote to quote. */
export class Assembler {
  readonly quotes: DraftQuote[];
  readonly attributions: PlacedAttribution[];
  readonly pronounProblems: PronounProblem[];
  readonly records: ParagraphRecord[];
  previousQuote: DraftQuote | null = null;
  // Per-paragraph lookups, cleared for each paragraph rather than made anew (this runs on every keystroke).
  private readonly resolved = new Map<LocalAttribution, ActorDraft | null>();
  private readonly speakerActors = new Map<Mention, ActorDraft | null>();
  private readonly regionOwner = new Map<number, { attribution: LocalAttribution; kind: QuoteKind }>();

  constructor(
    private readonly text: string,
    private readonly paragraphs: readonly PlacedParagraph[],
    /** Null when every paragraph is replayed. */
    private readonly registry: ActorRegistry | null,
    kept: { quotes: DraftQuote[]; attributions: PlacedAttribution[]; pronounProblems: PronounProblem[]; records: ParagraphRecord[] } | null = null,
  ) {
    this.quotes = kept?.quotes ?? [];
    this.attributions = kept?.attributions ?? [];
    this.pronounProblems = kept?.pronounProblems ?? [];
    this.records = kept?.records ?? [];
  }

  /**
   * Assembles paragraph p. With `replay` (the same calls, made in an earlier assembly from the same
   * registry state), the registry is not asked again: its answers, and its state after them, stand.
   */
  paragraph(p: number, replay: ParagraphRecord | null, planned: PlannedCall[] | null): void {
    const paragraphs = this.paragraphs;
    const analysis = paragraphs[p].analysis;
    const record = this.recordCalls(p, replay, planned);
    if (analysis.attributions.length === 0 && analysis.regions.length === 0 && analysis.unsourced.length === 0) {
      if (analysis.role === 'body' && !continues(paragraphs, p + 1)) this.previousQuote = null;
      return;
    }
    this.placeSpeakers(p, record.calls);
    let previousQuote = this.previousQuote;
    const paragraphQuotes = this.quotesOf(p, previousQuote);
    this.carrySpeakers(p, paragraphQuotes, previousQuote, record.latest);
    for (const quote of paragraphQuotes) {
      this.quotes.push(quote);
      if (quote.kind === 'direct') previousQuote = quote;
    }
    if (analysis.role === 'body' && !paragraphQuotes.some((q) => q.kind === 'direct') && !continues(paragraphs, p + 1)) {
      // A paragraph of the reporter's own words breaks the run of quote paragraphs.
      previousQuote = null;
    }
    this.previousQuote = previousQuote;
  }

  /** Makes (or, with `replay`, takes back) paragraph p's registry calls and records what it did. */
  private recordCalls(p: number, replay: ParagraphRecord | null, planned: PlannedCall[] | null): ParagraphRecord {
    const analysis = this.paragraphs[p].analysis;
    let calls: PlannedCall[];
    const mark = replay ? replay.mark : this.registry!.mark();
    if (replay) {
      calls = replay.calls;
      if (planned) {
        // The paragraph changed but makes the same calls: the kept calls now stand for its mentions.
        for (let i = 0; i < calls.length; i++) {
          calls[i].mention = planned[i].mention;
          calls[i].at = planned[i].at;
          calls[i].attribution = planned[i].attribution;
        }
      }
    } else {
      calls = planned ?? planCalls(analysis, p);
      const registry = this.registry!;
      for (const call of calls) {
        if (call.resolve) call.result = registry.resolve(call);
        else registry.note(call);
      }
    }
    const record: ParagraphRecord = {
      calls,
      latest: replay ? replay.latest : this.registry!.mostRecentPerson(),
      open: this.previousQuote !== null,
      mark,
      quoteStart: this.quotes.length,
      attributionStart: this.attributions.length,
      problemStart: this.pronounProblems.length,
    };
    this.records.push(record);
    return record;
  }

  /** The speakers of paragraph p's attributions, from the registry's answers; pronouns it could not settle noted. */
  private placeSpeakers(p: number, calls: readonly PlannedCall[]): void {
    const text = this.text;
    const placed = this.paragraphs[p];
    const analysis = placed.analysis;
    const base = placed.start;
    const resolved = this.resolved;
    const speakerActors = this.speakerActors;
    resolved.clear();
    speakerActors.clear();
    for (const call of calls) {
      const attribution = call.attribution;
      if (!attribution) continue;
      const result = call.result!;
      speakerActors.set(attribution.speaker, result.actor);
      if (call.mention.kind === 'pronoun' && (result.unresolved || result.rivals.length)) {
        this.pronounProblems.push({ mention: span(text, base, attribution.speaker), rivals: result.rivals, unresolved: result.unresolved, chosen: result.actor, quoteStart: base + attribution.cue.start });
      }
    }
    const nested = analysis.nested;
    for (const attribution of analysis.attributions) {
      if (nested.has(attribution)) continue;
      const actor = speakerActors.get(attribution.speaker) ?? null;
      resolved.set(attribution, actor);
      this.attributions.push({ attribution, paragraph: p, actor });
    }
  }

  /** Paragraph p's statements in order: reported content, unsourced statements and quotations (a quotation continued from the previous paragraph is added to it). */
  private quotesOf(p: number, previousQuote: DraftQuote | null): DraftQuote[] {
    const text = this.text;
    const paragraphs = this.paragraphs;
    const placed = paragraphs[p];
    const analysis = placed.analysis;
    const base = placed.start;
    const resolved = this.resolved;
    const nested = analysis.nested;
    const labelled = analysis.labelledRegions;
    const regionOwner = this.regionOwner;
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
        let firstPiece: DraftQuote | undefined;
        for (const piece of pieces) {
          const regionsInside = contentRegions.filter((r) => analysis.regions[r].start >= piece.start && analysis.regions[r].end <= piece.end);
          const trimmed = trimPiece(text, base, piece);
          if (trimmed.end <= trimmed.start) continue;
          const pieceDraft = draft(text, base, p, regionsInside.length ? 'mixed' : 'indirect', trimmed, attribution, resolved.get(attribution) ?? null);
          if (firstPiece) pieceDraft.continues = firstPiece;
          firstPiece = pieceDraft;
          paragraphQuotes.push(pieceDraft);
        }
      }
    }
    // Expectations and impressions with no source: statements without a speaker.
    for (const unsourced of analysis.unsourced) {
      for (const piece of unsourced.pieces) paragraphQuotes.push({ ...draft(text, base, p, 'indirect', piece, null, null), cue: span(text, base, unsourced.cue) });
    }
    const firstContinues = continues(paragraphs, p);
    analysis.regions.forEach((region, r) => {
      const owner = regionOwner.get(r);
      if (owner?.kind === 'mixed') return; // inside its reported speech
      // A paragraph whose quotation has a different speaker of its own is not a continuation:
      // the previous quotation was simply never closed.
      const continued = r === 0 && firstContinues;
      const ownSpeaker = owner && previousQuote?.attribution && owner.attribution.speaker.text !== previousQuote.attribution.speaker.text;
      if (continued && previousQuote && ownSpeaker) previousQuote.unclosed = true;
      if (continued && !ownSpeaker && previousQuote && previousQuote.regions.some(([qp]) => qp === p - 1)) {
        // The same quotation goes on from the previous paragraph.
        const chained = previousQuote;
        chained.end = base + region.end;
        chained.regions.push([p, r]);
        chained.unclosed = region.closeMark === null && unclosedRegion(paragraphs, p, r);
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
      quote.unclosed = unclosedRegion(paragraphs, p, r);
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
    return paragraphQuotes;
  }

  /** Carries speakers to the direct quotes of paragraph p that name none: `"A," he said. "B."` and a quote paragraph that continues the last speaker. */
  private carrySpeakers(p: number, paragraphQuotes: DraftQuote[], previousQuote: DraftQuote | null, latest: ActorDraft | null): void {
    const text = this.text;
    const paragraphs = this.paragraphs;
    for (let i = 0; i < paragraphQuotes.length; i++) {
      const quote = paragraphQuotes[i];
      if (quote.attribution || quote.kind !== 'direct') continue;
      // The nearest earlier statement in the paragraph, of any kind, that names its speaker.
      let earlier: DraftQuote | undefined;
      let earlierIndex = -1;
      for (let k = i - 1; k >= 0 && !earlier; k--) if (paragraphQuotes[k].actor && (paragraphQuotes[k].kind === 'direct' || paragraphQuotes[k].attribution)) { earlier = paragraphQuotes[k]; earlierIndex = k; }
      // `"…," said Mr. Ekovich, who noted that … "…"`, `"…," Francis said, as he called for … "…"`:
      // the quotation goes on from what was said, not from a clause about the speaker in the same
      // sentence (nor from a relative clause about him anywhere).
      const aside = earlier && earlier.kind !== 'direct' ? earlier.attribution : null;
      if (earlier && aside) {
        for (let k = earlierIndex - 1; k >= 0; k--) {
          const candidate = paragraphQuotes[k];
          const sameSentence = candidate.attribution?.sentence === aside.sentence;
          if (candidate.kind === 'direct' && candidate.actor && (sameSentence || (aside.speaker.refersTo && candidate.actor === earlier.actor))) { earlier = candidate; break; }
        }
      }
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
        // The first placement of that attribution (a paragraph repeated word for word shares its analysis).
        const owner = this.attributions.find((a) => a.attribution === introducer);
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
      quote.likely = previousQuote?.actor ?? latest;
    }
  }

  state(length: number, registry: ActorRegistry): AssemblyState {
    return { length, paragraphs: this.paragraphs as PlacedParagraph[], registry, records: this.records, quotes: this.quotes, attributions: this.attributions, pronounProblems: this.pronounProblems };
  }
}

/** Assembles the whole document, pausing between paragraphs when `shouldPause` says so. */
export function* assembleInSteps(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig, shouldPause: ShouldPause): Generator<void, Assembly, void> {
  const registry = new ActorRegistry(config.people);
  const assembler = new Assembler(text, paragraphs, registry);
  for (let p = 0; p < paragraphs.length; p++) {
    assembler.paragraph(p, null, null);
    if (shouldPause()) yield;
  }
  return yield* settleAndFinish(text, assembler, registry, config, shouldPause);
}

/** The last steps of every assembly: the registry settled, then the public analysis made from the state. */
export function* settleAndFinish(text: string, assembler: Assembler, registry: ActorRegistry, config: NewsdeskConfig, shouldPause: ShouldPause): Generator<void, Assembly, void> {
  yield* registry.settleInSteps(shouldPause);
  if (shouldPause()) yield;
  const state = assembler.state(text.length, registry);
  return { analysis: yield* finishInSteps(text, state, config, shouldPause), state };
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
  return tail.length < MAX_CHARACTERS_AFTER_CARRIED_QUOTE && !/[.?!]\s+\p{Lu}[^"“”]*[.?!]$/u.test(tail);
}

function draft(text: string, base: number, paragraph: number, kind: QuoteKind, range: TextRange, attribution: LocalAttribution | null, actor: ActorDraft | null): DraftQuote {
  const quote: DraftQuote = {
    kind, start: base + range.start, end: base + range.end, paragraph, regions: [], attribution: null,
    actor: null, mention: null, carriedFrom: null, cue: null, unclosed: false, reported: null, reportedIndex: -1,
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
