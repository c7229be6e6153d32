// The smaller engine items of issue 11 ("The first hour in the editor"): one finding per vague
// phrase, photo captions and credits are not attributions, and a pronoun Newsdesk flags as
// ambiguous suggests no one's gender.
import { strict as assert } from 'node:assert';
import { analyze, pronounGender, sourcesReport } from '../../src/engine';
import { fixtureArticle } from '../support/fixtures';

describe('issue 11: the first hour in the editor (engine)', () => {
  it('flags "Many people think" once, as vague sourcing', () => {
    const text = 'City Budget\n\nMany people think the bridge should never have been built.\n';
    const findings = analyze(text).diagnostics;
    assert.deepEqual(findings.map((d) => [d.code, text.slice(d.start, d.end)]), [['vague-attribution', 'Many people think']]);
  });

  it('still flags an anonymous source that is not part of a vague phrase', () => {
    const text = 'City Budget\n\nA city official said the contract was promised to a local firm.\n';
    assert.deepEqual(analyze(text).diagnostics.map((d) => d.code), ['anonymous-source']);
  });

  it('takes nobody in a photo caption or credit for a source (the sample\'s "Inspectors")', () => {
    const text = fixtureArticle('harbour-bridge-closure');
    const analysis = analyze(text);
    assert.ok(!analysis.actors.some((actor) => actor.name === 'Inspectors'), JSON.stringify(analysis.actors.map((a) => a.name)));
    const caption = text.indexOf('Concrete barriers block');
    assert.equal(analysis.paragraphs.find((p) => p.start === caption)?.role, 'credit');
  });

  it('reads a line right above a credit as its caption, but not one with a blank line between', () => {
    const caption = 'Inspectors said the beams had cracked on Thursday.';
    const credit = 'JANE DOE/AP Photo via Getty Images';
    const above = analyze(`Bridge Shut\n\n${caption}\n${credit}\n`);
    assert.deepEqual(above.actors.map((a) => a.name), []);
    const apart = analyze(`Bridge Shut\n\n${caption}\n\n${credit}\n`);
    assert.deepEqual(apart.actors.map((a) => a.name), ['Inspectors']);
  });

  it('suggests no gender from a "he" it flags as ambiguous, and still does from a clear one', () => {
    const ambiguous = 'Bridge Talks\n\nOwen Achterberg, the city engineer, said the repairs would take months. Harold Penwick, a council member, said the city had waited too long.\n\n"We are nowhere near a deal," he said.\n';
    const analysis = analyze(ambiguous);
    const flagged = analysis.diagnostics.find((d) => d.code === 'ambiguous-speaker');
    assert.ok(flagged, 'the "he" is flagged as ambiguous');
    const report = sourcesReport(ambiguous, analysis);
    assert.deepEqual(report.speakers.filter((s) => s.genderSuggestion).map((s) => [s.name, s.genderSuggestion]), []);
    // The Set Gender… picker offers what pronounGender says.
    assert.deepEqual(analysis.actors.map((actor) => pronounGender(actor, analysis.diagnostics)).filter(Boolean), []);

    const clear = 'Bridge Talks\n\nHarold Penwick, a council member, said the city had waited too long.\n\n"We are nowhere near a deal," he said.\n';
    const clearReport = sourcesReport(clear, analyze(clear));
    assert.deepEqual(clearReport.speakers.filter((s) => s.genderSuggestion).map((s) => [s.name, s.genderSuggestion]), [['Harold Penwick', 'male']]);
  });
});
