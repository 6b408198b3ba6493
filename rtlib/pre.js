// rtlib/pre.js: emcc --pre-js for every translated program (wasm and
// --js). Keep it free of BigInt literals: emcc 3.1.6's minifier crashes on
// them.
//
// 1. emcc 3.1.6's loader fetches the .wasm with fetch() whenever fetch
//    exists, which fails under node >= 18 ("Failed to parse URL"); hiding
//    fetch under node makes it read the file with fs instead.
// 2. emscripten's getenv() does not see node's process.env; copy the
//    variables the runtime reads into emscripten's ENV before main().
// 3. A JS stack overflow escaping the program (recursion deeper than node's
//    stack, below sys.getrecursionlimit()) ends it as CPython's
//    RecursionError would: stdout flushed, the exception's last line on
//    stderr, status 1. Other exits behave as emscripten's own quit.
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
function rpycIsStackOverflow(e) {
  return e instanceof RangeError && /call stack/.test(String(e.message));
}
if (rpycIsNode) {
  Module['quit'] = function (status, toThrow) {
    if (rpycIsStackOverflow(toThrow)) {
      try {
        if (typeof Module['_rpy_flush'] === 'function') Module['_rpy_flush']();
      } catch (e) {
        // stdout stays unflushed; the report below still goes out
      }
      process.stderr.write('RecursionError: maximum recursion depth exceeded\n');
      process.exit(1);
    }
    if (keepRuntimeAlive()) {
      process['exitCode'] = status;
      throw toThrow;
    }
    logExceptionOnExit(toThrow);
    process['exit'](status);
  };
}
