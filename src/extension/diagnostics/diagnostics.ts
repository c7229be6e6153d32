// The Problems panel: live findings for open articles (from the model), and the workspace check's
// findings for articles that are not open.
import * as vscode from 'vscode';
import type { Actor, Analysis, Diagnostic as Finding, DiagnosticCode, Severity, Span } from '../../engine';
import { firstIndex } from '../../engine/paragraph/tokens';
import { transcriptFollower } from './codeActions';
import type { FeatureDeps } from '../core/features';
import type { ViewStep } from '../core/model';
import { Commands, DIAGNOSTIC_SOURCE } from '../core/ids';
import type { OffsetSpan } from '../core/ranges';
import { rangesInText, toRange } from '../core/ranges';
import { findingsShown } from '../logic/findingsShown';
import { isPronoun } from '../logic/lookup';
import type { TranscriptsFeature } from '../transcripts/transcripts';

const SEVERITIES: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Opens a check's explanation, from the code link in the Problems panel. Internal (not in the
 * command palette); belongs in ids.ts `Commands` once that file is open to change.
 */
export const SHOW_CHECK_HELP_COMMAND = Commands.showCheckHelp;

/** The left side of a diff shows an old version: its problems are not the writer's to fix. */
const SCHEMES_WITHOUT_PROBLEMS = new Set(['git']);

/** What the workspace check needs from the Problems panel. */
export interface WorkspaceProblems {
  /** Shows a closed article's findings; returns false (and shows nothing) when the article is open, whose live findings win. */
  publish(uri: vscode.Uri, text: string, analysis: Analysis): boolean;
  /** For an open article: notes that the check covered it (closing it saved keeps its findings) and returns true. */
  coverIfOpen(uri: vscode.Uri): boolean;
  /** Drops the check's findings for a file (deleted, or no longer an article). */
  forget(uri: vscode.Uri): void;
  /** Closed files that currently show the check's findings. */
  checkedClosedFiles(): vscode.Uri[];
  /** How many findings the Problems panel shows for a file. */
  count(uri: vscode.Uri): number;
}

// extension.ts wires each feature on its own; the workspace check reaches the one collection here.
let activeProblems: ProblemsPanel | undefined;

/** The Problems panel's workspace side, once diagnostics are registered. */
export function workspaceProblems(): WorkspaceProblems | undefined {
  return activeProblems;
}

export function registerDiagnostics(deps: FeatureDeps, transcripts?: TranscriptsFeature): vscode.Disposable {
  const problems = new ProblemsPanel(deps, transcripts);
  activeProblems = problems;
  const help = vscode.commands.registerCommand(SHOW_CHECK_HELP_COMMAND, (code: unknown) => showCheckHelp(deps.context.extensionUri, code));
  return new vscode.Disposable(() => {
    if (activeProblems === problems) activeProblems = undefined;
    problems.dispose();
    help.dispose();
  });
}

/**
 * The files that explain the checks, one `## <code>` heading each: the README from source, and as
 * the packaged extension has it (vsce stores README.md as readme.md; Linux file names are case-sensitive).
 */
const HELP_FILES = ['README.md', 'readme.md'];

/** One link per code, made once: parsing a URI for each of thousands of findings showed in every update. */
const helpLinks = new Map<DiagnosticCode, vscode.Uri>();

/**
 * The code link runs a command in this extension host rather than naming the README directly: a
 * `file:` link would open the raw README at the top, and a file URI inside a command link is not
 * translated for a remote window (code-server, SSH), where it would point at the wrong machine.
 */
function helpLink(code: DiagnosticCode): vscode.Uri {
  let link = helpLinks.get(code);
  if (!link) helpLinks.set(code, (link = vscode.Uri.parse(`command:${SHOW_CHECK_HELP_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`)));
  return link;
}

/** The README's section on the code in the Markdown preview, beside the article. */
async function showCheckHelp(extensionUri: vscode.Uri, code: unknown): Promise<void> {
  const heading = typeof code === 'string' && /^[a-z-]+$/.test(code) ? code : '';
  let chosen: { uri: vscode.Uri; line: number } | undefined;
  for (const path of HELP_FILES) {
    const uri = vscode.Uri.joinPath(extensionUri, path);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue;
    }
    const line = heading ? text.split(/\r?\n/).findIndex((candidate) => candidate.trim() === `## ${heading}`) : 0;
    chosen ??= { uri, line: Math.max(0, line) };
    if (line !== -1) {
      chosen = { uri, line };
      break;
    }
  }
  if (!chosen) {
    void vscode.window.showWarningMessage('Newsdesk: the README that explains the checks is missing from the extension.');
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', chosen.uri.with({ fragment: heading }));
  } catch {
    // No Markdown preview (the built-in extension is disabled): the text at the heading will do.
    const position = new vscode.Position(chosen.line, 0);
    await vscode.window.showTextDocument(chosen.uri, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position) });
  }
}

