// An engine that fails (a bug) must never pass for a clean article: `check`, `analyze` and
// `report` name the file and the internal error and exit 2. The failure is injected by
// test/support/failing-engine-cli.ts, which runs the tsc-compiled CLI with a failing analyzer.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { INJECTED_FAILURE } from '../support/failing-engine-cli';
import { makeTempTree, runCli } from './helpers';

const FAILING_CLI = path.join(__dirname, '..', 'support', 'failing-engine-cli.js');
const ARTICLE = 'Mayor Delia Marchetti said the bridge would reopen in May.\n\n"We will fix it," she said.\n';

describe('newsdesk CLI: an internal error of the engine', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof makeTempTree>;
  const run = (args: string[]) => runCli(args, { cwd: tree.root, script: FAILING_CLI });

  before(() => {
    const gold = `${JSON.stringify({ id: 'g1', text: 'Jones said the plan would fail.', quotes: [] })}\n`;
    tree = makeTempTree({ 'story.news': ARTICLE, 'other.news': ARTICLE, 'gold.jsonl': gold });
  });
  after(() => tree.cleanup());

  it('check exits 2 and names each file with the error, not "no findings"', async () => {
    const result = await run(['check', 'story.news', 'other.news']);
    assert.equal(result.code, 2, result.stderr);
    assert.equal(result.stdout, '');
    for (const file of ['story.news', 'other.news']) {
      assert.match(result.stderr, new RegExp(`${file}: internal error while analysing: ${INJECTED_FAILURE.replace(/[()]/g, '\\$&')}`));
    }
    assert.match(result.stderr, /2 files could not be checked/);
  });

  it('check --format json lists the failure under errors', async () => {
    const result = await run(['check', 'story.news', '--format', 'json']);
    assert.equal(result.code, 2, result.stderr);
    const report = JSON.parse(result.stdout) as { files: unknown[]; errors: Array<{ path: string; message: string }> };
    assert.deepEqual(report.files, []);
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0].message, /internal error while analysing/);
  });

  it('analyze exits 2 with the message', async () => {
    const result = await run(['analyze', 'story.news']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /story\.news: internal error while analysing: injected engine failure/);
  });

  it('eval counts a failed document, with or without --without, and exits 1', async () => {
    for (const extra of [[], ['--without', 'semicolon']]) {
      const result = await run(['eval', 'gold.jsonl', '--json', ...extra]);
      assert.equal(result.code, 1, `${extra.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /document "g1": internal error while analysing: injected engine failure/, extra.join(' '));
      assert.equal((JSON.parse(result.stdout) as { failedDocuments: number }).failedDocuments, 1, extra.join(' '));
    }
  });

  it('the same article checks cleanly with the real engine', async () => {
    const result = await runCli(['check', 'story.news', '--fail-on', 'never'], { cwd: tree.root });
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /internal error/);
  });
});
