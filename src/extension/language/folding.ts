// Folding by section: a subhead folds the paragraphs up to the next subhead, so an editor can
// collapse the parts of a long story they are not working on.
import * as vscode from 'vscode';
import type { FeatureDeps } from '../core/features';
import { registerForArticles } from '../core/lookup';

export function registerFolding(deps: FeatureDeps): vscode.Disposable {
  const provider: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document) {
      const analysed = await deps.model.whenAnalyzed(document).catch(() => undefined);
      if (!analysed) return [];
      const { analysis } = analysed;
      const ranges: vscode.FoldingRange[] = [];
      const paragraphs = analysis.paragraphs;
      let sectionStart = -1;
      const close = (lastParagraph: number) => {
        if (sectionStart === -1 || lastParagraph <= sectionStart) return;
        const startLine = document.positionAt(paragraphs[sectionStart].start).line;
        const endLine = document.positionAt(paragraphs[lastParagraph].end).line;
        if (endLine > startLine) ranges.push(new vscode.FoldingRange(startLine, endLine, vscode.FoldingRangeKind.Region));
      };
      paragraphs.forEach((paragraph, index) => {
        if (paragraph.role !== 'subhead') return;
        close(index - 1);
        sectionStart = index;
      });
      close(paragraphs.length - 1);
      return ranges;
    },
  };
  return registerForArticles(deps.settings, (selector) => vscode.languages.registerFoldingRangeProvider(selector, provider));
}
