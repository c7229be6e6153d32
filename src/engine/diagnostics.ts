// Attribution gaps an editor would flag. Findings never come from the words inside a quotation.
import type { ActorDraft } from './actors';
import type { CueForm } from './cues';
// From the document's parts, not ./document, which imports this file (through projection.ts).
import type { DraftQuote, PlacedAttribution, PlacedParagraph, PronounProblem } from './document/model';
import { unclosedRegion } from './document/regions';
import { surnameOf } from './mentions';
import type { ShouldPause } from './document/steps';
import { firstIndex, sentenceAt } from './paragraph/tokens';
import { RULES } from './rules';
import { MAX_PARAGRAPH_QUOTE_MARKS, wrongDirectionMarks } from './segment';
import type { Diagnostic, DiagnosticCode, NewsdeskConfig, Quote, Severity } from './types';

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'unattributed-quote': 'warning',
  'vague-attribution': 'warning',
  'anonymous-source': 'warning',
  'loaded-verb': 'info',
  'unbalanced-quote': 'error',
  'ambiguous-speaker': 'info',
  'unsourced-claim': 'info',
  misquote: 'warning',
  'quote-variant': 'info',
  'quote-not-found': 'warning',
};

interface Inputs {
  text: string;
  placed: PlacedParagraph[];
  drafts: DraftQuote[];
  quotes: Quote[];
  attributions: PlacedAttribution[];
  pronounProblems: PronounProblem[];
  config: NewsdeskConfig;
}

/** How a writer would refer to an actor in an added attribution: a surname for people. */
export function shortName(actor: ActorDraft): string {
  if (actor.kind === 'person') return surnameOf(actor.name);
  if (actor.kind === 'organization') return /^the\b/i.test(actor.name) || /^[A-Z]{2,}$/.test(actor.name) ? actor.name : `the ${actor.name}`;
  return actor.name;
}

/**
 * The findings, in steps an editor spreads over time slices: one pass per check, and a pause
 * asked for between passes and every few hundred items inside one (a paragraph of thousands of
 * quotation marks makes thousands of findings).
 */
