// A quote the article leaves unattributed, found in one speaker's words in a transcript: the likely
// speaker and the fix follow the transcript, not the article's guess (issue 11, item 5).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine';
import type { Diagnostic } from '../../src/engine';
import type { TranscriptSource } from '../../src/engine/transcripts';
import { attributionFromTranscript, readTranscriptLinks, TranscriptIndex, verifyQuotes } from '../../src/engine/transcripts';
import { fixtureArticle, fixtureConfig, fixturesDir } from '../support/fixtures';

function unattributed(text: string, transcripts: TranscriptSource[], config = {}, needle: string): { before: Diagnostic; after: Diagnostic | undefined } {
  const analysis = analyze(text, { config });
  const { results } = verifyQuotes(text, analysis, new TranscriptIndex(transcripts), { config });
  const at = text.indexOf(needle);
  const before = analysis.diagnostics.find((d) => d.code === 'unattributed-quote' && d.start <= at && at < d.end);
  assert.ok(before, `no unattributed-quote on ${needle}`);
  const result = results.find((r) => r.start === before.start);
  assert.ok(result, 'the quote was not checked against the transcripts');
  return { before, after: attributionFromTranscript(text, analysis, before, result) };
}

describe('transcripts: the speaker a transcript gives an unattributed quote', () => {
  it('follows the sample\'s CALLER label for the "time bomb" quote, not the article\'s guess', () => {
    const text = fixtureArticle('harbour-bridge-closure');
    const sources = readTranscriptLinks(text).map((link) => ({ path: link.path, speakers: link.speakers, text: readFileSync(join(fixturesDir(), 'articles', link.path), 'utf8') }));
    const { before, after } = unattributed(text, sources, fixtureConfig(), 'We have been driving over a time bomb');
    assert.ok(after, 'the transcript\'s speaker was not used');
    assert.notEqual(before.suggestion?.title, after.suggestion?.title);
    assert.equal(after.suggestion?.title, 'Add ", a caller said."');
    assert.deepEqual(after.candidates, ['a caller']);
    assert.match(after.message, /the transcript gives CALLER \(\.\.\/transcripts\/kpel-achterberg\.srt · 5:40\)/);
    assert.doesNotMatch(after.message, /probably/);
    const fixed = text.slice(0, after.suggestion!.start) + after.suggestion!.text + text.slice(after.suggestion!.end);
    assert.ok(fixed.includes('"We have been driving over a time bomb for years and calling it a shortcut," a caller said.'));
  });

  it('names a person of the article by surname when the label is theirs', () => {
    const text = 'Council Row\n\nHarold Penwick, a council member, and Owen Achterberg, the city engineer, met on Monday. Achterberg said the repairs would take months.\n\n"They had the report and they put it in a drawer."\n';
    const notes: TranscriptSource = { path: 'notes.md', text: '**PENWICK:** They had the report and they put it in a drawer.\n\n**ACHTERBERG:** Months, at least.\n' };
    const { after } = unattributed(text, [notes], {}, 'They had the report');
    assert.equal(after?.suggestion?.title, 'Add ", Penwick said."');
  });

  it('says nothing when the transcript passage has no speaker label', () => {
    const text = 'Council Row\n\nHarold Penwick spoke first.\n\n"They had the report and they put it in a drawer."\n';
    const { after } = unattributed(text, [{ path: 'notes.txt', text: 'They had the report and they put it in a drawer.' }], {}, 'They had the report');
    assert.equal(after, undefined);
  });
});
