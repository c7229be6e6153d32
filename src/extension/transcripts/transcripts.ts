// Quotes checked against the transcripts an article links, as the writer types: a note after each
// checked quote ("verbatim · 12:34", "3 words differ"), misquote and quote-not-found findings with
// the fix "Use the transcript's wording", a hover with the aligned passage, and a command that opens
// the transcript at the passage. Transcripts are read and indexed once per file version (watched
// for changes); after a keystroke only the quotes whose words changed are aligned again.
import * as vscode from 'vscode';
import { openDocumentAt } from '../core/documents';
import type { Diagnostic as Finding, NewsdeskConfig } from '../../engine';
import type { LoadedTranscript, ParsedTranscript, QuoteVerification, ResolvedLink, TranscriptFileSystem, TranscriptLink, TranscriptSource } from '../../engine/transcripts';
import { describePlace, describeWhere, parseTranscriptInSlices, readTranscriptFile, readTranscriptLinks, resolveTranscriptLinks, TranscriptIndex, USE_TRANSCRIPT_TITLE, verificationLabel, verifyQuotesInSteps } from '../../engine/transcripts';
import { disableInFileEdit, ignoreInParagraphEdit } from '../diagnostics/codeActions';
import { toVsDiagnostic } from '../diagnostics/diagnostics';
import type { FeatureDeps } from '../core/features';
import { workspaceFileSystem } from '../files';
import { runInSlices, SLICE_MS, yieldToEditor } from '../host/host';
import type { TranscriptReads } from '../logic/transcriptReads';
import { escapeMarkdown } from '../logic/markdown';
import { Commands, DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../core/ids';
import type { DocumentAnalysis } from '../core/model';
import { effectiveConfig } from '../core/workspaceArticles';
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
  /** The notes after quotes in an editor (inlay hints), as the writer sees them. */
  decorationsFor(editor: vscode.TextEditor): Array<{ range: vscode.Range; text: string }>;
}

/** A linked transcript, read and parsed, or why it could not be. */
type Loaded = LoadedTranscript & { uri: vscode.Uri };

interface ArticleState {
  /** The links and the file versions the index was made from. */
  key: string;
  index: TranscriptIndex;
  transcripts: Map<string, vscode.Uri>;
  problems: Array<{ link: TranscriptLink; message: string }>;
  latest?: ArticleVerification;
}

