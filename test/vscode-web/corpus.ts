// test/support/corpus.ts for the VS Code tests in the web worker: the corpus lies on the test
// machine's disk, beside the project, which the worker cannot read (it reads only the workspace,
// through workspace.fs), so every test that needs it is skipped with that reason, as on a machine
// without the corpus. The browser test bundle maps ../support/corpus here (run-tests.mjs --web).

export const CORPUS_ENV = 'NEWSDESK_CORPUS';
const WHY = 'the corpus is on the test machine\'s disk, outside the workspace the web worker reads';

export function corpusPath(): string {
  return '../shared/corpus (not readable in the web worker)';
}

export function corpusDir(): string | null {
  return null;
}

export function corpusFile(...parts: string[]): string | null {
  void parts;
  return null;
}

export function missingCorpusReason(...parts: string[]): string {
  return `${parts.join('/')}: ${WHY}`;
}

export function skipWithoutCorpus(context: Mocha.Context, ...parts: string[]): string {
  console.log(`      skipped: ${missingCorpusReason(...parts)}`);
  context.skip();
}

export function itSkippedWithoutCorpus(title: string, ...parts: string[]): void {
  it(`${title} (skipped: corpus not readable in the web worker)`, function () {
    skipWithoutCorpus(this, ...parts);
  });
}
