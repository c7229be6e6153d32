// Helpers shared by the VS Code integration tests (test/vscode/*.test.ts). Not a test file itself:
// the runner loads only *.test.js, and this module is pulled in by the tests that import it.
// Files only through workspace.fs, and no Node module: the same tests run in the web worker
// (test/vscode-web/).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { corpusFile, corpusPath, missingCorpusReason } from '../support/corpus';

// ---------------------------------------------------------------------------------------------
// The extension and the workspace

/** Activates Newsdesk (a no-op after the first time) and returns the API its activate() exports. */
export async function activateNewsdesk(): Promise<NewsdeskApi> {
  return (await vscode.extensions.getExtension('newsdesk.newsdesk')!.activate()) as NewsdeskApi;
}

/** The tests' workspace folder: a temp copy of fixtures/ made by scripts/vscode/run-tests.mjs. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixtures workspace folder');
  return folder;
}

/** A path inside the workspace folder, e.g. workspaceFile('articles', 'x.news'). */
export function workspaceFile(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...parts);
}

// ---------------------------------------------------------------------------------------------
// The annotated sample article (fixtures/articles) and the optional reference article

/** The sample article, relative to the workspace folder. */
export const SAMPLE_ARTICLE = 'articles/harbour-bridge-closure.news';
/** Its hand annotation (the same format as the corpus's *.gold.json files). */
export const SAMPLE_EXPECTED = 'articles/harbour-bridge-closure.expected.json';

/** The reference article from the corpus (../shared/corpus), without extension; its tests skip when it is absent. */
export const REFERENCE = `${corpusPath()}/articles/us-allies-warn-china`;
export const referencePresent = !!corpusFile('articles', 'us-allies-warn-china.news') && !!corpusFile('articles', 'us-allies-warn-china.gold.json');
/** Why the reference article's tests were skipped, for their titles. */
export const REFERENCE_MISSING = missingCorpusReason('articles', 'us-allies-warn-china.news');

/** One annotated quote (the fields the tests read). */
export interface ExpectedQuote {
  start: number;
  end: number;
  text: string;
  kind: string;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerName: string | null;
  optional?: boolean;
  unattributed?: boolean;
}

/** A hand annotation: *.expected.json or *.gold.json (the fields the tests read). */
export interface Expected {
  text: string;
  quotes: ExpectedQuote[];
  speakers: Array<{ name: string; directQuotes: number }>;
  paragraphRoles?: Array<{ start: number; end: number; text: string; role: string }>;
}

/** Reads an annotation file. */
export async function readExpected(uri: vscode.Uri): Promise<Expected> {
  return JSON.parse(await readText(uri)) as Expected;
}

// ---------------------------------------------------------------------------------------------
// Files, through workspace.fs (as the extension reads them)

/** A file's text (UTF-8). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes a file (UTF-8), making its folder if needed. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Deletes a file or a folder with what it holds; nothing if it is not there. */
export async function removeFile(uri: vscode.Uri): Promise<void> {
  await Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false })).catch(() => undefined);
}

