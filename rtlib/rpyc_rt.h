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
  // The reprs of the constructor's arguments joined by ", " (what repr(exc)
  // shows between the parentheses); NULL: derived from message (rtlib's own
  // exceptions, and a single str argument).
  rpy_str* repr_args;
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
// Takes the pending exception for an `except` clause: returns it and
// clears the exception state and the traceback.
rpy_object* rpy_exc_fetch(void);
void rpy_exc_clear(void);
// str(exc): the message, '' when raised without arguments.
rpy_str* rpy_exc_str(rpy_object* exc);
// repr(exc): `Name(args...)` as CPython shows it.
rpy_str* rpy_exc_repr(rpy_object* exc);
// Appends traceback entry `loc` (index into rpy_tb_locs) while an exception
// propagates out of a function.
void rpy_traceback_add(int32_t loc);

// ---- recursion depth (rt_exc.cpp; rtyper/recursion_guard.cpp) ---------------
// Functions on a call-graph cycle pass the depth to each other as an
// argument and check it against rpy_recursion_limit (RecursionError); they
// store it in rpy_recursion_depth before other calls, and their wrapper
// for other callers reads and restores it (rtyper/recursion_guard.cpp,
// backend-llvm/README.md).
extern int64_t rpy_recursion_depth;
extern int64_t rpy_recursion_limit;  // sys.getrecursionlimit()
// sys.setrecursionlimit(n) (ValueError for n < 1) / sys.getrecursionlimit().
void rpy_prim_set_recursion_limit(int64_t n);
int64_t rpy_prim_get_recursion_limit(void);

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
// -- r_uint (rt_uint.cpp): an unsigned 64-bit word --
rpy_str* rpy_str_from_uint(uint64_t v);  // str(r_uint)
uint64_t rpy_uint_floordiv(uint64_t a, uint64_t b);
uint64_t rpy_uint_mod(uint64_t a, uint64_t b);
uint64_t rpy_uint_lshift(uint64_t a, int64_t n, bool n_unsigned);
uint64_t rpy_uint_rshift(uint64_t a, int64_t n, bool n_unsigned);
int64_t rpy_uint_cmp(int64_t a, bool a_unsigned, int64_t b, bool b_unsigned);  // -1, 0, 1
int64_t rpy_uint_to_int(uint64_t u);     // OverflowError past 2**63 - 1
double rpy_uint_to_float(uint64_t u);
rpy_str* rpy_str_from_float(double v);    // str(float) == repr(float): shortest round-trip
rpy_str* rpy_str_from_bool(bool v);       // "True" / "False"
rpy_str* rpy_str_none(void);              // "None"
rpy_str* rpy_str_repr(rpy_str* s);        // repr(str) with CPython's quoting; NULL: "None"
rpy_str* rpy_str_ascii(rpy_str* s);       // ascii(str): repr with non-ASCII escaped
int64_t rpy_str_to_int(rpy_str* s);       // int(s): ValueError/OverflowError as CPython
int64_t rpy_str_to_int_base(rpy_str* s, int64_t base);  // int(s, base), base 0 or 2..36
double rpy_str_to_float(rpy_str* s);      // float(s): ValueError as CPython
bool rpy_str_eq(rpy_str* a, rpy_str* b);
int64_t rpy_str_cmp(rpy_str* a, rpy_str* b);  // <0, 0, >0 by code point
int64_t rpy_str_len(rpy_str* s);
// %-formatting of one value. flags: bit 0 '-', bit 1 '+', bit 2 ' ', bit 3 '#',
// bit 4 '0'. width/prec < 0 when absent. conv is the conversion character.
rpy_str* rpy_format_int(int64_t v, int32_t flags, int32_t width, int32_t prec, int32_t conv);
rpy_str* rpy_format_float(double v, int32_t flags, int32_t width, int32_t prec, int32_t conv);
rpy_str* rpy_format_str(rpy_str* s, int32_t flags, int32_t width, int32_t prec);
rpy_str* rpy_format_char(int64_t cp);      // %c of an int: OverflowError out of range
rpy_str* rpy_format_char_str(rpy_str* s);  // %c of a str: TypeError unless one character
// `fmt % values` with a format known only at run time: the values are
// appended in order to an rpy_fmt_args (a NULL str is None), then
// rpy_format_dynamic parses fmt and converts them (rt_format.cpp).
void* rpy_fmt_args_new(int64_t count);
void rpy_fmt_args_int(void* args, int64_t v);
void rpy_fmt_args_bool(void* args, bool v);
void rpy_fmt_args_float(void* args, double v);
void rpy_fmt_args_str(void* args, rpy_str* v);
rpy_str* rpy_format_dynamic(rpy_str* fmt, void* args);

