// Reads and validates `.newsdesk.json`. Pure: hosts read the file and hand over its text (or parsed
// value); nothing here touches the file system or the editor, and nothing here throws.
import { SyntaxKind, createScanner, findNodeAtLocation, getLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
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
/** Largest `.newsdesk.json` read, in bytes: a newsroom's list of a few thousand people fits many times. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Keys that would reach an object's prototype in JavaScript: refused wherever they appear. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A "did you mean" compares only keys up to this long, and a message quotes at most this much of one. */
const MAX_GUESSED_KEY_LENGTH = 40;

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

const TOP_LEVEL_PROPERTIES = ['$schema', 'people', 'cueVerbs', 'vaguePhrases', 'severity', 'transcripts'] as const;
const configSchema = z.strictObject({
  $schema: z.string().optional(),
  people: z.array(personSchema).optional(),
  cueVerbs: z.array(nonEmptyText).optional(),
  vaguePhrases: z.array(nonEmptyText).optional(),
  severity: z.partialRecord(z.enum(DIAGNOSTIC_CODES), z.enum(SEVERITY_SETTINGS)).optional(),
  transcripts: z.record(nonEmptyText, z.array(nonEmptyText)).optional(),
});

type FieldPath = readonly (string | number)[];

/** Validates an already-parsed `.newsdesk.json` value. On any error the config is the defaults. */
export function parseConfig(json: unknown, source?: string): ParseConfigResult {
  const outcome = validate(json);
  if (outcome.ok) return { config: outcome.config, errors: [] };
  return { config: defaultConfig(), errors: outcome.problems.map((problem) => toConfigError(problem, source)) };
}

/** Parses (as JSON with comments) and validates the text of `.newsdesk.json`; syntax and field errors carry line and column. */
export function parseConfigText(text: string, source?: string): ParseConfigResult {
  const parsed = parseJsonc(text);
  if (!parsed.ok) return { config: defaultConfig(), errors: [toConfigError({ path: [], detail: parsed.message, offset: parsed.offset }, source, text)] };
  const refused = [...reservedKeysInTree(parsed.tree), ...duplicateKeys(parsed.tree)];
  const outcome = refused.length > 0 ? { ok: false as const, problems: refused } : validate(getNodeValue(parsed.tree));
  if (outcome.ok) return { config: outcome.config, errors: [] };
  const errors = outcome.problems.map((problem) => toConfigError(problem, source, text, problem.offset ?? locate(parsed.tree, problem)));
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
  /** Where in the text the problem is, when already known. */
  offset?: number;
}

function validate(json: unknown): { ok: true; config: NewsdeskConfig } | { ok: false; problems: Problem[] } {
  try {
    const reserved = reservedKeys(json);
    if (reserved.length > 0) return { ok: false, problems: reserved };
    const result = configSchema.safeParse(json);
    if (result.success) {
      const { people = [], cueVerbs = [], vaguePhrases = [], severity = {}, transcripts } = result.data;
      return { ok: true, config: { people, cueVerbs, vaguePhrases, severity, ...(transcripts ? { transcripts } : {}) } };
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

/** Own keys named `__proto__`, `constructor` or `prototype`, at any depth (walked without recursion). */
function reservedKeys(json: unknown): Problem[] {
  const found: Problem[] = [];
  const stack: Array<{ value: unknown; path: FieldPath }> = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.keys(value)) {
      const child = [...path, Array.isArray(value) ? Number(key) : key];
      if (RESERVED_KEYS.has(key)) found.push({ path: child, detail: `"${key}" is not allowed as a property name`, atKey: true });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: child });
    }
  }
  return found;
}

/** Reserved keys in the parsed tree: `getNodeValue` would have turned `__proto__` into a prototype. */
function reservedKeysInTree(root: JsonNode): Problem[] {
  const found: Problem[] = [];
  const stack: Array<{ node: JsonNode; path: FieldPath }> = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node: current, path: at } = stack.pop()!;
    if (current.type === 'array') current.children?.forEach((child, index) => stack.push({ node: child, path: [...at, index] }));
    if (current.type !== 'object') continue;
    for (const [key, value] of (current.children ?? []).map((property) => property.children ?? [])) {
      const name = String(key.value);
      if (RESERVED_KEYS.has(name)) found.push({ path: [...at, name], detail: `"${name}" is not allowed as a property name`, offset: key.offset });
      else if (value) stack.push({ node: value, path: [...at, name] });
    }
  }
  return found;
}

/** The known name a typo most likely meant: case ignored, at most two edits away (one for short names). */
function closestName(typed: string, known: readonly string[]): string | undefined {
  // A long key is no typo of a short one: never compare it (edit distance costs length × length).
  if (typed.length > MAX_GUESSED_KEY_LENGTH) return undefined;
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
  for (const full of path) {
    const key = typeof full === 'string' && full.length > MAX_GUESSED_KEY_LENGTH ? `${full.slice(0, MAX_GUESSED_KEY_LENGTH)}…` : full;
    if (typeof key === 'number') formatted += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) formatted += formatted ? `.${key}` : key;
    else formatted += `[${JSON.stringify(key)}]`;
  }
  return formatted;
}

