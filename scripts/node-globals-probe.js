// Injected into every web-worker bundle by scripts/web-bundle.mjs: a free reference to one of
// Node's globals (which the worker lacks) is bound to one of these instead, so its marker lands in
// the bundle and the build fails naming it. Unused markers are dropped (pure), so a clean bundle
// holds none. `process` is not here: guarded `typeof process` checks (compromise's) are fine.
const nodeGlobal = (marker) => ({ marker });
export const Buffer = /* @__PURE__ */ nodeGlobal('NODE-GLOBAL-IN-WEB-BUNDLE:Buffer');
export const setImmediate = /* @__PURE__ */ nodeGlobal('NODE-GLOBAL-IN-WEB-BUNDLE:setImmediate');
export const clearImmediate = /* @__PURE__ */ nodeGlobal('NODE-GLOBAL-IN-WEB-BUNDLE:clearImmediate');
export const __dirname = /* @__PURE__ */ nodeGlobal('NODE-GLOBAL-IN-WEB-BUNDLE:__dirname');
export const __filename = /* @__PURE__ */ nodeGlobal('NODE-GLOBAL-IN-WEB-BUNDLE:__filename');
