// rt_listops.cpp: list operations beyond storage (rt_list.cpp): insertion
// and deletion, slices, concatenation and repetition, and the typed
// searches and sorts. Items are moved as raw bytes of `item_size`; typed
// functions exist per item kind: _i64 (int and bool stored as int64 or
// byte lists use _i8), _f64 (float), _str (str by value), _ptr (identity).
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rtlib/rt_internal.h"

namespace {

char* Items(rpy_list* l) { return (char*)l->items; }

// Python's slice normalisation (PySlice_AdjustIndices); returns the
// number of selected items and writes the normalised start and step.
int64_t SliceBounds(int64_t length, int64_t* start, int64_t* stop, int64_t step, bool has_start,
                    bool has_stop) {
  if (step > 0) {
    if (!has_start) *start = 0;
    if (!has_stop) *stop = length;
  } else {
    if (!has_start) *start = length - 1;
    if (!has_stop) *stop = -1 - length;  // one before the beginning
  }
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

bool CheckStep(int64_t step, bool has_step) {
  if (has_step && step == 0) {
    RPY_RAISE(ValueError, "slice step cannot be zero");
    return false;
  }
  return true;
}

}  // namespace

extern "C" {

void rpy_list_delitem(rpy_list* l, int64_t index, int64_t item_size, bool has_pointers) {
  char* items = Items(l);
  memmove(items + index * item_size, items + (index + 1) * item_size,
          (size_t)((l->length - index - 1) * item_size));
  rpy_list_resize(l, l->length - 1, item_size, has_pointers);
}

int64_t rpy_list_insert_slot(rpy_list* l, int64_t index, int64_t item_size, bool has_pointers) {
  RPY_ROOT(l);
  int64_t n = l->length;
  if (index < 0) {
    index += n;
    if (index < 0) index = 0;
  }
  if (index > n) index = n;
  rpy_list_resize(l, n + 1, item_size, has_pointers);
  if (rpy_exc_type) return 0;
  char* items = Items(l);
  memmove(items + (index + 1) * item_size, items + index * item_size,
          (size_t)((n - index) * item_size));
  memset(items + index * item_size, 0, (size_t)item_size);
  return index;
}

int64_t rpy_list_pop_index(rpy_list* l, int64_t index, bool has_index) {
  if (l->length == 0) {
    RPY_RAISE(IndexError, "pop from empty list");
    return -1;
  }
  if (!has_index) return l->length - 1;
  if (index < 0) index += l->length;
  if (index < 0 || index >= l->length) {
    RPY_RAISE(IndexError, "pop index out of range");
    return -1;
  }
  return index;
}

rpy_list* rpy_list_getslice(rpy_list* l, int64_t start, int64_t stop, int64_t step,
                            bool has_start, bool has_stop, bool has_step, int64_t item_size,
                            bool has_pointers) {
  if (!CheckStep(step, has_step)) return NULL;
  if (!has_step) step = 1;
  RPY_ROOT(l);
  int64_t n = SliceBounds(l->length, &start, &stop, step, has_start, has_stop);
  rpy_list* r = rpy_list_new(n, item_size, has_pointers);
  if (!r) return NULL;
  if (step == 1) {
    if (n > 0) memcpy(Items(r), Items(l) + start * item_size, (size_t)(n * item_size));
    return r;
  }
  for (int64_t i = 0, j = start; i < n; ++i, j += step)
    memcpy(Items(r) + i * item_size, Items(l) + j * item_size, (size_t)item_size);
  return r;
}

void rpy_list_delslice(rpy_list* l, int64_t start, int64_t stop, int64_t step, bool has_start,
                       bool has_stop, bool has_step, int64_t item_size, bool has_pointers) {
  if (!CheckStep(step, has_step)) return;
  if (!has_step) step = 1;
  int64_t n = SliceBounds(l->length, &start, &stop, step, has_start, has_stop);
  if (n == 0) return;
  if (step < 0) {  // delete the same items walking forwards
    start = start + (n - 1) * step;
    step = -step;
  }
  char* items = Items(l);
  int64_t out = start;
  for (int64_t i = start, k = 0; i < l->length; ++i) {
    if (k < n && i == start + k * step) {
      ++k;
      continue;
    }
    memmove(items + out * item_size, items + i * item_size, (size_t)item_size);
    ++out;
  }
  rpy_list_resize(l, out, item_size, has_pointers);
}

void rpy_list_setslice(rpy_list* l, int64_t start, int64_t stop, int64_t step, bool has_start,
                       bool has_stop, bool has_step, rpy_list* v, int64_t item_size,
                       bool has_pointers) {
  if (!CheckStep(step, has_step)) return;
  if (!has_step) step = 1;
  RPY_ROOT(l);
  RPY_ROOT(v);
  // a[i:j] = a: copy the source first.
  if (v == l) {
    v = rpy_list_getslice(l, 0, 0, 1, false, false, false, item_size, has_pointers);
    if (!v) return;
  }
  RPY_ROOT(v);
  int64_t n = SliceBounds(l->length, &start, &stop, step, has_start, has_stop);
  if (step == 1) {
    int64_t old_len = l->length, tail = old_len - (start + n), m = v->length;
    if (m > n) {
      rpy_list_resize(l, old_len + m - n, item_size, has_pointers);
      if (rpy_exc_type) return;
      memmove(Items(l) + (start + m) * item_size, Items(l) + (start + n) * item_size,
              (size_t)(tail * item_size));
    } else if (m < n) {
      memmove(Items(l) + (start + m) * item_size, Items(l) + (start + n) * item_size,
              (size_t)(tail * item_size));
      rpy_list_resize(l, old_len + m - n, item_size, has_pointers);
    }
    if (m > 0) memcpy(Items(l) + start * item_size, Items(v), (size_t)(m * item_size));
    return;
  }
  if (v->length != n) {
    char msg[128];
    snprintf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld",
             (long long)v->length, (long long)n);
    rpy_raise_msg(&rpy_vt_ValueError, msg);
    return;
  }
  for (int64_t i = 0, j = start; i < n; ++i, j += step)
    memcpy(Items(l) + j * item_size, Items(v) + i * item_size, (size_t)item_size);
}

rpy_list* rpy_list_concat(rpy_list* a, rpy_list* b, int64_t item_size, bool has_pointers) {
  RPY_ROOT(a);
  RPY_ROOT(b);
  rpy_list* r = rpy_list_new(a->length + b->length, item_size, has_pointers);
  if (!r) return NULL;
  if (a->length) memcpy(Items(r), Items(a), (size_t)(a->length * item_size));
  if (b->length) memcpy(Items(r) + a->length * item_size, Items(b), (size_t)(b->length * item_size));
  return r;
}

void rpy_list_extend(rpy_list* l, rpy_list* other, int64_t item_size, bool has_pointers) {
  RPY_ROOT(l);
  RPY_ROOT(other);
  int64_t n = l->length, m = other->length;
  rpy_list_resize(l, n + m, item_size, has_pointers);
  if (rpy_exc_type) return;
  // other may be l itself: its first m items are unchanged by the resize.
  if (m) memmove(Items(l) + n * item_size, Items(other), (size_t)(m * item_size));
}

rpy_list* rpy_list_repeat(rpy_list* l, int64_t times, int64_t item_size, bool has_pointers) {
  RPY_ROOT(l);
  if (times < 0) times = 0;
  if (l->length && times > INT64_MAX / l->length) {
    RPY_RAISE(MemoryError, NULL);
    return NULL;
  }
  rpy_list* r = rpy_list_new(l->length * times, item_size, has_pointers);
  if (!r) return NULL;
  int64_t chunk = l->length * item_size;
  for (int64_t i = 0; i < times; ++i) memcpy(Items(r) + i * chunk, Items(l), (size_t)chunk);
  return r;
}

void rpy_list_reverse(rpy_list* l, int64_t item_size) {
  char tmp[16];
  char* items = Items(l);
  for (int64_t i = 0, j = l->length - 1; i < j; ++i, --j) {
    memcpy(tmp, items + i * item_size, (size_t)item_size);
    memcpy(items + i * item_size, items + j * item_size, (size_t)item_size);
    memcpy(items + j * item_size, tmp, (size_t)item_size);
  }
}

// ---- typed searches -------------------------------------------------------------

#define RPY_LIST_SEARCH(suffix, T, EQ)                                         \
  int64_t rpy_list_find_##suffix(rpy_list* l, T x) {                          \
    T* items = (T*)l->items;                                                  \
    for (int64_t i = 0; i < l->length; ++i)                                   \
      if (EQ(items[i], x)) return i;                                          \
    return -1;                                                                \
  }                                                                           \
  int64_t rpy_list_count_##suffix(rpy_list* l, T x) {                         \
    T* items = (T*)l->items;                                                  \
    int64_t n = 0;                                                            \
    for (int64_t i = 0; i < l->length; ++i) n += EQ(items[i], x) ? 1 : 0;     \
    return n;                                                                 \
  }

