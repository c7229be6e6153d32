// Misquotes at the edges of a quote (issue 11, item 4): a word dropped, added or changed at the
// start, in the middle and at the end must be reported as that, and "Use the transcript's wording"
// must give the transcript's words back. Contractions and numbers written out are a smaller kind of
// difference with their own finding.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import type { TranscriptSource } from '../../src/engine/transcripts';
import { TranscriptIndex, verificationLabel, verifyQuotes } from '../../src/engine/transcripts';

const notes: TranscriptSource = {
  path: 'notes.md',
  speakers: ['Marchetti'],
  text:
    '**Marchetti:** We have cut the hours twice already. If the council votes no, then we close another branch library before the summer is out. ' +
    'That is the choice in front of us. We are not going to pretend otherwise. We have five branches left and 48,000 people use them.\n',
};

function check(quote: string) {
  const text = `Library Cuts\n\n“${quote},” Mayor Delia Marchetti said.\n`;
  const analysis = analyze(text);
  const { results, diagnostics } = verifyQuotes(text, analysis, new TranscriptIndex([notes]));
  assert.equal(results.length, 1, `one quote in ${JSON.stringify(text)}`);
  const fixed = diagnostics[0]?.suggestion ? text.slice(0, diagnostics[0].suggestion.start) + diagnostics[0].suggestion.text + text.slice(diagnostics[0].suggestion.end) : text;
  const quoted = /“([^”]*),”/.exec(fixed)![1];
  return { result: results[0], diagnostics, fixedQuote: quoted };
}

describe('transcripts: a word dropped, added or changed at the start, middle and end of a quote', () => {
  const cases: Array<{ name: string; quote: string; part: { op: string; quote?: string; transcript?: string }; fixed: string }> = [
    { name: 'dropped after the first word', quote: 'then close another branch library', part: { op: 'dropped', transcript: 'we' }, fixed: 'then we close another branch library' },
    { name: 'dropped in the middle', quote: 'then we close branch library', part: { op: 'dropped', transcript: 'another' }, fixed: 'then we close another branch library' },
    { name: 'dropped before the last word', quote: 'then we close another library', part: { op: 'dropped', transcript: 'branch' }, fixed: 'then we close another branch library' },
    { name: 'added at the start', quote: 'Indeed, that is the choice in front of us', part: { op: 'added', quote: 'Indeed' }, fixed: 'that is the choice in front of us' },
    { name: 'added in the middle', quote: 'then we close another small branch library', part: { op: 'added', quote: 'small' }, fixed: 'then we close another branch library' },
    { name: 'added at the end', quote: 'that is the choice in front of us today', part: { op: 'added', quote: 'today' }, fixed: 'that is the choice in front of us' },
    { name: 'changed at the start', quote: 'so we close another branch library', part: { op: 'changed', quote: 'so', transcript: 'then' }, fixed: 'then we close another branch library' },
    { name: 'changed in the middle', quote: 'then we shut another branch library', part: { op: 'changed', quote: 'shut', transcript: 'close' }, fixed: 'then we close another branch library' },
    { name: 'changed at the end', quote: 'then we close another branch office', part: { op: 'changed', quote: 'office', transcript: 'library' }, fixed: 'then we close another branch library' },
  ];
  for (const { name, quote, part, fixed } of cases) {
    it(`${name}: “${quote}”`, () => {
      const { result, diagnostics, fixedQuote } = check(quote);
      assert.equal(result.status, 'misquote');
      assert.deepEqual(result.diff.filter((p) => p.op !== 'equal'), [part]);
      assert.equal(result.differences, 1);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'misquote');
      assert.equal(fixedQuote.toLowerCase(), fixed.toLowerCase());
    });
  }

  it('leaves a quote that starts or ends inside a transcript sentence verbatim', () => {
    assert.equal(check('close another branch library').result.status, 'verbatim');
    assert.equal(check('then we close another branch').result.status, 'verbatim');
  });
});

describe('transcripts: a contraction or a number written differently', () => {
  const cases: Array<{ quote: string; written: string; spoken: string; fixed: string }> = [
    { quote: 'We’re not going to pretend otherwise', written: 'We’re', spoken: 'We are', fixed: 'We are not going to pretend otherwise' },
    { quote: 'We have 5 branches left', written: '5', spoken: 'five', fixed: 'We have five branches left' },
    { quote: 'We have five branches left and forty-eight thousand people use them', written: 'forty-eight thousand', spoken: '48,000', fixed: 'We have five branches left and 48,000 people use them' },
    { quote: 'that is the choice in front of us. We aren’t going to pretend', written: 'aren’t', spoken: 'are not', fixed: 'that is the choice in front of us. We are not going to pretend' },
  ];
  for (const { quote, written, spoken, fixed } of cases) {
    it(`“${written}” for “${spoken}” is its own, milder finding`, () => {
      const { result, diagnostics, fixedQuote } = check(quote);
      assert.equal(result.status, 'variant', JSON.stringify(result.diff));
      assert.equal(result.differences, 0);
      assert.equal(result.variants, 1);
      assert.deepEqual(result.diff.filter((p) => p.op !== 'equal'), [{ op: 'variant', quote: written, transcript: spoken }]);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'quote-variant');
      assert.equal(diagnostics[0].severity, 'info');
      assert.match(diagnostics[0].message, new RegExp(`“${written}” where the transcript says “${spoken}”`));
      assert.doesNotMatch(diagnostics[0].message, /words? differ/);
      assert.match(verificationLabel(result), /^written differently · line 1$/);
      assert.equal(fixedQuote, fixed);
    });
  }

  it('counts a real change beside a contraction as a misquote of one word', () => {
    const { result, diagnostics } = check('We’re not going to deny otherwise');
    assert.equal(result.status, 'misquote');
    assert.equal(result.differences, 1);
    assert.equal(result.variants, 1);
    assert.deepEqual(diagnostics.map((d) => d.code), ['misquote']);
    assert.match(diagnostics[0].message, /1 word differs/);
  });

  it('is silenced by its own severity setting, apart from misquote', () => {
    const text = '“We have 5 branches left,” Marchetti said.\n';
    const config = { severity: { 'quote-variant': 'off' as const } };
    assert.equal(verifyQuotes(text, analyze(text, { config }), new TranscriptIndex([notes]), { config }).diagnostics.length, 0);
  });
});
