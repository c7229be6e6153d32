// Quotes against transcripts: the parsers (WebVTT, SRT, plain text, Markdown notes), the links an
// article makes, the alignment's tolerance (case, punctuation, curly marks, fillers, ellipses,
// brackets) and the four outcomes on the sample article and on the reference article.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import type { QuoteVerification, TranscriptSource } from '../../src/engine/transcripts';
import { configuredTranscripts, describePlace, parseTranscript, readTranscriptLinks, TranscriptIndex, verificationLabel, verifyQuotes } from '../../src/engine/transcripts';
import { corpusFile, itSkippedWithoutCorpus } from '../support/corpus';
import { fixtureArticle, fixtureConfig, fixturesDir } from '../support/fixtures';
import { referenceCase } from '../support/transcripts';

function words(source: TranscriptSource): string[][] {
  return parseTranscript(source).streams.map((stream) => [stream.label ?? '-', stream.words.map((word) => word.norm).join(' ')]);
}

/** Verifies an article's quotes against transcripts given inline. */
function verify(article: string, transcripts: TranscriptSource[], config = {}): { results: QuoteVerification[]; analysis: Analysis; diagnostics: ReturnType<typeof verifyQuotes>['diagnostics'] } {
  const analysis = analyze(article, { config });
  const { results, diagnostics } = verifyQuotes(article, analysis, new TranscriptIndex(transcripts), { config });
  return { results, analysis, diagnostics };
}

function resultFor(article: string, results: QuoteVerification[], needle: string): QuoteVerification {
  const at = article.indexOf(needle);
  assert.ok(at >= 0, `${needle} is not in the article`);
  const found = results.find((result) => result.start <= at && at < result.end);
  assert.ok(found, `no verification for the quote at ${JSON.stringify(needle)}; got ${JSON.stringify(results.map((r) => article.slice(r.start, r.end)))}`);
  return found;
}

function applySuggestion(text: string, suggestion: { start: number; end: number; text: string }): string {
  return text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
}