class ProblemsPanel implements WorkspaceProblems, vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** Open articles' latest results, to decide at close whether the check's findings still hold. */
  private readonly live = new Map<string, vscode.TextDocument>();
  /** Files covered by a workspace check (open or closed). */
  private readonly checked = new Set<string>();
  /** Closed files showing the check's findings. */
  private readonly closedFromCheck = new Map<string, vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly deps: FeatureDeps, private readonly transcripts?: TranscriptsFeature) {
    deps.model.onDidChange((result) => this.showLive(result.document, result.analysis), undefined, this.disposables);
    deps.model.onDidRemove((uri) => this.onArticleGone(uri), undefined, this.disposables);
    for (const result of deps.model.all()) this.showLive(result.document, result.analysis)?.();
  }

  /**
   * Makes the article's findings into the panel's; handing them to VS Code is the step returned (for
   * a task of its own: with hundreds of findings, each half is some 15-30 ms).
   */
  private showLive(document: vscode.TextDocument, analysis: Analysis): ViewStep | undefined {
    if (SCHEMES_WITHOUT_PROBLEMS.has(document.uri.scheme)) return undefined;
    const key = document.uri.toString();
    this.live.set(key, document);
    this.closedFromCheck.delete(key);
    const diagnostics = shownDiagnostics(analysis, document);
    return () => {
      if (this.live.get(key) !== document) return; // closed meanwhile
      this.collection.set(document.uri, diagnostics);
      if (this.transcripts && analysis.diagnostics.some((finding) => finding.code === 'unattributed-quote')) this.followTranscripts(document, analysis, this.transcripts);
    };
  }

  /** A quote with no speaker that a transcript places in one speaker's words: the finding names them, as the hover and the fix do. */
  private followTranscripts(document: vscode.TextDocument, analysis: Analysis, transcripts: TranscriptsFeature): void {
    const version = document.version;
    // In a task of its own: when the check is already done, this would otherwise run straight after the findings were shown, as one block.
    transcripts.whenVerified(document).then((checked) => this.deps.host.later(() => {
      if (!checked || checked.version !== version || document.version !== version || this.live.get(document.uri.toString()) !== document) return;
      const followed = analysis.diagnostics.map(transcriptFollower(document.getText(), analysis, checked.results));
      if (followed.every((finding, index) => finding === analysis.diagnostics[index])) return;
      this.collection.set(document.uri, shownDiagnostics({ ...analysis, diagnostics: followed }, document));
    }), (error: unknown) => {
      if (this.deps.host.debug) console.error(error);
    });
  }

  private onArticleGone(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = this.live.get(key);
    this.live.delete(key);
    // A saved article that the check covered keeps its findings after closing: they match the file.
    const stillTrue = !!document && this.checked.has(key) && !document.isDirty && this.deps.model.isArticle(document);
    if (stillTrue) this.closedFromCheck.set(key, uri);
    else this.collection.delete(uri);
  }

  publish(uri: vscode.Uri, text: string, analysis: Analysis): boolean {
    const key = uri.toString();
    this.checked.add(key);
    if (this.isOpenArticle(uri)) return false;
    this.closedFromCheck.set(key, uri);
    this.collection.set(uri, toDiagnostics(analysis, uri, rangesInText(text)));
    return true;
  }

  coverIfOpen(uri: vscode.Uri): boolean {
    if (!this.isOpenArticle(uri)) return false;
    this.checked.add(uri.toString());
    return true;
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.checked.delete(key);
    if (this.closedFromCheck.delete(key)) this.collection.delete(uri);
  }

  checkedClosedFiles(): vscode.Uri[] {
    return [...this.closedFromCheck.values()];
  }

  count(uri: vscode.Uri): number {
    return this.collection.get(uri)?.length ?? 0;
  }

  private isOpenArticle(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (this.live.has(key)) return true;
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key && this.deps.model.isArticle(document));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A finding as the Problems panel shows it: Newsdesk's source, and its code linking to the check's help. */
export function toVsDiagnostic(finding: Finding, range: vscode.Range): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.code, target: helpLink(finding.code) };
  return diagnostic;
}

