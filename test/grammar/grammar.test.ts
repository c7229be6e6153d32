// Golden token tests for syntaxes/news.tmLanguage.json, tokenized the way VS Code does it
// (vscode-textmate + the Oniguruma WebAssembly build). Each test/grammar/cases/NAME.news has
// NAME.tokens.json beside it; any difference fails with a line-by-line diff.
// After a deliberate grammar change: UPDATE_GOLDEN=1 npm run test:grammar (then review the diff).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { skipWithoutCorpus } from '../support/corpus';

const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR_FILE = path.join(ROOT, 'syntaxes/news.tmLanguage.json');
const CASES_DIR = path.join(ROOT, 'test/grammar/cases');
const SAMPLE_ARTICLE = path.join(ROOT, 'fixtures/articles/harbour-bridge-closure.news');
const ROOT_SCOPE = 'text.news';
const UPDATE = !!process.env.UPDATE_GOLDEN;

/** One line of a golden file: the line's text and each token as [text, scopes without the root]. */
interface GoldenLine {
  line: number;
  text: string;
  tokens: Array<[string, string]>;
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === ROOT_SCOPE ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null,
    });
    const grammar = await registry.loadGrammar(ROOT_SCOPE);
    if (!grammar) throw new Error(`${GRAMMAR_FILE} did not load as ${ROOT_SCOPE}`);
    return grammar;
  })();
  return grammarPromise;
}

function tokenize(grammar: textmate.IGrammar, text: string): GoldenLine[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the final newline starts no line
  let state = textmate.INITIAL;
  return lines.map((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const tokens = result.tokens
      .filter((token) => token.endIndex > token.startIndex)
      .map((token): [string, string] => [
        line.slice(token.startIndex, Math.min(token.endIndex, line.length)),
        token.scopes.filter((scope) => scope !== ROOT_SCOPE).join(' '),
      ])
      .filter(([tokenText]) => tokenText.length > 0);
    return { line: index + 1, text: line, tokens };
  });
}

/** Readable diff: each differing line with its expected and actual tokens. */
function describeDifferences(expected: GoldenLine[], actual: GoldenLine[]): string {
  const out: string[] = [];
  const count = Math.max(expected.length, actual.length);
  for (let index = 0; index < count && out.length < 60; index++) {
    const want = expected[index];
    const got = actual[index];
    if (JSON.stringify(want) === JSON.stringify(got)) continue;
    const missing = !want ? ' (not in the golden file)' : !got ? ' (no longer in the case file)' : '';
    out.push(`line ${index + 1}: ${JSON.stringify((got ?? want)?.text ?? '')}${missing}`);
    if (want && got && want.text !== got.text) out.push(`  the golden file has the text ${JSON.stringify(want.text)}`);
    const show = (tokens: Array<[string, string]> | undefined) =>
      (tokens ?? []).map(([text, scopes]) => `      ${JSON.stringify(text).padEnd(32)} ${scopes || '(no scope)'}`);
    const wantLines = show(want?.tokens);
    const gotLines = show(got?.tokens);
    for (let i = 0; i < Math.max(wantLines.length, gotLines.length); i++) {
      if (wantLines[i] === gotLines[i]) continue;
      if (wantLines[i] !== undefined) out.push(`  - ${wantLines[i].trimStart()}`);
      if (gotLines[i] !== undefined) out.push(`  + ${gotLines[i].trimStart()}`);
    }
  }
  return out.join('\n');
}

/** Scopes of the token covering `needle`'s first character on the line that contains it. */
function scopesAt(lines: GoldenLine[], needle: string): string {
  for (const line of lines) {
    const at = line.text.indexOf(needle);
    if (at < 0) continue;
    let offset = 0;
    for (const [text, scopes] of line.tokens) {
      if (at < offset + text.length) return scopes;
      offset += text.length;
    }
  }
  throw new Error(`"${needle}" is not in the text`);
}

