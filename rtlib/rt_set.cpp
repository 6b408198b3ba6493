// rt_set.cpp: set and frozenset, CPython 3.11's set table (Objects/setobject.c).
//
// A set iterates, prints and pops in the order of its hash table, so the
// table must be CPython's slot for slot: then every program whose keys
// hash deterministically in CPython (ints, floats, bools, tuples and
// frozensets of those) sees CPython's order. That fixes everything below:
//
//   table    2^k slots {key, hash}, k >= 3. A live slot has its key's
//            hash (never -1); a free slot has hash -1 and key kEmptyKey
//            (never used) or kDummyKey (deleted: probing goes on past it).
//   probing  from slot hash & mask, look at that slot and the next
//            LINEAR_PROBES (9) when they fit before the table's end, then
//            jump: perturb >>= 5; i = (i * 5 + 1 + perturb) & mask.
//   insert   an equal key stops the search; else the first empty slot
//            ends it, and the key goes to the last dummy seen on the way
//            (if any, leaving fill alone) or to that empty slot (fill++).
//            When fill * 5 >= mask * 3 the table is rebuilt for
//            used > 50000 ? used * 2 : used * 4 keys.
//   resize   the smallest 2^k > the requested count; live keys are
//            reinserted (without comparisons) in old slot order. An
//            8-slot table without dummies asked to stay at 8 is left as
//            it is, as CPython leaves its inline small table.
//   delete   leaves a dummy; used-- but fill stays.
//   pop      scans from `finger` (wrapping) to the first live slot.
//
// The set operations (union, intersection, difference, symmetric
// difference and their in-place forms, copy, update) follow CPython's
// algorithms step for step, because the order in which they insert
// decides the result's layout: see each function.
//
// A set is an rpy_dict with is_set (rpyc_rt.h): `entries` is the table,
// `mask`, `used`, `fill` and `finger` as above; `nentries` is the slot
// count, so rpy_dict_iter_next walks slots.
#include <string.h>

#include <utility>

#include "rtlib/rt_keys.h"

