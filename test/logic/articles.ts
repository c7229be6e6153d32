// Small articles for the editor-free logic tests (test/logic), analysed by the real engine, with a
// helper that finds offsets by the words around them rather than by counting characters.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import type { Actor, Analysis } from '../../src/engine';

/** Three named speakers, a group, an anonymous source; one speaker quoted four times. */
export const BRIDGE = [
  'Bridge to Reopen in May',
  '',
  'Mayor Delia Marchetti said the bridge would reopen in May. "We will fix it," Marchetti said.',
  '',
  '"It is too late," said Owen Achterberg, an engineer.',
  '',
  'Critics say the repairs are rushed.',
  '',
  '"We waited a year," she said. "Nobody listened."',
  '',
  '"Not again," a resident shouted.',
  '',
].join('\n');

/** A quote with no speaker, a namesake who never speaks, and a surname after a title. */
export const NAMESAKE = [
  'Bridge to Reopen',
  '',
  'Mayor Delia Marchetti said the bridge would reopen. Her brother, Paolo Marchetti, said nothing.',
  '',
  '"Who pays for this?"',
  '',
  'Owen Achterberg said: "Not me."',
  '',
  '"Soon," Mayor Marchetti said.',
  '',
].join('\n');

export interface Article {
  text: string;
  analysis: Analysis;
  /** The offset of `needle` (its `nth` occurrence, from 1) plus `delta`; fails when it is not there. */
  at(needle: string, delta?: number, nth?: number): number;
  actor(name: string): Actor;
}

export function article(text: string): Article {
  const analysis = analyze(text);
  assert.equal(analysis.internalError, undefined);
  return {
    text,
    analysis,
    at(needle, delta = 0, nth = 1) {
      let offset = -1;
      for (let seen = 0; seen < nth; seen++) {
        offset = text.indexOf(needle, offset + 1);
        assert.ok(offset >= 0, `"${needle}" (${nth}) is not in the article`);
      }
      return offset + delta;
    },
    actor(name) {
      const found = analysis.actors.find((actor) => actor.name === name);
      assert.ok(found, `no actor ${name} in ${analysis.actors.map((actor) => actor.name).join(', ')}`);
      return found;
    },
  };
}