describe('transcripts: parsing', () => {
  it('joins WebVTT cues into one word stream with each word\'s time, so a line split across cues still reads on', () => {
    const vtt = 'WEBVTT\n\nNOTE a comment\n\nintro\n00:01:02.500 --> 00:01:04.000 align:start\nWe cannot keep\n\n00:01:04.000 --> 00:01:06.000\npatching this bridge.\n';
    const parsed = parseTranscript({ path: 'a.vtt', text: vtt });
    assert.deepEqual(parsed.problems, []);
    const stream = parsed.streams[0];
    assert.deepEqual(stream.words.map((w) => w.norm), ['we', 'cannot', 'keep', 'patching', 'this', 'bridge']);
    assert.equal(stream.words[0].time, 62_500);
    assert.equal(stream.words[3].time, 64_000);
    // Offsets point at the words in the file.
    assert.equal(vtt.slice(stream.words[3].start, stream.words[3].end), 'patching');
  });

  it('reads WebVTT voice tags and SRT labels as speakers, and leaves sound captions out', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Kay Burley>Minister, good morning.</v>\n\n00:00:02.000 --> 00:00:04.000\n<v James Cleverly>Good morning. [Laughter] We urge China.</v>\n';
    assert.deepEqual(words({ path: 'a.vtt', text: vtt }), [['Kay Burley', 'minister good morning'], ['James Cleverly', 'good morning we urge china']]);
    const srt = '1\r\n00:00:01,000 --> 00:00:03,000\r\n>> FERRARI: Minister?\r\n\r\n2\r\n00:00:03,000 --> 00:00:05,000\r\n>> CLEVERLY: This war\r\nis illegal.\r\n\r\n3\r\n00:00:05,000 --> 00:00:06,000\r\n(APPLAUSE) It must stop.\r\n';
    assert.deepEqual(words({ path: 'b.srt', text: srt }), [['FERRARI', 'minister'], ['CLEVERLY', 'this war is illegal it must stop']]);
  });

  it('reads Markdown notes with bold or capital labels, skipping headings and front matter, and timed plain text', () => {
    const notes = '---\ntitle: notes\n---\n# Interview\n\n**Truss:** Of course, if we see a weak NATO.\n\nCLEVERLY: This war is illegal.\n\n**Q**: Anything else?\n';
    assert.deepEqual(words({ path: 'n.md', text: notes }), [['Truss', 'of course if we see a weak nato'], ['CLEVERLY', 'this war is illegal'], ['Q', 'anything else']]);
    const timed = parseTranscript({ path: 't.txt', text: '[00:12:34] SULLIVAN: It is a concern of ours.\n1:02:03 Yes.\n' });
    assert.equal(timed.streams[0].words[0].time, (12 * 60 + 34) * 1000);
    assert.equal(timed.streams[0].words.at(-1)!.time, 3723_000);
  });

  it('takes a plain capitalised word before a colon as a label only in a file with labels', () => {
    assert.deepEqual(words({ path: 'a.srt', text: '1\n00:00:01,000 --> 00:00:03,000\nLook: the bridge is safe.\n' }), [['-', 'look the bridge is safe']]);
    assert.deepEqual(words({ path: 'n.txt', text: 'Penwick: They had the report.\nLindqvist: And?\nPenwick: They put it in a drawer.\n' }), [['Penwick', 'they had the report they put it in a drawer'], ['Lindqvist', 'and']]);
  });

  it('names the problem in a broken caption file instead of throwing', () => {
    const parsed = parseTranscript({ path: 'broken.vtt', text: 'WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nHello\n' });
    assert.ok(parsed.problems.length > 0);
    assert.match(parsed.problems[0], /timestamp/);
    assert.deepEqual(parseTranscript({ path: 'empty.vtt', text: 'WEBVTT\n' }).problems.length > 0, true);
  });
});

describe('transcripts: links', () => {
  it('reads a Transcripts: line, in a comment or as a line of paths, with speakers', () => {
    const text = '<!-- Transcripts: Cleverly: interviews/cleverly-sky.vtt, notes/truss.txt -->\nHeadline\n';
    const links = readTranscriptLinks(text);
    assert.deepEqual(links.map((l) => [l.path, l.speakers]), [['interviews/cleverly-sky.vtt', ['Cleverly']], ['notes/truss.txt', []]]);
    assert.equal(text.slice(links[0].start, links[0].end), 'interviews/cleverly-sky.vtt');
    assert.deepEqual(readTranscriptLinks('Transcripts: a.vtt, Sullivan & Blinken: b.srt\n\nBody.').map((l) => [l.path, l.speakers]), [['a.vtt', []], ['b.srt', ['Sullivan', 'Blinken']]]);
    assert.deepEqual(readTranscriptLinks('---\ntranscripts:\n  - a.vtt\n  - "Truss: b.md"\n---\n').map((l) => [l.path, l.speakers]), [['a.vtt', []], ['b.md', ['Truss']]]);
  });

  it('ignores a sentence that merely starts with "Transcripts:"', () => {
    assert.deepEqual(readTranscriptLinks('Transcripts: the court released them on Monday.\n'), []);
  });

  it('finds the transcripts .newsdesk.json gives an article by path, folder or glob', () => {
    const config = { 'articles/bridge.news': ['Marchetti: transcripts/a.vtt'], 'articles/': ['b.srt'], 'articles/**/*.md': ['c.md'], 'other/': ['d.txt'] };
    assert.deepEqual(configuredTranscripts(config, 'articles/bridge.news').map((l) => [l.path, l.speakers]), [['transcripts/a.vtt', ['Marchetti']], ['b.srt', []]]);
    assert.deepEqual(configuredTranscripts(config, 'articles/x/y.md').map((l) => l.path), ['b.srt', 'c.md']);
  });
});

