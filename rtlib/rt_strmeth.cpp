// rt_strmeth.cpp: str methods, indexing and slicing, ord/chr, the string
// builder and slice normalisation.
//
// Strings are UTF-8 (rpyc_rt.h); positions in the API are code points and
// are converted to byte offsets here (O(1) when length == size, i.e. ASCII).
// Substring search works on bytes: UTF-8 is self-synchronising, so a byte
// match of valid UTF-8 is a code point match. Results that are substrings
// of the argument are copied into fresh strings, except that methods which
// would return an equal string return the argument itself (CPython does
// the same for exact str).
//
// Case mapping covers ASCII, Latin-1, Latin Extended-A, basic Greek and
// Cyrillic (README.md lists what is approximate).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtlib/rt_internal.h"

namespace {

inline bool IsAscii(const rpy_str* s) {
  return s->length == s->size;
}

// Byte offset of code point `cp` (0 <= cp <= length).
int64_t ByteOffset(const rpy_str* s, int64_t cp) {
  if (IsAscii(s) || cp <= 0) return cp <= 0 ? 0 : cp;
  if (cp >= s->length) return s->size;
  const unsigned char* p = (const unsigned char*)s->data;
  int64_t i = 0, n = 0;
  for (; i < s->size; i++) {
    if ((p[i] & 0xC0) != 0x80) {
      if (n == cp) return i;
      n++;
    }
  }
  return s->size;
}

// Code point index of byte offset `b`.
int64_t CpIndex(const rpy_str* s, int64_t b) {
  if (IsAscii(s)) return b;
  return rpy_utf8_count(s->data, b);
}

// CPython's ADJUST_INDICES.
void AdjustIndices(int64_t* start, int64_t* end, int64_t len) {
  if (*end > len)
    *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

rpy_str* Sub(rpy_str* s, int64_t from, int64_t to) {
  if (from == 0 && to == s->size) return s;
  RPY_ROOT(s);
  return rpy_str_from_utf8(s->data + from, to - from);
}

// Previous code point before byte offset *pos; moves *pos back.
uint32_t PrevCp(const char* data, int64_t* pos) {
  int64_t i = *pos - 1;
  while (i > 0 && ((unsigned char)data[i] & 0xC0) == 0x80) i--;
  *pos = i;
  int64_t j = i;
  return rpy_utf8_next(data, i + 4, &j);
}

const char* FindBytes(const char* hay, int64_t n, const char* needle, int64_t m) {
  if (m == 0) return hay;
  if (m > n) return NULL;
  const char* p = hay;
  const char* last = hay + (n - m);
  while (p <= last) {
    p = (const char*)memchr(p, needle[0], (size_t)(last - p + 1));
    if (!p) return NULL;
    if (memcmp(p + 1, needle + 1, (size_t)(m - 1)) == 0) return p;
    p++;
  }
  return NULL;
}

const char* RFindBytes(const char* hay, int64_t n, const char* needle, int64_t m) {
  if (m > n) return NULL;
  if (m == 0) return hay + n;
  for (int64_t i = n - m; i >= 0; i--)
    if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) return hay + i;
  return NULL;
}

// A list of byte ranges of `s`, turned into a list of str at the end.
struct Pieces {
  int64_t* r = nullptr;
  int64_t n = 0, cap = 0;
  void Add(int64_t from, int64_t to) {
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      r = (int64_t*)realloc(r, (size_t)cap * 2 * sizeof(int64_t));
      if (!r) abort();
    }
    r[2 * n] = from;
    r[2 * n + 1] = to;
    n++;
  }
  void Reverse() {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
      int64_t a = r[2 * i], b = r[2 * i + 1];
      r[2 * i] = r[2 * j];
      r[2 * i + 1] = r[2 * j + 1];
      r[2 * j] = a;
      r[2 * j + 1] = b;
    }
  }
  rpy_list* Finish(rpy_str* s) {
    RPY_ROOT(s);
    rpy_list* l = rpy_list_new(n, sizeof(void*), true);
    RPY_ROOT(l);
    for (int64_t i = 0; i < n; i++) {
      rpy_str* piece = Sub(s, r[2 * i], r[2 * i + 1]);
      ((rpy_str**)l->items)[i] = piece;
    }
    free(r);
    return l;
  }
};

// ---- case tables ----------------------------------------------------------------

bool IsUpperCp(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x138 || c == 0x149 || c == 0x17F) return false;
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return odd_upper ? (c & 1) : !(c & 1);
  }
  if (c >= 0x391 && c <= 0x3A9) return c != 0x3A2;
  if (c >= 0x400 && c <= 0x42F) return true;
  return false;
}

