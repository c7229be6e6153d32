// Runs the VS Code tests inside the web-worker extension host (loaded through the workbench's
// `extensionTestsPath`, as a browser bundle made by scripts/vscode/web-tests.mjs). The same tests
// as test/vscode/index.ts runs in the Node host, with mocha's browser build; the same
// `NEWSDESK-RESULT {...}` line for scripts/vscode/run-tests.mjs --web to read. Test files that
// cannot apply in the worker are named with the reason in not-in-the-browser.json and reported
// as skipped, never left out silently.

export const RESULT_MARKER = 'NEWSDESK-RESULT';
export const START_MARKER = 'NEWSDESK-TESTS-START';

/** What the generated bundle entry passes: the test files to load, and those left out with why. */
export interface WebTests {
  /** Requires every test file in the browser (after mocha has set up its globals). */
  load(): void;
  files: number;
  leftOut: ReadonlyArray<readonly [file: string, reason: string]>;
  grep?: string;
}

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  grep(pattern: string): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

function report(result: { passed: number; failed: number; pending: number; error?: string }): void {
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
}

export async function run(tests: WebTests): Promise<void> {
  // mocha's browser build (the verified recipe: testing-a-web-extension.md); it sets globalThis.mocha.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mocha/mocha');
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  // reporter undefined: mocha's spec reporter on the console, which the workbench hands to the runner.
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 20_000, color: false });
  if (tests.grep) mocha.grep(tests.grep);
  try {
    tests.load();
  } catch (error) {
    report({ passed: 0, failed: 1, pending: 0, error: `loading tests: ${String(error)}` });
    throw error;
  }
  describe('Left out in the web worker (test/vscode-web/not-in-the-browser.json)', () => {
    for (const [file, reason] of tests.leftOut) {
      it(`${file} (skipped: ${reason})`, function () {
        this.skip();
      });
    }
  });

  console.log(`${START_MARKER} ${tests.files} file(s) in the web worker, ${tests.leftOut.length} left out`);
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      report({ passed: stats.passes, failed: stats.failures, pending: stats.pending });
      if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed in the web worker`));
      else resolve();
    });
  });
}