export function* findingsInSteps(inputs: Inputs, shouldPause: ShouldPause): Generator<void, Diagnostic[], void> {
  const { text, placed, config } = inputs;
  let found: Diagnostic[] = [];
  const add = (code: DiagnosticCode, start: number, end: number, message: string, extra: Partial<Diagnostic> = {}): Diagnostic | undefined => {
    const setting = config.severity[code];
    if (setting === 'off') return undefined;
    const finding: Diagnostic = { code, severity: setting ?? DEFAULT_SEVERITY[code], start, end, message, ...extra };
    found.push(finding);
    return finding;
  };
  let sincePause = 0;
  const pauseDue = () => ++sincePause % ITEMS_BETWEEN_PAUSES === 0 && shouldPause();

  // Quotes with no speaker.
  for (const [index, draft] of inputs.drafts.entries()) {
    if (pauseDue()) yield;
    if (draft.kind !== 'direct' || draft.actor) continue;
    const quote = inputs.quotes[index];
    const likely = draft.likely ?? null;
    const suggestion = likely ? attributionFix(text, draft, shortName(likely)) : undefined;
    add('unattributed-quote', draft.start, draft.end,
      `This quotation has no speaker in its paragraph. Say who said it${likely ? ` (probably ${likely.name})` : ''}.`,
      { quoteId: quote.id, ...(likely ? { candidates: [likely.name] } : {}), ...(suggestion ? { suggestion } : {}) });
  }
  if (shouldPause()) yield;

  // Quotation marks that never close, and closing marks that never opened.
  const unclosedReported = new Set<number>();
  const addUnclosed = (opening: number, openMark: string, paragraph: PlacedParagraph, quoteId?: string) => {
    const closeMark = closingFor(openMark);
    const insertAt = paragraph.start + paragraph.analysis.length;
    unclosedReported.add(opening);
    add('unbalanced-quote', opening, opening + openMark.length,
      `This quotation mark ${openMark} is never closed: no ${closeMark} before the paragraph ends.`,
      { ...(quoteId ? { quoteId } : {}), suggestion: { title: `Close the quotation with ${closeMark} at the end of the paragraph`, start: insertAt, end: insertAt, text: closeMark } });
  };
  for (const [index, draft] of inputs.drafts.entries()) {
    if (pauseDue()) yield;
    // Every mark of a quote is the quote's to report (a quotation over paragraphs: at its first mark).
    for (const [qp, qr] of draft.regions) unclosedReported.add(placed[qp].start + placed[qp].analysis.regions[qr].start);
    if (!draft.unclosed) continue;
    const [p, r] = draft.regions[draft.regions.length - 1];
    const region = placed[p].analysis.regions[r];
    const opening = placed[draft.regions[0][0]].start + placed[draft.regions[0][0]].analysis.regions[draft.regions[0][1]].start;
    addUnclosed(opening, region.openMark, placed[p], inputs.quotes[index].id);
  }
  if (shouldPause()) yield;
  // An unclosed mark inside reported speech or a headline is no quote of its own, but as much a typo.
  for (const [p, paragraph] of placed.entries()) {
    for (const [r, region] of paragraph.analysis.regions.entries()) {
      if (pauseDue()) yield;
      const opening = paragraph.start + region.start;
      if (!unclosedReported.has(opening) && unclosedRegion(placed, p, r)) addUnclosed(opening, region.openMark, paragraph);
    }
  }
  if (shouldPause()) yield;
  for (const paragraph of placed) {
    if (pauseDue()) yield;
    // “ typed where ” belongs: read as the close it was meant to be, flagged on the mark with the swap.
    for (const wrong of wrongDirectionMarks(paragraph.analysis.regions)) {
      const at = paragraph.start + wrong.at;
      add('unbalanced-quote', at, at + wrong.mark.length, `This quotation mark ${wrong.mark} closes a quotation: it should be ${wrong.expected}.`,
        { suggestion: { title: `Replace ${wrong.mark} with ${wrong.expected}`, start: at, end: at + wrong.mark.length, text: wrong.expected } });
    }
    for (const stray of paragraph.analysis.strays) {
      const at = paragraph.start + stray.at;
      const message = stray.overflow
        ? `More than ${MAX_PARAGRAPH_QUOTE_MARKS} quotation marks in one paragraph: from this one on, marks are not read as quotations. Check for stray marks, or split the paragraph.`
        : `This closing quotation mark ${stray.mark} has no opening mark before it.`;
      add('unbalanced-quote', at, at + stray.mark.length, message);
    }
  }
  if (shouldPause()) yield;

  // Sources: vague, anonymous, loaded verbs. Vague spans are kept by paragraph (a span never leaves
  // its paragraph), so checking a phrase against them reads one paragraph's, not the article's.
  const vagueSpans = new SpansByParagraph();
  const addVague = (p: number, start: number, end: number) => {
    vagueSpans.add(p, start, end);
    add('vague-attribution', start, end, `Vague sourcing: "${text.slice(start, end)}". Who, exactly? Name the source or cut the claim.`);
  };
  const anonymousParagraph = new Map<Diagnostic, number>();
  const flaggedAnonymous = new Set<ActorDraft>();
  for (const { attribution, paragraph: p, actor } of inputs.attributions) {
    if (pauseDue()) yield;
    const base = placed[p].start;
    const speaker = attribution.speaker;
    // "Critics say", and a group sourced vaguely ("Some parents believe", "Critics of the plan argue"):
    // from the source to the cue, or over both when the cue comes first ("argue critics").
    if (speaker.kind === 'vague' || speaker.vague === true) {
      const { cue } = attribution;
      const sourceFirst = speaker.start < cue.start;
      addVague(p, base + Math.min(speaker.start, cue.start), base + (sourceFirst ? cue.end : Math.max(speaker.end, cue.end)));
    }
    if (speaker.kind === 'anonymous' && actor && actor.kind === 'anonymous' && !flaggedAnonymous.has(actor)) {
      flaggedAnonymous.add(actor);
      const reasons = placed[p].analysis.anonymityReasonSentences;
      const explained = reasons.some((s) => Math.abs(s - attribution.sentence) <= 1);
      if (!explained) {
        const start = base + speaker.start;
        const end = base + speaker.end;
        const phrase = text.slice(start, end);
        const finding = add('anonymous-source', start, end,
          `Anonymous source "${phrase}" with no reason given for anonymity. Say why the source was not named, or name them.`,
          { suggestion: { title: `Add ", who spoke on condition of anonymity because [reason]," after "${phrase}"`, start: end, end, text: ', who spoke on condition of anonymity because [reason],' } });
        if (finding) anonymousParagraph.set(finding, p);
      }
    }
    const form = attribution.cueForm;
    if (form?.loaded) {
      const start = base + attribution.cue.start;
      const verbEnd = start + (text.slice(start).match(/^[\p{L}’']+/u)?.[0].length ?? 0);
      const verb = text.slice(start, verbEnd);
      const neutral = NEUTRAL_SAY[form.form];
      const replacement = /^\p{Lu}/u.test(verb) ? neutral[0].toUpperCase() + neutral.slice(1) : neutral;
      // "denied that X" and "said that X" mean opposite things: no one-click fix there.
      const safe = form.lemma !== 'deny';
      add('loaded-verb', start, verbEnd,
        `"${verb}" carries a judgement about the speaker; "${neutral}" is neutral.`,
        safe ? { suggestion: { title: `Replace "${verb}" with "${replacement}"`, start, end: verbEnd, text: replacement } } : {});
    }
  }
  if (shouldPause()) yield;

  // Vague phrases that are not attributions of a quote ("it is believed", the newsroom's own list).
  for (const [p, paragraph] of placed.entries()) {
    if (pauseDue()) yield;
    for (const hit of paragraph.analysis.vagueHits) {
      const start = paragraph.start + hit.start;
      const end = paragraph.start + hit.end;
      if (!vagueSpans.overlaps(p, start, end)) addVague(p, start, end);
    }
  }

  // One finding per phrase: "Many people think" is vague sourcing, not also an anonymous "people".
  if (anonymousParagraph.size) {
    found = found.filter((finding) => {
      const p = anonymousParagraph.get(finding);
      return p === undefined || !vagueSpans.overlaps(p, finding.start, finding.end);
    });
  }
  if (shouldPause()) yield;

  // Pronouns that could mean two people, or nobody.
  for (const problem of inputs.pronounProblems) {
    if (pauseDue()) yield;
    const pronoun = problem.mention.text;
    if (problem.unresolved) {
      add('ambiguous-speaker', problem.mention.start, problem.mention.end, `"${pronoun}" has no one to refer to: name the speaker.`);
    } else if (problem.rivals.length && problem.chosen) {
      const names = [problem.chosen, ...problem.rivals].map((a) => a.name);
      const name = shortName(problem.chosen);
      add('ambiguous-speaker', problem.mention.start, problem.mention.end,
        `"${pronoun}" could be ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}: name the speaker.`,
        { candidates: names, suggestion: { title: `Replace "${pronoun}" with "${name}"`, start: problem.mention.start, end: problem.mention.end, text: name } });
    }
  }
  if (shouldPause()) yield;

  // Figures and forecasts stated as fact with no source nearby.
  for (const paragraph of placed) {
    if (pauseDue()) yield;
    for (const hit of paragraph.analysis.claimHits) {
      const start = paragraph.start + hit.start;
      const end = paragraph.start + hit.end;
      add('unsourced-claim', start, end, `"${text.slice(start, end)}" is stated as fact with no source in this sentence or the one before. Who says so?`);
    }
  }
  if (shouldPause()) yield;

  const kept = applySuppressions(text, placed, found);
  if (shouldPause()) yield;
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || codeRank(a.code) - codeRank(b.code));
}

/**
 * Findings at the same span are ordered by code, in `localeCompare`'s order, worked out once: asked
 * in the comparator it cost ~90 ms on 16,000 findings (an unclosed mark and its unattributed quote tie).
 */
const CODE_RANKS = new Map(Object.keys(RULES).sort((a, b) => a.localeCompare(b)).map((code, rank) => [code, rank]));
const codeRank = (code: string): number => CODE_RANKS.get(code) ?? CODE_RANKS.size;

/** "said" in the loaded verb's own form: "claims" becomes "says", "claiming" "saying". */
const NEUTRAL_SAY: Readonly<Record<CueForm['form'], string>> = { base: 'say', present: 'says', past: 'said', gerund: 'saying' };

/** How many items a pass handles before it asks whether to pause (asking reads the clock). */
const ITEMS_BETWEEN_PAUSES = 64;

/** Spans kept by paragraph, for overlap checks within one paragraph. */
class SpansByParagraph {
  private readonly spans = new Map<number, Array<[number, number]>>();

  add(paragraph: number, start: number, end: number): void {
    const list = this.spans.get(paragraph);
    if (list) list.push([start, end]);
    else this.spans.set(paragraph, [[start, end]]);
  }

  overlaps(paragraph: number, start: number, end: number): boolean {
    return this.spans.get(paragraph)?.some(([s, e]) => s < end && start < e) ?? false;
  }
}

/**
 * Writers silence findings in the text itself, the same for the editor and the CLI:
 * `<!-- newsdesk-disable loaded-verb -->` anywhere turns a check off for the file;
 * `<!-- newsdesk-ignore unattributed-quote -->` ignores it in the next paragraph (or in its own
 * paragraph when it sits inside one). `all` stands for every check.
 */
export const SUPPRESSION_PATTERN = /<!--\s*newsdesk-(disable|ignore)\s+([a-z\s,-]+?)\s*-->/g;

function applySuppressions(text: string, placed: readonly PlacedParagraph[], found: Diagnostic[]): Diagnostic[] {
  if (!found.length || text.indexOf('newsdesk-') === -1) return found;
  const disabled = new Set<string>();
  // The codes ignored in each paragraph; paragraphs are found by halving (they are in text order).
  const ignored = new Map<PlacedParagraph, Set<string>>();
  // The search that finds a sentence by offset finds a paragraph as well.
  const paragraphAt = (at: number): PlacedParagraph | undefined => placed[sentenceAt(placed, at)];
  for (const match of text.matchAll(SUPPRESSION_PATTERN)) {
    const codes = match[2].split(/[\s,]+/).filter(Boolean);
    if (match[1] === 'disable') {
      for (const code of codes) disabled.add(code);
      continue;
    }
    const at = match.index ?? 0;
    // Inside a paragraph it applies there; on a line of its own (not an article paragraph), to the next one.
    const target = paragraphAt(at) ?? placed[firstIndex(placed, (p) => p.start > at)];
    if (!target) continue;
    const codesThere = ignored.get(target) ?? new Set<string>();
    for (const code of codes) codesThere.add(code);
    ignored.set(target, codesThere);
  }
  const silenced = (d: Diagnostic, codes: ReadonlySet<string> | undefined) => !!codes && (codes.has(d.code) || codes.has('all'));
  return found.filter((d) => {
    if (silenced(d, disabled)) return false;
    const paragraph = ignored.size ? paragraphAt(d.start) : undefined;
    return !paragraph || !silenced(d, ignored.get(paragraph));
  });
}

/** The mark that closes each opening mark; a straight mark closes itself. */
const CLOSING_MARKS: Readonly<Record<string, string>> = { '“': '”', '„': '“', '«': '»', '‹': '›', '‘': '’', '``': "''" };

function closingFor(open: string): string {
  return CLOSING_MARKS[open] ?? open;
}

/**
 * `"Quote."` becomes `"Quote," Truss said.` when the quotation ends its sentence, else the
 * attribution follows it; also used when a transcript names the speaker.
 */
export function attributionFix(text: string, draft: { start: number; end: number }, name: string): Diagnostic['suggestion'] | undefined {
  const closing = text.slice(draft.start, draft.end).match(/([.?!,]?)(["”’'»]+)$/u);
  if (!closing) return undefined;
  const after = text.slice(draft.end, draft.end + 2);
  if (after.length && !/^\s|^$/.test(after[0]) && after[0] !== '\n') return undefined;
  const punctuation = closing[1];
  const marks = closing[2];
  const punctuationAt = draft.end - marks.length - punctuation.length;
  if (punctuation === '.' || punctuation === ',' || punctuation === '') {
    return { title: `Add ", ${name} said."`, start: punctuationAt, end: draft.end, text: `,${marks} ${name} said.` };
  }
  return { title: `Add "${name} said." after the quotation`, start: draft.end, end: draft.end, text: ` ${name} said.` };
}
