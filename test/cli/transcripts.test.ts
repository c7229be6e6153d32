// `newsdesk verify`, and `check` / `analyze --json` on articles that link transcripts.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { skipWithoutCorpus } from '../support/corpus';
import { referenceCase } from '../support/transcripts';
import { PROJECT_ROOT, ensureCliBuilt, makeTempTree, runCli } from './helpers';

const SAMPLE = 'fixtures/articles/harbour-bridge-closure.news';
const TRANSCRIPT = 'WEBVTT\n\n00:02:05.000 --> 00:02:08.000\nWe will fix this bridge\n\n00:02:08.000 --> 00:02:10.000\nbefore the winter comes.\n';

describe('newsdesk CLI: quotes against transcripts', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof makeTempTree>;
  const run = (args: string[], cwd = tree.root) => runCli(args, { cwd });

  before(async function () {
    this.timeout(120_000);
    await ensureCliBuilt();
    tree = makeTempTree({
      'desk/story.news': 'Bridge Plan\n\n<!-- Transcripts: Marchetti: ../tapes/mayor.vtt -->\n\n"We will fix this bridge before the summer comes," Marchetti said.\n',
      'tapes/mayor.vtt': TRANSCRIPT,
      'desk/missing.news': 'Bridge Plan\n\n<!-- Transcripts: ../tapes/nowhere.vtt -->\n\n"We will fix this bridge," Marchetti said.\n',
      'desk/unlinked.news': 'Bridge Plan\n\n"We will fix this bridge," Marchetti said.\n',
      'configured/.newsdesk.json': '{ "transcripts": { "articles/": ["Marchetti: tapes/mayor.vtt"] } }',
      'configured/articles/story.news': 'Bridge Plan\n\n"We will fix this bridge before the winter comes," Marchetti said.\n',
      'configured/tapes/mayor.vtt': TRANSCRIPT,
      'desk/said-by.news': 'Talks\n\n<!-- Transcripts: notes.md -->\n\n"This war is illegal," Truss said.\n\n"We see a tough policy on Russia as complementary," said Liz Truss.\n',
      'desk/notes.md': '**Truss:** We see a tough policy on Russia as complementary.\n\n**Cleverly:** This war is illegal.\n',
    });
  });

  after(() => tree?.cleanup());

  it('verify prints each quote of the sample article with its status and time, and exits 1 for a misquote', async () => {
    const result = await runCli(['verify', SAMPLE, '--no-color'], { cwd: PROJECT_ROOT });
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stdout.split('\n');
    assert.match(lines[0], /12 direct quotes, 3 transcripts: 8 verbatim, 1 misquoted, 1 not found, 2 unchecked/);
    const line = (needle: string) => lines.find((candidate) => candidate.includes(needle)) ?? assert.fail(`no line with ${needle}:\n${result.stdout}`);
    assert.match(line('I was not going to wait'), /verbatim\s+12:31\s+Delia Marchetti:/);
    assert.match(line('If I had found'), /misquote \(1 word\)\s+3:20\s+Owen Achterberg:/);
    assert.match(result.stdout, /kpel-achterberg\.srt: .*my \[-family-\]\{\+kids\+\} out/);
    assert.match(line('They had the report'), /verbatim \(1 cut\)\s+line 7/);
    assert.match(line('At least the seagulls'), /not found/);
    assert.match(line('On a normal Friday'), /unchecked/);
  });

  it('verify --json gives each quote with its line, status, transcript, time and differences', async () => {
    const result = await runCli(['verify', SAMPLE, '--json'], { cwd: PROJECT_ROOT });
    const report = JSON.parse(result.stdout) as { path: string; transcripts: Array<{ path: string; format: string }>; quotes: Array<Record<string, unknown>> };
    assert.deepEqual(report.transcripts.map((t) => t.format), ['vtt', 'srt', 'markdown']);
    const misquote = report.quotes.find((quote) => quote.status === 'misquote')!;
    assert.equal(misquote.transcript, '../transcripts/kpel-achterberg.srt');
    assert.equal(misquote.time, 200_500);
    assert.equal(misquote.line, 17);
    assert.deepEqual((misquote.diff as Array<{ op: string }>).filter((part) => part.op !== 'equal'), [{ op: 'changed', quote: 'family', transcript: 'kids' }]);
  });

  it('verify --transcript adds a transcript from the command line', async () => {
    const result = await run(['verify', 'desk/unlinked.news', '--transcript', 'Marchetti: tapes/mayor.vtt']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /verbatim\s+2:05\s+Marchetti:/);
  });

  it('verify says under a quote where else its words are, and which transcript has them verbatim', async () => {
    const result = await run(['verify', 'desk/said-by.news', '--no-color']);
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stdout.split('\n');
    const row = lines.findIndex((line) => line.includes('This war is illegal'));
    assert.match(lines[row], /^ {2}5:1 {2}not found\s+Liz Truss: /, result.stdout);
    assert.equal(lines[row + 1], '       not in notes.md; Cleverly says it in notes.md (line 3)');
    assert.match(lines[row + 2], /^ {2}7:1 {2}verbatim\s+line 1\s+Liz Truss: /);
    assert.equal(lines[row + 3], '       notes.md');
  });

  it('verify exits 2 naming an unreadable transcript, a missing article, or an article with no transcript', async () => {
    const missing = await run(['verify', 'desk/missing.news']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^newsdesk: tapes\/nowhere\.vtt: transcript linked from desk\/missing\.news: no such file or directory$/m);
    const noArticle = await run(['verify', 'desk/none.news']);
    assert.equal(noArticle.code, 2);
    assert.match(noArticle.stderr, /desk\/none\.news: cannot read the article: no such file or directory/);
    const unlinked = await run(['verify', 'desk/unlinked.news']);
    assert.equal(unlinked.code, 2);
    assert.match(unlinked.stderr, /links no transcript/);
    assert.doesNotMatch(`${missing.stderr}${noArticle.stderr}${unlinked.stderr}`, /^\s+at /m);
  });

  it('check reports a misquote with the transcript path relative to the article', async () => {
    const result = await run(['check', 'desk/story.news', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: Array<{ diagnostics: Array<{ code: string; message: string; line: number }> }> };
    const misquote = report.files[0].diagnostics.find((d) => d.code === 'misquote');
    assert.ok(misquote, result.stdout);
    assert.equal(misquote.line, 5);
    assert.match(misquote.message, /1 word differs from the transcript \(\.\.\/tapes\/mayor\.vtt · 2:05\)/);
    assert.equal(result.code, 1);
  });

  it('check names an unreadable transcript, exits 2, and still reports the rest', async () => {
    const result = await run(['check', 'desk/missing.news', 'desk/story.news', '--no-color']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /tapes\/nowhere\.vtt: transcript linked from desk\/missing\.news: no such file or directory/);
    assert.match(result.stdout, /desk\/story\.news:5:1 +warning +Misquote\?/);
  });

  it('check uses the transcripts .newsdesk.json links to a folder of articles', async () => {
    const result = await run(['check', 'configured/articles/story.news']);
    assert.equal(result.code, 0, `${result.stdout}${result.stderr}`);
    const verified = await run(['verify', 'configured/articles/story.news']);
    assert.match(verified.stdout, /verbatim\s+2:05/);
  });

  it('analyze --json adds each quote\'s verification and the findings', async () => {
    const result = await run(['analyze', 'desk/story.news', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const analysis = JSON.parse(result.stdout) as { diagnostics: Array<{ code: string }>; verification: Array<{ status: string; transcript: string }> };
    assert.deepEqual(analysis.verification.map((v) => [v.status, v.transcript]), [['misquote', '../tapes/mayor.vtt']]);
    assert.ok(analysis.diagnostics.some((d) => d.code === 'misquote'));
  });

  it('verifies the reference article against transcripts made from its quotes', async function () {
    const article = skipWithoutCorpus(this, 'articles', 'us-allies-warn-china.news');
    const made = referenceCase(readFileSync(article, 'utf8'));
    const corpusTree = makeTempTree({ 'article.news': made.article, ...made.files });
    try {
      const result = await runCli(['verify', 'article.news', '--json'], { cwd: corpusTree.root });
      assert.equal(result.code, 1, result.stderr);
      const { quotes } = JSON.parse(result.stdout) as { quotes: Array<{ start: number; status: string }> };
      for (const expected of made.expected) {
        const at = made.article.indexOf(expected.needle);
        const found = quotes.find((quote) => quote.start <= at && at < quote.start + 400 && quote.start >= at - 2);
        assert.equal(found?.status, expected.status, expected.needle);
      }
    } finally {
      corpusTree.cleanup();
    }
  });
});
