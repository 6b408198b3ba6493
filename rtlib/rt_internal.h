// rt_internal.h: helpers shared by the rtlib source files and by nothing
// else. Generated code sees only rpyc_rt.h; this header adds the GC rooting
// macro that hand-written runtime code must use, string construction
// helpers, the raise shortcuts for the built-in exception classes, and the
// low-level output hooks.
//
// The rooting rule (see README.md): on wasm, Boehm cannot see values held
// in wasm locals. A runtime function that holds a GC object in a local
// while it allocates another must first copy the pointer into a volatile
// stack slot with RPY_ROOT; volatile slots live in the linear-memory shadow
// stack, which Boehm scans. This includes the function's own GC arguments
// when they are read after an allocation: the caller only keeps values it
// still needs itself.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "rtlib/rpyc_rt.h"

// Keeps `ptr` visible to the collector until the enclosing function
// returns. Usage: `RPY_ROOT(a);` right after `a` gets its value (or on
// entry, for arguments).
#define RPY_ROOT_CAT2(a, b) a##b
#define RPY_ROOT_CAT(a, b) RPY_ROOT_CAT2(a, b)
#define RPY_ROOT(ptr) RPY_ROOT_NAMED(ptr, RPY_ROOT_CAT(rpy_root_slot_, __COUNTER__))
#define RPY_ROOT_NAMED(ptr, slot) \
  void* volatile slot = (void*)(ptr); \
  (void)slot

#define RPY_UNLIKELY(x) __builtin_expect(!!(x), 0)

// ---- strings (rt_str.cpp) ----------------------------------------------------
// Allocates an uninitialised string of `size` bytes (NUL added) and
// `length` code points; the caller fills data[0..size).
rpy_str* rpy_str_alloc(int64_t size, int64_t length);
// Number of code points in well-formed UTF-8.
int64_t rpy_utf8_count(const char* data, int64_t size);
// Decodes one code point at data[*pos] and advances *pos.
uint32_t rpy_utf8_next(const char* data, int64_t size, int64_t* pos);
// Encodes `cp` into out (4 bytes room); returns the byte count.
int rpy_utf8_encode(uint32_t cp, char* out);
// Python's str.isspace() for one code point.
bool rpy_unicode_isspace(uint32_t cp);
// Approximation of Python's str.isprintable() for one code point.
bool rpy_unicode_isprintable(uint32_t cp);

// A growable malloc'd byte buffer for building text before it becomes an
// rpy_str (no GC objects inside, so no rooting concerns).
typedef struct rpy_buf {
  char* data;
  int64_t size;
  int64_t capacity;
  char inline_data[128];
} rpy_buf;
void rpy_buf_init(rpy_buf* b);
void rpy_buf_append(rpy_buf* b, const char* data, int64_t size);
void rpy_buf_append_cstr(rpy_buf* b, const char* s);
void rpy_buf_append_char(rpy_buf* b, char c, int64_t count);
rpy_str* rpy_buf_finish(rpy_buf* b);  // makes the string and frees the buffer
void rpy_buf_free(rpy_buf* b);

// Appends repr(s) of UTF-8 text; ascii_only escapes every non-ASCII code
// point (ascii()).
void rpy_buf_append_repr(rpy_buf* b, const char* data, int64_t size, bool ascii_only);

// repr(float) into out (at least 32 bytes); returns the length.
int rpy_float_repr_cstr(double v, char* out);

// ---- exceptions (rt_exc.cpp) ---------------------------------------------------
// True if `vt` is `base` or one of its subclasses.
bool rpy_vt_isinstance(const rpy_vtable* vt, const rpy_vtable* base);
#define RPY_RAISE(Name, msg) rpy_raise_msg(&rpy_vt_##Name, msg)
// The text printed for an uncaught exception: the traceback lines and the
// final `Name: message` line, as CPython prints it.
rpy_str* rpy_exc_format_uncaught(void);
// Handles a pending exception at exit like CPython: SystemExit gives its
// status, anything else prints the traceback and gives 1.
int rpy_exc_exit_status(void);

// Generated in programs with asynchronous functions
// (rpyc_support.tasks.turn_end): raises the exception of a failed task
// nobody awaited. The runtime calls it whenever control returns to the
// event loop: after main, after a call from JS, after a promise settled.
extern "C" void rpy_tasks_turn_end(void) __attribute__((weak));

// ---- output (rt_io.cpp) ----------------------------------------------------------
// Writes bytes straight to fd 1 or 2, bypassing the stdout buffer.
void rpy_io_write_fd(int fd, const char* data, int64_t size);
// Flushes stdout and, in a browser, any partial console lines.
void rpy_io_finish(void);