bool IsLowerCp(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return !IsUpperCp(c);
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool IsAlphaCp(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsUpperCp(c) || IsLowerCp(c);
}

bool IsDigitCp(uint32_t c) {
  return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9;
}

bool IsNumericCp(uint32_t c) {  // isalnum's numeric part
  return IsDigitCp(c) || c == 0xBC || c == 0xBD || c == 0xBE;
}

uint32_t ToUpperCp(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z' ? c - 32 : c;
  if (c == 0xB5) return 0x39C;
  if (c == 0xFF) return 0x178;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0x131) return 'I';
  if (c == 0x17F) return 'S';
  if (c >= 0x100 && c <= 0x17F && IsLowerCp(c) && c != 0x138 && c != 0x149) return c - 1;
  if (c >= 0x3B1 && c <= 0x3C9) return c == 0x3C2 ? 0x3A3 : c - 32;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

uint32_t ToLowerCp(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x130) return 'i';  // approximation: CPython gives "i\u0307"
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F && IsUpperCp(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

void AppendCp(rpy_buf* b, uint32_t c) {
  char tmp[4];
  rpy_buf_append(b, tmp, rpy_utf8_encode(c, tmp));
}

void AppendUpper(rpy_buf* b, uint32_t c) {
  if (c == 0xDF) {
    rpy_buf_append(b, "SS", 2);
    return;
  }
  AppendCp(b, ToUpperCp(c));
}

void AppendTitle(rpy_buf* b, uint32_t c) {
  if (c == 0xDF) {
    rpy_buf_append(b, "Ss", 2);
    return;
  }
  AppendCp(b, ToUpperCp(c));
}

bool IsCased(uint32_t c) {
  return IsUpperCp(c) || IsLowerCp(c);
}

rpy_str* MapCase(rpy_str* s, int mode) {
  RPY_ROOT(s);
  rpy_buf b;
  rpy_buf_init(&b);
  int64_t pos = 0;
  bool prev_cased = false;
  bool first = true;
  while (pos < s->size) {
    uint32_t c = rpy_utf8_next(s->data, s->size, &pos);
    switch (mode) {
      case 0:
        AppendUpper(&b, c);
        break;
      case 1:
        AppendCp(&b, ToLowerCp(c));
        break;
      case 2:  // title
        if (prev_cased)
          AppendCp(&b, ToLowerCp(c));
        else
          AppendTitle(&b, c);
        prev_cased = IsCased(c);
        break;
      case 3:  // capitalize
        if (first)
          AppendTitle(&b, c);
        else
          AppendCp(&b, ToLowerCp(c));
        break;
      default:  // swapcase
        if (IsUpperCp(c))
          AppendCp(&b, ToLowerCp(c));
        else if (IsLowerCp(c))
          AppendUpper(&b, c);
        else
          AppendCp(&b, c);
        break;
    }
    first = false;
  }
  return rpy_buf_finish(&b);
}

template <typename F>
bool AllCps(rpy_str* s, F pred) {
  if (s->length == 0) return false;
  int64_t pos = 0;
  while (pos < s->size)
    if (!pred(rpy_utf8_next(s->data, s->size, &pos))) return false;
  return true;
}

// ---- strip --------------------------------------------------------------------

bool InChars(rpy_str* chars, uint32_t c) {
  if (!chars) return rpy_unicode_isspace(c);
  if (c < 0x80) return memchr(chars->data, (int)c, (size_t)chars->size) != NULL;
  int64_t pos = 0;
  while (pos < chars->size)
    if (rpy_utf8_next(chars->data, chars->size, &pos) == c) return true;
  return false;
}

rpy_str* Strip(rpy_str* s, rpy_str* chars, bool left, bool right) {
  int64_t from = 0, to = s->size;
  if (left) {
    while (from < to) {
      int64_t next = from;
      if (!InChars(chars, rpy_utf8_next(s->data, s->size, &next))) break;
      from = next;
    }
  }
  if (right) {
    while (to > from) {
      int64_t prev = to;
      if (!InChars(chars, PrevCp(s->data, &prev))) break;
      to = prev;
    }
  }
  return Sub(s, from, to);
}

rpy_str* Pad(rpy_str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return s;
  RPY_ROOT(s);
  char f[4];
  int fn = rpy_utf8_encode(fill, f);
  rpy_buf b;
  rpy_buf_init(&b);
  for (int64_t i = 0; i < left; i++) rpy_buf_append(&b, f, fn);
  rpy_buf_append(&b, s->data, s->size);
  for (int64_t i = 0; i < right; i++) rpy_buf_append(&b, f, fn);
  return rpy_buf_finish(&b);
}

bool IsLineBreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
         c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

rpy_str* EmptyStr() {
  return rpy_str_alloc(0, 0);
}

}  // namespace

extern "C" {

int64_t rpy_slice_indices(int64_t length, int64_t start, int64_t stop, int64_t step,
                          bool has_start, bool has_stop, int64_t* out_start, int64_t* out_stop) {
  if (step == 0) {
    RPY_RAISE(ValueError, "slice step cannot be zero");
    return -1;
  }
  if (step < -INT64_MAX) step = -INT64_MAX;
  if (!has_start) start = step < 0 ? INT64_MAX : 0;
  if (!has_stop) stop = step < 0 ? INT64_MIN : INT64_MAX;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  *out_start = start;
  *out_stop = stop;
  if (step < 0) {
    if (stop < start) return (int64_t)(((uint64_t)(start - stop - 1)) / (uint64_t)(-step) + 1);
  } else if (start < stop) {
    return (stop - start - 1) / step + 1;
  }
  return 0;
}

rpy_list* rpy_str_split(rpy_str* s, rpy_str* sep, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Pieces p;
  const char* d = s->data;
  int64_t n = s->size;
  if (!sep) {
    int64_t i = 0;
    while (maxsplit-- > 0) {
      while (i < n) {
        int64_t next = i;
        if (!rpy_unicode_isspace(rpy_utf8_next(d, n, &next))) break;
        i = next;
      }
      if (i == n) break;
      int64_t j = i;
      rpy_utf8_next(d, n, &i);
      while (i < n) {
        int64_t next = i;
        if (rpy_unicode_isspace(rpy_utf8_next(d, n, &next))) break;
        i = next;
      }
      p.Add(j, i);
    }
    if (i < n) {
      while (i < n) {
        int64_t next = i;
        if (!rpy_unicode_isspace(rpy_utf8_next(d, n, &next))) break;
        i = next;
      }
      if (i != n) p.Add(i, n);
    }
    return p.Finish(s);
  }
  if (sep->size == 0) {
    free(p.r);
    RPY_RAISE(ValueError, "empty separator");
    return NULL;
  }
  int64_t i = 0;
  while (maxsplit-- > 0) {
    const char* hit = FindBytes(d + i, n - i, sep->data, sep->size);
    if (!hit) break;
    int64_t j = hit - d;
    p.Add(i, j);
    i = j + sep->size;
  }
  p.Add(i, n);
  return p.Finish(s);
}

rpy_list* rpy_str_rsplit(rpy_str* s, rpy_str* sep, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Pieces p;
  const char* d = s->data;
  int64_t n = s->size;
  if (!sep) {
    int64_t i = n;
    while (maxsplit-- > 0) {
      while (i > 0) {
        int64_t prev = i;
        if (!rpy_unicode_isspace(PrevCp(d, &prev))) break;
        i = prev;
      }
      if (i == 0) break;
      int64_t j = i;
      PrevCp(d, &i);
      while (i > 0) {
        int64_t prev = i;
        if (rpy_unicode_isspace(PrevCp(d, &prev))) break;
        i = prev;
      }
      p.Add(i, j);
    }
    if (i > 0) {
      while (i > 0) {
        int64_t prev = i;
        if (!rpy_unicode_isspace(PrevCp(d, &prev))) break;
        i = prev;
      }
      if (i != 0) p.Add(0, i);
    }
    p.Reverse();
    return p.Finish(s);
  }
  if (sep->size == 0) {
    free(p.r);
    RPY_RAISE(ValueError, "empty separator");
    return NULL;
  }
  int64_t j = n;
  while (maxsplit-- > 0) {
    const char* hit = RFindBytes(d, j, sep->data, sep->size);
    if (!hit) break;
    int64_t pos = hit - d;
    p.Add(pos + sep->size, j);
    j = pos;
  }
  p.Add(0, j);
  p.Reverse();
  return p.Finish(s);
}

rpy_list* rpy_str_splitlines(rpy_str* s, bool keepends) {
  Pieces p;
  const char* d = s->data;
  int64_t n = s->size;
  int64_t i = 0;
  while (i < n) {
    int64_t j = i;
    int64_t eol = -1;
    while (i < n) {
      int64_t next = i;
      uint32_t c = rpy_utf8_next(d, n, &next);
      if (IsLineBreak(c)) {
        eol = i;
        i = next;
        if (c == '\r' && i < n && d[i] == '\n') i++;
        break;
      }
      i = next;
    }
    if (eol < 0) eol = i;
    p.Add(j, keepends ? i : eol);
  }
  return p.Finish(s);
}

rpy_str* rpy_str_join(rpy_str* sep, rpy_list* parts) {
  int64_t n = parts->length;
  rpy_str** items = (rpy_str**)parts->items;
  if (n == 1) return items[0];
  int64_t size = 0, length = 0;
  for (int64_t i = 0; i < n; i++) {
    size += items[i]->size;
    length += items[i]->length;
  }
  if (n > 1) {
    size += (n - 1) * sep->size;
    length += (n - 1) * sep->length;
  }
  RPY_ROOT(sep);
  RPY_ROOT(parts);
  rpy_str* r = rpy_str_alloc(size, length);
  items = (rpy_str**)parts->items;
  char* out = r->data;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) {
      memcpy(out, sep->data, (size_t)sep->size);
      out += sep->size;
    }
    memcpy(out, items[i]->data, (size_t)items[i]->size);
    out += items[i]->size;
  }
  return r;
}

