// rtlib: the runtime every translated program links with, on Boehm GC.
//
// This header is the ABI between generated code and the runtime. The
// rtyper's rtyper/runtime_functions.def lists the same functions with
// their low-level signatures; keep the two in step. Everything here has C
// linkage so that LLVM IR can call it by name.
//
// Objects. Every GC object is allocated with rpy_gc_malloc (may contain
// pointers) or rpy_gc_malloc_atomic (never contains pointers). Boehm needs
// no header. Layouts:
//
//   rpy_str        immutable Unicode text, stored as UTF-8. `length` counts
//                  code points, `size` counts bytes; length == size means
//                  pure ASCII (O(1) indexing). `data` is NUL-terminated.
//                  `hash` is 0 until computed. Prebuilt strings are emitted
//                  as constants in the data segment with the same layout.
//   rpy_list       resizable array: `items` is a GC array of `capacity`
//                  elements of the list's item type (int64, double, bool as
//                  int8, or a GC pointer), of which `length` are in use.
//   rpy_object     every instance starts with its class's vtable pointer.
//   rpy_exception  instances of the built-in exception classes.
//
// Exceptions use RPython's model: a raise stores the exception in
// rpy_exc_type / rpy_exc_value and returns an error value; the caller
// checks rpy_exc_type after every call that can raise. The vtables of the
// built-in exception classes (rpy_vt_ValueError, ...) are defined by the
// generated module, which numbers them with the program's own classes.
//
// GC roots. On wasm, values in wasm locals are invisible to Boehm: runtime
// code that holds a fresh object in a local across another allocation must
// keep it in memory Boehm scans (see RPY_ROOT in rt_internal.h).
#pragma once

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rpy_str {
  int64_t hash;    // 0 until computed
  int64_t length;  // code points
  int64_t size;    // bytes of UTF-8, excluding the NUL
  char data[];     // size bytes + NUL
} rpy_str;

typedef struct rpy_list {
  int64_t length;
  int64_t capacity;
  void* items;  // GC array of `capacity` items
} rpy_list;

typedef struct rpy_vtable {
  int32_t class_id;   // preorder number of the class in the class tree
  int32_t class_max;  // largest preorder number among its subclasses
  const rpy_str* name;  // __name__
} rpy_vtable;

typedef struct rpy_object {
  const rpy_vtable* vtable;
} rpy_object;

typedef struct rpy_exception {
  const rpy_vtable* vtable;
  rpy_str* message;  // str(exc); NULL when raised without arguments
} rpy_exception;

// One entry of the generated traceback location table.
typedef struct rpy_tb_loc {
  const char* file;      // path as given to rpyc
  const char* function;  // function name
  const char* source;    // stripped source line, or ""
  int32_t line;
} rpy_tb_loc;

// ---- provided by the generated module ---------------------------------------
// Entry point: main(argv). Returns the exit status; on an uncaught
// exception returns anything and leaves rpy_exc_type set.
int64_t rpy_entry(rpy_list* argv);
extern const rpy_tb_loc rpy_tb_locs[];
#define RPY_BUILTIN_EXCEPTION(Name, Parent) extern const rpy_vtable rpy_vt_##Name;
#include "rtlib/builtin_exceptions.def"
#undef RPY_BUILTIN_EXCEPTION

// ---- startup and GC ---------------------------------------------------------
// rtlib's main(): initialises the GC (and torture mode from the environment
// variable RPYC_GC_TORTURE=N: collect every N allocations), builds argv as a
// list of str, calls rpy_entry, prints an uncaught exception's traceback and
// exits with the status (1 after an uncaught exception).
void rpy_init(void);
void* rpy_gc_malloc(int64_t size);         // zeroed, scanned for pointers
void* rpy_gc_malloc_atomic(int64_t size);  // zeroed, never scanned
void rpy_gc_collect(void);

// ---- exceptions -------------------------------------------------------------
extern const rpy_vtable* rpy_exc_type;  // non-NULL while an exception propagates
extern rpy_object* rpy_exc_value;
void rpy_raise(rpy_object* exc);
// Raises a new instance of a built-in exception class with a message
// (msg may be NULL: no arguments).
void rpy_raise_msg(const rpy_vtable* vt, const char* msg);
void rpy_raise_str(const rpy_vtable* vt, rpy_str* msg);
// Raises `exc` again without starting a new traceback (bare `raise` in an
// except block): the entries recorded so far stay and new ones append.
void rpy_reraise(rpy_object* exc);
void rpy_exc_clear(void);
// Appends traceback entry `loc` (index into rpy_tb_locs) while an exception
// propagates out of a function.
void rpy_traceback_add(int32_t loc);

