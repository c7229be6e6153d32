// Bundles the engine from source with esbuild into .bench/, so the bench measures the current
// src/engine whatever state out/ or dist/ are in, and needs no tsc run.
import * as esbuild from 'esbuild';
import { NODE_TARGET } from '../node-target.mjs';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export async function buildEngine(root) {
  const outfile = join(root, '.bench', 'engine.cjs');
  mkdirSync(join(root, '.bench'), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'src', 'engine', 'index.ts')],
    outfile,
    bundle: true,
    ...NODE_TARGET,
    format: 'cjs',
    logLevel: 'warning',
  });
  return outfile;
}

/** The bundled engine's exports: { analyze, IncrementalAnalyzer, ... }. */
export function loadEngine(bundle) {
  return createRequire(import.meta.url)(bundle);
}
