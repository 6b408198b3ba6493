// rt_uint.cpp: r_uint (rpython.rlib.rarithmetic), the unsigned 64-bit
// word. + - * & | ^ are the generated code's wrapping int operations;
// these are the ones whose unsigned meaning differs from int's, with the
// errors CPython's r_uint (support/rpython/rlib/rarithmetic.py) raises.
#include <stdio.h>

#include "rtlib/rt_internal.h"

extern "C" {

rpy_str* rpy_str_from_uint(uint64_t v) {
  char tmp[24];
  int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
  return rpy_str_from_utf8(tmp, n);
}

uint64_t rpy_uint_floordiv(uint64_t a, uint64_t b) {
  if (RPY_UNLIKELY(b == 0)) {
    RPY_RAISE(ZeroDivisionError, "integer division or modulo by zero");
    return 0;
  }
  return a / b;
}

uint64_t rpy_uint_mod(uint64_t a, uint64_t b) {
  if (RPY_UNLIKELY(b == 0)) {
    RPY_RAISE(ZeroDivisionError, "integer modulo by zero");
    return 0;
  }
  return a % b;
}

// a << n and a >> n, n an int (or an r_uint, passed as its bits with
// n_unsigned set): a shift by 64 or more leaves 0.
uint64_t rpy_uint_lshift(uint64_t a, int64_t n, bool n_unsigned) {
  if (RPY_UNLIKELY(n < 0 && !n_unsigned)) {
    RPY_RAISE(ValueError, "negative shift count");
    return 0;
  }
  return (uint64_t)n >= 64 ? 0 : a << n;
}

uint64_t rpy_uint_rshift(uint64_t a, int64_t n, bool n_unsigned) {
  if (RPY_UNLIKELY(n < 0 && !n_unsigned)) {
    RPY_RAISE(ValueError, "negative shift count");
    return 0;
  }
  return (uint64_t)n >= 64 ? 0 : a >> n;
}

// Compares two numbers, each an int or an r_uint (its bits with the
// flag set): -1, 0 or 1.
int64_t rpy_uint_cmp(int64_t a, bool a_unsigned, int64_t b, bool b_unsigned) {
  bool a_neg = !a_unsigned && a < 0, b_neg = !b_unsigned && b < 0;
  if (a_neg != b_neg) return a_neg ? -1 : 1;
  if (a_neg) return a < b ? -1 : a > b;  // both negative ints
  uint64_t x = (uint64_t)a, y = (uint64_t)b;
  return x < y ? -1 : x > y;
}

// int(u): OverflowError past the int range, as rpyc's ints.
int64_t rpy_uint_to_int(uint64_t u) {
  if (RPY_UNLIKELY(u > (uint64_t)INT64_MAX)) {
    RPY_RAISE(OverflowError, "integer overflow");
    return 0;
  }
  return (int64_t)u;
}

double rpy_uint_to_float(uint64_t u) { return (double)u; }

}  // extern "C"
