// rtlib/pre.js: emcc --pre-js for every translated program (wasm and
// --js). Keep it free of BigInt literals: emcc 3.1.6's minifier crashes on
// them.
//
// 1. emcc 3.1.6's loader fetches the .wasm with fetch() whenever fetch
//    exists, which fails under node >= 18 ("Failed to parse URL"); hiding
//    fetch under node makes it read the file with fs instead.
// 2. emscripten's getenv() does not see node's process.env; copy the
//    variables the runtime reads into emscripten's ENV before main().
var rpycIsNode = typeof process === 'object' && typeof process.versions === 'object' &&
    typeof process.versions.node === 'string';
var fetch = rpycIsNode ? undefined : globalThis.fetch;
var Module = typeof Module !== 'undefined' ? Module : {};
if (typeof Module['preRun'] === 'function') Module['preRun'] = [Module['preRun']];
Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  if (!rpycIsNode || typeof ENV !== 'object') return;
  ['RPYC_GC_TORTURE'].forEach(function (name) {
    if (process.env[name] !== undefined) ENV[name] = process.env[name];
  });
});
