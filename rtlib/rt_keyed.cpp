// Sorting and picking by precomputed keys: sorted(xs, key=f),
// list.sort(key=f) and min()/max() with key=. The flow builder computes
// the keys list ([f(x) for x in items]) in generated code; these functions
// order or search the items by it.
//
// Scalar keys are compared here; their type is described by a string: `i`
// int (int64), `b` bool (one byte), `f` float, `s` str. Keys that are
// pointers (tuples, lists, instances) are compared by a `<` callback, a
// helper graph of the value family (rtyper/rtype_values.cpp) that orders
// them as CPython does, calling __lt__ on instances; the callback may
// allocate and raise. The sort itself only permutes item indices, so a
// raising comparison leaves a permutation of the items, as in CPython.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

namespace {

// Byte size of one key described at `d`.
size_t SlotSize(const char* d) {
  switch (*d) {
    case 'i':
    case 'f':
      return 8;
    case 'b':
      return 1;
    default:
      return sizeof(void*);  // 's'
  }
}

// Three-way comparison of the values stored at a and b, described at d.
int CompareSlot(const char* a, const char* b, const char* d) {
  switch (*d) {
    case 'i': {
      int64_t x, y;
      memcpy(&x, a, 8);
      memcpy(&y, b, 8);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'f': {
      double x, y;
      memcpy(&x, a, 8);
      memcpy(&y, b, 8);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'b':
      return (int)(uint8_t)*a - (int)(uint8_t)*b;
    case 's': {
      rpy_str *x, *y;
      memcpy(&x, a, sizeof x);
      memcpy(&y, b, sizeof y);
      int64_t c = rpy_str_cmp(x, y);
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    default:
      return 0;
  }
}

size_t KeySize(const char* desc) { return SlotSize(desc); }

// Orders item indices by their keys.
struct KeyOrder {
  rpy_list* keys;
  size_t key_size;
  const char* desc;                 // scalar keys, or nullptr
  bool (*less)(void*, void*);      // pointer keys, or nullptr
  bool reverse;
  // key i < key j; false once a callback raised (the rest only moves
  // indices).
  bool Less(int64_t i, int64_t j) const {
    const char* k = (const char*)keys->items;
    if (!less) return CompareSlot(k + (size_t)i * key_size, k + (size_t)j * key_size, desc) < 0;
    if (rpy_exc_type) return false;
    return less(((void**)keys->items)[i], ((void**)keys->items)[j]);
  }
  // True when index i must come before j; equal keys never do, so the
  // merge below keeps them in order (stable, reverse=True included, as
  // Python's sort).
  bool Before(int64_t i, int64_t j) const { return reverse ? Less(j, i) : Less(i, j); }
};

void MergeSort(int64_t* a, int64_t* tmp, int64_t n, const KeyOrder& order) {
  if (n < 2) return;
  int64_t h = n / 2;
  MergeSort(a, tmp, h, order);
  MergeSort(a + h, tmp, n - h, order);
  memcpy(tmp, a, (size_t)h * sizeof(int64_t));
  int64_t i = 0, j = h, k = 0;
  while (i < h && j < n) a[k++] = order.Before(a[j], tmp[i]) ? a[j++] : tmp[i++];
  while (i < h) a[k++] = tmp[i++];
}

void SortKeyed(rpy_list* items, const KeyOrder& order, int64_t item_size) {
  RPY_ROOT(items);
  RPY_ROOT(order.keys);
  int64_t n = items->length;
  if (n < 2) return;
  // Indices only: a callback may allocate from the GC, and these are no
  // pointers.
  int64_t* index = (int64_t*)malloc((size_t)n * 2 * sizeof(int64_t));
  if (!index) {
    RPY_RAISE(MemoryError, "");
    return;
  }
  for (int64_t i = 0; i < n; ++i) index[i] = i;
  MergeSort(index, index + n, n, order);
  // Nothing allocates from the GC below, so the items may sit in a plain
  // malloc'ed buffer while they are permuted.
  size_t size = (size_t)item_size;
  char* copy = (char*)malloc((size_t)n * size);
  if (!copy) {
    free(index);
    RPY_RAISE(MemoryError, "");
    return;
  }
  char* data = (char*)items->items;
  memcpy(copy, data, (size_t)n * size);
  for (int64_t i = 0; i < n; ++i)
    memcpy(data + (size_t)i * size, copy + (size_t)index[i] * size, size);
  free(copy);
  free(index);
}

int64_t PickKeyed(const KeyOrder& order, bool is_max) {
  RPY_ROOT(order.keys);
  int64_t n = order.keys->length;
  if (n == 0) {
    RPY_RAISE(ValueError, is_max ? "max() arg is an empty sequence"
                                 : "min() arg is an empty sequence");
    return -1;
  }
  int64_t best = 0;
  // The first of equal keys wins, as in CPython (max: best < key).
  for (int64_t i = 1; i < n && !rpy_exc_type; ++i)
    if (is_max ? order.Less(best, i) : order.Less(i, best)) best = i;
  return best;
}

}  // namespace

extern "C" {

void rpy_list_sort_keyed(rpy_list* items, rpy_list* keys, rpy_str* desc, int64_t item_size,
                         bool reverse) {
  SortKeyed(items, KeyOrder{keys, KeySize(desc->data), desc->data, nullptr, reverse}, item_size);
}

void rpy_list_sort_keyed_cmp(rpy_list* items, rpy_list* keys, bool (*less)(void*, void*),
                             int64_t item_size, bool reverse) {
  SortKeyed(items, KeyOrder{keys, sizeof(void*), nullptr, less, reverse}, item_size);
}

int64_t rpy_list_pick_keyed(rpy_list* keys, rpy_str* desc, bool is_max) {
  return PickKeyed(KeyOrder{keys, KeySize(desc->data), desc->data, nullptr, false}, is_max);
}

int64_t rpy_list_pick_keyed_cmp(rpy_list* keys, bool (*less)(void*, void*), bool is_max) {
  return PickKeyed(KeyOrder{keys, sizeof(void*), nullptr, less, false}, is_max);
}

}  // extern "C"
