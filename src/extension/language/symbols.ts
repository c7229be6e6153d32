// The article's outline (Outline view, breadcrumbs, Go to Symbol): the headline over everything,
// each subhead as a section, and in each section the speakers with their quotes.
import * as vscode from 'vscode';
import type { ActorKind, Analysis, Quote, Span } from '../../engine';
import type { FeatureDeps } from '../core/features';
import { actorById, analysisOf, firstWords, quoteCount, registerForArticles } from '../core/lookup';
import { toRange } from '../core/ranges';

/**
 * Symbol kinds chosen for their Outline icons: a person reads as a class (the one with a life of
 * their own), an organisation as a module, a group as a struct, a document as an interface; an
 * anonymous source is a key (someone knows who), a vague one a variable (nobody does).
 */
const ACTOR_SYMBOL_KIND: Record<ActorKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Module,
  group: vscode.SymbolKind.Struct,
  document: vscode.SymbolKind.Interface,
  anonymous: vscode.SymbolKind.Key,
  vague: vscode.SymbolKind.Variable,
};

interface Section {
  readonly start: number;
  readonly end: number;
}

export function articleSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const text = document.getText();
  const contentEnd = text.trimEnd().length;
  const paragraphs = analysis.paragraphs;
  const subheads = paragraphs.filter((paragraph) => paragraph.role === 'subhead');
  const headline = paragraphs.find((paragraph) => paragraph.role === 'headline');

  // Before the first subhead, quotes belong to the article itself (the lede); after, to sections.
  const firstSectionStart = subheads[0]?.start ?? contentEnd;
  const lede: Section = { start: 0, end: firstSectionStart };
  const top: vscode.DocumentSymbol[] = speakerSymbols(document, analysis, lede);
  subheads.forEach((subhead, index) => {
    const next = subheads[index + 1];
    const section: Section = { start: subhead.start, end: next ? lastParagraphEndBefore(analysis, next.start) : Math.max(subhead.end, contentEnd) };
    const symbol = new vscode.DocumentSymbol(
      oneLine(text.slice(subhead.start, subhead.end)),
      'section',
      vscode.SymbolKind.Namespace,
      toRange(document, section),
      toRange(document, subhead),
    );
    symbol.children = speakerSymbols(document, analysis, section);
    top.push(symbol);
  });

  if (!headline) return top;
  const article = new vscode.DocumentSymbol(
    oneLine(text.slice(headline.start, headline.end)),
    'headline',
    vscode.SymbolKind.File,
    toRange(document, { start: 0, end: Math.max(headline.end, contentEnd) }),
    toRange(document, headline),
  );
  article.children = top;
  return [article];
}

function lastParagraphEndBefore(analysis: Analysis, offset: number): number {
  let end = 0;
  for (const paragraph of analysis.paragraphs) if (paragraph.end <= offset) end = Math.max(end, paragraph.end);
  return end;
}

/** One symbol per speaker quoted in the section (plus one for quotes nobody said), in order of appearance. */
function speakerSymbols(document: vscode.TextDocument, analysis: Analysis, section: Section): vscode.DocumentSymbol[] {
  const inSection = (span: Span | { start: number; end: number }) => span.start >= section.start && span.end <= section.end;
  const groups = new Map<string, Quote[]>();
  for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    if (!inSection(quote)) continue;
    const key = quote.speaker?.actorId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  const symbols: vscode.DocumentSymbol[] = [];
  for (const [actorId, quotes] of groups) {
    const actor = actorId ? actorById(analysis, actorId) : undefined;
    // The speaker's name where the section names them, so that clicking the symbol lands on it.
    const mentions = quotes.flatMap((quote) => (quote.speaker?.mention && inSection(quote.speaker.mention) ? [quote.speaker.mention] : []));
    const spans = [...quotes, ...mentions];
    const full = { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
    const named = [...mentions].sort((a, b) => a.start - b.start)[0] ?? quotes[0];
    const symbol = new vscode.DocumentSymbol(
      actor?.name ?? 'Unattributed quotes',
      actor ? quoteCount(quotes.length) : 'no speaker',
      actor ? ACTOR_SYMBOL_KIND[actor.kind] : vscode.SymbolKind.Null,
      toRange(document, full),
      toRange(document, named),
    );
    symbol.children = quotes.map((quote) => {
      const range = toRange(document, quote);
      return new vscode.DocumentSymbol(firstWords(quote.text), quote.kind, vscode.SymbolKind.String, range, range);
    });
    symbols.push(symbol);
  }
  return symbols;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || '(untitled)';
}

export function registerSymbols(deps: FeatureDeps): vscode.Disposable {
  const { model, settings } = deps;
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document) {
      const analyzed = await analysisOf(model, document);
      return analyzed ? articleSymbols(analyzed.document, analyzed.analysis) : undefined;
    },
  };
  return registerForArticles(settings, (selector) =>
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Newsdesk sources' }));
}
