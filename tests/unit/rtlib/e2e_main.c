/* e2e_main.c: stands in for a generated module in rtlib's end-to-end test
 * (e2e.sh). rpy_entry allocates many strings and lists, keeping live
 * objects only in volatile locals (how generated code roots values, so the
 * wasm shadow stack holds them) and checks them after thousands of
 * allocations; it prints through rpy_write_*, ends with a partial line,
 * and by argv[1] returns 3, raises ZeroDivisionError through two "frames",
 * or reports whether GC torture ran. */
#include <string.h>

#include "rtlib/rpyc_rt.h"

unsigned long GC_get_gc_no(void); /* bdwgc's collection counter */

static int arg_is(rpy_list* argv, const char* word) {
  if (argv->length < 2) return 0;
  rpy_str* a = ((rpy_str**)argv->items)[1];
  return a->size == (int64_t)strlen(word) && memcmp(a->data, word, (size_t)a->size) == 0;
}

static int64_t f(int64_t x) {
  int64_t r = rpy_int_floordiv(1, x);
  if (rpy_exc_type) {
    rpy_traceback_add(1);
    return -1;
  }
  return r;
}

int64_t rpy_entry(rpy_list* argv_param) {
  rpy_list* volatile argv = argv_param; /* used after allocations: root it */
  rpy_str* volatile keep = rpy_str_from_utf8("kept-\xc3\xa9", 7);
  rpy_list* volatile strs = rpy_list_new(0, sizeof(void*), 1);
  int64_t total = 0;
  for (int64_t i = 0; i < 20000; i++) {
    rpy_str* volatile num = rpy_str_from_int(i);
    rpy_str* volatile s = rpy_str_concat(keep, num);
    rpy_list* tmp = rpy_list_new(4, 8, 0); /* garbage */
    total += tmp->length + s->length;
    if (i % 100 == 0) {
      rpy_list* l = strs;
      rpy_list_resize(l, l->length + 1, sizeof(void*), 1);
      ((rpy_str**)l->items)[l->length - 1] = s;
    }
  }
  /* Check everything kept survived intact. */
  int ok = keep->size == 7 && memcmp(keep->data, "kept-\xc3\xa9", 7) == 0;
  for (int64_t j = 0; j < strs->length; j++) {
    rpy_str* expect = rpy_str_concat(keep, rpy_str_from_int(j * 100));
    ok = ok && rpy_str_eq(((rpy_str**)strs->items)[j], expect);
  }
  rpy_write_cstr("total ");
  rpy_write_int(total);
  rpy_write_cstr("\nok ");
  rpy_write_bool(ok);
  rpy_write_cstr("\nfloat ");
  rpy_write_float(0.1);
  rpy_write_cstr(" ");
  rpy_write_float(1e16);
  rpy_write_cstr("\n");
  rpy_write_str(rpy_str_repr(keep));
  rpy_write_cstr("\n");
  if (arg_is(argv, "torture")) {
    rpy_write_cstr("torture ");
    rpy_write_bool(GC_get_gc_no() > 10000);
    rpy_write_cstr("\n");
  }
  if (arg_is(argv, "raise")) {
    int64_t r = f(0);
    if (rpy_exc_type) {
      rpy_traceback_add(0);
      return -1;
    }
    return r;
  }
  rpy_write_cstr("partial line");
  return arg_is(argv, "exit3") ? 3 : 0;
}