#define RPY_EQ_PLAIN(a, b) ((a) == (b))
#define RPY_EQ_STR(a, b) rpy_str_eq((a), (b))
RPY_LIST_SEARCH(i64, int64_t, RPY_EQ_PLAIN)
RPY_LIST_SEARCH(i8, int8_t, RPY_EQ_PLAIN)
RPY_LIST_SEARCH(f64, double, RPY_EQ_PLAIN)
RPY_LIST_SEARCH(str, rpy_str*, RPY_EQ_STR)
RPY_LIST_SEARCH(ptr, void*, RPY_EQ_PLAIN)

// list.index(x): the index, or ValueError "<repr(x)> is not in list".
int64_t rpy_list_index_i64(rpy_list* l, int64_t x) {
  int64_t i = rpy_list_find_i64(l, x);
  if (i < 0) rpy_list_not_found(rpy_str_from_int(x), false);
  return i;
}
int64_t rpy_list_index_i8(rpy_list* l, int8_t x) {
  int64_t i = rpy_list_find_i8(l, x);
  if (i < 0) rpy_list_not_found(rpy_str_from_bool(x != 0), false);
  return i;
}
int64_t rpy_list_index_f64(rpy_list* l, double x) {
  int64_t i = rpy_list_find_f64(l, x);
  if (i < 0) rpy_list_not_found(rpy_str_from_float(x), false);
  return i;
}
int64_t rpy_list_index_str(rpy_list* l, rpy_str* x) {
  int64_t i = rpy_list_find_str(l, x);
  if (i < 0) rpy_list_not_found(rpy_str_repr(x), false);
  return i;
}
int64_t rpy_list_index_ptr(rpy_list* l, void* x) {
  int64_t i = rpy_list_find_ptr(l, x);
  if (i < 0) rpy_list_not_found(rpy_str_from_utf8("object", 6), false);
  return i;
}

