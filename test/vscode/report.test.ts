// The sources report in a real VS Code: the webview draws the sample article's figures (checked
// against its hand annotation and .newsdesk.json), follows edits and the active editor, reveals a
// speaker's quotes, exports CSV, JSON and HTML, and reports on a whole folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import type { ReportPanel } from '../../src/extension/report/reportPanel';
import type { RenderSummary } from '../../src/report/protocol';
import {
  activateNewsdesk, analysisOfCurrentVersion, closeEditorsAndDelete, readExpected, REFERENCE, REFERENCE_MISSING, referencePresent, SAMPLE_ARTICLE,
  SAMPLE_EXPECTED, showArticle, TempFiles, waitFor, workspaceFile,
} from './support';

let api: NewsdeskApi;
const files = new TempFiles('report-test');

/** What the panel has drawn, once it satisfies `accept` (now, or at a later render). */
async function drawn(panel: () => ReportPanel | undefined, accept: (summary: RenderSummary) => boolean, what: string): Promise<RenderSummary> {
  const current = panel();
  assert.ok(current, 'the report panel is open');
  if (current.lastRendered && accept(current.lastRendered)) return current.lastRendered;
  return waitFor(current.onDidRender, accept, what);
}

const articlePanel = () => api.reportPanels().article;
const folderPanel = () => api.reportPanels().workspace;

