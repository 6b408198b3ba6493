// rt_keys.h: hashing and comparing the keys of dicts and sets, shared by
// rt_dict.cpp and rt_set.cpp (and by nothing else).
//
// Keys are 8-byte bit patterns whose meaning the container's key_kind
// gives (rpyc_rt.h). The hashes are CPython's for every kind whose CPython
// hash is deterministic (int, bool, float, tuples and frozensets of those),
// because a set's iteration order follows its hash table; str hashes are
// FNV-1a (CPython randomises them per run).
#pragma once

#include "rtlib/rt_internal.h"

// hash(int): the value itself for |v| < 2**61 - 1 (the common case, no
// division), else CPython's reduction modulo 2**61 - 1; -1 becomes -2.
static inline int64_t rpy_key_int_hash(int64_t v) {
  const int64_t kModulus = ((int64_t)1 << 61) - 1;
  if (v > -kModulus && v < kModulus) return v == -1 ? -2 : v;
  return rpy_hash_int(v);
}

static inline int64_t rpy_key_hash(rpy_dict* d, uint64_t key) {
  switch (d->key_kind) {
    case RPY_KEY_INT:
      return rpy_key_int_hash((int64_t)key);
    case RPY_KEY_FLOAT:
      return rpy_hash_float(rpy_bits_to_float(key));
    case RPY_KEY_STR:
      return rpy_str_hash((rpy_str*)rpy_bits_to_ptr(key));
    case RPY_KEY_PTR:
      return rpy_hash_ptr(rpy_bits_to_ptr(key));
    default: {
      int64_t h = d->hash_fn(rpy_bits_to_ptr(key));
      return h == -1 ? -2 : h;
    }
  }
}

// Keys with equal bits are one key (NaNs included, as CPython's identity
// test makes them); otherwise the kind's equality. A CUSTOM eq callback
// may raise: the caller checks rpy_exc_type.
static inline bool rpy_key_eq(rpy_dict* d, uint64_t a, uint64_t b) {
  if (a == b) return true;
  switch (d->key_kind) {
    case RPY_KEY_INT:
    case RPY_KEY_PTR:
      return false;
    case RPY_KEY_FLOAT:
      return rpy_bits_to_float(a) == rpy_bits_to_float(b);
    case RPY_KEY_STR:
      return rpy_str_eq((rpy_str*)rpy_bits_to_ptr(a), (rpy_str*)rpy_bits_to_ptr(b));
    default:
      return d->eq_fn(rpy_bits_to_ptr(a), rpy_bits_to_ptr(b));
  }
}

// Raises KeyError(key) with the key's repr (the repr callback of PTR and
// CUSTOM keys may itself raise; then that exception is pending instead).
void rpy_raise_key_error(rpy_dict* d, uint64_t key);
