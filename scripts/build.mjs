// Bundles the extension and the CLI with esbuild. `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ES module builds: UMD bundles (jsonc-parser's) hide their requires from esbuild.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
// The sources report page, for the editor's webview and the CLI's HTML report (script and its CSS).
builds.push({
  bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: false, minify: true, logLevel: 'warning',
  entryPoints: ['src/report/view/main.ts'], outfile: 'dist/report-view.js',
});
if (existsSync('src/extension/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
}

// A build without a source map leaves none behind: a map from an earlier development build would
// describe code that is no longer there.
for (const options of builds) if (!options.sourcemap) rmSync(`${options.outfile}.map`, { force: true });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
