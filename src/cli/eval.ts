// `newsdesk eval`: measure the engine against a hand-annotated corpus. Document texts stay in memory;
// nothing of them is printed or written, since the corpus may not be redistributed.
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../engine/config';
import { ruleIds } from '../engine/index';
import type { NewsdeskConfig } from '../engine/types';
import type { GoldDocument, GoldLineError } from '../eval/gold';
import { parseGoldFile } from '../eval/gold';
import type { PredictedQuote, Scores } from '../eval/score';
import { accuracy, aggregateScores, formatScoreTable, ratios, scoreDocument } from '../eval/score';
import type { ResolutionMiss, ResolutionScores, SpeakerResolution } from '../eval/resolution';
import {
  formatResolutionTable, addResolutionScores, emptyResolutionScores, indexResolutions, overallResolution, parseResolutionFile, scoreResolution,
} from '../eval/resolution';
import { parseCommandLine, positiveInteger } from './args';
import { analyzeArticle } from './engine';
import { CliError, EXIT_FINDINGS, EXIT_OK, UsageError, describeFileError, errorMessage } from './errors';
import { displayPath, formatInputProblem, loadConfigFile, readRegularFile } from './files';
import { plural } from './format';
import { writeStderr, writeStdout } from './output';
import { TOOL_VERSION } from './version';

export const EVAL_HELP = `Usage: newsdesk eval [options] GOLD...

Runs the engine on every document of a gold corpus and scores its quotes: direct-quote and
all-attribution precision, recall and F1 (soft and exact span matches), speaker and cue
accuracy on matched quotes, and analysis time (after one warm-up run).

Each GOLD is JSON Lines, one document per line ({"id", "text", "quotes", "meta"}, as in
shared/corpus/polnear), or one JSON document such as an article's .gold.json.

Options:
  --split NAME   Only documents whose meta.split is NAME (train, dev).
  --limit N      Only the first N documents (after --split).
  --json         Print the scores and timing as JSON.
  --config PATH  Analyse with this configuration (default: none, so that scores are
                 reproducible wherever the corpus lies).
  --speakers PATH
                 Hand resolutions of pronoun and description speakers (JSON Lines, as
                 shared/corpus/polnear/dev-speakers.jsonl): also print resolution accuracy
                 (is the predicted speaker the right person or organisation?) by mention
                 kind: proper name, pronoun, description.
  --resolved-only
                 With --speakers: score resolution only in the documents that the file
                 resolves (for a file that covers part of a corpus).
  --misses       With --speakers: list each wrong resolution (mention, expected and
                 predicted name) on standard error.
  --without IDS  Switch off these engine rules (comma-separated ids: attribution
                 patterns, rules at a cue and content boundaries), to measure what
                 each is worth.
                 A wrong id is refused with the list of ids.
  -h, --help     Show this help.

Exit codes:
  0  scored
  1  the engine failed on some documents (scored as finding nothing)
  2  bad usage, or a gold file that cannot be read or has invalid lines
`;

/** Invalid gold lines shown before giving up; the rest are counted. */
const MAX_GOLD_ERRORS_SHOWN = 10;

export interface EvalOptions {
  goldPaths: string[];
  split?: string;
  limit?: number;
  json: boolean;
  configPath?: string;
  speakersPath?: string;
  misses: boolean;
  resolvedOnly: boolean;
  /** Engine rule ids switched off (`--without`). */
  without: string[];
}

