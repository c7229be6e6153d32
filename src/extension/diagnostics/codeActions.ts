// Quick fixes for Newsdesk's findings: the engine's suggested edit, an attribution snippet, and
// inline suppressions. Every fix is one edit, so a single undo takes it back.
import * as vscode from 'vscode';
import { openDocumentAt } from '../core/documents';
import { RULES } from '../../engine/rules';
import type { Analysis, DiagnosticCode, Diagnostic as Finding, Suggestion } from '../../engine';
import { DIAGNOSTIC_CODES } from '../../engine';
import type { QuoteVerification } from '../../engine/transcripts';
import { attributionFromTranscript } from '../../engine/transcripts';
import type { FeatureDeps } from '../core/features';
import { Commands, DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../core/ids';
import type { AnalysisModel } from '../core/model';
import { toRange } from '../core/ranges';
import type { TranscriptsFeature } from '../transcripts/transcripts';

/** The placeholder the engine leaves in a suggestion for what only the writer knows. */
const REASON_PLACEHOLDER = '[reason]';
/** The name in **Add an attribution…**: not a name the engine takes for a source. */
const NAME_PLACEHOLDER = '[name]';

export function registerCodeActions(deps: FeatureDeps, transcripts?: TranscriptsFeature): vscode.Disposable {
  const provider = new NewsdeskFixes(deps.model, transcripts);
  // Markdown and plain text are articles only when newsdesk.languages says so: checked per document.
  const articles: vscode.DocumentFilter[] = [{ language: LANGUAGE_ID }, { language: 'markdown' }, { language: 'plaintext' }];
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(articles, provider, { providedCodeActionKinds: NewsdeskFixes.providedCodeActionKinds }),
    vscode.commands.registerCommand(Commands.suppressInFile, (uri?: vscode.Uri, codes?: DiagnosticCode[]) => suppressInFile(deps.model, uri, codes)),
  );
}

class NewsdeskFixes implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly model: AnalysisModel, private readonly transcripts?: TranscriptsFeature) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    if (!this.model.isArticle(document)) return [];
    const analysis = await currentAnalysis(this.model, document, token);
    if (!analysis || token.isCancellationRequested) return [];

    const fixes: vscode.CodeAction[] = [];
    const suppressions: vscode.CodeAction[] = [];
    const offered = new Set<string>();
    // Compared as offsets: converting every finding to a range on each cursor move was the cost of a long article.
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const inRange = analysis.diagnostics.filter((finding) => finding.start <= to && from <= finding.end);
    // A quote with no speaker that a transcript places in someone's words: the fix names them.
    const checked = this.transcripts && inRange.some((finding) => finding.code === 'unattributed-quote') ? await verifiedQuotes(this.transcripts, document, token) : [];
    if (token.isCancellationRequested) return [];
    const follow = transcriptFollower(document.getText(), analysis, checked);
    for (const shownFinding of inRange) {
      const finding = follow(shownFinding);
      const findingRange = toRange(document, finding);
      const shown = context.diagnostics.find((diagnostic) =>
        diagnostic.source === DIAGNOSTIC_SOURCE && codeOf(diagnostic) === finding.code && diagnostic.range.isEqual(findingRange));
      const attach = (action: vscode.CodeAction) => {
        if (shown) action.diagnostics = [shown];
        return action;
      };
      fixes.push(...fixesFor(document, finding).map(attach));

      const paragraph = paragraphIndexAt(analysis, finding.start);
      const ignoreKey = `ignore:${finding.code}:${paragraph}`;
      if (!offered.has(ignoreKey)) {
        offered.add(ignoreKey);
        const edit = ignoreInParagraphEdit(document, analysis, paragraph, finding.code);
        if (edit) suppressions.push(attach(quickFix(`Ignore ${finding.code} in this paragraph`, edit)));
      }
      const disableKey = `disable:${finding.code}`;
      if (!offered.has(disableKey)) {
        offered.add(disableKey);
        const edit = disableInFileEdit(document, [finding.code]);
        if (edit) suppressions.push(attach(quickFix(`Turn off ${finding.code} for this file`, edit)));
      }
    }
    // Preferred fixes first, suppressions last: the lightbulb lists them in this order.
    fixes.sort((a, b) => Number(!!b.isPreferred) - Number(!!a.isPreferred));
    return [...fixes, ...suppressions];
  }
}

