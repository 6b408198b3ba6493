// rt_list.cpp: list storage.
//
// An rpy_list is a GC header {length, capacity, items} whose items array
// is a separate GC block: scanned when the item type is a GC pointer,
// atomic otherwise. Item access is inlined by the generated code; the
// runtime allocates, resizes (over-allocating like CPython's list_resize so
// appends are amortised O(1)) and checks indices.
#include <stdint.h>
#include <string.h>

#include "rtlib/rt_internal.h"

static void* AllocItems(int64_t count, int64_t item_size, bool has_pointers) {
  if (count == 0) return NULL;
  if (count > INT64_MAX / item_size || count * item_size > (int64_t)(SIZE_MAX >> 1)) {
    RPY_RAISE(MemoryError, NULL);
    return NULL;
  }
  int64_t bytes = count * item_size;
  return has_pointers ? rpy_gc_malloc(bytes) : rpy_gc_malloc_atomic(bytes);
}

extern "C" {

rpy_list* rpy_list_new(int64_t length, int64_t item_size, bool has_pointers) {
  if (length < 0) length = 0;  // [x] * -1 == []
  void* items = AllocItems(length, item_size, has_pointers);
  if (RPY_UNLIKELY(length > 0 && !items)) return NULL;
  RPY_ROOT(items);
  rpy_list* l = (rpy_list*)rpy_gc_malloc(sizeof(rpy_list));
  l->length = length;
  l->capacity = length;
  l->items = items;
  return l;
}

void rpy_list_resize(rpy_list* l, int64_t new_length, int64_t item_size, bool has_pointers) {
  if (new_length < 0) new_length = 0;
  if (new_length <= l->capacity) {
    // Clear dropped slots so they neither keep objects alive nor reappear.
    if (new_length < l->length)
      memset((char*)l->items + new_length * item_size, 0,
             (size_t)((l->length - new_length) * item_size));
    l->length = new_length;
    return;
  }
  RPY_ROOT(l);
  int64_t capacity = (new_length + (new_length >> 3) + 6) & ~(int64_t)3;
  void* items = AllocItems(capacity, item_size, has_pointers);
  if (RPY_UNLIKELY(!items)) return;
  if (l->length > 0) memcpy(items, l->items, (size_t)(l->length * item_size));
  l->items = items;
  l->capacity = capacity;
  l->length = new_length;
}

int64_t rpy_list_check_index(rpy_list* l, int64_t index) {
  if (index < 0) index += l->length;
  if (RPY_UNLIKELY(index < 0 || index >= l->length)) {
    RPY_RAISE(IndexError, "list index out of range");
    return -1;
  }
  return index;
}

}  // extern "C"
