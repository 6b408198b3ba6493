// rt_str.cpp: str objects: construction, UTF-8 helpers, comparison, repr.
//
// An rpy_str holds UTF-8 with a trailing NUL, its byte size and its code
// point count (rpyc_rt.h). Strings are immutable; every operation here
// returns a new object allocated atomically (strings hold no pointers).
// The rpy_buf helpers build text in malloc'd memory first, which keeps GC
// objects out of the way while text is being assembled.
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

// ---- UTF-8 ----------------------------------------------------------------------

int64_t rpy_utf8_count(const char* data, int64_t size) {
  int64_t n = 0;
  for (int64_t i = 0; i < size; i++) n += ((unsigned char)data[i] & 0xC0) != 0x80;
  return n;
}

uint32_t rpy_utf8_next(const char* data, int64_t size, int64_t* pos) {
  const unsigned char* p = (const unsigned char*)data;
  int64_t i = *pos;
  uint32_t c = p[i++];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra) c &= 0x3F >> extra;
  while (extra-- > 0 && i < size) c = (c << 6) | (p[i++] & 0x3F);
  *pos = i;
  return c;
}

int rpy_utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

// Python's str.isspace(): ASCII whitespace, the separators \x1c-\x1f, and
// Unicode's White_Space characters.
bool rpy_unicode_isspace(uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Python's str.isprintable() is false for the categories Cc, Cf, Cs, Co,
// Cn, Zl, Zp and Zs other than ' '. Without the Unicode database we list
// the control, format, separator, private-use and surrogate ranges and the
// noncharacters; unassigned code points elsewhere count as printable.
bool rpy_unicode_isprintable(uint32_t c) {
  if (c < 0x7F) return c >= 0x20;
  if (c <= 0xA0 || c == 0xAD) return false;  // DEL, C1 controls, NBSP, soft hyphen
  if (c < 0x600) return !(c >= 0x378 && c <= 0x379);
  if ((c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x890 ||
      c == 0x891 || c == 0x8E2 || c == 0x1680 || c == 0x180E)
    return false;
  if (c >= 0x2000 && c <= 0x206F)
    return !((c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F));
  if (c == 0x3000 || (c >= 0xD800 && c <= 0xF8FF) || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB))
    return false;
  if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) return false;  // noncharacters
  if (c == 0x110BD || c == 0x110CD || (c >= 0x13430 && c <= 0x1343F) ||
      (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) || c == 0xE0001 ||
      (c >= 0xE0020 && c <= 0xE007F))
    return false;
  return c < 0xF0000 && c <= 0x10FFFF;  // planes 15-16 are private use
}

// ---- rpy_buf ----------------------------------------------------------------------

void rpy_buf_init(rpy_buf* b) {
  b->data = b->inline_data;
  b->size = 0;
  b->capacity = (int64_t)sizeof(b->inline_data);
}

static void BufReserve(rpy_buf* b, int64_t extra) {
  if (b->size + extra <= b->capacity) return;
  int64_t cap = b->capacity * 2;
  while (cap < b->size + extra) cap *= 2;
  char* p = (char*)malloc((size_t)cap);
  if (!p) abort();
  memcpy(p, b->data, (size_t)b->size);
  if (b->data != b->inline_data) free(b->data);
  b->data = p;
  b->capacity = cap;
}

void rpy_buf_append(rpy_buf* b, const char* data, int64_t size) {
  BufReserve(b, size);
  memcpy(b->data + b->size, data, (size_t)size);
  b->size += size;
}

void rpy_buf_append_cstr(rpy_buf* b, const char* s) {
  rpy_buf_append(b, s, (int64_t)strlen(s));
}

void rpy_buf_append_char(rpy_buf* b, char c, int64_t count) {
  if (count <= 0) return;
  BufReserve(b, count);
  memset(b->data + b->size, c, (size_t)count);
  b->size += count;
}

void rpy_buf_free(rpy_buf* b) {
  if (b->data != b->inline_data) free(b->data);
  rpy_buf_init(b);
}

rpy_str* rpy_buf_finish(rpy_buf* b) {
  rpy_str* s = rpy_str_from_utf8(b->data, b->size);
  rpy_buf_free(b);
  return s;
}

