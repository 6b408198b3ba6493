// rt_format.cpp: the `%` operator on str, one conversion at a time.
//
// The code generator splits a format string into literal parts and
// conversions and calls rpy_format_int/float/str for each conversion with
// the parsed flags, width and precision (rpyc_rt.h), then joins the
// pieces. Each helper produces the body (digits, without sign) and then
// pads it the way CPython's unicode_format_arg_output does: sign, then the
// 0x/0o prefix, then zeros (flag '0', numbers only) or spaces before, or
// spaces after for '-'. Widths count code points.
//
// A format string that is not a constant is parsed here at run time
// (rpy_format_dynamic): the generated code collects the values, tagged
// with their types, in an rpy_fmt_args, and each conversion then goes
// through the same helpers, raising CPython's TypeError/ValueError where
// a conversion does not fit its value.
#include <stddef.h>
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

// ---- formats known only at run time -----------------------------------

namespace {

enum ArgKind : int64_t { kArgInt, kArgBool, kArgFloat, kArgStr, kArgNone };

struct FmtArg {
  int64_t kind;
  int64_t i;    // int, bool
  double f;     // float
  rpy_str* s;   // str
};

struct FmtArgs {
  int64_t count;
  int64_t used;  // appended so far, then consumed by the conversions
  FmtArg items[1];
};

const char* KindName(int64_t kind) {
  switch (kind) {
    case kArgInt: return "int";
    case kArgBool: return "bool";
    case kArgFloat: return "float";
    case kArgStr: return "str";
    default: return "NoneType";
  }
}

FmtArg* Append(void* args) {
  FmtArgs* a = (FmtArgs*)args;
  return &a->items[a->used++];
}

// "%d format: a real number is required, not str" and the like.
void RaiseNotNumber(char conv, const char* what, const char* kind) {
  char msg[96];
  snprintf(msg, sizeof msg, "%%%c format: %s is required, not %s", conv, what, kind);
  RPY_RAISE(TypeError, msg);
}

// One conversion of one value; NULL with an exception set when they do
// not fit (CPython's messages).
rpy_str* Convert(const FmtArg* v, uint32_t conv, int32_t flags, int32_t width, int32_t prec) {
  bool integral = v->kind == kArgInt || v->kind == kArgBool;
  switch (conv) {
    case 's': case 'r': case 'a': {
      rpy_str* s;
      switch (v->kind) {
        case kArgInt: s = rpy_str_from_int(v->i); break;
        case kArgBool: s = rpy_str_from_bool(v->i != 0); break;
        case kArgFloat: s = rpy_str_from_float(v->f); break;
        case kArgStr:
          s = conv == 's' ? v->s : conv == 'r' ? rpy_str_repr(v->s) : rpy_str_ascii(v->s);
          break;
        default: s = rpy_str_none(); break;
      }
      return rpy_format_str(s, flags, width, prec);
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
      if (integral) return rpy_format_int(v->i, flags, width, prec, (int32_t)conv);
      if (v->kind == kArgFloat) return rpy_format_float(v->f, flags, width, prec, (int32_t)conv);
      RaiseNotNumber((char)conv,
                     conv == 'x' || conv == 'X' || conv == 'o' ? "an integer" : "a real number",
                     KindName(v->kind));
      return NULL;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      if (integral) return rpy_format_int(v->i, flags, width, prec, (int32_t)conv);
      if (v->kind == kArgFloat) return rpy_format_float(v->f, flags, width, prec, (int32_t)conv);
      {
        char msg[64];
        snprintf(msg, sizeof msg, "must be real number, not %s", KindName(v->kind));
        RPY_RAISE(TypeError, msg);
      }
      return NULL;
    case 'c':
      if (integral) return rpy_format_int(v->i, flags, width, -1, 'c');
      if (v->kind == kArgStr && v->s->length == 1) return rpy_format_str(v->s, flags, width, -1);
      RPY_RAISE(TypeError, "%c requires int or char");
      return NULL;
    default:
      return NULL;  // unsupported: the caller raises ValueError
  }
}

}  // namespace

extern "C" {

void* rpy_fmt_args_new(int64_t count) {
  size_t size = offsetof(FmtArgs, items) + sizeof(FmtArg) * (size_t)(count > 0 ? count : 1);
  FmtArgs* a = (FmtArgs*)rpy_gc_malloc((int64_t)size);
  a->count = count;
  return a;
}

void rpy_fmt_args_int(void* args, int64_t v) {
  FmtArg* a = Append(args);
  a->kind = kArgInt;
  a->i = v;
}

void rpy_fmt_args_bool(void* args, bool v) {
  FmtArg* a = Append(args);
  a->kind = kArgBool;
  a->i = v;
}

void rpy_fmt_args_float(void* args, double v) {
  FmtArg* a = Append(args);
  a->kind = kArgFloat;
  a->f = v;
}

void rpy_fmt_args_str(void* args, rpy_str* v) {
  FmtArg* a = Append(args);
  a->kind = v ? kArgStr : kArgNone;
  a->s = v;
}

rpy_str* rpy_format_dynamic(rpy_str* fmt, void* args) {
  RPY_ROOT(fmt);
  RPY_ROOT(args);
  FmtArgs* a = (FmtArgs*)args;
  a->used = 0;
  const char* d = fmt->data;
  int64_t n = fmt->size;
  rpy_buf out;
  rpy_buf_init(&out);
  auto fail = [&](const char* type, const char* msg) -> rpy_str* {
    rpy_buf_free(&out);
    if (type) rpy_raise_msg(type[0] == 'V' ? &rpy_vt_ValueError : &rpy_vt_TypeError, msg);
    return NULL;
  };
  auto fetch = [&]() -> const FmtArg* {
    return a->used < a->count ? &a->items[a->used++] : NULL;
  };
  const char* kNotEnough = "not enough arguments for format string";
  for (int64_t i = 0; i < n; i++) {
    if (d[i] != '%') {
      int64_t start = i;
      while (i + 1 < n && d[i + 1] != '%') i++;
      rpy_buf_append(&out, d + start, i + 1 - start);
      continue;
    }
    if (++i >= n) return fail("V", "incomplete format");
    if (d[i] == '%') {
      rpy_buf_append_char(&out, '%', 1);
      continue;
    }
    if (d[i] == '(') return fail("T", "format requires a mapping");
    int32_t flags = 0, width = -1, prec = -1;
    for (; i < n; i++) {
      char c = d[i];
      int bit = c == '-' ? kFlagLeft : c == '+' ? kFlagSign : c == ' ' ? kFlagSpace
                : c == '#' ? kFlagAlt : c == '0' ? kFlagZero : 0;
      if (!bit) break;
      flags |= bit;
    }
    for (int part = 0; part < 2; part++) {  // the width, then `.` and the precision
      if (part == 1) {
        if (i >= n || d[i] != '.') break;
        i++;
      }
      int64_t value = 0;
      if (i < n && d[i] == '*') {
        const FmtArg* w = fetch();
        if (!w) return fail("T", kNotEnough);
        if (w->kind != kArgInt && w->kind != kArgBool) return fail("T", "* wants int");
        value = w->i;
        if (part == 0 && value < 0) {  // a negative `*` width left-justifies
          flags |= kFlagLeft;
          value = -value;
        }
        i++;
      } else {
        bool digits = false;
        for (; i < n && d[i] >= '0' && d[i] <= '9'; i++) {
          value = value * 10 + (d[i] - '0');
          if (value > INT32_MAX) return fail("V", part == 0 ? "width too big" : "precision too big");
          digits = true;
        }
        if (part == 0 && !digits) continue;
      }
      if (value > INT32_MAX) value = INT32_MAX;
      if (part == 0) width = (int32_t)value;
      else prec = value < 0 ? 0 : (int32_t)value;
    }
    while (i < n && (d[i] == 'l' || d[i] == 'h' || d[i] == 'L')) i++;
    if (i >= n) return fail("V", "incomplete format");
    int64_t at = i;
    uint32_t conv = rpy_utf8_next(d, n, &at);
    const FmtArg* v = fetch();
    if (!v) return fail("T", kNotEnough);
    rpy_str* piece = Convert(v, conv, flags, width, prec);
    if (!piece) {
      if (rpy_exc_type) return fail(NULL, NULL);
      char msg[96];  // CPython shows a character above 127 as '?'
      snprintf(msg, sizeof msg, "unsupported format character '%c' (0x%x) at index %lld",
               conv < 128 ? (char)conv : '?', (unsigned)conv, (long long)rpy_utf8_count(d, i));
      return fail("V", msg);
    }
    rpy_buf_append(&out, piece->data, piece->size);
    i = at - 1;
  }
  if (a->used < a->count) return fail("T", "not all arguments converted during string formatting");
  return rpy_buf_finish(&out);
}

}  // extern "C"
