// Puts the per-paragraph results together: quotations that run over several paragraphs, speakers
// carried from one quote to the next, actors across the article, and the findings.
import type { ActorDraft, RegistryCall } from './actors';
import { ActorRegistry } from './actors';
import { findDiagnostics } from './diagnostics';
import type { Mention } from './mentions';
import type { LocalAttribution, NameMention, ParagraphAnalysis } from './paragraph';
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
  /** The quote last reported for this draft, and its index then (drafts before an edit are kept from one assembly to the next). */
  reported: Quote | null;
  reportedIndex: number;
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

const span = (text: string, base: number, range: TextRange): Span => ({
  start: base + range.start,
  end: base + range.end,
  text: text.slice(base + range.start, base + range.end),
});

/** Region 0 of paragraph p carries on the quotation left open at the end of paragraph p - 1. */
function continues(paragraphs: readonly PlacedParagraph[], p: number): boolean {
  if (p <= 0 || p >= paragraphs.length) return false;
  const regions = paragraphs[p - 1].analysis.regions;
  const last = regions[regions.length - 1];
  if (!last || last.closeMark !== null || last.single) return false;
  const next = paragraphs[p].analysis;
  const first = next.regions[0];
  return first !== undefined && first.start === 0 && !first.single && next.role === 'body' && !next.opensWithSpeakerLabel;
}

/** Quote region r of paragraph p is never closed (and, when it ends the paragraph, not continued in the next). */
export function unclosedRegion(paragraphs: readonly PlacedParagraph[], p: number, r: number): boolean {
  const regions = paragraphs[p].analysis.regions;
  const region = regions[r];
  if (region.closeMark !== null || region.single) return false;
  return r < regions.length - 1 || !continues(paragraphs, p + 1);
}

/** A registry call as the paragraph plans it, with the attribution whose speaker it resolves. */
interface PlannedCall extends RegistryCall {
  attribution: LocalAttribution | null;
}

/**
 * The registry calls a paragraph makes, in reading order: names noted for later pronouns, speakers
 * and listeners resolved. A function of the paragraph's analysis and index alone.
 */
function planCalls(analysis: ParagraphAnalysis, p: number): PlannedCall[] {
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

/** Two mentions the registry cannot tell apart: the same words and kind, wherever they are. */
function sameMention(a: Mention, b: Mention): boolean {
  if (a === b) return true;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    // Same number of keys and each of a's in b: the same keys.
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (key === 'start' || key === 'end') continue;
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (x === y) continue;
    if (key === 'refersTo' && x && y && typeof x === 'object' && typeof y === 'object' && sameMention(x as Mention, y as Mention)) continue;
    return false;
  }
  return true;
}

function sameCalls(a: readonly RegistryCall[], b: readonly RegistryCall[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.resolve !== y.resolve || x.salient !== y.salient || x.listener !== y.listener || x.paragraph !== y.paragraph || !sameMention(x.mention, y.mention)) return false;
  }
  return true;
}

/** What one paragraph did in an assembly, so that a later assembly can start or stop there. */
interface ParagraphRecord {
  /** Its registry calls, with their answers. */
  calls: PlannedCall[];
  /** The registry's most recently named person after those calls. */
  latest: ActorDraft | null;
  /** A direct quotation was running when the paragraph began (it may be continued or carried on). */
  open: boolean;
  /** The registry's journal before the paragraph's calls, to read the article again from here. */
  mark: number;
  /** Where the paragraph's quotes, placed attributions and pronoun problems begin in the assembly's lists. */
  quoteStart: number;
  attributionStart: number;
  problemStart: number;
}

/**
 * Everything an assembly leaves behind for the next one: the registry after the last paragraph
 * (with the journal that takes it back to any paragraph), and per paragraph what it did and made.
 * Actors keep no offsets (their mentions are calls: a paragraph index and a paragraph-relative
 * mention), so they stay valid when paragraphs move.
 */
export interface AssemblyState {
  length: number;
  paragraphs: PlacedParagraph[];
  registry: ActorRegistry;
  records: ParagraphRecord[];
  /** Quotes in the order they were made (the analysis has them sorted by start). */
  quotes: DraftQuote[];
  attributions: PlacedAttribution[];
  pronounProblems: PronounProblem[];
}

export interface Assembly {
  analysis: Analysis;
  state: AssemblyState;
  /** Only the paragraphs around the change were assembled again, from the registry's recorded answers. */
  partial?: boolean;
}

/** Reads the paragraphs in order: speakers resolved, quotes made, speakers carried from quote to quote. */
class Assembler {
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
    const text = this.text;
    const paragraphs = this.paragraphs;
    const placed = paragraphs[p];
    const analysis = placed.analysis;
    const base = placed.start;
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

