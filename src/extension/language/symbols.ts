// The article's outline (Outline view, breadcrumbs, Go to Symbol): the headline over everything,
// each subhead as a section, and in each section the speakers with their quotes. The outline is
// built in ../logic/outline.ts; this file gives it the editor's ranges and icons.
import * as vscode from 'vscode';
import type { Analysis } from '../../engine';
import type { FeatureDeps } from '../core/features';
import { analysisOf, registerForArticles } from '../core/lookup';
import { toRange } from '../core/ranges';
import { articleOutline } from '../logic/outline';
import type { OutlineKind, OutlineNode } from '../logic/outline';

/**
 * Symbol kinds chosen for their Outline icons: a person reads as a class (the one with a life of
 * their own), an organisation as a module, a group as a struct, a document as an interface; an
 * anonymous source is a key (someone knows who), a vague one a variable (nobody does).
 */
const SYMBOL_KIND: Record<OutlineKind, vscode.SymbolKind> = {
  headline: vscode.SymbolKind.File,
  section: vscode.SymbolKind.Namespace,
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Module,
  group: vscode.SymbolKind.Struct,
  document: vscode.SymbolKind.Interface,
  anonymous: vscode.SymbolKind.Key,
  vague: vscode.SymbolKind.Variable,
  unattributed: vscode.SymbolKind.Null,
  quote: vscode.SymbolKind.String,
};

/**
 * Symbols by the analysis they show: the Outline view, the breadcrumbs and sticky scroll each ask
 * after an edit, and get the same answer until the next analysis.
 */
const symbolsOf = new WeakMap<Analysis, vscode.DocumentSymbol[]>();

export function articleSymbols(document: vscode.TextDocument, analysis: Analysis): vscode.DocumentSymbol[] {
  const known = symbolsOf.get(analysis);
  if (known) return known;
  const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
    const symbol = new vscode.DocumentSymbol(node.name, node.detail, SYMBOL_KIND[node.kind], toRange(document, node.span), toRange(document, node.selection));
    symbol.children = node.children.map(toSymbol);
    return symbol;
  };
  const symbols = articleOutline(document.getText(), analysis).map(toSymbol);
  symbolsOf.set(analysis, symbols);
  return symbols;
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