describe('news grammar (golden tokens)', () => {
  const cases = fs.existsSync(CASES_DIR) ? fs.readdirSync(CASES_DIR).filter((name) => name.endsWith('.news')).sort() : [];

  it('has cases to check', () => {
    assert.ok(cases.length > 0, `no *.news under ${CASES_DIR}`);
  });

  for (const name of cases) {
    it(`tokenizes ${name} as its golden file says`, async () => {
      const grammar = await loadGrammar();
      const actual = tokenize(grammar, fs.readFileSync(path.join(CASES_DIR, name), 'utf8'));
      const goldenFile = path.join(CASES_DIR, name.replace(/\.news$/, '.tokens.json'));
      if (UPDATE || !fs.existsSync(goldenFile)) {
        fs.writeFileSync(goldenFile, formatGolden(actual));
        if (!UPDATE) assert.fail(`${path.relative(ROOT, goldenFile)} did not exist: written now, review it and run again`);
        return;
      }
      const expected = JSON.parse(fs.readFileSync(goldenFile, 'utf8')) as GoldenLine[];
      const differences = describeDifferences(expected, actual);
      if (differences) {
        assert.fail(`${name} tokenizes differently from ${path.basename(goldenFile)} (- golden, + now):\n${differences}\n` +
          'If the change is intended: UPDATE_GOLDEN=1 npm run test:grammar');
      }
    });
  }
});

/** One token per line in the file, so a golden diff in review reads like the test's own diff. */
function formatGolden(lines: GoldenLine[]): string {
  const body = lines.map((line) => {
    const tokens = line.tokens.map((token) => `      ${JSON.stringify(token)}`).join(',\n');
    return `  {\n    "line": ${line.line},\n    "text": ${JSON.stringify(line.text)},\n    "tokens": [\n${tokens}\n    ]\n  }`;
  });
  return `[\n${body.join(',\n')}\n]\n`;
}

describe('news grammar on whole articles', () => {
  const openQuote = /^[\s]*["“‘„«']/;

  /** TextMate works line by line: an unclosed quotation must end with its paragraph. */
  function assertNoQuoteLeaks(lines: GoldenLine[]): void {
    for (const line of lines) {
      const first = line.tokens[0];
      if (!first || openQuote.test(line.text) || first[1].includes('comment.block')) continue;
      assert.ok(!first[1].includes('string.quoted'), `line ${line.line} starts inside a quotation: ${line.text.slice(0, 60)}`);
    }
  }

  it('marks the sample article\'s headline, byline, dateline, subheads, quotes, cues and credit', async () => {
    const lines = tokenize(await loadGrammar(), fs.readFileSync(SAMPLE_ARTICLE, 'utf8'));
    assert.match(scopesAt(lines, 'Port Ellis Shuts Harbour Bridge'), /markup\.heading\.headline\.news/);
    assert.match(scopesAt(lines, 'Nora Lindqvist'), /meta\.byline\.news entity\.name\.author\.news/);
    assert.match(scopesAt(lines, 'PORT ELLIS, Wash.'), /entity\.name\.section\.dateline\.news/);
    assert.match(scopesAt(lines, 'Years of Warnings'), /markup\.heading\.subhead\.news/);
    assert.match(scopesAt(lines, 'Ferries and Detours'), /markup\.heading\.subhead\.news/);
    assert.match(scopesAt(lines, '“I was not going'), /punctuation\.definition\.quote\.begin\.news/);
    assert.match(scopesAt(lines, 'I was not going'), /string\.quoted\.double/);
    assert.match(scopesAt(lines, 'said at a news conference'), /keyword\.other\.attribution\.news/);
    assert.match(scopesAt(lines, 'according to the Ellis County'), /keyword\.other\.attribution\.news/);
    assert.match(scopesAt(lines, 'HANNA VOSS/'), /meta\.credit\.news/);
    // "By Friday morning, …" opens a body paragraph, not a byline.
    assert.doesNotMatch(scopesAt(lines, 'By Friday morning'), /byline/);
    assertNoQuoteLeaks(lines);
  });

  it('keeps quotations to their lines in the reference article', async function () {
    const referenceArticle = skipWithoutCorpus(this, 'articles', 'us-allies-warn-china.news');
    const lines = tokenize(await loadGrammar(), fs.readFileSync(referenceArticle, 'utf8'));
    assert.match(lines.find((line) => line.text.trim())!.tokens[0][1], /markup\.heading\.headline\.news/);
    assertNoQuoteLeaks(lines);
  });
});
