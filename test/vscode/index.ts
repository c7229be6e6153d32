// Runs inside VS Code's extension host (loaded through the workbench's `extensionTestsPath`).
// Finds out/test/vscode/**/*.test.js, runs them with mocha, and prints a machine-readable
// `NEWSDESK-RESULT {...}` line that scripts/vscode/run-tests.mjs reads; rejects on any failure,
// which makes the workbench report a non-zero exit code.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export const RESULT_MARKER = 'NEWSDESK-RESULT';
/** Printed just before mocha starts, so the harness can tell test output from the workbench's own log. */
export const START_MARKER = 'NEWSDESK-TESTS-START';

function report(result: { passed: number; failed: number; pending: number; error?: string }): void {
  console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
}

export async function run(): Promise<void> {
  // color off: the output goes through the workbench's log, not a terminal.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  const grep = process.env.NEWSDESK_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    report({ passed: 0, failed: 1, pending: 0, error: `no *.test.js under ${__dirname}` });
    throw new Error(`No VS Code tests found under ${__dirname}`);
  }
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  try {
    await mocha.loadFilesAsync();
  } catch (error) {
    // A test file that throws while loading counts as one failure.
    report({ passed: 0, failed: 1, pending: 0, error: `loading tests: ${String(error)}` });
    throw error;
  }

  console.log(`${START_MARKER} ${files.length} file(s)`);
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      report({ passed: stats.passes, failed: stats.failures, pending: stats.pending });
      if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed`));
      else resolve();
    });
  });
}