describe('transcripts: matching', () => {
  const transcript: TranscriptSource = {
    path: 'sky.vtt',
    speakers: ['Cleverly'],
    text: 'WEBVTT\n\n00:07:00.000 --> 00:07:03.000\nUm, what we\'re saying to all, uh, all countries\n\n00:07:03.000 --> 00:07:06.000\nis that, you know, they should denounce this unprovoked,\n\n00:07:06.000 --> 00:07:09.000\nillegal attack into Ukraine by Russia. And the government will not accept it.\n',
  };
  const article = (quote: string) => `Minister Speaks\n\n${quote} James Cleverly said.\n`;

  it('ignores case, punctuation, curly marks and fillers', () => {
    const text = article('“WHAT we’re saying to all countries is that they should denounce this unprovoked illegal attack into Ukraine by Russia,”');
    const [result] = verify(text, [transcript]).results;
    assert.equal(result.status, 'verbatim', JSON.stringify(result.diff));
    assert.equal(verificationLabel(result), 'verbatim · 7:00');
  });

  it('accepts an ellipsis as a cut and brackets as an insertion', () => {
    const cut = article('"What we\'re saying to all countries ... [is that Russia\'s] attack into Ukraine ... [the government] will not accept it,"');
    const [result] = verify(cut, [transcript]).results;
    assert.equal(result.status, 'verbatim', JSON.stringify(result.diff));
    assert.ok(result.cuts >= 2);
    assert.equal(verificationLabel(result).startsWith('verbatim, '), true);
  });

  it('accepts a long cut: an ellipsis may stand for hundreds of words', () => {
    const filler = Array.from({ length: 250 }, (_, index) => `word${index}`).join(' ');
    const long: TranscriptSource = { path: 'long.txt', text: `We will rebuild the bridge this year. ${filler} And the ferries will run every hour until then.` };
    const text = article('"We will rebuild the bridge this year ... the ferries will run every hour until then,"');
    const [result] = verify(text, [long]).results;
    assert.equal(result.status, 'verbatim', JSON.stringify(result.diff.filter((part) => part.op !== 'equal')));
    assert.equal(result.cuts, 1);
  });

  it('reports a changed, an added and a dropped word, and fixes only the words inside the marks', () => {
    const text = article('"What we\'re saying to all nations is that they should really denounce this illegal attack into Ukraine by Russia,"');
    const { results, diagnostics } = verify(text, [transcript]);
    const [result] = results;
    assert.equal(result.status, 'misquote');
    assert.equal(result.differences, 3);
    assert.deepEqual(result.diff.filter((part) => part.op !== 'equal'), [
      { op: 'changed', quote: 'nations', transcript: 'countries' },
      { op: 'added', quote: 'really' },
      { op: 'dropped', transcript: 'unprovoked' },
    ]);
    assert.equal(verificationLabel(result), '3 words differ · 7:00');
    const [finding] = diagnostics;
    assert.equal(finding.code, 'misquote');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /3 words differ.*sky\.vtt · 7:00.*should denounce this unprovoked, illegal attack/);
    assert.equal(finding.suggestion?.title, "Use the transcript's wording");
    const fixed = applySuggestion(text, finding.suggestion!);
    assert.equal(fixed, article('"What we\'re saying to all countries is that they should denounce this unprovoked illegal attack into Ukraine by Russia,"'));
    assert.equal(verify(fixed, [transcript]).results[0].status, 'verbatim');
  });

  it('reports a quote nothing in the transcript comes close to', () => {
    const text = article('"We will send tanks to Kyiv next week and nobody can stop us,"');
    const { results, diagnostics } = verify(text, [transcript]);
    assert.equal(results[0].status, 'not-found');
    assert.equal(diagnostics[0].code, 'quote-not-found');
    assert.match(diagnostics[0].message, /James Cleverly's words in the transcript \(sky\.vtt\)/);
  });

  it('checks a speaker only against their own transcript, and an unknown speaker against all', () => {
    const notes: TranscriptSource = { path: 'notes.md', text: '**Truss:** We see a tough policy on Russia as complementary.\n\n**Cleverly:** This war is illegal.\n' };
    const text = 'Talks\n\n"This war is illegal."\n\n"This war is illegal," Truss said.\n\n"We see a tough policy on Russia as complementary," said Liz Truss.\n';
    const { results } = verify(text, [notes]);
    // No speaker: found in Cleverly's words; Truss never said it; Truss's own words are found.
    assert.deepEqual(results.map((r) => r.status), ['verbatim', 'not-found', 'verbatim']);
    assert.deepEqual(results[1].saidBy, { speaker: 'Cleverly', transcript: 'notes.md', line: 3 });
    const { diagnostics } = verify(text, [notes]);
    assert.match(diagnostics[0].message, /Liz Truss's words in the transcript \(notes\.md\)\. Cleverly says it in notes\.md \(line 3\): check who said it\./);
    // A speaker with no transcript of their own is not checked.
    const other = verify('Talks\n\n"This war is illegal," Sullivan said.\n', [notes]).results;
    assert.deepEqual(other.map((r) => r.status), ['unchecked']);
  });

  it('says where words are: their time when the transcript has times, else their line', () => {
    assert.equal(describePlace({ time: 754_000, line: 9 }), '12:34');
    assert.equal(describePlace({ time: 3_723_000 }), '1:02:03');
    assert.equal(describePlace({ line: 3 }), 'line 3');
    assert.equal(describePlace({}), '');
  });

  it('follows severity settings and suppression comments', () => {
    const text = article('"We will send tanks to Kyiv next week and nobody can stop us,"');
    assert.equal(verify(text, [transcript], { severity: { 'quote-not-found': 'off' } }).diagnostics.length, 0);
    assert.equal(verify(text, [transcript], { severity: { 'quote-not-found': 'error' } }).diagnostics[0].severity, 'error');
    assert.equal(verify(`<!-- newsdesk-disable quote-not-found -->\n${text}`, [transcript]).diagnostics.length, 0);
  });

  it('remembers alignments, so verifying again after an edit elsewhere is cheap', () => {
    const text = article('"What we\'re saying to all countries is that they should denounce this unprovoked illegal attack into Ukraine by Russia,"');
    const index = new TranscriptIndex([transcript]);
    const first = verifyQuotes(text, analyze(text), index).results[0];
    const edited = `${text}\nA new paragraph.\n`;
    const again = verifyQuotes(edited, analyze(edited), index).results[0];
    assert.deepEqual(again, first);
  });
});

describe('transcripts: the sample article (fixtures/)', () => {
  const text = fixtureArticle('harbour-bridge-closure');
  const config = fixtureConfig();
  const sources = readTranscriptLinks(text).map((link) => ({
    path: link.path,
    speakers: link.speakers,
    text: readFileSync(join(fixturesDir(), 'articles', link.path), 'utf8'),
  }));
  const { results, diagnostics } = verify(text, sources, config);

  it('links three transcripts from the line below its headline', () => {
    assert.deepEqual(sources.map((s) => s.path), ['../transcripts/marchetti-news-conference.vtt', '../transcripts/kpel-achterberg.srt', '../transcripts/penwick-notes.md']);
  });

  it('finds a quote split across two caption cues verbatim, with its time', () => {
    const result = resultFor(text, results, 'I was not going to wait');
    assert.equal(verificationLabel(result), 'verbatim · 12:31');
    assert.equal(resultFor(text, results, 'We are not going to gamble').status, 'verbatim', 'the filler "um" in the captions is ignored');
  });

  it('reports the one word changed, with the transcript\'s wording as the fix', () => {
    const result = resultFor(text, results, 'If I had found that crack');
    assert.equal(result.status, 'misquote');
    assert.deepEqual(result.diff.filter((part) => part.op !== 'equal'), [{ op: 'changed', quote: 'family', transcript: 'kids' }]);
    assert.equal(verificationLabel(result), '1 word differs · 3:20');
    const finding = diagnostics.find((d) => d.code === 'misquote')!;
    assert.equal(text.slice(finding.suggestion!.start, finding.suggestion!.end), 'family');
    assert.equal(finding.suggestion!.text, 'kids');
  });

  it('accepts the ellipsis cut in the notes', () => {
    const result = resultFor(text, results, 'They had the report');
    assert.equal(result.status, 'verbatim');
    assert.equal(result.cuts, 1);
    assert.equal(verificationLabel(result), 'verbatim, 1 cut · line 7');
  });

  it('reports the quote that is not in the speaker\'s notes', () => {
    assert.equal(resultFor(text, results, 'At least the seagulls').status, 'not-found');
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['misquote', 'quote-not-found']);
  });

  it('finds the unattributed quote in whichever transcript has it, and leaves speakers without a transcript unchecked', () => {
    assert.equal(resultFor(text, results, 'We have been driving over a time bomb').status, 'verbatim');
    assert.equal(resultFor(text, results, 'On a normal Friday').status, 'unchecked');
  });
});