rpy_str* rpy_str_strip(rpy_str* s, rpy_str* chars) {
  return Strip(s, chars, true, true);
}
rpy_str* rpy_str_lstrip(rpy_str* s, rpy_str* chars) {
  return Strip(s, chars, true, false);
}
rpy_str* rpy_str_rstrip(rpy_str* s, rpy_str* chars) {
  return Strip(s, chars, false, true);
}

int64_t rpy_str_find(rpy_str* s, rpy_str* sub, int64_t start, int64_t end) {
  AdjustIndices(&start, &end, s->length);
  if (end - start < sub->length) return -1;
  int64_t bs = ByteOffset(s, start), be = ByteOffset(s, end);
  const char* hit = FindBytes(s->data + bs, be - bs, sub->data, sub->size);
  if (!hit) return -1;
  return CpIndex(s, hit - s->data);
}

int64_t rpy_str_rfind(rpy_str* s, rpy_str* sub, int64_t start, int64_t end) {
  AdjustIndices(&start, &end, s->length);
  if (end - start < sub->length) return -1;
  int64_t bs = ByteOffset(s, start), be = ByteOffset(s, end);
  const char* hit = RFindBytes(s->data + bs, be - bs, sub->data, sub->size);
  if (!hit) return -1;
  return CpIndex(s, hit - s->data);
}

int64_t rpy_str_index(rpy_str* s, rpy_str* sub, int64_t start, int64_t end) {
  int64_t r = rpy_str_find(s, sub, start, end);
  if (r < 0) RPY_RAISE(ValueError, "substring not found");
  return r;
}

int64_t rpy_str_rindex(rpy_str* s, rpy_str* sub, int64_t start, int64_t end) {
  int64_t r = rpy_str_rfind(s, sub, start, end);
  if (r < 0) RPY_RAISE(ValueError, "substring not found");
  return r;
}

int64_t rpy_str_count(rpy_str* s, rpy_str* sub, int64_t start, int64_t end) {
  AdjustIndices(&start, &end, s->length);
  if (end - start < sub->length) return 0;
  if (sub->size == 0) return end - start + 1;
  int64_t bs = ByteOffset(s, start), be = ByteOffset(s, end);
  int64_t count = 0;
  const char* p = s->data + bs;
  const char* stop = s->data + be;
  for (;;) {
    const char* hit = FindBytes(p, stop - p, sub->data, sub->size);
    if (!hit) break;
    count++;
    p = hit + sub->size;
  }
  return count;
}

