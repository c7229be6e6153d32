// The projection of an assembly into the public `Analysis`: actors given ids and ordered, quotes
// numbered (a quote kept from the last assembly is reported as the same object), the findings.
import type { ActorDraft, RegistryCall } from '../actors';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon';
import { ORGANIZATION_DESCRIPTIONS, organizationFits } from '../entities';
import { findingsInSteps } from '../diagnostics';
import type { ParagraphAnalysis } from '../paragraph';
import type { Actor, Analysis, NewsdeskConfig, Paragraph, Quote, Span } from '../types';
import type { AssemblyState, DraftQuote, PlacedAttribution, PlacedParagraph, PronounProblem } from './model';
import type { ShouldPause } from './steps';

/** How often the paragraphs' projection asks whether to pause (a paragraph is quick; a clock read is not free). */
const PARAGRAPHS_BETWEEN_PAUSES = 64;

/** Actor ids keep at most this many characters of the name (ids are for links and SARIF, not reading). */
const MAX_SLUG_LENGTH = 40;
/** The remembered slugs are forgotten past this many names, so a long-running host does not grow without bound. */
const MAX_REMEMBERED_SLUGS = 10_000;
const slugs = new Map<string, string>();
/** A name as an id part ("James Cleverly" -> "james-cleverly"), remembered: actor ids are made on every analysis. */
function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = name.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, MAX_SLUG_LENGTH) || 'actor';
    if (slugs.size > MAX_REMEMBERED_SLUGS) slugs.clear();
    slugs.set(name, slug);
  }
  return slug;
}

/**
 * The public analysis made from an assembly's state, pausing between its parts (quotes, actors,
 * paragraphs, findings) when `shouldPause` says so.
 */
export function* finishInSteps(text: string, state: AssemblyState, config: NewsdeskConfig, shouldPause: ShouldPause): Generator<void, Analysis, void> {
  const sorted = state.quotes.slice().sort((a, b) => a.start - b.start);
  return yield* toAnalysis(text, state.paragraphs, sorted, state.attributions, state.pronounProblems, config, shouldPause);
}

function* toAnalysis(
  text: string, placed: PlacedParagraph[], drafts: DraftQuote[],
  attributions: PlacedAttribution[], pronounProblems: PronounProblem[],
  config: NewsdeskConfig, shouldPause: ShouldPause,
): Generator<void, Analysis, void> {
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

  const joined = headlineJoins(placed, drafts);
  roleJoins(drafts, joined);
  const speakerOf = (draftQuote: DraftQuote): ActorDraft | null => (draftQuote.actor && joined.get(draftQuote.actor)) ?? draftQuote.actor;
  // The index of each first piece of a split statement, for its second piece's `continues`.
  const pieceIndex = new Map<DraftQuote, number>();
  for (const draftQuote of drafts) if (draftQuote.continues) pieceIndex.set(draftQuote.continues, -1);
  if (pieceIndex.size) drafts.forEach((draftQuote, index) => {
    if (pieceIndex.has(draftQuote)) pieceIndex.set(draftQuote, index);
  });
  const quotes: Quote[] = drafts.map((draftQuote, index) => {
    const actor = speakerOf(draftQuote);
    const actorId = actor ? idFor(actor) : null;
    const firstPiece = draftQuote.continues ? pieceIndex.get(draftQuote.continues) ?? -1 : -1;
    const continues = firstPiece >= 0 ? `q${firstPiece + 1}` : undefined;
    // A quote kept from the last assembly, in the same place in the list and with the same speaker, is reported as before.
    const kept = draftQuote.reported;
    if (kept && draftQuote.reportedIndex === index && (kept.speaker?.actorId ?? null) === actorId && kept.speaker?.name === actor?.name && kept.continues === continues) return kept;
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
      ...(continues ? { continues } : {}),
    };
    draftQuote.reported = quote;
    draftQuote.reportedIndex = index;
    return quote;
  });

  if (shouldPause()) yield;
  const quotesByActor = new Map<ActorDraft, string[]>();
  const firstQuoteStart = new Map<ActorDraft, number>();
  for (const draftQuote of drafts) {
    const actor = speakerOf(draftQuote);
    if (actor && !firstQuoteStart.has(actor)) firstQuoteStart.set(actor, draftQuote.start);
  }
  drafts.forEach((draftQuote, index) => {
    const actor = speakerOf(draftQuote);
    if (!actor) return;
    const list = quotesByActor.get(actor) ?? [];
    list.push(quotes[index].id);
    quotesByActor.set(actor, list);
  });
  // A joined headline speaker's mentions are its body's.
  const mentionsOf = (actor: ActorDraft): RegistryCall[] => {
    const calls = actor.mentions.slice();
    for (const [from, to] of joined) if (to === actor) calls.push(...from.mentions);
    return calls;
  };
  const actors: Actor[] = [...quotesByActor.keys()]
    .sort((a, b) => firstPosition(a) - firstPosition(b))
    .map((actor) => ({
      id: idFor(actor),
      name: actor.name,
      kind: actor.kind,
      aliases: [...actor.aliases].filter((alias) => alias !== actor.name),
      mentions: (joined.size ? mentionsOf(actor) : actor.mentions).map(mentionSpan).sort((a, b) => a.start - b.start),
      quoteIds: quotesByActor.get(actor)!,
      ...(actor.role ? { role: actor.role } : {}),
      ...(actor.gender ? { gender: actor.gender } : {}),
      ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
    }));

  if (shouldPause()) yield;
  const paragraphs: Paragraph[] = [];
  for (const { start, analysis } of placed) {
    paragraphs.push(placedParagraph(analysis, start));
    if (paragraphs.length % PARAGRAPHS_BETWEEN_PAUSES === 0 && shouldPause()) yield;
  }

  if (shouldPause()) yield;
  const diagnostics = yield* findingsInSteps({ text, placed, drafts, quotes, attributions, pronounProblems, config }, shouldPause);
  return { length: text.length, paragraphs, quotes, actors, diagnostics };
}