// ---- bytes (rt_bytes.cpp): an rpy_str with length == size -----------------------
rpy_str* rpy_bytes_rebrand(rpy_str* s);  // a str result used as bytes
void rpy_bytes_rebrand_list(rpy_list* l);
rpy_str* rpy_str_encode_utf8(rpy_str* s);
rpy_str* rpy_bytes_decode_utf8(rpy_str* b);  // UnicodeDecodeError as CPython
int64_t rpy_bytes_getitem(rpy_str* b, int64_t i);
rpy_str* rpy_bytes_slice(rpy_str* b, int64_t start, int64_t stop, int64_t step, bool has_start,
                         bool has_stop);
bool rpy_bytes_contains_int(rpy_str* b, int64_t x);
rpy_str* rpy_bytes_from_list(rpy_list* l);  // ValueError outside range(0, 256)
rpy_list* rpy_bytes_to_list(rpy_str* b);
rpy_str* rpy_bytes_repr(rpy_str* b);
rpy_str* rpy_bytes_case(rpy_str* b, bool upper);
rpy_str* rpy_bytes_hex(rpy_str* b);
rpy_str* rpy_bytes_strip_ws(rpy_str* b, bool left, bool right);

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

// ---- list operations (rt_listops.cpp) ---------------------------------------
// `index` arguments are already normalised unless stated. Slices take each
// bound with a has_ flag (absent bounds are None in Python).
void rpy_list_delitem(rpy_list* l, int64_t index, int64_t item_size, bool has_pointers);
// Opens a zeroed slot for list.insert(index, x) (index clamped like
// CPython) and returns its normalised position.
int64_t rpy_list_insert_slot(rpy_list* l, int64_t index, int64_t item_size, bool has_pointers);
// Validates list.pop([index]); returns the normalised index (IndexError).
int64_t rpy_list_pop_index(rpy_list* l, int64_t index, bool has_index);
rpy_list* rpy_list_getslice(rpy_list* l, int64_t start, int64_t stop, int64_t step,
                            bool has_start, bool has_stop, bool has_step, int64_t item_size,
                            bool has_pointers);
void rpy_list_setslice(rpy_list* l, int64_t start, int64_t stop, int64_t step, bool has_start,
                       bool has_stop, bool has_step, rpy_list* v, int64_t item_size,
                       bool has_pointers);
void rpy_list_delslice(rpy_list* l, int64_t start, int64_t stop, int64_t step, bool has_start,
                       bool has_stop, bool has_step, int64_t item_size, bool has_pointers);
rpy_list* rpy_list_concat(rpy_list* a, rpy_list* b, int64_t item_size, bool has_pointers);
void rpy_list_extend(rpy_list* l, rpy_list* other, int64_t item_size, bool has_pointers);
rpy_list* rpy_list_repeat(rpy_list* l, int64_t times, int64_t item_size, bool has_pointers);
void rpy_list_reverse(rpy_list* l, int64_t item_size);
// Typed searches: index of the first equal item or -1; number of equal items.
int64_t rpy_list_find_i64(rpy_list* l, int64_t x);
int64_t rpy_list_count_i64(rpy_list* l, int64_t x);
int64_t rpy_list_find_i8(rpy_list* l, int8_t x);
int64_t rpy_list_count_i8(rpy_list* l, int8_t x);
int64_t rpy_list_find_f64(rpy_list* l, double x);
int64_t rpy_list_count_f64(rpy_list* l, double x);
int64_t rpy_list_find_str(rpy_list* l, rpy_str* x);
int64_t rpy_list_count_str(rpy_list* l, rpy_str* x);
int64_t rpy_list_find_ptr(rpy_list* l, void* x);
int64_t rpy_list_count_ptr(rpy_list* l, void* x);
// Raises ValueError for list.index (`what` is repr(x)) or list.remove.
void rpy_list_not_found(rpy_str* what, bool remove);
// list.index(x): ValueError "<repr(x)> is not in list" when absent.
int64_t rpy_list_index_i64(rpy_list* l, int64_t x);
int64_t rpy_list_index_i8(rpy_list* l, int8_t x);
int64_t rpy_list_index_f64(rpy_list* l, double x);
int64_t rpy_list_index_str(rpy_list* l, rpy_str* x);
int64_t rpy_list_index_ptr(rpy_list* l, void* x);
// `a, b = seq` with len(seq) == have: ValueError unless have == expected.
void rpy_unpack_check(int64_t have, int64_t expected);
// repr() of flat lists of int, bool, float, str.
rpy_str* rpy_list_repr_i64(rpy_list* l);
rpy_str* rpy_list_repr_i8(rpy_list* l);
rpy_str* rpy_list_repr_f64(rpy_list* l);
rpy_str* rpy_list_repr_str(rpy_list* l);
// Stable sort of a list of GC pointers (tuples, lists, instances) by a
// `<` callback (a synthesized helper graph); stops comparing once the
// callback raised.
void rpy_list_sort_cmp(rpy_list* l, bool (*less)(void*, void*), bool reverse);
// Stable sorts (list.sort(reverse=...)).
void rpy_list_sort_i64(rpy_list* l, bool reverse);
void rpy_list_sort_i8(rpy_list* l, bool reverse);
void rpy_list_sort_f64(rpy_list* l, bool reverse);
void rpy_list_sort_str(rpy_list* l, bool reverse);
// Sorting and min()/max() by a list of precomputed keys (rt_keyed.cpp);
// `desc` describes a scalar key type (i, b, f, s); the _cmp versions take
// pointer keys (tuples, lists, instances) and their `<` callback.
void rpy_list_sort_keyed(rpy_list* items, rpy_list* keys, rpy_str* desc, int64_t item_size,
                         bool reverse);
