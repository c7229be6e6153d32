// esbuild options shared by everything bundled for the web-worker extension host (the extension's
// `browser` entry, dist/web.js, and its browser test bundle): a browser platform, and a plugin that
// FAILS the build on any import of a Node built-in (`fs`, `node:path`, `stream`…), however it is
// reached, so nothing in the worker ever needs Node. The one sanctioned exception is listed by name.
// Node's globals (`Buffer`, `setImmediate`…) are caught too: node-globals-probe.js is injected, and
// `nodeGlobalsUsed` finds its markers in a bundle that uses one.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Node's built-in modules, with and without `node:`, and their subpaths (`fs/promises`, `assert/strict`). */
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isBuiltin = (path) => path.startsWith('node:') || BUILTINS.has(path) || BUILTINS.has(path.split('/')[0]);

/**
 * Modules that a dependency imports but the code we call never reaches, resolved to an empty
 * module instead of Node's: `subtitle` (the caption parser) loads its streaming API's helpers at the
 * top of its bundle, while Newsdesk calls only its synchronous `parseSync`.
 */
export const UNREACHED_IN_WORKER = [
  { importer: /node_modules[\\/]subtitle[\\/]/, modules: ['stream', 'multipipe', 'split2'], why: "subtitle's stream API (Newsdesk calls only parseSync)" },
];

const UNREACHED_NAMESPACE = 'unreached-in-worker';
const PROBE = fileURLToPath(new URL('./node-globals-probe.js', import.meta.url));

/** Fails the build on any Node built-in; resolves the imports listed in UNREACHED_IN_WORKER to an empty module. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const unreached = UNREACHED_IN_WORKER.find((entry) => entry.importer.test(args.importer) && entry.modules.includes(args.path));
      if (unreached) return { path: args.path, namespace: UNREACHED_NAMESPACE, pluginData: unreached.why };
      if (!isBuiltin(args.path)) return undefined;
      return {
        errors: [{
          text: `"${args.path}" is a Node built-in: the web-worker bundle must not import it (imported by ${args.importer}). Route it through src/extension/host/ or use an API present in both hosts.`,
        }],
      };
    });
    build.onLoad({ filter: /.*/, namespace: UNREACHED_NAMESPACE }, (args) => ({
      contents: `// ${args.path}: never reached in the web worker (${args.pluginData}).\nmodule.exports = {};\n`,
      loader: 'js',
    }));
  },
};

/**
 * After a build with `metafile: true`: the imports left outside the bundle other than `allowed`,
 * as messages (none: empty). A Node built-in can only be left outside, as the plugin above refuses
 * to resolve one; whatever was resolved (a stand-in by name) is inside the bundle.
 */
export function unexpectedExternals(metafile, allowed = ['vscode']) {
  const problems = [];
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    for (const imported of imports) {
      if (!imported.external || allowed.includes(imported.path) || imported.path === PROBE) continue; // the probe: see nodeGlobalsUsed
      problems.push(`${input} imports ${isBuiltin(imported.path) ? 'the Node built-in ' : ''}"${imported.path}", left outside the bundle`);
    }
  }
  return problems;
}

/** The Node globals a written web bundle uses (through the injected probe), as messages (none: empty). */
export function nodeGlobalsUsed(outfile) {
  const names = new Set([...readFileSync(outfile, 'utf8').matchAll(/NODE-GLOBAL-IN-WEB-BUNDLE:(\w+)/g)].map((match) => match[1]));
  return [...names].map((name) => `${outfile} uses Node's global ${name}, which the web worker does not have`);
}

/** esbuild options for a bundle that runs in the web worker (see testing-a-web-extension.md). */
export function webBundleOptions() {
  return {
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    define: { global: 'globalThis' },
    inject: [PROBE],
    metafile: true,
    plugins: [noNodeBuiltins],
    logLevel: 'warning',
  };
}
