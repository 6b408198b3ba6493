// rt_dict.cpp: dict, an insertion-ordered hash table (sets: rt_set.cpp).
//
// The layout follows CPython's compact dict: `indices` is an open-addressed
// table of 2^k int64 slots (EMPTY, DUMMY or an entry number) probed with
// CPython's perturbation scheme; `entries` is the dense array of
// {key, value, hash} in insertion order. Deleting marks the entry dead
// (hash == kDeadHash) and leaves a DUMMY in its slot, so the remaining
// entries keep their order; a resize compacts. The table grows to a power
// of two >= 3 * used when the entries array is full, so insertion is
// amortised O(1).
//
// Keys and values are 8-byte bit patterns (rpyc_rt.h), hashed and compared
// by rt_keys.h. Whether they are GC pointers decides whether the entries
// array is scanned. The generic entry points (len, contains, clear,
// iteration) also accept sets and hand them to rt_set.cpp.
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include "rtlib/rt_keys.h"

namespace {

const int64_t kEmpty = -1;
const int64_t kDummy = -2;
const int64_t kDeadHash = -1;  // hashes are never -1 (as in CPython)
const int64_t kMinSize = 8;

struct Entry {
  uint64_t key;
  uint64_t value;
  int64_t hash;
};

inline Entry* Entries(rpy_dict* d) {
  return (Entry*)d->entries;
}

inline int64_t FixHash(int64_t h) {
  return h == -1 ? -2 : h;
}

// CPython's _Py_HashDouble (for the 64-bit modulus 2**61 - 1).
int64_t HashDouble(double v) {
  if (isinf(v)) return v > 0 ? 314159 : -314159;
  if (isnan(v)) return 0;
  const int kBits = 61;
  const uint64_t kModulus = ((uint64_t)1 << kBits) - 1;
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  int64_t h = (int64_t)x * sign;
  return FixHash(h);
}

// Finds `key` (with hash `hash`). Returns the entry number or -1; *slot is
// the index slot holding it, or the first free slot of the probe sequence.
// A pending exception from a CUSTOM eq callback ends the search with -1.
int64_t Find(rpy_dict* d, uint64_t key, int64_t hash, int64_t* slot) {
  uint64_t mask = (uint64_t)d->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  int64_t free_slot = -1;
  for (;;) {
    int64_t ix = d->indices[i];
    if (ix == kEmpty) {
      if (slot) *slot = free_slot >= 0 ? free_slot : (int64_t)i;
      return -1;
    }
    if (ix == kDummy) {
      if (free_slot < 0) free_slot = (int64_t)i;
    } else {
      Entry* e = &Entries(d)[ix];
      if (e->hash == hash) {
        bool eq = rpy_key_eq(d, e->key, key);
        if (RPY_UNLIKELY(rpy_exc_type != NULL)) return -1;
        if (eq) {
          if (slot) *slot = (int64_t)i;
          return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void* AllocEntries(rpy_dict* d, int64_t n) {
  int64_t bytes = n * (int64_t)sizeof(Entry);
  return (d->keys_are_ptrs || d->values_are_ptrs) ? rpy_gc_malloc(bytes)
                                                  : rpy_gc_malloc_atomic(bytes);
}

// Rebuilds the table with 2^k slots (>= 3 * used), compacting the entries.
void Resize(rpy_dict* d, int64_t min_used) {
  RPY_ROOT(d);
  int64_t size = kMinSize;
  while (size < min_used * 3) size <<= 1;
  int64_t usable = size * 2 / 3;
  int64_t* indices = (int64_t*)rpy_gc_malloc_atomic(size * (int64_t)sizeof(int64_t));
  RPY_ROOT(indices);
  memset(indices, 0xFF, (size_t)size * sizeof(int64_t));  // kEmpty
  Entry* entries = (Entry*)AllocEntries(d, usable);
  Entry* old = Entries(d);
  int64_t n = 0;
  uint64_t mask = (uint64_t)size - 1;
  for (int64_t k = 0; k < d->nentries; k++) {
    if (old[k].hash == kDeadHash) continue;
    entries[n] = old[k];
    uint64_t perturb = (uint64_t)old[k].hash;
    uint64_t i = (uint64_t)old[k].hash & mask;
    while (indices[i] != kEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    indices[i] = n++;
  }
  d->indices = indices;
  d->entries = entries;
  d->mask = size - 1;
  d->capacity = usable;
  d->nentries = n;
}

// Index of the entry for key, or -1 (also on a pending exception).
int64_t Lookup(rpy_dict* d, uint64_t key) {
  if (d->used == 0 && d->key_kind != RPY_KEY_CUSTOM) return -1;
  int64_t h = rpy_key_hash(d, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return -1;
  return Find(d, key, h, NULL);
}

void DeleteAt(rpy_dict* d, int64_t slot, int64_t ix) {
  Entry* e = &Entries(d)[ix];
  d->indices[slot] = kDummy;
  e->hash = kDeadHash;
  e->key = 0;
  e->value = 0;
  d->used--;
  d->version++;
}

// Slot of entry ix (which must be live).
int64_t SlotOf(rpy_dict* d, int64_t ix) {
  uint64_t mask = (uint64_t)d->mask;
  int64_t hash = Entries(d)[ix].hash;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  while (d->indices[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return (int64_t)i;
}

}  // namespace

void rpy_raise_key_error(rpy_dict* d, uint64_t key) {
  rpy_str* msg = NULL;
  switch (d->key_kind) {
    case RPY_KEY_INT:
      msg = rpy_str_from_int((int64_t)key);
      break;
    case RPY_KEY_FLOAT:
      msg = rpy_str_from_float(rpy_bits_to_float(key));
      break;
    case RPY_KEY_STR:
      msg = rpy_str_repr((rpy_str*)rpy_bits_to_ptr(key));
      break;
    default:
      if (d->repr_fn) {
        msg = d->repr_fn(rpy_bits_to_ptr(key));
        if (rpy_exc_type) return;
      }
      break;
  }
  rpy_raise_str(&rpy_vt_KeyError, msg);
}

extern "C" {

int64_t rpy_str_hash(rpy_str* s) {
  if (s->hash != 0) return s->hash;
  int64_t h = rpy_hash_bytes(s->data, s->size);
  s->hash = h;
  return h;
}

int64_t rpy_hash_bytes(const char* data, int64_t size) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64
  for (int64_t i = 0; i < size; i++) {
    h ^= (unsigned char)data[i];
    h *= 1099511628211ull;
  }
  int64_t r = (int64_t)h;
  if (r == 0) r = 1;
  if (r == -1) r = -2;
  return r;
}

int64_t rpy_hash_float(double v) {
  return HashDouble(v);
}

rpy_dict* rpy_dict_new(int32_t key_kind, bool keys_are_ptrs, bool values_are_ptrs,
                       int64_t (*hash_fn)(void*), bool (*eq_fn)(void*, void*)) {
  rpy_dict* d = (rpy_dict*)rpy_gc_malloc(sizeof(rpy_dict));
  d->key_kind = key_kind;
  d->keys_are_ptrs = keys_are_ptrs || key_kind == RPY_KEY_STR || key_kind == RPY_KEY_PTR;
  d->values_are_ptrs = values_are_ptrs;
  d->hash_fn = hash_fn;
  d->eq_fn = eq_fn;
  Resize(d, 0);
  return d;
}

void rpy_dict_set_repr_fn(rpy_dict* d, rpy_str* (*repr_fn)(void*)) {
  d->repr_fn = repr_fn;
}

int64_t rpy_dict_len(rpy_dict* d) {
  return d->used;
}

int64_t rpy_dict_lookup(rpy_dict* d, uint64_t key) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  return Lookup(d, key);
}

bool rpy_dict_contains(rpy_dict* d, uint64_t key) {
  if (d->is_set) return rpy_set_contains(d, key);
  return rpy_dict_lookup(d, key) >= 0;
}

uint64_t rpy_dict_get(rpy_dict* d, uint64_t key, uint64_t dflt, bool* found) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  int64_t ix = Lookup(d, key);
  if (found) *found = ix >= 0;
  return ix >= 0 ? Entries(d)[ix].value : dflt;
}

uint64_t rpy_dict_getitem(rpy_dict* d, uint64_t key) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  int64_t ix = Lookup(d, key);
  if (ix < 0) {
    if (!rpy_exc_type) rpy_raise_key_error(d, key);
    return 0;
  }
  return Entries(d)[ix].value;
}

void rpy_dict_setitem(rpy_dict* d, uint64_t key, uint64_t value) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  RPY_ROOT(value);
  int64_t h = rpy_key_hash(d, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  int64_t slot;
  int64_t ix = Find(d, key, h, &slot);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  if (ix >= 0) {
    Entries(d)[ix].value = value;
    return;
  }
  if (d->nentries == d->capacity) {
    Resize(d, d->used + 1);
    Find(d, key, h, &slot);  // no equal key: only finds the free slot
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  }
  int64_t n = d->nentries++;
  Entry* e = &Entries(d)[n];
  e->key = key;
  e->value = value;
  e->hash = h;
  d->indices[slot] = n;
  d->used++;
  d->version++;
}

uint64_t rpy_dict_setdefault(rpy_dict* d, uint64_t key, uint64_t dflt) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  RPY_ROOT(dflt);
  int64_t ix = Lookup(d, key);
  if (rpy_exc_type) return 0;
  if (ix >= 0) return Entries(d)[ix].value;
  rpy_dict_setitem(d, key, dflt);
  return dflt;
}

void rpy_dict_delitem(rpy_dict* d, uint64_t key) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(d, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  int64_t slot;
  int64_t ix = Find(d, key, h, &slot);
  if (ix < 0) {
    if (!rpy_exc_type) rpy_raise_key_error(d, key);
    return;
  }
  DeleteAt(d, slot, ix);
}

bool rpy_dict_discard(rpy_dict* d, uint64_t key) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(d, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return false;
  int64_t slot;
  int64_t ix = Find(d, key, h, &slot);
  if (ix < 0) return false;
  DeleteAt(d, slot, ix);
  return true;
}

uint64_t rpy_dict_pop(rpy_dict* d, uint64_t key) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(d, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return 0;
  int64_t slot;
  int64_t ix = Find(d, key, h, &slot);
  if (ix < 0) {
    if (!rpy_exc_type) rpy_raise_key_error(d, key);
    return 0;
  }
  uint64_t v = Entries(d)[ix].value;
  DeleteAt(d, slot, ix);
  return v;
}

uint64_t rpy_dict_pop_default(rpy_dict* d, uint64_t key, uint64_t dflt) {
  RPY_ROOT(d);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(d, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return 0;
  int64_t slot;
  int64_t ix = Find(d, key, h, &slot);
  if (ix < 0) return dflt;
  uint64_t v = Entries(d)[ix].value;
  DeleteAt(d, slot, ix);
  return v;
}

bool rpy_dict_popitem(rpy_dict* d, uint64_t* key, uint64_t* value) {
  if (d->used == 0) {
    RPY_RAISE(KeyError, "'popitem(): dictionary is empty'");
    return false;
  }
  int64_t ix = d->nentries - 1;
  while (Entries(d)[ix].hash == kDeadHash) ix--;
  *key = Entries(d)[ix].key;
  *value = Entries(d)[ix].value;
  DeleteAt(d, SlotOf(d, ix), ix);
  d->nentries = ix;
  return true;
}

void rpy_dict_clear(rpy_dict* d) {
  if (d->is_set) {
    rpy_set_clear(d);
    return;
  }
  RPY_ROOT(d);
  d->used = 0;
  d->nentries = 0;
  d->version++;
  Resize(d, 0);
}

rpy_dict* rpy_dict_copy(rpy_dict* d) {
  RPY_ROOT(d);
  rpy_dict* c = (rpy_dict*)rpy_gc_malloc(sizeof(rpy_dict));
  RPY_ROOT(c);
  *c = *d;
  c->version = 0;
  Resize(c, d->used);  // allocates fresh arrays, copying the live entries
  return c;
}

void rpy_dict_update(rpy_dict* d, rpy_dict* other) {
  RPY_ROOT(d);
  RPY_ROOT(other);
  if (d == other) return;
  for (int64_t k = 0; k < other->nentries; k++) {
    Entry* e = &Entries(other)[k];
    if (e->hash == kDeadHash) continue;
    rpy_dict_setitem(d, e->key, e->value);
    if (rpy_exc_type) return;
  }
}

void rpy_dict_iter_init(rpy_dict* d, rpy_dict_iter* it) {
  it->pos = 0;
  it->used = d->used;
  it->remaining = d->used;
}

int64_t rpy_dict_iter_next(rpy_dict* d, rpy_dict_iter* it) {
  if (d->is_set) return rpy_set_iter_next(d, it);
  if (it->used != d->used) {
    it->used = -1;  // keeps failing, like CPython
    RPY_RAISE(RuntimeError, "dictionary changed size during iteration");
    return -1;
  }
  int64_t i = it->pos;
  Entry* e = Entries(d);
  while (i < d->nentries && e[i].hash == kDeadHash) i++;
  if (i >= d->nentries) {
    it->pos = i;
    return -1;
  }
  if (it->remaining == 0) {
    RPY_RAISE(RuntimeError, "dictionary keys changed during iteration");
    return -1;
  }
  it->remaining--;
  it->pos = i + 1;
  return i;
}

uint64_t rpy_dict_entry_key(rpy_dict* d, int64_t index) {
  if (d->is_set) return rpy_set_slot_key(d, index);
  return Entries(d)[index].key;
}

uint64_t rpy_dict_entry_value(rpy_dict* d, int64_t index) {
  return Entries(d)[index].value;
}

void rpy_dict_entry_set_value(rpy_dict* d, int64_t index, uint64_t value) {
  Entries(d)[index].value = value;
}

}  // extern "C"