void rpy_list_sort_keyed_cmp(rpy_list* items, rpy_list* keys, bool (*less)(void*, void*),
                             int64_t item_size, bool reverse);
// The index of the first smallest (largest) key; ValueError when empty.
int64_t rpy_list_pick_keyed(rpy_list* keys, rpy_str* desc, bool is_max);
int64_t rpy_list_pick_keyed_cmp(rpy_list* keys, bool (*less)(void*, void*), bool is_max);

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
// print(..., file=sys.stderr): print's output goes to fd 2 until reset to 1.
void rpy_print_to(int64_t fd);

// ---- runtime primitives (rt_prims.cpp; support/rpyc_support/rt.py) ----------
// fd 1: the stdout buffer, 2: stderr, else a file descriptor.
void rpy_prim_write(int64_t fd, rpy_str* s);
void rpy_prim_flush(void);
// A line of stdin with its "\n" ("" at end of input).
rpy_str* rpy_prim_readline(int64_t fd);
// The rest of stdin (fd 0) or of a file.
rpy_str* rpy_prim_read(int64_t fd);
// Opens a file for mode "r", "w" or "a"; raises OSError (FileNotFoundError,
// ...) with CPython's message.
int64_t rpy_prim_open(rpy_str* path, rpy_str* mode);
void rpy_prim_close(int64_t fd);
bool rpy_prim_exists(rpy_str* path);
void rpy_prim_remove(rpy_str* path);
double rpy_prim_time(void);          // seconds since the epoch
double rpy_prim_perf_counter(void);  // seconds, monotonic

// ---- containers, string methods, stdlib (rt_dict.cpp, rt_strmeth.cpp, rt_random.cpp, rt_math.cpp) ----
// Semantics and messages are CPython 3.11's unless README.md says otherwise.

// -- hashing and dict/set keys --
// Keys and values travel as 8-byte bit patterns: int64 as is, double via
// its bits, pointers widened. One API then serves every kind.
static inline uint64_t rpy_int_to_bits(int64_t v) { return (uint64_t)v; }
static inline int64_t rpy_bits_to_int(uint64_t b) { return (int64_t)b; }
static inline uint64_t rpy_float_to_bits(double v) {
  uint64_t b;
  __builtin_memcpy(&b, &v, sizeof b);
  return b;
}
static inline double rpy_bits_to_float(uint64_t b) {
  double v;
  __builtin_memcpy(&v, &b, sizeof v);
  return v;
}
static inline uint64_t rpy_ptr_to_bits(const void* p) { return (uint64_t)(uintptr_t)p; }
static inline void* rpy_bits_to_ptr(uint64_t b) { return (void*)(uintptr_t)b; }