// ---- integers -----------------------------------------------------------------
// Python semantics; raise ZeroDivisionError / OverflowError and return 0.
int64_t rpy_int_floordiv(int64_t a, int64_t b);
int64_t rpy_int_mod(int64_t a, int64_t b);
int64_t rpy_int_pow(int64_t base, int64_t exp);  // exp < 0 raises ValueError (see docs)
double rpy_int_truediv(int64_t a, int64_t b);    // correctly rounded, like CPython
int64_t rpy_int_lshift(int64_t a, int64_t b);    // ValueError on negative count, OverflowError
int64_t rpy_int_rshift(int64_t a, int64_t b);    // ValueError on negative count
int64_t rpy_float_to_int(double x);             // int(x): truncation; OverflowError/ValueError

// ---- floats -------------------------------------------------------------------
double rpy_float_div(double a, double b);       // ZeroDivisionError "float division by zero"
double rpy_float_floordiv(double a, double b);  // Python's // on floats
double rpy_float_mod(double a, double b);       // Python's % on floats (sign of b)
double rpy_float_pow(double a, double b);       // Python's ** on floats (errors as CPython)

// ---- strings --------------------------------------------------------------------
rpy_str* rpy_str_from_utf8(const char* data, int64_t size);
rpy_str* rpy_str_concat(rpy_str* a, rpy_str* b);
// Concatenates n strings (parts may live on the stack).
rpy_str* rpy_str_join_n(int64_t n, rpy_str* const* parts);
rpy_str* rpy_str_from_int(int64_t v);     // str(int)
rpy_str* rpy_str_from_float(double v);    // str(float) == repr(float): shortest round-trip
rpy_str* rpy_str_from_bool(bool v);       // "True" / "False"
rpy_str* rpy_str_none(void);              // "None"
rpy_str* rpy_str_repr(rpy_str* s);        // repr(str) with CPython's quoting
rpy_str* rpy_str_ascii(rpy_str* s);       // ascii(str): repr with non-ASCII escaped
int64_t rpy_str_to_int(rpy_str* s);       // int(s): ValueError/OverflowError as CPython
double rpy_str_to_float(rpy_str* s);      // float(s): ValueError as CPython
bool rpy_str_eq(rpy_str* a, rpy_str* b);
int64_t rpy_str_cmp(rpy_str* a, rpy_str* b);  // <0, 0, >0 by code point
int64_t rpy_str_len(rpy_str* s);
// %-formatting of one value. flags: bit 0 '-', bit 1 '+', bit 2 ' ', bit 3 '#',
// bit 4 '0'. width/prec < 0 when absent. conv is the conversion character.
rpy_str* rpy_format_int(int64_t v, int32_t flags, int32_t width, int32_t prec, int32_t conv);
rpy_str* rpy_format_float(double v, int32_t flags, int32_t width, int32_t prec, int32_t conv);
rpy_str* rpy_format_str(rpy_str* s, int32_t flags, int32_t width, int32_t prec);

// ---- lists ----------------------------------------------------------------------
// item_size is the byte width of one item; has_pointers selects scanned
// storage. Index helpers normalise negative indices and raise IndexError
// ("list index out of range") returning -1.
rpy_list* rpy_list_new(int64_t length, int64_t item_size, bool has_pointers);
int64_t rpy_list_check_index(rpy_list* l, int64_t index);
// Sets the length to new_length, growing the items array (over-allocating
// like CPython, so appends are amortised O(1)) or clearing dropped slots.
// New slots are zero. Raises MemoryError if the array cannot be allocated.
void rpy_list_resize(rpy_list* l, int64_t new_length, int64_t item_size, bool has_pointers);

// ---- output ---------------------------------------------------------------------
// print() support: writes go to a buffer flushed at exit, before stderr
// output, and when it fills. In node, stdout is written with
// process.stdout's file descriptor synchronously (no added newlines); in a
// browser, complete lines go to console.log.
void rpy_write_str(rpy_str* s);
void rpy_write_cstr(const char* s);
void rpy_write_int(int64_t v);
void rpy_write_float(double v);
void rpy_write_bool(bool v);
void rpy_flush(void);
// Writes text to stderr (unbuffered; flushes stdout first).
void rpy_write_stderr(const char* data, int64_t size);

#ifdef __cplusplus
}
#endif
