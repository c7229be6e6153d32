// Reads and validates `.newsdesk.json`. Pure: hosts read the file and hand over its text (or parsed
// value); nothing here touches the file system or the editor, and nothing here throws.
import { z } from 'zod';
import { DIAGNOSTIC_CODES } from './types';
import type { ActorKind, KnownPerson, NewsdeskConfig, SeveritySetting } from './types';

/** One problem in a configuration, named by the path of the field it is about. */
export interface ConfigError {
  /** Where the configuration came from (usually a file path), when the host said so. */
  source?: string;
  /** Path of the offending field, e.g. `people[1].gender`; empty when the whole file is wrong. */
  path: string;
  /** What is wrong, starting with the path: `people[1].gender: expected one of female, male, …`. */
  message: string;
  /** UTF-16 offset, 1-based line and 1-based UTF-16 column of the offending text; only from `parseConfigText`. */
  offset?: number;
  line?: number;
  column?: number;
}

export type ParseConfigResult =
  | { config: NewsdeskConfig; errors: [] }
  | { config: NewsdeskConfig; errors: ConfigError[] };

export const CONFIG_FILE_NAME = '.newsdesk.json';

export const ACTOR_KINDS = ['person', 'organization', 'group', 'anonymous', 'vague', 'document'] as const satisfies readonly ActorKind[];
export const GENDERS = ['female', 'male', 'nonbinary', 'unknown'] as const satisfies readonly NonNullable<KnownPerson['gender']>[];
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const satisfies readonly SeveritySetting[];

// Fails to compile if types.ts gains a kind or gender that the lists above (and so the schema) lack.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const everyActorKindListed: Missing<ActorKind, (typeof ACTOR_KINDS)[number]> = true;
const everyGenderListed: Missing<NonNullable<KnownPerson['gender']>, (typeof GENDERS)[number]> = true;
const everySeverityListed: Missing<SeveritySetting, (typeof SEVERITY_SETTINGS)[number]> = true;
void [everyActorKindListed, everyGenderListed, everySeverityListed];

/** The configuration used when there is no `.newsdesk.json`, or when it is invalid. Frozen: copy before changing. */
export const DEFAULT_CONFIG: Readonly<NewsdeskConfig> = deepFreeze(defaultConfig());

function defaultConfig(): NewsdeskConfig {
  return { people: [], cueVerbs: [], vaguePhrases: [], severity: {} };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

const nonEmptyText = z.string().trim().min(1);

const PERSON_PROPERTIES = ['name', 'aliases', 'descriptions', 'kind', 'gender', 'affiliation'] as const;
const personSchema = z.strictObject({
  name: nonEmptyText,
  aliases: z.array(nonEmptyText).optional(),
  descriptions: z.array(nonEmptyText).optional(),
  kind: z.enum(ACTOR_KINDS).optional(),
  gender: z.enum(GENDERS).optional(),
  affiliation: nonEmptyText.optional(),
});

const TOP_LEVEL_PROPERTIES = ['$schema', 'people', 'cueVerbs', 'vaguePhrases', 'severity'] as const;
const configSchema = z.strictObject({
  $schema: z.string().optional(),
  people: z.array(personSchema).optional(),
  cueVerbs: z.array(nonEmptyText).optional(),
  vaguePhrases: z.array(nonEmptyText).optional(),
  severity: z.partialRecord(z.enum(DIAGNOSTIC_CODES), z.enum(SEVERITY_SETTINGS)).optional(),
});

type FieldPath = readonly (string | number)[];

/** Validates an already-parsed `.newsdesk.json` value. On any error the config is the defaults. */
export function parseConfig(json: unknown, source?: string): ParseConfigResult {
  const outcome = validate(json);
  if (outcome.ok) return { config: outcome.config, errors: [] };
  return { config: defaultConfig(), errors: outcome.problems.map((problem) => toConfigError(problem, source)) };
}

/** Parses and validates the text of `.newsdesk.json`; syntax and field errors carry line and column. */
export function parseConfigText(text: string, source?: string): ParseConfigResult {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok) {
    return { config: defaultConfig(), errors: [toConfigError({ path: [], detail: parsed.message }, source, text, parsed.offset)] };
  }
  const outcome = parsed.duplicates.length > 0
    ? { ok: false as const, problems: parsed.duplicates.map((path) => ({ path, detail: 'duplicate property (JSON keeps only the last one)', atKey: true })) }
    : validate(parsed.value);
  if (outcome.ok) return { config: outcome.config, errors: [] };
  const errors = outcome.problems.map((problem) =>
    toConfigError(problem, source, text, (problem.atKey ? parsed.keyOffset(problem.path) : undefined) ?? parsed.valueOffset(problem.path)),
  );
  errors.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  return { config: defaultConfig(), errors };
}

