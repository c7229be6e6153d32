// An internal error of the engine, in a real VS Code: logged to the Newsdesk output channel, told
// to the user once per session, and editing goes on. The failure is injected into the analyzer's
// inner step wherever the engine runs (the worker thread, or the host's thread), the way a bug
// would make it throw.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, analysisOfCurrentVersion, newsdeskDiagnostics, openTempArticle, TempFiles, updateSettingAndReanalyse, writeSetting } from './support';

const INJECTED = 'injected engine failure (test)';
const ARTICLE = 'Mayor Delia Marchetti said the bridge would reopen in May.\n\n"We will fix it," she said. Critics say it is too late.\n';

/** Makes every analyzer of the extension fail until the returned function is called. */
async function breakEngine(api: NewsdeskApi): Promise<() => Promise<void>> {
  await api.engine.injectFailure(INJECTED);
  return () => api.engine.injectFailure(undefined);
}

async function insertAtStart(document: vscode.TextDocument, api: NewsdeskApi, text: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const analysed = analysisOfCurrentVersion(api, document);
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text)), 'the edit was applied');
  await analysed;
}

describe('Internal errors of the engine', () => {
  const files = new TempFiles('failures');
  let api: NewsdeskApi;
  let repair: (() => Promise<void>) | undefined;

  before(async () => {
    api = await activateNewsdesk();
  });

  after(async () => {
    await repair?.();
    await writeSetting('logTimings', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await files.deleteAll();
  });

  it('are logged to the Newsdesk output and told to the user once, and editing goes on', async () => {
    const logged = (name: string) => api.output.recent().filter((line) => line.includes(name) && line.includes(INJECTED));
    repair = await breakEngine(api);

    const first = await openTempArticle(api, files, 'first.news', ARTICLE);
    assert.equal(api.model.get(first.uri)?.analysis.internalError?.message, INJECTED);
    assert.equal(logged('first.news').length, 1, api.output.recent().join('\n'));
    assert.equal(api.failures.noticesShown, 1);
    assert.deepEqual(newsdeskDiagnostics(first.uri), []);
    assert.equal(api.statusBarText(), '$(error) Newsdesk: not analysed', 'the status bar does not claim a clean article');

    // A second article, and an edit of it: each failure logged once, no second notification.
    const second = await openTempArticle(api, files, 'second.news', ARTICLE);
    await insertAtStart(second, api, 'Update: ');
    assert.equal(api.model.get(second.uri)?.analysis.internalError?.message, INJECTED);
    assert.ok(second.getText().startsWith('Update: Mayor'), 'typing is not blocked by the failure');
    assert.equal(logged('second.news').length, 1, 'the same failure on every keystroke is logged once');
    assert.equal(api.failures.noticesShown, 1);

    // Once the engine works again, the article's findings come back and the log says so.
    await repair();
    repair = undefined;
    await insertAtStart(second, api, 'Late ');
    const analysis = api.model.get(second.uri)?.analysis;
    assert.equal(analysis?.internalError, undefined);
    assert.ok(analysis && analysis.quotes.length > 0);
    assert.ok(api.output.recent().some((line) => line.includes('second.news') && line.includes('without error again')));
    assert.equal(api.failures.noticesShown, 1);
  });

  it('stop only the engine\'s worker, which is started again for the next edit', async () => {
    // A worker thread in the Node host, a browser worker in the web-worker host.
    assert.equal(api.engine.where, 'worker thread');
    assert.ok(api.output.recent().some((line) => line.includes('analysing in the worker thread')), 'the output channel says where');
    const document = await openTempArticle(api, files, 'crash.news', ARTICLE);
    (api.engine as unknown as { terminateWorker(): void }).terminateWorker();
    await insertAtStart(document, api, 'Later: ');
    const analysis = api.model.get(document.uri)?.analysis;
    assert.ok(analysis && analysis.quotes.length > 0 && !analysis.internalError, 'the edit is analysed by the next worker');
    assert.equal(api.engine.where, 'worker thread');
    assert.ok(api.output.recent().some((line) => /analysis worker was stopped\. Starting it again\./.test(line)), api.output.recent().join('\n'));
  });

  it('newsdesk.logTimings writes how long each analysis took to the same channel', async () => {
    const document = await openTempArticle(api, files, 'timed.news', ARTICLE);
    const timed = () => api.output.recent().filter((line) => line.includes('timed.news') && / analysed in [\d.]+ ms/.test(line)).length;
    assert.equal(timed(), 0, 'nothing is logged while the setting is off');
    await updateSettingAndReanalyse(api, document, 'logTimings', true);
    await insertAtStart(document, api, 'Update: ');
    assert.ok(timed() >= 1, api.output.recent().join('\n'));
  });
});