/** Tells this run's files from another's in a shared workspace (`process.pid` is Node-only). */
export const RUN_ID = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** The editor's selection as offsets into its document. */
export function selectedSpan(editor: vscode.TextEditor): { start: number; end: number } {
  return { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
}

/** Whether two spans of offsets share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------------------------------------
// Small articles written by the tests

/** Four paragraphs with one gap each, a clean one, and an unclosed quotation at the end. */
export const GAPS_ARTICLE = [
  'Council Delays Vote on Harbour Budget',
  '',
  'Mayor Delia Marchetti said the council would vote next week on the repair budget.',
  '',
  '"We cannot keep patching this bridge."',
  '',
  'Critics say the repairs will cost far more than the city admits.',
  '',
  'A source said the contract had already been promised to a local firm.',
  '',
  'Harold Penwick claimed the mayor had known about the cracks for years.',
  '',
  '"This is the last time we wait, Penwick said at the meeting.',
  '',
].join('\n');

/** Two men named, then a quote "he said": the pronoun could mean either. */
export const AMBIGUOUS_ARTICLE = [
  'Bridge Talks Stall',
  '',
  'Owen Achterberg, the city engineer, said the repairs would take months. Harold Penwick, a council member, said the city had waited too long.',
  '',
  '"We are nowhere near a deal," he said.',
  '',
].join('\n');

/**
 * Files a test suite writes into the workspace folder, named `<prefix>-<RUN_ID>-<name>` so that
 * runs never collide; `deleteAll()` (in an `after` hook) removes them, ignoring missing ones.
 */
export class TempFiles {
  private readonly created: vscode.Uri[] = [];

  constructor(private readonly prefix: string) {}

  uri(name: string): vscode.Uri {
    return vscode.Uri.joinPath(workspaceFolder().uri, `${this.prefix}-${RUN_ID}-${name}`);
  }

  /** Writes `text` to the file `name` (see the class comment) and returns its URI. */
  async write(name: string, text: string): Promise<vscode.Uri> {
    const uri = this.uri(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    this.created.push(uri);
    return uri;
  }

  async deleteAll(): Promise<void> {
    for (const uri of this.created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  }
}

/** For a suite's `after` hook: closes every editor, then deletes the files the suite wrote. */
export async function closeEditorsAndDelete(files: TempFiles): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await files.deleteAll();
}

// ---------------------------------------------------------------------------------------------
// Opening documents and waiting for the model

/** Opens `uri` in an editor (`options` as for vscode.window.showTextDocument). */
export async function showDocument(uri: vscode.Uri, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, options);
}

/** Opens an article in an editor and resolves once the model has analysed its current version. */
export async function showArticle(api: NewsdeskApi, uri: vscode.Uri, options?: vscode.TextDocumentShowOptions): Promise<vscode.TextEditor> {
  const editor = await showDocument(uri, options);
  await api.model.whenAnalyzed(editor.document);
  return editor;
}

/** Writes a temp article (see TempFiles), opens it and waits for its analysis. */
export async function openTempArticle(api: NewsdeskApi, files: TempFiles, name: string, text: string): Promise<vscode.TextDocument> {
  return (await showArticle(api, await files.write(name, text))).document;
}

/** Resolves with the first event value that passes `predicate`; fails after a bounded wait. */
export function waitFor<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/**
 * Resolves on the next model change for `document` (matched by URI) that `accept` likes.
 * Create it before causing the change, then await it.
 */
export function nextAnalysis(api: NewsdeskApi, document: vscode.TextDocument, accept: () => boolean = () => true): Promise<void> {
  return new Promise((resolve) => {
    const subscription = api.model.onDidChange((result) => {
      if (result.document.uri.toString() !== document.uri.toString() || !accept()) return;
      subscription.dispose();
      resolve();
    });
  });
}

/**
 * Resolves on the model change for this very document object at the version it has when the
 * change arrives, i.e. the analysis of the latest edit. Create it before editing.
 */
export function analysisOfCurrentVersion(api: NewsdeskApi, document: vscode.TextDocument): Promise<void> {
  return new Promise<void>((resolve) => {
    const subscription = api.model.onDidChange((result) => {
      if (result.document === document && result.version === document.version) {
        subscription.dispose();
        resolve();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Settings

/**
 * Sets `newsdesk.<key>` without waiting for anyone to see it: for clean-up in `after` hooks,
 * where the value may already be the one asked for (and so no change event would come).
 */
export async function writeSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  await vscode.workspace.getConfiguration('newsdesk').update(key, value, target);
}

/**
 * Sets `newsdesk.<key>` and resolves once the extension host has seen the change. The value must
 * differ from the current one, or no change event comes.
 */
export async function updateSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Workspace): Promise<void> {
  const seen = new Promise<void>((resolve) => {
    const subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`newsdesk.${key}`)) return;
      subscription.dispose();
      resolve();
    });
  });
  await writeSetting(key, value, target);
  await seen;
}

/** Sets `newsdesk.<key>` (workspace) and resolves once `document` has been analysed again. */
export async function updateSettingAndReanalyse(api: NewsdeskApi, document: vscode.TextDocument, key: string, value: unknown): Promise<void> {
  const analysed = nextAnalysis(api, document);
  await writeSetting(key, value);
  await analysed;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

/** A diagnostic's code as a string (Newsdesk's codes are `{ value, target }` help links). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** Newsdesk's entries in the Problems panel for `uri`. */
export function newsdeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'newsdesk');
}
