// The smoke check of the packaged extension (issue 11, item 10): runs inside a code-server that
// installed the built .vsix with --install-extension (scripts/vscode/vsix-smoke.mjs), so it sees
// Newsdesk as a reporter does: activation, a finding on the sample article, and the help link on
// the finding's code. Loaded as the workbench's `extensionTestsPath`; prints the same
// `NEWSDESK-TESTS-START` / `NEWSDESK-RESULT` lines as test/vscode/index.ts and rejects on a failure.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsdesk.newsdesk';
const SAMPLE_ARTICLE = 'articles/harbour-bridge-closure.news';
/** How long one check may wait for VS Code's events before it fails. */
const WAIT_MS = 30_000;

/** Resolves with `probe()` as soon as it gives a value: now, or after one of the events fires. */
function when<T>(probe: () => T | undefined, events: Array<vscode.Event<unknown>>, what: string): Promise<T> {
  const now = probe();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = () => {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`gave up after ${WAIT_MS / 1000} s waiting for ${what}`));
    }, WAIT_MS);
    for (const event of events) {
      subscriptions.push(
        event(() => {
          const value = probe();
          if (value === undefined) return;
          done();
          resolve(value);
        }),
      );
    }
  });
}

function codeValue(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

let finding: vscode.Diagnostic | undefined;

const checks: Array<[string, () => Promise<void>]> = [
  [
    'Newsdesk is the installed package, not a source checkout, and activates',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not installed`);
      const installedIn = process.env.NEWSDESK_VSIX_EXTENSIONS_DIR;
      assert.ok(installedIn, 'NEWSDESK_VSIX_EXTENSIONS_DIR is not set: run through scripts/vscode/vsix-smoke.mjs');
      assert.ok(path.resolve(extension.extensionPath).startsWith(path.resolve(installedIn) + path.sep), `loaded from ${extension.extensionPath}, not from the extensions folder ${installedIn}`);
      const files = fs.readdirSync(extension.extensionPath);
      assert.ok(!files.includes('src') && !files.includes('node_modules'), `the package holds more than it should: ${files.join(', ')}`);
      assert.deepEqual(fs.readdirSync(path.join(extension.extensionPath, 'dist')).filter((file) => file.endsWith('.map')), [], 'source maps in the package');
      await extension.activate();
      assert.equal(extension.isActive, true);
    },
  ],
  [
    'the sample article gets its findings in the Problems panel',
    async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'no workspace folder');
      // Opened by the workspace's own URI, as the explorer would.
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_ARTICLE));
      await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, 'news');
      finding = await when(
        () => vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'newsdesk' && codeValue(d) === 'unattributed-quote'),
        [vscode.languages.onDidChangeDiagnostics],
        'an unattributed-quote finding on the sample article',
      );
      // Analysed by the package's own worker script: a missing one would have been replaced by the host's thread.
      const api = vscode.extensions.getExtension(EXTENSION_ID)?.exports as { engine: { where: string } };
      assert.equal(api.engine.where, 'worker thread', 'the package\'s engine worker (dist/engine-worker.js) did not run');
    },
  ],
  [
    'the help link on the finding\'s code opens the README the package holds',
    async () => {
      assert.ok(finding, 'no finding to follow (the check before failed)');
      const code = finding.code;
      assert.ok(typeof code === 'object' && code.target, 'the finding\'s code has no link');
      const target = code.target;
      assert.equal(target.scheme, 'command');
      const args = target.query ? (JSON.parse(decodeURIComponent(target.query)) as unknown[]) : [];
      // What a click on the code in the Problems panel runs.
      await vscode.commands.executeCommand(target.path, ...args);
      const readme = () =>
        vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => /readme\.md/i.test(tab.label));
      const tab = await when(readme, [vscode.window.tabGroups.onDidChangeTabs], 'a tab with the README');
      assert.match(tab.label, /readme\.md/i);
    },
  ],
  [
    'the package supplies the .newsdesk.json schema: a wrong value is flagged with no $schema line',
    async () => {
      const folder = vscode.workspace.workspaceFolders![0];
      // In a folder of its own, so the article's configuration stays as it is.
      const uri = vscode.Uri.joinPath(folder.uri, 'schema-check', '.newsdesk.json');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{\n  "people": [{ "name": "Dana Whitfield", "gender": "tall" }]\n}\n'));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      // VS Code's JSON language service, not Newsdesk's own check of the file.
      const flagged = await when(
        () => vscode.languages.getDiagnostics(uri).find((d) => d.source !== 'newsdesk' && document.getText(d.range).includes('tall')),
        [vscode.languages.onDidChangeDiagnostics],
        'the JSON schema to flag "gender": "tall"',
      );
      assert.ok(flagged);
    },
  ],
];

export async function run(): Promise<void> {
  console.log(`NEWSDESK-TESTS-START ${checks.length} smoke checks of the installed .vsix`);
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      passed++;
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failed++;
      console.log(`  ✖ ${name}\n      ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`NEWSDESK-RESULT ${JSON.stringify({ passed, failed, pending: 0 })}`);
  if (failed > 0) throw new Error(`${failed} smoke check(s) of the installed .vsix failed`);
}
