// A failure inside the engine (a bug) is reported in the analysis, never passed off as a clean
// article: `internalError` carries the message, the rest is empty, and the analyzer recovers.
import { strict as assert } from 'node:assert';
import { analyze, IncrementalAnalyzer } from '../../src/engine';
import type { NewsdeskConfig } from '../../src/engine';

const ARTICLE = 'Mayor Delia Marchetti said the bridge would reopen.\n\n"We will fix it," she said.\n';

/** A configuration whose vague phrases cannot be read: the engine fails while setting up. */
function brokenConfig(): Partial<NewsdeskConfig> {
  const phrases = { [Symbol.iterator]: () => { throw new Error('phrases unreadable'); } };
  return { vaguePhrases: phrases as unknown as string[] };
}

describe('engine: internal errors', () => {
  it('a clean analysis has no internalError', () => {
    const analysis = analyze(ARTICLE);
    assert.equal(analysis.internalError, undefined);
    assert.ok(analysis.quotes.length > 0);
  });

  it('a failure inside analyze comes back as internalError with an empty analysis', () => {
    const analysis = analyze(ARTICLE, { config: brokenConfig() });
    assert.equal(analysis.internalError?.message, 'phrases unreadable');
    assert.match(analysis.internalError?.stack ?? '', /phrases unreadable/);
    assert.equal(analysis.length, ARTICLE.length);
    assert.deepEqual([analysis.paragraphs, analysis.quotes, analysis.actors, analysis.diagnostics], [[], [], [], []]);
  });

  it('prepare does not throw; the analyze after it reports the failure', () => {
    const analyzer = new IncrementalAnalyzer({ config: brokenConfig() });
    assert.equal(analyzer.prepare(ARTICLE, 50), true);
    assert.equal(analyzer.analyze(ARTICLE).internalError?.message, 'phrases unreadable');
  });

  it('one failed run does not stick: the next run is whole and equals a fresh analysis', () => {
    const analyzer = new IncrementalAnalyzer();
    const proto = IncrementalAnalyzer.prototype as unknown as { run(text: string): unknown };
    const run = proto.run;
    proto.run = () => { throw new TypeError('boom'); };
    try {
      assert.equal(analyzer.analyze(ARTICLE).internalError?.message, 'boom');
    } finally {
      proto.run = run;
    }
    const again = analyzer.analyze(ARTICLE);
    assert.equal(again.internalError, undefined);
    assert.deepEqual(again, analyze(ARTICLE));
  });
});
