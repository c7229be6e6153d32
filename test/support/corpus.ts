// Where the research corpus is, and how a test that needs it says it was left out. The corpus is
// test data beside the project (../shared/corpus), never part of it; NEWSDESK_CORPUS points the
// tests elsewhere (a missing folder shows what a machine without the corpus reports).
// A test that needs a corpus file it cannot find is reported as skipped with the reason, never as passed.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The environment variable that overrides where the corpus is. */
export const CORPUS_ENV = 'NEWSDESK_CORPUS';

/** The repository root: walks up from out/test/... or test/... to the folder with package.json and tsconfig.json. */
function projectRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tsconfig.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json with tsconfig.json above ${__dirname}`);
  }
}

/** The corpus folder's path, whether or not it is there: $NEWSDESK_CORPUS, else ../shared/corpus. */
export function corpusPath(): string {
  const configured = process.env[CORPUS_ENV];
  return configured ? resolve(configured) : join(projectRoot(), '..', 'shared', 'corpus');
}

/** The corpus folder, or null where it is not laid out (it never ships). */
export function corpusDir(): string | null {
  const dir = corpusPath();
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** A file or folder inside the corpus (`corpusFile('articles', 'x.news')`), or null when it is not there. */
export function corpusFile(...parts: string[]): string | null {
  const path = join(corpusPath(), ...parts);
  return existsSync(path) ? path : null;
}

/** Why a test that needs `parts` of the corpus was left out, for its skip message. */
export function missingCorpusReason(...parts: string[]): string {
  return `${join(corpusPath(), ...parts)} is not there (the corpus is test data beside the project; ${CORPUS_ENV} moves it)`;
}

/**
 * Marks the running test as skipped, printing why: for a test that needs a corpus file.
 * Call as `skipWithoutCorpus(this, 'articles', 'x.news')`; returns the path when it is there.
 */
export function skipWithoutCorpus(context: Mocha.Context, ...parts: string[]): string {
  const path = corpusFile(...parts);
  if (path) return path;
  console.log(`      skipped: ${missingCorpusReason(...parts)}`);
  context.skip();
}

/**
 * Registers one skipped test in place of tests that need `parts` of the corpus, so the run
 * counts them as skipped with the reason rather than leaving them out silently.
 */
export function itSkippedWithoutCorpus(title: string, ...parts: string[]): void {
  it(`${title} (skipped: corpus missing)`, function () {
    skipWithoutCorpus(this, ...parts);
  });
}
