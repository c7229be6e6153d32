// Quotes against transcripts in a real VS Code: the notes after quotes, misquote and quote-not-found
// in the Problems panel, the fix "Use the transcript's wording" as one undo step, the hover with
// the aligned passage, and the command that opens the transcript at the passage.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { skipWithoutCorpus } from '../support/corpus';
import { referenceCase } from '../support/transcripts';
import { activateNewsdesk, codeOf, newsdeskDiagnostics, readText, removeFile, RUN_ID, SAMPLE_ARTICLE, showDocument, waitFor, workspaceFile, writeText } from './support';

let api: NewsdeskApi;

/** A copy of the sample article beside it, so its `../transcripts/` links hold and the sample stays untouched. */
const COPY = () => workspaceFile('articles', `transcripts-test-${RUN_ID}.news`);

async function openChecked(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await showDocument(uri);
  await api.model.whenAnalyzed(editor.document);
  const checked = await api.transcripts.whenVerified(editor.document);
  assert.ok(checked, `${uri.path} was not checked against transcripts`);
  return editor;
}

/** The note painted after the quote that contains `needle`. */
function noteAfter(editor: vscode.TextEditor, needle: string): string | undefined {
  const text = editor.document.getText();
  const quote = api.transcripts.get(editor.document.uri)!.results.find((result) => text.slice(result.start, result.end).includes(needle));
  assert.ok(quote, `no checked quote contains ${needle}`);
  const end = editor.document.positionAt(quote.end);
  return api.transcripts.decorationsFor(editor).find((note) => note.range.start.isEqual(end))?.text;
}

function finding(document: vscode.TextDocument, code: string, needle: string): vscode.Diagnostic {
  const found = newsdeskDiagnostics(document.uri).find((d) => codeOf(d) === code && document.getText(d.range).includes(needle));
  assert.ok(found, `no ${code} on a quote with ${JSON.stringify(needle)}; got ${JSON.stringify(newsdeskDiagnostics(document.uri).map(codeOf))}`);
  return found;
}

/** Applies an edit and waits until the new version is analysed and checked. */
async function settle(document: vscode.TextDocument): Promise<void> {
  await api.model.whenAnalyzed(document);
  await api.transcripts.whenVerified(document);
}

