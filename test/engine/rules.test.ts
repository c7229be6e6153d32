// One test per rule, generated from the ordered rule tables: each rule's example sentence is
// analysed, the analysis must find what the example marks, and without the rule it must not
// (so every rule is shown to decide something). {Braces} mark a speaker, [brackets] content.
import { strict as assert } from 'node:assert';
import { analyze, ruleIds } from '../../src/engine';
import { ATTRIBUTION_PATTERNS, HEADLINE_PATTERNS } from '../../src/engine/paragraph/attributions';
import { CueLexicon } from '../../src/engine/cues';
import type { Mention } from '../../src/engine/mentions';
import type { BoundaryContext } from '../../src/engine/paragraph/boundary-rules';
import { CONTENT_BOUNDARY_RULES } from '../../src/engine/paragraph/boundary-rules';
import { scanQuotes, tokenize } from '../../src/engine/segment';
import { UNSOURCED_PATTERNS } from '../../src/engine/paragraph/unsourced';
import { CUE_RULES } from '../../src/engine/paragraph/cue-rules';

interface Marked {
  text: string;
  speaker: string | null;
  contents: string[];
}

/** The example without its marks, the speaker in {braces} and each [bracketed] content. */
function unmark(example: string): Marked {
  const speaker = /\{([^}]*)\}/.exec(example)?.[1] ?? null;
  // A speaker may stand inside the content ("PENCE: …" in a quoted transcript): contents drop the braces.
  const contents = [...example.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1].replace(/[{}]/g, ''));
  return { text: example.replace(/[{}[\]]/g, ''), speaker, contents };
}

/** Quotes as [content, speaker mention] of an article whose body (or headline) is the example. */
function quotes(text: string, where: 'body' | 'headline', withoutRules: string[] = []): Array<[string, string | null]> {
  const article = where === 'body' ? `Harbour News\n\n${text}\n` : `${text}\n\nThe bridge closed on Monday.\n`;
  return analyze(article, { withoutRules }).quotes.map((quote) => [quote.text, quote.speaker?.mention?.text ?? null]);
}

/** The example's marked contents (and speaker) are found; switched off (with `alsoCaughtBy`), the analysis differs. */
function checkRule(id: string, example: string, where: 'body' | 'headline', alsoCaughtBy: readonly string[] = []): void {
  const { text, speaker, contents } = unmark(example);
  const found = quotes(text, where);
  const holds = contents.every((content) => found.some(([quoteText, quoteSpeaker]) => quoteText === content && (speaker === null || quoteSpeaker === speaker)));
  assert.ok(holds, `${id}: ${JSON.stringify(found)} should hold ${JSON.stringify(contents)}${speaker ? ` by ${speaker}` : ''}`);
  assert.notDeepEqual(quotes(text, where, [id, ...alsoCaughtBy]), found, `${id}: switched off, the example should come out otherwise`);
}

describe('rule tables', () => {
  it('give every rule its own id', () => {
    const ids = ruleIds();
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });

  describe('attribution patterns, in order', () => {
    for (const pattern of ATTRIBUTION_PATTERNS) it(`${pattern.id}: ${pattern.example}`, () => checkRule(pattern.id, pattern.example, 'body'));
  });

  describe('headline patterns, in order', () => {
    for (const pattern of HEADLINE_PATTERNS) it(`${pattern.id}: ${pattern.example}`, () => checkRule(pattern.id, pattern.example, 'headline'));
  });

  describe('unsourced patterns', () => {
    for (const pattern of UNSOURCED_PATTERNS) it(`${pattern.id}: ${pattern.example}`, () => checkRule(pattern.id, pattern.example, 'body'));
  });

  describe('rules at a cue', () => {
    for (const rule of CUE_RULES) it(`${rule.id}: ${rule.example}`, () => checkRule(rule.id, rule.example, 'body'));
  });

  describe('content boundaries, in order', () => {
    for (const rule of CONTENT_BOUNDARY_RULES) it(`${rule.id}: ${rule.example}`, () => checkRule(rule.id, rule.example, 'body', rule.alsoCaughtBy));

    // The content scan asks the rules about a word only if some rule lists it (`BoundaryRule.words`).
    it('stop at a word only when they list it', () => {
      const cues = new CueLexicon();
      const speaker: Mention = { start: 0, end: 7, text: 'Penwick', kind: 'name', name: 'Penwick', role: null, head: 'penwick', definite: true, plural: false };
      for (const example of CONTENT_BOUNDARY_RULES.map((rule) => unmark(rule.example).text)) {
        const tokens = tokenize(example, scanQuotes(example).regions);
        for (const clausal of [false, true]) {
          for (const subordinate of [false, true]) {
            const context: BoundaryContext = { tokens, start: 0, first: 0, last: tokens.length - 1, chunkStart: 0, clausal, subordinate, speaker, cues };
            for (const rule of CONTENT_BOUNDARY_RULES) {
              for (let k = 1; k < tokens.length; k++) {
                if (tokens[k].kind !== 'word' || rule.words?.includes(tokens[k].lower)) continue;
                assert.equal(rule.stopAt(context, k), null, `${rule.id} stops at "${tokens[k].text}" in: ${example}`);
              }
            }
          }
        }
      }
    });
  });
});
