// bytes: immutable byte strings. A bytes value is an rpy_str whose
// `length` equals its `size` (one item per byte, whatever the bytes are),
// so the byte-exact str functions (concatenation, ==, hashing, find,
// split by a separator, replace...) work on it unchanged; what differs from
// str lives here: items are ints, repr is b'...', upper/lower are ASCII
// only, and the conversions to and from str (UTF-8 only).
#include <stdio.h>
#include <string.h>

#include "rtlib/rt_internal.h"

extern "C" {

rpy_str* rpy_bytes_alloc(int64_t size) { return rpy_str_alloc(size, size); }

// A str function's result used as bytes: the same bytes, counted as bytes.
rpy_str* rpy_bytes_rebrand(rpy_str* s) {
  if (s == NULL || s->length == s->size) return s;
  RPY_ROOT(s);
  rpy_str* r = rpy_bytes_alloc(s->size);
  memcpy(r->data, s->data, (size_t)s->size);
  return r;
}

// The same for every item of a list of str (bytes.split).
void rpy_bytes_rebrand_list(rpy_list* l) {
  RPY_ROOT(l);
  for (int64_t i = 0; i < l->length; i++) {
    rpy_str* s = ((rpy_str**)l->items)[i];
    if (s->length != s->size) {
      rpy_str* r = rpy_bytes_rebrand(s);
      ((rpy_str**)l->items)[i] = r;
    }
  }
}

// s.encode('utf-8'): the UTF-8 bytes of the text.
rpy_str* rpy_str_encode_utf8(rpy_str* s) { return rpy_bytes_rebrand(s); }

// Length of the valid UTF-8 sequence at d[i..n), or 0 with *why set to
// CPython's reason.
static int Utf8Sequence(const unsigned char* d, int64_t i, int64_t n, const char** why) {
  unsigned char c = d[i];
  if (c < 0x80) return 1;
  int len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *why = "invalid start byte";
    return 0;
  }
  for (int k = 1; k < len; k++) {
    if (i + k >= n) {
      *why = "unexpected end of data";
      return 0;
    }
    unsigned char b = d[i + k];
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
      *why = "invalid continuation byte";
      return 0;
    }
  }
  return len;
}

// b.decode('utf-8'): UnicodeDecodeError with CPython's message.
rpy_str* rpy_bytes_decode_utf8(rpy_str* b) {
  const unsigned char* d = (const unsigned char*)b->data;
  int64_t n = b->size, count = 0;
  for (int64_t i = 0; i < n;) {
    const char* why = "";
    int len = Utf8Sequence(d, i, n, &why);
    if (len == 0) {
      // A sequence cut short by the end is reported as the range of what is left.
      int64_t end = strcmp(why, "unexpected end of data") == 0 ? n : i + 1;
      char msg[160];
      if (end - i > 1)
        snprintf(msg, sizeof msg, "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                 (long long)i, (long long)(end - 1), why);
      else
        snprintf(msg, sizeof msg, "'utf-8' codec can't decode byte 0x%02x in position %lld: %s",
                 d[i], (long long)i, why);
      rpy_raise_msg(&rpy_vt_UnicodeDecodeError, msg);
      return NULL;
    }
    i += len;
    count++;
  }
  RPY_ROOT(b);
  rpy_str* r = rpy_str_alloc(n, count);
  memcpy(r->data, b->data, (size_t)n);
  return r;
}

// b[i]: an int; IndexError as CPython's.
int64_t rpy_bytes_getitem(rpy_str* b, int64_t i) {
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    RPY_RAISE(IndexError, "index out of range");
    return 0;
  }
  return (unsigned char)b->data[i];
}

// b[start:stop:step].
rpy_str* rpy_bytes_slice(rpy_str* b, int64_t start, int64_t stop, int64_t step, bool has_start,
                         bool has_stop) {
  int64_t a, e;
  int64_t n = rpy_slice_indices(b->size, start, stop, step, has_start, has_stop, &a, &e);
  if (n < 0) return NULL;
  RPY_ROOT(b);
  rpy_str* r = rpy_bytes_alloc(n);
  for (int64_t i = 0, k = a; i < n; i++, k += step) r->data[i] = b->data[k];
  return r;
}

