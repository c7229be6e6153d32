// What every analysis must satisfy whatever the text: hosts turn these offsets into editor ranges
// and follow these ids without checking them again.
import { DIAGNOSTIC_CODES } from '../../src/engine/types';
import type { Analysis } from '../../src/engine/types';

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
const ROLES = new Set(['headline', 'subhead', 'dateline', 'byline', 'credit', 'body']);
const KINDS = new Set(['direct', 'partial', 'mixed', 'indirect']);
const CODES = new Set<string>(DIAGNOSTIC_CODES);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Problems with `analysis` as an analysis of `text`; at most `limit` of them, empty when sound. */
export function checkInvariants(analysis: Analysis, text: string, limit = 20): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);

  /** A range within the text that does not cut an emoji or other astral character in half. */
  const range = (what: string, start: unknown, end: unknown): boolean => {
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      add(`${what}: offsets ${String(start)}, ${String(end)} are not integers`);
      return false;
    }
    const s = start as number;
    const e = end as number;
    if (s < 0 || e > text.length || s > e) {
      add(`${what}: [${s}, ${e}) is not within [0, ${text.length}] with start <= end`);
      return false;
    }
    for (const edge of [s, e]) {
      if (edge > 0 && edge < text.length && isHigh(text.charCodeAt(edge - 1)) && isLow(text.charCodeAt(edge))) {
        add(`${what}: [${s}, ${e}) splits a surrogate pair at ${edge}`);
      }
    }
    return true;
  };
  const span = (what: string, sp: { start: number; end: number; text: string }) => {
    if (range(what, sp.start, sp.end) && sp.text !== text.slice(sp.start, sp.end)) {
      add(`${what}: text ${show(sp.text)} is not the text at [${sp.start}, ${sp.end}): ${show(text.slice(sp.start, sp.end))}`);
    }
  };

  if (analysis.length !== text.length) add(`length ${analysis.length} is not the text's length ${text.length}`);

  let previousEnd = 0;
  analysis.paragraphs.forEach((p, i) => {
    if (!range(`paragraph ${i}`, p.start, p.end)) return;
    if (p.start < previousEnd) add(`paragraph ${i} [${p.start}, ${p.end}) overlaps or precedes the one before (ends ${previousEnd})`);
    previousEnd = p.end;
    if (!ROLES.has(p.role)) add(`paragraph ${i}: unknown role ${String(p.role)}`);
    let sentenceEnd = p.start;
    p.sentences.forEach((s, j) => {
      if (!range(`paragraph ${i} sentence ${j}`, s.start, s.end)) return;
      if (s.start < p.start || s.end > p.end) add(`paragraph ${i} sentence ${j} [${s.start}, ${s.end}) is outside its paragraph [${p.start}, ${p.end})`);
      if (s.start < sentenceEnd) add(`paragraph ${i} sentence ${j} [${s.start}, ${s.end}) overlaps the sentence before`);
      sentenceEnd = s.end;
    });
  });

  const quoteIds = new Set<string>();
  const actorIds = new Set(analysis.actors.map((a) => a.id));
  if (actorIds.size !== analysis.actors.length) add('actor ids are not unique');
  for (const q of analysis.quotes) {
    const what = `quote ${q.id}`;
    if (quoteIds.has(q.id)) add(`${what}: id is not unique`);
    quoteIds.add(q.id);
    if (!KINDS.has(q.kind)) add(`${what}: unknown kind ${String(q.kind)}`);
    span(what, q);
    if (q.cue) span(`${what} cue`, q.cue);
    if (q.speaker) {
      if (!actorIds.has(q.speaker.actorId)) add(`${what}: speaker's actor ${q.speaker.actorId} is not among the actors`);
      if (q.speaker.mention) span(`${what} speaker mention`, q.speaker.mention);
      if (q.speaker.carriedFrom) span(`${what} speaker carried from`, q.speaker.carriedFrom);
    }
    const p = analysis.paragraphs[q.paragraph];
    if (!Number.isInteger(q.paragraph) || !p) add(`${what}: paragraph ${q.paragraph} is not an index into the ${analysis.paragraphs.length} paragraphs`);
    else if (q.start < p.start || q.start > p.end) add(`${what}: starts at ${q.start}, outside its paragraph ${q.paragraph} [${p.start}, ${p.end})`);
  }
  for (const a of analysis.actors) {
    a.mentions.forEach((m, i) => span(`actor ${a.id} mention ${i}`, m));
    for (const id of a.quoteIds) if (!quoteIds.has(id)) add(`actor ${a.id}: quote ${id} is not among the quotes`);
  }
  analysis.diagnostics.forEach((d, i) => {
    const what = `diagnostic ${i} (${d.code})`;
    if (!CODES.has(d.code)) add(`${what}: unknown code`);
    if (!SEVERITIES.has(d.severity)) add(`${what}: unknown severity ${String(d.severity)}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') add(`${what}: empty message`);
    range(what, d.start, d.end);
    if (d.quoteId !== undefined && !quoteIds.has(d.quoteId)) add(`${what}: quote ${d.quoteId} is not among the quotes`);
    // A suggestion's text is the replacement, not the text it replaces: only its range is checked.
    if (d.suggestion) {
      range(`${what} suggestion`, d.suggestion.start, d.suggestion.end);
      if (typeof d.suggestion.text !== 'string' || !d.suggestion.title) add(`${what}: suggestion without text or title`);
    }
  });
  return problems;
}
