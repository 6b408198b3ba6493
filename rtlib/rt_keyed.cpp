// Sorting and picking by precomputed keys: sorted(xs, key=f),
// list.sort(key=f) and min()/max() with key=. The flow builder computes
// the keys list ([f(x) for x in items]) in generated code; these functions
// order or search the items by it.
//
// A key's type is described by a string: `i` int (int64), `b` bool (one
// byte), `f` float, `s` str, `(...)` a tuple of the described fields (a
// pointer to a GC struct laid out with natural alignment, as the backend
// lays out tuples). Tuples compare lexicographically, as in Python.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

namespace {

// Byte size (and alignment) of one field described at `d`.
size_t SlotSize(const char* d) {
  switch (*d) {
    case 'i':
    case 'f':
      return 8;
    case 'b':
      return 1;
    default:
      return sizeof(void*);  // 's' and '('
  }
}

// Advances past one description.
const char* SkipDesc(const char* d) {
  if (*d != '(') return d + 1;
  ++d;
  while (*d != ')') d = SkipDesc(d);
  return d + 1;
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
    default: {  // a tuple: compare field by field
      const char *x, *y;
      memcpy(&x, a, sizeof x);
      memcpy(&y, b, sizeof y);
      size_t offset = 0;
      for (const char* f = d + 1; *f != ')'; f = SkipDesc(f)) {
        size_t size = SlotSize(f);
        offset = (offset + size - 1) / size * size;
        int c = CompareSlot(x + offset, y + offset, f);
        if (c) return c;
        offset += size;
      }
      return 0;
    }
  }
}

size_t KeySize(const char* desc) { return SlotSize(desc); }

// Orders item indices by their keys.
struct KeyOrder {
  const char* keys;
  size_t key_size;
  const char* desc;
  bool reverse;
  // True when index i must come before j; equal keys never do, so the
  // merge below keeps them in order (stable, reverse=True included, as
  // Python's sort).
  bool Before(int64_t i, int64_t j) const {
    int c = CompareSlot(keys + (size_t)i * key_size, keys + (size_t)j * key_size, desc);
    return reverse ? c > 0 : c < 0;
  }
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

}  // namespace

extern "C" {

void rpy_list_sort_keyed(rpy_list* items, rpy_list* keys, rpy_str* desc, int64_t item_size,
                         bool reverse) {
  int64_t n = items->length;
  if (n < 2) return;
  KeyOrder order{(const char*)keys->items, KeySize(desc->data), desc->data, reverse};
  // Nothing allocates from the GC here, so the items may sit in a plain
  // malloc'ed buffer while they are permuted.
  int64_t* index = (int64_t*)malloc((size_t)n * 2 * sizeof(int64_t));
  size_t size = (size_t)item_size;
  char* copy = (char*)malloc((size_t)n * size);
  if (!index || !copy) {
    free(index);
    free(copy);
    RPY_RAISE(MemoryError, "");
    return;
  }
  for (int64_t i = 0; i < n; ++i) index[i] = i;
  MergeSort(index, index + n, n, order);
  char* data = (char*)items->items;
  memcpy(copy, data, (size_t)n * size);
  for (int64_t i = 0; i < n; ++i)
    memcpy(data + (size_t)i * size, copy + (size_t)index[i] * size, size);
  free(copy);
  free(index);
}

int64_t rpy_list_pick_keyed(rpy_list* keys, rpy_str* desc, bool is_max) {
  int64_t n = keys->length;
  if (n == 0) {
    RPY_RAISE(ValueError, is_max ? "max() arg is an empty sequence"
                                 : "min() arg is an empty sequence");
    return -1;
  }
  const char* d = desc->data;
  const char* k = (const char*)keys->items;
  size_t ks = KeySize(d);
  int64_t best = 0;
  // The first of equal keys wins, as in CPython.
  for (int64_t i = 1; i < n; ++i) {
    int c = CompareSlot(k + (size_t)i * ks, k + (size_t)best * ks, d);
    if (is_max ? c > 0 : c < 0) best = i;
  }
  return best;
}

}  // extern "C"
