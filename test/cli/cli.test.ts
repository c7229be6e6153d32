// The built `newsdesk` command end to end: exit codes, output shapes and messages.
// Tests under "with the real engine" need findings from the engine; the rest hold for any engine.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Log } from 'sarif';
import { DIAGNOSTIC_CODES } from '../../src/engine/types';
import { skipWithoutCorpus } from '../support/corpus';
import { CLI_PATH, PROJECT_ROOT, ensureCliBuilt, makeTempTree, runCli } from './helpers';

const VERSION = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const CLEAN_ARTICLE = 'The council met on Tuesday.\n';
const UNBALANCED_ARTICLE = 'Council meets\n\nHe said "hello.\n';
const STACK_LINE = /^\s+at /m;

describe('newsdesk CLI', function () {
  this.timeout(20_000);
  let tree: ReturnType<typeof makeTempTree>;
  const run = (args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}) =>
    runCli(args, { cwd: options.cwd ?? tree.root, input: options.input, env: options.env });

  before(async function () {
    this.timeout(120_000);
    await ensureCliBuilt();
    tree = makeTempTree({
      'clean.news': CLEAN_ARTICLE,
      'desk/one.md': CLEAN_ARTICLE,
      'desk/sub/two.markdown': CLEAN_ARTICLE,
      'desk/sub/notes.rst': 'not an article',
      'desk/node_modules/dep.txt': CLEAN_ARTICLE,
      'desk/.drafts/draft.news': CLEAN_ARTICLE,
      'empty/readme.rst': 'nothing to check',
      'binary.news': Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]),
      'latin1.txt': Buffer.from('caf\xe9 said', 'latin1'),
      'badconfig/.newsdesk.json': '{\n  "people": [{ "name": "Liz Truss", "gender": "f" }]\n}\n',
      'badconfig/article.news': CLEAN_ARTICLE,
      'syntaxconfig/.newsdesk.json': '{ "cueVerbs": ["quip" "deadpan"] }',
      'syntaxconfig/article.news': CLEAN_ARTICLE,
      'unbalanced/a.news': UNBALANCED_ARTICLE,
      'emoji/a.news': 'Council meets\n\n😀 He said "hello.\n',
      'quiet/.newsdesk.json': '{ "severity": { "unbalanced-quote": "off" } }',
      'quiet/a.news': UNBALANCED_ARTICLE,
      'mild/.newsdesk.json': '{ "severity": { "unbalanced-quote": "info" } }',
      'mild/a.news': UNBALANCED_ARTICLE,
      'batch.jsonl': [
        JSON.stringify({ id: 'first', text: CLEAN_ARTICLE, extra: true }),
        '',
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'untexted' }),
        JSON.stringify({ id: 4, text: 'Another "quote," she said.' }),
        '',
      ].join('\n'),
      'good.jsonl': `${JSON.stringify({ id: 'a', text: CLEAN_ARTICLE })}\n${JSON.stringify({ id: 'b', text: 'Hi.' })}\n`,
      'gold.jsonl': [
        JSON.stringify({ id: 'g1', text: '"We will win," Smith said.', quotes: [{ start: 0, end: 14, text: '"We will win,"', kind: 'direct', speakerStart: 15, speakerEnd: 20, cueStart: 21, cueEnd: 25 }], meta: { split: 'dev' } }),
        JSON.stringify({ id: 'g2', text: 'Jones said the plan would fail.', quotes: [{ start: 11, end: 30, kind: 'indirect', speakerStart: 0, speakerEnd: 5, cueStart: 6, cueEnd: 10 }], meta: { split: 'train' } }),
        '',
      ].join('\n'),
      'badgold.jsonl': `${JSON.stringify({ id: 'g1', text: 'abc', quotes: [{ start: 0, end: 9, kind: 'direct' }] })}\n`,
    });
  });

  after(() => tree?.cleanup());

  describe('top level', () => {
    it('prints the version from package.json', async () => {
      const result = await run(['--version']);
      assert.deepEqual([result.code, result.stdout], [0, `${VERSION}\n`]);
    });

    it('prints help on --help, and on stderr with exit 2 when given nothing', async () => {
      const help = await run(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: newsdesk COMMAND/);
      for (const command of ['check', 'analyze', 'eval']) assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
      const bare = await run([]);
      assert.equal(bare.code, 2);
      assert.equal(bare.stdout, '');
      assert.match(bare.stderr, /^Usage: newsdesk COMMAND/);
    });

    it('gives each command its own help', async () => {
      for (const command of ['check', 'analyze', 'eval']) {
        for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
          const result = await run(args);
          assert.equal(result.code, 0, args.join(' '));
          assert.match(result.stdout, new RegExp(`^Usage: newsdesk ${command} `), args.join(' '));
          assert.match(result.stdout, /^Exit codes:/m);
        }
      }
    });

    it('rejects an unknown command with a suggestion', async () => {
      const result = await run(['chek', 'x']);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, "newsdesk: unknown command 'chek'; did you mean 'check'? (commands: check, analyze, report, eval, verify)\nRun 'newsdesk --help' for usage.\n");
    });

    it('rejects unknown options and missing values without a stack trace', async () => {
      for (const command of ['check', 'analyze', 'report', 'eval', 'verify']) {
        const unknown = await run([command, '--bogus', 'clean.news']);
        assert.equal(unknown.code, 2, command);
        assert.equal(unknown.stderr, `newsdesk: ${command}: unknown option '--bogus'\nRun 'newsdesk ${command} --help' for usage.\n`);
      }
      const missing = await run(['check', 'clean.news', '--fail-on']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /^newsdesk: check: option '--fail-on' needs a value$/m);
      assert.doesNotMatch(missing.stderr, STACK_LINE);
    });

    it('prints a stack trace only with NEWSDESK_DEBUG=1', async () => {
      const quiet = await run(['analyze', '--config', 'nowhere.json', 'clean.news']);
      assert.equal(quiet.code, 2);
      assert.equal(quiet.stderr, 'newsdesk: nowhere.json: cannot read the configuration: no such file or directory\n');
      const debug = await run(['analyze', '--config', 'nowhere.json', 'clean.news'], { env: { NEWSDESK_DEBUG: '1' } });
      assert.equal(debug.code, 2);
      assert.match(debug.stderr, STACK_LINE);
    });
  });

  describe('check', () => {
    it('exits 0 and says so on stderr for a clean article', async () => {
      const result = await run(['check', 'clean.news']);
      assert.deepEqual([result.code, result.stdout, result.stderr], [0, '', 'No problems found in 1 file\n']);
    });

    it('searches directories for articles, skipping node_modules, dot-folders and other extensions', async () => {
      const result = await run(['check', '--format', 'json', 'desk']);
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as { files: { path: string }[] };
      assert.deepEqual(report.files.map((file) => file.path), [path.join('desk', 'one.md'), path.join('desk', 'sub', 'two.markdown')]);
    });

    it('checks a file named on the command line whatever its extension, once', async () => {
      const result = await run(['check', '--format', 'json', 'desk/sub/notes.rst', 'desk', 'desk/one.md']);
      const report = JSON.parse(result.stdout) as { files: { path: string }[] };
      assert.deepEqual(report.files.map((file) => file.path), [path.join('desk', 'one.md'), path.join('desk', 'sub', 'notes.rst'), path.join('desk', 'sub', 'two.markdown')]);
    });

    it('exits 2 for a missing file, but still checks the others', async () => {
      const result = await run(['check', 'missing.news', 'clean.news']);
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'newsdesk: missing.news: no such file or directory\nNo problems found in 1 file\n');
    });

    it('exits 2 for a directory without articles', async () => {
      const result = await run(['check', 'empty']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^newsdesk: empty: no article files \(\.news, \.md, \.markdown, \.txt\) in this directory$/m);
    });

    it('exits 2 for a binary or non-UTF-8 file', async () => {
      const binary = await run(['check', 'binary.news']);
      assert.equal(binary.code, 2);
      assert.match(binary.stderr, /^newsdesk: binary\.news: binary file, not an article$/m);
      assert.match(binary.stderr, /^1 file could not be checked$/m);
      const latin1 = await run(['check', 'latin1.txt']);
      assert.equal(latin1.code, 2);
      assert.match(latin1.stderr, /^newsdesk: latin1\.txt: not UTF-8 text; save it as UTF-8$/m);
    });

    it('exits 2 for an invalid .newsdesk.json, naming the file, position and field', async () => {
      const result = await run(['check', 'badconfig', 'clean.news']);
      assert.equal(result.code, 2);
      const configPath = path.join('badconfig', '.newsdesk.json');
      assert.match(result.stderr, new RegExp(`^newsdesk: ${escape(configPath)}:2:47: people\\[0\\]\\.gender: expected one of female, male, nonbinary, unknown$`, 'm'));
      assert.match(result.stderr, /No problems found in 1 file; 1 file not checked\n$/);
    });

    it('reports a JSON syntax error in .newsdesk.json with its line and column', async () => {
      const result = await run(['check', 'syntaxconfig']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, new RegExp(`^newsdesk: ${escape(path.join('syntaxconfig', '.newsdesk.json'))}:1:23: expected a comma or \\], found "deadpan"$`, 'm'));
    });

    it('uses --config for every file, and exits 2 before checking when it is invalid', async () => {
      const good = await run(['check', '--config', 'quiet/.newsdesk.json', 'clean.news', 'badconfig/article.news']);
      assert.equal(good.code, 0, good.stderr);
      const bad = await run(['check', '--config', 'badconfig/.newsdesk.json', 'clean.news']);
      assert.equal(bad.code, 2);
      assert.doesNotMatch(bad.stderr, /No problems/);
    });

    it('validates --format and --fail-on', async () => {
      const format = await run(['check', '--format', 'xml', 'clean.news']);
      assert.equal(format.code, 2);
      assert.match(format.stderr, /^newsdesk: check: --format must be one of text, json, sarif \(got 'xml'\)$/m);
      const failOn = await run(['check', '--fail-on', 'fatal', 'clean.news']);
      assert.equal(failOn.code, 2);
      assert.match(failOn.stderr, /--fail-on must be one of error, warning, info, hint, never/);
      const nothing = await run(['check']);
      assert.equal(nothing.code, 2);
    });

    it('prints a JSON report with files, errors and a summary', async () => {
      const result = await run(['check', '--format', 'json', 'clean.news', 'missing.news']);
      assert.equal(result.code, 2);
      const report = JSON.parse(result.stdout) as Record<string, unknown>;
      assert.deepEqual(report, {
        version: VERSION,
        files: [{ path: 'clean.news', diagnostics: [] }],
        errors: [{ path: 'missing.news', message: 'no such file or directory' }],
        summary: { filesChecked: 1, filesWithProblems: 0, problems: 0, error: 0, warning: 0, info: 0, hint: 0 },
      });
    });

    it('prints SARIF 2.1.0 with a rule for every diagnostic code', async () => {
      const result = await run(['check', '--format', 'sarif', 'clean.news']);
      assert.equal(result.code, 0);
      const log = JSON.parse(result.stdout) as Log;
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema ?? '', /sarif-2\.1\.0/);
      const [sarifRun] = log.runs;
      assert.equal(sarifRun.tool.driver.name, 'Newsdesk');
      assert.equal(sarifRun.tool.driver.version, VERSION);
      assert.deepEqual(sarifRun.tool.driver.rules?.map((rule) => rule.id), [...DIAGNOSTIC_CODES]);
      for (const rule of sarifRun.tool.driver.rules ?? []) {
        assert.ok(rule.shortDescription?.text && rule.fullDescription?.text, rule.id);
        assert.match(rule.help?.text ?? '', new RegExp(`README\\.md#${rule.id}`));
      }
      assert.deepEqual(sarifRun.results, []);
      assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
      assert.deepEqual(sarifRun.invocations?.map((invocation) => invocation.executionSuccessful), [true]);
    });

    it('lists unreadable inputs as SARIF tool notifications', async () => {
      const result = await run(['check', '--format', 'sarif', 'badconfig']);
      assert.equal(result.code, 2);
      const [invocation] = (JSON.parse(result.stdout) as Log).runs[0].invocations ?? [];
      assert.equal(invocation.executionSuccessful, false);
      const [notification] = invocation.toolExecutionNotifications ?? [];
      assert.equal(notification.level, 'error');
      assert.equal(notification.message.text, 'people[0].gender: expected one of female, male, nonbinary, unknown');
      assert.deepEqual(notification.locations?.[0].physicalLocation?.region, { startLine: 2, startColumn: 47 });
      assert.equal(notification.locations?.[0].physicalLocation?.artifactLocation?.uri, 'badconfig/.newsdesk.json');
    });

    describe('with the real engine (these fail while src/engine is a stub)', () => {
      const FINDING_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}(.+) {2}([a-z-]+)$/;

      it('reports an unbalanced quotation mark as path:line:col  severity  message  code, and exits 1', async () => {
        const result = await run(['check', 'unbalanced']);
        assert.equal(result.code, 1, result.stderr);
        const lines = result.stdout.trimEnd().split('\n');
        const finding = lines.map((line) => FINDING_LINE.exec(line)).find((match) => match?.[6] === 'unbalanced-quote');
        assert.ok(finding, `no unbalanced-quote line in:\n${result.stdout}`);
        assert.deepEqual(finding.slice(1, 4), [path.join('unbalanced', 'a.news'), '3', '9']);
        for (const line of lines) assert.match(line, FINDING_LINE);
        assert.match(result.stderr, /^\d+ problems? \(.+\) in 1 file\n$/);
      });

      it('counts columns in UTF-16 code units, as editors do', async () => {
        const result = await run(['check', '--fail-on', 'never', 'emoji']);
        assert.match(result.stdout, new RegExp(`^${escape(path.join('emoji', 'a.news'))}:3:12 {2}\\w+ {2}.+ {2}unbalanced-quote$`, 'm'));
      });

      it('exits 0 with --fail-on never, still printing the findings', async () => {
        const result = await run(['check', '--fail-on', 'never', 'unbalanced']);
        assert.equal(result.code, 0);
        assert.match(result.stdout, /unbalanced-quote$/m);
      });

      it('applies severity from .newsdesk.json: off removes the finding, info passes --fail-on warning', async () => {
        const quiet = await run(['check', 'quiet']);
        assert.doesNotMatch(quiet.stdout, /unbalanced-quote/);
        const mild = await run(['check', 'mild']);
        assert.match(mild.stdout, /^\S+:3:9 {2}info {2}.+ {2}unbalanced-quote$/m);
        assert.equal(mild.code, 0);
        const strict = await run(['check', '--fail-on', 'info', 'mild']);
        assert.equal(strict.code, 1);
      });

      it('puts findings in SARIF results with regions and rule indexes', async () => {
        const result = await run(['check', '--format', 'sarif', 'unbalanced']);
        assert.equal(result.code, 1);
        const [sarifRun] = (JSON.parse(result.stdout) as Log).runs;
        const finding = sarifRun.results?.find((candidate) => candidate.ruleId === 'unbalanced-quote');
        assert.ok(finding);
        assert.equal(sarifRun.tool.driver.rules?.[finding.ruleIndex ?? -1]?.id, 'unbalanced-quote');
        const location = finding.locations?.[0].physicalLocation;
        assert.equal(location?.artifactLocation?.uri, 'unbalanced/a.news');
        assert.equal(location?.artifactLocation?.uriBaseId, '%SRCROOT%');
        assert.deepEqual([location?.region?.startLine, location?.region?.startColumn], [3, 9]);
      });

      it('prints findings with positions in the JSON report', async () => {
        const result = await run(['check', '--format', 'json', 'unbalanced']);
        const report = JSON.parse(result.stdout) as { files: { diagnostics: { code: string; line: number; column: number; endLine: number; endColumn: number }[] }[] };
        const finding = report.files[0].diagnostics.find((diagnostic) => diagnostic.code === 'unbalanced-quote');
        assert.ok(finding);
        assert.deepEqual([finding.line, finding.column], [3, 9]);
      });
    });
  });

  describe('analyze', () => {
    it('prints the whole analysis as JSON', async () => {
      const result = await run(['analyze', '--json', 'clean.news']);
      assert.equal(result.code, 0, result.stderr);
      const analysis = JSON.parse(result.stdout) as Record<string, unknown>;
      assert.deepEqual(Object.keys(analysis).sort(), ['actors', 'diagnostics', 'length', 'paragraphs', 'quotes']);
      assert.equal(analysis.length, CLEAN_ARTICLE.length);
    });

    it("reads standard input for '-'", async () => {
      const text = 'Über “quotes” — and emoji 😀.\n';
      const result = await run(['analyze', '-', '--json'], { input: text });
      assert.equal(result.code, 0, result.stderr);
      assert.equal((JSON.parse(result.stdout) as { length: number }).length, text.length);
    });

    it('prints a summary headed by the file name without --json', async () => {
      const result = await run(['analyze', 'clean.news']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^clean\.news: \d+ quotes? from \d+ speakers?, \d+ findings?\n/);
    });

    it('prints the two pieces of a statement split by its attribution on one line, counted once, with the more direct kind', async () => {
      const input = 'Ferry News\n\nUntil then, Marek said, the boats would run twice a day.\n\nThe fares, Marek said, "would rise sharply" by June.\n';
      const result = await run(['analyze', '-', '--no-color'], { input });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^<stdin>: 2 quotes from 1 speaker/);
      assert.match(result.stdout, /indirect {2}Until then … the boats would run twice a day/);
      assert.match(result.stdout, /mixed {5}The fares … "would rise sharply" by June/);
    });

    it('exits 2 for bad usage and unreadable input', async () => {
      const cases: [string[], RegExp][] = [
        [['analyze'], /name the article to analyse/],
        [['analyze', 'clean.news', 'desk/one.md'], /takes one input, got 2/],
        [['analyze', 'desk'], /desk: is a directory/],
        [['analyze', 'missing.news'], /missing\.news: no such file or directory/],
        [['analyze', 'binary.news'], /binary\.news: binary file, not an article/],
        [['analyze', '--json', '--jsonl', 'batch.jsonl'], /--json and --jsonl cannot be used together/],
        [['analyze', 'badconfig/article.news'], /people\[0\]\.gender: expected one of/],
      ];
      for (const [args, message] of cases) {
        const result = await run(args);
        assert.equal(result.code, 2, args.join(' '));
        assert.match(result.stderr, message, args.join(' '));
        assert.doesNotMatch(result.stderr, STACK_LINE);
      }
    });

    it('answers each JSON line, reports bad lines by number and exits 1', async () => {
      const result = await run(['analyze', '--jsonl', 'batch.jsonl']);
      assert.equal(result.code, 1);
      const answers = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.deepEqual(answers.map((answer) => answer.id), ['first', 4]);
      for (const answer of answers) assert.deepEqual(Object.keys(answer), ['id', 'quotes', 'actors', 'diagnostics']);
      const errors = result.stderr.trimEnd().split('\n');
      assert.match(errors[0], /^newsdesk: batch\.jsonl:3: invalid JSON/);
      assert.match(errors[1], /^newsdesk: batch\.jsonl:4: document "untexted": "text" is missing or is not a string$/);
      assert.equal(errors[2], 'newsdesk: 2 lines of batch.jsonl could not be analysed; 2 answered');
    });

    it('exits 0 for a clean batch, from a file or standard input', async () => {
      const fromFile = await run(['analyze', '--jsonl', 'good.jsonl']);
      assert.equal(fromFile.code, 0, fromFile.stderr);
      assert.equal(fromFile.stdout.trimEnd().split('\n').length, 2);
      const fromStdin = await run(['analyze', '--jsonl', '-'], { input: readFileSync(path.join(tree.root, 'good.jsonl'), 'utf8') });
      assert.equal(fromStdin.code, 0, fromStdin.stderr);
      assert.equal(fromStdin.stdout, fromFile.stdout);
    });
  });

  describe('eval', () => {
    it('prints the metrics table and timing', async () => {
      const result = await run(['eval', 'gold.jsonl']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^Newsdesk .+ on gold\.jsonl\n/);
      assert.match(result.stdout, /^2 documents: 2 gold quotes \(1 direct, 0 mixed, 1 indirect\), \d+ predicted$/m);
      for (const row of ['direct (soft)', 'all kinds (soft)', 'all kinds (exact)', 'speaker, all kinds', 'cue, direct']) {
        assert.match(result.stdout, new RegExp(`^${escape(row)} `, 'm'));
      }
      assert.match(result.stdout, /^Analysis time: [\d.]+ ms for 2 documents/m);
    });

    it('prints JSON, filtered by --split and --limit', async () => {
      const result = await run(['eval', 'gold.jsonl', '--split', 'train', '--json']);
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as { documents: number; split: string; metrics: Record<string, Record<string, unknown>>; timing: Record<string, unknown> };
      assert.equal(report.documents, 1);
      assert.equal(report.split, 'train');
      assert.deepEqual(Object.keys(report.metrics.attribution), ['truePositives', 'falsePositives', 'falseNegatives', 'precision', 'recall', 'f1']);
      assert.equal(report.metrics.attribution.truePositives as number + (report.metrics.attribution.falseNegatives as number), 1);
      assert.equal(typeof report.timing.totalMs, 'number');
      const limited = JSON.parse((await run(['eval', 'gold.jsonl', '--limit', '1', '--json'])).stdout) as { documents: number };
      assert.equal(limited.documents, 1);
    });

    it('never prints document text', async () => {
      const result = await run(['eval', 'gold.jsonl', '--json']);
      assert.doesNotMatch(result.stdout, /We will win|plan would fail/);
    });

    it('exits 2 for an invalid gold file, an unknown split or a bad --limit', async () => {
      const cases: [string[], RegExp][] = [
        [['eval', 'badgold.jsonl'], /^newsdesk: badgold\.jsonl:1: document "g1": quotes\[0\]: start\/end: \[0, 9\) is not a span/m],
        [['eval', 'gold.jsonl', '--split', 'test'], /no documents in split 'test' \(splits in the file: dev, train\)/],
        [['eval', 'gold.jsonl', '--limit', '0'], /--limit must be a whole number of at least 1/],
        [['eval', 'missing.jsonl'], /missing\.jsonl: no such file or directory/],
        [['eval'], /name the gold file/],
      ];
      for (const [args, message] of cases) {
        const result = await run(args);
        assert.equal(result.code, 2, args.join(' '));
        assert.match(result.stderr, message, args.join(' '));
      }
    });

    it('scores the first documents of the PolNeAR dev split', async function () {
      const result = await run(['eval', skipWithoutCorpus(this, 'polnear', 'dev.jsonl'), '--limit', '2', '--json']);
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout) as { documents: number; metrics: { attribution: { truePositives: number; falseNegatives: number } } };
      assert.equal(report.documents, 2);
      assert.ok(report.metrics.attribution.truePositives + report.metrics.attribution.falseNegatives > 0);
    });
  });

  it('is an executable script with a node shebang', () => {
    assert.match(readFileSync(CLI_PATH, 'utf8').slice(0, 40), /^#!\/usr\/bin\/env node\n/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