/** `source:line:column: message`, leaving out whatever is unknown; for terminals and logs. */
export function formatConfigError(error: ConfigError): string {
  const where = [error.source, error.line, error.line !== undefined ? error.column : undefined].filter((part) => part !== undefined);
  return where.length > 0 ? `${where.join(':')}: ${error.message}` : error.message;
}

interface Problem {
  path: FieldPath;
  detail: string;
  /** The problem is the property name itself (unknown or duplicate), not its value. */
  atKey?: boolean;
}

function validate(json: unknown): { ok: true; config: NewsdeskConfig } | { ok: false; problems: Problem[] } {
  try {
    const result = configSchema.safeParse(json);
    if (result.success) {
      const { people = [], cueVerbs = [], vaguePhrases = [], severity = {} } = result.data;
      return { ok: true, config: { people, cueVerbs, vaguePhrases, severity } };
    }
    return { ok: false, problems: result.error.issues.flatMap((issue) => describeIssue(issue, json)) };
  } catch (error) {
    // Only hostile values (throwing getters, proxies) get here; a config must never crash its host.
    return { ok: false, problems: [{ path: [], detail: `cannot read the configuration (${error instanceof Error ? error.message : String(error)})` }] };
  }
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], detail: describeUnknownProperty(path, key), atKey: true }));
    case 'invalid_value':
      return [{ path, detail: `expected one of ${issue.values.map(String).join(', ')}` }];
    case 'invalid_type': {
      const actual = valueAt(root, path);
      if (actual.missing) return [{ path, detail: 'required property is missing' }];
      return [{ path, detail: `expected ${describeType(issue.expected)}, got ${describeValue(actual.value)}` }];
    }
    case 'too_small':
      return [{ path, detail: issue.origin === 'string' ? 'must not be empty' : issue.message }];
    default:
      return [{ path, detail: issue.message }];
  }
}

function describeUnknownProperty(parentPath: FieldPath, key: string): string {
  const isSeverity = parentPath.length === 1 && parentPath[0] === 'severity';
  const isPerson = parentPath.length === 2 && parentPath[0] === 'people';
  const known: readonly string[] = isSeverity ? DIAGNOSTIC_CODES : isPerson ? PERSON_PROPERTIES : TOP_LEVEL_PROPERTIES;
  const what = isSeverity ? 'unknown diagnostic code' : 'unknown property';
  const guess = closestName(key, known);
  return guess ? `${what}; did you mean "${guess}"?` : `${what}; expected one of ${known.join(', ')}`;
}

/** The known name a typo most likely meant: case ignored, at most two edits away (one for short names). */
function closestName(typed: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

function valueAt(root: unknown, path: FieldPath): { missing: boolean; value?: unknown } {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return { missing: true };
    value = (value as Record<string | number, unknown>)[key];
  }
  return { missing: false, value };
}

