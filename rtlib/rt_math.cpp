// rt_math.cpp: the `math` module with CPython 3.11's error behaviour.
//
// As Modules/mathmodule.c's math_1: a NaN result from a non-NaN argument
// is ValueError("math domain error"); an infinite result from a finite
// argument is OverflowError("math range error") for functions that can
// overflow, ValueError otherwise. Integer results beyond int64 raise
// OverflowError (rpyc's 64-bit int; see README.md).
#include <math.h>
#include <stdint.h>

#include "rtlib/rt_internal.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

namespace {

double DomainError() {
  RPY_RAISE(ValueError, "math domain error");
  return 0.0;
}

double RangeError() {
  RPY_RAISE(OverflowError, "math range error");
  return 0.0;
}

double Math1(double x, double r, bool can_overflow) {
  if (isnan(r) && !isnan(x)) return DomainError();
  if (isinf(r) && isfinite(x)) return can_overflow ? RangeError() : DomainError();
  return r;
}

// CPython's m_log family: log of x > 0, domain error otherwise.
double LogHelper(double x, double (*f)(double)) {
  if (isnan(x)) return x;
  if (x <= 0.0) return DomainError();
  return f(x);
}

}  // namespace

extern "C" {

double rpy_math_sqrt(double x) {
  return Math1(x, sqrt(x), false);
}
double rpy_math_exp(double x) {
  return Math1(x, exp(x), true);
}
double rpy_math_log(double x) {
  return LogHelper(x, log);
}
double rpy_math_log_base(double x, double base) {
  double num = LogHelper(x, log);
  if (rpy_exc_type) return 0.0;
  double den = LogHelper(base, log);
  if (rpy_exc_type) return 0.0;
  return rpy_float_div(num, den);
}
double rpy_math_log2(double x) {
  return LogHelper(x, log2);
}
double rpy_math_log10(double x) {
  return LogHelper(x, log10);
}

double rpy_math_pow(double x, double y) {
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x)) return y == 0.0 ? 1.0 : x;
    if (isnan(y)) return x == 1.0 ? 1.0 : y;
    if (isinf(x)) {
      bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.0) return odd_y ? x : fabs(x);
      if (y == 0.0) return 1.0;
      return odd_y ? copysign(0.0, x) : 0.0;
    }
    // y infinite
    if (fabs(x) == 1.0) return 1.0;
    if (y > 0.0 && fabs(x) > 1.0) return y;
    if (y < 0.0 && fabs(x) < 1.0) return -y;
    return 0.0;
  }
  double r = pow(x, y);
  if (isnan(r)) return DomainError();
  if (isinf(r)) return x == 0.0 ? DomainError() : RangeError();
  return r;
}

double rpy_math_sin(double x) {
  return Math1(x, sin(x), false);
}
double rpy_math_cos(double x) {
  return Math1(x, cos(x), false);
}
double rpy_math_tan(double x) {
  return Math1(x, tan(x), false);
}
double rpy_math_asin(double x) {
  return Math1(x, asin(x), false);
}
double rpy_math_acos(double x) {
  return Math1(x, acos(x), false);
}
double rpy_math_atan(double x) {
  return Math1(x, atan(x), false);
}
double rpy_math_atan2(double y, double x) {
  return atan2(y, x);
}
double rpy_math_sinh(double x) {
  return Math1(x, sinh(x), true);
}
double rpy_math_cosh(double x) {
  return Math1(x, cosh(x), true);
}
double rpy_math_tanh(double x) {
  return Math1(x, tanh(x), false);
}

int64_t rpy_math_floor(double x) {
  return rpy_float_to_int(floor(x));
}
int64_t rpy_math_ceil(double x) {
  return rpy_float_to_int(ceil(x));
}
int64_t rpy_math_trunc(double x) {
  return rpy_float_to_int(x);
}

double rpy_math_fabs(double x) {
  return fabs(x);
}

double rpy_math_fmod(double x, double y) {
  if (isinf(y) && isfinite(x)) return x;
  double r = fmod(x, y);
  if (isnan(r) && !isnan(x) && !isnan(y)) return DomainError();
  return r;
}

double rpy_math_hypot(double x, double y) {
  if (isinf(x) || isinf(y)) return INFINITY;  // even if the other is NaN
  return hypot(x, y);
}

double rpy_math_degrees(double x) {
  return x * (180.0 / M_PI);
}
double rpy_math_radians(double x) {
  return x * (M_PI / 180.0);
}
bool rpy_math_isnan(double x) {
  return isnan(x);
}
bool rpy_math_isinf(double x) {
  return isinf(x);
}
bool rpy_math_isfinite(double x) {
  return isfinite(x);
}
double rpy_math_copysign(double x, double y) {
  return copysign(x, y);
}