export function parseEvalArgs(args: string[]): EvalOptions | 'help' {
  const { values, positionals } = parseCommandLine('eval', args, {
    split: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    config: { type: 'string' },
    speakers: { type: 'string' },
    misses: { type: 'boolean' },
    'resolved-only': { type: 'boolean' },
    without: { type: 'string' },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('eval', 'name the gold file');
  return {
    goldPaths: positionals,
    split: values.split,
    limit: values.limit === undefined ? undefined : positiveInteger('eval', '--limit', values.limit),
    json: values.json === true,
    configPath: values.config,
    speakersPath: values.speakers,
    misses: values.misses === true,
    resolvedOnly: values['resolved-only'] === true,
    without: values.without === undefined ? [] : ruleIdList(values.without),
  };
}

/** `--without a,b`: known rule ids only, so that a typo never measures the engine unchanged. */
function ruleIdList(value: string): string[] {
  const known = ruleIds();
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !known.includes(id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new UsageError('eval', `--without: ${ids.length === 0 ? 'name at least one rule' : `no rule ${unknown.map((id) => JSON.stringify(id)).join(', ')}`}; the rules are ${known.join(', ')}`);
  }
  return ids;
}

interface Timing {
  totalMs: number;
  meanMs: number;
  medianMs: number;
  slowest: { id: string; ms: number } | null;
  characters: number;
  charactersPerSecond: number | null;
}

export async function runEval(options: EvalOptions): Promise<number> {
  const cwd = process.cwd();
  const goldPaths = options.goldPaths.map((goldPath) => path.resolve(cwd, goldPath));
  const shownGold = goldPaths.map((goldPath) => displayPath(goldPath, cwd)).join(', ');

  let config: NewsdeskConfig = DEFAULT_CONFIG;
  if (options.configPath !== undefined) {
    const loaded = await loadConfigFile(path.resolve(cwd, options.configPath), cwd);
    if (!loaded.ok) throw new CliError(loaded.problems.map(formatInputProblem).join('\n'));
    config = loaded.config;
  }

  const allDocuments: GoldDocument[] = [];
  for (const goldPath of goldPaths) allDocuments.push(...(await readGold(goldPath, displayPath(goldPath, cwd))));
  const documents = selectDocuments(allDocuments, options, shownGold);
  const resolutions = options.speakersPath === undefined ? undefined : indexResolutions(await readResolutions(path.resolve(cwd, options.speakersPath), cwd));
  const resolution = emptyResolutionScores();
  const misses: ResolutionMiss[] = [];

  const analyzeDocument = (text: string) => analyzeArticle(text, config, options.without);
  // The first analysis pays for the engine's start-up (lexicons, JIT); keep that out of the timings.
  try {
    analyzeDocument('Warm-up. "It is," she said.');
  } catch {
    // A failing engine is reported per document below.
  }
  const documentScores: Scores[] = [];
  const durations: { id: string; ms: number }[] = [];
  let failed = 0;
  for (const document of documents) {
    const started = performance.now();
    let predicted: PredictedQuote[];
    try {
      predicted = analyzeDocument(document.text).quotes;
    } catch (error) {
      failed++;
      predicted = [];
      await writeStderr(`newsdesk: document ${JSON.stringify(document.id)}: internal error while analysing: ${errorMessage(error)}\n`);
    }
    durations.push({ id: document.id, ms: performance.now() - started });
    documentScores.push(scoreDocument(document.text, document.quotes, predicted));
    const handResolved = document.quotes.some((quote) => quote.speakerName !== undefined);
    if (handResolved || (resolutions && (!options.resolvedOnly || resolutions.has(document.id)))) {
      addResolutionScores(resolution, scoreResolution(document.id, document.text, document.quotes, predicted, resolutions?.get(document.id), options.misses ? misses : undefined));
    }
  }
  const scores = aggregateScores(documentScores);
  const timing = summarizeTiming(durations, documents.reduce((sum, document) => sum + document.text.length, 0));
  // Resolution is reported only when some document was scored for it.
  const scoredResolution = overallResolution(resolution).total > 0 ? resolution : undefined;

  if (options.json) {
    await writeStdout(`${JSON.stringify(toJsonResult(shownGold, options, scores, timing, failed, scoredResolution), null, 2)}\n`);
  } else {
    const scope = [options.split && `split ${options.split}`, options.limit !== undefined && `limit ${options.limit}`, options.without.length > 0 && `without ${options.without.join(',')}`]
      .filter(Boolean).join(', ');
    await writeStdout(
      `Newsdesk ${TOOL_VERSION} on ${shownGold}${scope ? ` (${scope})` : ''}\n\n${formatScoreTable(scores)}\n` +
        (scoredResolution ? `${formatResolutionTable(scoredResolution)}\n` : '') +
        `${formatTiming(timing, documents.length)}\n`,
    );
  }
  if (misses.length > 0) {
    const shown = misses.map((miss) => `${miss.documentId}\t${miss.mentionClass}\t${JSON.stringify(miss.mention)} -> expected ${JSON.stringify(miss.expected)}, got ${miss.predicted === null ? 'no speaker' : JSON.stringify(miss.predicted)}`);
    await writeStderr(`${shown.join('\n')}\n`);
  }
  if (failed > 0) {
    await writeStderr(`newsdesk: the engine failed on ${plural(failed, 'document')}; they were scored as finding nothing\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** Largest gold or resolution file read: the PolNeAR train split is about 20 MB. */
const MAX_GOLD_BYTES = 256 * 1024 * 1024;

/**
 * A gold or resolution file's content, parsed by `parse`; refused whole when any line is invalid,
 * since scores over a partly read corpus would look valid and be wrong.
 */
async function readScoringFile<T>(absolutePath: string, shown: string, parse: (content: string) => { values: T[]; errors: GoldLineError[] }): Promise<T[]> {
  let content: string;
  try {
    content = (await readRegularFile(absolutePath, MAX_GOLD_BYTES, 'gold file')).toString('utf8');
  } catch (error) {
    throw new CliError(`${shown}: ${describeFileError(error)}`);
  }
  const { values, errors } = parse(content);
  if (errors.length > 0) {
    const lines = errors.slice(0, MAX_GOLD_ERRORS_SHOWN).map((error) => `${shown}:${error.line}: ${error.message}`);
    if (errors.length > lines.length) lines.push(`${shown}: ${errors.length - lines.length} more invalid lines`);
    throw new CliError(lines.join('\n'));
  }
  return values;
}

async function readGold(goldPath: string, shownGold: string): Promise<GoldDocument[]> {
  const documents = await readScoringFile(goldPath, shownGold, (content) => {
    const { documents: values, errors } = parseGoldFile(content);
    return { values, errors };
  });
  if (documents.length === 0) throw new CliError(`${shownGold}: no gold documents in the file`);
  return documents;
}

async function readResolutions(resolutionPath: string, cwd: string): Promise<SpeakerResolution[]> {
  return readScoringFile(resolutionPath, displayPath(resolutionPath, cwd), (content) => {
    const { records: values, errors } = parseResolutionFile(content);
    return { values, errors };
  });
}

function selectDocuments(documents: GoldDocument[], options: EvalOptions, shownGold: string): GoldDocument[] {
  let selected = documents;
  if (options.split !== undefined) {
    selected = documents.filter((document) => document.split === options.split);
    if (selected.length === 0) {
      const splits = [...new Set(documents.map((document) => document.split).filter((split): split is string => split !== undefined))];
      throw new CliError(
        `${shownGold}: no documents in split '${options.split}' (${splits.length > 0 ? `splits in the file: ${splits.join(', ')}` : 'the file names no splits'})`,
      );
    }
  }
  return options.limit !== undefined ? selected.slice(0, options.limit) : selected;
}

function summarizeTiming(durations: readonly { id: string; ms: number }[], characters: number): Timing {
  const totalMs = durations.reduce((sum, duration) => sum + duration.ms, 0);
  const sorted = [...durations].sort((a, b) => a.ms - b.ms);
  const middle = sorted.length >> 1;
  const medianMs = sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? sorted[middle].ms : (sorted[middle - 1].ms + sorted[middle].ms) / 2;
  return {
    totalMs,
    meanMs: durations.length > 0 ? totalMs / durations.length : 0,
    medianMs,
    slowest: sorted.length > 0 ? sorted[sorted.length - 1] : null,
    characters,
    charactersPerSecond: totalMs > 0 ? (characters / totalMs) * 1000 : null,
  };
}

function formatTiming(timing: Timing, documents: number): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const speed = timing.charactersPerSecond === null ? '' : `, ${Math.round(timing.charactersPerSecond / 1000).toLocaleString('en-US')}k characters/s`;
  const lines = [
    `Analysis time: ${ms(timing.totalMs)} for ${plural(documents, 'document')} (${timing.characters.toLocaleString('en-US')} characters${speed})`,
    `  per document: mean ${ms(timing.meanMs)}, median ${ms(timing.medianMs)}` +
      (timing.slowest ? `, slowest ${ms(timing.slowest.ms)} (${timing.slowest.id})` : ''),
  ];
  return `${lines.join('\n')}\n`;
}

function toJsonResult(shownGold: string, options: EvalOptions, scores: Scores, timing: Timing, failedDocuments: number, resolution?: ResolutionScores) {
  const withRatios = (counts: Scores['direct']) => ({ ...counts, ...ratios(counts) });
  const withAccuracy = (tally: Scores['speaker']) => ({ ...tally, accuracy: accuracy(tally) });
  const withRecall = (tally: Scores['speaker']) => ({ found: tally.correct, gold: tally.total, recall: accuracy(tally) });
  return {
    version: TOOL_VERSION,
    gold: shownGold,
    split: options.split ?? null,
    limit: options.limit ?? null,
    ...(options.without.length > 0 ? { without: options.without } : {}),
    documents: scores.documents,
    failedDocuments,
    metrics: {
      direct: withRatios(scores.direct),
      attribution: withRatios(scores.attribution),
      attributionExact: withRatios(scores.attributionExact),
      // Of the gold quotes of each kind, how many the soft all-kinds matching found.
      foundByGoldKind: {
        direct: withRecall(scores.foundByGoldKind.direct),
        mixed: withRecall(scores.foundByGoldKind.mixed),
        indirect: withRecall(scores.foundByGoldKind.indirect),
      },
      speaker: withAccuracy(scores.speaker),
      speakerDirect: withAccuracy(scores.speakerDirect),
      cue: withAccuracy(scores.cue),
      cueDirect: withAccuracy(scores.cueDirect),
      ...(resolution
        ? {
            resolution: {
              name: withAccuracy(resolution.name),
              pronoun: withAccuracy(resolution.pronoun),
              description: withAccuracy(resolution.description),
              all: withAccuracy(overallResolution(resolution)),
            },
          }
        : {}),
    },
    timing,
  };
}