// str hash: FNV-1a 64 over the UTF-8 bytes (offset basis 14695981039346656037,
// prime 1099511628211), then 0 -> 1 and -1 -> -2 (0 marks "not computed").
// The compiler may precompute it for prebuilt strings (their hash field is
// then never written; a prebuilt string with hash 0 gets it written on
// first use, so it must not live in read-only memory).
int64_t rpy_hash_bytes(const char* data, int64_t size);
int64_t rpy_str_hash(rpy_str* s);          // cached in s->hash
int64_t rpy_hash_float(double v);          // CPython's hash(float)
int64_t rpy_hash_int(int64_t v);           // CPython's hash(int) (rt_values.cpp)
int64_t rpy_hash_str(rpy_str* s);          // rpy_str_hash, for generated code
int64_t rpy_hash_ptr(void* p);             // identity hash of an instance
rpy_list* rpy_str_chars(rpy_str* s);       // list(s): its characters
// pow(b, e, m) (ValueError as CPython for m == 0 or no inverse); round().
int64_t rpy_int_powmod(int64_t base, int64_t exp, int64_t mod);
int64_t rpy_float_round_int(double x);
double rpy_float_round(double x, int64_t ndigits);
int64_t rpy_int_round(int64_t v, int64_t ndigits);
// CPython's tuple hash (xxHash lanes): acc = start(); acc = step(acc,
// hash(item)) for each item; finish(acc, len).
int64_t rpy_hash_tuple_start(void);
int64_t rpy_hash_tuple_step(int64_t acc, int64_t lane);
int64_t rpy_hash_tuple_finish(int64_t acc, int64_t length);

enum {
  RPY_KEY_INT = 0,     // int64 (also bool); compared by value
  RPY_KEY_FLOAT = 1,   // double; ==, NaNs equal only to the same bit pattern
  RPY_KEY_STR = 2,     // rpy_str*; by content
  RPY_KEY_PTR = 3,     // GC pointer; by identity (instances without __eq__)
  RPY_KEY_CUSTOM = 4,  // hash_fn/eq_fn callbacks (tuples, __hash__/__eq__)
};

// A dict is an insertion-ordered hash table (CPython's compact dict):
// `entries` is an array of {u64 key; u64 value; i64 hash} (hash -1:
// deleted). A set (is_set) is CPython's set table instead (rt_set.cpp):
// `entries` holds mask + 1 slots {u64 key; i64 hash} iterated in slot
// order, so sets iterate, print and pop in CPython's order.
typedef struct rpy_dict {
  int64_t used;      // live entries: len()
  int64_t nentries;  // entries[0..nentries) in use, dead ones included (sets: slots)
  int64_t capacity;  // size of entries
  int64_t mask;      // slots in the table - 1 (a power of two - 1)
  int64_t* indices;  // dicts: -1 empty, -2 deleted, else entry number
  void* entries;
  int64_t version;   // bumped by every insertion/deletion
  int64_t (*hash_fn)(void*);        // RPY_KEY_CUSTOM
  bool (*eq_fn)(void*, void*);      // RPY_KEY_CUSTOM
  rpy_str* (*repr_fn)(void*);       // KeyError text for PTR/CUSTOM keys (optional)
  int32_t key_kind;
  bool keys_are_ptrs;    // entries scanned by the GC if keys or values are
  bool values_are_ptrs;  // GC pointers
  bool is_set;
  int64_t fill;    // sets: live and deleted (dummy) slots
  int64_t finger;  // sets: where pop() starts looking
} rpy_dict;

// Iteration: rpy_dict_iter_init, then rpy_dict_iter_next returns the next
// live entry's index (read it with rpy_dict_entry_key/value) or -1 at the
// end. If the dict's size changed since init it raises RuntimeError
// "dictionary changed size during iteration" ("Set changed size during
// iteration") and returns -1; check rpy_exc_type when it returns -1.
typedef struct rpy_dict_iter {
  int64_t pos;
  int64_t used;
  int64_t remaining;
} rpy_dict_iter;

// CUSTOM callbacks may raise (set rpy_exc_type); every function below then
// returns a dummy value with the exception pending. hash_fn/eq_fn may be
// NULL for the other kinds. A CUSTOM eq_fn must not mutate the dict.
rpy_dict* rpy_dict_new(int32_t key_kind, bool keys_are_ptrs, bool values_are_ptrs,
                       int64_t (*hash_fn)(void*), bool (*eq_fn)(void*, void*));
