// rt_values.cpp: hashing as CPython does it for ints and tuples (the
// rtyper's hash() and the hash callbacks of dicts and sets keyed by
// tuples). Tuple hashing is CPython's xxHash-based tuplehash; the rtyper
// feeds the item hashes one lane at a time.
#include <stdint.h>

#include "rtlib/rt_internal.h"

namespace {

constexpr uint64_t kModulus = (1ULL << 61) - 1;  // _PyHASH_MODULUS
constexpr uint64_t kPrime1 = 11400714785074694791ULL;
constexpr uint64_t kPrime2 = 14029467366897019727ULL;
constexpr uint64_t kPrime5 = 2870177450012600261ULL;

}  // namespace

extern "C" {

int64_t rpy_hash_int(int64_t v) {
  // CPython: |v| mod (2**61 - 1) with v's sign; -1 is reserved for errors.
  uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  int64_t h = (int64_t)(mag % kModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t rpy_hash_tuple_start(void) { return (int64_t)kPrime5; }

int64_t rpy_hash_tuple_step(int64_t acc, int64_t lane) {
  uint64_t a = (uint64_t)acc + (uint64_t)lane * kPrime2;
  a = (a << 31) | (a >> 33);
  return (int64_t)(a * kPrime1);
}

int64_t rpy_hash_tuple_finish(int64_t acc, int64_t length) {
  uint64_t a = (uint64_t)acc + ((uint64_t)length ^ (kPrime5 ^ 3527539ULL));
  return a == (uint64_t)-1 ? 1546275796 : (int64_t)a;
}

int64_t rpy_hash_str(rpy_str* s) { return rpy_str_hash(s); }

int64_t rpy_hash_ptr(void* p) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits.
  uint64_t y = (uint64_t)(uintptr_t)p;
  int64_t h = (int64_t)((y >> 4) | (y << 60));
  return h == -1 ? -2 : h;
}

}  // extern "C"
