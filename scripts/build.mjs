// Bundles the extension (for the Node extension host, `main`, and for the web worker of vscode.dev
// and github.dev, `browser`) and the CLI with esbuild. `--watch` rebuilds on change; `--production`
// minifies. The web bundle fails to build if it reaches any Node built-in (scripts/web-bundle.mjs).
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { nodeGlobalsUsed, unexpectedExternals, webBundleOptions } from './web-bundle.mjs';
import { NODE_TARGET } from './node-target.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  ...NODE_TARGET,
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
  // The same features in both: only src/extension/host/node.ts or web.ts differs.
  builds.push({ ...common, entryPoints: ['src/extension/host/node.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
  // The engine's worker thread in the Node host (src/extension/host/node.ts starts it).
  builds.push({ ...common, entryPoints: ['src/extension/host/engineWorker.ts'], outfile: 'dist/engine-worker.js' });
  // The same worker for the web-worker host: a classic script, as the browser starts a worker; no
  // `vscode` there either (the Node worker's build cannot resolve it at all).
  builds.push({ ...webBundleOptions(), external: [], format: 'iife', sourcemap: !production, minify: production, entryPoints: ['src/extension/host/webEngineWorker.ts'], outfile: 'dist/web-engine-worker.js' });
  builds.push({ ...webBundleOptions(), sourcemap: !production, minify: production, entryPoints: ['src/extension/host/web.ts'], outfile: 'dist/web.js' });
}

// A build without a source map leaves none behind: a map from an earlier development build would
// describe code that is no longer there.
for (const options of builds) if (!options.sourcemap) rmSync(`${options.outfile}.map`, { force: true });

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options).catch(() => null)));
  // esbuild has printed the errors of a failed build (a Node built-in in the web bundle among them).
  if (results.includes(null)) process.exit(1);
  chmodSync('dist/cli.js', 0o755);
  // Belt and braces for the web bundles: nothing left external but what each allows, no built-in reached.
  for (const [index, options] of builds.entries()) {
    if (options.platform !== 'browser' || !results[index].metafile) continue;
    const problems = [...unexpectedExternals(results[index].metafile, options.external), ...nodeGlobalsUsed(options.outfile)];
    if (problems.length) {
      console.error(`${options.outfile}: not fit for the web worker:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
  }
}