/** An open article's findings for the Problems panel, at most MAX_FINDINGS_SHOWN and a line that says how many more there are. */
function shownDiagnostics(analysis: Analysis, document: vscode.TextDocument): vscode.Diagnostic[] {
  const rangeOf = (span: OffsetSpan) => toRange(document, span);
  const { shown, firstOmitted } = findingsShown(analysis.diagnostics);
  const diagnostics = toDiagnostics({ ...analysis, diagnostics: shown }, document.uri, rangeOf);
  if (firstOmitted) {
    const more = analysis.diagnostics.length - shown.length;
    const notice = new vscode.Diagnostic(rangeOf(firstOmitted), `Newsdesk shows ${shown.length.toLocaleString('en')} of the ${analysis.diagnostics.length.toLocaleString('en')} findings in this article, the most severe first; the first of the ${more.toLocaleString('en')} not shown is here. \`newsdesk check\` lists them all.`, vscode.DiagnosticSeverity.Information);
    notice.source = DIAGNOSTIC_SOURCE;
    diagnostics.push(notice);
  }
  return diagnostics;
}

function toDiagnostics(analysis: Analysis, uri: vscode.Uri, rangeOf: (span: OffsetSpan) => vscode.Range): vscode.Diagnostic[] {
  let mentions: LastMentions | undefined;
  return analysis.diagnostics.map((finding) => {
    const diagnostic = toVsDiagnostic(finding, rangeOf(finding));
    if (!finding.candidates?.length) return diagnostic;
    mentions ??= new LastMentions(analysis.actors);
    const related = mentions.relatedTo(finding);
    if (related.length) {
      diagnostic.relatedInformation = related.map(({ actor, mention }) =>
        new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeOf(mention)), relatedLabel(finding.code, actor)));
    }
    return diagnostic;
  });
}

/**
 * Where each actor was last named before a finding, answered by halving over the actor's mentions
 * (in text order), so that a long article's findings do not each read every mention again.
 */
class LastMentions {
  private readonly order = new Map<Actor, number>();
  private readonly byName = new Map<string, Actor[]>();
  private readonly indexes = new Map<Actor, MentionIndex | null>();

  constructor(actors: readonly Actor[]) {
    actors.forEach((actor, index) => {
      this.order.set(actor, index);
      const named = this.byName.get(actor.name);
      if (named) named.push(actor);
      else this.byName.set(actor.name, [actor]);
    });
  }

  /**
   * The people a finding is about (the engine's `candidates`: each candidate for an ambiguous
   * pronoun, the likely speaker of a quote with no speaker), pointing at where each was last named.
   */
  relatedTo(finding: Finding): Array<{ actor: Actor; mention: Span }> {
    const named = new Set<Actor>();
    for (const name of finding.candidates ?? []) for (const actor of this.byName.get(name) ?? []) named.add(actor);
    const inOrder = [...named].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return inOrder.flatMap((actor) => {
      const mention = this.lastBefore(actor, finding.start);
      return mention ? [{ actor, mention }] : [];
    });
  }

  /** A name reads best ("Owen Achterberg", "Achterberg"); a description ("the engineer") will do; never a pronoun. */
  private lastBefore(actor: Actor, offset: number): Span | undefined {
    let index = this.indexes.get(actor);
    if (index === undefined) this.indexes.set(actor, (index = MentionIndex.of(actor.mentions)));
    if (!index) return lastBeforeByReading(actor.mentions, offset);
    // The mentions that end by the offset come first (they are in text order).
    const count = firstIndex(actor.mentions, (mention) => mention.end > offset);
    if (count === 0) return undefined;
    const name = index.lastName[count - 1];
    const any = index.lastAny[count - 1];
    return name >= 0 ? actor.mentions[name] : any >= 0 ? actor.mentions[any] : undefined;
  }
}

/** For each mention, the index of the last proper name and of the last mention that is no pronoun, up to it. */
class MentionIndex {
  private constructor(readonly lastName: Int32Array, readonly lastAny: Int32Array) {}

  /** Null when the mentions are not in text order (then each question reads them all). */
  static of(mentions: readonly Span[]): MentionIndex | null {
    const lastName = new Int32Array(mentions.length);
    const lastAny = new Int32Array(mentions.length);
    let name = -1;
    let any = -1;
    for (let i = 0; i < mentions.length; i++) {
      if (i > 0 && mentions[i].end < mentions[i - 1].end) return null;
      const mention = mentions[i];
      if (!isPronoun(mention.text)) {
        any = i;
        if (isProperName(mention.text)) name = i;
      }
      lastName[i] = name;
      lastAny[i] = any;
    }
    return new MentionIndex(lastName, lastAny);
  }
}

function lastBeforeByReading(mentions: readonly Span[], offset: number): Span | undefined {
  const before = mentions.filter((mention) => mention.end <= offset && !isPronoun(mention.text));
  return before.filter((mention) => isProperName(mention.text)).pop() ?? before.pop();
}

function isProperName(text: string): boolean {
  return text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
}

function relatedLabel(code: DiagnosticCode, actor: Actor): string {
  return code === 'ambiguous-speaker' ? `Could be ${actor.name}, mentioned here` : `Probably ${actor.name}, mentioned here`;
}