    if (analysis.attributions.length === 0 && analysis.regions.length === 0 && analysis.unsourced.length === 0) {
      if (analysis.role === 'body' && !continues(paragraphs, p + 1)) this.previousQuote = null;
      return;
    }
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
    const labelled = analysis.labelledRegions;
    for (const attribution of analysis.attributions) {
      if (nested.has(attribution)) continue;
      const actor = speakerActors.get(attribution.speaker) ?? null;
      resolved.set(attribution, actor);
      this.attributions.push({ attribution, paragraph: p, actor });
    }

    // Quotes of this paragraph.
    let previousQuote = this.previousQuote;
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
      quote.likely = previousQuote?.actor ?? record.latest;
    }
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

  state(length: number, registry: ActorRegistry): AssemblyState {
    return { length, paragraphs: this.paragraphs as PlacedParagraph[], registry, records: this.records, quotes: this.quotes, attributions: this.attributions, pronounProblems: this.pronounProblems };
  }
}

/** Assembles the whole document. */
export function assemble(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig): Assembly {
  const registry = new ActorRegistry(config.people);
  const assembler = new Assembler(text, paragraphs, registry);
  for (let p = 0; p < paragraphs.length; p++) assembler.paragraph(p, null, null);
  registry.settle();
  const state = assembler.state(text.length, registry);
  return { analysis: finish(text, state, config), state };
}

/** The last paragraph at or before `p` that no quotation runs into (paragraph 0 at the latest). */
function quietBefore(records: readonly ParagraphRecord[], p: number): number {
  let s = Math.max(0, p);
  while (s > 0 && records[s].open) s--;
  return s;
}

/**
 * Reads the article again from the last quiet paragraph before `lo` (the first paragraph that is
 * not as it was), with the registry taken back to how it was there; what came before is kept.
 */
function resume(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig, old: AssemblyState, lo: number): Assembly {
  if (paragraphs.length === 0 || old.records.length === 0) return assemble(text, paragraphs, config);
  const registry = old.registry;
  const s = quietBefore(old.records, Math.min(lo, paragraphs.length, old.records.length) - 1);
  const first = old.records[s];
  registry.undoTo(first.mark);
  const assembler = new Assembler(text, paragraphs, registry, {
    quotes: old.quotes.slice(0, first.quoteStart),
    attributions: old.attributions.slice(0, first.attributionStart),
    pronounProblems: old.pronounProblems.slice(0, first.problemStart),
    records: old.records.slice(0, s),
  });
  for (let p = s; p < paragraphs.length; p++) assembler.paragraph(p, null, null);
  registry.settle();
  const state = assembler.state(text.length, registry);
  return { analysis: finish(text, state, config), state };
}

/**
 * Assembles the document again after an edit, from the last assembly: when the changed paragraphs
 * make the same registry calls as before (the usual keystroke: a word typed inside a quotation or
 * a sentence), the registry's answers and its state stand, so only the paragraphs from the last
 * quiet point before the change to the first quiet point after it are assembled again; the quotes
 * before are kept and those after are moved. Otherwise (a name, a cue or a paragraph break
 * changed) the article is read again from the last quiet point before the change, with the
 * registry taken back to how it was there.
 */
