// `node:assert/strict` for the VS Code tests in the web worker, which has no Node: the same calls
// with the same strict meaning (Object.is, deep equality with prototypes), for the methods the
// tests use. The browser test bundle maps `node:assert/strict` here (scripts/vscode/run-tests.mjs
// --web); a method a test needs that is missing here fails that bundle's type check, not silently.

export class AssertionError extends Error {
  override name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
  }
}

const show = (value: unknown): string => {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item instanceof Set ? [...item] : item)) ?? String(value);
  } catch {
    return String(value);
  }
};

function failWith(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

export function fail(message?: string | Error): never {
  return failWith(message, 'Failed');
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) failWith(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) failWith(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) failWith(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
}

/** Deep strict equality: same prototypes, own enumerable keys, Object.is on primitives; Maps, Sets, Dates and RegExps by content. */
function deepEqualValues(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    return a.size === other.size && [...a].every(([key, value]) => other.has(key) && deepEqualValues(value, other.get(key), seen));
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    return a.size === other.size && [...a].every((value) => other.has(value) || [...other].some((candidate) => deepEqualValues(value, candidate, seen)));
  }
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqualValues((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen));
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEqualValues(actual, expected)) failWith(message, `Expected values to be strictly deep-equal:\n${show(actual)}\nshould equal\n${show(expected)}`, actual, expected);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (deepEqualValues(actual, expected)) failWith(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected);
}

export function match(text: string, pattern: RegExp, message?: string | Error): void {
  if (typeof text !== 'string' || !pattern.test(text)) failWith(message, `The input did not match the regular expression ${String(pattern)}. Input:\n${show(text)}`, text, pattern);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string | Error): void {
  if (typeof text !== 'string' || pattern.test(text)) failWith(message, `The input was expected to not match the regular expression ${String(pattern)}. Input:\n${show(text)}`, text, pattern);
}

/** Resolves if the promise (or the promise `block` returns) rejects with an error whose message matches `expected`. */
export async function rejects(block: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: string | Error): Promise<void> {
  try {
    await (typeof block === 'function' ? block() : block);
  } catch (error) {
    if (expected && !expected.test(error instanceof Error ? error.message : String(error))) {
      failWith(message, `The error did not match ${String(expected)}: ${error instanceof Error ? error.message : String(error)}`, error, expected);
    }
    return;
  }
  failWith(message, 'Missing expected rejection.');
}
