// The CLI against hostile and broken inputs and outputs (issue 10): what it refuses, what it
// prints and how it exits. Times and memory are for scripts/bench-hostile.mjs, not for tests.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { jsonLines } from '../../src/cli/analyze';
import { temporaryFileOwner } from '../../src/cli/atomic';
import { printable } from '../../src/cli/format';
import { CLI_PATH, ensureCliBuilt, makeTempTree, runCli } from './helpers';

const SECRET = 'aws_secret_access_key = AKIAHOSTILEEXAMPLE';
const TRANSCRIPT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWe will fix this bridge before the winter comes.\n';
const FINDINGS = 'Bridge Plan\n\n"We will fix this bridge," officials said.\n\n"Nobody said this."\n';

describe('newsdesk CLI: hostile inputs and broken outputs', function () {
  this.timeout(60_000);
  let tree: ReturnType<typeof makeTempTree>;
  let desk: string;
  const run = (args: string[], cwd = desk) => runCli(args, { cwd });
  const hasFifo = process.platform !== 'win32';

  before(async function () {
    this.timeout(120_000);
    await ensureCliBuilt();
    tree = makeTempTree({
      // Outside the working directory, the article's folder and any .newsdesk.json: never read.
      'home/.aws/credentials.srt': `${SECRET}\n`,
      // The quote differs from the file, so a misquote finding would print the file's words.
      'desk/leak.news': 'Bridge Plan\n\n<!-- Transcripts: Marchetti: ../home/.aws/credentials.srt, /etc/hostname.txt -->\n\n"aws secret access key is nothing," Marchetti said.\n',
      'desk/tapes/mayor.vtt': TRANSCRIPT,
      'desk/story.news': 'Bridge Plan\n\n<!-- Transcripts: Marchetti: tapes/mayor.vtt -->\n\n"We will fix this bridge before the summer comes," Marchetti said.\n',
      'desk/findings.news': FINDINGS,
      'desk/big.news': 'Bridge Plan\n\n<!-- Transcripts: tapes/big.vtt -->\n\n"We will fix it," Marchetti said.\n',
      'desk/escape.news': 'Bridge Plan\n\n"We will \u001b[31mfix\u001b]0;owned\u0007 it," an official said.\n',
      'desk/report/old.html': 'the previous report\n',
    });
    desk = path.join(tree.root, 'desk');
    // A 200 MB transcript, sparse: refused by its size before a byte is read.
    writeFileSync(path.join(desk, 'tapes', 'big.vtt'), '');
    truncateSync(path.join(desk, 'tapes', 'big.vtt'), 200 * 1024 * 1024);
    if (hasFifo) {
      spawnSync('mkfifo', [path.join(desk, 'fifo.news'), path.join(desk, 'tapes', 'fifo.vtt')]);
      symlinkSync('/dev/zero', path.join(desk, 'tapes', 'zero.vtt'));
      writeFileSync(path.join(desk, 'devices.news'), 'Bridge Plan\n\n<!-- Transcripts: tapes/fifo.vtt, tapes/zero.vtt -->\n\n"We will fix it," Marchetti said.\n');
    }
  });

  after(() => tree?.cleanup());

  describe('transcript links', () => {
    it('refuses links outside the allowed folders, names them, exits 2, and never prints the file', async () => {
      for (const command of [['check', 'leak.news'], ['check', 'leak.news', '--format', 'sarif'], ['analyze', 'leak.news', '--json'], ['verify', 'leak.news']]) {
        const result = await run(command);
        assert.equal(result.code, 2, `${command.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /credentials\.srt: transcript linked from leak\.news: outside the folders Newsdesk reads transcripts from; pass --allow-transcripts-outside to read it/);
        assert.match(result.stderr, /\/etc\/hostname\.txt: transcript linked from leak\.news: outside the folders/);
        assert.doesNotMatch(`${result.stdout}${result.stderr}`, /AKIAHOSTILE/);
      }
    });

    it('reads them with --allow-transcripts-outside, and a parse error still never quotes the file', async () => {
      const result = await run(['verify', 'leak.news', '--allow-transcripts-outside', '--no-color']);
      assert.doesNotMatch(result.stderr, /credentials\.srt: .*outside/);
      assert.match(result.stderr, /credentials\.srt: transcript: expected timestamp at row 1/);
      assert.doesNotMatch(`${result.stdout}${result.stderr}`, /AKIAHOSTILE/);
    });

    it('refuses a transcript over the size limit, a FIFO and a device, without waiting on them', async function () {
      const big = await run(['check', 'big.news']);
      assert.equal(big.code, 2);
      assert.match(big.stderr, /tapes\/big\.vtt: transcript linked from big\.news: 200 MB, over the 20 MB limit for a transcript/);
      const smaller = await run(['check', 'story.news', '--max-transcript-size', '0.00001']);
      assert.match(smaller.stderr, /over the 10 bytes limit for a transcript/);
      const usage = await run(['check', 'story.news', '--max-transcript-size', 'lots']);
      assert.equal(usage.code, 2);
      assert.match(usage.stderr, /--max-transcript-size must be a number of megabytes/);
      if (!hasFifo) this.skip();
      const devices = await run(['check', 'devices.news']);
      assert.equal(devices.code, 2);
      assert.match(devices.stderr, /tapes\/fifo\.vtt: transcript linked from devices\.news: not a regular file/);
      assert.match(devices.stderr, /tapes\/zero\.vtt: transcript linked from devices\.news: not a regular file/);
    });

    it('still checks a link inside the article folder', async () => {
      const result = await run(['check', 'story.news', '--format', 'json']);
      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stdout, /"code": "misquote"/);
    });
  });

  describe('non-regular articles', () => {
    it('every command refuses a FIFO or a device as an article, naming it, exit 2', async function () {
      if (!hasFifo) this.skip();
      for (const command of [['check', 'fifo.news'], ['analyze', 'fifo.news'], ['analyze', '--jsonl', 'fifo.news'], ['verify', 'fifo.news'], ['report', 'fifo.news'], ['analyze', '/dev/zero']]) {
        const result = await run(command);
        assert.equal(result.code, 2, `${command.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /(fifo\.news|\/dev\/zero): .*not a regular file/, command.join(' '));
        assert.doesNotMatch(result.stderr, /^\s+at /m);
      }
    });
  });

  describe('standard input', () => {
    it('refuses more than the article limit on standard input, exit 2', async () => {
      const child = spawn(process.execPath, [CLI_PATH, 'analyze', '-'], { cwd: desk, stdio: ['pipe', 'ignore', 'pipe'] });
      child.stdin.on('error', () => undefined); // the CLI stops reading at the limit: EPIPE here is expected
      child.stdin.end(Buffer.alloc(21 * 1024 * 1024, 'a'));
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 2, stderr);
      assert.match(stderr, /^newsdesk: <stdin>: standard input is over the 20 MB limit for an article$/m);
    });
  });

  describe('report --out', () => {
    it('refuses to overwrite an article of the same run', async () => {
      const before = readFileSync(path.join(desk, 'findings.news'), 'utf8');
      const result = await run(['report', 'findings.news', '--out', 'findings.news']);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--out findings\.news is one of the articles being reported on/);
      assert.equal(readFileSync(path.join(desk, 'findings.news'), 'utf8'), before);
    });

    it('leaves the previous report whole when the write is killed halfway', async () => {
      // A hook in the CLI's process kills it with SIGKILL in the middle of writing any file.
      const hook = path.join(tree.root, 'kill-mid-write.js');
      writeFileSync(hook, `
        const fs = require('node:fs/promises');
        const killHalfway = async (write, data) => { await write(String(data).slice(0, 10)); process.kill(process.pid, 'SIGKILL'); await new Promise(() => {}); };
        const open = fs.open;
        fs.open = async (...args) => { const handle = await open(...args); const writeFile = handle.writeFile.bind(handle); handle.writeFile = (data) => killHalfway(writeFile, data); return handle; };
        const writeFile = fs.writeFile;
        fs.writeFile = (file, data) => killHalfway((part) => writeFile(file, part), data);
      `);
      const target = path.join(desk, 'report', 'old.html');
      const result = spawnSync(process.execPath, ['--require', hook, CLI_PATH, 'report', 'findings.news', '--out', 'report/old.html'], { cwd: desk, encoding: 'utf8' });
      assert.equal(result.signal, 'SIGKILL', result.stderr);
      assert.equal(readFileSync(target, 'utf8'), 'the previous report\n');
      // A SIGKILL cannot be caught: its temporary file stays, named so that the next run knows it.
      const stale = readdirSync(path.join(desk, 'report')).filter((name) => temporaryFileOwner(target, name) !== null);
      assert.equal(stale.length, 1, readdirSync(path.join(desk, 'report')).join(', '));
      // Names the next run must leave alone: another target's temporary file, one of a process still
      // running (this one), a look-alike, and a folder of our pattern.
      const others = [`.other.html.newsdesk-1-0123abcd.tmp`, `.old.html.newsdesk-${process.pid}-0123abcd.tmp`, '.old.html.newsdesk-backup.tmp', 'old.html.newsdesk-1-0123abcd.tmp'];
      for (const name of others) writeFileSync(path.join(desk, 'report', name), 'not ours to remove');
      mkdirSync(path.join(desk, 'report', '.old.html.newsdesk-1-0123abcd.tmp'));
      // Without the kill, the report replaces it, and the stale temporary file is removed.
      const written = await run(['report', 'findings.news', '--out', 'report/old.html']);
      assert.equal(written.code, 0, written.stderr);
      assert.match(readFileSync(target, 'utf8'), /^<!DOCTYPE html>/i);
      assert.deepEqual(readdirSync(path.join(desk, 'report')).sort(), [...others, '.old.html.newsdesk-1-0123abcd.tmp', 'old.html'].sort());
    });

    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      it(`removes its temporary file when ${signal} ends the write, and keeps the previous report`, () => {
        // A hook sends the signal halfway through writing any file, and keeps the process alive to receive it.
        const hook = path.join(tree.root, `${signal}-mid-write.js`);
        writeFileSync(hook, `
          const fs = require('node:fs/promises');
          const open = fs.open;
          fs.open = async (...args) => {
            const handle = await open(...args);
            const writeFile = handle.writeFile.bind(handle);
            handle.writeFile = async (data) => { await writeFile(String(data).slice(0, 10)); setInterval(() => {}, 1000); process.kill(process.pid, '${signal}'); await new Promise(() => {}); };
            return handle;
          };
        `);
        const folder = path.join(desk, `signal-${signal}`);
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, 'old.html'), 'the previous report\n');
        const result = spawnSync(process.execPath, ['--require', hook, CLI_PATH, 'report', 'findings.news', '--out', `signal-${signal}/old.html`], { cwd: desk, encoding: 'utf8', timeout: 30_000 });
        assert.equal(result.signal, signal, `${result.status} ${result.stderr}`);
        assert.deepEqual(readdirSync(folder), ['old.html']);
        assert.equal(readFileSync(path.join(folder, 'old.html'), 'utf8'), 'the previous report\n');
      });
    }
  });

  describe('broken standard output', () => {
    it('EPIPE with findings: one line and exit 2, never 0', async () => {
      const child = spawn(process.execPath, [CLI_PATH, 'check', 'findings.news'], { cwd: desk, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // the reader goes away before anything is written (`| head -0`)
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 2, stderr);
      assert.match(stderr, /^newsdesk: cannot write to standard output: the reader closed it \(EPIPE\); the output is incomplete$/m);
      assert.doesNotMatch(stderr, /^\s+at /m);
    });

    it('ENOSPC: one line and exit 2', async function () {
      if (!existsSync('/dev/full')) this.skip();
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [CLI_PATH, 'check', 'findings.news', '--format', 'json'], { cwd: desk, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, /^newsdesk: cannot write to standard output: no space left on the device \(ENOSPC\); the output is incomplete$/m);
        assert.doesNotMatch(result.stderr, /^\s+at /m);
      } finally {
        closeSync(full);
      }
    });
  });

  describe('terminal text', () => {
    it('shows control characters in quotes and file names escaped, and keeps them exact in JSON', async () => {
      const text = await run(['analyze', 'escape.news', '--no-color']);
      assert.doesNotMatch(text.stdout, /\u001b|\u0007/);
      assert.match(text.stdout, /\\u001b\[31mfix\\u001b\]0;owned\\u0007/);
      const json = await run(['analyze', 'escape.news', '--json']);
      assert.ok(JSON.parse(json.stdout).quotes.some((quote: { text: string }) => quote.text.includes('\u001b[31mfix')));
      mkdirSync(path.join(desk, 'odd'), { recursive: true });
      const oddName = 'odd/line\nbreak.news';
      writeFileSync(path.join(desk, oddName), FINDINGS);
      const check = await run(['check', oddName, '--no-color']);
      for (const line of check.stdout.trim().split('\n')) assert.match(line, /^odd\/line\\u000abreak\.news:\d+:\d+ /);
    });

    it('printable leaves ordinary text alone', () => {
      assert.equal(printable('“Fine,” she said — café 😀'), '“Fine,” she said — café 😀');
      assert.equal(printable('a\u202ebc'), 'a\\u202ebc');
    });
  });

  describe('analyze --jsonl', () => {
    it('reports a line over the limit by its number and goes on, without keeping it', async () => {
      const chunks = ['{"id":1,"text":"a"}\n{"id":2,"te', 'xt":"', 'x'.repeat(5000), '"}\r\n', '{"id":3,"text":"b"}'];
      const lines = [];
      for await (const line of jsonLines(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), 100)) lines.push(line);
      assert.deepEqual(lines.map((line) => [line.number, line.text]), [[1, '{"id":1,"text":"a"}'], [2, undefined], [3, '{"id":3,"text":"b"}']]);
      assert.equal(lines[1].length, 5019);
    });

    it('keeps multi-byte characters split across chunks whole', async () => {
      const bytes = Buffer.from('{"id":1,"text":"café “x”"}\n');
      const lines = [];
      for await (const line of jsonLines(Readable.from([bytes.subarray(0, 20), bytes.subarray(20, 21), bytes.subarray(21)]), 1000)) lines.push(line);
      assert.equal(lines[0].text, '{"id":1,"text":"café “x”"}');
    });
  });
});
