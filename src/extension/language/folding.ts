// Folding by section: a subhead folds the paragraphs up to the next subhead, so an editor can
// collapse the parts of a long story they are not working on.
import * as vscode from 'vscode';
import type { FeatureDeps } from '../core/features';
import { registerForArticles } from '../core/lookup';
import { sectionParagraphs } from '../logic/outline';

export function registerFolding(deps: FeatureDeps): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document) {
      const analysed = await deps.model.whenAnalyzed(document).catch(() => undefined);
      if (!analysed) return [];
      const { analysis } = analysed;
      const paragraphs = analysis.paragraphs;
      const ranges: vscode.FoldingRange[] = [];
      for (const { first, last } of sectionParagraphs(analysis)) {
        const startLine = document.positionAt(paragraphs[first].start).line;
        const endLine = document.positionAt(paragraphs[last].end).line;
        if (endLine > startLine) ranges.push(new vscode.FoldingRange(startLine, endLine, vscode.FoldingRangeKind.Region));
      }
      return ranges;
    },
  };
  return registerForArticles(deps.settings, (selector) => vscode.languages.registerFoldingRangeProvider(selector, provider));
}