void rpy_buf_append_repr(rpy_buf* b, const char* data, int64_t size, bool ascii_only) {
  bool has_single = memchr(data, '\'', (size_t)size) != NULL;
  bool has_double = memchr(data, '"', (size_t)size) != NULL;
  char quote = has_single && !has_double ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  rpy_buf_append_char(b, quote, 1);
  int64_t pos = 0;
  while (pos < size) {
    int64_t start = pos;
    uint32_t c = rpy_utf8_next(data, size, &pos);
    if (c == (uint32_t)quote || c == '\\') {
      char esc[2] = {'\\', (char)c};
      rpy_buf_append(b, esc, 2);
    } else if (c == '\n') {
      rpy_buf_append(b, "\\n", 2);
    } else if (c == '\r') {
      rpy_buf_append(b, "\\r", 2);
    } else if (c == '\t') {
      rpy_buf_append(b, "\\t", 2);
    } else if (c < 0x7F ? c >= 0x20 : !ascii_only && rpy_unicode_isprintable(c)) {
      rpy_buf_append(b, data + start, pos - start);
    } else {
      char esc[10];
      int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
      esc[0] = '\\';
      esc[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
      for (int i = 0; i < digits; i++) esc[2 + i] = hex[(c >> (4 * (digits - 1 - i))) & 0xF];
      rpy_buf_append(b, esc, 2 + digits);
    }
  }
  rpy_buf_append_char(b, quote, 1);
}

// ---- str objects ----------------------------------------------------------------

rpy_str* rpy_str_alloc(int64_t size, int64_t length) {
  rpy_str* s = (rpy_str*)rpy_gc_malloc_atomic((int64_t)sizeof(rpy_str) + size + 1);
  s->length = length;
  s->size = size;
  return s;
}

extern "C" {

rpy_str* rpy_str_from_utf8(const char* data, int64_t size) {
  rpy_str* s = rpy_str_alloc(size, rpy_utf8_count(data, size));
  memcpy(s->data, data, (size_t)size);
  return s;
}

rpy_str* rpy_str_concat(rpy_str* a, rpy_str* b) {
  RPY_ROOT(a);
  RPY_ROOT(b);
  rpy_str* s = rpy_str_alloc(a->size + b->size, a->length + b->length);
  memcpy(s->data, a->data, (size_t)a->size);
  memcpy(s->data + a->size, b->data, (size_t)b->size);
  return s;
}

rpy_str* rpy_str_join_n(int64_t n, rpy_str* const* parts) {
  // `parts` is the caller's array (stack or heap) and stays reachable.
  int64_t size = 0, length = 0;
  for (int64_t i = 0; i < n; i++) {
    size += parts[i]->size;
    length += parts[i]->length;
  }
  rpy_str* s = rpy_str_alloc(size, length);
  char* out = s->data;
  for (int64_t i = 0; i < n; i++) {
    memcpy(out, parts[i]->data, (size_t)parts[i]->size);
    out += parts[i]->size;
  }
  return s;
}

rpy_str* rpy_str_repr(rpy_str* s) {
  if (!s) return rpy_str_none();  // a nullable string that is None
  rpy_buf b;
  rpy_buf_init(&b);
  rpy_buf_append_repr(&b, s->data, s->size, false);
  return rpy_buf_finish(&b);
}

rpy_str* rpy_str_ascii(rpy_str* s) {
  rpy_buf b;
  rpy_buf_init(&b);
  rpy_buf_append_repr(&b, s->data, s->size, true);
  return rpy_buf_finish(&b);
}

bool rpy_str_eq(rpy_str* a, rpy_str* b) {
  if (a == b) return true;
  if (!a || !b) return false;
  return a->size == b->size && memcmp(a->data, b->data, (size_t)a->size) == 0;
}

// UTF-8 byte order is code point order, so memcmp decides.
int64_t rpy_str_cmp(rpy_str* a, rpy_str* b) {
  int64_t n = a->size < b->size ? a->size : b->size;
  int c = memcmp(a->data, b->data, (size_t)n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

int64_t rpy_str_len(rpy_str* s) {
  return s->length;
}

rpy_str* rpy_str_from_bool(bool v) {
  return v ? rpy_str_from_utf8("True", 4) : rpy_str_from_utf8("False", 5);
}

rpy_str* rpy_str_none(void) {
  return rpy_str_from_utf8("None", 4);
}

}  // extern "C"
