// rtlib/lib_post.js: emcc --post-js of library builds (rpyc --lib). The
// module is compiled synchronously, so main() (which publishes the
// @export functions as Module.rpycExports) has run by now; a CommonJS
// require() of NAME.js returns them.
if (typeof module === 'object' && module && typeof module.exports === 'object') {
  module.exports = Module['rpycExports'];
}