bool rpy_str_contains(rpy_str* s, rpy_str* sub) {
  return FindBytes(s->data, s->size, sub->data, sub->size) != NULL;
}

rpy_str* rpy_str_replace(rpy_str* s, rpy_str* old, rpy_str* new_, int64_t count) {
  if (count < 0) count = INT64_MAX;
  if (count == 0 || s->length < old->length) return s;
  RPY_ROOT(s);
  RPY_ROOT(new_);
  rpy_buf b;
  rpy_buf_init(&b);
  int64_t n = s->size;
  if (old->size == 0) {
    int64_t i = 0;
    int64_t done = 0;
    while (done < count) {
      rpy_buf_append(&b, new_->data, new_->size);
      done++;
      if (i >= n) break;
      int64_t next = i;
      rpy_utf8_next(s->data, n, &next);
      rpy_buf_append(&b, s->data + i, next - i);
      i = next;
    }
    rpy_buf_append(&b, s->data + i, n - i);
    return rpy_buf_finish(&b);
  }
  int64_t i = 0, done = 0;
  while (done < count) {
    const char* hit = FindBytes(s->data + i, n - i, old->data, old->size);
    if (!hit) break;
    int64_t j = hit - s->data;
    rpy_buf_append(&b, s->data + i, j - i);
    rpy_buf_append(&b, new_->data, new_->size);
    i = j + old->size;
    done++;
  }
  if (done == 0) {
    rpy_buf_free(&b);
    return s;
  }
  rpy_buf_append(&b, s->data + i, n - i);
  return rpy_buf_finish(&b);
}

bool rpy_str_startswith(rpy_str* s, rpy_str* prefix, int64_t start, int64_t end) {
  AdjustIndices(&start, &end, s->length);
  end -= prefix->length;
  if (end < start) return false;
  if (prefix->length == 0) return true;
  int64_t bs = ByteOffset(s, start);
  return bs + prefix->size <= s->size && memcmp(s->data + bs, prefix->data, (size_t)prefix->size) == 0;
}

bool rpy_str_endswith(rpy_str* s, rpy_str* suffix, int64_t start, int64_t end) {
  AdjustIndices(&start, &end, s->length);
  int64_t e = end;
  end -= suffix->length;
  if (end < start) return false;
  if (suffix->length == 0) return true;
  int64_t be = ByteOffset(s, e);
  return be - suffix->size >= 0 &&
         memcmp(s->data + be - suffix->size, suffix->data, (size_t)suffix->size) == 0;
}

rpy_str* rpy_str_upper(rpy_str* s) {
  return MapCase(s, 0);
}
rpy_str* rpy_str_lower(rpy_str* s) {
  return MapCase(s, 1);
}
rpy_str* rpy_str_title(rpy_str* s) {
  return MapCase(s, 2);
}
rpy_str* rpy_str_capitalize(rpy_str* s) {
  return MapCase(s, 3);
}
rpy_str* rpy_str_swapcase(rpy_str* s) {
  return MapCase(s, 4);
}

bool rpy_str_isdigit(rpy_str* s) {
  return AllCps(s, IsDigitCp);
}
bool rpy_str_isalpha(rpy_str* s) {
  return AllCps(s, IsAlphaCp);
}
bool rpy_str_isalnum(rpy_str* s) {
  return AllCps(s, [](uint32_t c) { return IsAlphaCp(c) || IsNumericCp(c); });
}
bool rpy_str_isspace(rpy_str* s) {
  return AllCps(s, rpy_unicode_isspace);
}

// isupper: at least one cased character and no lowercase one.
bool rpy_str_isupper(rpy_str* s) {
  bool cased = false;
  int64_t pos = 0;
  while (pos < s->size) {
    uint32_t c = rpy_utf8_next(s->data, s->size, &pos);
    if (IsLowerCp(c)) return false;
    if (IsUpperCp(c)) cased = true;
  }
  return cased;
}

bool rpy_str_islower(rpy_str* s) {
  bool cased = false;
  int64_t pos = 0;
  while (pos < s->size) {
    uint32_t c = rpy_utf8_next(s->data, s->size, &pos);
    if (IsUpperCp(c)) return false;
    if (IsLowerCp(c)) cased = true;
  }
  return cased;
}

rpy_str* rpy_str_zfill(rpy_str* s, int64_t width) {
  if (s->length >= width) return s;
  RPY_ROOT(s);
  int64_t fill = width - s->length;
  rpy_buf b;
  rpy_buf_init(&b);
  int64_t i = 0;
  if (s->size > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
    rpy_buf_append_char(&b, s->data[0], 1);
    i = 1;
  }
  rpy_buf_append_char(&b, '0', fill);
  rpy_buf_append(&b, s->data + i, s->size - i);
  return rpy_buf_finish(&b);
}

rpy_str* rpy_str_center(rpy_str* s, int64_t width, uint32_t fillchar) {
  if (s->length >= width) return s;
  int64_t marg = width - s->length;
  int64_t left = marg / 2 + (marg & width & 1);
  return Pad(s, left, marg - left, fillchar);
}

rpy_str* rpy_str_ljust(rpy_str* s, int64_t width, uint32_t fillchar) {
  return Pad(s, 0, width - s->length, fillchar);
}

rpy_str* rpy_str_rjust(rpy_str* s, int64_t width, uint32_t fillchar) {
  return Pad(s, width - s->length, 0, fillchar);
}