describe('Newsdesk sources report', () => {
  before(async () => {
    api = await activateNewsdesk();
  });

  after(() => closeEditorsAndDelete(files));

  it('draws the sample article: its annotated speakers, and genders only from .newsdesk.json', async () => {
    const expected = await readExpected(workspaceFile(SAMPLE_EXPECTED));
    await showArticle(api, workspaceFile(SAMPLE_ARTICLE), { preview: false });
    await vscode.commands.executeCommand('newsdesk.showSourcesReport');
    const summary = await drawn(articlePanel, (s) => s.scope === 'article' && s.source.endsWith('harbour-bridge-closure.news'), 'the sample article report');

    for (const speaker of expected.speakers.filter((s) => s.directQuotes > 0)) {
      assert.ok(summary.speakerLabels.includes(speaker.name), `${speaker.name} has a bar (${summary.speakerLabels.join(', ')})`);
    }
    assert.equal(summary.tableRows.speakers, summary.speakerLabels.length, 'one table row per bar (fewer than 20 speakers)');
    assert.equal(summary.bars.gender, 4);
    // Only Delia Marchetti has a gender in the fixtures' .newsdesk.json; the others are "not known"
    // even where "he" or "she" refers to them.
    const people = summary.values.gender;
    assert.deepEqual(people.slice(0, 3), [1, 0, 0], 'women, men, non-binary');
    assert.ok(people[3] >= 2, 'the other named people are not known');
    const directTotal = expected.quotes.filter((q) => q.kind === 'direct' && !q.optional).length;
    assert.ok(summary.values.quotes[0] >= directTotal, `at least the ${directTotal} annotated direct quotes`);
  });

  it('redraws as the article is edited', async () => {
    const editor = await showArticle(api, await files.write('edit.news', 'Pier Reopens\n\n"The pier is safe," harbourmaster Tobias Wren said.\n'), { preview: false });
    await drawn(articlePanel, (s) => s.speakerLabels.join() === 'Tobias Wren', 'the new article in the report');
    const analysed = analysisOfCurrentVersion(api, editor.document);
    await editor.edit((builder) => builder.insert(editor.document.lineAt(2).range.end, '\n\n"We will watch it closely," said Imogen Blake, a council member.'));
    await analysed;
    const summary = await drawn(articlePanel, (s) => s.speakerLabels.includes('Imogen Blake'), 'the edited article in the report');
    assert.deepEqual([...summary.speakerLabels].sort(), ['Imogen Blake', 'Tobias Wren']);
  });

  it('follows the active article', async () => {
    await showArticle(api, workspaceFile('articles', 'clean-brief.news'), { preview: false });
    const summary = await drawn(articlePanel, (s) => s.source.endsWith('clean-brief.news'), 'the report to follow the editor');
    assert.equal(summary.scope, 'article');
  });

  it('reveals a speaker\'s first quote when their bar is clicked', async () => {
    const editor = await showArticle(api, workspaceFile(SAMPLE_ARTICLE), { preview: false });
    await drawn(articlePanel, (s) => s.source.endsWith('harbour-bridge-closure.news'), 'the sample article report');
    const analysis = api.model.get(editor.document.uri)!.analysis;
    const penwick = analysis.actors.find((actor) => actor.name === 'Harold Penwick')!;
    const first = analysis.quotes.find((quote) => quote.speaker?.actorId === penwick.id)!;
    const selected = waitFor(vscode.window.onDidChangeTextEditorSelection, (event) =>
      event.textEditor.document === editor.document && editor.document.offsetAt(event.selections[0].start) === first.start, 'the first quote to be selected');
    articlePanel()!.receive({ type: 'reveal', actorId: penwick.id });
    const event = await selected;
    assert.equal(editor.document.getText(event.selections[0]), first.text);
  });

  it('counts a gender set from the Sources view at once', async () => {
    const configUri = workspaceFile('.newsdesk.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    const editor = await showArticle(api, workspaceFile(SAMPLE_ARTICLE), { preview: false });
    const before = await drawn(articlePanel, (s) => s.source.endsWith('harbour-bridge-closure.news'), 'the sample article report');
    const men = before.values.gender[1];
    const owen = api.model.get(editor.document.uri)!.analysis.actors.find((actor) => actor.name === 'Owen Achterberg')!;
    try {
      assert.equal(await vscode.commands.executeCommand('newsdesk.setSpeakerGender', { uri: editor.document.uri, actorId: owen.id }, 'male'), true);
      const after = await drawn(articlePanel, (s) => s.source.endsWith('harbour-bridge-closure.news') && s.values.gender[1] === men + 1, 'the report to count the new gender');
      assert.equal(after.values.gender[3], before.values.gender[3] - 1, 'one fewer not known');
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
      // Until the report counts the genders of the restored file again: the watcher may first see it
      // half written (the defaults apply for a moment), so the next model change is not enough.
      const genders = JSON.stringify(before.values.gender);
      await drawn(articlePanel, (s) => s.source.endsWith('harbour-bridge-closure.news') && JSON.stringify(s.values.gender) === genders, 'the report to count the restored .newsdesk.json');
    }
  });

  it('exports CSV, JSON and a self-contained HTML page', async () => {
    await showArticle(api, workspaceFile(SAMPLE_ARTICLE), { preview: false });
    await drawn(articlePanel, (s) => s.source.endsWith('harbour-bridge-closure.news'), 'the sample article report');
    const decode = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

    const csvUri = await vscode.commands.executeCommand<vscode.Uri>('newsdesk.exportSourcesReport', 'csv', files.uri('report.csv'));
    const csv = (await decode(csvUri)).split('\r\n');
    assert.match(csv[0], /^article,speaker,kind,source,gender,/);
    assert.ok(csv.some((line) => /harbour-bridge-closure\.news,Delia Marchetti,person,named,female,/.test(line)), csv.join('\n'));

    const jsonUri = await vscode.commands.executeCommand<vscode.Uri>('newsdesk.exportSourcesReport', 'json', files.uri('report.json'));
    const json = JSON.parse(await decode(jsonUri)) as { people: { female: number }; speakers: Array<{ name: string }> };
    assert.equal(json.people.female, 1);
    assert.ok(json.speakers.some((s) => s.name === 'Owen Achterberg'));

    const htmlUri = await vscode.commands.executeCommand<vscode.Uri>('newsdesk.exportSourcesReport', 'html', files.uri('report.html'));
    const html = await decode(htmlUri);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link /, 'nothing loaded from elsewhere');
    assert.match(html, /Delia Marchetti/);
  });

  it('reports on a folder, one row per article', async () => {
    const folder = workspaceFile('articles');
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.news'));
    const report = await vscode.commands.executeCommand<{ articles: unknown[]; people: { female: number } }>('newsdesk.showWorkspaceSourcesReport', folder);
    assert.equal(report.articles.length, found.length);
    // The panel may still show an earlier folder's report: wait for this one.
    const summary = await drawn(folderPanel, (s) => s.scope === 'workspace' && s.source.endsWith('articles'), 'the folder report');
    assert.equal(summary.tableRows.articles, found.length);
    assert.ok(summary.speakerLabels.includes('Delia Marchetti'));
    assert.ok(report.people.female >= 1);
  });
});

(referencePresent ? describe : describe.skip)(`Sources report on the reference article${referencePresent ? '' : ` (skipped: ${REFERENCE_MISSING})`}`, () => {
  it('draws a bar for each gold speaker', async () => {
    api = await activateNewsdesk();
    await showArticle(api, vscode.Uri.file(`${REFERENCE}.news`), { preview: false });
    await vscode.commands.executeCommand('newsdesk.showSourcesReport');
    const summary = await drawn(articlePanel, (s) => s.source.endsWith('us-allies-warn-china.news'), 'the reference article report');
    for (const speaker of (await readExpected(vscode.Uri.file(`${REFERENCE}.gold.json`))).speakers) assert.ok(summary.speakerLabels.includes(speaker.name), speaker.name);
  });
});