export function reassemble(text: string, paragraphs: PlacedParagraph[], config: NewsdeskConfig, old: AssemblyState): Assembly {
  const n = paragraphs.length;
  const before = old.paragraphs;
  const delta = text.length - old.length;
  // Paragraphs [0, lo) are as they were; (hi, n) the same, moved by delta.
  let lo = 0;
  while (lo < n && lo < before.length && paragraphs[lo].analysis === before[lo].analysis && paragraphs[lo].start === before[lo].start) lo++;
  if (before.length !== n || n === 0) return resume(text, paragraphs, config, old, lo);
  let hi = n - 1;
  while (hi >= 0 && paragraphs[hi].analysis === before[hi].analysis && paragraphs[hi].start === before[hi].start + delta) hi--;
  // The changed paragraphs must ask the registry exactly what they asked before.
  const planned = new Map<number, PlannedCall[]>();
  for (let p = Math.max(lo, 0); p <= Math.min(hi, n - 1); p++) {
    if (paragraphs[p].analysis === before[p].analysis) continue;
    const calls = planCalls(paragraphs[p].analysis, p);
    if (!sameCalls(calls, old.records[p].calls)) return resume(text, paragraphs, config, old, lo);
    planned.set(p, calls);
  }
  // Start after a paragraph that ends no running quotation, at least one paragraph before the change
  // (whether a paragraph's last quotation is closed depends on the next paragraph).
  const s = quietBefore(old.records, Math.min(lo, hi + 1) - 1);
  const first = old.records[s];
  const assembler = new Assembler(text, paragraphs, null, {
    quotes: old.quotes.slice(0, first.quoteStart),
    attributions: old.attributions.slice(0, first.attributionStart),
    pronounProblems: old.pronounProblems.slice(0, first.problemStart),
    records: old.records.slice(0, s),
  });
  // Stop, at least one paragraph after the change, where no quotation runs on in either assembly.
  const stopFrom = Math.max(hi, lo - 1) + 2;
  let p = s;
  for (; p < n; p++) {
    if (p >= stopFrom && assembler.previousQuote === null && !old.records[p].open) break;
    assembler.paragraph(p, old.records[p], planned.get(p) ?? null);
  }
  if (p < n) {
    // The rest is as before, moved by delta.
    const resume = old.records[p];
    const quoteShift = assembler.quotes.length - resume.quoteStart;
    const attributionShift = assembler.attributions.length - resume.attributionStart;
    const problemShift = assembler.pronounProblems.length - resume.problemStart;
    const moved = new Map<Span, Span>();
    const move = (at: Span | null): Span | null => {
      if (!at || delta === 0) return at;
      let result = moved.get(at);
      if (!result) moved.set(at, (result = { start: at.start + delta, end: at.end + delta, text: at.text }));
      return result;
    };
    for (let i = resume.quoteStart; i < old.quotes.length; i++) {
      const quote = old.quotes[i];
      assembler.quotes.push(delta === 0 ? quote : {
        kind: quote.kind, start: quote.start + delta, end: quote.end + delta, paragraph: quote.paragraph, regions: quote.regions,
        attribution: quote.attribution, actor: quote.actor, mention: move(quote.mention), carriedFrom: move(quote.carriedFrom), cue: move(quote.cue),
        unclosed: quote.unclosed, likely: quote.likely, reported: null, reportedIndex: -1,
      });
    }
    for (let i = resume.attributionStart; i < old.attributions.length; i++) assembler.attributions.push(old.attributions[i]);
    for (let i = resume.problemStart; i < old.pronounProblems.length; i++) {
      const problem = old.pronounProblems[i];
      assembler.pronounProblems.push(delta === 0 ? problem : { ...problem, mention: move(problem.mention)!, quoteStart: problem.quoteStart + delta });
    }
    for (let i = p; i < n; i++) {
      const record = old.records[i];
      record.quoteStart += quoteShift;
      record.attributionStart += attributionShift;
      record.problemStart += problemShift;
      assembler.records.push(record);
    }
  }
  const state = assembler.state(text.length, old.registry);
  return { analysis: finish(text, state, config), state, partial: true };
}

function finish(text: string, state: AssemblyState, config: NewsdeskConfig): Analysis {
  const sorted = state.quotes.slice().sort((a, b) => a.start - b.start);
  return toAnalysis(text, state.paragraphs, sorted, state.attributions, state.pronounProblems, config);
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

function toAnalysis(
  text: string, placed: PlacedParagraph[], drafts: DraftQuote[],
  attributions: PlacedAttribution[], pronounProblems: PronounProblem[],
  config: NewsdeskConfig,
): Analysis {
  // Mentions are kept as the calls that made them; their offsets come from where the paragraphs are now.
  const starts = placed.map((paragraph) => paragraph.start);
  const positionOf = (call: RegistryCall): number => starts[call.paragraph] + call.at;
  const mentionSpan = (call: RegistryCall): Span => {
    const start = starts[call.paragraph] + call.at;
    let span = call.span;
    if (span && span.start === start) return span;
    const text = call.mention.text;
    span = call.span = { start, end: start + text.length, text };
    return span;
  };
  const firstPosition = (actor: ActorDraft): number => Math.min(actor.mentions.length ? positionOf(actor.mentions[0]) : Infinity, firstQuoteStart.get(actor) ?? Infinity);
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

  const quotes: Quote[] = drafts.map((draftQuote, index) => {
    const actor = draftQuote.actor;
    const actorId = actor ? idFor(actor) : null;
    // A quote kept from the last assembly, in the same place in the list and with the same speaker, is reported as before.
    const kept = draftQuote.reported;
    if (kept && draftQuote.reportedIndex === index && (kept.speaker?.actorId ?? null) === actorId && kept.speaker?.name === actor?.name) return kept;
    const quote: Quote = {
      id: `q${index + 1}`,
      kind: draftQuote.kind,
      start: draftQuote.start,
      end: draftQuote.end,
      text: text.slice(draftQuote.start, draftQuote.end),
      speaker: actor
        ? {
          actorId: actorId!,
          name: actor.name,
          mention: draftQuote.mention,
          ...(draftQuote.mention === null && draftQuote.carriedFrom ? { carriedFrom: draftQuote.carriedFrom } : {}),
        }
        : null,
      cue: draftQuote.cue,
      paragraph: draftQuote.paragraph,
    };
    draftQuote.reported = quote;
    draftQuote.reportedIndex = index;
    return quote;
  });

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
    .sort((a, b) => firstPosition(a) - firstPosition(b))
    .map((actor) => ({
      id: idFor(actor),
      name: actor.name,
      kind: actor.kind,
      aliases: [...actor.aliases].filter((alias) => alias !== actor.name),
      mentions: actor.mentions.map(mentionSpan).sort((a, b) => a.start - b.start),
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
