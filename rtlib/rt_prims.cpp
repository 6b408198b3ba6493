// rt_prims.cpp: the runtime primitives behind rpyc's own versions of
// standard-library objects (support/rpyc_support: sys.stdin/stdout/stderr,
// open() and file objects, os.remove, os.path.exists, time.time).
//
// Files are OS file descriptors. Natively they come from open(2); on wasm
// under node, from node's fs module through EM_JS (the real file system,
// relative paths resolved against the process's working directory, as
// natively). In a browser there is no file system: opening a file raises
// OSError saying so, and stdin reads as empty.
//
// Text is UTF-8. Reading applies Python's universal newlines: "\r\n" and
// "\r" become "\n" (CPython's text mode does the same).
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "rtlib/rt_internal.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
// Each returns a byte count, or -errno (ENOENT 2, EACCES 13, EISDIR 21,
// anything else EIO 5); -1000 when there is no file system (a browser).
EM_JS(int, rpy_js_read, (int fd, char* ptr, int len), {
  if (!(typeof process === 'object' && process.versions && process.versions.node)) return 0;
  var fs = require('fs');
  for (;;) {
    try {
      return fs.readSync(fd, HEAPU8, ptr, len, null);
    } catch (e) {
      if (e.code === "EAGAIN") continue;
      if (e.code === "EOF") return 0;
      return e.code === "EISDIR" ? -21 : -5;
    }
  }
});

EM_JS(int, rpy_js_fs_call, (int what, const char* path, int flags), {
  if (!(typeof process === 'object' && process.versions && process.versions.node)) return -1000;
  var fs = require('fs');
  var p = UTF8ToString(path);
  try {
    if (what == 0) return fs.openSync(p, flags == 0 ? 'r' : flags == 1 ? 'w' : 'a');
    if (what == 1) { fs.closeSync(flags); return 0; }
    if (what == 2) return fs.existsSync(p) ? 1 : 0;
    if (what == 3) { fs.unlinkSync(p); return 0; }
    if (what == 4) { return fs.statSync(p).isDirectory() ? 1 : 0; }
  } catch (e) {
    return e.code === "ENOENT" ? -2 : e.code === "EACCES" ? -13 : e.code === "EISDIR" ? -21 : -5;
  }
  return -5;
});

EM_JS(double, rpy_js_now, (int monotonic), {
  if (monotonic && typeof performance !== 'undefined') return performance.now() / 1000;
  return Date.now() / 1000;
});
// clang-format on
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#endif

namespace {

// Error numbers as CPython prints them on Linux ([Errno 2] ...). Natively
// errno has these values; emscripten's libc numbers differ, so the JS side
// returns these and the C side compares with them.
enum { kNoFileSystem = -1000, kErrNoEnt = 2, kErrAccess = 13, kErrIsDir = 21, kErrIO = 5 };

// Reads up to `len` bytes; 0 at end of file, -errno on error.
int ReadFd(int fd, char* ptr, int len) {
#ifdef __EMSCRIPTEN__
  return rpy_js_read(fd, ptr, len);
#else
  for (;;) {
    ssize_t n = read(fd, ptr, (size_t)len);
    if (n >= 0) return (int)n;
    if (errno != EINTR && errno != EAGAIN) return -errno;
  }
#endif
}

// A NUL-terminated copy of a str (paths).
struct CPath {
  explicit CPath(rpy_str* s) {
    rpy_buf_init(&buf);
    rpy_buf_append(&buf, s->data, s->size);
    rpy_buf_append_char(&buf, '\0', 1);
  }
  ~CPath() { rpy_buf_free(&buf); }
  const char* c_str() const { return buf.data; }
  rpy_buf buf;
};

// CPython's text for an errno is strerror's; node gives us only a few
// codes, whose glibc texts these are.
const char* ErrnoText(int err) {
#ifdef __EMSCRIPTEN__
  switch (err) {
    case kErrNoEnt: return "No such file or directory";
    case kErrAccess: return "Permission denied";
    case kErrIsDir: return "Is a directory";
    default: return "Input/output error";
  }
#else
  return strerror(err);
#endif
}

// Raises CPython's OSError subclass for `err` about `path`:
// "[Errno 2] No such file or directory: 'x'".
void RaiseOSError(int err, rpy_str* path) {
  if (err == kNoFileSystem) {
    RPY_RAISE(OSError, "no file system is available here (files need node or a native build)");
    return;
  }
  rpy_buf b;
  rpy_buf_init(&b);
  char head[32];
  snprintf(head, sizeof head, "[Errno %d] ", err);
  rpy_buf_append_cstr(&b, head);
  rpy_buf_append_cstr(&b, ErrnoText(err));
  rpy_buf_append_cstr(&b, ": ");
  rpy_buf_append_repr(&b, path->data, path->size, false);
  rpy_str* msg = rpy_buf_finish(&b);
  RPY_ROOT(msg);
  const rpy_vtable* vt = err == kErrNoEnt    ? &rpy_vt_FileNotFoundError
                         : err == kErrAccess ? &rpy_vt_PermissionError
                         : err == kErrIsDir  ? &rpy_vt_IsADirectoryError
                                             : &rpy_vt_OSError;
  rpy_raise_str(vt, msg);
}

// Bytes read from stdin but not consumed yet (readline reads ahead).
char stdin_buf[8192];
int stdin_pos = 0, stdin_len = 0;
bool stdin_pending_cr = false;  // a "\r" ended the last chunk: skip a "\n"

// Appends text to `b` with universal newlines.
void AppendText(rpy_buf* b, const char* data, int64_t size, bool* pending_cr) {
  for (int64_t i = 0; i < size; i++) {
    char c = data[i];
    if (*pending_cr) {
      *pending_cr = false;
      if (c == '\n') continue;
    }
    if (c == '\r') {
      *pending_cr = true;
      c = '\n';
    }
    rpy_buf_append_char(b, c, 1);
  }
}

// Reads all of `fd` into text; returns false after raising.
bool ReadAll(int fd, rpy_buf* b, bool* pending_cr) {
  char chunk[8192];
  for (;;) {
    int n = ReadFd(fd, chunk, (int)sizeof chunk);
    if (n == 0) return true;
    if (n < 0) {
      rpy_buf_free(b);
      RPY_RAISE(OSError, ErrnoText(-n));
      return false;
    }
    AppendText(b, chunk, n, pending_cr);
  }
}

}  // namespace

