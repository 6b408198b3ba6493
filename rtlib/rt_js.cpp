// rt_js.cpp: the C half of the JS bridge (the JS half is rtlib/rpyc_js.js,
// linked with emcc --js-library). Generated code of programs that use the
// `javascript` module calls these functions; other programs never
// reference them, so they disappear at link time.
//
// A JS value seen from RPython is an rpy_jsref: a small atomic GC object
// owning one slot of the JS-side value table. A Boehm finalizer releases
// the slot when the object is collected, so a JS value stays alive exactly
// as long as the program can reach it. A JS operation that throws returns
// slot 0; the runtime then raises JSError(String(error)) through the
// generated rpy_js_raise_error (javascript._raise_js_error).
//
// Calls into JS take their arguments from a stack on the JS side: the
// generated code pushes each converted argument (rpy_js_push_*), then the
// operation pops what it needs. Callbacks and exports: JS calls the
// exported rpy_js_invoke with the program's adapter (a generated function
// that converts the JS arguments, calls the RPython function and pushes
// its converted result) and the slot of the arguments array.
//
// Only for emscripten: a native build of a program using JS is refused by
// the driver.
#include <string.h>

#include "rtlib/rt_internal.h"

#ifdef __EMSCRIPTEN__
#include <gc.h>

extern "C" {

// ---- imports from rpyc_js.js ----
int32_t rpyjs_global(const char* p, int32_t n);
int32_t rpyjs_get(int32_t obj, const char* p, int32_t n);
int32_t rpyjs_set(int32_t obj, const char* p, int32_t n);
int32_t rpyjs_getitem(int32_t obj);
int32_t rpyjs_setitem(int32_t obj);
void rpyjs_push_num(double x);
void rpyjs_push_bool(int32_t x);
void rpyjs_push_str(const char* p, int32_t n);
void rpyjs_push_null(void);
void rpyjs_push_slot(int32_t s);
void rpyjs_push_fn(int32_t ptr);
void rpyjs_push_array(int32_t n);
void rpyjs_push_object(int32_t npairs);
int32_t rpyjs_pop(void);
int32_t rpyjs_call(int32_t fn, int32_t n);
int32_t rpyjs_callmethod(int32_t obj, const char* p, int32_t n, int32_t nargs);
int32_t rpyjs_new(int32_t fn, int32_t n);
void rpyjs_release(int32_t s);
int32_t rpyjs_dup(int32_t s);
double rpyjs_to_num(int32_t s);
int32_t rpyjs_to_bool(int32_t s);
int32_t rpyjs_to_str(int32_t s);
int32_t rpyjs_typeof(int32_t s);
int32_t rpyjs_error(void);
void rpyjs_take_text(char* dst);
int32_t rpyjs_length(int32_t s);
int32_t rpyjs_keys(int32_t s);
void rpyjs_log(int32_t s);
void rpyjs_throw(const char* p, int32_t n);
void rpyjs_export(const char* p, int32_t n, int32_t ptr);
void rpyjs_ready(int32_t status);
void rpyjs_await(int32_t s, int32_t cell);
void rpyjs_exit(int32_t status);
int32_t rpyjs_deferred(void);
int32_t rpyjs_live(void);

// ---- provided by the generated module (weak: absent without JS) ----
void rpy_js_raise_error(rpy_str* msg) __attribute__((weak));
void rpy_js_task_settled(void* task, void* value, int64_t failed, rpy_str* msg)
    __attribute__((weak));
void rpy_js_register_exports(void) __attribute__((weak));

}  // extern "C"

typedef struct rpy_jsref {
  int32_t slot;
} rpy_jsref;

static void ReleaseSlot(void* obj, void* client_data) {
  rpyjs_release(((rpy_jsref*)obj)->slot);
}

// Wraps a fresh slot in a GC object that releases it when collected.
static void* Wrap(int32_t slot) {
  rpy_jsref* r = (rpy_jsref*)rpy_gc_malloc_atomic(sizeof(rpy_jsref));
  RPY_ROOT(r);  // registering the finalizer allocates (and may collect)
  r->slot = slot;
  GC_register_finalizer_no_order(r, ReleaseSlot, 0, 0, 0);
  return r;
}

static inline int32_t SlotOf(void* obj) {
  return obj ? ((rpy_jsref*)obj)->slot : 0;
}

