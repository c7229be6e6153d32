// Timing, statistics and table printing for the bench.
import { performance } from 'node:perf_hooks';

/** Seeded generator (mulberry32), so every run edits the same places. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function elapsed(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

/** Median of `runs` timed calls after one untimed warm-up call. */
export function medianTime(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(elapsed(fn).ms);
  return quantile(times, 0.5);
}

/** Nearest-rank quantile. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const ms = (x) => (x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const int = (n) => n.toLocaleString('en-US');
export const countWords = (text) => (text.match(/\S+/g) ?? []).length;

/** Prints rows (arrays of cells) as an aligned plain-text table; numbers-like cells align right. */
export function printTable(title, header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const right = (cell) => /^[-+~]?[\d.,]+( ?[a-zA-Z%×]+)?$/.test(cell);
  const line = (r) => r.map((c, i) => (i > 0 && right(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}
