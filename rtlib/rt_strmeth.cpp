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

// Code point ranges of str.isalpha/isdigit/isnumeric in CPython 3.11
// (Unicode 14.0), generated with unicodedata.
const uint32_t kAlphaRanges[][2] = {
    {0x41, 0x5A}, {0x61, 0x7A}, {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6},
    {0xD8, 0xF6}, {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC}, {0x2EE, 0x2EE},
    {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386},
    {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481},
    {0x48A, 0x52F}, {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA},
    {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3}, {0x6D5, 0x6D5},
    {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC}, {0x6FF, 0x6FF}, {0x710, 0x710},
    {0x712, 0x72F}, {0x74D, 0x7A5}, {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5},
    {0x7FA, 0x7FA}, {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828},
    {0x840, 0x858}, {0x860, 0x86A}, {0x870, 0x887}, {0x889, 0x88E}, {0x8A0, 0x8C9},
    {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961}, {0x971, 0x980},
    {0x985, 0x98C}, {0x98F, 0x990}, {0x993, 0x9A8}, {0x9AA, 0x9B0}, {0x9B2, 0x9B2},
    {0x9B6, 0x9B9}, {0x9BD, 0x9BD}, {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1},
    {0x9F0, 0x9F1}, {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28},
    {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36}, {0xA38, 0xA39}, {0xA59, 0xA5C},
    {0xA5E, 0xA5E}, {0xA72, 0xA74}, {0xA85, 0xA8D}, {0xA8F, 0xA91}, {0xA93, 0xAA8},
    {0xAAA, 0xAB0}, {0xAB2, 0xAB3}, {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0},
    {0xAE0, 0xAE1}, {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28},
    {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D}, {0xB5C, 0xB5D},
    {0xB5F, 0xB61}, {0xB71, 0xB71}, {0xB83, 0xB83}, {0xB85, 0xB8A}, {0xB8E, 0xB90},
    {0xB92, 0xB95}, {0xB99, 0xB9A}, {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4},
    {0xBA8, 0xBAA}, {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C}, {0xC0E, 0xC10},
    {0xC12, 0xC28}, {0xC2A, 0xC39}, {0xC3D, 0xC3D}, {0xC58, 0xC5A}, {0xC5D, 0xC5D},
    {0xC60, 0xC61}, {0xC80, 0xC80}, {0xC85, 0xC8C}, {0xC8E, 0xC90}, {0xC92, 0xCA8},
    {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBD, 0xCBD}, {0xCDD, 0xCDE}, {0xCE0, 0xCE1},
    {0xCF1, 0xCF2}, {0xD04, 0xD0C}, {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D},
    {0xD4E, 0xD4E}, {0xD54, 0xD56}, {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96},
    {0xD9A, 0xDB1}, {0xDB3, 0xDBB}, {0xDBD, 0xDBD}, {0xDC0, 0xDC6}, {0xE01, 0xE30},
    {0xE32, 0xE33}, {0xE40, 0xE46}, {0xE81, 0xE82}, {0xE84, 0xE84}, {0xE86, 0xE8A},
    {0xE8C, 0xEA3}, {0xEA5, 0xEA5}, {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD},
    {0xEC0, 0xEC4}, {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00}, {0xF40, 0xF47},
    {0xF49, 0xF6C}, {0xF88, 0xF8C}, {0x1000, 0x102A}, {0x103F, 0x103F}, {0x1050, 0x1055},
    {0x105A, 0x105D}, {0x1061, 0x1061}, {0x1065, 0x1066}, {0x106E, 0x1070}, {0x1075, 0x1081},
    {0x108E, 0x108E}, {0x10A0, 0x10C5}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA},
    {0x10FC, 0x1248}, {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D},
    {0x1260, 0x1288}, {0x128A, 0x128D}, {0x1290, 0x12B0}, {0x12B2, 0x12B5}, {0x12B8, 0x12BE},
    {0x12C0, 0x12C0}, {0x12C2, 0x12C5}, {0x12C8, 0x12D6}, {0x12D8, 0x1310}, {0x1312, 0x1315},
    {0x1318, 0x135A}, {0x1380, 0x138F}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C},
    {0x166F, 0x167F}, {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x1711},
    {0x171F, 0x1731}, {0x1740, 0x1751}, {0x1760, 0x176C}, {0x176E, 0x1770}, {0x1780, 0x17B3},
    {0x17D7, 0x17D7}, {0x17DC, 0x17DC}, {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8},
    {0x18AA, 0x18AA}, {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D}, {0x1970, 0x1974},
    {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54}, {0x1AA7, 0x1AA7},
    {0x1B05, 0x1B33}, {0x1B45, 0x1B4C}, {0x1B83, 0x1BA0}, {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5},
    {0x1C00, 0x1C23}, {0x1C4D, 0x1C4F}, {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA},
    {0x1CBD, 0x1CBF}, {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA},
    {0x1D00, 0x1DBF}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D},
    {0x1F50, 0x1F57}, {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B}, {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D},
    {0x1F80, 0x1FB4}, {0x1FB6, 0x1FBC}, {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC},
    {0x1FD0, 0x1FD3}, {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102}, {0x2107, 0x2107},
    {0x210A, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211D}, {0x2124, 0x2124}, {0x2126, 0x2126},
    {0x2128, 0x2128}, {0x212A, 0x212D}, {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149},
    {0x214E, 0x214E}, {0x2183, 0x2184}, {0x2C00, 0x2CE4}, {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3},
    {0x2D00, 0x2D25}, {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F},
    {0x2D80, 0x2D96}, {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE},
    {0x2DC0, 0x2DC6}, {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE}, {0x2E2F, 0x2E2F},
    {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303B, 0x303C}, {0x3041, 0x3096}, {0x309D, 0x309F},
    {0x30A1, 0x30FA}, {0x30FC, 0x30FF}, {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF},
    {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0xA48C}, {0xA4D0, 0xA4FD}, {0xA500, 0xA60C},
    {0xA610, 0xA61F}, {0xA62A, 0xA62B}, {0xA640, 0xA66E}, {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5},
    {0xA717, 0xA71F}, {0xA722, 0xA788}, {0xA78B, 0xA7CA}, {0xA7D0, 0xA7D1}, {0xA7D3, 0xA7D3},
    {0xA7D5, 0xA7D9}, {0xA7F2, 0xA801}, {0xA803, 0xA805}, {0xA807, 0xA80A}, {0xA80C, 0xA822},
    {0xA840, 0xA873}, {0xA882, 0xA8B3}, {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE},
    {0xA90A, 0xA925}, {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF},
    {0xA9E0, 0xA9E4}, {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28}, {0xAA40, 0xAA42},
    {0xAA44, 0xAA4B}, {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A}, {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1},
    {0xAAB5, 0xAAB6}, {0xAAB9, 0xAABD}, {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD},
    {0xAAE0, 0xAAEA}, {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16},
    {0xAB20, 0xAB26}, {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69}, {0xAB70, 0xABE2},
    {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB}, {0xF900, 0xFA6D}, {0xFA70, 0xFAD9},
    {0xFB00, 0xFB06}, {0xFB13, 0xFB17}, {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36},
    {0xFB38, 0xFB3C}, {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1},
    {0xFBD3, 0xFD3D}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB}, {0xFE70, 0xFE74},
    {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7},
    {0xFFCA, 0xFFCF}, {0xFFD2, 0xFFD7}, {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026},
    {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D}, {0x10050, 0x1005D},
    {0x10080, 0x100FA}, {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x10300, 0x1031F},
    {0x1032D, 0x10340}, {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D},
    {0x103A0, 0x103C3}, {0x103C8, 0x103CF}, {0x10400, 0x1049D}, {0x104B0, 0x104D3},
    {0x104D8, 0x104FB}, {0x10500, 0x10527}, {0x10530, 0x10563}, {0x10570, 0x1057A},
    {0x1057C, 0x1058A}, {0x1058C, 0x10592}, {0x10594, 0x10595}, {0x10597, 0x105A1},
    {0x105A3, 0x105B1}, {0x105B3, 0x105B9}, {0x105BB, 0x105BC}, {0x10600, 0x10736},
    {0x10740, 0x10755}, {0x10760, 0x10767}, {0x10780, 0x10785}, {0x10787, 0x107B0},
    {0x107B2, 0x107BA}, {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835},
    {0x10837, 0x10838}, {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10860, 0x10876},
    {0x10880, 0x1089E}, {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x10900, 0x10915},
    {0x10920, 0x10939}, {0x10980, 0x109B7}, {0x109BE, 0x109BF}, {0x10A00, 0x10A00},
    {0x10A10, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A35}, {0x10A60, 0x10A7C},
    {0x10A80, 0x10A9C}, {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35},
    {0x10B40, 0x10B55}, {0x10B60, 0x10B72}, {0x10B80, 0x10B91}, {0x10C00, 0x10C48},
    {0x10C80, 0x10CB2}, {0x10CC0, 0x10CF2}, {0x10D00, 0x10D23}, {0x10E80, 0x10EA9},
    {0x10EB0, 0x10EB1}, {0x10F00, 0x10F1C}, {0x10F27, 0x10F27}, {0x10F30, 0x10F45},
    {0x10F70, 0x10F81}, {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037},
    {0x11071, 0x11072}, {0x11075, 0x11075}, {0x11083, 0x110AF}, {0x110D0, 0x110E8},
    {0x11103, 0x11126}, {0x11144, 0x11144}, {0x11147, 0x11147}, {0x11150, 0x11172},
    {0x11176, 0x11176}, {0x11183, 0x111B2}, {0x111C1, 0x111C4}, {0x111DA, 0x111DA},
    {0x111DC, 0x111DC}, {0x11200, 0x11211}, {0x11213, 0x1122B}, {0x11280, 0x11286},
    {0x11288, 0x11288}, {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8},
    {0x112B0, 0x112DE}, {0x11305, 0x1130C}, {0x1130F, 0x11310}, {0x11313, 0x11328},
    {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339}, {0x1133D, 0x1133D},
    {0x11350, 0x11350}, {0x1135D, 0x11361}, {0x11400, 0x11434}, {0x11447, 0x1144A},
    {0x1145F, 0x11461}, {0x11480, 0x114AF}, {0x114C4, 0x114C5}, {0x114C7, 0x114C7},
    {0x11580, 0x115AE}, {0x115D8, 0x115DB}, {0x11600, 0x1162F}, {0x11644, 0x11644},
    {0x11680, 0x116AA}, {0x116B8, 0x116B8}, {0x11700, 0x1171A}, {0x11740, 0x11746},
    {0x11800, 0x1182B}, {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909},
    {0x1190C, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x1192F}, {0x1193F, 0x1193F},
    {0x11941, 0x11941}, {0x119A0, 0x119A7}, {0x119AA, 0x119D0}, {0x119E1, 0x119E1},
    {0x119E3, 0x119E3}, {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A},
    {0x11A50, 0x11A50}, {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D}, {0x11AB0, 0x11AF8},
    {0x11C00, 0x11C08}, {0x11C0A, 0x11C2E}, {0x11C40, 0x11C40}, {0x11C72, 0x11C8F},
    {0x11D00, 0x11D06}, {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46},
    {0x11D60, 0x11D65}, {0x11D67, 0x11D68}, {0x11D6A, 0x11D89}, {0x11D98, 0x11D98},
    {0x11EE0, 0x11EF2}, {0x11FB0, 0x11FB0}, {0x12000, 0x12399}, {0x12480, 0x12543},
    {0x12F90, 0x12FF0}, {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38},
    {0x16A40, 0x16A5E}, {0x16A70, 0x16ABE}, {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F},
    {0x16B40, 0x16B43}, {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F},
    {0x16F00, 0x16F4A}, {0x16F50, 0x16F50}, {0x16F93, 0x16F9F}, {0x16FE0, 0x16FE1},
    {0x16FE3, 0x16FE3}, {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08},
    {0x1AFF0, 0x1AFF3}, {0x1AFF5, 0x1AFFB}, {0x1AFFD, 0x1AFFE}, {0x1B000, 0x1B122},
    {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A},
    {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454},
    {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6},
    {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB}, {0x1D4BD, 0x1D4C3},
    {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C},
    {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546},
    {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0}, {0x1D6C2, 0x1D6DA},
    {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714}, {0x1D716, 0x1D734}, {0x1D736, 0x1D74E},
    {0x1D750, 0x1D76E}, {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2},
    {0x1D7C4, 0x1D7CB}, {0x1DF00, 0x1DF1E}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D},
    {0x1E14E, 0x1E14E}, {0x1E290, 0x1E2AD}, {0x1E2C0, 0x1E2EB}, {0x1E7E0, 0x1E7E6},
    {0x1E7E8, 0x1E7EB}, {0x1E7ED, 0x1E7EE}, {0x1E7F0, 0x1E7FE}, {0x1E800, 0x1E8C4},
    {0x1E900, 0x1E943}, {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F},
    {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32},
    {0x1EE34, 0x1EE37}, {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42},
    {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F},
    {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59},
    {0x1EE5B, 0x1EE5B}, {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62},
    {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77},
    {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B},
    {0x1EEA1, 0x1EEA3}, {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DF},
    {0x2A700, 0x2B738}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0},
    {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};
