// rt_io.cpp: print() output.
//
// stdout goes through an 8 KB buffer flushed when full, before anything
// is written to stderr, and at exit; stderr is unbuffered. Natively the
// bytes go to write(2). On wasm we bypass emscripten's stdio, which would
// turn every partial line into a console.log line: in node the bytes are
// written synchronously with fs.writeSync on fd 1 / 2 (retrying on
// EAGAIN, which a non-blocking pipe can return), and in a browser they are
// decoded as UTF-8 and complete lines go to console.log / console.error,
// the last partial line at exit. The JS lives in EM_JS functions, which
// survive llvm-link into the program's module and emcc's LTO link.
#include <stdio.h>
#include <string.h>

#include "rtlib/rt_internal.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
EM_JS(void, rpy_js_write, (int fd, const char* ptr, int len), {
  var bytes = HEAPU8.subarray(ptr, ptr + len);
  if (typeof process === 'object' && process.versions && process.versions.node) {
    var fs = require('fs');
    var off = 0;
    while (off < len) {
      try {
        off += fs.writeSync(fd, bytes, off, len - off);
      } catch (e) {
        if (e.code !== "EAGAIN") throw e;
      }
    }
    return;
  }
  var state = Module['rpycConsole'] || (Module['rpycConsole'] = {});
  var key = 'fd' + fd;
  var s = state[key] || (state[key] = {dec: new TextDecoder("utf-8"), text: ""});
  s.text += s.dec.decode(bytes, {stream: true});
  var nl;
  while ((nl = s.text.indexOf('\n')) >= 0) {
    (fd == 2 ? console.error : console.log)(s.text.slice(0, nl));
    s.text = s.text.slice(nl + 1);
  }
});

EM_JS(void, rpy_js_finish, (), {
  var state = Module['rpycConsole'];
  if (!state) return;
  for (var fd = 1; fd <= 2; fd++) {
    var s = state['fd' + fd];
    if (s && s.text.length > 0) (fd == 2 ? console.error : console.log)(s.text);
    if (s) s.text = "";
  }
});
// clang-format on
#else
#include <errno.h>
#include <unistd.h>
#endif

enum { kStdoutBufferSize = 8192 };
static char out_buf[kStdoutBufferSize];
static int64_t out_len = 0;

void rpy_io_write_fd(int fd, const char* data, int64_t size) {
#ifdef __EMSCRIPTEN__
  while (size > 0) {
    int chunk = size > (1 << 30) ? (1 << 30) : (int)size;
    rpy_js_write(fd, data, chunk);
    data += chunk;
    size -= chunk;
  }
#else
  while (size > 0) {
    ssize_t n = write(fd, data, (size_t)size);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return;  // nowhere to report a failed write to stdout/stderr
    }
    data += n;
    size -= n;
  }
#endif
}

void rpy_io_finish(void) {
  rpy_flush();
#ifdef __EMSCRIPTEN__
  rpy_js_finish();
#endif
}

extern "C" {

void rpy_flush(void) {
  if (out_len == 0) return;
  int64_t n = out_len;
  out_len = 0;
  rpy_io_write_fd(1, out_buf, n);
}

// Where print() writes: 1 (the stdout buffer) or 2 (stderr, unbuffered).
static int print_fd = 1;

void rpy_print_to(int64_t fd) {
  print_fd = (int)fd;
}

static void WriteOut(const char* data, int64_t size) {
  if (print_fd == 2) {
    rpy_write_stderr(data, size);
    return;
  }
  if (out_len + size > kStdoutBufferSize) {
    rpy_flush();
    if (size > kStdoutBufferSize) {
      rpy_io_write_fd(1, data, size);
      return;
    }
  }
  memcpy(out_buf + out_len, data, (size_t)size);
  out_len += size;
}

void rpy_write_str(rpy_str* s) {
  WriteOut(s->data, s->size);
}

void rpy_write_cstr(const char* s) {
  WriteOut(s, (int64_t)strlen(s));
}

void rpy_write_int(int64_t v) {
  char tmp[24];
  int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
  WriteOut(tmp, n);
}

void rpy_write_float(double v) {
  char tmp[40];
  int n = rpy_float_repr_cstr(v, tmp);
  WriteOut(tmp, n);
}

void rpy_write_bool(bool v) {
  v ? WriteOut("True", 4) : WriteOut("False", 5);
}

void rpy_write_stderr(const char* data, int64_t size) {
  rpy_flush();
  rpy_io_write_fd(2, data, size);
}

}  // extern "C"
