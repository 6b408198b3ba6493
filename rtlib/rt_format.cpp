// rt_format.cpp: the `%` operator on str, one conversion at a time.
//
// The code generator splits a format string into literal parts and
// conversions and calls rpy_format_int/float/str for each conversion with
// the parsed flags, width and precision (rpyc_rt.h), then joins the
// pieces. Each helper produces the body (digits, without sign) and then
// pads it the way CPython's unicode_format_arg_output does: sign, then the
// 0x/0o prefix, then zeros (flag '0', numbers only) or spaces before, or
// spaces after for '-'. Widths count code points.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rtlib/rt_internal.h"

enum {
  kFlagLeft = 1,   // '-'
  kFlagSign = 2,   // '+'
  kFlagSpace = 4,  // ' '
  kFlagAlt = 8,    // '#'
  kFlagZero = 16,  // '0'
};

// Lays out sign + prefix + body in `width` code points and makes the str.
static rpy_str* Pad(int32_t flags, int32_t width, bool negative, const char* prefix,
                    const char* body, int64_t body_size, bool numeric) {
  char sign[2] = {0, 0};
  if (numeric) {
    if (negative)
      sign[0] = '-';
    else if (flags & kFlagSign)
      sign[0] = '+';
    else if (flags & kFlagSpace)
      sign[0] = ' ';
  }
  int64_t used = (int64_t)strlen(sign) + (int64_t)strlen(prefix) + rpy_utf8_count(body, body_size);
  int64_t fill = width > used ? width - used : 0;
  rpy_buf b;
  rpy_buf_init(&b);
  bool zero = numeric && (flags & kFlagZero) && !(flags & kFlagLeft);
  if (!(flags & kFlagLeft) && !zero) rpy_buf_append_char(&b, ' ', fill);
  rpy_buf_append_cstr(&b, sign);
  rpy_buf_append_cstr(&b, prefix);
  if (zero) rpy_buf_append_char(&b, '0', fill);
  rpy_buf_append(&b, body, body_size);
  if (flags & kFlagLeft) rpy_buf_append_char(&b, ' ', fill);
  return rpy_buf_finish(&b);
}

// %c: the character with code point v; no zero padding.
static rpy_str* FormatChar(int64_t v, int32_t flags, int32_t width) {
  if (v < 0 || v > 0x10FFFF) {
    RPY_RAISE(OverflowError, "%c arg not in range(0x110000)");
    return NULL;
  }
  char utf8[4];
  int n = rpy_utf8_encode((uint32_t)v, utf8);
  return Pad(flags, width, false, "", utf8, n, false);
}

static rpy_str* FormatFloatBody(double v, int32_t flags, int32_t width, int32_t prec,
                                int32_t conv) {
  bool upper = conv == 'E' || conv == 'F' || conv == 'G';
  bool negative = signbit(v) && !isnan(v);
  if (!isfinite(v)) {
    const char* text = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return Pad(flags, width, negative, "", text, 3, true);
  }
  char spec[8];
  snprintf(spec, sizeof spec, "%%%s.*%c", (flags & kFlagAlt) ? "#" : "", (char)conv);
  if (prec < 0) prec = 6;
  double a = fabs(v);
  int n = snprintf(NULL, 0, spec, prec, a);
  rpy_buf digits;
  rpy_buf_init(&digits);
  rpy_buf_append_char(&digits, 0, n + 1);
  snprintf(digits.data, (size_t)n + 1, spec, prec, a);
  rpy_str* s = Pad(flags, width, negative, "", digits.data, n, true);
  rpy_buf_free(&digits);
  return s;
}

extern "C" {

rpy_str* rpy_format_int(int64_t v, int32_t flags, int32_t width, int32_t prec, int32_t conv) {
  switch (conv) {
    case 'c':
      return FormatChar(v, flags, width);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return FormatFloatBody((double)v, flags, width, prec, conv);
    default:
      break;
  }
  uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  char digits[32];
  const char* prefix = "";
  int n;
  if (conv == 'x' || conv == 'X') {
    n = snprintf(digits, sizeof digits, conv == 'x' ? "%llx" : "%llX", (unsigned long long)mag);
    if (flags & kFlagAlt) prefix = conv == 'x' ? "0x" : "0X";
  } else if (conv == 'o') {
    n = snprintf(digits, sizeof digits, "%llo", (unsigned long long)mag);
    if (flags & kFlagAlt) prefix = "0o";
  } else {  // d, i, u
    n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)mag);
  }
  // A precision is a minimum digit count (Python keeps the '0' flag too).
  rpy_buf body;
  rpy_buf_init(&body);
  if (prec > n) rpy_buf_append_char(&body, '0', prec - n);
  rpy_buf_append(&body, digits, n);
  rpy_str* s = Pad(flags, width, v < 0, prefix, body.data, body.size, true);
  rpy_buf_free(&body);
  return s;
}

rpy_str* rpy_format_float(double v, int32_t flags, int32_t width, int32_t prec, int32_t conv) {
  switch (conv) {
    case 'd':
    case 'i':
    case 'u': {
      int64_t i = rpy_float_to_int(v);  // '%d' % 3.7 is '3'
      if (rpy_exc_type) return NULL;
      return rpy_format_int(i, flags, width, prec, conv);
    }
    case 'x':
    case 'X':
    case 'o':
    case 'c': {
      char msg[64];
      snprintf(msg, sizeof msg, "%%%c format: an integer is required, not float", (char)conv);
      if (conv == 'c') snprintf(msg, sizeof msg, "%%c requires int or char");
      RPY_RAISE(TypeError, msg);
      return NULL;
    }
    case 'r':
    case 's':
    case 'a':
      return rpy_format_str(rpy_str_from_float(v), flags, width, prec);
    default:
      return FormatFloatBody(v, flags, width, prec, conv);
  }
}

rpy_str* rpy_format_str(rpy_str* s, int32_t flags, int32_t width, int32_t prec) {
  int64_t size = s->size;
  if (prec >= 0 && prec < s->length) {  // precision truncates to code points
    int64_t pos = 0;
    for (int32_t i = 0; i < prec; i++) rpy_utf8_next(s->data, s->size, &pos);
    size = pos;
  }
  if (size == s->size && width <= s->length) return s;
  RPY_ROOT(s);
  return Pad(flags, width, false, "", s->data, size, false);
}

// %c of an int: the character with that code point.
rpy_str* rpy_format_char(int64_t cp) {
  if (cp < 0 || cp > 0x10FFFF) {
    RPY_RAISE(OverflowError, "%c arg not in range(0x110000)");
    return NULL;
  }
  return rpy_str_chr(cp);
}

// %c of a str: it must be one character.
rpy_str* rpy_format_char_str(rpy_str* s) {
  if (s->length != 1) {
    RPY_RAISE(TypeError, "%c requires int or char");
    return NULL;
  }
  return s;
}

}  // extern "C"