static rpy_list* Partition(rpy_str* s, rpy_str* sep, bool reverse) {
  if (sep->size == 0) {
    RPY_RAISE(ValueError, "empty separator");
    return NULL;
  }
  RPY_ROOT(s);
  RPY_ROOT(sep);
  const char* hit = reverse ? RFindBytes(s->data, s->size, sep->data, sep->size)
                            : FindBytes(s->data, s->size, sep->data, sep->size);
  rpy_list* l = rpy_list_new(3, sizeof(void*), true);
  RPY_ROOT(l);
  rpy_str** items;
  if (!hit) {
    rpy_str* e1 = EmptyStr();
    RPY_ROOT(e1);
    rpy_str* e2 = EmptyStr();
    items = (rpy_str**)l->items;
    items[0] = reverse ? e1 : s;
    items[1] = reverse ? e2 : e1;
    items[2] = reverse ? s : e2;
    return l;
  }
  int64_t j = hit - s->data;
  rpy_str* a = Sub(s, 0, j);
  ((rpy_str**)l->items)[0] = a;
  ((rpy_str**)l->items)[1] = sep;
  rpy_str* c = Sub(s, j + sep->size, s->size);
  ((rpy_str**)l->items)[2] = c;
  return l;
}

rpy_list* rpy_str_partition(rpy_str* s, rpy_str* sep) {
  return Partition(s, sep, false);
}

rpy_list* rpy_str_rpartition(rpy_str* s, rpy_str* sep) {
  return Partition(s, sep, true);
}

rpy_str* rpy_str_repeat(rpy_str* s, int64_t n) {
  if (n <= 0 || s->size == 0) return EmptyStr();
  if (n == 1) return s;
  if (s->size > INT64_MAX / 4 / n) {
    RPY_RAISE(OverflowError, "repeated string is too long");
    return NULL;
  }
  RPY_ROOT(s);
  rpy_str* r = rpy_str_alloc(s->size * n, s->length * n);
  if (s->size == 1) {
    memset(r->data, s->data[0], (size_t)n);
  } else {
    // Doubling copies, like CPython.
    memcpy(r->data, s->data, (size_t)s->size);
    int64_t done = s->size, total = s->size * n;
    while (done < total) {
      int64_t chunk = done < total - done ? done : total - done;
      memcpy(r->data + done, r->data, (size_t)chunk);
      done += chunk;
    }
  }
  return r;
}

rpy_str* rpy_str_getitem(rpy_str* s, int64_t index) {
  if (index < 0) index += s->length;
  if (index < 0 || index >= s->length) {
    RPY_RAISE(IndexError, "string index out of range");
    return NULL;
  }
  RPY_ROOT(s);
  int64_t from = ByteOffset(s, index);
  int64_t to = from;
  rpy_utf8_next(s->data, s->size, &to);
  return rpy_str_from_utf8(s->data + from, to - from);
}

rpy_str* rpy_str_slice(rpy_str* s, int64_t start, int64_t stop, int64_t step, bool has_start,
                       bool has_stop) {
  int64_t a, b;
  int64_t n = rpy_slice_indices(s->length, start, stop, step, has_start, has_stop, &a, &b);
  if (n < 0) return NULL;
  if (n == 0) return EmptyStr();
  if (step == 1) return Sub(s, ByteOffset(s, a), ByteOffset(s, b));
  RPY_ROOT(s);
  if (IsAscii(s)) {
    rpy_str* r = rpy_str_alloc(n, n);
    for (int64_t i = 0, k = a; i < n; i++, k += step) r->data[i] = s->data[k];
    return r;
  }
  // Offsets of every code point, then pick.
  int64_t* offs = (int64_t*)malloc((size_t)(s->length + 1) * sizeof(int64_t));
  if (!offs) abort();
  int64_t pos = 0;
  for (int64_t i = 0; i < s->length; i++) {
    offs[i] = pos;
    rpy_utf8_next(s->data, s->size, &pos);
  }
  offs[s->length] = s->size;
  rpy_buf out;
  rpy_buf_init(&out);
  for (int64_t i = 0, k = a; i < n; i++, k += step)
    rpy_buf_append(&out, s->data + offs[k], offs[k + 1] - offs[k]);
  free(offs);
  return rpy_buf_finish(&out);
}

int64_t rpy_str_ord(rpy_str* s) {
  if (s->length != 1) {
    char msg[96];
    snprintf(msg, sizeof msg, "ord() expected a character, but string of length %lld found",
             (long long)s->length);
    RPY_RAISE(TypeError, msg);
    return -1;
  }
  int64_t pos = 0;
  return rpy_utf8_next(s->data, s->size, &pos);
}

rpy_str* rpy_str_chr(int64_t cp) {
  if (cp < 0 || cp > 0x10FFFF) {
    RPY_RAISE(ValueError, "chr() arg not in range(0x110000)");
    return NULL;
  }
  char tmp[4];
  int n = rpy_utf8_encode((uint32_t)cp, tmp);
  rpy_str* r = rpy_str_alloc(n, 1);
  memcpy(r->data, tmp, (size_t)n);
  return r;
}

// ---- builder ------------------------------------------------------------------------

rpy_builder* rpy_builder_new(int64_t size_hint) {
  if (size_hint < 16) size_hint = 16;
  rpy_builder* b = (rpy_builder*)rpy_gc_malloc(sizeof(rpy_builder));
  RPY_ROOT(b);
  b->data = (char*)rpy_gc_malloc_atomic(size_hint);
  b->capacity = size_hint;
  return b;
}

static void BuilderReserve(rpy_builder* b, int64_t extra) {
  if (b->size + extra <= b->capacity) return;
  RPY_ROOT(b);
  int64_t cap = b->capacity * 2;
  while (cap < b->size + extra) cap *= 2;
  char* data = (char*)rpy_gc_malloc_atomic(cap);
  memcpy(data, b->data, (size_t)b->size);
  b->data = data;
  b->capacity = cap;
}