/** A speaker's name or alias as a key: lower case, no article. */
function descriptionKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}

/**
 * Speakers named in a headline by a description in title case ("…, Hospital Group Says") joined to
 * the one speaker of the body the story calls so ("Cascade Valley Health will close…, the hospital
 * group said"). A headline is resolved before any name in the body, so the join is made here, once
 * every paragraph has been read; a description that two speakers share stays apart.
 */
function headlineJoins(placed: readonly PlacedParagraph[], drafts: readonly DraftQuote[]): Map<ActorDraft, ActorDraft> {
  const joins = new Map<ActorDraft, ActorDraft>();
  const inHeadline = new Set<ActorDraft>();
  const inBody = new Set<ActorDraft>();
  for (const draftQuote of drafts) {
    if (!draftQuote.actor) continue;
    (placed[draftQuote.paragraph]?.analysis.role === 'headline' ? inHeadline : inBody).add(draftQuote.actor);
  }
  for (const actor of inBody) inHeadline.delete(actor);
  if (inHeadline.size === 0) return joins;
  const byDescription = new Map<string, ActorDraft | null>();
  for (const actor of inBody) {
    for (const alias of actor.aliases) {
      // Only what the body calls it in lower case ("the hospital group"): a description, not a name.
      if (!/^(the\s+)?\p{Ll}/u.test(alias)) continue;
      const key = descriptionKey(alias);
      const known = byDescription.get(key);
      byDescription.set(key, known === undefined || known === actor ? actor : null);
    }
  }
  for (const actor of inHeadline) {
    const body = byDescription.get(descriptionKey(actor.name));
    if (body && body.kind === actor.kind) joins.set(actor, body);
  }
  return joins;
}

/** Whether a word is a title or a role ("Chief", "police", "chief"), not part of a proper name. */
function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || ROLE_NOUNS.has(lower);
}

/**
 * Speakers known only by a role ("the city's police chief", a headline's "Chief") joined to the one
 * named speaker whose title is that role ("Chief Raymond Oduya"), when the story names exactly one:
 * the role came before the name, so the registry could not tell them together while reading. So too
 * a body known only by what it is ("the union") and the one named body that fits it ("the Oregon
 * Nurses Alliance").
 */
function roleJoins(drafts: readonly DraftQuote[], joins: Map<ActorDraft, ActorDraft>): void {
  const speakers = new Set<ActorDraft>();
  for (const draftQuote of drafts) if (draftQuote.actor && !joins.has(draftQuote.actor)) speakers.add(draftQuote.actor);
  const named: ActorDraft[] = [];
  const unnamed: Array<{ actor: ActorDraft; head: string }> = [];
  const bodies: ActorDraft[] = [];
  const describedBodies: Array<{ actor: ActorDraft; head: string }> = [];
  for (const actor of speakers) {
    if (actor.kind === 'organization') {
      // "the union", a headline's "Union": a body known only by what it is, for the one named body that fits.
      const words = actor.name.replace(/^the\s+/i, '').split(/\s+/);
      const head = words[0].toLowerCase();
      // Only when every mention is the bare description: "the campaign of the former senator…" says whose.
      const bare = actor.mentions.every((call) => call.mention.text.replace(/^the\s+/i, '').toLowerCase() === head);
      if (words.length === 1 && bare && ORGANIZATION_DESCRIPTIONS[head] && !ORGANIZATION_DESCRIPTIONS[head].generic) describedBodies.push({ actor, head });
      else if (words.length > 1 && /^\p{Lu}/u.test(words[0])) bodies.push(actor);
      continue;
    }
    if (actor.kind !== 'person' || actor.plural) continue;
    const words = actor.name.replace(/^(the|a|an)\s+/i, '').split(/\s+/);
    const proper = words.some((word) => /^\p{Lu}/u.test(word) && !isRoleWord(word));
    if (proper) {
      if (actor.role) named.push(actor);
    } else {
      const head = words[words.length - 1].toLowerCase();
      // "the former doctor", "Former White House Doctor": many people held a role once.
      if (ROLE_NOUNS.has(head) && !FORMER.test(actor.name)) unnamed.push({ actor, head });
    }
  }
  for (const { actor, head } of describedBodies) {
    const fitting = bodies.filter((body) => organizationFits(body.name, head));
    if (fitting.length === 1) joins.set(actor, fitting[0]);
  }
  for (const { actor, head } of unnamed) {
    // Nor does "a former candidate for governor" hold the role "the candidate" names.
    const holders = named.filter((person) => roleHead(person.role!) === head && !FORMER.test(person.role!));
    if (holders.length === 1) joins.set(actor, holders[0]);
  }
}

/** Words that put a role in the past. */
const FORMER = /\b(former|ex|onetime|one-time|then|retired|late)\b/i;

/** The head of a role: its last word before "of", "for", "at", "in" or "from" ("Chief" -> "chief", "secretary of state" -> "secretary"). */
function roleHead(role: string): string {
  return role.split(/\s+(?:of|for|at|in|from)\s+/i)[0].trim().split(/\s+/).pop()!.toLowerCase();
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