/** The analysis of the document's current version, or undefined if there is none (yet). */
async function currentAnalysis(model: AnalysisModel, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Analysis | undefined> {
  const latest = model.get(document.uri);
  // Not analysed yet (just opened, or re-tracked after a settings change) but an article: wait for it.
  if (!latest && !model.isArticle(document)) return undefined;
  if (latest && latest.version === document.version) return latest.analysis;
  let stop: vscode.Disposable | undefined;
  const cancelled = new Promise<undefined>((resolve) => (stop = token.onCancellationRequested(() => resolve(undefined))));
  try {
    const fresh = await Promise.race([model.whenAnalyzed(document).catch(() => undefined), cancelled]);
    // Offsets only hold for the version they were computed on.
    return fresh && fresh.version === document.version ? fresh.analysis : undefined;
  } finally {
    stop?.dispose();
  }
}

/** The transcript check of the document's current version (waiting for it), or nothing. */
export async function verifiedQuotes(transcripts: TranscriptsFeature, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<readonly QuoteVerification[]> {
  let stop: vscode.Disposable | undefined;
  const cancelled = new Promise<undefined>((resolve) => (stop = token.onCancellationRequested(() => resolve(undefined))));
  try {
    const checked = await Promise.race([transcripts.whenVerified(document).catch(() => undefined), cancelled]);
    return checked && checked.version === document.version ? checked.results : [];
  } finally {
    stop?.dispose();
  }
}

/**
 * Unattributed-quote findings as the transcripts tell them, when they know the quote's speaker:
 * the verifications are looked up by span, made once for all the findings of an article.
 */
export function transcriptFollower(text: string, analysis: Analysis, checked: readonly QuoteVerification[]): (finding: Finding) => Finding {
  const bySpan = new Map<string, QuoteVerification>();
  for (const result of checked) if (!bySpan.has(`${result.start}:${result.end}`)) bySpan.set(`${result.start}:${result.end}`, result);
  return (finding) => {
    if (finding.code !== 'unattributed-quote') return finding;
    const result = bySpan.get(`${finding.start}:${finding.end}`);
    return (result && attributionFromTranscript(text, analysis, finding, result)) ?? finding;
  };
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

function quickFix(title: string, edit: vscode.WorkspaceEdit, preferred = false): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = edit;
  if (preferred) action.isPreferred = true;
  return action;
}

/** The engine's fix when it has one; for a quote with no speaker, also an attribution to fill in. */
function fixesFor(document: vscode.TextDocument, finding: Finding): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  if (finding.suggestion) {
    // Pronoun replacement picks one of several candidates: a guess, so never applied automatically.
    const preferred = finding.code !== 'ambiguous-speaker';
    actions.push(quickFix(finding.suggestion.title, suggestionEdit(document, finding.suggestion), preferred));
  }
  if (finding.code === 'unattributed-quote') {
    const edit = attributionSnippetEdit(document, finding);
    if (edit) actions.push(quickFix('Add an attribution…', edit));
  }
  return actions;
}

function suggestionEdit(document: vscode.TextDocument, suggestion: Suggestion): vscode.WorkspaceEdit {
  const range = toRange(document, suggestion);
  const edit = new vscode.WorkspaceEdit();
  const reasonAt = suggestion.text.indexOf(REASON_PLACEHOLDER);
  if (reasonAt === -1) {
    edit.replace(document.uri, range, suggestion.text);
  } else {
    // The cursor lands on the reason, the one part only the writer can supply.
    const snippet = new vscode.SnippetString()
      .appendText(suggestion.text.slice(0, reasonAt))
      .appendPlaceholder('reason')
      .appendText(suggestion.text.slice(reasonAt + REASON_PLACEHOLDER.length));
    edit.set(document.uri, [vscode.SnippetTextEdit.replace(range, snippet)]);
  }
  return edit;
}

/**
 * `"Quote."` becomes `"Quote," [name] said.`, `"Quote?"` becomes `"Quote?" [name] said.`, with the name
 * and the verb as placeholders. A quote that does not end its sentence gets `[name] said: ` before it.
 * The name placeholder is in brackets, like `[reason]`, so that no one named "Name" joins the
 * sources in the tree and the report before the writer types the real name.
 */
function attributionSnippetEdit(document: vscode.TextDocument, finding: Finding): vscode.WorkspaceEdit | undefined {
  const text = document.getText();
  const quote = text.slice(finding.start, finding.end);
  const closing = /([.?!,]?)(["”’'»]+)$/u.exec(quote);
  if (!closing) return undefined; // an unclosed quotation: close it first
  const [, punctuation, marks] = closing;
  const following = text.charAt(finding.end);
  const endsSentence = following === '' || /\s/.test(following);
  const attribution = (snippet: vscode.SnippetString) => snippet.appendPlaceholder(NAME_PLACEHOLDER).appendText(' ').appendPlaceholder('said');
  const edit = new vscode.WorkspaceEdit();
  if (!endsSentence) {
    const snippet = attribution(new vscode.SnippetString()).appendText(': ');
    edit.set(document.uri, [vscode.SnippetTextEdit.insert(document.positionAt(finding.start), snippet)]);
  } else if (punctuation === '.' || punctuation === ',' || punctuation === '') {
    const replaceFrom = finding.end - marks.length - punctuation.length;
    const snippet = attribution(new vscode.SnippetString().appendText(`,${marks} `)).appendText('.');
    edit.set(document.uri, [vscode.SnippetTextEdit.replace(toRange(document, { start: replaceFrom, end: finding.end }), snippet)]);
  } else {
    const snippet = attribution(new vscode.SnippetString().appendText(' ')).appendText('.');
    edit.set(document.uri, [vscode.SnippetTextEdit.insert(document.positionAt(finding.end), snippet)]);
  }
  return edit;
}

function paragraphIndexAt(analysis: Analysis, offset: number): number {
  let found = 0;
  analysis.paragraphs.forEach((paragraph, index) => {
    if (paragraph.start <= offset) found = index;
  });
  return found;
}

const IGNORE_COMMENT = /<!--\s*newsdesk-ignore\s+([a-z\s,-]+?)(\s*-->)/;
const DISABLE_COMMENT = /<!--\s*newsdesk-disable\s+([a-z\s,-]+?)(\s*-->)/;

/** Inserts `, code` into an existing suppression comment, unless the code is there already. */
/** Adds codes to a suppression comment; `match` was found in the text starting at offset `searchedFrom`. */
function addCodesToComment(document: vscode.TextDocument, edit: vscode.WorkspaceEdit, searchedFrom: number, match: RegExpExecArray, codes: readonly string[]): boolean {
  const listed = new Set(match[1].split(/[\s,]+/));
  const missing = codes.filter((code) => !listed.has(code));
  if (!missing.length) return false;
  const insertAt = searchedFrom + match.index + match[0].length - match[2].length;
  edit.insert(document.uri, document.positionAt(insertAt), missing.map((code) => `, ${code}`).join(''));
  return true;
}

/**
 * `<!-- newsdesk-ignore CODE -->` on its own line just above the paragraph (the engine applies it
 * to the next paragraph), or added to such a comment that is already there.
 */
export function ignoreInParagraphEdit(document: vscode.TextDocument, analysis: Analysis, index: number, code: DiagnosticCode): vscode.WorkspaceEdit | undefined {
  const paragraph = analysis.paragraphs[index];
  if (!paragraph) return undefined;
  const text = document.getText();
  const edit = new vscode.WorkspaceEdit();
  // Comment lines are not article paragraphs: look in the gap between the previous paragraph and this one.
  const previous = analysis.paragraphs[index - 1];
  const gapStart = previous ? previous.end : 0;
  const gap = text.slice(gapStart, paragraph.start);
  const above = IGNORE_COMMENT.exec(gap);
  if (above) {
    return addCodesToComment(document, edit, gapStart, above, [code]) ? edit : undefined;
  }
  const inside = IGNORE_COMMENT.exec(text.slice(paragraph.start, paragraph.end));
  if (inside) return addCodesToComment(document, edit, paragraph.start, inside, [code]) ? edit : undefined;

  const line = document.positionAt(paragraph.start).line;
  edit.insert(document.uri, new vscode.Position(line, 0), `<!-- newsdesk-ignore ${code} -->${eolOf(document)}`);
  return edit;
}

/**
 * `<!-- newsdesk-disable CODE -->` as the file's first line (after Markdown front matter), or the
 * codes added to the file's existing disable comment. Undefined when all are off already.
 */
export function disableInFileEdit(document: vscode.TextDocument, codes: readonly DiagnosticCode[]): vscode.WorkspaceEdit | undefined {
  const text = document.getText();
  const edit = new vscode.WorkspaceEdit();
  const existing = DISABLE_COMMENT.exec(text);
  if (existing) return addCodesToComment(document, edit, 0, existing, codes) ? edit : undefined;
  const frontMatter = document.languageId === 'markdown' ? /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text) : null;
  const at = frontMatter ? document.positionAt(frontMatter[0].length) : new vscode.Position(0, 0);
  const lineBreakBefore = frontMatter && !/\n$/.test(frontMatter[0]) ? eolOf(document) : '';
  edit.insert(document.uri, at, `${lineBreakBefore}<!-- newsdesk-disable ${codes.join(', ')} -->${eolOf(document)}`);
  return edit;
}

function eolOf(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

/** `newsdesk.suppressInFile`: pick checks found in the article and turn them off for the file. */
async function suppressInFile(model: AnalysisModel, uri?: vscode.Uri, codes?: DiagnosticCode[]): Promise<boolean> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  const document = openDocumentAt(target);
  if (!document || !model.isArticle(document)) {
    void vscode.window.showInformationMessage('Newsdesk: open a news article to turn off one of its checks.');
    return false;
  }
  let chosen = codes?.filter((code) => DIAGNOSTIC_CODES.includes(code));
  if (!chosen) {
    // An article over newsdesk.maxFileSize has no analysis until the writer asks for one.
    if (!model.get(document.uri)) {
      void vscode.window.showInformationMessage('Newsdesk has not analysed this article, so it has no findings to turn off.');
      return false;
    }
    const { analysis } = await model.whenAnalyzed(document);
    const counts = new Map<DiagnosticCode, number>();
    for (const finding of analysis.diagnostics) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
    if (!counts.size) {
      void vscode.window.showInformationMessage('Newsdesk: this article has no findings to turn off.');
      return false;
    }
    const items = DIAGNOSTIC_CODES.filter((code) => counts.has(code)).map((code) => ({
      label: code,
      code,
      description: plural(counts.get(code)!, 'finding'),
      detail: RULES[code].title,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: 'Turn off checks for this file',
      placeHolder: 'Adds <!-- newsdesk-disable … --> at the top of the file',
    });
    chosen = picked?.map((item) => item.code);
  }
  if (!chosen?.length) return false;
  const edit = disableInFileEdit(document, chosen);
  return edit ? vscode.workspace.applyEdit(edit) : false;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
