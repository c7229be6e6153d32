// The engine never throws into its host: on an internal error it returns an empty analysis, and
// logs the error only when NEWSDESK_DEBUG is set. Tests set it and collect what is logged, so a
// swallowed bug fails the robustness properties instead of passing as "found nothing".

/** Runs `fn` with NEWSDESK_DEBUG set and console.error captured; returns its result and what was logged. */
export function catchSwallowed<T>(fn: () => T): { result: T; errors: string[] } {
  const previous = process.env.NEWSDESK_DEBUG;
  const original = console.error;
  const errors: string[] = [];
  process.env.NEWSDESK_DEBUG = '1';
  console.error = (...args: unknown[]) => {
    errors.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '));
  };
  try {
    return { result: fn(), errors };
  } finally {
    console.error = original;
    if (previous === undefined) delete process.env.NEWSDESK_DEBUG;
    else process.env.NEWSDESK_DEBUG = previous;
  }
}
