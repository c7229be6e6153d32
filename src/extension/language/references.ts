// Everywhere a speaker is: every mention (name, title, pronoun) and every quote. Highlights when
// the cursor is on a mention; Find All References from a mention or from inside one of their quotes.
import * as vscode from 'vscode';
import type { FeatureDeps } from '../core/features';
import { actorAt, analysisOf, mentionAt, mentionsOf, quotesOf, registerForArticles } from '../core/lookup';
import { toRange } from '../core/ranges';

export function registerReferences(deps: FeatureDeps): vscode.Disposable {
  const { model, settings } = deps;

  const highlights: vscode.DocumentHighlightProvider = {
    async provideDocumentHighlights(document, position) {
      const analyzed = await analysisOf(model, document);
      if (!analyzed) return undefined;
      const { analysis } = analyzed;
      // Only on a mention: lighting up every quote while the writer types inside one would be noise.
      const hit = mentionAt(analysis, document.offsetAt(position));
      if (!hit) return undefined;
      return [
        ...mentionsOf(analysis, hit.actor).map((span) => new vscode.DocumentHighlight(toRange(document, span), vscode.DocumentHighlightKind.Read)),
        ...quotesOf(analysis, hit.actor.id).map((quote) => new vscode.DocumentHighlight(toRange(document, quote), vscode.DocumentHighlightKind.Text)),
      ];
    },
  };

  const references: vscode.ReferenceProvider = {
    async provideReferences(document, position, context) {
      const analyzed = await analysisOf(model, document);
      if (!analyzed) return undefined;
      const { analysis } = analyzed;
      const actor = actorAt(analysis, document.offsetAt(position));
      if (!actor) return undefined;
      const mentions = mentionsOf(analysis, actor);
      // The first mention introduces the speaker: it is their "declaration".
      const spans = [...(context.includeDeclaration ? mentions : mentions.slice(1)), ...quotesOf(analysis, actor.id)]
        .sort((a, b) => a.start - b.start);
      return spans.map((span) => new vscode.Location(document.uri, toRange(document, span)));
    },
  };

  return registerForArticles(settings, (selector) => vscode.Disposable.from(
    vscode.languages.registerDocumentHighlightProvider(selector, highlights),
    vscode.languages.registerReferenceProvider(selector, references),
  ));
}
