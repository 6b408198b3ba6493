// browser_sim.js PROG.js ARGS...: runs an emcc --js (wasm2js) build the way a
// browser would — no process, no require — and prints what reached the
// console, one entry per line, for e2e.sh.
const vm = require('vm');
const fs = require('fs');
const lines = [];
const ctx = {
  window: {}, TextDecoder, setTimeout, clearTimeout, Date, Math,
  console: { log: (s) => lines.push('LOG:' + s), error: (s) => lines.push('ERR:' + s), warn: (s) => lines.push('WARN:' + s) },
  Module: { arguments: process.argv.slice(3), onExit: (c) => lines.push("EXIT:" + c) },
  Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, ArrayBuffer, Promise, Error, Object, Array, String, RangeError, TypeError, JSON, Number, parseInt, Symbol, WebAssembly,
};
ctx.globalThis = ctx;
try { vm.runInNewContext(fs.readFileSync(process.argv[2], "utf8"), ctx); } catch (e) { lines.push("THROW:" + e); }
setTimeout(() => console.log(lines.join("\n")), 500);