// The text JS left for us (rpyjs_to_str, rpyjs_typeof, rpyjs_error) as a str.
static rpy_str* TakeText(int32_t n) {
  rpy_str* s = rpy_str_alloc(n, 0);
  rpyjs_take_text(s->data);
  s->data[n] = 0;
  s->length = rpy_utf8_count(s->data, n);
  return s;
}

// Raises JSError for the exception the last JS operation threw.
static void RaisePending(void) {
  rpy_str* msg = TakeText(rpyjs_error());
  if (rpy_js_raise_error) rpy_js_raise_error(msg);
}

// Wraps the result slot of a JS operation, or raises (returning NULL).
static void* Result(int32_t slot) {
  if (slot) return Wrap(slot);
  RaisePending();
  return NULL;
}

static int32_t Len32(int64_t n) { return (int32_t)n; }

extern "C" {

// The global object is looked up once (`js` is used everywhere).
static void* global_this;  // static data: a GC root

void* rpy_js_global(rpy_str* expr) {
  bool is_global = expr->size == 10 && memcmp(expr->data, "globalThis", 10) == 0;
  if (is_global && global_this) return global_this;
  void* v = Result(rpyjs_global(expr->data, Len32(expr->size)));
  if (is_global) global_this = v;
  return v;
}

void* rpy_js_getattr(void* obj, rpy_str* name) {
  return Result(rpyjs_get(SlotOf(obj), name->data, Len32(name->size)));
}

void rpy_js_setattr(void* obj, rpy_str* name) {
  if (!rpyjs_set(SlotOf(obj), name->data, Len32(name->size))) RaisePending();
}

void* rpy_js_getitem(void* obj) { return Result(rpyjs_getitem(SlotOf(obj))); }

void rpy_js_setitem(void* obj) {
  if (!rpyjs_setitem(SlotOf(obj))) RaisePending();
}

void rpy_js_push_int(int64_t v) { rpyjs_push_num((double)v); }
void rpy_js_push_float(double v) { rpyjs_push_num(v); }
void rpy_js_push_bool(bool v) { rpyjs_push_bool(v); }
void rpy_js_push_null(void) { rpyjs_push_null(); }
void rpy_js_push_fn(void* fn) { rpyjs_push_fn((int32_t)(intptr_t)fn); }
void rpy_js_push_array(int64_t n) { rpyjs_push_array(Len32(n)); }

void rpy_js_push_str(rpy_str* s) {
  if (!s) return rpyjs_push_null();
  rpyjs_push_str(s->data, Len32(s->size));
}

void rpy_js_push_js(void* obj) {
  if (!obj) return rpyjs_push_null();
  rpyjs_push_slot(SlotOf(obj));
}

// Lists become arrays; items by their storage type.
void rpy_js_push_list_i64(rpy_list* l) {
  if (!l) return rpyjs_push_null();
  for (int64_t i = 0; i < l->length; i++) rpyjs_push_num((double)((int64_t*)l->items)[i]);
  rpyjs_push_array(Len32(l->length));
}
void rpy_js_push_list_f64(rpy_list* l) {
  if (!l) return rpyjs_push_null();
  for (int64_t i = 0; i < l->length; i++) rpyjs_push_num(((double*)l->items)[i]);
  rpyjs_push_array(Len32(l->length));
}
void rpy_js_push_list_i8(rpy_list* l) {
  if (!l) return rpyjs_push_null();
  for (int64_t i = 0; i < l->length; i++) rpyjs_push_bool(((int8_t*)l->items)[i]);
  rpyjs_push_array(Len32(l->length));
}
void rpy_js_push_list_str(rpy_list* l) {
  if (!l) return rpyjs_push_null();
  for (int64_t i = 0; i < l->length; i++) rpy_js_push_str(((rpy_str**)l->items)[i]);
  rpyjs_push_array(Len32(l->length));
}
void rpy_js_push_list_js(rpy_list* l) {
  if (!l) return rpyjs_push_null();
  for (int64_t i = 0; i < l->length; i++) rpy_js_push_js(((void**)l->items)[i]);
  rpyjs_push_array(Len32(l->length));
}
void rpy_js_push_list_none(rpy_list* l) {
  if (!l) return rpyjs_push_null();
  for (int64_t i = 0; i < l->length; i++) rpyjs_push_null();
  rpyjs_push_array(Len32(l->length));
}

// A dict with str keys becomes an object; `kind` says how values are
// stored: 0 int, 1 float, 2 bool, 3 str, 4 JS value, 5 None.
void rpy_js_push_dict(rpy_dict* d, int64_t kind) {
  if (!d) return rpyjs_push_null();
  rpy_dict_iter it;
  rpy_dict_iter_init(d, &it);
  int32_t n = 0;
  for (int64_t e; (e = rpy_dict_iter_next(d, &it)) >= 0; n++) {
    rpy_js_push_str((rpy_str*)(uintptr_t)rpy_dict_entry_key(d, e));
    uint64_t v = rpy_dict_entry_value(d, e);
    switch (kind) {
      case 0: rpyjs_push_num((double)(int64_t)v); break;
      case 1: rpyjs_push_num(rpy_bits_to_float(v)); break;
      case 2: rpyjs_push_bool(v != 0); break;
      case 3: rpy_js_push_str((rpy_str*)(uintptr_t)v); break;
      case 4: rpy_js_push_js((void*)(uintptr_t)v); break;
      default: rpyjs_push_null(); break;
    }
  }
  rpyjs_push_object(n);
}

void* rpy_js_pop(void) { return Wrap(rpyjs_pop()); }

// Calls flush stdout first, so print() and console.log() output keep
// their order.
void* rpy_js_call(void* fn, int64_t n) {
  rpy_flush();
  return Result(rpyjs_call(SlotOf(fn), Len32(n)));
}

void* rpy_js_callmethod(void* obj, rpy_str* name, int64_t n) {
  rpy_flush();
  return Result(rpyjs_callmethod(SlotOf(obj), name->data, Len32(name->size), Len32(n)));
}

void* rpy_js_new(void* fn, int64_t n) {
  rpy_flush();
  return Result(rpyjs_new(SlotOf(fn), Len32(n)));
}

double rpy_js_to_float(void* obj) { return rpyjs_to_num(SlotOf(obj)); }

// int(v): Number(v) truncated, with int(float)'s errors for NaN/inf.
int64_t rpy_js_to_int(void* obj) { return rpy_float_to_int(rpyjs_to_num(SlotOf(obj))); }

bool rpy_js_to_bool(void* obj) { return obj && rpyjs_to_bool(SlotOf(obj)); }

rpy_str* rpy_js_to_str(void* obj) {
  int32_t n = rpyjs_to_str(SlotOf(obj));
  if (n < 0) {
    RaisePending();
    return rpy_str_alloc(0, 0);
  }
  return TakeText(n);
}

rpy_str* rpy_js_typeof(void* obj) { return TakeText(rpyjs_typeof(SlotOf(obj))); }

int64_t rpy_js_len(void* obj) {
  int32_t n = rpyjs_length(SlotOf(obj));
  if (n < 0) RPY_RAISE(TypeError, "object of type 'JsProxy' has no len()");
  return n;
}

void rpy_js_log(void* obj) {
  rpy_flush();  // keep the order of print() and console.log output
  rpyjs_log(SlotOf(obj));
}

// toList(): the items of an array-like value, as JS values.
rpy_list* rpy_js_to_list(void* obj) {
  RPY_ROOT(obj);
  int32_t n = rpyjs_length(SlotOf(obj));
  if (n < 0) {
    RPY_RAISE(TypeError, "toList() of a JS value without a length");
    return NULL;
  }
  rpy_list* l = rpy_list_new(n, (int64_t)sizeof(void*), true);
  RPY_ROOT(l);
  for (int32_t i = 0; i < n; i++) {
    rpyjs_push_num(i);
    void* item = Result(rpyjs_getitem(SlotOf(obj)));
    if (!item) return l;
    ((void**)l->items)[i] = item;
  }
  return l;
}

// toDict(): the own enumerable properties of a value, as JS values.
rpy_dict* rpy_js_to_dict(void* obj) {
  RPY_ROOT(obj);
  void* keys = Result(rpyjs_keys(SlotOf(obj)));
  RPY_ROOT(keys);
  rpy_dict* d = rpy_dict_new(RPY_KEY_STR, true, true, NULL, NULL);
  RPY_ROOT(d);
  if (!keys) return d;
  int32_t n = rpyjs_length(SlotOf(keys));
  for (int32_t i = 0; i < n; i++) {
    rpyjs_push_num(i);
    int32_t ks = rpyjs_getitem(SlotOf(keys));
    rpy_str* k = TakeText(rpyjs_to_str(ks));
    rpyjs_release(ks);
    RPY_ROOT(k);
    rpyjs_push_str(k->data, Len32(k->size));
    void* v = Result(rpyjs_getitem(SlotOf(obj)));
    if (!v) return d;
    RPY_ROOT(v);  // setitem may grow the table
    rpy_dict_setitem(d, (uint64_t)(uintptr_t)k, (uint64_t)(uintptr_t)v);
  }
  return d;
}

// ---- callbacks and exports ----

// Argument i of a call from JS (`args` is the slot of the arguments array).
void* rpy_js_arg(int32_t args, int64_t i) {
  rpyjs_push_num((double)i);
  return Result(rpyjs_getitem(args));
}

// The pushed result of an adapter, as a raw slot JS takes over.
int32_t rpy_js_ret(void) { return rpyjs_pop(); }

// Runs adapter(args) for JS. An exception escaping the RPython function
// prints its traceback and makes the JS caller throw Error(last line).
// A failed task nobody awaited stops the program (after main, a call from
// JS or a settled promise: rpyc_support.tasks.turn_end).
static void EndTurn(void) {
  if (!rpy_exc_type && rpy_tasks_turn_end) rpy_tasks_turn_end();
  if (rpy_exc_type) {
    int status = rpy_exc_exit_status();  // prints the traceback
    rpy_exc_clear();
    rpy_flush();
    rpyjs_exit(status);
  }
}

int32_t rpy_js_invoke(int32_t (*adapter)(int32_t), int32_t args) {
  int32_t r = adapter(args);
  if (!rpy_exc_type) EndTurn();
  if (rpy_exc_type) {
    rpy_str* text = rpy_exc_format_uncaught();
    rpy_write_stderr(text->data, text->size);
    // The last line, "Name: message", is the JS error's message.
    int64_t end = text->size;
    while (end > 0 && text->data[end - 1] == '\n') end--;
    int64_t start = end;
    while (start > 0 && text->data[start - 1] != '\n') start--;
    rpyjs_throw(text->data + start, Len32(end - start));
    rpy_exc_clear();
    r = 0;
  }
  rpy_flush();
  return r;
}

// ---- awaiting promises ----

// JS holds the task through an uncollectable cell (a GC root) until the
// promise settles; rpyjs_await calls rpy_js_settle with it then.
void rpy_js_await(void* promise, void* task) {
  RPY_ROOT(task);
  void** cell = (void**)GC_MALLOC_UNCOLLECTABLE(sizeof(void*));
  *cell = task;
  rpyjs_await(SlotOf(promise), (int32_t)(intptr_t)cell);
}

// The promise of the task in `cell` settled: with the value in `slot`, or
// rejected (`failed`, the reason in RPYJS.error). The tasks waiting for it
// run now; an exception nobody awaited stops the program, as an uncaught
// exception does (Node: an unhandled rejection).
void rpy_js_settle(int32_t cell, int32_t slot, int32_t failed) {
  void** c = (void**)(intptr_t)cell;
  void* task = *c;
  GC_FREE(c);
  RPY_ROOT(task);
  void* value = failed ? NULL : Wrap(slot);
  RPY_ROOT(value);
  rpy_str* msg = failed ? TakeText(rpyjs_error()) : rpy_str_alloc(0, 0);
  if (rpy_js_task_settled) rpy_js_task_settled(task, value, failed, msg);
  EndTurn();
  rpy_flush();
}

void* rpy_js_deferred(void) { return Wrap(rpyjs_deferred()); }

void rpy_js_export(rpy_str* name, void* adapter) {
  rpyjs_export(name->data, Len32(name->size), (int32_t)(intptr_t)adapter);
}

void rpy_js_ready(void) { rpyjs_ready(0); }

int64_t rpy_js_live(void) {
  GC_gcollect();
  GC_invoke_finalizers();
  return rpyjs_live();
}

// The start of a library build (no main): the GC and the exports.
void rpy_js_lib_start(void) {
  rpy_init();
  if (rpy_js_register_exports) rpy_js_register_exports();
}

}  // extern "C"

#endif  // __EMSCRIPTEN__
