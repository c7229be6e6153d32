// `.newsdesk.json`: validation messages, positions, defaults, and agreement with the editor schema.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { ACTOR_KINDS, DEFAULT_CONFIG, GENDERS, SEVERITY_SETTINGS, formatConfigError, parseConfig, parseConfigText } from '../../src/engine/config';
import { DIAGNOSTIC_CODES } from '../../src/engine/types';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

function messages(result: ReturnType<typeof parseConfig>): string[] {
  return result.errors.map((error) => error.message);
}

describe('parseConfig', () => {
  it('fills every field from the defaults for an empty object', () => {
    const result = parseConfig({});
    assert.deepEqual(result, { config: { people: [], cueVerbs: [], vaguePhrases: [], severity: {} }, errors: [] });
  });

  it('accepts a complete configuration, trimming names', () => {
    const result = parseConfig({
      $schema: './schemas/newsdesk.schema.json',
      people: [
        {
          name: ' Liz Truss ',
          aliases: ['Truss'],
          descriptions: ['the foreign secretary'],
          kind: 'person',
          gender: 'female',
          affiliation: 'Foreign Office',
        },
        { name: 'Reuters', kind: 'organization' },
      ],
      cueVerbs: ['quipped'],
      vaguePhrases: ['insiders suggest'],
      severity: { 'loaded-verb': 'off', 'unattributed-quote': 'error' },
    });
    assert.deepEqual(result.errors, []);
    assert.equal(result.config.people[0].name, 'Liz Truss');
    assert.equal(result.config.people[1].kind, 'organization');
    assert.deepEqual(result.config.cueVerbs, ['quipped']);
    assert.deepEqual(result.config.severity, { 'loaded-verb': 'off', 'unattributed-quote': 'error' });
    assert.equal('$schema' in result.config, false);
  });

  it('names the field path and the allowed values of an enum', () => {
    const result = parseConfig({ people: [{ name: 'A' }, { name: 'B', gender: 'f' }] });
    assert.deepEqual(messages(result), ['people[1].gender: expected one of female, male, nonbinary, unknown']);
    assert.equal(result.errors[0].path, 'people[1].gender');
  });

  it('falls back to the defaults when anything is wrong', () => {
    const result = parseConfig({ cueVerbs: ['quipped'], severity: { 'loaded-verb': 'loud' } });
    assert.deepEqual(result.config, { people: [], cueVerbs: [], vaguePhrases: [], severity: {} });
    assert.deepEqual(messages(result), ['severity.loaded-verb: expected one of error, warning, info, hint, off']);
  });

  it('rejects unknown diagnostic codes, suggesting the one meant', () => {
    assert.deepEqual(messages(parseConfig({ severity: { 'unattributed-quotes': 'error' } })), [
      'severity.unattributed-quotes: unknown diagnostic code; did you mean "unattributed-quote"?',
    ]);
    const unlike = messages(parseConfig({ severity: { spelling: 'error' } }))[0];
    assert.match(unlike, /^severity\.spelling: unknown diagnostic code; expected one of unattributed-quote, /);
  });

  it('rejects unknown properties at the top level and in a person', () => {
    assert.deepEqual(messages(parseConfig({ Severity: {} })), ['Severity: unknown property; did you mean "severity"?']);
    assert.deepEqual(messages(parseConfig({ people: [{ name: 'A', nmae: 'B' }] })), ['people[0].nmae: unknown property; did you mean "name"?']);
    assert.match(messages(parseConfig({ colour: 'red' }))[0], /^colour: unknown property; expected one of \$schema, people, cueVerbs, vaguePhrases, severity, transcripts$/);
  });

  it('describes wrong types, missing and empty values', () => {
    assert.deepEqual(messages(parseConfig({ cueVerbs: 'quip' })), ['cueVerbs: expected an array, got a string']);
    assert.deepEqual(messages(parseConfig({ cueVerbs: ['quip', 3] })), ['cueVerbs[1]: expected a string, got a number']);
    assert.deepEqual(messages(parseConfig({ people: [{ aliases: [] }] })), ['people[0].name: required property is missing']);
    assert.deepEqual(messages(parseConfig({ vaguePhrases: ['  '] })), ['vaguePhrases[0]: must not be empty']);
    assert.deepEqual(messages(parseConfig({ people: [null] })), ['people[0]: expected an object, got null']);
  });

  it('reports the whole file when it is not an object', () => {
    for (const value of [null, [], 'x', 3, undefined]) {
      const result = parseConfig(value);
      assert.equal(result.errors.length, 1);
      assert.equal(result.errors[0].path, '');
      assert.match(result.errors[0].message, /^expected an object, got /);
    }
  });

  it('records the source in every error', () => {
    const result = parseConfig({ people: 1, cueVerbs: 2 }, 'team/.newsdesk.json');
    assert.equal(result.errors.length, 2);
    for (const error of result.errors) assert.equal(error.source, 'team/.newsdesk.json');
    assert.equal(formatConfigError(result.errors[0]), 'team/.newsdesk.json: people: expected an array, got a number');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseConfig(value);
        assert.ok(Array.isArray(result.errors));
      }),
    );
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    assert.equal(parseConfig(hostile).errors.length, 1);
  });

  it('keeps the defaults frozen', () => {
    assert.ok(Object.isFrozen(DEFAULT_CONFIG));
    assert.ok(Object.isFrozen(DEFAULT_CONFIG.people));
    assert.ok(Object.isFrozen(DEFAULT_CONFIG.severity));
    // A parsed configuration is the caller's to change.
    assert.ok(!Object.isFrozen(parseConfig({}).config.people));
  });
});