void rpy_dict_set_repr_fn(rpy_dict* d, rpy_str* (*repr_fn)(void*));
int64_t rpy_dict_len(rpy_dict* d);
int64_t rpy_dict_lookup(rpy_dict* d, uint64_t key);  // entry index or -1
bool rpy_dict_contains(rpy_dict* d, uint64_t key);
// d.get(key, dflt); *found (may be NULL) tells whether the key was there.
uint64_t rpy_dict_get(rpy_dict* d, uint64_t key, uint64_t dflt, bool* found);
uint64_t rpy_dict_getitem(rpy_dict* d, uint64_t key);  // KeyError(repr(key))
void rpy_dict_setitem(rpy_dict* d, uint64_t key, uint64_t value);
uint64_t rpy_dict_setdefault(rpy_dict* d, uint64_t key, uint64_t dflt);
void rpy_dict_delitem(rpy_dict* d, uint64_t key);      // KeyError
bool rpy_dict_discard(rpy_dict* d, uint64_t key);      // true if it was there
uint64_t rpy_dict_pop(rpy_dict* d, uint64_t key);      // KeyError
uint64_t rpy_dict_pop_default(rpy_dict* d, uint64_t key, uint64_t dflt);
// LIFO; KeyError 'popitem(): dictionary is empty' and false when empty.
bool rpy_dict_popitem(rpy_dict* d, uint64_t* key, uint64_t* value);
void rpy_dict_clear(rpy_dict* d);
rpy_dict* rpy_dict_copy(rpy_dict* d);
void rpy_dict_update(rpy_dict* d, rpy_dict* other);
void rpy_dict_iter_init(rpy_dict* d, rpy_dict_iter* it);
int64_t rpy_dict_iter_next(rpy_dict* d, rpy_dict_iter* it);
uint64_t rpy_dict_entry_key(rpy_dict* d, int64_t index);
uint64_t rpy_dict_entry_value(rpy_dict* d, int64_t index);
void rpy_dict_entry_set_value(rpy_dict* d, int64_t index, uint64_t value);

// Sets (rt_set.cpp) are rpy_dicts with is_set, iterated with
// rpy_dict_iter_* and rpy_dict_entry_key (which dispatch on is_set; so do
// rpy_dict_len, rpy_dict_contains and rpy_dict_clear). Binary operations
// need two sets of the same key kind; each follows CPython's algorithm
// (set_merge, set_intersection, ...) so the result has CPython's layout.
rpy_dict* rpy_set_new(int32_t key_kind, bool keys_are_ptrs, int64_t (*hash_fn)(void*),
                      bool (*eq_fn)(void*, void*));
int64_t rpy_set_len(rpy_dict* s);
void rpy_set_add(rpy_dict* s, uint64_t key);
bool rpy_set_contains(rpy_dict* s, uint64_t key);
void rpy_set_discard(rpy_dict* s, uint64_t key);
bool rpy_set_discard_found(rpy_dict* s, uint64_t key);  // true if it was there
void rpy_set_remove(rpy_dict* s, uint64_t key);  // KeyError(repr(key))
uint64_t rpy_set_pop(rpy_dict* s);               // KeyError 'pop from an empty set'
void rpy_set_clear(rpy_dict* s);
rpy_dict* rpy_set_copy(rpy_dict* s);             // set(s), s.copy()
void rpy_set_update(rpy_dict* s, rpy_dict* other);  // s |= other
void rpy_set_update_dict(rpy_dict* s, rpy_dict* d);  // set(d): d's keys
rpy_dict* rpy_set_union(rpy_dict* a, rpy_dict* b);
rpy_dict* rpy_set_intersection(rpy_dict* a, rpy_dict* b);
rpy_dict* rpy_set_difference(rpy_dict* a, rpy_dict* b);
rpy_dict* rpy_set_symmetric_difference(rpy_dict* a, rpy_dict* b);
void rpy_set_intersection_update(rpy_dict* s, rpy_dict* other);  // s &= other
void rpy_set_difference_update(rpy_dict* s, rpy_dict* other);    // s -= other
void rpy_set_symmetric_difference_update(rpy_dict* s, rpy_dict* other);  // s ^= other
// After discarding a batch of keys (s.difference(list)): rebuilds the
// table when over a quarter of its slots are deleted ones, as CPython.
void rpy_set_shrink(rpy_dict* s);
// s.union(..., other, ...) after the copy of s into r: r |= other, unless
// other is s itself (CPython's set_union skips it).
void rpy_set_union_more(rpy_dict* r, rpy_dict* s, rpy_dict* other);
rpy_dict* rpy_set_new_like(rpy_dict* s);  // empty, same key kind
// A new set with s's items added in s's order: how CPython's compiler
// rebuilds a frozenset constant (merge_consts_recursive).
rpy_dict* rpy_set_refold(rpy_dict* s);
// s.intersection(list): r gets key if s has it.
void rpy_set_add_if_in(rpy_dict* r, rpy_dict* s, uint64_t key);
bool rpy_set_issubset(rpy_dict* a, rpy_dict* b);
bool rpy_set_issuperset(rpy_dict* a, rpy_dict* b);
bool rpy_set_isdisjoint(rpy_dict* a, rpy_dict* b);
bool rpy_set_eq(rpy_dict* a, rpy_dict* b);
// The slot-order iteration behind rpy_dict_iter_next / rpy_dict_entry_key.
int64_t rpy_set_iter_next(rpy_dict* s, rpy_dict_iter* it);
uint64_t rpy_set_slot_key(rpy_dict* s, int64_t slot);
// hash(frozenset): CPython's frozenset_hash over the items' hashes (so
// independent of their order, and equal to CPython's for ints).
int64_t rpy_frozenset_hash(rpy_dict* s);

