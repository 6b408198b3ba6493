// rt_exc.cpp: the exception state and tracebacks.
//
// RPython's model: raising stores the exception in rpy_exc_type /
// rpy_exc_value and the raising function returns an error value; every
// caller checks rpy_exc_type. While an exception propagates out of a
// function, the generated code calls rpy_traceback_add with the index of
// the call site in rpy_tb_locs. Like RPython's pypy_debug_traceback, the
// entries go into a ring buffer that keeps the last 128 (the outermost
// ones); rpy_raise starts a new traceback, rpy_reraise continues one.
//
// At exit, an uncaught exception is printed as CPython prints it: frames
// outermost first, the source line indented under each frame when known,
// and `Name: message` (or just `Name`) last.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

static const int64_t kTracebackDepth = 128;

static int32_t tb_ring[kTracebackDepth];
static int64_t tb_count = 0;  // entries recorded for the current exception

extern "C" {

const rpy_vtable* rpy_exc_type = NULL;
rpy_object* rpy_exc_value = NULL;

void rpy_raise(rpy_object* exc) {
  tb_count = 0;
  rpy_exc_type = exc->vtable;
  rpy_exc_value = exc;
}

void rpy_reraise(rpy_object* exc) {
  rpy_exc_type = exc->vtable;
  rpy_exc_value = exc;
}

rpy_object* rpy_exc_fetch(void) {
  rpy_object* exc = rpy_exc_value;
  rpy_exc_type = NULL;
  rpy_exc_value = NULL;
  tb_count = 0;  // a caught exception's traceback is over
  return exc;
}

void rpy_raise_str(const rpy_vtable* vt, rpy_str* msg) {
  RPY_ROOT(msg);
  rpy_exception* exc = (rpy_exception*)rpy_gc_malloc(sizeof(rpy_exception));
  exc->vtable = vt;
  exc->message = msg;
  rpy_raise((rpy_object*)exc);
}

void rpy_raise_msg(const rpy_vtable* vt, const char* msg) {
  rpy_str* s = msg ? rpy_str_from_utf8(msg, (int64_t)strlen(msg)) : NULL;
  rpy_raise_str(vt, s);
}

void rpy_exc_clear(void) {
  rpy_exc_type = NULL;
  rpy_exc_value = NULL;
}

void rpy_traceback_add(int32_t loc) {
  tb_ring[tb_count % kTracebackDepth] = loc;
  tb_count++;
}

// The recursion limit counts only the frames of functions that can recurse
// (rtyper/recursion_guard.cpp): they increment rpy_recursion_depth on entry,
// raise RecursionError when it passes the limit, and restore it on every
// exit (code emitted inline by the backend).
int64_t rpy_recursion_depth = 0;
int64_t rpy_recursion_limit = 1000;

void rpy_prim_set_recursion_limit(int64_t n) {
  if (n < 1) {
    RPY_RAISE(ValueError, "recursion limit must be greater or equal than 1");
    return;
  }
  if (n <= rpy_recursion_depth) {
    char msg[128];
    snprintf(msg, sizeof msg,
             "cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
             (long long)n, (long long)rpy_recursion_depth);
    RPY_RAISE(RecursionError, msg);
    return;
  }
  rpy_recursion_limit = n;
}

int64_t rpy_prim_get_recursion_limit(void) { return rpy_recursion_limit; }

}  // extern "C"

bool rpy_vt_isinstance(const rpy_vtable* vt, const rpy_vtable* base) {
  return vt->class_id >= base->class_id && vt->class_id <= base->class_max;
}

static void AppendFrame(rpy_buf* b, const rpy_tb_loc* loc) {
  // Generated code without a Python line (JS callback adapters) has no
  // frame of its own.
  if (loc->line <= 0) return;
  char line[32];
  rpy_buf_append_cstr(b, "  File \"");
  rpy_buf_append_cstr(b, loc->file);
  snprintf(line, sizeof line, "\", line %d, in ", (int)loc->line);
  rpy_buf_append_cstr(b, line);
  rpy_buf_append_cstr(b, loc->function);
  rpy_buf_append_char(b, '\n', 1);
  if (loc->source && loc->source[0]) {
    rpy_buf_append_cstr(b, "    ");
    rpy_buf_append_cstr(b, loc->source);
    rpy_buf_append_char(b, '\n', 1);
  }
}