void rpy_builder_append_str(rpy_builder* b, rpy_str* s) {
  RPY_ROOT(s);
  BuilderReserve(b, s->size);
  memcpy(b->data + b->size, s->data, (size_t)s->size);
  b->size += s->size;
  b->length += s->length;
}

void rpy_builder_append_char(rpy_builder* b, char c) {
  BuilderReserve(b, 1);
  b->data[b->size++] = c;
  b->length++;
}

void rpy_builder_append_codepoint(rpy_builder* b, uint32_t cp) {
  BuilderReserve(b, 4);
  b->size += rpy_utf8_encode(cp, b->data + b->size);
  b->length++;
}

rpy_str* rpy_builder_build(rpy_builder* b) {
  RPY_ROOT(b);
  rpy_str* s = rpy_str_alloc(b->size, b->length);
  memcpy(s->data, b->data, (size_t)b->size);
  return s;
}

}  // extern "C"

// ---- format-spec mini-language ---------------------------------------------------
// format(value, spec) as CPython's Python/formatter_unicode.c: parse the
// spec, produce sign / prefix / digits / remainder, group the integer
// digits (zero padding with '0' fill and '=' alignment counts into the
// grouping), then pad with the fill character.

namespace {

struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;
  char sign = 0;
  bool alternate = false;
  bool no_neg_0 = false;
  int64_t width = -1;
  char thousands = 0;  // ',' or '_'
  int group = 3;
  int64_t precision = -1;
  uint32_t type = 0;
};

bool RaiseFmt(const char* msg) {
  RPY_RAISE(ValueError, msg);
  return false;
}

bool ParseFormatSpec(rpy_str* spec_str, char default_align, char default_type, const char* type_name,
                     FormatSpec* f) {
  f->type = (uint32_t)default_type;
  uint32_t cps[64];
  int64_t end = 0, pos = 0;
  int64_t bp = 0;
  while (bp < spec_str->size && end < 64) cps[end++] = rpy_utf8_next(spec_str->data, spec_str->size, &bp);
  auto is_align = [](uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  bool fill_specified = false, align_specified = false;
  f->align = default_align;
  if (end - pos >= 2 && is_align(cps[pos + 1])) {
    f->align = (char)cps[pos + 1];
    f->fill = cps[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(cps[pos])) {
    f->align = (char)cps[pos];
    align_specified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) f->sign = (char)cps[pos++];
  if (end - pos >= 1 && cps[pos] == 'z') {
    f->no_neg_0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] == '#') {
    f->alternate = true;
    pos++;
  }
  if (!fill_specified && end - pos >= 1 && cps[pos] == '0') {
    f->fill = '0';
    if (!align_specified && default_align == '>') f->align = '=';
    pos++;
  }
  int64_t consumed = 0, value = 0;
  while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
    if (value > (INT64_MAX - 9) / 10) return RaiseFmt("Too many decimal digits in format string");
    value = value * 10 + (cps[pos++] - '0');
    consumed++;
  }
  if (consumed) f->width = value;
  if (pos < end && cps[pos] == ',') {
    f->thousands = ',';
    pos++;
  }
  if (pos < end && cps[pos] == '_') {
    if (f->thousands) return RaiseFmt("Cannot specify both ',' and '_'.");
    f->thousands = '_';
    pos++;
  }
  if (pos < end && cps[pos] == ',' && f->thousands == '_')
    return RaiseFmt("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] == '.') {
    pos++;
    consumed = value = 0;
    while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
      if (value > (INT64_MAX - 9) / 10) return RaiseFmt("Too many decimal digits in format string");
      value = value * 10 + (cps[pos++] - '0');
      consumed++;
    }
    if (!consumed) return RaiseFmt("Format specifier missing precision");
    f->precision = value;
  }
  if (end - pos > 1 || bp < spec_str->size) {
    rpy_buf b;
    rpy_buf_init(&b);
    rpy_buf_append_cstr(&b, "Invalid format specifier '");
    rpy_buf_append(&b, spec_str->data, spec_str->size);
    rpy_buf_append_cstr(&b, "' for object of type '");
    rpy_buf_append_cstr(&b, type_name);
    rpy_buf_append_cstr(&b, "'");
    rpy_raise_str(&rpy_vt_ValueError, rpy_buf_finish(&b));
    return false;
  }
  if (end - pos == 1) f->type = cps[pos];
  if (f->thousands) {
    switch (f->type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f->thousands == '_') {
          f->group = 4;
          break;
        }
        // fall through
      default: {
        char msg[64];
        if (f->type >= 0x20 && f->type < 0x7F)
          snprintf(msg, sizeof msg, "Cannot specify '%c' with '%c'.", f->thousands, (char)f->type);
        else
          snprintf(msg, sizeof msg, "Cannot specify '%c' with '\\x%x'.", f->thousands, (unsigned)f->type);
        return RaiseFmt(msg);
      }
    }
  }
  return true;
}

bool UnknownType(uint32_t type, const char* type_name) {
  char msg[128];
  if (type >= 0x20 && type < 0x7F)
    snprintf(msg, sizeof msg, "Unknown format code '%c' for object of type '%s'", (char)type, type_name);
  else
    snprintf(msg, sizeof msg, "Unknown format code '\\x%x' for object of type '%s'", (unsigned)type, type_name);
  return RaiseFmt(msg);
}

void AppendFill(rpy_buf* b, uint32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    rpy_buf_append_char(b, (char)fill, n);
    return;
  }
  char tmp[4];
  int k = rpy_utf8_encode(fill, tmp);
  for (int64_t i = 0; i < n; i++) rpy_buf_append(b, tmp, k);
}