// -- slices --
// PySlice_Unpack + PySlice_AdjustIndices: absent start/stop get Python's
// defaults; step 0 raises ValueError 'slice step cannot be zero' (returns
// -1). Returns the slice length and the normalised *out_start/*out_stop.
int64_t rpy_slice_indices(int64_t length, int64_t start, int64_t stop, int64_t step,
                          bool has_start, bool has_stop, int64_t* out_start, int64_t* out_stop);

// -- str methods (rt_strmeth.cpp) --
// Lists of str are rpy_lists of rpy_str* (item size 8, scanned). Optional
// `chars`/`sep` arguments are NULL for None. start/end arguments are code
// point positions with Python's defaults 0 / INT64_MAX when absent.
rpy_list* rpy_str_split(rpy_str* s, rpy_str* sep, int64_t maxsplit);   // ValueError 'empty separator'
rpy_list* rpy_str_rsplit(rpy_str* s, rpy_str* sep, int64_t maxsplit);
rpy_list* rpy_str_splitlines(rpy_str* s, bool keepends);
rpy_str* rpy_str_join(rpy_str* sep, rpy_list* parts);
rpy_str* rpy_str_strip(rpy_str* s, rpy_str* chars);
rpy_str* rpy_str_lstrip(rpy_str* s, rpy_str* chars);
rpy_str* rpy_str_rstrip(rpy_str* s, rpy_str* chars);
int64_t rpy_str_find(rpy_str* s, rpy_str* sub, int64_t start, int64_t end);
int64_t rpy_str_rfind(rpy_str* s, rpy_str* sub, int64_t start, int64_t end);
int64_t rpy_str_index(rpy_str* s, rpy_str* sub, int64_t start, int64_t end);   // ValueError 'substring not found'
int64_t rpy_str_rindex(rpy_str* s, rpy_str* sub, int64_t start, int64_t end);
int64_t rpy_str_count(rpy_str* s, rpy_str* sub, int64_t start, int64_t end);
bool rpy_str_contains(rpy_str* s, rpy_str* sub);  // `sub in s`
rpy_str* rpy_str_replace(rpy_str* s, rpy_str* old, rpy_str* new_, int64_t count);
bool rpy_str_startswith(rpy_str* s, rpy_str* prefix, int64_t start, int64_t end);
bool rpy_str_endswith(rpy_str* s, rpy_str* suffix, int64_t start, int64_t end);
rpy_str* rpy_str_upper(rpy_str* s);
rpy_str* rpy_str_lower(rpy_str* s);
rpy_str* rpy_str_title(rpy_str* s);
rpy_str* rpy_str_capitalize(rpy_str* s);
rpy_str* rpy_str_swapcase(rpy_str* s);
bool rpy_str_isdigit(rpy_str* s);
bool rpy_str_isalpha(rpy_str* s);
bool rpy_str_isalnum(rpy_str* s);
bool rpy_str_isspace(rpy_str* s);
bool rpy_str_isupper(rpy_str* s);
bool rpy_str_islower(rpy_str* s);
rpy_str* rpy_str_zfill(rpy_str* s, int64_t width);
// fillchar: a code point (TypeError-free: the compiler checks len == 1).
rpy_str* rpy_str_center(rpy_str* s, int64_t width, uint32_t fillchar);
rpy_str* rpy_str_ljust(rpy_str* s, int64_t width, uint32_t fillchar);
rpy_str* rpy_str_rjust(rpy_str* s, int64_t width, uint32_t fillchar);
// s.partition(sep): a 3-element list of str (ValueError 'empty separator').
rpy_list* rpy_str_partition(rpy_str* s, rpy_str* sep);
rpy_list* rpy_str_rpartition(rpy_str* s, rpy_str* sep);
rpy_str* rpy_str_repeat(rpy_str* s, int64_t n);  // s * n
rpy_str* rpy_str_getitem(rpy_str* s, int64_t index);  // IndexError 'string index out of range'
rpy_str* rpy_str_slice(rpy_str* s, int64_t start, int64_t stop, int64_t step, bool has_start,
                       bool has_stop);
