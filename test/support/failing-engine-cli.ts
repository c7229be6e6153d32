// The CLI (as tsc compiled it to out/) with an engine that fails inside `analyze`, the way a bug
// would: `node out/test/support/failing-engine-cli.js check story.news`. Test-only: the production
// code has no hook for this; this script replaces the analyzer's inner step before the CLI loads,
// so the engine's own error handling and the CLI's reporting are what the tests exercise.
import { IncrementalAnalyzer } from '../../src/engine/index';

/** The message of the injected failure, which the CLI must pass on. */
export const INJECTED_FAILURE = 'injected engine failure (test)';

if (require.main === module) {
  (IncrementalAnalyzer.prototype as unknown as { run(text: string): never }).run = () => {
    throw new Error(INJECTED_FAILURE);
  };
  // After the patch, so the CLI runs with it (a static import would load the CLI first).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/cli/main');
}