int64_t rpy_math_gcd(int64_t a, int64_t b) {
  uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  while (y) {
    uint64_t t = x % y;
    x = y;
    y = t;
  }
  if (x > (uint64_t)INT64_MAX) {
    RPY_RAISE(OverflowError, "integer overflow");
    return 0;
  }
  return (int64_t)x;
}

int64_t rpy_math_factorial(int64_t n) {
  if (n < 0) {
    RPY_RAISE(ValueError, "factorial() not defined for negative values");
    return 0;
  }
  if (n > 20) {
    RPY_RAISE(OverflowError, "integer overflow");
    return 0;
  }
  int64_t r = 1;
  for (int64_t i = 2; i <= n; i++) r *= i;
  return r;
}

int64_t rpy_math_isqrt(int64_t n) {
  if (n < 0) {
    RPY_RAISE(ValueError, "isqrt() argument must be nonnegative");
    return 0;
  }
  uint64_t r = (uint64_t)sqrt((double)n);
  while (r * r > (uint64_t)n) r--;
  while ((r + 1) * (r + 1) <= (uint64_t)n) r++;
  return (int64_t)r;
}

double rpy_math_modf(double x, double* int_part) {
  if (isinf(x)) {
    *int_part = x;
    return copysign(0.0, x);
  }
  return modf(x, int_part);
}

double rpy_math_frexp(double x, int64_t* exponent) {
  if (isnan(x) || isinf(x) || x == 0.0) {
    *exponent = 0;
    return x;
  }
  int e;
  double m = frexp(x, &e);
  *exponent = e;
  return m;
}

// The two halves of modf() and frexp(), one call each: the rtyper builds
// the tuple (annotator/math_functions.def, result letters P and E).
double rpy_math_modf_frac(double x) {
  double ip;
  return rpy_math_modf(x, &ip);
}
double rpy_math_modf_int(double x) {
  double ip;
  rpy_math_modf(x, &ip);
  return ip;
}
double rpy_math_frexp_mant(double x) {
  int64_t e;
  return rpy_math_frexp(x, &e);
}
int64_t rpy_math_frexp_exp(double x) {
  int64_t e;
  rpy_math_frexp(x, &e);
  return e;
}

double rpy_math_ldexp(double x, int64_t i) {
  if (x == 0.0 || !isfinite(x)) return x;
  int e = i > 100000 ? 100000 : i < -100000 ? -100000 : (int)i;
  double r = ldexp(x, e);
  if (isinf(r)) return RangeError();
  return r;
}

double rpy_math_expm1(double x) {
  return Math1(x, expm1(x), true);
}

double rpy_math_log1p(double x) {
  if (isnan(x)) return x;
  if (x <= -1.0) return DomainError();
  return log1p(x);
}

int64_t rpy_math_lcm(int64_t a, int64_t b) {
  if (a == 0 || b == 0) return 0;
  int64_t g = rpy_math_gcd(a, b);
  if (rpy_exc_type) return 0;
  int64_t q = a / g, r;
  if (q < 0) q = -q;
  int64_t bb = b < 0 ? -b : b;
  if (__builtin_mul_overflow(q, bb, &r)) {
    RPY_RAISE(OverflowError, "integer overflow");
    return 0;
  }
  return r;
}

// comb(n, k) and perm(n, k): CPython's errors for negative arguments;
// results beyond int64 raise OverflowError like every rpyc int.
static bool CheckCombArgs(int64_t n, int64_t k) {
  if (n < 0) {
    RPY_RAISE(ValueError, "n must be a non-negative integer");
    return false;
  }
  if (k < 0) {
    RPY_RAISE(ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

int64_t rpy_math_comb(int64_t n, int64_t k) {
  if (!CheckCombArgs(n, k)) return 0;
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  // r * (n - i) / (i + 1) is exact at every step; the product may
  // exceed 64 bits before the division.
  unsigned __int128 r = 1;
  for (int64_t i = 0; i < k; i++) {
    r = r * (unsigned __int128)(n - i) / (unsigned __int128)(i + 1);
    if (r > (unsigned __int128)INT64_MAX) {
      RPY_RAISE(OverflowError, "integer overflow");
      return 0;
    }
  }
  return (int64_t)r;
}

int64_t rpy_math_perm(int64_t n, int64_t k) {
  if (!CheckCombArgs(n, k)) return 0;
  if (k > n) return 0;
  int64_t r = 1;
  for (int64_t i = 0; i < k; i++) {
    if (__builtin_mul_overflow(r, n - i, &r)) {
      RPY_RAISE(OverflowError, "integer overflow");
      return 0;
    }
  }
  return r;
}

}  // extern "C"
