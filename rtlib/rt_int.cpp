// rt_int.cpp: int operations whose Python semantics differ from C's.
//
// rpyc's int is a 64-bit machine integer. Results that CPython would
// represent as a big int raise OverflowError("integer overflow") instead
// of wrapping (DESIGN.md §2.1). Division and modulo round toward negative
// infinity; true division is correctly rounded like CPython's; int(float)
// truncates and rejects nan, infinities and values outside int64.
#include <math.h>

#include "rtlib/rt_internal.h"

extern "C" {

int64_t rpy_int_floordiv(int64_t a, int64_t b) {
  if (RPY_UNLIKELY(b == 0)) {
    RPY_RAISE(ZeroDivisionError, "integer division or modulo by zero");
    return 0;
  }
  if (RPY_UNLIKELY(b == -1 && a == INT64_MIN)) {
    RPY_RAISE(OverflowError, "integer overflow");
    return 0;
  }
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
  return q;
}

int64_t rpy_int_mod(int64_t a, int64_t b) {
  if (RPY_UNLIKELY(b == 0)) {
    RPY_RAISE(ZeroDivisionError, "integer modulo by zero");
    return 0;
  }
  if (b == -1) return 0;  // also avoids INT64_MIN % -1 trapping
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

int64_t rpy_int_pow(int64_t base, int64_t exp) {
  if (RPY_UNLIKELY(exp < 0)) {
    RPY_RAISE(ValueError,
              "negative exponent in int ** int is not supported by rpyc; "
              "use a float base");
    return 0;
  }
  // Square-and-multiply; the square is only needed while bits remain, so
  // an overflow there is an overflow of the result.
  int64_t result = 1;
  while (exp > 0) {
    if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) goto overflow;
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) goto overflow;
  }
  return result;
overflow:
  RPY_RAISE(OverflowError, "integer overflow");
  return 0;
}

// Correctly rounded a / b. Up to 2^53 both operands are exact doubles and
// one IEEE division rounds correctly. Beyond that, divide exactly in
// 128-bit integers: scale |a| so the quotient has at least 64 significant
// bits, then round that quotient to 53 bits half-to-even, with the
// division remainder as the sticky bit. An int64 quotient is never near
// the double range's ends, so ldexp is exact.
double rpy_int_truediv(int64_t a, int64_t b) {
  if (RPY_UNLIKELY(b == 0)) {
    RPY_RAISE(ZeroDivisionError, "division by zero");
    return 0.0;
  }
  const uint64_t kExact = (uint64_t)1 << 53;
  uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  bool negative = (a < 0) != (b < 0);
  if (ua <= kExact && ub <= kExact) return (double)a / (double)b;
  if (ua == 0) return negative ? -0.0 : 0.0;
  int shift = __builtin_clzll(ua) + 64;  // puts ua's top bit at bit 127
  unsigned __int128 num = (unsigned __int128)ua << shift;
  unsigned __int128 q = num / ub;
  bool sticky = num % ub != 0;
  int bits =
      128 - (q >> 64 ? __builtin_clzll((uint64_t)(q >> 64)) : 64 + __builtin_clzll((uint64_t)q));
  int drop = bits - 53;  // bits >= 64, so drop >= 11
  unsigned __int128 half = (unsigned __int128)1 << (drop - 1);
  unsigned __int128 low = q & (((unsigned __int128)1 << drop) - 1);
  uint64_t mant = (uint64_t)(q >> drop);
  if (low > half || (low == half && (sticky || (mant & 1)))) mant++;
  double r = ldexp((double)mant, drop - shift);
  return negative ? -r : r;
}

int64_t rpy_int_lshift(int64_t a, int64_t b) {
  if (RPY_UNLIKELY(b < 0)) {
    RPY_RAISE(ValueError, "negative shift count");
    return 0;
  }
  if (a == 0) return 0;
  if (b >= 64) goto overflow;
  {
    int64_t r = (int64_t)((uint64_t)a << b);
    if ((r >> b) != a) goto overflow;
    return r;
  }
overflow:
  RPY_RAISE(OverflowError, "integer overflow");
  return 0;
}

int64_t rpy_int_rshift(int64_t a, int64_t b) {
  if (RPY_UNLIKELY(b < 0)) {
    RPY_RAISE(ValueError, "negative shift count");
    return 0;
  }
  if (b >= 64) return a < 0 ? -1 : 0;
  return a >> b;
}

int64_t rpy_float_to_int(double x) {
  if (RPY_UNLIKELY(isnan(x))) {
    RPY_RAISE(ValueError, "cannot convert float NaN to integer");
    return 0;
  }
  if (RPY_UNLIKELY(isinf(x))) {
    RPY_RAISE(OverflowError, "cannot convert float infinity to integer");
    return 0;
  }
  // [-2^63, 2^63) are exactly the doubles that truncate into int64.
  if (RPY_UNLIKELY(x >= 9223372036854775808.0 || x < -9223372036854775808.0)) {
    RPY_RAISE(OverflowError, "int too large for rpyc's 64-bit int");
    return 0;
  }
  return (int64_t)x;
}

}  // extern "C"
