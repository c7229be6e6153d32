// `newsdesk report` end to end: the three formats, --out and --rows, progress on standard error,
// folders reported as folders, and clear errors for bad usage and unreadable input.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, makeTempTree, runCli } from './helpers';

const FERRY = 'Ferry Service Expands\n\n"We expect the boats to be full," said Nadia Pruitt, a spokeswoman for Ellis County Transit.\n\nA transit official said the new schedule would start soon.\n';
const LIBRARY = 'Library Hours\n\n"We want the doors open," library director Samuel Oyelaran said.\n';
const CONFIG = JSON.stringify({ people: [{ name: 'Nadia Pruitt', gender: 'female', affiliation: 'Ellis County Transit' }] });

describe('newsdesk report', function () {
  this.timeout(20_000);
  let tree: ReturnType<typeof makeTempTree>;
  const run = (args: string[]) => runCli(['report', ...args], { cwd: tree.root });

  before(async function () {
    this.timeout(120_000);
    await ensureCliBuilt();
    tree = makeTempTree({ 'desk/.newsdesk.json': CONFIG, 'desk/ferry.news': FERRY, 'desk/library.news': LIBRARY, 'empty/notes.rst': 'no articles' });
  });
  after(() => tree.cleanup());

  it('reports one article as JSON, gender from .newsdesk.json', async () => {
    const result = await run(['desk/ferry.news', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { title: string; sources: { named: number; anonymous: number }; people: { female: number }; speakers: Array<{ name: string; gender: string | null; affiliation?: string }> };
    assert.equal(report.title, 'Ferry Service Expands');
    assert.equal(report.sources.named, 1);
    assert.equal(report.sources.anonymous, 1);
    assert.equal(report.people.female, 1);
    const pruitt = report.speakers.find((s) => s.name === 'Nadia Pruitt');
    assert.equal(pruitt?.gender, 'female');
    assert.equal(pruitt?.affiliation, 'Ellis County Transit');
    assert.match(result.stderr, /reading articles 1\/1/);
    assert.match(result.stderr, /Reported on 1 of 1 article in \d+\.\d s/);
  });

  it('reports a folder with a row per article', async () => {
    const result = await run(['desk', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { articles: Array<{ path: string }>; speakers: Array<{ name: string }> };
    assert.deepEqual(report.articles.map((a) => a.path), [path.join('desk', 'ferry.news'), path.join('desk', 'library.news')]);
    assert.ok(report.speakers.some((s) => s.name === 'Samuel Oyelaran'));
  });

  it('writes CSV by speaker or by article', async () => {
    const speakers = await run(['desk', '--format', 'csv']);
    assert.equal(speakers.code, 0, speakers.stderr);
    const lines = speakers.stdout.trim().split('\r\n');
    assert.match(lines[0], /^article,speaker,/);
    assert.ok(lines.some((line) => line.startsWith(`${path.join('desk', 'ferry.news')},Nadia Pruitt,person,named,female,`)), lines.join('\n'));
    const articles = await run(['desk', '--format', 'csv', '--rows', 'articles']);
    assert.equal(articles.stdout.trim().split('\r\n').length, 3);
  });

  it('writes a self-contained HTML page to --out', async () => {
    const result = await run(['desk/ferry.news', '--out', 'ferry.html']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /to ferry\.html/);
    const html = readFileSync(path.join(tree.root, 'ferry.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link /, 'no external script or style');
    assert.match(html, /"name":"Nadia Pruitt"/);
  });

  it('rejects bad usage with exit 2 and a message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /name at least one article file or directory/],
      [['desk', '--format', 'pdf'], /--format must be one of html, json, csv \(got 'pdf'\)/],
      [['desk', '--rows', 'articles'], /--rows applies only to --format csv/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
    }
  });

  it('exits 2 naming what it cannot read, and still reports the rest', async () => {
    const result = await run(['desk/ferry.news', 'missing.news', '--format', 'json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /missing\.news: no such file or directory/);
    assert.equal((JSON.parse(result.stdout) as { articles: unknown[] }).articles.length, 1);
    const empty = await run(['empty']);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /no article files/);
  });

  it('exits 2 when --out cannot be written', async () => {
    const result = await run(['desk/ferry.news', '--out', 'no/such/dir/report.html']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot write no\/such\/dir\/report\.html: no such file or directory/);
  });
});
