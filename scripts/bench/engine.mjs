// Bundles the engine from source with esbuild into .bench/, so the benches and the fuzzer measure
// the current src/engine whatever state out/ or dist/ are in, and need no tsc run. Every script
// that loads the engine bundles it here.
import * as esbuild from 'esbuild';
import { NODE_TARGET } from '../node-target.mjs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Bundles src/engine/index.ts into .bench/NAME.cjs and returns its path. `exports` adds export
 * lines (paths from the project root) for what a script needs beyond the public entry point, such
 * as the transcript checks or test helpers; `mainFields` overrides esbuild's choice of package entry.
 */
export async function buildEngine(root, { name = 'engine', exports = [], mainFields } = {}) {
  const outfile = join(root, '.bench', `${name}.cjs`);
  mkdirSync(join(root, '.bench'), { recursive: true });
  await esbuild.build({
    stdin: { contents: ["export * from './src/engine/index.ts';", ...exports].join('\n'), resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    ...NODE_TARGET,
    format: 'cjs',
    logLevel: 'warning',
    ...(mainFields ? { mainFields } : {}),
  });
  return outfile;
}

/** The bundled engine's exports: { analyze, IncrementalAnalyzer, ... }. */
export function loadEngine(bundle) {
  return createRequire(import.meta.url)(bundle);
}