int64_t rpy_str_ord(rpy_str* s);   // TypeError unless len(s) == 1
rpy_str* rpy_str_chr(int64_t cp);  // ValueError 'chr() arg not in range(0x110000)'

// String builder for `s += t` loops and join: amortised linear time.
typedef struct rpy_builder {
  int64_t size;      // bytes used
  int64_t length;    // code points
  int64_t capacity;  // bytes allocated in data
  char* data;        // atomic GC block
} rpy_builder;
rpy_builder* rpy_builder_new(int64_t size_hint);
void rpy_builder_append_str(rpy_builder* b, rpy_str* s);
void rpy_builder_append_char(rpy_builder* b, char c);  // one ASCII byte
void rpy_builder_append_codepoint(rpy_builder* b, uint32_t cp);
rpy_str* rpy_builder_build(rpy_builder* b);  // the builder stays usable

// format(value, spec) / f-string `{value:spec}` with Python's format-spec
// mini-language; ValueError with CPython's messages on bad specs.
rpy_str* rpy_format_spec_int(int64_t v, rpy_str* spec);
rpy_str* rpy_format_spec_float(double v, rpy_str* spec);
rpy_str* rpy_format_spec_str(rpy_str* s, rpy_str* spec);

// -- random (rt_random.cpp): CPython's Mersenne Twister --
// The functions below draw from the selected state: 0 (the module-level
// functions') or one made by rpy_random_new for a random.Random instance.
int64_t rpy_random_new(void);
void rpy_random_select(int64_t state);
void rpy_random_seed(int64_t seed);   // random.seed(int)
void rpy_random_seed_time(void);      // random.seed() / initial state
double rpy_random_random(void);
int64_t rpy_random_getrandbits(int64_t k);  // 0 <= k <= 63 (ValueError for k < 0)
int64_t rpy_random_randbelow(int64_t n);    // n > 0
int64_t rpy_random_randrange(int64_t start, int64_t stop, int64_t step, bool has_stop);
int64_t rpy_random_randint(int64_t a, int64_t b);
double rpy_random_uniform(double a, double b);
// random.choice(l): the index to take (IndexError 'Cannot choose from an empty sequence').
int64_t rpy_random_choice_index(int64_t length);
void rpy_random_shuffle(rpy_list* l, int64_t item_size);
// random.sample(population, k): a new list (same item size/kind).
rpy_list* rpy_random_sample(rpy_list* population, int64_t k, int64_t item_size, bool has_pointers);

// -- math (rt_math.cpp) --
double rpy_math_sqrt(double x);
double rpy_math_exp(double x);
double rpy_math_log(double x);
double rpy_math_log_base(double x, double base);
double rpy_math_log2(double x);
double rpy_math_log10(double x);
double rpy_math_pow(double x, double y);
double rpy_math_sin(double x);
double rpy_math_cos(double x);
double rpy_math_tan(double x);
double rpy_math_asin(double x);
double rpy_math_acos(double x);
double rpy_math_atan(double x);
double rpy_math_atan2(double y, double x);
double rpy_math_sinh(double x);
double rpy_math_cosh(double x);
double rpy_math_tanh(double x);
int64_t rpy_math_floor(double x);
int64_t rpy_math_ceil(double x);
int64_t rpy_math_trunc(double x);
double rpy_math_fabs(double x);
double rpy_math_fmod(double x, double y);
double rpy_math_hypot(double x, double y);
double rpy_math_degrees(double x);
double rpy_math_radians(double x);
bool rpy_math_isnan(double x);
bool rpy_math_isinf(double x);
bool rpy_math_isfinite(double x);
double rpy_math_copysign(double x, double y);
int64_t rpy_math_gcd(int64_t a, int64_t b);
int64_t rpy_math_factorial(int64_t n);
int64_t rpy_math_isqrt(int64_t n);
double rpy_math_modf(double x, double* int_part);   // returns the fractional part
double rpy_math_frexp(double x, int64_t* exponent);  // returns the mantissa
// modf() and frexp() one half at a time (the rtyper builds the tuple).
double rpy_math_modf_frac(double x);
double rpy_math_modf_int(double x);
double rpy_math_frexp_mant(double x);
int64_t rpy_math_frexp_exp(double x);
double rpy_math_ldexp(double x, int64_t i);
double rpy_math_expm1(double x);
double rpy_math_log1p(double x);
int64_t rpy_math_lcm(int64_t a, int64_t b);
int64_t rpy_math_comb(int64_t n, int64_t k);
int64_t rpy_math_perm(int64_t n, int64_t k);