describe('parseConfigText', () => {
  it('parses valid JSON, including a byte order mark', () => {
    const result = parseConfigText('\uFEFF{ "cueVerbs": ["quipped"] }');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.config.cueVerbs, ['quipped']);
    // Offsets are into the text as given, so the mark counts as a column.
    assert.deepEqual(parseConfigText('\uFEFF{"cueVerbs": 1}').errors.map((error) => [error.line, error.column]), [[1, 15]]);
  });

  it('gives field errors the line and column of the offending value', () => {
    const text = '{\n  "people": [\n    { "name": "A" },\n    { "name": "B", "gender": "f" }\n  ]\n}\n';
    const [error] = parseConfigText(text, '.newsdesk.json').errors;
    assert.equal(error.message, 'people[1].gender: expected one of female, male, nonbinary, unknown');
    assert.deepEqual([error.line, error.column], [4, 30]);
    assert.equal(text.slice(error.offset, error.offset! + 3), '"f"');
    assert.equal(formatConfigError(error), '.newsdesk.json:4:30: people[1].gender: expected one of female, male, nonbinary, unknown');
  });

  it('points at the property name for an unknown property, and at the object for a missing one', () => {
    const unknown = parseConfigText('{\n  "colour": 1\n}').errors[0];
    assert.deepEqual([unknown.line, unknown.column], [2, 3]);
    const missing = parseConfigText('{"people": [\n  {"aliases": []}]}').errors[0];
    assert.equal(missing.message, 'people[0].name: required property is missing');
    assert.deepEqual([missing.line, missing.column], [2, 3]);
  });

  it('sorts errors by position', () => {
    const errors = parseConfigText('{"vaguePhrases": 1,\n "people": 2,\n "cueVerbs": 3}').errors;
    assert.deepEqual(errors.map((error) => error.line), [1, 2, 3]);
  });

  const syntaxCases: [string, string, number, number][] = [
    ['', 'the file is empty; write {} for the default configuration', 1, 1],
    ['// only a comment\n', 'the file has no value; write {} for the default configuration', 1, 1],
    ['{"people": }', "expected a value, found '}'", 1, 12],
    ['{"people": [],,}', "expected a property name in double quotes, found ','", 1, 15],
    ['{"cueVerbs": ["a",,]}', "expected a value, found ','", 1, 19],
    ['{\n  "people": []\n  "cueVerbs": []\n}', 'expected a comma or }, found "cueVerbs"', 3, 3],
    ['{"cueVerbs": ["a" "b"]}', 'expected a comma or ], found "b"', 1, 19],
    ['{"cueVerbs": ["a"', 'expected a comma or ], found the end of the file', 1, 18],
    ["{'people': []}", 'strings must use double quotes', 1, 2],
    ['{people: []}', "expected a property name in double quotes, found 'people'", 1, 2],
    ['{"people": "abc', 'unterminated string', 1, 12],
    ['{"people": "a\nb"}', 'unterminated string (a string cannot span lines)', 1, 12],
    ['{"a": 1.}', 'incomplete number', 1, 7],
    ['{"a": "\\x"}', 'invalid escape sequence in string', 1, 7],
    ['{} {}', "expected the end of the file after the value, found '{'", 1, 4],
    ['{"a": tru}', "expected a value, found 'tru'", 1, 7],
    ['{"a": 1x}', "unexpected 'x'", 1, 8],
    ['{"a":\u00a01}', 'expected a value, found "\\u00a01"', 1, 6],
    ['{"a" 1}', "expected ':' after the property name, found '1'", 1, 6],
    ['{"a": 1 /* note', 'unterminated comment; close it with */', 1, 9],
  ];
  for (const [text, message, line, column] of syntaxCases) {
    it(`reports ${JSON.stringify(text)} as a syntax error at ${line}:${column}`, () => {
      const result = parseConfigText(text, 'c.json');
      assert.equal(result.errors.length, 1);
      const [error] = result.errors;
      assert.equal(error.path, '');
      assert.equal(error.message, message);
      assert.deepEqual([error.line, error.column], [line, column]);
      assert.deepEqual(result.config, { people: [], cueVerbs: [], vaguePhrases: [], severity: {} });
    });
  }

  it('counts \\r\\n as one line break', () => {
    const [error] = parseConfigText('{\r\n"people": 1\r\n}').errors;
    assert.deepEqual([error.line, error.column], [2, 11]);
  });

  it('reports duplicate properties, which JSON.parse would silently drop', () => {
    const [error] = parseConfigText('{"severity": {},\n "severity": {"loaded-verb": "off"}}').errors;
    assert.equal(error.message, 'severity: duplicate property (JSON keeps only the last one)');
    assert.deepEqual([error.line, error.column], [2, 2]);
    const nested = parseConfigText('{"people": [{"name": "A"}, {"name": "B", /* again */ "name": "C"}]}').errors;
    assert.deepEqual(nested.map((problem) => [problem.message, problem.column]), [['people[1].name: duplicate property (JSON keeps only the last one)', 54]]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const result = parseConfigText('['.repeat(100_000));
    assert.equal(result.errors[0].message, 'nested too deeply');
  });

  it('accepts comments and trailing commas, as VS Code does in its settings files', () => {
    const text = [
      '// Newsdesk configuration for the city desk',
      '{',
      '  /* People the desk',
      '     already knows. */',
      '  "people": [',
      '    { "name": "Delia Marchetti", "aliases": ["Mayor Marchetti",], }, // the mayor',
      '  ],',
      '  "cueVerbs": ["deadpan"], // "deadpanned" too',
      '  "severity": { "loaded-verb": "off" },',
      '}',
      '',
    ].join('\n');
    const result = parseConfigText(text, '.newsdesk.json');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.config, {
      people: [{ name: 'Delia Marchetti', aliases: ['Mayor Marchetti'] }],
      cueVerbs: ['deadpan'],
      vaguePhrases: [],
      severity: { 'loaded-verb': 'off' },
    });
  });

  it('places field errors correctly after comments', () => {
    const [error] = parseConfigText('/* {"people": 1} */ {\n  // "cueVerbs": 2,\n  "vaguePhrases": 3, // x\n}').errors;
    assert.equal(error.message, 'vaguePhrases: expected an array, got a number');
    assert.deepEqual([error.line, error.column], [3, 19]);
  });

  it('accepts every text that JSON.parse accepts, validating it as parseConfig would', function () {
    // 2,000 generated texts: about a second alone, more than mocha's 2 s default on a busy machine.
    this.timeout(20_000);
    const nearJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', ' ', '\\', '0', '-', '/', 'e', '//', '/*'), fc.boolean())
      .map(([json, at, insert, remove]) => {
        const index = at % (json.length + 1);
        return json.slice(0, index) + insert + json.slice(index + (remove ? 1 : 0));
      });
    fc.assert(
      fc.property(nearJson, (text) => {
        const errors = parseConfigText(text).errors;
        assert.ok(errors.every((error) => error.line !== undefined && error.column !== undefined));
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          return; // JSONC accepts more than JSON (comments, trailing commas); any other text is a syntax error.
        }
        // JSON.parse takes duplicate keys; parseConfigText reports them, as field errors.
        if (errors.some((error) => error.message.endsWith('duplicate property (JSON keeps only the last one)'))) return;
        assert.deepEqual(errors.map((error) => error.message).sort(), messages(parseConfig(value)).sort(), `text ${JSON.stringify(text)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '/', '*', '\\', '\n', ' ', 'a', '1', '\uFEFF') }), (text) => {
        const result = parseConfigText(text);
        assert.ok(Array.isArray(result.errors));
      }),
      { numRuns: 1000 },
    );
  });

  it('validates parsed text exactly as parseConfig validates the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const fromText = parseConfigText(JSON.stringify(value));
        const fromValue = parseConfig(JSON.parse(JSON.stringify(value)));
        assert.deepEqual(fromText.config, fromValue.config);
        assert.deepEqual(
          fromText.errors.map((error) => error.message).sort(),
          fromValue.errors.map((error) => error.message).sort(),
        );
      }),
    );
  });
});

describe('schemas/newsdesk.schema.json', () => {
  interface JsonSchema {
    properties?: Record<string, JsonSchema>;
    definitions?: Record<string, JsonSchema>;
    items?: JsonSchema;
    enum?: string[];
    required?: string[];
    additionalProperties?: boolean;
    allowComments?: boolean;
    allowTrailingCommas?: boolean;
  }
  const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schemas', 'newsdesk.schema.json'), 'utf8')) as JsonSchema;

  it('has the same top-level properties as the validator', () => {
    assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), ['$schema', 'cueVerbs', 'people', 'severity', 'transcripts', 'vaguePhrases']);
    assert.equal(schema.additionalProperties, false);
    // Every property the schema offers is accepted by the validator.
    assert.deepEqual(parseConfig({ $schema: 'x', people: [], cueVerbs: [], vaguePhrases: [], severity: {}, transcripts: { 'articles/': ['a.vtt'] } }).errors, []);
  });

  it('lets the editor accept comments and trailing commas, as the validator does', () => {
    // VS Code's JSON language service reads these keywords; other validators ignore them.
    assert.equal(schema.allowComments, true);
    assert.equal(schema.allowTrailingCommas, true);
  });

  it('lists exactly the diagnostic codes and severity settings', () => {
    const severity = schema.properties?.severity;
    assert.deepEqual(Object.keys(severity?.properties ?? {}), [...DIAGNOSTIC_CODES]);
    assert.equal(severity?.additionalProperties, false);
    assert.deepEqual(schema.definitions?.severity.enum, [...SEVERITY_SETTINGS]);
  });

  it('describes a person as the validator does', () => {
    const person = schema.definitions?.person;
    assert.deepEqual(Object.keys(person?.properties ?? {}).sort(), ['affiliation', 'aliases', 'descriptions', 'gender', 'kind', 'name']);
    assert.deepEqual(person?.required, ['name']);
    assert.equal(person?.additionalProperties, false);
    assert.deepEqual(person?.properties?.kind.enum, [...ACTOR_KINDS]);
    assert.deepEqual(person?.properties?.gender.enum, [...GENDERS]);
    const full = Object.fromEntries(Object.keys(person?.properties ?? {}).map((key) => [key, key === 'aliases' || key === 'descriptions' ? ['x'] : key === 'kind' ? 'person' : key === 'gender' ? 'male' : 'x']));
    assert.deepEqual(parseConfig({ people: [full] }).errors, []);
  });
});
