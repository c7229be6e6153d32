// The esbuild target of every Node bundle (the CLI, the extension host, the benches and the fuzzer).
// esbuild (0.28) rewrites each regular expression with a \p{…} escape into `new RegExp(…)` for a
// Node target, so that the engine built a new RegExp object each time such a line ran (about a
// hundred thousand times on a 2 MB paragraph); Node 20 has these escapes, so they stay literals.
export const NODE_TARGET = { platform: 'node', target: 'node20', supported: { 'regexp-unicode-property-escapes': true } };