// ---- JS interop (rt_js.cpp; wasm only) -----------------------------------------
// JS values are rpy_jsref GC objects (void* here) owning a slot of the JS
// value table. Operations that may throw in JS raise JSError (and return
// NULL). Arguments are pushed first (rpy_js_push_*), then consumed by
// the operation: setattr/setitem pop the value (and the key), call/new
// pop n arguments, rpy_js_pop wraps the last pushed value.
void* rpy_js_global(rpy_str* expr);  // Object(expr): a dotted global name, or evaluated
void* rpy_js_getattr(void* obj, rpy_str* name);
void rpy_js_setattr(void* obj, rpy_str* name);
void* rpy_js_getitem(void* obj);
void rpy_js_setitem(void* obj);
void rpy_js_push_int(int64_t v);
void rpy_js_push_float(double v);
void rpy_js_push_bool(bool v);
void rpy_js_push_str(rpy_str* s);  // NULL: null
void rpy_js_push_null(void);
void rpy_js_push_js(void* obj);    // NULL: null
void rpy_js_push_fn(void* adapter);  // a generated callback adapter
void rpy_js_push_array(int64_t n);   // the last n pushed values as an array
void rpy_js_push_list_i64(rpy_list* l);
void rpy_js_push_list_f64(rpy_list* l);
void rpy_js_push_list_i8(rpy_list* l);
void rpy_js_push_list_str(rpy_list* l);
void rpy_js_push_list_js(rpy_list* l);
void rpy_js_push_list_none(rpy_list* l);
void rpy_js_push_dict(rpy_dict* d, int64_t value_kind);  // str keys; 0 int 1 float 2 bool 3 str 4 js 5 None
void* rpy_js_pop(void);
void* rpy_js_call(void* fn, int64_t nargs);  // with `this` when fn was read as a property
void* rpy_js_callmethod(void* obj, rpy_str* name, int64_t nargs);
void* rpy_js_new(void* fn, int64_t nargs);
double rpy_js_to_float(void* obj);   // Number(v)
int64_t rpy_js_to_int(void* obj);    // int(Number(v))
bool rpy_js_to_bool(void* obj);      // !!v (NULL: false)
rpy_str* rpy_js_to_str(void* obj);   // String(v)
rpy_str* rpy_js_typeof(void* obj);   // typeof v, 'null', 'array'
int64_t rpy_js_len(void* obj);       // v.length (TypeError without one)
void rpy_js_log(void* obj);          // console.log(v)
rpy_list* rpy_js_to_list(void* obj);
rpy_dict* rpy_js_to_dict(void* obj);
// Callback and export adapters: argument i of the call, and the result
// (pushed before) as a raw slot.
void* rpy_js_arg(int32_t args, int64_t i);
int32_t rpy_js_ret(void);
void rpy_js_export(rpy_str* name, void* adapter);
void rpy_js_ready(void);
// Collects garbage, runs finalizers, and counts the live JS table slots.
int64_t rpy_js_live(void);
// `await p`: settles the JsTask `task` (javascript._js_settled) when the
// JS promise p settles; the task is pinned until then.
void rpy_js_await(void* promise, void* task);
void rpy_js_settle(int32_t cell, int32_t slot, int32_t failed);
// {promise, resolve, reject}: the promise of a task handed to JS.
void* rpy_js_deferred(void);
// Exported to JS: runs a callback adapter; starts a library build.
int32_t rpy_js_invoke(int32_t (*adapter)(int32_t), int32_t args);
void rpy_js_lib_start(void);

#ifdef __cplusplus
}
#endif
