// rt_convert.cpp: conversions between numbers and str: str(int),
// repr(float), int(str) and float(str), with CPython's texts and errors.
//
// repr(float) is the shortest decimal string that reads back as the same
// double. We find it by asking snprintf for 1, 2, ... 17 significant
// digits (correctly rounded in glibc and musl) and taking the first that
// strtod maps back to the value, then lay the digits out by CPython's
// rule: scientific notation when the decimal exponent is below -4 or at
// least 16, else fixed notation with at least one digit after the point.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

int rpy_float_repr_cstr(double v, char* out) {
  if (isnan(v)) return (int)(strcpy(out, "nan"), 3);
  if (isinf(v)) return v > 0 ? (int)(strcpy(out, "inf"), 3) : (int)(strcpy(out, "-inf"), 4);
  char sci[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(sci, sizeof sci, "%.*e", prec - 1, v);
    if (strtod(sci, NULL) == v) break;
  }
  // sci is "[-]d[.ddd]e[+-]xx": collect the digits and the exponent.
  char digits[20];
  int ndigits = 0;
  const char* p = sci;
  bool negative = *p == '-';
  if (negative) p++;
  for (; *p != 'e'; p++)
    if (*p != '.') digits[ndigits++] = *p;
  int exp = atoi(p + 1);
  while (ndigits > 1 && digits[ndigits - 1] == '0') ndigits--;
  if (digits[0] == '0') exp = 0;  // zero

  char* o = out;
  if (negative) *o++ = '-';
  if (exp < -4 || exp >= 16) {
    *o++ = digits[0];
    if (ndigits > 1) {
      *o++ = '.';
      memcpy(o, digits + 1, (size_t)(ndigits - 1));
      o += ndigits - 1;
    }
    o += sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  } else if (exp < 0) {
    *o++ = '0';
    *o++ = '.';
    for (int i = -1; i > exp; i--) *o++ = '0';
    memcpy(o, digits, (size_t)ndigits);
    o += ndigits;
  } else {
    for (int i = 0; i <= exp; i++) *o++ = i < ndigits ? digits[i] : '0';
    *o++ = '.';
    if (ndigits > exp + 1) {
      memcpy(o, digits + exp + 1, (size_t)(ndigits - exp - 1));
      o += ndigits - exp - 1;
    } else {
      *o++ = '0';
    }
  }
  *o = 0;
  return (int)(o - out);
}

// Strips Python whitespace from both ends of UTF-8 text.
static void StripSpace(const char** data, int64_t* size) {
  const char* s = *data;
  int64_t n = *size, pos = 0;
  while (pos < n) {
    int64_t next = pos;
    if (!rpy_unicode_isspace(rpy_utf8_next(s, n, &next))) break;
    pos = next;
  }
  s += pos;
  n -= pos;
  while (n > 0) {
    int64_t start = n - 1;
    while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80) start--;
    int64_t next = start;
    if (!rpy_unicode_isspace(rpy_utf8_next(s, n, &next))) break;
    n = start;
  }
  *data = s;
  *size = n;
}

// Raises ValueError("<prefix><repr(s)>"). CPython truncates the repr to
// 200 code points for int() (its %.200R), not for float().
static void RaiseInvalid(const char* prefix, rpy_str* s, int64_t max_chars) {
  rpy_buf b;
  rpy_buf_init(&b);
  rpy_buf_append_cstr(&b, prefix);
  int64_t start = b.size;
  rpy_buf_append_repr(&b, s->data, s->size, false);
  if (max_chars >= 0) {
    int64_t pos = start, count = 0;
    while (pos < b.size && count < max_chars) {
      rpy_utf8_next(b.data, b.size, &pos);
      count++;
    }
    b.size = pos;
  }
  rpy_raise_str(&rpy_vt_ValueError, rpy_buf_finish(&b));
}

// Copies the digits of data[*pos..] into out, dropping single underscores
// that sit between two digits; returns the number of digits (0 if the
// text at *pos does not start with a digit or an underscore is misplaced).
static int64_t ScanDigits(const char* data, int64_t size, int64_t* pos, rpy_buf* out) {
  int64_t i = *pos, count = 0;
  while (i < size) {
    char c = data[i];
    if (c >= '0' && c <= '9') {
      rpy_buf_append_char(out, c, 1);
      count++;
      i++;
    } else if (c == '_' && count > 0 && i + 1 < size && data[i + 1] >= '0' && data[i + 1] <= '9') {
      i++;
    } else {
      break;
    }
  }
  *pos = i;
  return count;
}

