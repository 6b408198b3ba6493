// rt_values.cpp: hashing as CPython does it for ints and tuples (the
// rtyper's hash() and the hash callbacks of dicts and sets keyed by
// tuples). Tuple hashing is CPython's xxHash-based tuplehash; the rtyper
// feeds the item hashes one lane at a time.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

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

rpy_list* rpy_str_chars(rpy_str* s) {
  RPY_ROOT(s);
  rpy_list* l = rpy_list_new(s->length, sizeof(rpy_str*), true);
  RPY_ROOT(l);
  int64_t pos = 0;
  for (int64_t i = 0; i < s->length; ++i) {
    int64_t start = pos;
    rpy_utf8_next(s->data, s->size, &pos);
    rpy_str* c = rpy_str_from_utf8(s->data + start, pos - start);
    ((rpy_str**)l->items)[i] = c;
  }
  return l;
}

int64_t rpy_hash_ptr(void* p) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits.
  uint64_t y = (uint64_t)(uintptr_t)p;
  int64_t h = (int64_t)((y >> 4) | (y << 60));
  return h == -1 ? -2 : h;
}

}  // extern "C"

// ---- divmod, pow, round ---------------------------------------------------------

namespace {

// x * y mod m for |x|, |y| < |m| (no overflow through 128-bit products).
int64_t MulMod(int64_t x, int64_t y, int64_t m) { return (int64_t)((__int128)x * y % m); }

// The inverse of a modulo m (m > 0), or -1 when there is none.
int64_t InverseMod(int64_t a, int64_t m) {
  __int128 t = 0, nt = 1, r = m, nr = a;
  while (nr != 0) {
    __int128 q = r / nr, tmp = t - q * nt;
    t = nt;
    nt = tmp;
    tmp = r - q * nr;
    r = nr;
    nr = tmp;
  }
  if (r != 1) return -1;
  return (int64_t)(t < 0 ? t + m : t);
}

}  // namespace

extern "C" {

int64_t rpy_int_powmod(int64_t base, int64_t exp, int64_t mod) {
  if (mod == 0) {
    RPY_RAISE(ValueError, "pow() 3rd argument cannot be 0");
    return 0;
  }
  // Work modulo |m|, then give the result the sign of m as Python does.
  int64_t m = mod < 0 ? -mod : mod;
  int64_t b = base % m;
  if (b < 0) b += m;
  if (exp < 0) {
    b = InverseMod(b, m);
    if (b < 0) {
      RPY_RAISE(ValueError, "base is not invertible for the given modulus");
      return 0;
    }
    exp = -exp;
  }
  int64_t r = 1 % m;
  while (exp > 0) {
    if (exp & 1) r = MulMod(r, b, m);
    b = MulMod(b, b, m);
    exp >>= 1;
  }
  if (mod < 0 && r != 0) r -= m;
  return r;
}

int64_t rpy_float_round_int(double x) {
  // round(x): to the nearest int, ties to even.
  if (x != x) {
    RPY_RAISE(ValueError, "cannot convert float NaN to integer");
    return 0;
  }
  double r = __builtin_nearbyint(x);
  if (r >= 9223372036854775808.0 || r < -9223372036854775808.0) {
    RPY_RAISE(OverflowError, __builtin_isinf(x) ? "cannot convert float infinity to integer"
                                                 : "int too large to convert");
    return 0;
  }
  return (int64_t)r;
}

double rpy_float_round(double x, int64_t ndigits) {
  // round(x, n): the decimal rounding of x's exact value (ties to even),
  // read back, as CPython's dtoa-based double_round.
  if (x != x || x == __builtin_inf() || x == -__builtin_inf() || x == 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (ndigits >= 0) {
    char buf[400];
    snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
    return strtod(buf, nullptr);
  }
  double pow10 = 1;
  for (int64_t i = 0; i < -ndigits; ++i) pow10 *= 10;
  double y = __builtin_nearbyint(x / pow10) * pow10;
  return y == 0 ? 0.0 * x : y;
}

int64_t rpy_int_round(int64_t v, int64_t ndigits) {
  // round(int, n): n >= 0 keeps v; n < 0 rounds to 10**-n, ties to even.
  if (ndigits >= 0) return v;
  if (ndigits < -18) return 0;
  int64_t p = 1;
  for (int64_t i = 0; i < -ndigits; ++i) p *= 10;
  int64_t q = v / p, r = v % p;
  if (r < 0) {
    q -= 1;
    r += p;
  }
  // r in [0, p): round half to even.
  if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
  __int128 out = (__int128)q * p;
  if (out > INT64_MAX || out < INT64_MIN) {
    RPY_RAISE(OverflowError, "int too large to convert");
    return 0;
  }
  return (int64_t)out;
}

}  // extern "C"