// `x in b` for an int x: ValueError outside range(256).
bool rpy_bytes_contains_int(rpy_str* b, int64_t x) {
  if (x < 0 || x > 255) {
    RPY_RAISE(ValueError, "byte must be in range(0, 256)");
    return false;
  }
  return memchr(b->data, (int)x, (size_t)b->size) != NULL;
}

// bytes(list of int).
rpy_str* rpy_bytes_from_list(rpy_list* l) {
  RPY_ROOT(l);
  rpy_str* r = rpy_bytes_alloc(l->length);
  for (int64_t i = 0; i < l->length; i++) {
    int64_t v = ((int64_t*)l->items)[i];
    if (v < 0 || v > 255) {
      RPY_RAISE(ValueError, "bytes must be in range(0, 256)");
      return NULL;
    }
    r->data[i] = (char)v;
  }
  return r;
}

// list(b): the bytes as ints.
rpy_list* rpy_bytes_to_list(rpy_str* b) {
  RPY_ROOT(b);
  rpy_list* l = rpy_list_new(b->size, 8, false);
  for (int64_t i = 0; i < b->size; i++) ((int64_t*)l->items)[i] = (unsigned char)b->data[i];
  return l;
}

// repr(b): b'...' with CPython's quote choice and escapes.
rpy_str* rpy_bytes_repr(rpy_str* b) {
  bool squote = memchr(b->data, '\'', (size_t)b->size) != NULL;
  bool dquote = memchr(b->data, '"', (size_t)b->size) != NULL;
  char quote = squote && !dquote ? '"' : '\'';
  rpy_buf out;
  rpy_buf_init(&out);
  rpy_buf_append_char(&out, 'b', 1);
  rpy_buf_append_char(&out, quote, 1);
  for (int64_t i = 0; i < b->size; i++) {
    unsigned char c = (unsigned char)b->data[i];
    char tmp[8];
    if (c == (unsigned char)quote || c == '\\') {
      tmp[0] = '\\';
      tmp[1] = (char)c;
      rpy_buf_append(&out, tmp, 2);
    } else if (c == '\t') {
      rpy_buf_append_cstr(&out, "\\t");
    } else if (c == '\n') {
      rpy_buf_append_cstr(&out, "\\n");
    } else if (c == '\r') {
      rpy_buf_append_cstr(&out, "\\r");
    } else if (c < 0x20 || c >= 0x7f) {
      snprintf(tmp, sizeof tmp, "\\x%02x", c);
      rpy_buf_append_cstr(&out, tmp);
    } else {
      rpy_buf_append_char(&out, (char)c, 1);
    }
  }
  rpy_buf_append_char(&out, quote, 1);
  return rpy_buf_finish(&out);
}

// b.upper() / b.lower(): ASCII letters only.
rpy_str* rpy_bytes_case(rpy_str* b, bool upper) {
  RPY_ROOT(b);
  rpy_str* r = rpy_bytes_alloc(b->size);
  for (int64_t i = 0; i < b->size; i++) {
    char c = b->data[i];
    if (upper && c >= 'a' && c <= 'z') c = (char)(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = (char)(c + 32);
    r->data[i] = c;
  }
  return r;
}

// b.hex(): two lowercase hex digits per byte.
rpy_str* rpy_bytes_hex(rpy_str* b) {
  static const char digits[] = "0123456789abcdef";
  RPY_ROOT(b);
  rpy_str* r = rpy_str_alloc(2 * b->size, 2 * b->size);
  for (int64_t i = 0; i < b->size; i++) {
    unsigned char c = (unsigned char)b->data[i];
    r->data[2 * i] = digits[c >> 4];
    r->data[2 * i + 1] = digits[c & 15];
  }
  return r;
}

// b.strip() / lstrip() / rstrip() without arguments: ASCII whitespace.
rpy_str* rpy_bytes_strip_ws(rpy_str* b, bool left, bool right) {
  int64_t a = 0, e = b->size;
  auto ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (left && a < e && ws(b->data[a])) a++;
  while (right && e > a && ws(b->data[e - 1])) e--;
  if (a == 0 && e == b->size) return b;
  RPY_ROOT(b);
  rpy_str* r = rpy_bytes_alloc(e - a);
  memcpy(r->data, b->data + a, (size_t)(e - a));
  return r;
}

}  // extern "C"