function describeType(expected: string): string {
  switch (expected) {
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return `a ${expected}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

/** `people[1].gender`, `severity.loaded-verb`; keys that are not plain words are quoted. */
export function formatFieldPath(path: FieldPath): string {
  let formatted = '';
  for (const key of path) {
    if (typeof key === 'number') formatted += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) formatted += formatted ? `.${key}` : key;
    else formatted += `[${JSON.stringify(key)}]`;
  }
  return formatted;
}

function toConfigError(problem: Problem, source: string | undefined, text?: string, offset?: number): ConfigError {
  const path = formatFieldPath(problem.path);
  const error: ConfigError = { path, message: path ? `${path}: ${problem.detail}` : problem.detail };
  if (source !== undefined) error.source = source;
  if (text !== undefined && offset !== undefined) {
    const { line, column } = lineAndColumn(text, offset);
    Object.assign(error, { offset, line, column });
  }
  return error;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// Strict JSON with positions. JSON.parse neither reports a position for every syntax error nor says
// where a field sits, and errors in a config file are only useful with a line and column.

type LocatedJson =
  | {
      ok: true;
      value: unknown;
      duplicates: FieldPath[];
      valueOffset(path: FieldPath): number | undefined;
      keyOffset(path: FieldPath): number | undefined;
    }
  | { ok: false; offset: number; message: string };

const MAX_NESTING = 256;

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

function parseLocatedJson(text: string): LocatedJson {
  const valueOffsets = new Map<string, number>();
  const keyOffsets = new Map<string, number>();
  const duplicates: FieldPath[] = [];
  const pathKey = (path: FieldPath) => JSON.stringify(path);
  // A byte order mark is not JSON, but editors and Windows tools write one; skip it.
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = position): never => {
    throw new JsonSyntaxError(at, message);
  };
  const skipWhitespace = () => {
    while (position < text.length && ' \t\n\r'.includes(text[position])) position++;
  };
  const found = (): string => {
    if (position >= text.length) return 'the end of the file';
    const char = String.fromCodePoint(text.codePointAt(position) ?? 0);
    return /^[\x21-\x7e]$/.test(char) ? `'${char}'` : JSON.stringify(char);
  };
  const unexpected = (expected: string): never => {
    if (text.startsWith('//', position) || text.startsWith('/*', position)) fail('comments are not allowed in JSON');
    if (text[position] === "'") fail('strings must use double quotes in JSON');
    return fail(`expected ${expected}, found ${found()}`);
  };

  const parseValue = (path: FieldPath): unknown => {
    if (path.length > MAX_NESTING) fail('nested too deeply');
    skipWhitespace();
    valueOffsets.set(pathKey(path), position);
    const char = text[position];
    if (char === '{') return parseObject(path);
    if (char === '[') return parseArray(path);
    if (char === '"') return parseString();
    if (char === '-' || (char >= '0' && char <= '9')) return parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, position)) {
        position += word.length;
        return value;
      }
    }
    return unexpected('a value');
  };

  const parseObject = (path: FieldPath): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    position++;
    skipWhitespace();
    if (text[position] === '}') {
      position++;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (text[position] !== '"') {
        if (text[position] === '}') fail('trailing commas are not allowed in JSON');
        unexpected('a property name in double quotes');
      }
      const keyStart = position;
      const key = parseString();
      const keyPath = [...path, key];
      if (Object.prototype.hasOwnProperty.call(object, key)) duplicates.push(keyPath);
      keyOffsets.set(pathKey(keyPath), keyStart);
      skipWhitespace();
      if (text[position] !== ':') unexpected(`':' after the property name`);
      position++;
      // defineProperty, not assignment: a "__proto__" key must stay an ordinary property, as in JSON.parse.
      Object.defineProperty(object, key, { value: parseValue(keyPath), enumerable: true, writable: true, configurable: true });
      skipWhitespace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === '}') {
        position++;
        return object;
      }
      unexpected(`',' or '}' after the property value`);
    }
  };

  const parseArray = (path: FieldPath): unknown[] => {
    const array: unknown[] = [];
    position++;
    skipWhitespace();
    if (text[position] === ']') {
      position++;
      return array;
    }
    for (;;) {
      skipWhitespace();
      if (text[position] === ']') fail('trailing commas are not allowed in JSON');
      array.push(parseValue([...path, array.length]));
      skipWhitespace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === ']') {
        position++;
        return array;
      }
      unexpected(`',' or ']' after the array element`);
    }
  };

  const parseString = (): string => {
    const start = position;
    position++;
    for (;;) {
      if (position >= text.length) fail('unterminated string', start);
      const code = text.charCodeAt(position);
      if (code === 0x22) break;
      if (code === 0x5c) {
        const escape = text[position + 1] ?? '';
        if (escape !== '' && '"\\/bfnrt'.includes(escape)) position += 2;
        else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) position += 6;
        else fail('invalid escape sequence in string');
        continue;
      }
      if (code === 0x0a || code === 0x0d) fail('unterminated string (a string cannot span lines)', start);
      if (code < 0x20) fail('control character in string; write it as an escape such as \\t');
      position++;
    }
    position++;
    return JSON.parse(text.slice(start, position)) as string;
  };

  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const parseNumber = (): number => {
    numberPattern.lastIndex = position;
    const match = numberPattern.exec(text);
    if (!match || /[\w.]/.test(text[position + match[0].length] ?? '')) fail('invalid number');
    position += match![0].length;
    return Number(match![0]);
  };

  if (text.slice(position).trim() === '') return { ok: false, offset: 0, message: 'the file is empty; write {} for the default configuration' };
  try {
    const value = parseValue([]);
    skipWhitespace();
    if (position < text.length) unexpected('the end of the file after the JSON value');
    return {
      ok: true,
      value,
      duplicates,
      valueOffset(path) {
        // The nearest enclosing value that exists: a missing property is reported at its object.
        for (let length = path.length; length >= 0; length--) {
          const offset = valueOffsets.get(pathKey(path.slice(0, length)));
          if (offset !== undefined) return offset;
        }
        return undefined;
      },
      keyOffset: (path) => keyOffsets.get(pathKey(path)),
    };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, offset: error.offset, message: error.message };
    return { ok: false, offset: position, message: `cannot parse the file (${error instanceof Error ? error.message : String(error)})` };
  }
}
