// Hovering a quotation says who said it (and which of their quotes it is); hovering a speaker's
// name or pronoun says who that is and how often they are quoted. Reads the analysis model only.
import * as vscode from 'vscode';
import type { Actor, Analysis, Quote, QuoteKind, Span } from '../../engine';
import type { QuoteVerification } from '../../engine/transcripts';
import { describeWhere } from '../../engine/transcripts';
import { verifiedQuotes } from '../diagnostics/codeActions';
import type { FeatureDeps } from '../core/features';
import { howResolved } from '../logic/resolution';
import { actorById, mentionAt, quoteCount, quotesOf } from '../logic/lookup';
import { escapeMarkdown } from '../logic/markdown';
import { LANGUAGE_ID } from '../core/ids';
import { toOffset, toRange } from '../core/ranges';
import type { TranscriptsFeature } from '../transcripts/transcripts';

const KIND_WORDS: Record<QuoteKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  mixed: 'mixed quote',
  indirect: 'indirect (reported) speech',
};
const KIND_ORDER: readonly QuoteKind[] = ['direct', 'partial', 'mixed', 'indirect'];

export function registerHover(deps: FeatureDeps, transcripts?: TranscriptsFeature): vscode.Disposable {
  const { model } = deps;
  /** The analysis of this version: waits for a pending re-analysis, never starts one for a file the model skipped. */
  const currentAnalysis = async (document: vscode.TextDocument, token: vscode.CancellationToken) => {
    const latest = model.get(document.uri);
    if (!latest) return undefined; // not analysed (yet, or too large): nothing to say
    if (latest.version === document.version) return latest.analysis;
    const cancelled = new Promise<undefined>((resolve) => token.onCancellationRequested(() => resolve(undefined)));
    return (await Promise.race([model.whenAnalyzed(document), cancelled]))?.analysis;
  };
  const provider: vscode.HoverProvider = {
    async provideHover(document, position, token) {
      if (!model.isArticle(document)) return undefined;
      const analysis = await currentAnalysis(document, token);
      if (!analysis || token.isCancellationRequested || analysis.length !== document.getText().length) return undefined;
      const offset = toOffset(document, position);
      // A name is smaller than a quotation and more specific, so it wins when both are under the mouse.
      const hit = mentionAt(analysis, offset, under);
      if (hit) return new vscode.Hover(describeActor(analysis, hit.actor, hit.mention), toRange(document, hit.mention));
      const quote = analysis.quotes.find((candidate) => under(candidate, offset));
      if (!quote) return undefined;
      // A transcript that has the words of a quote with no speaker knows who said them.
      const checked = !quote.speaker && transcripts ? await verifiedQuotes(transcripts, document, token) : [];
      if (token.isCancellationRequested) return undefined;
      return new vscode.Hover(describeQuote(analysis, quote, checked), toRange(document, quote));
    },
  };
  // Registered for every language an article can be in; `isArticle` decides per document.
  const selector: vscode.DocumentSelector = [LANGUAGE_ID, 'markdown', 'plaintext'].map((language) => ({ language }));
  return vscode.languages.registerHoverProvider(selector, provider);
}

/** Half-open: the mouse over the character just after a span is not over the span. */
function under(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function describeQuote(analysis: Analysis, quote: Quote, checked: readonly QuoteVerification[]): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  const speaker = quote.speaker;
  const actor = speaker ? actorById(analysis, speaker.actorId) : undefined;
  if (!speaker) {
    markdown.appendMarkdown(`**No speaker found** · ${KIND_WORDS[quote.kind]}`);
    const fromTranscript = checked.find((result) => result.start === quote.start && result.end === quote.end && result.transcriptSpeaker);
    if (fromTranscript) {
      const where = [fromTranscript.transcript, describeWhere(fromTranscript)].filter(Boolean).join(' · ');
      markdown.appendMarkdown(`\n\nSpeaker in the transcript: **${escapeMarkdown(fromTranscript.transcriptSpeaker!)}** (${escapeMarkdown(where)})`);
      return markdown;
    }
    const likely = likelySpeaker(analysis, quote);
    if (likely) markdown.appendMarkdown(`\n\nLikely speaker: **${escapeMarkdown(likely)}**`);
    else markdown.appendMarkdown('\n\nNobody in this paragraph is named as saying it.');
    return markdown;
  }
  const name = actor?.name ?? speaker.name;
  markdown.appendMarkdown(`**${escapeMarkdown(name)}**`);
  if (quote.cue) markdown.appendMarkdown(` · ${escapeMarkdown(quote.cue.text)}`);
  markdown.appendMarkdown(` · ${KIND_WORDS[quote.kind]}`);
  if (actor) {
    const own = quotesOf(analysis, actor.id);
    const position = own.findIndex((candidate) => candidate.id === quote.id) + 1;
    if (position > 0) markdown.appendMarkdown(`\n\nquote ${position} of ${own.length} by ${escapeMarkdown(name)}`);
  }
  if (speaker.mention && !sameWords(speaker.mention.text, name)) {
    const how = actor ? howResolved(speaker.mention.text, actor) : undefined;
    markdown.appendMarkdown(`\n\n“${escapeMarkdown(speaker.mention.text)}” → ${escapeMarkdown(name)}${how ? ` (${escapeMarkdown(how)})` : ''}`);
  } else if (!speaker.mention) {
    const from = speaker.carriedFrom ? ` from “${escapeMarkdown(speaker.carriedFrom.text)}”` : '';
    markdown.appendMarkdown(`\n\nSpeaker carried over${from}: the quotation continues the same speaker.`);
  }
  return markdown;
}

function describeActor(analysis: Analysis, actor: Actor, span: Span): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(`**${escapeMarkdown(actor.name)}** · ${actor.kind}`);
  if (!sameWords(span.text, actor.name)) {
    const how = howResolved(span.text, actor);
    markdown.appendMarkdown(`\n\n“${escapeMarkdown(span.text)}” → ${escapeMarkdown(actor.name)}${how ? ` (${escapeMarkdown(how)})` : ''}`);
  }
  const details = [
    actor.role ? `Role: ${escapeMarkdown(actor.role)}` : '',
    actor.affiliation ? `Affiliation: ${escapeMarkdown(actor.affiliation)}` : '',
    actor.gender && actor.gender !== 'unknown' ? `Gender: ${actor.gender}` : '',
  ].filter(Boolean);
  if (details.length) markdown.appendMarkdown(`\n\n${details.join(' · ')}`);
  markdown.appendMarkdown(`\n\n${quoteCounts(quotesOf(analysis, actor.id))}`);
  if (actor.aliases.length) markdown.appendMarkdown(`\n\nAlso: ${actor.aliases.map(escapeMarkdown).join(', ')}`);
  return markdown;
}

/** "4 quotes (3 direct, 1 indirect)"; only the kinds that occur. */
function quoteCounts(quotes: readonly Quote[]): string {
  if (!quotes.length) return 'Not quoted';
  const counts = KIND_ORDER.map((kind) => [kind, quotes.filter((quote) => quote.kind === kind).length] as const).filter(([, count]) => count > 0);
  return `${quoteCount(quotes.length)} (${counts.map(([kind, count]) => `${count} ${kind}`).join(', ')})`;
}

/** The likely speaker the engine names for a quote with no speaker. */
function likelySpeaker(analysis: Analysis, quote: Quote): string | undefined {
  const finding = analysis.diagnostics.find((d) => d.code === 'unattributed-quote' && (d.quoteId === quote.id || (d.start === quote.start && d.end === quote.end)));
  return finding?.candidates?.[0];
}

function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