// `a, b = seq`: ValueError unless seq has exactly `expected` items.
void rpy_unpack_check(int64_t have, int64_t expected) {
  if (have == expected) return;
  char msg[128];
  if (have > expected)
    snprintf(msg, sizeof msg, "too many values to unpack (expected %lld)", (long long)expected);
  else
    snprintf(msg, sizeof msg, "not enough values to unpack (expected %lld, got %lld)",
             (long long)expected, (long long)have);
  rpy_raise_msg(&rpy_vt_ValueError, msg);
}

// repr() of flat lists, as print() and str() show them.
#define RPY_LIST_REPR(suffix, T, ITEM)                        \
  rpy_str* rpy_list_repr_##suffix(rpy_list* l) {             \
    RPY_ROOT(l);                                             \
    rpy_buf b;                                               \
    rpy_buf_init(&b);                                        \
    rpy_buf_append_char(&b, '[', 1);                         \
    for (int64_t i = 0; i < l->length; ++i) {                \
      if (i) rpy_buf_append_cstr(&b, ", ");                  \
      rpy_str* s = ITEM(((T*)l->items)[i]);                  \
      rpy_buf_append(&b, s->data, s->size);                  \
    }                                                        \
    rpy_buf_append_char(&b, ']', 1);                         \
    return rpy_buf_finish(&b);                               \
  }
#define RPY_ITEM_BOOL(x) rpy_str_from_bool((x) != 0)
RPY_LIST_REPR(i64, int64_t, rpy_str_from_int)
RPY_LIST_REPR(i8, int8_t, RPY_ITEM_BOOL)
RPY_LIST_REPR(f64, double, rpy_str_from_float)
RPY_LIST_REPR(str, rpy_str*, rpy_str_repr)

