/**
 * Scores who the engine says a quote's speaker *is*, not just where the speaker's mention lies:
 * over the gold quotes the engine found, does the predicted speaker's resolved name name the same
 * entity as the hand resolution? Pure; callers read the files.
 *
 * The hand resolutions are `dev-speakers.jsonl` records (../shared/corpus/README.md): one per
 * attribution fragment whose speaker mention is a pronoun or a description. A fragment whose
 * mention is not listed holds a proper name, and that name is the answer. As the corpus README
 * says, only `person` and `organization` records with a name count: an unnamed group, an anonymous
 * source or a document has no name to get right.
 */
import { z } from 'zod';
import type { GoldLineError, GoldQuote } from './gold';
import { parseJsonLines } from './gold';
import type { PredictedQuote, Tally } from './score';
import { accuracy, isSoftMatch, matchGreedily, percent, renderTable, stripSpan } from './score';

export type ResolutionEntityKind = 'person' | 'organization' | 'group' | 'document' | 'anonymous' | 'unclear';

export interface SpeakerResolution {
  id: string;
  attributionId: string;
  part: number;
  speaker: string;
  speakerStart: number;
  resolvedName: string | null;
  entityKind: ResolutionEntityKind;
}

/** How the gold speaker is mentioned: the three rows of the resolution table. */
export type MentionClass = 'name' | 'pronoun' | 'description';
export const MENTION_CLASSES: readonly MentionClass[] = ['name', 'pronoun', 'description'];

export type ResolutionScores = Record<MentionClass, Tally>;

/** One resolution the engine got wrong, for looking at (never printed with the article's text around it). */
export interface ResolutionMiss {
  documentId: string;
  mentionClass: MentionClass;
  mention: string;
  expected: string;
  predicted: string | null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'me', 'who', 'this', 'that', 'which', 'one']);

const resolutionSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  attributionId: z.union([z.string(), z.number()]).transform(String),
  part: z.number().int().nonnegative(),
  speaker: z.string(),
  speakerStart: z.number().int().nonnegative(),
  resolvedName: z.string().nullable(),
  entityKind: z.enum(['person', 'organization', 'group', 'document', 'anonymous', 'unclear']),
});

/** Parses a resolution file (JSON Lines); invalid lines are reported by their 1-based number. */
export function parseResolutionFile(content: string): { records: SpeakerResolution[]; errors: GoldLineError[] } {
  const { values, errors } = parseJsonLines(content, (value): { value: SpeakerResolution } | { error: string } => {
    const parsed = resolutionSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { error: `${issue.path.join('.') || 'record'}: ${issue.message}` };
    }
    const { id, attributionId, part, speaker, speakerStart, resolvedName, entityKind } = parsed.data;
    return { value: { id, attributionId, part, speaker, speakerStart, resolvedName, entityKind } };
  });
  return { records: values, errors };
}

/** The resolutions of one document, keyed by `attributionId/part`. */
export function indexResolutions(records: readonly SpeakerResolution[]): Map<string, Map<string, SpeakerResolution>> {
  const byDocument = new Map<string, Map<string, SpeakerResolution>>();
  for (const record of records) {
    let forDocument = byDocument.get(record.id);
    if (!forDocument) byDocument.set(record.id, (forDocument = new Map()));
    forDocument.set(`${record.attributionId}/${record.part}`, record);
  }
  return byDocument;
}

export function emptyResolutionScores(): ResolutionScores {
  return { name: { correct: 0, total: 0 }, pronoun: { correct: 0, total: 0 }, description: { correct: 0, total: 0 } };
}

/** A name's words for comparison: lower case, no possessive, no punctuation, no article. */
function nameWords(name: string): string[] {
  const words = name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b|s'(?=\s|$)/g, (m) => (m === "'s" ? '' : 's'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && word !== 'the');
  // A suffix is no surname: "John G. Roberts Jr." and "Roberts" name the same man.
  const suffixless = words.filter((word) => !/^(jr|sr|ii|iii|iv)$/.test(word));
  return suffixless.length ? suffixless : words;
}

/**
 * Whether two names name the same entity, by the corpus README's rule: the same last word, or one
 * name's words all inside the other's ("Clinton" / "Hillary Clinton", "Clinton campaign" / "Clinton").
 */