// Lays out a number: sign, prefix, integer digits (grouped), rest
// (decimal point, fraction, exponent, '%'). All parts are ASCII.
rpy_str* LayoutNumber(const FormatSpec& f, char sign, const char* prefix, const char* digits,
                      int64_t n_digits, const char* rest, int64_t n_rest) {
  int64_t n_sign = sign ? 1 : 0;
  int64_t n_prefix = (int64_t)strlen(prefix);
  int64_t min_width = 0;
  if (f.fill == '0' && f.align == '=') min_width = f.width - (n_sign + n_prefix + n_rest);
  // Grouped digits, built right to left.
  rpy_buf g;
  rpy_buf_init(&g);
  if (n_digits > 0) {
    int64_t remaining = n_digits;
    if (!f.thousands) {
      for (int64_t i = n_digits - 1; i >= 0; i--) rpy_buf_append_char(&g, digits[i], 1);
      rpy_buf_append_char(&g, '0', min_width - n_digits);
    } else {
      bool use_sep = false;
      int64_t src = n_digits;
      for (;;) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        if (l > f.group) l = f.group;
        int64_t n_zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t n_chars = remaining < l ? remaining : l;
        if (n_chars < 0) n_chars = 0;
        if (use_sep) rpy_buf_append_char(&g, f.thousands, 1);
        for (int64_t i = 0; i < n_chars; i++) rpy_buf_append_char(&g, digits[--src], 1);
        rpy_buf_append_char(&g, '0', n_zeros);
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
      }
    }
  }
  int64_t total = n_sign + n_prefix + g.size + n_rest;
  int64_t pad = f.width > total ? f.width - total : 0;
  int64_t lpad = 0, rpad = 0, spad = 0;
  switch (f.align) {
    case '<': rpad = pad; break;
    case '^': lpad = pad / 2; rpad = pad - lpad; break;
    case '=': spad = pad; break;
    default: lpad = pad; break;
  }
  rpy_buf b;
  rpy_buf_init(&b);
  AppendFill(&b, f.fill, lpad);
  if (sign) rpy_buf_append_char(&b, sign, 1);
  rpy_buf_append_cstr(&b, prefix);
  AppendFill(&b, f.fill, spad);
  for (int64_t i = g.size - 1; i >= 0; i--) rpy_buf_append_char(&b, g.data[i], 1);
  rpy_buf_free(&g);
  rpy_buf_append(&b, rest, n_rest);
  AppendFill(&b, f.fill, rpad);
  return rpy_buf_finish(&b);
}

char SignChar(const FormatSpec& f, bool negative) {
  if (negative) return '-';
  if (f.sign == '+') return '+';
  if (f.sign == ' ') return ' ';
  return 0;
}

rpy_str* FormatFloatWith(double v, const FormatSpec& f);

}  // namespace

extern "C" {

rpy_str* rpy_format_spec_str(rpy_str* s, rpy_str* spec) {
  if (spec->size == 0) return s;
  RPY_ROOT(s);
  FormatSpec f;
  if (!ParseFormatSpec(spec, '<', 's', "str", &f)) return NULL;
  if (f.type != 0 && f.type != 's') {
    UnknownType(f.type, "str");
    return NULL;
  }
  if (f.sign) {
    RaiseFmt("Sign not allowed in string format specifier");
    return NULL;
  }
  if (f.no_neg_0) {
    RaiseFmt("Negative zero coercion (z) not allowed in format specifier");
    return NULL;
  }
  if (f.alternate) {
    RaiseFmt("Alternate form (#) not allowed in string format specifier");
    return NULL;
  }
  if (f.align == '=') {
    RaiseFmt("'=' alignment not allowed in string format specifier");
    return NULL;
  }
  int64_t len = s->length, size = s->size;
  if (f.precision >= 0 && f.precision < len) {
    len = f.precision;
    size = ByteOffset(s, len);
  }
  int64_t pad = f.width > len ? f.width - len : 0;
  if (pad == 0 && size == s->size) return s;
  int64_t lpad = 0, rpad = 0;
  if (f.align == '>')
    lpad = pad;
  else if (f.align == '^') {
    lpad = pad / 2;
    rpad = pad - lpad;
  } else
    rpad = pad;
  rpy_buf b;
  rpy_buf_init(&b);
  AppendFill(&b, f.fill, lpad);
  rpy_buf_append(&b, s->data, size);
  AppendFill(&b, f.fill, rpad);
  return rpy_buf_finish(&b);
}

rpy_str* rpy_format_spec_int(int64_t v, rpy_str* spec) {
  if (spec->size == 0) return rpy_str_from_int(v);
  FormatSpec f;
  if (!ParseFormatSpec(spec, '>', 'd', "int", &f)) return NULL;
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return FormatFloatWith((double)v, f);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': case 0:
      break;
    default:
      UnknownType(f.type, "int");
      return NULL;
  }
  if (f.precision >= 0) {
    RaiseFmt("Precision not allowed in integer format specifier");
    return NULL;
  }
  if (f.no_neg_0) {
    RaiseFmt("Negative zero coercion (z) not allowed in integer format specifier");
    return NULL;
  }
  uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  char digits[80];
  int n = 0;
  const char* prefix = "";
  if (f.type == 'c') {
    if (f.sign) {
      RaiseFmt("Sign not allowed with integer format specifier 'c'");
      return NULL;
    }
    if (f.alternate) {
      RaiseFmt("Alternate form (#) not allowed with integer format specifier 'c'");
      return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
      RPY_RAISE(OverflowError, "%c arg not in range(0x110000)");
      return NULL;
    }
    // One code point; laid out like a number without grouping.
    char tmp[4];
    int k = rpy_utf8_encode((uint32_t)v, tmp);
    FormatSpec g = f;
    g.thousands = 0;
    rpy_str* r = LayoutNumber(g, 0, "", tmp, k, "", 0);
    if (k > 1 && r) {  // LayoutNumber counted bytes as code points
      RPY_ROOT(r);
      int64_t extra = k - 1;
      (void)extra;
      int64_t pad = f.width > 1 ? f.width - 1 : 0;
      rpy_buf b;
      rpy_buf_init(&b);
      int64_t lpad = 0, rpad = 0, zpad = 0;
      if (f.align == '<') rpad = pad;
      else if (f.align == '^') { lpad = pad / 2; rpad = pad - lpad; }
      else if (f.align == '=') zpad = pad;
      else lpad = pad;
      AppendFill(&b, f.fill, lpad + zpad);
      rpy_buf_append(&b, tmp, k);
      AppendFill(&b, f.fill, rpad);
      return rpy_buf_finish(&b);
    }
    return r;
  }
  switch (f.type) {
    case 'b': {
      if (mag == 0) digits[n++] = '0';
      char tmp[64];
      int k = 0;
      for (uint64_t m = mag; m; m >>= 1) tmp[k++] = (char)('0' + (m & 1));
      while (k) digits[n++] = tmp[--k];
      if (f.alternate) prefix = "0b";
      break;
    }
    case 'o':
      n = snprintf(digits, sizeof digits, "%llo", (unsigned long long)mag);
      if (f.alternate) prefix = "0o";
      break;
    case 'x':
      n = snprintf(digits, sizeof digits, "%llx", (unsigned long long)mag);
      if (f.alternate) prefix = "0x";
      break;
    case 'X':
      n = snprintf(digits, sizeof digits, "%llX", (unsigned long long)mag);
      if (f.alternate) prefix = "0X";
      break;
    default:
      n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)mag);
      break;
  }
  return LayoutNumber(f, SignChar(f, v < 0), prefix, digits, n, "", 0);
}