function toConfigError(problem: Problem, source: string | undefined, text?: string, offset = problem.offset): ConfigError {
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
// JSON with comments (JSONC, as in VS Code's own settings files), with positions: errors in a config
// file are only useful with a line and column. jsonc-parser does the parsing; this adds friendly
// messages, a nesting limit and duplicate keys, which jsonc-parser accepts silently.

const MAX_NESTING = 256;

function parseJsonc(text: string): { ok: true; tree: JsonNode } | { ok: false; offset: number; message: string } {
  // A byte order mark is not JSON, but editors and Windows tools write one; blank it out, keeping offsets.
  const json = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  if (json.trim() === '') return { ok: false, offset: 0, message: 'the file is empty; write {} for the default configuration' };
  try {
    // jsonc-parser recurses once per level, so refuse deep nesting before it overflows the stack.
    const scanner = createScanner(json, true);
    for (let depth = 0, token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
      if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) depth++;
      else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth--;
      if (depth > MAX_NESTING) return { ok: false, offset: scanner.getTokenOffset(), message: 'nested too deeply' };
    }
    const errors: ParseError[] = [];
    const tree = parseTree(json, errors, { allowTrailingComma: true, disallowComments: false });
    if (tree && errors.length === 0) return { ok: true, tree };
    const [error, next] = errors;
    // Nothing but comments, or (never seen) no value and no error either.
    if (!error || (!tree && error.offset >= json.length)) return { ok: false, offset: 0, message: 'the file has no value; write {} for the default configuration' };
    return { ok: false, offset: error.offset, message: describeSyntaxError(json, error, next) };
  } catch (error) {
    return { ok: false, offset: 0, message: `cannot parse the file (${error instanceof Error ? error.message : String(error)})` };
  }
}

const SYNTAX_ERRORS: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'unexpected',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a comma or }',
  CloseBracketExpected: 'expected a comma or ]',
  EndOfFileExpected: 'expected the end of the file after the value',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'unterminated comment; close it with */',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape in string; write four hex digits',
  InvalidEscapeCharacter: 'invalid escape sequence in string',
  InvalidCharacter: 'control character in string; write it as an escape such as \\t',
  '<unknown ParseErrorCode>': 'syntax error',
};

/** A message for jsonc-parser's first error; `next` (its follow-up error) tells what was expected instead. */
function describeSyntaxError(json: string, error: ParseError, next: ParseError | undefined): string {
  const code = printParseErrorCode(error.error);
  const token = json.slice(error.offset, error.offset + error.length);
  switch (code) {
    case 'InvalidSymbol': {
      if (token.startsWith("'")) return 'strings must use double quotes';
      const instead = next?.offset === error.offset + error.length ? next.error : undefined;
      const expected = instead === undefined ? undefined : printParseErrorCode(instead);
      if (expected === 'PropertyNameExpected' || expected === 'ValueExpected') return `${SYNTAX_ERRORS[expected]}, found ${describeToken(token)}`;
      return `unexpected ${describeToken(token)}`;
    }
    case 'CommaExpected': {
      // Inside an array the location's path ends with an index, inside an object with a key.
      const inArray = typeof getLocation(json, error.offset).path.at(-1) === 'number';
      return `expected a comma or ${inArray ? ']' : '}'}, found ${describeToken(token)}`;
    }
    case 'UnexpectedEndOfString':
      return /[\r\n]/.test(json.charAt(error.offset + error.length)) ? 'unterminated string (a string cannot span lines)' : SYNTAX_ERRORS[code];
    default:
      return code.endsWith('Expected') ? `${SYNTAX_ERRORS[code]}, found ${describeToken(token)}` : SYNTAX_ERRORS[code];
  }
}

/** `'}'`, `"cueVerbs"`, `the end of the file`: the text found where something else was expected. */
function describeToken(token: string): string {
  if (token === '') return 'the end of the file';
  const shown = token.length > 24 ? `${token.slice(0, 24)}…` : token;
  if (token.startsWith('"')) return shown;
  if (/^[\x21-\x7e]+$/.test(token)) return `'${shown}'`;
  // Unusual spaces and invisible characters, shown as escapes: they are usually the problem.
  return JSON.stringify(shown).replace(/[^\S ]|[\u200b-\u200f\u2060\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Where a problem's field is: its value (its key, for `atKey`), or the nearest enclosing value that exists. */
function locate(tree: JsonNode, { path, atKey }: Problem): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (!node) continue;
    return (atKey && length === path.length ? node.parent?.children?.[0]?.offset : undefined) ?? node.offset;
  }
  return undefined;
}

/** Properties given twice in one object; JSON keeps only the last, which hides the first from its author. */
function duplicateKeys(node: JsonNode, path: FieldPath = [], found: Problem[] = []): Problem[] {
  if (node.type === 'array') node.children?.forEach((child, index) => duplicateKeys(child, [...path, index], found));
  if (node.type !== 'object') return found;
  const seen = new Set<string>();
  for (const [key, value] of (node.children ?? []).map((property) => property.children ?? [])) {
    const name = String(key.value);
    if (seen.has(name)) found.push({ path: [...path, name], detail: 'duplicate property (JSON keeps only the last one)', offset: key.offset });
    seen.add(name);
    if (value) duplicateKeys(value, [...path, name], found);
  }
  return found;
}