export function registerTranscripts(deps: FeatureDeps): TranscriptsFeature {
  const { model, configs } = deps;
  const collection = vscode.languages.createDiagnosticCollection('newsdesk-transcripts');
  // The notes after quotes are inlay hints, not `after` decorations: VS Code counts inlay hints when
  // it wraps a line, while decoration text runs past the edge, under the minimap.
  const notesChanged = new vscode.EventEmitter<void>();
  const files = new Map<string, Promise<Loaded>>();
  const articles = new Map<string, ArticleState>();
  /** The last version of each article that was checked (or found to link nothing), for `whenVerified`. */
  const checked = new Map<string, number>();
  const waiters = new Map<string, Array<{ version: number; resolve: (value: ArticleVerification | undefined) => void }>>();
  const disposables: vscode.Disposable[] = [collection, notesChanged];

  /**
   * Reads a transcript once; the file watcher forgets it when it changes on disk, so a keystroke in
   * the article costs no file-system call. Where links may lead and what is read are the engine's
   * rules (shared with the CLI); this host only supplies `workspace.fs`.
   */
  const load = (document: vscode.TextDocument, link: ResolvedLink, fileSystem: TranscriptFileSystem, roots: string[], options: TranscriptReads): Promise<Loaded> => {
    const uri = document.uri.with({ path: link.path, query: '', fragment: '' });
    const key = `${uri.toString()}\u0000${link.shown}\u0000${link.refused ?? ''}\u0000${options.maxBytes}`;
    let loading = files.get(key);
    if (!loading) {
      // Parsed a slice at a time, yielding as the model does: a long transcript never blocks the editor for long.
      const parse = (source: TranscriptSource) => parseTranscriptInSlices(source, SLICE_MS, () => yieldToEditor(deps.host));
      loading = readTranscriptFile(fileSystem, link, options.maxBytes, options.allowOutside ? undefined : roots, parse).then((loaded) => ({ ...loaded, uri }));
      files.set(key, loading);
    }
    return loading;
  };

  /** The article's links, resolved by the engine's rules inside the workspace folders (or the article's own folder). */
  const linksOf = (document: vscode.TextDocument, text: string, config: NewsdeskConfig, options: TranscriptReads) => {
    const configUri = configs.configUri(document.uri);
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === document.uri.scheme && folder.uri.authority === document.uri.authority);
    const roots = folders.length ? folders.map((folder) => folder.uri.path) : [vscode.Uri.joinPath(document.uri, '..').path];
    const links = resolveTranscriptLinks({
      articlePath: document.isUntitled ? undefined : document.uri.path,
      baseDir: roots[0],
      text,
      config,
      configPath: configUri ? configUri.path : null,
      roots,
      allowOutside: options.allowOutside,
      allowHint: 'turn on the setting newsdesk.transcripts.allowOutsideWorkspace to read it',
    });
    return { links, roots };
  };

  const verify = async (result: DocumentAnalysis): Promise<void> => {
    const { document, version, analysis } = result;
    const key = document.uri.toString();
    const text = document.getText();
    if (document.version !== version || text.length !== analysis.length) return; // a newer analysis is on its way
    const config = await effectiveConfig(deps, document.uri);
    const options = deps.settings.value.transcripts;
    const { links, roots } = linksOf(document, text, config, options);
    if (links.length === 0 || !options.allowed) {
      // Restricted Mode reads no linked file; the writer is told once why quotes are not checked.
      if (links.length > 0) tellRestrictedOnce();
      if (articles.delete(key)) clear(document.uri);
      settle(key, version);
      return;
    }
    // One file system per check: the allowed folders' real paths are resolved once in it, not per transcript.
    const fileSystem = workspaceFileSystem(document.uri, deps.host);
    const loaded = await Promise.all(links.map((link) => load(document, link, fileSystem, roots, options)));
    // A refusal is part of the key: the same unchanged file may be read under one size limit and refused under another.
    const stateKey = links.map((link, index) => `${loaded[index].uri.toString()}|${link.link.speakers.join('&')}|${loaded[index].stamp}|${link.refused ?? ''}|${'problem' in loaded[index] ? loaded[index].problem : ''}`).join('\n');
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
    const index = state.index;
    const { results, diagnostics: findings } = await runInSlices(deps.host, (shouldPause) => verifyQuotesInSteps(text, analysis, index, { config }, shouldPause));
    if (document.version !== version || articles.get(key) !== state) return; // overtaken while checking: the newer check shows its own
    state.latest = { version, results, findings, transcripts: state.transcripts };
    collection.set(document.uri, [...findings.map((finding) => toDiagnostic(document, finding)), ...state.problems.map((problem) => problemDiagnostic(document, problem.link, problem.message))]);
    notesChanged.fire();
    settle(key, version);
  };

  let toldRestricted = false;
  const tellRestrictedOnce = () => {
    if (toldRestricted) return;
    toldRestricted = true;
    void vscode.window.showInformationMessage('Newsdesk: this workspace is in Restricted Mode, so linked transcripts are not read and quotes are not checked against them. Trust the workspace to check them.');
  };
  // The size limit, the outside-the-workspace setting or the trust changed (the settings store
  // says so): read the links again. The model analyses every article again after any settings
  // change, which checks them again here.
  let readsWith = deps.settings.value.transcripts;
  deps.settings.onDidChange(({ transcripts }) => {
    if (JSON.stringify(transcripts) === JSON.stringify(readsWith)) return;
    readsWith = transcripts;
    files.clear();
  }, undefined, disposables);

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
    notesChanged.fire();
  };

  /** The note after each checked quote of the document's current version. */
  const notesFor = (document: vscode.TextDocument): Array<{ range: vscode.Range; text: string; result: QuoteVerification }> => {
    const latest = articles.get(document.uri.toString())?.latest;
    if (!latest || latest.version !== document.version) return [];
    return latest.results.flatMap((result) => {
      const text = verificationLabel(result);
      if (!text) return [];
      const end = document.positionAt(result.end);
      return [{ range: new vscode.Range(end, end), text, result }];
    });
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

  // Hover, fix and command, for every language an article can be in; each checks the document.
  const selector: vscode.DocumentSelector = [LANGUAGE_ID, 'markdown', 'plaintext'].map((language) => ({ language }));
  const current = (document: vscode.TextDocument) => {
    const latest = articles.get(document.uri.toString())?.latest;
    return latest && latest.version === document.version ? latest : undefined;
  };
  disposables.push(
    vscode.languages.registerInlayHintsProvider(selector, {
      onDidChangeInlayHints: notesChanged.event,
      provideInlayHints(document, range) {
        return notesFor(document).filter((note) => range.contains(note.range)).map(({ range: at, text, result }) => {
          const label = new vscode.InlayHintLabelPart(text);
          if (result.passage && result.transcript) {
            label.command = { command: OPEN_TRANSCRIPT_COMMAND, title: 'Open the transcript at this quote', arguments: [document.uri.toString(), result.start] };
          }
          const hint = new vscode.InlayHint(at.start, [label]);
          hint.paddingLeft = true;
          hint.tooltip = result.status === 'verbatim' ? 'Word for word as in the transcript. Click to open it at the passage.' : 'The quote differs from the transcript: hover the quote for the words.';
          return hint;
        });
      },
    }),
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
          if ((finding.code === 'misquote' || finding.code === 'quote-variant') && finding.suggestion) {
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
    const document = openDocumentAt(uri);
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
      return notesFor(editor.document).map(({ range, text }) => ({ range, text }));
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

/**
 * A path as inline code: backticks (which would end it), line breaks (which would end the
 * paragraph) and other control characters cannot reach the Markdown; a long path is shortened.
 */
function code(text: string): string {
  const safe = text.replace(/`/g, "'").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `\`${safe.length > 200 ? `${safe.slice(0, 199)}…` : safe}\``;
}

/** The aligned passage with the differences marked: ~~the article's words~~ **the transcript's**. */
function describeVerification(document: vscode.TextDocument, result: QuoteVerification): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.isTrusted = { enabledCommands: [OPEN_TRANSCRIPT_COMMAND] };
  if (result.status === 'not-found') {
    markdown.appendMarkdown(`**Not in the transcript** · ${code(result.transcript ?? '')}\n\nNothing close to this quote is in ${result.speaker ? `${escapeMarkdown(result.speaker)}'s words in ` : ''}the linked transcripts.`);
    const saidBy = result.saidBy;
    if (saidBy) markdown.appendMarkdown(`\n\n**${escapeMarkdown(saidBy.speaker)}** says it in ${code(saidBy.transcript)} · ${describePlace(saidBy)}: check who said it.`);
    return markdown;
  }
  const where = describeWhere(result);
  const heading = result.status === 'verbatim' ? 'Verbatim' : result.status === 'variant' ? 'Written differently' : result.differences === 1 ? '1 word differs' : `${result.differences} words differ`;
  markdown.appendMarkdown(`**${heading}** · ${code(result.transcript ?? '')}${where ? ` · ${escapeMarkdown(where)}` : ''}\n\n`);
  const passage = result.diff
    .map((part) => {
      switch (part.op) {
        case 'equal':
          return escapeMarkdown(part.quote ?? '');
        case 'changed':
          return `~~${escapeMarkdown(part.quote ?? '')}~~ **${escapeMarkdown(part.transcript ?? '')}**`;
        case 'added':
          return `~~${escapeMarkdown(part.quote ?? '')}~~`;
        case 'dropped':
        case 'variant':
          return part.op === 'variant' ? `~~${escapeMarkdown(part.quote ?? '')}~~ **${escapeMarkdown(part.transcript ?? '')}**` : `**${escapeMarkdown(part.transcript ?? '')}**`;
        default:
          return part.transcript ? `*[cut: ${escapeMarkdown(part.transcript)}]*` : escapeMarkdown(part.quote ?? '');
      }
    })
    .join(' ');
  markdown.appendMarkdown(`> ${passage}\n\n`);
  if (result.status === 'misquote' || result.status === 'variant') markdown.appendMarkdown('~~struck~~: the article\'s words · **bold**: the transcript\'s\n\n');
  const args = encodeURIComponent(JSON.stringify([document.uri.toString(), result.start]));
  markdown.appendMarkdown(`[Open the transcript${where ? ` at ${escapeMarkdown(where)}` : ''}](command:${OPEN_TRANSCRIPT_COMMAND}?${args})`);
  return markdown;
}
