// Reads gold annotations: the PolNeAR JSONL conversion and the hand-made `*.gold.json` articles
// described in ../shared/corpus/README.md. Pure: callers read the files.
import { z } from 'zod';

/**
 * `partial` and `headline` (a quotation used as a subhead) only occur in the hand-made articles;
 * PolNeAR labels any span inside quotation marks `direct`.
 */
export type GoldKind = 'direct' | 'partial' | 'headline' | 'mixed' | 'indirect';

export interface GoldQuote {
  start: number;
  end: number;
  kind: GoldKind;
  /** The speaker's mention in the text; null where the sentence names no one (a continued quote). */
  speakerStart: number | null;
  speakerEnd: number | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** A belief or perception that a good engine may or may not report: never counted for or against it. */
  optional?: boolean;
  /** PolNeAR's attribution id and the fragment's index in it: the key of a hand resolution (`dev-speakers.jsonl`). */
  attributionId?: string;
  part?: number;
  /** Hand-made articles: who the speaker is, and how the text mentions them (name, pronoun, description). */
  speakerName?: string;
  mentionKind?: 'name' | 'pronoun' | 'description';
}

export interface GoldDocument {
  id: string;
  text: string;
  quotes: GoldQuote[];
  /** `meta.split` in PolNeAR (train, dev). */
  split?: string;
}

export interface GoldLineError {
  /** 1-based line of the JSONL input (1 for a single JSON document). */
  line: number;
  message: string;
}

const offset = z.number().int().nonnegative();

const goldQuoteSchema = z.looseObject({
  start: offset,
  end: offset,
  text: z.string().optional(),
  kind: z.enum(['direct', 'partial', 'headline', 'mixed', 'indirect']),
  speakerStart: offset.nullable().optional(),
  speakerEnd: offset.nullable().optional(),
  cueStart: offset.nullable().optional(),
  cueEnd: offset.nullable().optional(),
  optional: z.boolean().optional(),
  attributionId: z.union([z.string(), z.number()]).transform(String).optional(),
  part: z.number().int().nonnegative().optional(),
  speakerName: z.string().nullable().optional(),
  mentionKind: z.enum(['name', 'pronoun', 'description']).nullable().optional(),
});

const goldDocumentSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  quotes: z.array(goldQuoteSchema),
  meta: z.looseObject({ split: z.string().optional() }).optional(),
});

/** Validates one gold document, including that every span lies inside its text. */
export function parseGoldDocument(value: unknown): { document: GoldDocument } | { error: string } {
  const result = goldDocumentSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    return { error: `${where ? `${where}: ` : ''}${issue.message}` };
  }
  const { id, text, quotes, meta } = result.data;
  const goldQuotes: GoldQuote[] = [];
  for (const [index, quote] of quotes.entries()) {
    const problem = checkQuoteSpans(quote, text);
    if (problem) return { error: `document ${JSON.stringify(id)}: quotes[${index}]: ${problem}` };
    const goldQuote: GoldQuote = {
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      speakerStart: quote.speakerStart ?? null,
      speakerEnd: quote.speakerEnd ?? null,
      cueStart: quote.cueStart ?? null,
      cueEnd: quote.cueEnd ?? null,
    };
    if (quote.optional) goldQuote.optional = true;
    if (quote.attributionId !== undefined) goldQuote.attributionId = quote.attributionId;
    if (quote.part !== undefined) goldQuote.part = quote.part;
    if (typeof quote.speakerName === 'string' && quote.mentionKind) {
      goldQuote.speakerName = quote.speakerName;
      goldQuote.mentionKind = quote.mentionKind;
    }
    goldQuotes.push(goldQuote);
  }
  const document: GoldDocument = { id, text, quotes: goldQuotes };
  if (meta?.split !== undefined) document.split = meta.split;
  return { document };
}

function checkQuoteSpans(quote: z.infer<typeof goldQuoteSchema>, text: string): string | undefined {
  const spans: [string, number | null | undefined, number | null | undefined][] = [
    ['', quote.start, quote.end],
    ['speaker', quote.speakerStart, quote.speakerEnd],
    ['cue', quote.cueStart, quote.cueEnd],
  ];
  for (const [name, start, end] of spans) {
    const label = name ? `${name}Start/${name}End` : 'start/end';
    if ((start ?? null) === null && (end ?? null) === null && name) continue;
    if (start === null || start === undefined || end === null || end === undefined) return `${label}: one is set and the other is not`;
    if (start > end || end > text.length) return `${label}: [${start}, ${end}) is not a span of the ${text.length}-character text`;
  }
  if (quote.text !== undefined && text.slice(quote.start, quote.end) !== quote.text) return 'text differs from the document text at [start, end)';
  return undefined;
}

/**
 * Parses a whole gold file: JSON Lines (one document a line, blank lines ignored), or, when the
 * content is a single JSON object or array, that document or those documents.
 */
export function parseGoldFile(content: string): { documents: GoldDocument[]; errors: GoldLineError[] } {
  const documents: GoldDocument[] = [];
  const errors: GoldLineError[] = [];
  const whole = parseWholeJson(content);
  if (whole !== undefined) {
    for (const [index, value] of (Array.isArray(whole) ? whole : [whole]).entries()) {
      const parsed = parseGoldDocument(value);
      if ('error' in parsed) errors.push({ line: 1, message: Array.isArray(whole) ? `[${index}]: ${parsed.error}` : parsed.error });
      else documents.push(parsed.document);
    }
    return { documents, errors };
  }
  const lines = parseJsonLines(content, (value) => {
    const parsed = parseGoldDocument(value);
    return 'error' in parsed ? parsed : { value: parsed.document };
  });
  documents.push(...lines.values);
  errors.push(...lines.errors);
  return { documents, errors };
}

/** JSON Lines (blank lines ignored), each line checked by `parse`; errors by 1-based line number. */
export function parseJsonLines<T>(content: string, parse: (value: unknown) => { value: T } | { error: string }): { values: T[]; errors: GoldLineError[] } {
  const values: T[] = [];
  const errors: GoldLineError[] = [];
  for (const [index, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push({ line: index + 1, message: `invalid JSON (${(error as Error).message})` });
      continue;
    }
    const parsed = parse(value);
    if ('error' in parsed) errors.push({ line: index + 1, message: parsed.error });
    else values.push(parsed.value);
  }
  return { values, errors };
}

/** The value of content that is one pretty-printed JSON document (not JSON Lines), else undefined. */
function parseWholeJson(content: string): unknown {
  const trimmed = content.trim();
  // A JSONL file with one line parses whole too, and means the same thing.
  if (!trimmed.startsWith('[') && !(trimmed.startsWith('{') && trimmed.includes('\n'))) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}
