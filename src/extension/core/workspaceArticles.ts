// Articles on disk, for the features that read many of them (the workspace check and the folder
// sources report): which files are articles, reading them, and analysing them in time slices so
// the extension host stays responsive.
import * as vscode from 'vscode';
import type { Analysis, NewsdeskConfig } from '../../engine';
import { readBounded } from '../files';
import { openDocumentAt } from './documents';
import type { FeatureDeps } from './features';
import { withEditorSeverity } from './workspaceConfig';

/** File extensions of each language Newsdesk can analyse; `news` always, the others when turned on. */
const EXTENSIONS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  news: ['news'],
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
};
export const ALL_ARTICLE_FILES = `**/*.{${Object.values(EXTENSIONS_BY_LANGUAGE).flat().join(',')}}`;

function articleExtensions(deps: FeatureDeps): string[] {
  return ['news', ...deps.settings.value.languages.flatMap((language) => EXTENSIONS_BY_LANGUAGE[language] ?? [])];
}

export function isArticleFile(deps: FeatureDeps, uri: vscode.Uri): boolean {
  const extension = uri.path.slice(uri.path.lastIndexOf('.') + 1).toLowerCase();
  return articleExtensions(deps).includes(extension);
}

/**
 * Article files in the workspace, or under `folder` (files.exclude applies; node_modules never
 * counts), in path order.
 */
export async function findArticles(deps: FeatureDeps, token: vscode.CancellationToken, folder?: vscode.Uri): Promise<vscode.Uri[]> {
  const extensions = articleExtensions(deps);
  const glob = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
  const found = await vscode.workspace.findFiles(pattern, '**/node_modules/**', undefined, token);
  return found.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/**
 * The text of an article: the open editor's (which may be unsaved), else the file's; `tooLarge`
 * for one over `newsdesk.maxFileSize`, undefined for what cannot be read (vanished since it was
 * found, or not a regular file: a device or FIFO named like an article is never read).
 */
export async function readArticleText(deps: FeatureDeps, uri: vscode.Uri): Promise<{ text: string } | { tooLarge: true } | undefined> {
  const maxCharacters = deps.settings.value.maxFileSize;
  const open = openDocumentAt(uri);
  const text = open ? open.getText() : await readArticleFile(uri, maxCharacters);
  if (typeof text !== 'string') return text;
  return text.length > maxCharacters ? { tooLarge: true } : { text };
}

/** UTF-8 takes at most 3 bytes for each UTF-16 unit: a file within this many bytes may fit the limit in characters. */
const MAX_BYTES_PER_CHARACTER = 3;

async function readArticleFile(uri: vscode.Uri, maxCharacters: number): Promise<string | { tooLarge: true } | undefined> {
  try {
    return new TextDecoder().decode(await readBounded(uri, maxCharacters * MAX_BYTES_PER_CHARACTER, 'article'));
  } catch (error) {
    return (error as { code?: string }).code === 'TOO_LARGE' ? { tooLarge: true } : undefined;
  }
}

/** The same configuration the model gives an open article. */
export async function effectiveConfig(deps: FeatureDeps, uri: vscode.Uri): Promise<NewsdeskConfig> {
  return withEditorSeverity(await deps.configs.configFor(uri), deps.settings.value.severity);
}

/** Analyses a file's text where the engine runs (beside the editor, never blocking it); undefined if cancelled. */
export async function analyzeText(deps: FeatureDeps, text: string, config: NewsdeskConfig, token: vscode.CancellationToken): Promise<Analysis | undefined> {
  const analyzer = deps.engine.analyzer(config);
  try {
    return (await analyzer.analyze(text, token))?.analysis;
  } finally {
    analyzer.dispose();
  }
}

/**
 * One long run over many articles at a time (the workspace check, the folder report): a new run
 * cancels the one still going, and disposing cancels it too.
 */
export class ArticleRuns implements vscode.Disposable {
  private running: vscode.CancellationTokenSource | undefined;

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Runs `work` in place of the run still going (which is cancelled). */
  async run<T>(work: (source: vscode.CancellationTokenSource) => Thenable<T>): Promise<T> {
    this.running?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running = source;
    try {
      return await work(source);
    } finally {
      if (this.running === source) this.running = undefined;
      source.dispose();
    }
  }

  /**
   * A run under a cancellable progress notification: "Finding articles…" while `find` lists them,
   * then "<verb>… done/total" as `work` goes through them. `cancelled` says whether the run was
   * cancelled (by the notification, a newer run or dispose) by the time it ended.
   */
  inNotification<T>(
    title: string,
    verb: string,
    find: (token: vscode.CancellationToken) => Promise<readonly vscode.Uri[]>,
    work: (uris: readonly vscode.Uri[], token: vscode.CancellationToken, onFileDone: (done: number) => void) => Promise<T>,
  ): Promise<{ result: T; cancelled: boolean }> {
    return this.run(async (source) => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title, cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => source.cancel());
          progress.report({ message: 'Finding articles…' });
          const uris = await find(source.token);
          return work(uris, source.token, (done) => progress.report({ message: `${verb}… ${done}/${uris.length}`, increment: 100 / uris.length }));
        },
      );
      return { result, cancelled: source.token.isCancellationRequested };
    });
  }

  dispose(): void {
    this.running?.cancel();
  }
}