rpy_str* rpy_exc_format_uncaught(void) {
  rpy_buf b;
  rpy_buf_init(&b);
  if (tb_count > 0) {
    rpy_buf_append_cstr(&b, "Traceback (most recent call last):\n");
    // Recorded innermost first; print outermost first.
    int64_t kept = tb_count < kTracebackDepth ? tb_count : kTracebackDepth;
    for (int64_t i = tb_count - 1; i >= tb_count - kept; i--)
      AppendFrame(&b, &rpy_tb_locs[tb_ring[i % kTracebackDepth]]);
    if (kept < tb_count) {
      char note[64];
      snprintf(note, sizeof note, "  [%lld more inner frames not recorded]\n",
               (long long)(tb_count - kept));
      rpy_buf_append_cstr(&b, note);
    }
  }
  const rpy_vtable* vt = rpy_exc_type;
  if (vt) {
    rpy_buf_append(&b, vt->name->data, vt->name->size);
    rpy_str* msg = rpy_exc_value && rpy_vt_isinstance(vt, &rpy_vt_BaseException)
                       ? ((rpy_exception*)rpy_exc_value)->message
                       : NULL;
    // CPython prints `Name: ` plus str(exc); str() of an exception raised
    // without arguments is empty and then only the name is printed.
    if (msg && msg->size > 0) {
      rpy_buf_append_cstr(&b, ": ");
      rpy_buf_append(&b, msg->data, msg->size);
    }
    rpy_buf_append_char(&b, '\n', 1);
  }
  return rpy_buf_finish(&b);
}

// SystemExit carries its code as the message text: NULL means 0, an
// integer string is the status, any other text is printed and gives 1 (as
// CPython does for sys.exit("text")).
static int SystemExitStatus(rpy_str* msg) {
  if (!msg) return 0;
  char* end = NULL;
  long long v = msg->size > 0 ? strtoll(msg->data, &end, 10) : 0;
  if (msg->size > 0 && end == msg->data + msg->size) return (int)v;
  rpy_write_stderr(msg->data, msg->size);
  rpy_write_stderr("\n", 1);
  return 1;
}

rpy_str* rpy_exc_str(rpy_object* exc) {
  rpy_str* msg = ((rpy_exception*)exc)->message;
  return msg ? msg : rpy_str_from_utf8("", 0);
}

rpy_str* rpy_exc_repr(rpy_object* exc) {
  rpy_exception* e = (rpy_exception*)exc;
  const rpy_vtable* vt = exc->vtable;
  rpy_str* args = e->repr_args;
  if (!args && e->message) {
    // One argument: a KeyError's message is already the key's repr; any
    // other message is the str argument itself.
    args = rpy_vt_isinstance(vt, &rpy_vt_KeyError) ? e->message : rpy_str_repr(e->message);
  }
  rpy_buf b;
  rpy_buf_init(&b);
  rpy_buf_append(&b, vt->name->data, vt->name->size);
  rpy_buf_append_char(&b, '(', 1);
  if (args) rpy_buf_append(&b, args->data, args->size);
  rpy_buf_append_char(&b, ')', 1);
  return rpy_buf_finish(&b);
}

int rpy_exc_exit_status(void) {
  if (!rpy_exc_type) return 0;
  if (rpy_vt_isinstance(rpy_exc_type, &rpy_vt_SystemExit))
    return SystemExitStatus(((rpy_exception*)rpy_exc_value)->message);
  rpy_flush();
  rpy_str* text = rpy_exc_format_uncaught();
  rpy_write_stderr(text->data, text->size);
  return 1;
}