namespace {

struct Slot {
  uint64_t key;
  int64_t hash;
};

const int64_t kFree = -1;  // the hash of a slot without a key
const uint64_t kEmptyKey = 0;
const uint64_t kDummyKey = 1;
const uint64_t kLinearProbes = 9;
const int kPerturbShift = 5;
const int64_t kMinSize = 8;

inline Slot* Table(rpy_dict* s) {
  return (Slot*)s->entries;
}

inline bool Live(const Slot* e) {
  return e->hash != kFree;
}

// A fresh table of `size` empty slots.
Slot* NewTable(rpy_dict* s, int64_t size) {
  int64_t bytes = size * (int64_t)sizeof(Slot);
  Slot* t = (Slot*)(s->keys_are_ptrs ? rpy_gc_malloc(bytes) : rpy_gc_malloc_atomic(bytes));
  for (int64_t i = 0; i < size; i++) {
    t[i].key = kEmptyKey;
    t[i].hash = kFree;
  }
  return t;
}

void SetTable(rpy_dict* s, Slot* table, int64_t size) {
  s->entries = table;
  s->mask = size - 1;
  s->nentries = size;
  s->capacity = size;
}

// CPython's set_insert_clean: places a key known to be absent into a
// table without dummies.
void InsertClean(Slot* table, uint64_t mask, uint64_t key, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    Slot* e = &table[i];
    if (!Live(e)) goto found;
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 0; j < kLinearProbes; j++) {
        e++;
        if (!Live(e)) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

// CPython's set_table_resize: a table for more than `minused` keys.
void Resize(rpy_dict* s, int64_t minused) {
  RPY_ROOT(s);
  int64_t size = kMinSize;
  while (size <= minused) size <<= 1;
  if (size == kMinSize && s->mask == kMinSize - 1 && s->fill == s->used) return;
  Slot* old = Table(s);
  RPY_ROOT(old);
  int64_t old_size = s->mask + 1;
  Slot* table = NewTable(s, size);
  uint64_t mask = (uint64_t)size - 1;
  for (int64_t i = 0; i < old_size; i++)
    if (Live(&old[i])) InsertClean(table, mask, old[i].key, old[i].hash);
  SetTable(s, table, size);
  s->fill = s->used;
}

// CPython's set_lookkey: the slot holding `key`, or -1 (also when an eq
// callback raised).
int64_t FindSlot(rpy_dict* s, uint64_t key, int64_t hash) {
  Slot* table = Table(s);
  uint64_t mask = (uint64_t)s->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    uint64_t j = i;
    do {
      Slot* e = &table[j];
      if (e->hash == hash) {
        if (e->key == key) return (int64_t)j;
        bool eq = rpy_key_eq(s, e->key, key);
        if (RPY_UNLIKELY(rpy_exc_type != NULL)) return -1;
        if (eq) return (int64_t)j;
      } else if (e->hash == kFree && e->key == kEmptyKey) {
        return -1;
      }
      j++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// CPython's set_add_entry. False if the key was there already (or an eq
// callback raised).
bool AddEntry(rpy_dict* s, uint64_t key, int64_t hash) {
  Slot* table = Table(s);
  uint64_t mask = (uint64_t)s->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  Slot* freeslot = NULL;
  Slot* e;
  for (;;) {
    uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    e = &table[i];
    do {
      if (e->hash == hash) {
        if (e->key == key) return false;
        bool eq = rpy_key_eq(s, e->key, key);
        if (RPY_UNLIKELY(rpy_exc_type != NULL)) return false;
        if (eq) return false;
      } else if (e->hash == kFree) {
        if (e->key == kEmptyKey) goto found_unused_or_dummy;
        freeslot = e;  // the last dummy on the way, as CPython
      }
      e++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  s->used++;
  s->version++;
  if (freeslot) {
    freeslot->key = key;
    freeslot->hash = hash;
    return true;
  }
  s->fill++;
  e->key = key;
  e->hash = hash;
  if ((uint64_t)s->fill * 5 >= mask * 3) Resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

// Turns live slot i into a dummy.
void DeleteSlot(rpy_dict* s, int64_t i) {
  Table(s)[i].key = kDummyKey;
  Table(s)[i].hash = kFree;
  s->used--;
  s->version++;
}

// CPython's set_discard_entry: true if the key was there.
bool DiscardEntry(rpy_dict* s, uint64_t key, int64_t hash) {
  int64_t i = FindSlot(s, key, hash);
  if (i < 0) return false;
  DeleteSlot(s, i);
  return true;
}

bool ContainsEntry(rpy_dict* s, uint64_t key, int64_t hash) {
  return s->used > 0 && FindSlot(s, key, hash) >= 0;
}

// An empty set with s's key kind and callbacks.
rpy_dict* NewLike(rpy_dict* s) {
  RPY_ROOT(s);
  rpy_dict* r = rpy_set_new(s->key_kind, s->keys_are_ptrs, s->hash_fn, s->eq_fn);
  r->repr_fn = s->repr_fn;
  return r;
}

// CPython's set_merge (set_update_internal with a set): so |= other.
void Merge(rpy_dict* so, rpy_dict* other) {
  RPY_ROOT(so);
  RPY_ROOT(other);
  if (other == so || other->used == 0) return;
  // One big resize first, expecting few common keys.
  if ((so->fill + other->used) * 5 >= so->mask * 3) Resize(so, (so->used + other->used) * 2);
  Slot* from = Table(other);
  int64_t other_size = other->mask + 1;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    // Same size, no dummies: the same layout.
    memcpy(Table(so), from, (size_t)other_size * sizeof(Slot));
    so->fill = other->fill;
    so->used = other->used;
    so->version++;
    return;
  }
  if (so->fill == 0) {
    Slot* table = Table(so);
    uint64_t mask = (uint64_t)so->mask;
    so->fill = other->used;
    so->used = other->used;
    so->version++;
    for (int64_t i = 0; i < other_size; i++)
      if (Live(&from[i])) InsertClean(table, mask, from[i].key, from[i].hash);
    return;
  }
  for (int64_t i = 0; i < other->mask + 1; i++) {
    Slot e = Table(other)[i];
    if (!Live(&e)) continue;
    AddEntry(so, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  }
}

// The next live slot at or after *pos (advancing *pos past it), or -1.
inline int64_t NextLive(rpy_dict* s, int64_t* pos) {
  Slot* table = Table(s);
  int64_t i = *pos;
  while (i <= s->mask && !Live(&table[i])) i++;
  *pos = i + 1;
  return i <= s->mask ? i : -1;
}

// CPython's set_difference_update_internal with a set: so -= other.
void DifferenceUpdate(rpy_dict* so, rpy_dict* other) {
  RPY_ROOT(so);
  if (so == other) {
    rpy_set_clear(so);
    return;
  }
  // Far larger than so: remove only the common keys.
  if ((other->used >> 3) > so->used) other = rpy_set_intersection(so, other);
  RPY_ROOT(other);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(other, &pos)) >= 0;) {
    Slot e = Table(other)[i];
    DiscardEntry(so, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  }
  rpy_set_shrink(so);
}

}  // namespace

extern "C" {

rpy_dict* rpy_set_new(int32_t key_kind, bool keys_are_ptrs, int64_t (*hash_fn)(void*),
                      bool (*eq_fn)(void*, void*)) {
  rpy_dict* s = (rpy_dict*)rpy_gc_malloc(sizeof(rpy_dict));
  RPY_ROOT(s);
  s->key_kind = key_kind;
  s->keys_are_ptrs = keys_are_ptrs || key_kind == RPY_KEY_STR || key_kind == RPY_KEY_PTR;
  s->hash_fn = hash_fn;
  s->eq_fn = eq_fn;
  s->is_set = true;
  SetTable(s, NewTable(s, kMinSize), kMinSize);
  return s;
}

int64_t rpy_set_len(rpy_dict* s) {
  return s->used;
}

void rpy_set_add(rpy_dict* s, uint64_t key) {
  RPY_ROOT(s);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(s, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  AddEntry(s, key, h);
}

bool rpy_set_contains(rpy_dict* s, uint64_t key) {
  if (s->used == 0 && s->key_kind != RPY_KEY_CUSTOM) return false;
  RPY_ROOT(s);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(s, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return false;
  return FindSlot(s, key, h) >= 0;
}

bool rpy_set_discard_found(rpy_dict* s, uint64_t key) {
  RPY_ROOT(s);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(s, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return false;
  return DiscardEntry(s, key, h);
}

void rpy_set_discard(rpy_dict* s, uint64_t key) {
  rpy_set_discard_found(s, key);
}

void rpy_set_remove(rpy_dict* s, uint64_t key) {
  RPY_ROOT(s);
  RPY_ROOT(key);
  if (!rpy_set_discard_found(s, key) && !rpy_exc_type) rpy_raise_key_error(s, key);
}

uint64_t rpy_set_pop(rpy_dict* s) {
  if (s->used == 0) {
    RPY_RAISE(KeyError, "'pop from an empty set'");
    return 0;
  }
  Slot* table = Table(s);
  int64_t i = s->finger & s->mask;
  while (!Live(&table[i])) {
    i++;
    if (i > s->mask) i = 0;
  }
  uint64_t key = table[i].key;
  DeleteSlot(s, i);
  s->finger = i + 1;
  return key;
}

// CPython's set_clear_internal: back to an empty 8-slot table (the pop
// finger stays where it was).
void rpy_set_clear(rpy_dict* s) {
  RPY_ROOT(s);
  SetTable(s, NewTable(s, kMinSize), kMinSize);
  s->used = 0;
  s->fill = 0;
  s->version++;
}

rpy_dict* rpy_set_copy(rpy_dict* s) {
  RPY_ROOT(s);
  rpy_dict* r = NewLike(s);
  RPY_ROOT(r);
  Merge(r, s);
  return r;
}

void rpy_set_update(rpy_dict* s, rpy_dict* other) {
  Merge(s, other);
}

// set_update_internal with an exact dict: one resize up front, then the
// keys in the dict's order.
void rpy_set_update_dict(rpy_dict* s, rpy_dict* d) {
  RPY_ROOT(s);
  RPY_ROOT(d);
  if ((s->fill + d->used) * 5 >= s->mask * 3) Resize(s, (s->used + d->used) * 2);
  rpy_dict_iter it;
  rpy_dict_iter_init(d, &it);
  for (int64_t e; (e = rpy_dict_iter_next(d, &it)) >= 0;) {
    rpy_set_add(s, rpy_dict_entry_key(d, e));
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  }
}

void rpy_set_union_more(rpy_dict* r, rpy_dict* s, rpy_dict* other) {
  if (other != s) Merge(r, other);
}

rpy_dict* rpy_set_new_like(rpy_dict* s) {
  return NewLike(s);
}

rpy_dict* rpy_set_refold(rpy_dict* s) {
  RPY_ROOT(s);
  rpy_dict* r = NewLike(s);
  RPY_ROOT(r);
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(s, &pos)) >= 0;) {
    AddEntry(r, Table(s)[i].key, Table(s)[i].hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return NULL;
  }
  return r;
}

void rpy_set_add_if_in(rpy_dict* r, rpy_dict* s, uint64_t key) {
  RPY_ROOT(r);
  RPY_ROOT(key);
  int64_t h = rpy_key_hash(s, key);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  bool in = ContainsEntry(s, key, h);
  if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  if (in) AddEntry(r, key, h);
}

// CPython's set_or / set_union: a copy of a, then b merged in.
rpy_dict* rpy_set_union(rpy_dict* a, rpy_dict* b) {
  RPY_ROOT(b);
  rpy_dict* r = rpy_set_copy(a);
  RPY_ROOT(r);
  if (a != b) Merge(r, b);
  return r;
}

// CPython's set_intersection: walks the smaller set (b when the sizes are
// equal) in slot order, adding the keys the other one has.
rpy_dict* rpy_set_intersection(rpy_dict* a, rpy_dict* b) {
  RPY_ROOT(a);
  RPY_ROOT(b);
  if (a == b) return rpy_set_copy(a);
  rpy_dict* r = NewLike(a);
  RPY_ROOT(r);
  if (b->used > a->used) std::swap(a, b);
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(b, &pos)) >= 0;) {
    Slot e = Table(b)[i];
    bool in = ContainsEntry(a, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return NULL;
    if (in) AddEntry(r, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return NULL;
  }
  return r;
}

// CPython's set_difference: when a is over four times larger than b, a
// copy of a minus b's keys; else the keys of a not in b, added in a's
// slot order to a new set.
rpy_dict* rpy_set_difference(rpy_dict* a, rpy_dict* b) {
  RPY_ROOT(a);
  RPY_ROOT(b);
  if ((a->used >> 2) > b->used) {
    rpy_dict* r = rpy_set_copy(a);
    RPY_ROOT(r);
    DifferenceUpdate(r, b);
    return r;
  }
  rpy_dict* r = NewLike(a);
  RPY_ROOT(r);
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(a, &pos)) >= 0;) {
    Slot e = Table(a)[i];
    bool in = ContainsEntry(b, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return NULL;
    if (!in) AddEntry(r, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return NULL;
  }
  return r;
}

void rpy_set_difference_update(rpy_dict* s, rpy_dict* other) {
  DifferenceUpdate(s, other);
}

// The end of CPython's set_difference_update_internal: when over a
// quarter of the slots are dummies, rebuild the table.
void rpy_set_shrink(rpy_dict* s) {
  if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) return;
  Resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// CPython's set_symmetric_difference_update with a set: other's keys in
// its slot order, each removed from s if there, else added.
void rpy_set_symmetric_difference_update(rpy_dict* s, rpy_dict* other) {
  RPY_ROOT(s);
  RPY_ROOT(other);
  if (s == other) {
    rpy_set_clear(s);
    return;
  }
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(other, &pos)) >= 0;) {
    Slot e = Table(other)[i];
    bool found = DiscardEntry(s, e.key, e.hash);
    if (!found && !rpy_exc_type) AddEntry(s, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return;
  }
}

// CPython's set_symmetric_difference: a copy of b, updated with a.
rpy_dict* rpy_set_symmetric_difference(rpy_dict* a, rpy_dict* b) {
  RPY_ROOT(a);
  rpy_dict* r = rpy_set_copy(b);
  RPY_ROOT(r);
  r->repr_fn = a->repr_fn;
  rpy_set_symmetric_difference_update(r, a);
  return r;
}

// CPython's set_intersection_update: the intersection's table replaces
// s's (set_swap_bodies); s keeps its pop finger.
void rpy_set_intersection_update(rpy_dict* s, rpy_dict* other) {
  RPY_ROOT(s);
  rpy_dict* r = rpy_set_intersection(s, other);
  if (!r) return;
  SetTable(s, Table(r), r->mask + 1);
  s->used = r->used;
  s->fill = r->fill;
  s->version++;
}

bool rpy_set_issubset(rpy_dict* a, rpy_dict* b) {
  RPY_ROOT(a);
  RPY_ROOT(b);
  if (a->used > b->used) return false;
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(a, &pos)) >= 0;) {
    Slot e = Table(a)[i];
    bool in = ContainsEntry(b, e.key, e.hash);
    if (!in || RPY_UNLIKELY(rpy_exc_type != NULL)) return false;
  }
  return true;
}

bool rpy_set_issuperset(rpy_dict* a, rpy_dict* b) {
  return rpy_set_issubset(b, a);
}

bool rpy_set_isdisjoint(rpy_dict* a, rpy_dict* b) {
  RPY_ROOT(a);
  RPY_ROOT(b);
  if (a->used > b->used) std::swap(a, b);
  int64_t pos = 0;
  for (int64_t i; (i = NextLive(a, &pos)) >= 0;) {
    Slot e = Table(a)[i];
    bool in = ContainsEntry(b, e.key, e.hash);
    if (RPY_UNLIKELY(rpy_exc_type != NULL)) return false;
    if (in) return false;
  }
  return true;
}

bool rpy_set_eq(rpy_dict* a, rpy_dict* b) {
  return a->used == b->used && rpy_set_issubset(a, b);
}

int64_t rpy_set_iter_next(rpy_dict* s, rpy_dict_iter* it) {
  if (it->used != s->used) {
    it->used = -1;  // keeps failing, like CPython
    RPY_RAISE(RuntimeError, "Set changed size during iteration");
    return -1;
  }
  int64_t i = NextLive(s, &it->pos);
  if (i < 0) it->pos = s->mask + 1;
  return i;
}

uint64_t rpy_set_slot_key(rpy_dict* s, int64_t slot) {
  return Table(s)[slot].key;
}

// CPython's _shuffle_bits: spreads the bits of one item's hash before
// they are xor-ed together.
static uint64_t ShuffleBits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// CPython's frozenset_hash: its corrections for empty and dummy slots
// cancel out, leaving the xor over the live items.
int64_t rpy_frozenset_hash(rpy_dict* s) {
  uint64_t hash = 0;
  Slot* table = Table(s);
  for (int64_t i = 0; i <= s->mask; i++)
    if (Live(&table[i])) hash ^= ShuffleBits((uint64_t)table[i].hash);
  hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069ULL + 907133923ULL;
  if (hash == (uint64_t)-1) hash = 590923713ULL;
  return (int64_t)hash;
}

}  // extern "C"