const uint32_t kDigitRanges[][2] = {
    {0x30, 0x39}, {0xB2, 0xB3}, {0xB9, 0xB9}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9},
    {0x966, 0x96F}, {0x9E6, 0x9EF}, {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F},
    {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F}, {0xDE6, 0xDEF},
    {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29}, {0x1040, 0x1049}, {0x1090, 0x1099},
    {0x1369, 0x1371}, {0x17E0, 0x17E9}, {0x1810, 0x1819}, {0x1946, 0x194F}, {0x19D0, 0x19DA},
    {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49},
    {0x1C50, 0x1C59}, {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468},
    {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD}, {0x24FF, 0x24FF},
    {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792}, {0xA620, 0xA629}, {0xA8D0, 0xA8D9},
    {0xA900, 0xA909}, {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9},
    {0xFF10, 0xFF19}, {0x104A0, 0x104A9}, {0x10A40, 0x10A43}, {0x10D30, 0x10D39},
    {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x11066, 0x1106F}, {0x110F0, 0x110F9},
    {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459},
    {0x114D0, 0x114D9}, {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739},
    {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59}, {0x11D50, 0x11D59},
    {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9}, {0x16B50, 0x16B59},
    {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959},
    {0x1F100, 0x1F10A}, {0x1FBF0, 0x1FBF9},
};
const uint32_t kNumericRanges[][2] = {
    {0x30, 0x39}, {0xB2, 0xB3}, {0xB9, 0xB9}, {0xBC, 0xBE}, {0x660, 0x669}, {0x6F0, 0x6F9},
    {0x7C0, 0x7C9}, {0x966, 0x96F}, {0x9E6, 0x9EF}, {0x9F4, 0x9F9}, {0xA66, 0xA6F},
    {0xAE6, 0xAEF}, {0xB66, 0xB6F}, {0xB72, 0xB77}, {0xBE6, 0xBF2}, {0xC66, 0xC6F},
    {0xC78, 0xC7E}, {0xCE6, 0xCEF}, {0xD58, 0xD5E}, {0xD66, 0xD78}, {0xDE6, 0xDEF},
    {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF33}, {0x1040, 0x1049}, {0x1090, 0x1099},
    {0x1369, 0x137C}, {0x16EE, 0x16F0}, {0x17E0, 0x17E9}, {0x17F0, 0x17F9}, {0x1810, 0x1819},
    {0x1946, 0x194F}, {0x19D0, 0x19DA}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99}, {0x1B50, 0x1B59},
    {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2460, 0x249B}, {0x24EA, 0x24FF},
    {0x2776, 0x2793}, {0x2CFD, 0x2CFD}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303A},
    {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F}, {0x3251, 0x325F}, {0x3280, 0x3289},
    {0x32B1, 0x32BF}, {0x3405, 0x3405}, {0x3483, 0x3483}, {0x382A, 0x382A}, {0x3B4D, 0x3B4D},
    {0x4E00, 0x4E00}, {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D},
    {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x4E96, 0x4E96}, {0x4EBF, 0x4EC0}, {0x4EDF, 0x4EDF},
    {0x4EE8, 0x4EE8}, {0x4F0D, 0x4F0D}, {0x4F70, 0x4F70}, {0x5104, 0x5104}, {0x5146, 0x5146},
    {0x5169, 0x5169}, {0x516B, 0x516B}, {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5345},
    {0x534C, 0x534C}, {0x53C1, 0x53C4}, {0x56DB, 0x56DB}, {0x58F1, 0x58F1}, {0x58F9, 0x58F9},
    {0x5E7A, 0x5E7A}, {0x5EFE, 0x5EFF}, {0x5F0C, 0x5F0E}, {0x5F10, 0x5F10}, {0x62FE, 0x62FE},
    {0x634C, 0x634C}, {0x67D2, 0x67D2}, {0x6F06, 0x6F06}, {0x7396, 0x7396}, {0x767E, 0x767E},
    {0x8086, 0x8086}, {0x842C, 0x842C}, {0x8CAE, 0x8CAE}, {0x8CB3, 0x8CB3}, {0x8D30, 0x8D30},
    {0x9621, 0x9621}, {0x9646, 0x9646}, {0x964C, 0x964C}, {0x9678, 0x9678}, {0x96F6, 0x96F6},
    {0xA620, 0xA629}, {0xA6E6, 0xA6EF}, {0xA830, 0xA835}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909},
    {0xA9D0, 0xA9D9}, {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xF96B, 0xF96B},
    {0xF973, 0xF973}, {0xF978, 0xF978}, {0xF9B2, 0xF9B2}, {0xF9D1, 0xF9D1}, {0xF9D3, 0xF9D3},
    {0xF9FD, 0xF9FD}, {0xFF10, 0xFF19}, {0x10107, 0x10133}, {0x10140, 0x10178},
    {0x1018A, 0x1018B}, {0x102E1, 0x102FB}, {0x10320, 0x10323}, {0x10341, 0x10341},
    {0x1034A, 0x1034A}, {0x103D1, 0x103D5}, {0x104A0, 0x104A9}, {0x10858, 0x1085F},
    {0x10879, 0x1087F}, {0x108A7, 0x108AF}, {0x108FB, 0x108FF}, {0x10916, 0x1091B},
    {0x109BC, 0x109BD}, {0x109C0, 0x109CF}, {0x109D2, 0x109FF}, {0x10A40, 0x10A48},
    {0x10A7D, 0x10A7E}, {0x10A9D, 0x10A9F}, {0x10AEB, 0x10AEF}, {0x10B58, 0x10B5F},
    {0x10B78, 0x10B7F}, {0x10BA9, 0x10BAF}, {0x10CFA, 0x10CFF}, {0x10D30, 0x10D39},
    {0x10E60, 0x10E7E}, {0x10F1D, 0x10F26}, {0x10F51, 0x10F54}, {0x10FC5, 0x10FCB},
    {0x11052, 0x1106F}, {0x110F0, 0x110F9}, {0x11136, 0x1113F}, {0x111D0, 0x111D9},
    {0x111E1, 0x111F4}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x1173B}, {0x118E0, 0x118F2},
    {0x11950, 0x11959}, {0x11C50, 0x11C6C}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9},
    {0x11FC0, 0x11FD4}, {0x12400, 0x1246E}, {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9},
    {0x16B50, 0x16B59}, {0x16B5B, 0x16B61}, {0x16E80, 0x16E96}, {0x1D2E0, 0x1D2F3},
    {0x1D360, 0x1D378}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9},
    {0x1E8C7, 0x1E8CF}, {0x1E950, 0x1E959}, {0x1EC71, 0x1ECAB}, {0x1ECAD, 0x1ECAF},
    {0x1ECB1, 0x1ECB4}, {0x1ED01, 0x1ED2D}, {0x1ED2F, 0x1ED3D}, {0x1F100, 0x1F10C},
    {0x1FBF0, 0x1FBF9}, {0x20001, 0x20001}, {0x20064, 0x20064}, {0x200E2, 0x200E2},
    {0x20121, 0x20121}, {0x2092A, 0x2092A}, {0x20983, 0x20983}, {0x2098C, 0x2098C},
    {0x2099C, 0x2099C}, {0x20AEA, 0x20AEA}, {0x20AFD, 0x20AFD}, {0x20B19, 0x20B19},
    {0x22390, 0x22390}, {0x22998, 0x22998}, {0x23B1B, 0x23B1B}, {0x2626D, 0x2626D},
    {0x2F890, 0x2F890},
};