describe('transcripts: the reference article (transcripts made from its quotes)', function () {
  const articlePath = corpusFile('articles', 'us-allies-warn-china.news');
  if (!articlePath) {
    itSkippedWithoutCorpus('checks the reference article\'s quotes', 'articles', 'us-allies-warn-china.news');
    return;
  }
  const made = referenceCase(readFileSync(articlePath, 'utf8'));
  const sources = readTranscriptLinks(made.article).map((link) => ({ path: link.path, speakers: link.speakers, text: made.files[link.path] }));
  const { results, diagnostics } = verify(made.article, sources);

  for (const expected of made.expected) {
    it(`${expected.status}${expected.cuts ? ' with a cut' : ''}: ${expected.needle.slice(0, 40)}…`, () => {
      const result = resultFor(made.article, results, expected.needle);
      assert.equal(result.status, expected.status, JSON.stringify(result.diff.filter((part) => part.op !== 'equal')));
      if (expected.cuts) assert.equal(result.cuts, expected.cuts);
      if (expected.changed) assert.deepEqual(result.diff.filter((part) => part.op !== 'equal'), [{ op: 'changed', quote: expected.changed[0], transcript: expected.changed[1] }]);
    });
  }

  it('gives times from the captions and one finding per problem', () => {
    assert.equal(verificationLabel(resultFor(made.article, results, made.expected[0].needle)), 'verbatim · 7:00');
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['misquote', 'quote-not-found']);
  });
});

describe('transcripts: any input', () => {
  const word = fc.constantFrom('we', 'will', 'fix', 'the', 'bridge', 'um', 'Bridge', 'city’s', '...', '…', '[it]', 'TULLY:', '**Truss:**', '-->', '00:00:01.000', '\n', '\n\n', '"', '“', '”', 'WEBVTT', '<v A>', '[', '(');
  const text = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '));

  it('never throws, and every result and fix stays inside its quote', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('a.vtt', 'b.srt', 'c.md', 'd.txt'), (article, transcript, path) => {
        const analysis = analyze(article);
        const { results, diagnostics } = verifyQuotes(article, analysis, new TranscriptIndex([{ path, text: transcript }]));
        for (const result of results) {
          assert.ok(result.start >= 0 && result.end <= article.length);
          if (result.suggestion) assert.ok(result.suggestion.start >= result.start && result.suggestion.end <= result.end, JSON.stringify(result));
        }
        for (const finding of diagnostics) assert.ok(finding.start >= 0 && finding.end <= article.length);
      }),
      { numRuns: 300 },
    );
  });
});