// ValueError for list.index/list.remove of a missing value; `what` is
// repr(x).
void rpy_list_not_found(rpy_str* what, bool remove) {
  rpy_buf b;
  rpy_buf_init(&b);
  if (remove) {
    rpy_buf_append_cstr(&b, "list.remove(x): x not in list");
  } else {
    rpy_buf_append(&b, what->data, what->size);
    rpy_buf_append_cstr(&b, " is not in list");
  }
  rpy_str* msg = rpy_buf_finish(&b);
  rpy_raise_str(&rpy_vt_ValueError, msg);
}

// ---- stable sorts (merge sort: equal items keep their order, as timsort) ----

#define RPY_LIST_SORT_BODY(suffix, T, LESS)                                                  \
  static void MergeSort_##suffix(T* a, T* tmp, int64_t n) {                            \
    if (n < 2) return;                                                                 \
    if (n <= 16) {                                                                     \
      for (int64_t i = 1; i < n; ++i) {                                                \
        T x = a[i];                                                                    \
        int64_t j = i;                                                                 \
        while (j > 0 && LESS(x, a[j - 1])) {                                           \
          a[j] = a[j - 1];                                                             \
          --j;                                                                         \
        }                                                                              \
        a[j] = x;                                                                      \
      }                                                                                \
      return;                                                                          \
    }                                                                                  \
    int64_t h = n / 2;                                                                 \
    MergeSort_##suffix(a, tmp, h);                                                     \
    MergeSort_##suffix(a + h, tmp, n - h);                                             \
    memcpy(tmp, a, (size_t)h * sizeof(T));                                             \
    int64_t i = 0, j = h, k = 0;                                                       \
    while (i < h && j < n) a[k++] = LESS(a[j], tmp[i]) ? a[j++] : tmp[i++];            \
    while (i < h) a[k++] = tmp[i++];                                                   \
  }                                                                                    \
  static void SortItems_##suffix(rpy_list* l, bool reverse) {                          \
    RPY_ROOT(l);                                                                       \
    int64_t n = l->length;                                                             \
    if (n < 2) return;                                                                 \
    /* Python's reverse sort is stable too: reverse, sort, reverse. */                 \
    if (reverse) rpy_list_reverse(l, sizeof(T));                                       \
    T* tmp = (T*)rpy_gc_malloc((int64_t)((n / 2 + 1) * sizeof(T)));                    \
    RPY_ROOT(tmp);                                                                     \
    MergeSort_##suffix((T*)l->items, tmp, n);                                          \
    if (reverse) rpy_list_reverse(l, sizeof(T));                                       \
  }

#define RPY_LIST_SORT(suffix, T, LESS)                                                  \
  RPY_LIST_SORT_BODY(suffix, T, LESS)                                                  \
  void rpy_list_sort_##suffix(rpy_list* l, bool reverse) { SortItems_##suffix(l, reverse); }

#define RPY_LESS_PLAIN(a, b) ((a) < (b))
#define RPY_LESS_STR(a, b) (rpy_str_cmp((a), (b)) < 0)
RPY_LIST_SORT(i64, int64_t, RPY_LESS_PLAIN)
RPY_LIST_SORT(i8, int8_t, RPY_LESS_PLAIN)
RPY_LIST_SORT(f64, double, RPY_LESS_PLAIN)
RPY_LIST_SORT(str, rpy_str*, RPY_LESS_STR)

}  // extern "C"

// ---- sorting with a comparison callback (tuples, lists, instances) ----------

namespace {
// The `<` of the sort in progress (sorts may nest: a __lt__ may sort).
bool (*g_sort_less)(void*, void*);
}  // namespace
// After a comparison raised, the rest of the sort only moves items.
#define RPY_LESS_CALLBACK(a, b) (!rpy_exc_type && g_sort_less((a), (b)))
RPY_LIST_SORT_BODY(cb, void*, RPY_LESS_CALLBACK)

extern "C" void rpy_list_sort_cmp(rpy_list* l, bool (*less)(void*, void*), bool reverse) {
  bool (*outer)(void*, void*) = g_sort_less;
  g_sort_less = less;
  SortItems_cb(l, reverse);
  g_sort_less = outer;
}