template <size_t N>
bool InRanges(const uint32_t (&r)[N][2], uint32_t c) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < r[mid][0]) hi = mid;
    else if (c > r[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

bool IsAlphaCp(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return InRanges(kAlphaRanges, c);
}

bool IsDigitCp(uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return InRanges(kDigitRanges, c);
}

bool IsNumericCp(uint32_t c) {  // isalnum's numeric part
  if (c < 0x80) return c >= '0' && c <= '9';
  return InRanges(kNumericRanges, c);
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

// One-character ASCII strings are shared (as CPython shares its Latin-1
// singletons), so s[i] and iteration over ASCII text do not allocate.
static rpy_str* AsciiChar(unsigned char c) {
  struct OneChar {
    int64_t hash, length, size;
    char data[2];
  };
  static OneChar table[128];
  static bool ready = false;
  if (!ready) {
    for (int i = 0; i < 128; ++i) table[i] = {0, 1, 1, {(char)i, 0}};
    ready = true;
  }
  return (rpy_str*)&table[c];
}

rpy_str* rpy_str_getitem(rpy_str* s, int64_t index) {
  if (index < 0) index += s->length;
  if (index < 0 || index >= s->length) {
    RPY_RAISE(IndexError, "string index out of range");
    return NULL;
  }
  if (s->length == s->size) return AsciiChar((unsigned char)s->data[index]);
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
