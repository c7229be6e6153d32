// Hostile and careless input (issue 10) and quotation-mark typos (issue 11, item 6): what the
// engine answers, not how fast (scripts/bench-hostile.mjs measures time and memory).
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { analyze, IncrementalAnalyzer } from '../../src/engine';
import { ActorRegistry } from '../../src/engine/actors';
import { parseConfigText } from '../../src/engine/config';
import type { Mention } from '../../src/engine/mentions';
import { MAX_FIRST_PARAGRAPH_LENGTH, MAX_PARAGRAPH_LENGTH, MAX_PARAGRAPH_QUOTE_MARKS, scanQuotes, splitParagraphs } from '../../src/engine/segment';
import type { FileStat, TranscriptFileSystem } from '../../src/engine/transcripts';
import { normalizePath, parseTranscript, parseTranscriptInSlices, readTranscriptFile, relativePath, resolveTranscriptLinks } from '../../src/engine/transcripts';
import { completeConfig } from '../../src/engine';
import { checkInvariants } from '../support/invariants';

function sound(text: string) {
  const analysis = analyze(text);
  assert.deepEqual(checkInvariants(analysis, text), []);
  return analysis;
}

describe('hostile input: quotation marks', function () {
  this.timeout(60_000); // whole analyses of articles of up to 240,000 characters, on a shared machine
  it('reads “ typed for ” before a cue as the closing mark and flags it with the swap', () => {
    const text = 'Council votes.\n\n“We will win at the polls,“ said Dana Whitfield.\n\n“The budget holds,” said Owen Achterberg.\n';
    const analysis = sound(text);
    const whitfield = analysis.quotes.find((quote) => quote.text.startsWith('“We will win'));
    assert.ok(whitfield, 'the typo quote is found');
    assert.equal(whitfield.text, '“We will win at the polls,“');
    assert.equal(whitfield.speaker?.name, 'Dana Whitfield');
    const achterberg = analysis.quotes.find((quote) => quote.text.startsWith('“The budget'));
    assert.equal(achterberg?.speaker?.name, 'Owen Achterberg', 'the next speaker keeps their own quote');
    assert.ok(!analysis.quotes.some((quote) => quote.text.includes('said Dana Whitfield')));
    const at = text.indexOf(',“') + 1;
    const finding = analysis.diagnostics.find((d) => d.code === 'unbalanced-quote');
    assert.ok(finding, 'unbalanced-quote is reported');
    assert.deepEqual([finding.start, finding.end], [at, at + 1], 'on the mark itself');
    assert.deepEqual(finding.suggestion, { title: 'Replace “ with ”', start: at, end: at + 1, text: '”' });
  });

  it('reads “ typed for ” at the end of a paragraph as the closing mark, not the opening of the next', () => {
    const text = 'Council votes.\n\nWhitfield said: “We will win at the polls.“\n\n“The vote is on Monday,” Achterberg said.\n';
    const analysis = sound(text);
    const at = text.indexOf('.“') + 1;
    const typo = analysis.diagnostics.filter((d) => d.code === 'unbalanced-quote');
    assert.deepEqual(typo.map((d) => [d.start, d.suggestion?.title]), [[at, 'Replace “ with ”']]);
    assert.equal(analysis.quotes.find((quote) => quote.text.startsWith('“The vote'))?.speaker?.name, 'Achterberg');
  });

  it('keeps German „…“ and a “ that opens a new quotation as they were', () => {
    assert.deepEqual(scanQuotes('Er sagte: „Wir gewinnen.“').regions.map((r) => [r.openMark, r.closeMark]), [['„', '“']]);
    assert.deepEqual(scanQuotes('“One, “two').regions.map((r) => [r.openMark, r.closeMark]), [['“', null], ['“', null]]);
  });

  it('offers the closing fix for an unclosed straight quote inside reported speech', () => {
    const text = 'Council votes.\n\nPenwick said "this is the last time" and "we wait.\n';
    const analysis = sound(text);
    const finding = analysis.diagnostics.find((d) => d.code === 'unbalanced-quote');
    assert.ok(finding, JSON.stringify(analysis.diagnostics));
    assert.equal(finding.start, text.lastIndexOf('"'));
    assert.equal(finding.suggestion?.text, '"');
  });

  it('reads at most MAX_PARAGRAPH_QUOTE_MARKS marks of a paragraph of 40,000 unclosed “a, and says so', () => {
    const text = 'Headline\n\n' + '“a '.repeat(40_000);
    const analysis = sound(text);
    const overflow = analysis.diagnostics.filter((d) => d.code === 'unbalanced-quote' && /More than \d+ quotation marks in one paragraph/.test(d.message));
    const pieces = splitParagraphs(text).length - 1;
    const overfull = splitParagraphs(text).slice(1).filter((piece) => text.slice(piece.start, piece.end).split('“').length - 1 > MAX_PARAGRAPH_QUOTE_MARKS).length;
    assert.ok(overfull >= pieces - 1, `${overfull} of ${pieces} pieces over the limit`);
    assert.equal(overflow.length, overfull, 'one per piece of the paragraph over the limit');
    assert.ok(analysis.quotes.length <= pieces * MAX_PARAGRAPH_QUOTE_MARKS, `${analysis.quotes.length} quotes`);
    assert.ok(analysis.diagnostics.filter((d) => d.code === 'unbalanced-quote').every((d) => text.slice(d.start, d.end) === '“'));
  });

  it('keeps every mark of a paragraph under the limit', () => {
    const text = 'Headline\n\n' + '“a” '.repeat(MAX_PARAGRAPH_QUOTE_MARKS / 2);
    assert.equal(scanQuotes(text.slice(10)).regions.length, MAX_PARAGRAPH_QUOTE_MARKS / 2);
    assert.ok(!analyze(text).diagnostics.some((d) => /More than/.test(d.message)));
  });

  it('splits a long paragraph into pieces under the limits, covering all its text', () => {
    const text = 'Headline\n\n' + 'The mayor said the bridge will close. '.repeat(2_000) + '\n\n' + '“a '.repeat(500);
    const ranges = splitParagraphs(text);
    assert.ok(ranges.length > 3);
    for (const range of ranges) assert.ok(range.end - range.start <= MAX_PARAGRAPH_LENGTH, `a piece of ${range.end - range.start}`);
    const covered = ranges.map((range) => text.slice(range.start, range.end)).join('');
    assert.equal(covered.replace(/\s/g, ''), text.replace(/\s/g, ''), 'no text is lost between pieces');
    // Cut after a sentence, never inside a word.
    for (const range of ranges.slice(1, -2)) assert.match(text.slice(range.start, range.end), /\.$/);
  });

  it('gives the same analysis incrementally as fresh when edits fall in paragraphs cut into pieces', function () {
    this.timeout(120_000); // about thirty analyses of an 80,000-character article
    const body = '"The bridge will close," Mayor Dana Whitfield said on Monday. Critics say the plan is late. '.repeat(400);
    const base = `${'Bridge Closed, Council Says '.repeat(100)}\n\n${body}\n\n"It is unsafe," Owen Achterberg said.\n\n${`${'Short paragraph. '.repeat(20)}\n\n`.repeat(12)}${body}\n`;
    // Enough paragraphs (16) for the analyzer to re-split only around an edit.
    assert.ok(splitParagraphs(base).length >= 16);
    // One keystroke in every piece of every cut paragraph (the last piece of a line is where only part of the line could be kept).
    for (const range of splitParagraphs(base)) {
      const at = range.end - 10;
      const incremental = new IncrementalAnalyzer({});
      incremental.analyze(base);
      const text = `${base.slice(0, at)}x${base.slice(at)}`;
      assert.deepStrictEqual(incremental.analyze(text), analyze(text), `a keystroke at ${at}`);
    }
    const edits = fc.array(fc.record({ at: fc.nat(base.length), cut: fc.nat(30), insert: fc.constantFrom('', 'x', '\n', '\n\n', '“', '. ', 'He said ') }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(edits, (list) => {
      const incremental = new IncrementalAnalyzer({});
      let text = base;
      incremental.analyze(text);
      for (const edit of list) {
        const at = Math.min(edit.at, text.length);
        text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
        incremental.analyze(text);
      }
      assert.deepStrictEqual(incremental.analyze(text), analyze(text));
    }), { numRuns: 8 });
  });

  it('cuts a long first paragraph (the headline) sooner', () => {
    const ranges = splitParagraphs('<!--'.repeat(20_000));
    assert.ok(ranges[0].end - ranges[0].start <= MAX_FIRST_PARAGRAPH_LENGTH);
    sound('<!--'.repeat(20_000));
  });
});

describe('hostile input: line ends', () => {
  it('reads CR-only line ends like LF: the headline is not glued to the first speaker', () => {
    const lf = 'Bridge Closed\n\nOwen Achterberg said the bridge would close. "It is unsafe," he said.\n\nThe council meets on Monday.\n';
    const cr = lf.replace(/\n/g, '\r');
    const fromLf = sound(lf);
    const fromCr = sound(cr);
    assert.equal(fromCr.paragraphs.length, fromLf.paragraphs.length);
    assert.deepEqual(fromCr.quotes.map((q) => [q.start, q.end, q.text, q.speaker?.name]), fromLf.quotes.map((q) => [q.start, q.end, q.text, q.speaker?.name]));
    assert.ok(fromCr.actors.some((actor) => actor.name === 'Owen Achterberg'));
    assert.ok(!fromCr.actors.some((actor) => actor.name.includes('Closed')));
  });

  it('keeps offsets UTF-16 into the original text with CR, CRLF and LF mixed', () => {
    const text = 'Headline\r\r“It is unsafe,” Achterberg said.\r\n\r\n“We agree,” Whitfield said.\n';
    const analysis = sound(text);
    for (const quote of analysis.quotes) assert.equal(text.slice(quote.start, quote.end), quote.text);
  });
});

describe('hostile input: words that are names of Object methods', () => {
  it('analyses "constructor", "toString" and "__proto__" like any other word', () => {
    // The lexicon is a plain object: these words once found Object's methods and ended the analysis in an internal error.
    const text = 'Budget\n\nThe constructor said the toString plan and __proto__ valueOf hasOwnProperty work.\n\n"It holds," Ada Quist said of the constructor.\n';
    const analysis = sound(text);
    assert.equal(analysis.internalError, undefined, analysis.internalError?.message);
    assert.ok(analysis.quotes.some((quote) => quote.speaker?.name === 'Ada Quist'), JSON.stringify(analysis.quotes.map((quote) => quote.speaker?.name)));
  });

  it('resolves a body named "Constructor" or "__proto__" as any other body, not as a capital', () => {
    const registry = new ActorRegistry([]);
    for (const name of ['Constructor', '__proto__', 'hasOwnProperty']) {
      const mention: Mention = { start: 0, end: name.length, text: name, kind: 'organization', name, role: null, head: name.toLowerCase(), definite: false, plural: false };
      const resolution = registry.resolve({ paragraph: 1, mention, at: 0, span: null, salient: true, listener: false, resolve: true, result: null });
      assert.deepEqual([resolution.actor?.name, resolution.actor?.kind], [name, 'organization']);
    }
  });
});

describe('hostile input: transcript links', function () {
  this.timeout(30_000);
  /** A file system in memory: paths to contents, devices and directories. */
  const memoryFiles = (files: Record<string, string | 'device' | 'directory'>, links: Record<string, string> = {}): TranscriptFileSystem & { reads: string[] } => {
    const reads: string[] = [];
    const follow = (path: string) => links[path] ?? path;
    return {
      reads,
      async stat(path): Promise<FileStat> {
        const entry = files[follow(path)];
        if (entry === undefined) return { type: 'missing' };
        if (entry === 'device') return { type: 'other' };
        if (entry === 'directory') return { type: 'directory' };
        return { type: 'file', size: Buffer.byteLength(entry), mtime: 1 };
      },
      async read(path) {
        reads.push(path);
        return Buffer.from(files[follow(path)] as string);
      },
      async realPath(path) {
        return follow(path);
      },
    };
  };
  const config = completeConfig();
  const resolve = (text: string, extra: Partial<Parameters<typeof resolveTranscriptLinks>[0]> = {}) =>
    resolveTranscriptLinks({ articlePath: '/work/desk/story.news', baseDir: '/work', text, config, configPath: null, roots: ['/work'], allowOutside: false, allowHint: 'allow it', ...extra });
  const header = (paths: string) => `Headline\n\n<!-- Transcripts: ${paths} -->\n\n"It is unsafe," Achterberg said.\n`;

  it('refuses absolute paths, ../ out of the allowed folders and devices before reading anything', async () => {
    const links = resolve(header('/etc/passwd.txt, ../../home/me/.aws/credentials.txt, ../tapes/mayor.vtt, /dev/zero'));
    assert.deepEqual(links.map((link) => [link.path, Boolean(link.refused)]), [
      ['/etc/passwd.txt', true],
      ['/home/me/.aws/credentials.txt', true],
      ['/work/tapes/mayor.vtt', false],
      ['/dev/zero', true],
    ]);
    assert.match(links[0].refused!, /outside the folders Newsdesk reads transcripts from; allow it/);
    const files = memoryFiles({ '/etc/passwd.txt': 'root:x:0:0', '/work/tapes/mayor.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n', '/dev/zero': 'device' });
    const loaded = await Promise.all(links.map((link) => readTranscriptFile(files, link, 1000, ['/work'])));
    assert.deepEqual(files.reads, ['/work/tapes/mayor.vtt'], 'only the file inside is read');
    assert.ok('parsed' in loaded[2]);
  });

  it('reads anywhere when allowed, but never a device, a directory or a file over the limit', async () => {
    const links = resolve(header('/dev/zero, /srv/tapes, /srv/big.vtt, /srv/ok.txt'), { allowOutside: true });
    assert.ok(links.every((link) => !link.refused));
    const files = memoryFiles({ '/dev/zero': 'device', '/srv/tapes': 'directory', '/srv/big.vtt': 'x'.repeat(2000), '/srv/ok.txt': 'MAYOR: hello there' });
    const loaded = await Promise.all(links.map((link) => readTranscriptFile(files, link, 1000)));
    assert.deepEqual(loaded.map((item) => ('problem' in item ? item.problem : 'parsed')), [
      'not a regular file (a device, FIFO or socket is never read)',
      'is a directory, not a transcript',
      '2 KB, over the 1000 bytes limit for a transcript',
      'parsed',
    ]);
    assert.deepEqual(files.reads, ['/srv/ok.txt']);
  });

  it('refuses a symbolic link inside the folder that leads outside it', async () => {
    const [link] = resolve(header('../tapes/secret.txt'));
    assert.equal(link.refused, undefined);
    const files = memoryFiles({ '/home/me/.ssh/id_rsa': 'PRIVATE KEY' }, { '/work/tapes/secret.txt': '/home/me/.ssh/id_rsa' });
    const loaded = await readTranscriptFile(files, link, 1000, ['/work']);
    assert.ok('problem' in loaded && /symbolic link to a file outside/.test(loaded.problem));
    assert.deepEqual(files.reads, []);
  });

  it('resolves .newsdesk.json links against its folder and shows them relative to the article', () => {
    const links = resolveTranscriptLinks({
      articlePath: '/work/desk/story.news', baseDir: '/work', text: 'Headline\n',
      config: { ...config, transcripts: { 'desk/': ['Marchetti: tapes/mayor.vtt', '../../etc/x.srt'] } },
      configPath: '/work/.newsdesk.json', roots: ['/work'], allowOutside: false, allowHint: 'allow it',
    });
    assert.deepEqual(links.map((link) => [link.path, link.shown, link.link.speakers, Boolean(link.refused)]), [
      ['/work/tapes/mayor.vtt', '../tapes/mayor.vtt', ['Marchetti'], false],
      ['/etc/x.srt', '../../etc/x.srt', [], true],
    ]);
  });

  it('normalises paths without leaving the root', () => {
    assert.equal(normalizePath('/a/b/../../../etc/./x'), '/etc/x');
    assert.equal(normalizePath('C:\\story\\..\\tapes\\a.vtt'), 'C:/tapes/a.vtt');
    assert.equal(relativePath('/work/desk', '/work/tapes/a.vtt'), '../tapes/a.vtt');
  });

  it('never quotes a line of the file in a parse problem', () => {
    const parsed = parseTranscript({ path: 'secret.srt', text: 'aws_secret_access_key = AKIAEXAMPLE\nmore\n' });
    assert.ok(parsed.problems.length > 0);
    for (const problem of parsed.problems) assert.doesNotMatch(problem, /AKIA|aws_secret/);
  });

  it('parses a line of 40,000 unclosed [ brackets and voice tags, keeping the words', () => {
    const text = `SPEAKER: ${'[a '.repeat(40_000)}and (then [some] words`;
    const parsed = parseTranscript({ path: 'notes.txt', text });
    const words = parsed.streams.flatMap((stream) => stream.words.map((word) => word.norm));
    assert.ok(words.includes('words') && !words.includes('some'), 'a closed bracket is not speech; an unclosed one is');
    const vtt = parseTranscript({ path: 'a.vtt', text: `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>hello ${'<v a '.repeat(20_000)}` });
    assert.deepEqual(vtt.streams.map((stream) => stream.label), ['Ann']);
  });
});

describe('hostile input: transcript parsing in slices', () => {
  it('gives what parseTranscript gives, pausing between slices', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${i % 2 ? 'MAYOR' : 'REPORTER'}: line ${i} [laughter] of (what) was said`).join('\n');
    let pauses = 0;
    const sliced = await parseTranscriptInSlices({ path: 'notes.txt', text }, 0, async () => void pauses++);
    assert.deepEqual(sliced, parseTranscript({ path: 'notes.txt', text }));
    assert.ok(pauses >= 6, `${pauses} pauses`);
  });
});

describe('hostile input: configuration', () => {
  it('refuses __proto__, constructor and prototype at every depth, with a message on the key', () => {
    for (const text of ['{"__proto__": {"x": 1}}', '{"people": [{"name": "A", "constructor": "x"}]}', '{"transcripts": {"prototype": ["a.vtt"]}}', '{"severity": {"__proto__": "off"}}']) {
      const { errors } = parseConfigText(text);
      assert.equal(errors.length, 1, text);
      assert.match(errors[0].message, /is not allowed as a property name/, text);
      assert.ok(errors[0].line === 1 && errors[0].column! > 1, `${text}: at the key`);
    }
  });

  it('answers a 3 MB unknown key without comparing it, quoting only its start', () => {
    const key = 'k'.repeat(3 * 1024 * 1024);
    const { errors } = parseConfigText(`{"${key}": 1}`);
    assert.equal(errors.length, 1);
    assert.ok(errors[0].message.length < 400, `a message of ${errors[0].message.length} characters`);
    assert.match(errors[0].message, /unknown property; expected one of/);
  });

  it('still guesses a short typo', () => {
    assert.match(parseConfigText('{"cueVerb": []}').errors[0].message, /did you mean "cueVerbs"/);
  });
});
