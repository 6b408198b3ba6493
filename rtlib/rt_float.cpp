// rt_float.cpp: float operations with CPython's semantics.
//
// These follow CPython 3.11's Objects/floatobject.c: division by zero
// raises ZeroDivisionError with CPython's messages, // and % use
// float_divmod's algorithm (fmod, sign fix-up, snapping the quotient, and
// signed zeros), and ** follows float_pow's special cases before handing
// finite operands to libm's pow. One difference: a negative base with a
// non-integer exponent gives a complex number in CPython; rpyc has no
// complex type and raises ValueError instead.
#include <math.h>

#include "rtlib/rt_internal.h"

static bool IsOddInteger(double x) {
  return fmod(fabs(x), 2.0) == 1.0;
}

// CPython's _float_div_mod; wx != 0.
static void FloatDivMod(double vx, double wx, double* floordiv, double* mod) {
  *mod = fmod(vx, wx);
  // fmod is exact, so vx - mod is mathematically a multiple of wx; the
  // floating-point quotient is very close to an integer and gets snapped.
  double div = (vx - *mod) / wx;
  if (*mod != 0.0) {
    if ((wx < 0) != (*mod < 0)) {  // remainder takes the divisor's sign
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = copysign(0.0, wx);
  }
  if (div != 0.0) {
    *floordiv = floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = copysign(0.0, vx / wx);
  }
}

extern "C" {

double rpy_float_div(double a, double b) {
  if (RPY_UNLIKELY(b == 0.0)) {
    RPY_RAISE(ZeroDivisionError, "float division by zero");
    return 0.0;
  }
  return a / b;
}

double rpy_float_floordiv(double a, double b) {
  if (RPY_UNLIKELY(b == 0.0)) {
    RPY_RAISE(ZeroDivisionError, "float floor division by zero");
    return 0.0;
  }
  double q, r;
  FloatDivMod(a, b, &q, &r);
  return q;
}

double rpy_float_mod(double a, double b) {
  if (RPY_UNLIKELY(b == 0.0)) {
    RPY_RAISE(ZeroDivisionError, "float modulo");
    return 0.0;
  }
  double mod = fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = copysign(0.0, b);
  }
  return mod;
}

double rpy_float_pow(double iv, double iw) {
  if (iw == 0.0) return 1.0;  // v**0 is 1, even 0**0 and nan**0
  if (isnan(iv)) return iv;
  if (isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (isinf(iw)) {
    // |v| < 1: v**inf = 0, v**-inf = inf; |v| > 1 the other way round.
    iv = fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return fabs(iw);
    return 0.0;
  }
  if (isinf(iv)) {
    bool odd = IsOddInteger(iw);
    if (iw > 0.0) return odd ? iv : fabs(iv);
    return odd ? copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) {
      RPY_RAISE(ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return 0.0;
    }
    return IsOddInteger(iw) ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != floor(iw)) {
      RPY_RAISE(ValueError, "negative number cannot be raised to a fractional power");
      return 0.0;
    }
    iv = -iv;
    negate = IsOddInteger(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;  // also (-1) ** huge
  // Finite, nonzero, positive base != 1: libm's turn. An infinite result
  // is ERANGE overflow; underflow to 0 is not an error (_Py_ADJUST_ERANGE1).
  double ix = pow(iv, iw);
  if (RPY_UNLIKELY(isinf(ix))) {
    RPY_RAISE(OverflowError, "(34, 'Numerical result out of range')");
    return 0.0;
  }
  return negate ? -ix : ix;
}

}  // extern "C"
