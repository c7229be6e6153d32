// Quotes checked against the transcripts an article links, as the writer types: a note after each
// checked quote ("verbatim · 12:34", "3 words differ"), misquote and quote-not-found findings with
// the fix "Use the transcript's wording", a hover with the aligned passage, and a command that opens
// the transcript at the passage. Transcripts are read and indexed once per file version (watched
// for changes); after a keystroke only the quotes whose words changed are aligned again.
import * as vscode from 'vscode';
import type { Diagnostic as Finding, NewsdeskConfig } from '../../engine';
import type { ParsedTranscript, QuoteVerification, TranscriptLink } from '../../engine/transcripts';
import { configuredTranscripts, describeWhere, formatTime, parseTranscript, readTranscriptLinks, TranscriptIndex, USE_TRANSCRIPT_TITLE, verificationLabel, verifyQuotes } from '../../engine/transcripts';
import { disableInFileEdit, ignoreInParagraphEdit } from '../diagnostics/codeActions';
import { toVsDiagnostic } from '../diagnostics/diagnostics';
import type { FeatureDeps } from '../core/features';
import { Commands, DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../core/ids';
import type { DocumentAnalysis } from '../core/model';
import { withEditorSeverity } from '../core/workspaceConfig';
import { toOffset, toRange } from '../core/ranges';

/** Opens a linked transcript at a quote's passage: (article URI?, offset in the article?). */
export const OPEN_TRANSCRIPT_COMMAND = Commands.openTranscript;
const TRANSCRIPT_FILES = '**/*.{vtt,webvtt,srt,txt,text,md,markdown}';


/** What one article's check found, for the version of the text it was made from. */
export interface ArticleVerification {
  readonly version: number;
  readonly results: readonly QuoteVerification[];
  readonly findings: readonly Finding[];
  /** Each transcript the quotes were checked against, by the path shown for it. */
  readonly transcripts: ReadonlyMap<string, vscode.Uri>;
}

export interface TranscriptsFeature extends vscode.Disposable {
  /** The latest check of a document (any version), or undefined when it links no transcript. */
  get(uri: vscode.Uri): ArticleVerification | undefined;
  /** Resolves once the document's current version has been checked (or found to link none). */
  whenVerified(document: vscode.TextDocument): Promise<ArticleVerification | undefined>;
  /** The notes painted after quotes in an editor, as the writer sees them. */
  decorationsFor(editor: vscode.TextEditor): Array<{ range: vscode.Range; text: string }>;
}

/** A linked transcript, read and parsed, or why it could not be. */
type Loaded = { uri: vscode.Uri; stamp: string; parsed: ParsedTranscript } | { uri: vscode.Uri; stamp: string; problem: string };

interface ArticleState {
  /** The links and the file versions the index was made from. */
  key: string;
  index: TranscriptIndex;
  transcripts: Map<string, vscode.Uri>;
  problems: Array<{ link: TranscriptLink; message: string }>;
  latest?: ArticleVerification;
}

export function registerTranscripts(deps: FeatureDeps): TranscriptsFeature {
  const { model, configs, settings } = deps;
  const collection = vscode.languages.createDiagnosticCollection('newsdesk-transcripts');
  const verified = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 0.75em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const differs = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorWarning.foreground'), margin: '0 0 0 0.75em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const files = new Map<string, Promise<Loaded>>();
  const articles = new Map<string, ArticleState>();
  /** The last version of each article that was checked (or found to link nothing), for `whenVerified`. */
  const checked = new Map<string, number>();
  const waiters = new Map<string, Array<{ version: number; resolve: (value: ArticleVerification | undefined) => void }>>();
  const painted = new WeakMap<vscode.TextEditor, { version: number; notes: Array<{ range: vscode.Range; text: string }> }>();
  const disposables: vscode.Disposable[] = [collection, verified, differs];

  /**
   * Reads a transcript once; the file watcher forgets it when it changes on disk, so a keystroke in
   * the article costs no file-system call.
   */
  const load = (uri: vscode.Uri, shown: string): Promise<Loaded> => {
    const key = `${uri.toString()}\u0000${shown}`;
    let loading = files.get(key);
    if (!loading) {
      loading = (async (): Promise<Loaded> => {
        let stamp: string;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          stamp = `${stat.mtime}:${stat.size}`;
        } catch {
          return { uri, stamp: 'missing', problem: 'no such file' };
        }
        try {
          const text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
          return { uri, stamp, parsed: parseTranscript({ path: shown, text }) };
        } catch (error) {
          return { uri, stamp, problem: error instanceof TypeError ? 'not UTF-8 text' : 'cannot be read' };
        }
      })();
      files.set(key, loading);
    }
    return loading;
  };

  /** The article's links: its own header line and `.newsdesk.json`, as URIs with the path to show. */
  const linksOf = async (document: vscode.TextDocument, text: string, config: NewsdeskConfig) => {
    const directory = vscode.Uri.joinPath(document.uri, '..');
    const links: Array<{ link: TranscriptLink; uri: vscode.Uri; shown: string }> = readTranscriptLinks(text).map((link) => ({ link, uri: vscode.Uri.joinPath(directory, link.path), shown: link.path }));
    const configUri = configs.configUri(document.uri);
    if (config.transcripts && configUri) {
      const root = vscode.Uri.joinPath(configUri, '..');
      for (const link of configuredTranscripts(config.transcripts, vscode.workspace.asRelativePath(document.uri, false))) {
        const uri = vscode.Uri.joinPath(root, link.path);
        links.push({ link, uri, shown: vscode.workspace.asRelativePath(uri, false) });
      }
    }
    return links;
  };

  const verify = async (result: DocumentAnalysis): Promise<void> => {
    const { document, version, analysis } = result;
    const key = document.uri.toString();
    const text = document.getText();
    if (document.version !== version || text.length !== analysis.length) return; // a newer analysis is on its way
    const config = withEditorSeverity(await configs.configFor(document.uri), settings.value.severity);
    const links = await linksOf(document, text, config);
    if (links.length === 0) {
      if (articles.delete(key)) clear(document.uri);
      settle(key, version);
      return;
    }
    const loaded = await Promise.all(links.map((entry) => load(entry.uri, entry.shown)));
    const stateKey = links.map((entry, index) => `${entry.uri.toString()}|${entry.link.speakers.join('&')}|${loaded[index].stamp}`).join('\n');
    let state = articles.get(key);
    if (!state || state.key !== stateKey) {
      const parsed: ParsedTranscript[] = [];
      const transcripts = new Map<string, vscode.Uri>();
      const problems: ArticleState['problems'] = [];
      loaded.forEach((file, index) => {
        const { link, shown } = links[index];
        if ('problem' in file) problems.push({ link, message: `Cannot read the transcript ${shown}: ${file.problem}.` });
        else {
          for (const problem of file.parsed.problems) problems.push({ link, message: `Transcript ${shown}: ${problem}.` });
          parsed.push(link.speakers.length ? { ...file.parsed, speakers: link.speakers } : file.parsed);
          transcripts.set(shown, file.uri);
        }
      });
      state = { key: stateKey, index: new TranscriptIndex(parsed), transcripts, problems, latest: state?.latest };
      articles.set(key, state);
    }
    // The text may have changed while transcripts were read: only the current version is shown.
    if (document.version !== version) return;
    const { results, diagnostics: findings } = verifyQuotes(text, analysis, state.index, { config });
    state.latest = { version, results, findings, transcripts: state.transcripts };
    collection.set(document.uri, [...findings.map((finding) => toDiagnostic(document, finding)), ...state.problems.map((problem) => problemDiagnostic(document, problem.link, problem.message))]);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) paint(editor);
    settle(key, version);
  };

  const settle = (key: string, version: number) => {
    checked.set(key, version);
    const list = waiters.get(key);
    if (!list) return;
    const latest = articles.get(key)?.latest;
    for (const waiter of list.filter((w) => w.version <= version)) waiter.resolve(latest && latest.version === version ? latest : undefined);
    const rest = list.filter((w) => w.version > version);
    if (rest.length) waiters.set(key, rest);
    else waiters.delete(key);
  };

  const clear = (uri: vscode.Uri) => {
    collection.delete(uri);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== uri.toString()) continue;
      editor.setDecorations(verified, []);
      editor.setDecorations(differs, []);
      painted.set(editor, { version: editor.document.version, notes: [] });
    }
  };

  const paint = (editor: vscode.TextEditor) => {
    const latest = articles.get(editor.document.uri.toString())?.latest;
    if (!latest || latest.version !== editor.document.version) return;
    const good: vscode.DecorationOptions[] = [];
    const bad: vscode.DecorationOptions[] = [];
    const notes: Array<{ range: vscode.Range; text: string }> = [];
    for (const result of latest.results) {
      const label = verificationLabel(result);
      if (!label) continue;
      const end = editor.document.positionAt(result.end);
      const range = new vscode.Range(end, end);
      (result.status === 'verbatim' ? good : bad).push({ range, renderOptions: { after: { contentText: label } } });
      notes.push({ range, text: label });
    }
    editor.setDecorations(verified, good);
    editor.setDecorations(differs, bad);
    painted.set(editor, { version: editor.document.version, notes });
  };

  const run = (result: DocumentAnalysis) => {
    verify(result).catch((error: unknown) => {
      deps.output.error(`${vscode.workspace.asRelativePath(result.document.uri)}: checking quotes against transcripts failed: ${error instanceof Error ? error.message : String(error)}`, error instanceof Error ? error.stack : undefined);
    });
  };

  model.onDidChange(run, undefined, disposables);
  model.onDidRemove((uri) => {
    const key = uri.toString();
    articles.delete(key);
    checked.delete(key);
    collection.delete(uri);
    // Forget transcripts no open article links: a 3-hour file's index is a few megabytes.
    const linked = new Set([...articles.values()].flatMap((state) => [...state.transcripts.values()].map((transcript) => transcript.toString())));
    for (const file of [...files.keys()]) if (!linked.has(file.split('\u0000')[0])) files.delete(file);
  }, undefined, disposables);
  for (const result of model.all()) run(result);

  // A transcript edited, created or deleted on disk: check the articles again.
  const watcher = vscode.workspace.createFileSystemWatcher(TRANSCRIPT_FILES);
  const recheck = (uri: vscode.Uri) => {
    const changed = uri.toString();
    for (const key of [...files.keys()]) if (key.startsWith(`${changed}\u0000`)) files.delete(key);
    for (const result of model.all()) {
      const state = articles.get(result.document.uri.toString());
      if (state && (state.key.includes(changed) || state.problems.length)) {
        state.key = '';
        run(result);
      }
    }
  };
  watcher.onDidChange(recheck, undefined, disposables);
  watcher.onDidCreate(recheck, undefined, disposables);
  watcher.onDidDelete(recheck, undefined, disposables);
  disposables.push(watcher);
  vscode.window.onDidChangeVisibleTextEditors((editors) => {
    for (const editor of editors) if (painted.get(editor)?.version !== editor.document.version) paint(editor);
  }, undefined, disposables);

  // Hover, fix and command, for every language an article can be in; each checks the document.
  const selector: vscode.DocumentSelector = [LANGUAGE_ID, 'markdown', 'plaintext'].map((language) => ({ language }));
  const current = (document: vscode.TextDocument) => {
    const latest = articles.get(document.uri.toString())?.latest;
    return latest && latest.version === document.version ? latest : undefined;
  };
  disposables.push(
    vscode.languages.registerHoverProvider(selector, {
      provideHover(document, position) {
        const latest = current(document);
        if (!latest) return undefined;
        const offset = toOffset(document, position);
        const result = latest.results.find((candidate) => candidate.start <= offset && offset < candidate.end && candidate.status !== 'unchecked');
        return result ? new vscode.Hover(describeVerification(document, result), toRange(document, result)) : undefined;
      },
    }),
    vscode.languages.registerCodeActionsProvider(selector, {
      provideCodeActions(document, range, context) {
        if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
        const latest = current(document);
        const analysis = model.get(document.uri);
        if (!latest || !analysis || analysis.version !== document.version) return [];
        const fixes: vscode.CodeAction[] = [];
        const suppressions: vscode.CodeAction[] = [];
        for (const finding of latest.findings) {
          const findingRange = toRange(document, finding);
          if (!findingRange.intersection(range)) continue;
          const shown = context.diagnostics.find((diagnostic) => codeOf(diagnostic) === finding.code && diagnostic.range.isEqual(findingRange));
          const action = (title: string, edit: vscode.WorkspaceEdit | undefined, preferred = false) => {
            if (!edit) return undefined;
            const made = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
            made.edit = edit;
            if (preferred) made.isPreferred = true;
            if (shown) made.diagnostics = [shown];
            return made;
          };
          if (finding.code === 'misquote' && finding.suggestion) {
            // One replacement, inside the quotation marks: one undo step.
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, toRange(document, finding.suggestion), finding.suggestion.text);
            fixes.push(action(USE_TRANSCRIPT_TITLE, edit, true)!);
          }
          const paragraph = analysis.analysis.paragraphs.findIndex((p) => p.start <= finding.start && finding.start < p.end);
          const ignore = paragraph >= 0 ? action(`Ignore ${finding.code} in this paragraph`, ignoreInParagraphEdit(document, analysis.analysis, paragraph, finding.code)) : undefined;
          const disable = action(`Turn off ${finding.code} for this file`, disableInFileEdit(document, [finding.code]));
          for (const made of [ignore, disable]) if (made && !suppressions.some((known) => known.title === made.title)) suppressions.push(made);
        }
        return [...fixes, ...suppressions];
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    // The paths in the article's `Transcripts:` line open the files.
    vscode.languages.registerDocumentLinkProvider(selector, {
      provideDocumentLinks(document) {
        if (!model.isArticle(document)) return [];
        const directory = vscode.Uri.joinPath(document.uri, '..');
        return readTranscriptLinks(document.getText()).flatMap((link) => {
          if (link.start === undefined || link.end === undefined) return [];
          const made = new vscode.DocumentLink(toRange(document, { start: link.start, end: link.end }), vscode.Uri.joinPath(directory, link.path));
          made.tooltip = link.speakers.length ? `Transcript of ${link.speakers.join(' and ')}` : 'Transcript';
          return [made];
        });
      },
    }),
    vscode.commands.registerCommand(OPEN_TRANSCRIPT_COMMAND, (uri?: vscode.Uri | string, offset?: number) => openTranscript(uri, offset)),
  );

  /** Opens the transcript of the quote at `offset` (or at the cursor) with its passage selected. */
  const openTranscript = async (target?: vscode.Uri | string, offset?: number): Promise<vscode.TextEditor | undefined> => {
    const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target ?? vscode.window.activeTextEditor?.document.uri;
    const document = uri && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (!document) return undefined;
    const at = offset ?? (vscode.window.activeTextEditor?.document === document ? document.offsetAt(vscode.window.activeTextEditor.selection.active) : undefined);
    const latest = articles.get(document.uri.toString())?.latest;
    const result = latest?.results.find((candidate) => at !== undefined && candidate.start <= at && at <= candidate.end && candidate.passage && candidate.transcript);
    if (!latest || !result?.passage || !result.transcript) {
      void vscode.window.showInformationMessage('Newsdesk: put the cursor in a quote that was found in a linked transcript.');
      return undefined;
    }
    const transcriptUri = latest.transcripts.get(result.transcript);
    if (!transcriptUri) return undefined;
    const transcript = await vscode.workspace.openTextDocument(transcriptUri);
    const range = new vscode.Range(transcript.positionAt(result.passage.start), transcript.positionAt(result.passage.end));
    const editor = await vscode.window.showTextDocument(transcript, { viewColumn: vscode.ViewColumn.Beside, selection: range, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  };

  return {
    get: (uri) => articles.get(uri.toString())?.latest,
    whenVerified(document) {
      const key = document.uri.toString();
      if ((checked.get(key) ?? -1) >= document.version) {
        const latest = articles.get(key)?.latest;
        return Promise.resolve(latest && latest.version === document.version ? latest : undefined);
      }
      return new Promise((resolve) => {
        const list = waiters.get(key) ?? [];
        list.push({ version: document.version, resolve });
        waiters.set(key, list);
      });
    },
    decorationsFor(editor) {
      const shown = painted.get(editor);
      if (shown && shown.version === editor.document.version) return shown.notes;
      paint(editor);
      return painted.get(editor)?.notes ?? [];
    },
    dispose() {
      for (const disposable of disposables) disposable.dispose();
    },
  };
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  return toVsDiagnostic(finding, toRange(document, finding));
}

/** An unreadable transcript, on its path in the article's header (or the first line, for a `.newsdesk.json` link). */
function problemDiagnostic(document: vscode.TextDocument, link: TranscriptLink, message: string): vscode.Diagnostic {
  const range = link.start !== undefined && link.end !== undefined ? toRange(document, { start: link.start, end: link.end }) : new vscode.Range(0, 0, 0, 0);
  const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'transcript';
  return diagnostic;
}

/** Words as Markdown text: the characters that would format them are escaped. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, (char) => `\\${char}`);
}

/** A path as inline code. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** The aligned passage with the differences marked: ~~the article's words~~ **the transcript's**. */
function describeVerification(document: vscode.TextDocument, result: QuoteVerification): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = { enabledCommands: [OPEN_TRANSCRIPT_COMMAND] };
  if (result.status === 'not-found') {
    markdown.appendMarkdown(`**Not in the transcript** · ${code(result.transcript ?? '')}\n\nNothing close to this quote is in ${result.speaker ? `${escape(result.speaker)}'s words in ` : ''}the linked transcripts.`);
    const saidBy = result.saidBy;
    if (saidBy) markdown.appendMarkdown(`\n\n**${escape(saidBy.speaker)}** says it in ${code(saidBy.transcript)} · ${saidBy.time !== undefined ? formatTime(saidBy.time) : `line ${saidBy.line}`}: check who said it.`);
    return markdown;
  }
  const where = describeWhere(result);
  const heading = result.status === 'verbatim' ? 'Verbatim' : result.differences === 1 ? '1 word differs' : `${result.differences} words differ`;
  markdown.appendMarkdown(`**${heading}** · ${code(result.transcript ?? '')}${where ? ` · ${escape(where)}` : ''}\n\n`);
  const passage = result.diff
    .map((part) => {
      switch (part.op) {
        case 'equal':
          return escape(part.quote ?? '');
        case 'changed':
          return `~~${escape(part.quote ?? '')}~~ **${escape(part.transcript ?? '')}**`;
        case 'added':
          return `~~${escape(part.quote ?? '')}~~`;
        case 'dropped':
          return `**${escape(part.transcript ?? '')}**`;
        default:
          return part.transcript ? `*[cut: ${escape(part.transcript)}]*` : escape(part.quote ?? '');
      }
    })
    .join(' ');
  markdown.appendMarkdown(`> ${passage}\n\n`);
  if (result.status === 'misquote') markdown.appendMarkdown('~~struck~~: the article\'s words · **bold**: the transcript\'s\n\n');
  const args = encodeURIComponent(JSON.stringify([document.uri.toString(), result.start]));
  markdown.appendMarkdown(`[Open the transcript${where ? ` at ${escape(where)}` : ''}](command:${OPEN_TRANSCRIPT_COMMAND}?${args})`);
  return markdown;
}