describe('Newsdesk transcripts', () => {
  before(async () => {
    api = await activateNewsdesk();
    await vscode.workspace.fs.copy(workspaceFile(SAMPLE_ARTICLE), COPY(), { overwrite: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeFile(COPY());
  });

  it('writes "verbatim · time" after a verified quote and the count after a misquote', async () => {
    const editor = await openChecked(COPY());
    assert.equal(noteAfter(editor, 'I was not going to wait'), 'verbatim · 12:31');
    assert.equal(noteAfter(editor, 'If I had found that crack'), '1 word differs · 3:20');
    assert.equal(noteAfter(editor, 'They had the report'), 'verbatim, 1 cut · line 7');
    assert.equal(noteAfter(editor, 'At least the seagulls'), 'not in the transcript');
    assert.equal(noteAfter(editor, 'On a normal Friday'), undefined, 'a speaker with no transcript gets no note');
  });

  it('makes the paths in the Transcripts: line links to the files', async () => {
    const editor = await openChecked(COPY());
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
    const targets = links.filter((link) => link.target?.path.includes('/transcripts/')).map((link) => [editor.document.getText(link.range), link.target!.path.replace(/^.*\/transcripts\//, '')]);
    assert.deepEqual(targets, [
      ['../transcripts/marchetti-news-conference.vtt', 'marchetti-news-conference.vtt'],
      ['../transcripts/kpel-achterberg.srt', 'kpel-achterberg.srt'],
      ['../transcripts/penwick-notes.md', 'penwick-notes.md'],
    ]);
  });

  it('reports the misquote with the transcript\'s wording, and the quote not found', async () => {
    const editor = await openChecked(COPY());
    const misquote = finding(editor.document, 'misquote', 'If I had found that crack');
    assert.equal(misquote.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(misquote.message, /1 word differs .*kpel-achterberg\.srt · 3:20.*moved my kids out/);
    assert.equal((misquote.code as { target: vscode.Uri }).target.path, 'newsdesk.showCheckHelp');
    const missing = finding(editor.document, 'quote-not-found', 'At least the seagulls');
    assert.match(missing.message, /Harold Penwick's words/);
  });

  it('fixes the misquote with the transcript\'s wording in one undo step', async () => {
    const editor = await openChecked(COPY());
    const document = editor.document;
    const original = document.getText();
    const diagnostic = finding(document, 'misquote', 'If I had found that crack');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    assert.deepEqual(actions.map((action) => action.title).filter((title) => /misquote|transcript/.test(title)), [
      "Use the transcript's wording",
      'Ignore misquote in this paragraph',
      'Turn off misquote for this file',
    ]);
    const fix = actions.find((action) => action.title === "Use the transcript's wording");
    assert.ok(fix?.edit, `no fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(document.getText().includes('“If I had found that crack in my own house, I would have moved my kids out the same afternoon.”'));
    assert.equal(document.getText().length, original.length - 'family'.length + 'kids'.length, 'only the word changed');
    await settle(document);
    assert.ok(!newsdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'misquote'), 'the misquote is still reported');
    assert.equal(noteAfter(editor, 'If I had found that crack'), 'verbatim · 3:20');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo did not restore the text');
    await settle(document);
    finding(document, 'misquote', 'If I had found that crack');

    // Or silence it for the paragraph, as any finding.
    const ignore = actions.find((action) => action.title === 'Ignore misquote in this paragraph')!;
    assert.equal(await vscode.workspace.applyEdit(ignore.edit!), true);
    await settle(document);
    assert.ok(!newsdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'misquote'), 'the ignored misquote is still reported');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
    await settle(document);
  });

  it('hovers a quote with the aligned passage and its differences marked', async () => {
    const editor = await openChecked(COPY());
    const document = editor.document;
    const at = document.positionAt(document.getText().indexOf('If I had found that crack'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const text = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
    assert.match(text, /\*\*1 word differs\*\* · `\.\.\/transcripts\/kpel-achterberg\.srt` · 3:20/);
    assert.match(text, /~~family~~ \*\*kids\*\*/);
    assert.match(text, /Open the transcript at 3:20\]\(command:newsdesk\.openTranscript\?/);
    const cutAt = document.positionAt(document.getText().indexOf('They had the report'));
    const cutHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, cutAt);
    const cutText = cutHovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
    assert.match(cutText, /\*\*Verbatim\*\*/);
    assert.match(cutText, /\[cut: They read it, and\]/);
  });

  it('opens the transcript at the passage of the quote under the cursor', async () => {
    const editor = await openChecked(COPY());
    const offset = editor.document.getText().indexOf('If I had found that crack');
    editor.selection = new vscode.Selection(editor.document.positionAt(offset + 3), editor.document.positionAt(offset + 3));
    const opened = new Promise<vscode.TextEditor>((resolve) => {
      const subscription = vscode.window.onDidChangeActiveTextEditor((active) => {
        if (active && active.document.uri.path.endsWith('kpel-achterberg.srt')) {
          subscription.dispose();
          resolve(active);
        }
      });
    });
    await vscode.commands.executeCommand('newsdesk.openTranscript');
    const transcript = await opened;
    const selected = transcript.document.getText(transcript.selection);
    assert.ok(selected.startsWith('If I had found that crack'), selected);
    assert.ok(selected.endsWith('the same afternoon'), selected);
  });

  it('flags an unreadable transcript on its path, and checks again when a transcript changes on disk', async () => {
    const folder = workspaceFile(`watched-${RUN_ID}`);
    try {
      await writeText(vscode.Uri.joinPath(folder, 'mayor.srt'), '1\n00:00:05,000 --> 00:00:08,000\nWe will fix this bridge before the winter.\n');
      const articleUri = vscode.Uri.joinPath(folder, 'story.news');
      await writeText(articleUri, 'Bridge Plan\n\n<!-- Transcripts: Marchetti: mayor.srt, Penwick: gone.md -->\n\n"We will fix this bridge before the summer," Marchetti said.\n');
      const editor = await openChecked(articleUri);
      const document = editor.document;
      const unreadable = newsdeskDiagnostics(document.uri).find((d) => d.message.startsWith('Cannot read the transcript gone.md'));
      assert.ok(unreadable, JSON.stringify(newsdeskDiagnostics(document.uri).map((d) => d.message)));
      assert.equal(document.getText(unreadable.range), 'gone.md');
      finding(document, 'misquote', 'We will fix this bridge');
      // The transcript is corrected on disk: the watcher re-reads it and the misquote goes.
      const cleared = new Promise<void>((resolve) => {
        const subscription = vscode.languages.onDidChangeDiagnostics(() => {
          if (newsdeskDiagnostics(document.uri).some((d) => codeOf(d) === 'misquote')) return;
          subscription.dispose();
          resolve();
        });
      });
      await writeText(vscode.Uri.joinPath(folder, 'mayor.srt'), '1\n00:00:05,000 --> 00:00:08,000\nWe will fix this bridge before the summer.\n');
      await cleared;
      assert.equal(noteAfter(editor, 'We will fix this bridge'), 'verbatim · 0:05');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile(folder);
    }
  });

  it('follows newsdesk.transcripts.maxFileSizeMB live: over a lowered limit the link is refused on its path, and read again when the limit goes back', async () => {
    const folder = workspaceFile(`limit-${RUN_ID}`);
    // About 2 KB of captions, over a 1 KB limit.
    const captions = Array.from({ length: 30 }, (_, index) => `${index + 1}\n00:00:${String(index + 10).padStart(2, '0')},000 --> 00:00:${String(index + 11).padStart(2, '0')},000\nWe will fix this bridge before the winter, line ${index}.\n`).join('\n');
    const messages = (uri: vscode.Uri) => newsdeskDiagnostics(uri).map((d) => `${codeOf(d)}: ${d.message}`);
    const diagnosticsMatch = (uri: vscode.Uri, accept: (shown: string[]) => boolean, what: string) =>
      waitFor(vscode.languages.onDidChangeDiagnostics, () => accept(messages(uri)), what).catch((error: Error) => assert.fail(`${error.message}; shown: ${JSON.stringify(messages(uri))}`));
    try {
      await writeText(vscode.Uri.joinPath(folder, 'mayor.srt'), captions);
      const articleUri = vscode.Uri.joinPath(folder, 'story.news');
      await writeText(articleUri, 'Bridge Plan\n\n<!-- Transcripts: Marchetti: mayor.srt -->\n\n"We will fix this bridge before the summer, line 3," Marchetti said.\n');
      const editor = await openChecked(articleUri);
      finding(editor.document, 'misquote', 'We will fix this bridge');
      const refused = diagnosticsMatch(articleUri, (shown) => shown.some((message) => /Cannot read the transcript mayor\.srt: .*over the 1 KB limit for a transcript/.test(message)), 'the refusal');
      await vscode.workspace.getConfiguration('newsdesk').update('transcripts.maxFileSizeMB', 0.001, vscode.ConfigurationTarget.Workspace);
      await refused;
      assert.ok(!newsdeskDiagnostics(articleUri).some((d) => codeOf(d) === 'misquote'), 'a refused transcript checks no quote');
      const readAgain = diagnosticsMatch(articleUri, (shown) => !shown.some((message) => message.includes('Cannot read')) && shown.some((message) => message.startsWith('misquote')), 'the misquote again');
      await vscode.workspace.getConfiguration('newsdesk').update('transcripts.maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
      await readAgain;
    } finally {
      await vscode.workspace.getConfiguration('newsdesk').update('transcripts.maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile(folder);
    }
  });

  it('uses the transcripts .newsdesk.json links to a folder of articles', async () => {
    const configFile = workspaceFile('.newsdesk.json');
    const original = await readText(configFile);
    const folder = `configured-${RUN_ID}`;
    try {
      await writeText(workspaceFile(folder, 'tapes', 'mayor.srt'), '1\n00:01:05,000 --> 00:01:08,000\nWe will fix this bridge before the winter.\n');
      const articleUri = workspaceFile(folder, 'story.news');
      await writeText(articleUri, 'Bridge Plan\n\n"We will fix this bridge before the summer," Marchetti said.\n');
      const config = JSON.parse(original) as Record<string, unknown>;
      config.transcripts = { [`${folder}/`]: [`Marchetti: ${folder}/tapes/mayor.srt`] };
      const editor = await showDocument(articleUri);
      const misquoted = new Promise<void>((resolve) => {
        const done = () => newsdeskDiagnostics(articleUri).some((d) => codeOf(d) === 'misquote');
        const subscription = vscode.languages.onDidChangeDiagnostics(() => {
          if (!done()) return;
          subscription.dispose();
          resolve();
        });
      });
      await writeText(configFile, JSON.stringify(config, null, 2));
      await misquoted;
      assert.match(finding(editor.document, 'misquote', 'We will fix').message, /tapes\/mayor\.srt · 1:05/);
    } finally {
      await writeText(configFile, original);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile(workspaceFile(folder));
    }
  });

  it('checks the reference article against transcripts made from its quotes', async function () {
    const made = referenceCase(await readText(vscode.Uri.file(skipWithoutCorpus(this, 'articles', 'us-allies-warn-china.news'))));
    const folder = workspaceFile(`reference-${RUN_ID}`);
    try {
      for (const [name, text] of Object.entries(made.files)) await writeText(vscode.Uri.joinPath(folder, name), text);
      const articleUri = vscode.Uri.joinPath(folder, 'article.news');
      await writeText(articleUri, made.article);
      const editor = await openChecked(articleUri);
      for (const expected of made.expected) {
        const note = noteAfter(editor, expected.needle);
        const want = expected.status === 'verbatim' ? /^verbatim/ : expected.status === 'misquote' ? /^1 word differs/ : /^not in the transcript$/;
        assert.match(note ?? '', want, expected.needle);
      }
      finding(editor.document, 'misquote', 'For the first time');
      finding(editor.document, 'quote-not-found', 'We will not allow that');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await removeFile(folder);
    }
  });
});
