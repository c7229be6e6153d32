// `newsdesk eval --without RULE_ID[,RULE_ID]`: scores the engine with some of its rules switched off.
import { strict as assert } from 'node:assert';
import { ensureCliBuilt, makeTempTree, runCli } from './helpers';

// "Jones said the plan would fail; the board met anyway.": the semicolon rule ends the content.
const GOLD = `${JSON.stringify({
  id: 'g1', text: 'Jones said the plan would fail; the board met anyway.',
  quotes: [{ start: 11, end: 30, kind: 'indirect', speakerStart: 0, speakerEnd: 5, cueStart: 6, cueEnd: 10 }],
})}\n`;

interface EvalJson {
  without?: string[];
  metrics: { attributionExact: { truePositives: number } };
}

describe('newsdesk eval --without', function () {
  this.timeout(20_000);
  let tree: ReturnType<typeof makeTempTree>;
  const run = (args: string[]) => runCli(['eval', 'gold.jsonl', '--json', ...args], { cwd: tree.root });

  before(async function () {
    this.timeout(120_000);
    await ensureCliBuilt();
    tree = makeTempTree({ 'gold.jsonl': GOLD });
  });
  after(() => tree?.cleanup());

  it('measures the engine without the named rules, and says which', async () => {
    const whole = await run([]);
    assert.equal(whole.code, 0, whole.stderr);
    const withAll = JSON.parse(whole.stdout) as EvalJson;
    assert.equal(withAll.without, undefined);
    assert.equal(withAll.metrics.attributionExact.truePositives, 1);
    const cut = await run(['--without', 'semicolon,comma-relative']);
    assert.equal(cut.code, 0, cut.stderr);
    const withoutSemicolon = JSON.parse(cut.stdout) as EvalJson;
    assert.deepEqual(withoutSemicolon.without, ['semicolon', 'comma-relative']);
    assert.equal(withoutSemicolon.metrics.attributionExact.truePositives, 0, 'without the semicolon rule the content runs to the full stop');
  });

  it('exits 2 naming the rules when an id is unknown or missing', async () => {
    for (const value of ['semicolonn', ',']) {
      const result = await run(['--without', value]);
      assert.equal(result.code, 2, value);
      assert.match(result.stderr, /--without: .*; the rules are possessive-noun, .*semicolon/, value);
    }
  });
});
