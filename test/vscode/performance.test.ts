// Figures for the editor's speed, printed for the closing notes (timing is measured, not asserted):
// how long activate() takes, and the extension host's task per keystroke in a 50,000-word article.
// The same test runs in the Node host and in the web worker (scripts/bench-web.mjs compares them).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { skipWithoutCorpus } from '../support/corpus';
import { activateNewsdesk, analysisOfCurrentVersion, readText, removeFile, RUN_ID, SAMPLE_ARTICLE, showArticle, workspaceFile, writeText } from './support';


describe('Newsdesk performance figures', function () {
  this.timeout(120_000);

  it('reports activation time and the per-keystroke task on a 50,000-word article', async () => {
    const api = await activateNewsdesk();
    const sample = await readText(workspaceFile(SAMPLE_ARTICLE));
    const copies: string[] = [];
    for (let i = 0; copies.join('\n\n').split(/\s+/).length < 50_000; i++) {
      copies.push(sample.replace(/Marchetti/g, `Marchetti${i}`).replace(/Achterberg/g, `Achterberg${i}`));
    }
    const file = workspaceFile('articles', `long-article-${RUN_ID}.news`);
    await writeText(file, copies.join('\n\n'));
    const editor = await showArticle(api, file);
    const document = editor.document;

    api.model.analysisDurations.length = 0;
    api.model.viewDurations.length = 0;
    const keystrokes = 40;
    for (let k = 0; k < keystrokes; k++) {
      const line = Math.floor(((k + 1) * document.lineCount) / (keystrokes + 1));
      const changed = analysisOfCurrentVersion(api, document);
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), 'x'));
      await changed;
    }
    // Only this article's: a document an earlier test left open may be analysed again meanwhile.
    const others = api.model.analysisDurations.filter((entry) => entry.uri !== document.uri.toString());
    const analyses = api.model.analysisDurations.filter((entry) => entry.uri === document.uri.toString()).map((entry) => entry.ms).sort((a, b) => a - b);
    const views = [...api.model.viewDurations].sort((a, b) => a - b);
    assert.equal(analyses.length, keystrokes, 'one analysis per keystroke');
    if (others.length) console.log(`      (meanwhile ${others.length} analyses of other documents: ${[...new Set(others.map((entry) => entry.uri.split('/').pop()))].join(', ')})`);
    assert.ok(views.length >= keystrokes, 'the views were updated after each analysis');
    const median = (values: number[]) => values[Math.floor(values.length / 2)].toFixed(1);
    const p95 = (values: number[]) => values[Math.floor(values.length * 0.95)].toFixed(1);
    const words = document.getText().split(/\s+/).length;
    console.log(`      activate() in the ${api.host === 'web' ? 'web-worker' : 'Node'} extension host: ${api.activationMs.toFixed(1)} ms`);
    console.log(`      per keystroke in a ${words}-word article, extension-host tasks:`);
    console.log(`        re-analysis: median ${median(analyses)} ms, p95 ${p95(analyses)} ms, max ${analyses[analyses.length - 1].toFixed(1)} ms`);
    console.log(`        each view's update: median ${median(views)} ms, p95 ${p95(views)} ms, max ${views[views.length - 1].toFixed(1)} ms`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await removeFile(file);
  });

  it('reports how long the folder sources report takes over the 924 PolNeAR documents', async function () {
    const polnear = skipWithoutCorpus(this, 'polnear');
    await activateNewsdesk();
    // The corpus written out as files in a temporary folder of the workspace, as a newsroom's would be.
    const folder = workspaceFile(`polnear-${RUN_ID}`);
    let count = 0;
    for (const split of ['dev', 'train']) {
      for (const line of (await readText(vscode.Uri.file(`${polnear}/${split}.jsonl`))).split('\n')) {
        if (!line.trim()) continue;
        await writeText(vscode.Uri.joinPath(folder, `${split}-${String(count++).padStart(4, '0')}.news`), (JSON.parse(line) as { text: string }).text);
      }
    }
    try {
      const started = performance.now();
      const report = await vscode.commands.executeCommand<{ articles: unknown[]; quotes: { total: number } }>('newsdesk.showWorkspaceSourcesReport', folder);
      const seconds = (performance.now() - started) / 1000;
      assert.equal(report.articles.length, count, 'every document is in the report');
      console.log(`      folder sources report: ${count} articles, ${report.quotes.total} quotes in ${seconds.toFixed(1)} s (progress notification, cancellable)`);
    } finally {
      await removeFile(folder);
    }
  });
});