extern "C" {

void rpy_prim_write(int64_t fd, rpy_str* s) {
  if (fd == 1) {
    rpy_write_str(s);
  } else if (fd == 2) {
    rpy_write_stderr(s->data, s->size);
  } else {
    rpy_io_write_fd((int)fd, s->data, s->size);
  }
}

void rpy_prim_flush(void) {
  rpy_flush();
}

rpy_str* rpy_prim_readline(int64_t fd) {
  (void)fd;  // stdin only: files are read whole (support/rpyc_support/pyfile.py)
  rpy_flush();  // a prompt written before reading appears first
  rpy_buf b;
  rpy_buf_init(&b);
  for (;;) {
    if (stdin_pos == stdin_len) {
      int n = ReadFd(0, stdin_buf, (int)sizeof stdin_buf);
      if (n <= 0) break;
      stdin_pos = 0;
      stdin_len = n;
    }
    char c = stdin_buf[stdin_pos++];
    if (stdin_pending_cr) {
      stdin_pending_cr = false;
      if (c == '\n') continue;
    }
    if (c == '\r') {
      stdin_pending_cr = true;
      c = '\n';
    }
    rpy_buf_append_char(&b, c, 1);
    if (c == '\n') break;
  }
  return rpy_buf_finish(&b);
}

rpy_str* rpy_prim_read(int64_t fd) {
  rpy_buf b;
  rpy_buf_init(&b);
  bool file_cr = false;
  bool* pending = &file_cr;
  if (fd == 0) {
    rpy_flush();
    AppendText(&b, stdin_buf + stdin_pos, stdin_len - stdin_pos, &stdin_pending_cr);
    stdin_pos = stdin_len = 0;
    pending = &stdin_pending_cr;
  }
  if (!ReadAll((int)fd, &b, pending)) return NULL;
  return rpy_buf_finish(&b);
}

// mode: "r", "w" or "a" (pyfile.open checks it). Returns the descriptor.
int64_t rpy_prim_open(rpy_str* path, rpy_str* mode) {
  CPath p(path);
  int m = mode->data[0] == 'r' ? 0 : mode->data[0] == 'w' ? 1 : 2;
#ifdef __EMSCRIPTEN__
  int fd = rpy_js_fs_call(0, p.c_str(), m);
  if (fd < 0) {
    RaiseOSError(fd == kNoFileSystem ? fd : -fd, path);
    return -1;
  }
#else
  int flags = m == 0 ? O_RDONLY : m == 1 ? (O_WRONLY | O_CREAT | O_TRUNC)
                                         : (O_WRONLY | O_CREAT | O_APPEND);
  int fd = open(p.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) {
    RaiseOSError(errno, path);
    return -1;
  }
  struct stat st;
  if (m == 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    RaiseOSError(kErrIsDir, path);
    return -1;
  }
#endif
  return fd;
}

void rpy_prim_close(int64_t fd) {
#ifdef __EMSCRIPTEN__
  rpy_js_fs_call(1, "", (int)fd);
#else
  close((int)fd);
#endif
}

bool rpy_prim_exists(rpy_str* path) {
  CPath p(path);
#ifdef __EMSCRIPTEN__
  return rpy_js_fs_call(2, p.c_str(), 0) == 1;
#else
  struct stat st;
  return stat(p.c_str(), &st) == 0;
#endif
}

void rpy_prim_remove(rpy_str* path) {
  CPath p(path);
#ifdef __EMSCRIPTEN__
  int r = rpy_js_fs_call(3, p.c_str(), 0);
  if (r < 0) RaiseOSError(r == kNoFileSystem ? r : -r, path);
#else
  if (unlink(p.c_str()) != 0) RaiseOSError(errno, path);
#endif
}

double rpy_prim_time(void) {
#ifdef __EMSCRIPTEN__
  return rpy_js_now(0);
#else
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
#endif
}

double rpy_prim_perf_counter(void) {
#ifdef __EMSCRIPTEN__
  return rpy_js_now(1);
#else
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
#endif
}

}  // extern "C"