rpy_str* rpy_format_spec_float(double v, rpy_str* spec) {
  if (spec->size == 0) return rpy_str_from_float(v);
  FormatSpec f;
  if (!ParseFormatSpec(spec, '>', 0, "float", &f)) return NULL;
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n': case 0:
      break;
    default:
      UnknownType(f.type, "float");
      return NULL;
  }
  return FormatFloatWith(v, f);
}

}  // extern "C"

namespace {

rpy_str* FormatFloatWith(double v, const FormatSpec& f) {
  uint32_t type = f.type;
  bool add_dot_0 = false, add_pct = false;
  int64_t precision = f.precision;
  int64_t default_precision = 6;
  if (type == 0) {
    add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    v *= 100;
    add_pct = true;
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  if (precision > 2147483647) {
    RaiseFmt("precision too big");
    return NULL;
  }
  // Text of |v| (sign handled separately).
  bool negative = signbit(v) && !isnan(v);
  double a = fabs(v);
  rpy_buf num;
  rpy_buf_init(&num);
  if (type == 'r') {
    char tmp[40];
    int k = rpy_float_repr_cstr(a, tmp);
    rpy_buf_append(&num, tmp, k);
  } else if (type == 'g' && add_dot_0) {
    // No presentation type but a precision: 'g' that switches to exponent
    // notation one digit earlier and keeps a ".0" (CPython's
    // format_float_short with Py_DTSF_ADD_DOT_0).
    int p = precision < 1 ? 1 : (int)precision;
    char tmp[64];
    rpy_buf_append_char(&num, 0, snprintf(NULL, 0, "%.*e", p - 1, a) + 1);
    int k = snprintf(num.data, (size_t)num.size, "%.*e", p - 1, a);
    num.size = k;
    if (isfinite(a)) {
      const char* e = strchr(num.data, 'e');
      int decpt = atoi(e + 1) + 1;
      if (decpt <= -4 || decpt > p - 1) {
        int64_t mant = e - num.data, exp_len = k - mant;
        memcpy(tmp, e, (size_t)exp_len);
        if (!f.alternate && memchr(num.data, '.', (size_t)mant)) {
          while (num.data[mant - 1] == '0') mant--;
          if (num.data[mant - 1] == '.') mant--;
        }
        memcpy(num.data + mant, tmp, (size_t)exp_len);
        num.size = mant + exp_len;
      } else {
        num.size = 0;
        k = snprintf(NULL, 0, f.alternate ? "%#.*g" : "%.*g", p, a);
        rpy_buf_append_char(&num, 0, k + 1);
        snprintf(num.data, (size_t)k + 1, f.alternate ? "%#.*g" : "%.*g", p, a);
        num.size = k;
        if (!memchr(num.data, '.', (size_t)k)) rpy_buf_append(&num, ".0", 2);
      }
    }
  } else {
    char fmt[8];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", f.alternate ? "#" : "", (char)type);
    int k = snprintf(NULL, 0, fmt, (int)precision, a);
    rpy_buf_append_char(&num, 0, k + 1);
    snprintf(num.data, (size_t)k + 1, fmt, (int)precision, a);
    num.size = k;
  }
  if (negative && f.no_neg_0) {
    bool zero = true;
    for (int64_t i = 0; i < num.size && num.data[i] != 'e' && num.data[i] != 'E'; i++)
      if (num.data[i] >= '1' && num.data[i] <= '9') zero = false;
    if (!isfinite(a)) zero = false;
    if (zero) negative = false;
  }
  if (add_pct) rpy_buf_append_char(&num, '%', 1);
  int64_t n_digits = 0;
  while (n_digits < num.size && num.data[n_digits] >= '0' && num.data[n_digits] <= '9') n_digits++;
  rpy_str* r = LayoutNumber(f, SignChar(f, negative), "", num.data, n_digits, num.data + n_digits,
                            num.size - n_digits);
  rpy_buf_free(&num);
  return r;
}

}  // namespace