export function sameEntity(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  if (!left.length || !right.length) return false;
  if (left.at(-1) === right.at(-1)) return true;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((word) => longer.includes(word));
}

/**
 * Whether a gold mention that holds a proper name names `name`. The mention may carry a title or an
 * apposition ("Mr. Barrett, the lawyer for the agency," names Kevin Barrett), so besides
 * `sameEntity` the name's last word may stand anywhere in the mention as a capitalised word that
 * is not a possessive ("Scott's niece, Marcia Price" does not name Scott).
 */
export function mentionNames(mention: string, name: string): boolean {
  if (sameEntity(name, mention)) return true;
  // "Joseph R. Biden Jr." is named by "Mr. Biden": the surname is the last word before a suffix.
  const surname = nameWords(name).filter((word) => !/^(jr|sr|ii|iii|iv)$/.test(word)).at(-1);
  if (!surname) return false;
  const capitalised = mention.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !/['’]s?[,.]?$/.test(word));
  return capitalised.some((word) => nameWords(word).includes(surname));
}

/**
 * Resolution accuracy of one document's predictions. `resolutions` holds the document's hand
 * resolutions (see `indexResolutions`); gold quotes without an `attributionId` (hand-made articles)
 * are keyed by their index instead, so a caller can pass resolutions for those too.
 */
export function scoreResolution(
  documentId: string,
  text: string,
  gold: readonly GoldQuote[],
  predicted: readonly PredictedQuote[],
  resolutions: ReadonlyMap<string, SpeakerResolution> | undefined,
  misses?: ResolutionMiss[],
): ResolutionScores {
  const scores = emptyResolutionScores();
  const pairs = matchGreedily(
    gold.map((quote) => stripSpan(text, quote.start, quote.end)),
    predicted.map((quote) => stripSpan(text, quote.start, quote.end)),
    isSoftMatch,
  );
  for (const [goldIndex, predictedIndex] of pairs) {
    const quote = gold[goldIndex];
    if (quote.optional || quote.speakerStart === null || quote.speakerEnd === null) continue;
    const mention = text.slice(quote.speakerStart, quote.speakerEnd);
    const resolution = resolutions?.get(`${quote.attributionId ?? goldIndex}/${quote.part ?? 0}`);
    let expected: string;
    let mentionClass: MentionClass;
    if (quote.speakerName !== undefined && quote.mentionKind !== undefined) {
      // A hand-made article says who every speaker is.
      expected = quote.speakerName;
      mentionClass = quote.mentionKind;
    } else if (resolution) {
      if (resolution.resolvedName === null || (resolution.entityKind !== 'person' && resolution.entityKind !== 'organization')) continue;
      expected = resolution.resolvedName;
      mentionClass = PRONOUNS.has(resolution.speaker.trim().toLowerCase()) ? 'pronoun' : 'description';
    } else {
      expected = mention;
      mentionClass = 'name';
    }
    const name = predicted[predictedIndex].speaker?.name ?? null;
    const right = name !== null && (mentionClass === 'name' && quote.speakerName === undefined ? mentionNames(mention, name) : sameEntity(name, expected));
    scores[mentionClass].total++;
    if (right) scores[mentionClass].correct++;
    else misses?.push({ documentId, mentionClass, mention, expected, predicted: name });
  }
  return scores;
}

export function addResolutionScores(total: ResolutionScores, part: ResolutionScores): void {
  for (const kind of MENTION_CLASSES) {
    total[kind].correct += part[kind].correct;
    total[kind].total += part[kind].total;
  }
}

/** All mention classes together. */
export function overallResolution(scores: ResolutionScores): Tally {
  return MENTION_CLASSES.reduce((sum, kind) => ({ correct: sum.correct + scores[kind].correct, total: sum.total + scores[kind].total }), { correct: 0, total: 0 });
}

/** Resolution accuracy as a plain-text table: one row per way the gold speaker is mentioned, and all of them. */
export function formatResolutionTable(scores: ResolutionScores): string {
  const row = (label: string, tally: Tally) => [label, percent(accuracy(tally)), String(tally.correct), String(tally.total)];
  return `${renderTable([
    ['Resolved speaker (right entity)', 'accuracy', 'right', 'of'],
    ...MENTION_CLASSES.map((kind) => row(kind === 'name' ? 'proper name' : kind, scores[kind])),
    row('all speakers', overallResolution(scores)),
  ])}\n`;
}