static bool MatchNoCase(const char* data, int64_t size, const char* word) {
  int64_t n = (int64_t)strlen(word);
  if (size != n) return false;
  for (int64_t i = 0; i < n; i++) {
    char c = data[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

extern "C" {

rpy_str* rpy_str_from_int(int64_t v) {
  char tmp[24];
  int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
  return rpy_str_from_utf8(tmp, n);
}

rpy_str* rpy_str_from_float(double v) {
  char tmp[40];
  int n = rpy_float_repr_cstr(v, tmp);
  return rpy_str_from_utf8(tmp, n);
}

int64_t rpy_str_to_int(rpy_str* s) { return rpy_str_to_int_base(s, 10); }

// The value of digit character c (0-9, a-z, A-Z), or 99.
static int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// int(s, base): base 0 (the prefix decides; no leading zeros in decimal)
// or 2..36, where a matching 0x/0o/0b prefix is allowed. Underscores may
// follow the prefix and sit between digits. Errors as CPython's.
int64_t rpy_str_to_int_base(rpy_str* s, int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) {
    RPY_RAISE(ValueError, "int() base must be >= 2 and <= 36, or 0");
    return 0;
  }
  const char* data = s->data;
  int64_t size = s->size;
  StripSpace(&data, &size);
  int64_t pos = 0;
  bool negative = false;
  if (pos < size && (data[pos] == '+' || data[pos] == '-')) negative = data[pos++] == '-';
  int64_t b = base;
  bool prefixed = false;
  if (pos + 1 < size && data[pos] == '0') {
    char p = (char)(data[pos + 1] | 0x20);
    int64_t pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      b = pb;
      prefixed = true;
      pos += 2;
    }
  }
  if (b == 0) b = 10;
  // Decimal with base 0: a leading zero allows only zeros.
  bool zeros_only = base == 0 && !prefixed && pos < size && data[pos] == '0';
  int64_t acc = 0, count = 0;
  bool overflow = false, ok = true;
  bool underscore_ok = prefixed;  // an underscore may follow the prefix
  while (pos < size) {
    char c = data[pos];
    if (c == '_') {
      if (!underscore_ok) break;
      underscore_ok = false;
      pos++;
      if (pos == size) ok = false;  // trailing underscore
      continue;
    }
    int d = DigitValue(c);
    if (d >= b) break;
    if (zeros_only && d != 0) break;
    // Accumulate negatively so that INT64_MIN parses.
    overflow = overflow || __builtin_mul_overflow(acc, b, &acc) ||
               __builtin_sub_overflow(acc, (int64_t)d, &acc);
    count++;
    underscore_ok = true;
    pos++;
  }
  if (!ok || count == 0 || pos != size) {
    char prefix[64];
    snprintf(prefix, sizeof prefix, "invalid literal for int() with base %lld: ", (long long)base);
    RaiseInvalid(prefix, s, 200);
    return 0;
  }
  if (!overflow && !negative) overflow = __builtin_sub_overflow((int64_t)0, acc, &acc);
  if (overflow) {
    RPY_RAISE(OverflowError, "int too large for rpyc's 64-bit int");
    return 0;
  }
  return acc;
}

// float(s): [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits],
// underscores only between digits, or inf / infinity / nan in any case.
// The text is validated here and then handed to strtod without
// underscores (strtod alone would also accept hex floats and "nan(...)").
double rpy_str_to_float(rpy_str* s) {
  const char* data = s->data;
  int64_t size = s->size;
  StripSpace(&data, &size);
  int64_t pos = 0;
  rpy_buf clean;
  rpy_buf_init(&clean);
  if (pos < size && (data[pos] == '+' || data[pos] == '-'))
    rpy_buf_append_char(&clean, data[pos++], 1);
  bool ok;
  if (MatchNoCase(data + pos, size - pos, "inf") ||
      MatchNoCase(data + pos, size - pos, "infinity")) {
    double r = clean.size && clean.data[0] == '-' ? -INFINITY : INFINITY;
    rpy_buf_free(&clean);
    return r;
  } else if (MatchNoCase(data + pos, size - pos, "nan")) {
    rpy_buf_free(&clean);
    return NAN;
  } else {
    int64_t ndigits = ScanDigits(data, size, &pos, &clean);
    if (pos < size && data[pos] == '.') {
      rpy_buf_append_char(&clean, '.', 1);
      pos++;
      ndigits += ScanDigits(data, size, &pos, &clean);
    }
    ok = ndigits > 0;
    if (ok && pos < size && (data[pos] == 'e' || data[pos] == 'E')) {
      rpy_buf_append_char(&clean, 'e', 1);
      pos++;
      if (pos < size && (data[pos] == '+' || data[pos] == '-'))
        rpy_buf_append_char(&clean, data[pos++], 1);
      ok = ScanDigits(data, size, &pos, &clean) > 0;
    }
    ok = ok && pos == size;
  }
  double r = 0.0;
  if (ok) {
    rpy_buf_append_char(&clean, '\0', 1);
    r = strtod(clean.data, NULL);
  }
  rpy_buf_free(&clean);
  if (!ok) {
    RaiseInvalid("could not convert string to float: ", s, -1);
    return 0.0;
  }
  return r;
}

}  // extern "C"
