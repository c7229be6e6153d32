// An untitled buffer (issue 11, item 9): the Sources view offers "Change Language Mode to News"
// instead of a dead end, and the command makes the buffer an article the view then follows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ActorsTreeProvider } from '../../src/extension/sources/actorsTree';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, GAPS_ARTICLE, nextAnalysis } from './support';

interface WelcomeEntry {
  view: string;
  contents: string;
  when?: string;
}

describe('Sources: an untitled buffer', () => {
  let api: NewsdeskApi;
  let tree: ActorsTreeProvider;

  before(async () => {
    api = await activateNewsdesk();
    tree = api.actorsTree as unknown as ActorsTreeProvider;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers Change Language Mode to News, which turns the buffer into an article', async () => {
    const document = await vscode.workspace.openTextDocument({ content: GAPS_ARTICLE, language: 'plaintext' });
    await vscode.window.showTextDocument(document);
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.equal(tree.article, undefined, 'plain text is not an article by default');
    assert.equal(tree.offerNewsMode, true, 'the Sources view offers the News mode for the untitled buffer');

    const welcome = (vscode.extensions.getExtension('newsdesk.newsdesk')!.packageJSON as { contributes: { viewsWelcome: WelcomeEntry[] } }).contributes.viewsWelcome;
    const offer = welcome.find((entry) => entry.view === 'newsdesk.actors' && entry.when === 'newsdesk.offerNewsMode');
    assert.ok(offer, 'a welcome text for that case');
    assert.match(offer.contents, /\[Change Language Mode to News\]\(command:newsdesk\.changeLanguageToNews\)/);

    const analysed = new Promise<vscode.TextDocument>((resolve) => {
      const subscription = api.model.onDidChange((result) => {
        if (result.document.uri.toString() !== document.uri.toString()) return;
        subscription.dispose();
        resolve(result.document);
      });
    });
    await vscode.commands.executeCommand('newsdesk.changeLanguageToNews');
    const article = await analysed;
    assert.equal(article.languageId, 'news');
    assert.ok(article.isUntitled, 'still the same untitled buffer');
    const shown = () => tree.article?.toString();
    if (shown() !== article.uri.toString()) await nextAnalysis(api, article, () => shown() === article.uri.toString());
    assert.equal(shown(), article.uri.toString(), 'the Sources view follows the new article');
    assert.equal(tree.offerNewsMode, false);
    assert.ok(((await tree.getChildren()) ?? []).length > 0, 'and lists its sources');
  });
});
