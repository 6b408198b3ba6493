// rtlib_more_test.cpp: dict/set, str methods, format specs, random and
// math (rt_dict.cpp, rt_strmeth.cpp, rt_random.cpp, rt_math.cpp).
// Linked into rtlib_tests (rtlib_test.cpp provides main and starts the GC).
// The differential cases write a Python script, run it with python3 and
// compare its output line by line with the runtime's answers.
#include <catch2/catch.hpp>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "rtlib/rt_internal.h"

namespace {

std::string S(const rpy_str* s) {
  return std::string(s->data, (size_t)s->size);
}
rpy_str* M(const std::string& s) {
  return rpy_str_from_utf8(s.data(), (int64_t)s.size());
}
std::string Err() {
  if (!rpy_exc_type) return "";
  std::string text = "ERR " + S(rpy_exc_type->name);
  rpy_str* msg = ((rpy_exception*)rpy_exc_value)->message;
  if (msg) text += ": " + S(msg);
  rpy_exc_clear();
  return text;
}
std::string R(const std::string& s) {  // Python repr of a str
  return S(rpy_str_repr(M(s)));
}
std::string RS(rpy_str* s) {
  if (!s) return Err();
  return S(rpy_str_repr(s));
}
std::string RF(double v) {
  return S(rpy_str_from_float(v));
}
std::string RL(rpy_list* l) {  // repr of a list of str
  if (!l) return Err();
  std::string out = "[";
  for (int64_t i = 0; i < l->length; i++) {
    if (i) out += ", ";
    out += S(rpy_str_repr(((rpy_str**)l->items)[i]));
  }
  return out + "]";
}
std::string RLI(rpy_list* l) {  // repr of a list of int
  if (!l) return Err();
  std::string out = "[";
  for (int64_t i = 0; i < l->length; i++) {
    if (i) out += ", ";
    out += std::to_string(((int64_t*)l->items)[i]);
  }
  return out + "]";
}
std::string B(bool b) {
  return b ? "True" : "False";
}
std::string I(int64_t v) {
  return rpy_exc_type ? Err() : std::to_string(v);
}

// Runs a Python 3 script and returns its stdout split into lines.
std::vector<std::string> RunPython(const std::string& script) {
  char path[] = "/tmp/rtlib_more_XXXXXX";
  int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, script.data(), script.size()) == (ssize_t)script.size());
  close(fd);
  std::string cmd = std::string("python3 ") + path;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  unlink(path);
  REQUIRE(status == 0);
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    if (nl == std::string::npos) nl = out.size();
    lines.push_back(out.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

const char* kPyPrelude =
    "import sys, math, random\n"
    "sys.stdout.reconfigure(encoding='utf-8')\n"
    "def E(f):\n"
    "    try:\n"
    "        return f()\n"
    "    except Exception as e:\n"
    "        return 'ERR %s: %s' % (type(e).__name__, e) if e.args else 'ERR ' + type(e).__name__\n"
    "def P(*a):\n"
    "    print(' '.join(x if isinstance(x, str) and x.startswith('ERR ') else repr(x) for x in a))\n";

void Compare(const std::string& script, const std::vector<std::string>& ours) {
  std::vector<std::string> theirs = RunPython(std::string(kPyPrelude) + script);
  REQUIRE(theirs.size() == ours.size());
  for (size_t i = 0; i < ours.size(); i++) {
    INFO("line " << i);
    CHECK(ours[i] == theirs[i]);
  }
}

// ---- dict helpers ------------------------------------------------------------

uint64_t K(rpy_str* s) {
  return rpy_ptr_to_bits(s);
}

struct Tuple2 {
  int64_t a, b;
};
int64_t HashTuple(void* p) {
  Tuple2* t = (Tuple2*)p;
  return t->a * 1000003 ^ t->b;
}
bool EqTuple(void* x, void* y) {
  Tuple2* a = (Tuple2*)x;
  Tuple2* b = (Tuple2*)y;
  return a->a == b->a && a->b == b->b;
}
Tuple2* MakeTuple(int64_t a, int64_t b) {
  Tuple2* t = (Tuple2*)rpy_gc_malloc_atomic(sizeof(Tuple2));
  t->a = a;
  t->b = b;
  return t;
}

std::string DictIntItems(rpy_dict* d) {
  std::string out = "[";
  rpy_dict_iter it;
  rpy_dict_iter_init(d, &it);
  bool first = true;
  for (int64_t ix; (ix = rpy_dict_iter_next(d, &it)) >= 0;) {
    if (!first) out += ", ";
    first = false;
    out += "(" + std::to_string((int64_t)rpy_dict_entry_key(d, ix)) + ", " +
           std::to_string((int64_t)rpy_dict_entry_value(d, ix)) + ")";
  }
  return out + "]";
}

std::string SetInts(rpy_dict* s) {
  std::string out = "[";
  rpy_dict_iter it;
  rpy_dict_iter_init(s, &it);
  bool first = true;
  for (int64_t ix; (ix = rpy_dict_iter_next(s, &it)) >= 0;) {
    if (!first) out += ", ";
    first = false;
    out += std::to_string((int64_t)rpy_dict_entry_key(s, ix));
  }
  return out + "]";
}

}  // namespace

// ---- dict ----------------------------------------------------------------------

TEST_CASE("dict: int keys keep insertion order through deletes and resizes") {
  rpy_dict* d = rpy_dict_new(RPY_KEY_INT, false, false, NULL, NULL);
  for (int64_t i = 0; i < 1000; i++) rpy_dict_setitem(d, (uint64_t)(i * 7 % 1000), (uint64_t)i);
  CHECK(rpy_dict_len(d) == 1000);
  for (int64_t i = 0; i < 1000; i += 2) rpy_dict_delitem(d, (uint64_t)(i * 7 % 1000));
  CHECK(rpy_dict_len(d) == 500);
  CHECK(Err() == "");
  rpy_dict_iter it;
  rpy_dict_iter_init(d, &it);
  int64_t expect = 1;
  for (int64_t ix; (ix = rpy_dict_iter_next(d, &it)) >= 0; expect += 2) {
    CHECK((int64_t)rpy_dict_entry_value(d, ix) == expect);
    CHECK((int64_t)rpy_dict_entry_key(d, ix) == expect * 7 % 1000);
  }
  CHECK(expect == 1001);
  CHECK(rpy_dict_getitem(d, 7) == 1);
  CHECK(rpy_dict_getitem(d, 0) == 0);
  CHECK(Err() == "ERR KeyError: 0");
  rpy_dict_delitem(d, (uint64_t)-5);
  CHECK(Err() == "ERR KeyError: -5");
  bool found = true;
  CHECK(rpy_dict_get(d, 14, 99, &found) == 99);
  CHECK(!found);
  CHECK(rpy_dict_pop_default(d, 14, 42) == 42);
  CHECK(rpy_dict_pop(d, 7) == 1);
  CHECK(!rpy_dict_contains(d, 7));
  rpy_dict_pop(d, 7);
  CHECK(Err() == "ERR KeyError: 7");
  CHECK(rpy_dict_setdefault(d, 7, 5) == 5);
  CHECK(rpy_dict_setdefault(d, 7, 6) == 5);
  uint64_t k, v;
  CHECK(rpy_dict_popitem(d, &k, &v));
  CHECK(k == 7);
  CHECK(v == 5);
  rpy_dict_clear(d);
  CHECK(rpy_dict_len(d) == 0);
  CHECK(!rpy_dict_popitem(d, &k, &v));
  CHECK(Err() == "ERR KeyError: 'popitem(): dictionary is empty'");
}

TEST_CASE("dict: random operations match CPython's dict") {
  // A deterministic sequence of set/del/pop/popitem on small int keys.
  uint64_t state = 12345;
  auto next = [&]() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (int64_t)(state >> 33);
  };
  rpy_dict* d = rpy_dict_new(RPY_KEY_INT, false, false, NULL, NULL);
  std::string ops = "ops = [";
  std::vector<std::string> ours;
  for (int i = 0; i < 3000; i++) {
    int64_t op = next() % 10, key = next() % 60 - 10;
    ops += "(" + std::to_string(op) + "," + std::to_string(key) + "),";
    if (op < 6) {
      rpy_dict_setitem(d, (uint64_t)key, (uint64_t)i);
    } else if (op < 8) {
      rpy_dict_delitem(d, (uint64_t)key);
      Err();
    } else if (op < 9) {
      rpy_dict_pop_default(d, (uint64_t)key, 0);
    } else {
      uint64_t k, v;
      if (!rpy_dict_popitem(d, &k, &v)) Err();
    }
    if (i % 500 == 499) ours.push_back(DictIntItems(d));
  }
  ops += "]\n";
  Compare(ops +
              "d = {}\n"
              "for i, (op, key) in enumerate(ops):\n"
              "    if op < 6: d[key] = i\n"
              "    elif op < 8: d.pop(key, None)\n"
              "    elif op < 9: d.pop(key, 0)\n"
              "    elif d: d.popitem()\n"
              "    if i % 500 == 499: print(list(d.items()))\n",
          ours);
}

TEST_CASE("dict: str keys, KeyError repr, copy and update") {
  rpy_dict* d = rpy_dict_new(RPY_KEY_STR, true, false, NULL, NULL);
  for (int i = 0; i < 200; i++) rpy_dict_setitem(d, K(rpy_str_from_int(i)), (uint64_t)i);
  rpy_gc_collect();
  CHECK(rpy_dict_getitem(d, K(M("123"))) == 123);
  CHECK(rpy_dict_contains(d, K(M("0"))));
  CHECK(!rpy_dict_contains(d, K(M("abc"))));
  rpy_dict_getitem(d, K(M("abc")));
  CHECK(Err() == "ERR KeyError: 'abc'");
  rpy_dict_getitem(d, K(M("it's")));
  CHECK(Err() == "ERR KeyError: \"it's\"");
  rpy_dict* c = rpy_dict_copy(d);
  rpy_dict_delitem(c, K(M("5")));
  CHECK(rpy_dict_len(c) == 199);
  CHECK(rpy_dict_len(d) == 200);
  rpy_dict* e = rpy_dict_new(RPY_KEY_STR, true, false, NULL, NULL);
  rpy_dict_setitem(e, K(M("5")), 55);
  rpy_dict_setitem(e, K(M("new")), 1);
  rpy_dict_update(c, e);
  CHECK(rpy_dict_len(c) == 201);
  CHECK(rpy_dict_getitem(c, K(M("5"))) == 55);
  // The key order of c: "0".."4", "6".."199", "5", "new".
  uint64_t k, v;
  rpy_dict_popitem(c, &k, &v);
  CHECK(S((rpy_str*)rpy_bits_to_ptr(k)) == "new");
  rpy_dict_popitem(c, &k, &v);
  CHECK(S((rpy_str*)rpy_bits_to_ptr(k)) == "5");
  CHECK(rpy_str_hash(M("abc")) == rpy_hash_bytes("abc", 3));
  CHECK(rpy_str_hash(M("")) != 0);
}

TEST_CASE("dict: float and custom keys, values as pointers survive GC") {
  rpy_dict* d = rpy_dict_new(RPY_KEY_FLOAT, false, true, NULL, NULL);
  rpy_dict_setitem(d, rpy_float_to_bits(1.5), rpy_ptr_to_bits(M("one and a half")));
  rpy_dict_setitem(d, rpy_float_to_bits(-0.0), rpy_ptr_to_bits(M("zero")));
  CHECK(S((rpy_str*)rpy_bits_to_ptr(rpy_dict_getitem(d, rpy_float_to_bits(0.0)))) == "zero");
  rpy_dict_getitem(d, rpy_float_to_bits(2.25));
  CHECK(Err() == "ERR KeyError: 2.25");
  CHECK(rpy_hash_float(1.5) == 1152921504606846977);
  CHECK(rpy_hash_float(-2.0) == -2);
  CHECK(rpy_hash_float(1e300) == 1224995262755759164);  // hash(1e300) in CPython

  rpy_dict* t = rpy_dict_new(RPY_KEY_CUSTOM, true, true, HashTuple, EqTuple);
  for (int i = 0; i < 300; i++) {
    rpy_str* v = rpy_str_from_int(i * i);
    rpy_dict_setitem(t, rpy_ptr_to_bits(MakeTuple(i, -i)), rpy_ptr_to_bits(v));
  }
  rpy_gc_collect();
  for (int i = 0; i < 300; i += 37) {
    uint64_t v = rpy_dict_getitem(t, rpy_ptr_to_bits(MakeTuple(i, -i)));
    CHECK(S((rpy_str*)rpy_bits_to_ptr(v)) == std::to_string(i * i));
  }
  CHECK(!rpy_dict_contains(t, rpy_ptr_to_bits(MakeTuple(1, 1))));
  rpy_dict_getitem(t, rpy_ptr_to_bits(MakeTuple(1, 1)));
  CHECK(Err() == "ERR KeyError");
  rpy_dict_set_repr_fn(t, [](void* p) { return M("(1, 1)"); });
  rpy_dict_getitem(t, rpy_ptr_to_bits(MakeTuple(1, 1)));
  CHECK(Err() == "ERR KeyError: (1, 1)");
}

TEST_CASE("dict: mutation during iteration raises RuntimeError") {
  rpy_dict* d = rpy_dict_new(RPY_KEY_INT, false, false, NULL, NULL);
  for (int i = 0; i < 5; i++) rpy_dict_setitem(d, (uint64_t)i, 0);
  rpy_dict_iter it;
  rpy_dict_iter_init(d, &it);
  CHECK(rpy_dict_iter_next(d, &it) == 0);
  rpy_dict_setitem(d, 0, 7);  // changing a value is fine
  CHECK(rpy_dict_iter_next(d, &it) == 1);
  rpy_dict_setitem(d, 100, 0);
  CHECK(rpy_dict_iter_next(d, &it) == -1);
  CHECK(Err() == "ERR RuntimeError: dictionary changed size during iteration");
  // Same size, different keys.
  rpy_dict_iter_init(d, &it);
  for (int i = 0; i < 6; i++) CHECK(rpy_dict_iter_next(d, &it) >= 0);
  rpy_dict_delitem(d, 0);
  rpy_dict_setitem(d, 200, 0);
  CHECK(rpy_dict_iter_next(d, &it) == -1);
  CHECK(Err() == "ERR RuntimeError: dictionary keys changed during iteration");
  rpy_dict* s = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  rpy_set_add(s, 1);
  rpy_dict_iter_init(s, &it);
  rpy_set_add(s, 2);
  CHECK(rpy_dict_iter_next(s, &it) == -1);
  CHECK(Err() == "ERR RuntimeError: Set changed size during iteration");
}

TEST_CASE("set operations") {
  rpy_dict* a = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  rpy_dict* b = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i = 0; i < 10; i++) rpy_set_add(a, (uint64_t)i);
  for (int i = 5; i < 15; i += 2) rpy_set_add(b, (uint64_t)i);
  rpy_set_add(a, 3);
  CHECK(rpy_set_len(a) == 10);
  CHECK(SetInts(rpy_set_union(a, b)) == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13]");
  CHECK(SetInts(rpy_set_intersection(a, b)) == "[9, 5, 7]");  // CPython: b in its order
  CHECK(SetInts(rpy_set_difference(a, b)) == "[0, 1, 2, 3, 4, 6, 8]");
  CHECK(SetInts(rpy_set_symmetric_difference(a, b)) == "[0, 1, 2, 3, 4, 6, 8, 11, 13]");
  CHECK(!rpy_set_issubset(b, a));
  CHECK(rpy_set_issubset(rpy_set_intersection(a, b), a));
  CHECK(rpy_set_issuperset(a, rpy_set_intersection(a, b)));
  CHECK(!rpy_set_isdisjoint(a, b));
  CHECK(rpy_set_eq(rpy_set_copy(a), a));
  rpy_set_remove(a, 100);
  CHECK(Err() == "ERR KeyError: 100");
  rpy_set_discard(a, 100);
  rpy_set_discard(a, 0);
  CHECK(!rpy_set_contains(a, 0));
  CHECK(rpy_set_pop(a) == 1);
  rpy_set_clear(a);
  rpy_set_pop(a);
  CHECK(Err() == "ERR KeyError: 'pop from an empty set'");
  rpy_dict* s = rpy_set_new(RPY_KEY_STR, true, NULL, NULL);
  rpy_set_add(s, K(M("x")));
  rpy_set_remove(s, K(M("y")));
  CHECK(Err() == "ERR KeyError: 'y'");
}

TEST_CASE("sets iterate and pop in CPython's table order") {
  rpy_dict* s = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i : {40, 8, 16, 24, 32, 0}) rpy_set_add(s, (uint64_t)i);  // resized at the 5th
  CHECK(SetInts(s) == "[32, 0, 40, 8, 16, 24]");
  rpy_dict* t = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i : {-1, -2, 7}) rpy_set_add(t, (uint64_t)(int64_t)i);  // hash(-1) == hash(-2)
  CHECK(SetInts(t) == "[7, -1, -2]");
  rpy_dict* u = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i = 0; i < 80; i += 8) rpy_set_add(u, (uint64_t)i);
  CHECK(rpy_set_pop(u) == 0);  // the finger moves on
  CHECK(rpy_set_pop(u) == 32);
  CHECK(rpy_set_pop(u) == 64);
  CHECK(SetInts(u) == "[8, 40, 72, 16, 48, 24, 56]");
  rpy_dict* b = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  // hash(2**61 + 4) == 5: ints hash modulo 2**61 - 1.
  for (int64_t v : {(int64_t)(1ULL << 61) + 4, (int64_t)5, (int64_t)(1ULL << 62), (int64_t)-1,
                    (int64_t)-2})
    rpy_set_add(b, (uint64_t)v);
  CHECK(SetInts(b) == "[4611686018427387904, 5, 2305843009213693956, -2, -1]");
}

TEST_CASE("hash(frozenset) is CPython's, whatever the insertion order and deletions") {
  rpy_dict* e = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  CHECK(rpy_frozenset_hash(e) == 133146708735736LL);
  rpy_dict* a = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i : {3, 1, 2}) rpy_set_add(a, (uint64_t)i);
  CHECK(rpy_frozenset_hash(a) == -272375401224217160LL);
  rpy_dict* r = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i = 99; i >= 0; i--) rpy_set_add(r, (uint64_t)i);
  CHECK(rpy_frozenset_hash(r) == 4411996150312757951LL);
  rpy_dict* d = rpy_set_new(RPY_KEY_INT, false, NULL, NULL);
  for (int i = 0; i < 10; i++) rpy_set_add(d, (uint64_t)i);
  rpy_set_discard(d, 3);
  CHECK(rpy_frozenset_hash(d) == 6823498452920295245LL);
}

// ---- str methods ------------------------------------------------------------------

namespace {

const std::vector<std::string> kStrs = {
    "",
    "a",
    "  hello   world  ",
    "a,b,,c,",
    ",a,b",
    "one two\tthree\nfour",
    "abcabcab",
    "\xc3\xa9t\xc3\xa9 caf\xc3\xa9 na\xc3\xafve",  // été café naïve
    "x\xe2\x80\x83y\xc2\xa0 z",                    // EM SPACE, NBSP
    "line1\nline2\r\nline3\rline4\x0b\x0c\xc2\x85" "end\n",
    "Hello World! it's 3rd-class x\xc3\x9f",
    "  -42",
    "+7",
    "\xce\xb1\xce\xb2\xce\xb3 \xd0\x9f\xd1\x80\xd0\xb8",  // αβγ При
    "aaaa",
    "xx  ",
};
const std::vector<const char*> kSeps = {nullptr, " ", ",", "ab", "a", "\xc3\xa9", "  "};

std::string PyList() {
  std::string out = "S = [";
  for (auto& s : kStrs) out += R(s) + ", ";
  out += "]\nSEPS = [";
  for (auto sep : kSeps) out += sep ? R(sep) + ", " : "None, ";
  return out + "]\n";
}

rpy_str* Opt(const char* s) {
  return s ? M(s) : nullptr;
}

}  // namespace

TEST_CASE("str: split/rsplit/partition/splitlines against CPython") {
  std::vector<std::string> ours;
  for (auto& s : kStrs)
    for (auto sep : kSeps)
      for (int maxsplit : {-1, 0, 1, 2}) {
        ours.push_back(RL(rpy_str_split(M(s), Opt(sep), maxsplit)) + " " +
                       RL(rpy_str_rsplit(M(s), Opt(sep), maxsplit)));
      }
  for (auto& s : kStrs) {
    ours.push_back(RL(rpy_str_splitlines(M(s), false)) + " " + RL(rpy_str_splitlines(M(s), true)));
    for (auto sep : kSeps) {
      if (!sep) continue;
      ours.push_back(RL(rpy_str_partition(M(s), M(sep))) + " " + RL(rpy_str_rpartition(M(s), M(sep))));
    }
  }
  ours.push_back(RL(rpy_str_split(M("abc"), M(""), -1)));
  ours.push_back(RL(rpy_str_partition(M("abc"), M(""))));
  Compare(PyList() +
              "for s in S:\n"
              "  for sep in SEPS:\n"
              "    for m in (-1, 0, 1, 2):\n"
              "      P(s.split(sep, m), s.rsplit(sep, m))\n"
              "for s in S:\n"
              "  P(s.splitlines(), s.splitlines(True))\n"
              "  for sep in SEPS:\n"
              "    if sep is None: continue\n"
              "    P(list(s.partition(sep)), list(s.rpartition(sep)))\n"
              "P(E(lambda: 'abc'.split('')))\n"
              "P(E(lambda: 'abc'.partition('')))\n",
          ours);
}

TEST_CASE("str: strip/find/count/replace/startswith against CPython") {
  std::vector<std::string> ours;
  const std::vector<const char*> chars = {nullptr, " x", "a\xc3\xa9", "", "-+ 2"};
  const std::vector<std::pair<int64_t, int64_t>> ranges = {
      {0, INT64_MAX}, {1, INT64_MAX}, {-3, INT64_MAX}, {2, 5}, {0, -2}, {5, 2}, {-100, 100}, {20, INT64_MAX}};
  for (auto& s : kStrs) {
    for (auto c : chars)
      ours.push_back(RS(rpy_str_strip(M(s), Opt(c))) + " " + RS(rpy_str_lstrip(M(s), Opt(c))) + " " +
                     RS(rpy_str_rstrip(M(s), Opt(c))));
    for (auto sep : kSeps) {
      rpy_str* sub = M(sep ? sep : "");
      for (auto r : ranges) {
        std::string line = I(rpy_str_find(M(s), sub, r.first, r.second));
        line += " " + I(rpy_str_rfind(M(s), sub, r.first, r.second));
        line += " " + I(rpy_str_count(M(s), sub, r.first, r.second));
        line += " " + B(rpy_str_startswith(M(s), sub, r.first, r.second));
        line += " " + B(rpy_str_endswith(M(s), sub, r.first, r.second));
        int64_t ix = rpy_str_index(M(s), sub, r.first, r.second);
        line += " " + (rpy_exc_type ? Err() : std::to_string(ix));
        ix = rpy_str_rindex(M(s), sub, r.first, r.second);
        line += " " + (rpy_exc_type ? Err() : std::to_string(ix));
        ours.push_back(line);
      }
      ours.push_back(B(rpy_str_contains(M(s), sub)));
      for (int64_t count : {-1, 0, 1, 2})
        ours.push_back(RS(rpy_str_replace(M(s), sub, M("<\xc3\xa9>"), count)) + " " +
                       RS(rpy_str_replace(M(s), sub, M(""), count)));
    }
  }
  std::string ranges_py = "R = [";
  for (auto r : ranges)
    ranges_py += "(" + std::to_string(r.first) + ", " +
                 (r.second == INT64_MAX ? std::string("None") : std::to_string(r.second)) + "), ";
  Compare(PyList() + ranges_py +
              "]\n"
              "C = [None, ' x', 'a\\xe9', '', '-+ 2']\n"
              "def I(x): return str(x)\n"
              "for s in S:\n"
              "  for c in C:\n"
              "    P(s.strip(c), s.lstrip(c), s.rstrip(c))\n"
              "  for sep in SEPS:\n"
              "    sub = sep or ''\n"
              "    for a, b in R:\n"
              "      print(s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b),\n"
              "            s.endswith(sub, a, b), E(lambda: s.index(sub, a, b)), E(lambda: s.rindex(sub, a, b)))\n"
              "    print(sub in s)\n"
              "    for n in (-1, 0, 1, 2):\n"
              "      P(s.replace(sub, '<\\xe9>', n), s.replace(sub, '', n))\n",
          ours);
}

TEST_CASE("str: case, predicates, padding, slicing against CPython") {
  std::vector<std::string> ours;
  std::vector<std::string> extra = {"ABC", "abc", "Abc1", "123", "\xc2\xb2\xc2\xb3", " \t\n", "a b",
                                    "\xc3\x89" "COLE", "\xc3\xa9", "\xc3\xbf", "they're bill's",
                                    "\xd0\x9f\xd1\x80\xd0\xb8", "\xce\xa3\xce\xb1"};
  std::vector<std::string> all = kStrs;
  all.insert(all.end(), extra.begin(), extra.end());
  std::string py = "S = [";
  for (auto& s : all) py += R(s) + ", ";
  py += "]\n";
  for (auto& s : all) {
    rpy_str* x = M(s);
    ours.push_back(RS(rpy_str_upper(x)) + " " + RS(rpy_str_lower(x)) + " " + RS(rpy_str_title(x)) + " " +
                   RS(rpy_str_capitalize(x)) + " " + RS(rpy_str_swapcase(x)));
    ours.push_back(B(rpy_str_isdigit(x)) + " " + B(rpy_str_isalpha(x)) + " " + B(rpy_str_isalnum(x)) + " " +
                   B(rpy_str_isspace(x)) + " " + B(rpy_str_isupper(x)) + " " + B(rpy_str_islower(x)));
    for (int64_t w : {-1, 0, 5, 12, 25})
      ours.push_back(RS(rpy_str_zfill(x, w)) + " " + RS(rpy_str_center(x, w, '*')) + " " +
                     RS(rpy_str_center(x, w + 1, 0xE9)) + " " + RS(rpy_str_ljust(x, w, '.')) + " " +
                     RS(rpy_str_rjust(x, w, ' ')));
    for (int64_t n : {-1, 0, 1, 3}) ours.push_back(RS(rpy_str_repeat(x, n)));
    for (int64_t i : {0, 1, -1, 3, -4, 100}) ours.push_back(RS(rpy_str_getitem(x, i)));
    const int64_t kNone = INT64_MIN + 7;
    for (int64_t a : std::vector<int64_t>{kNone, 0, 2, -3, 50})
      for (int64_t b : std::vector<int64_t>{kNone, 0, 4, -1, -50})
        for (int64_t step : {1, 2, -1, -2, 3, 0}) {
          rpy_str* r = rpy_str_slice(x, a == kNone ? 0 : a, b == kNone ? 0 : b, step, a != kNone, b != kNone);
          ours.push_back(RS(r));
        }
  }
  Compare(py +
              "for s in S:\n"
              "  P(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())\n"
              "  print(s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())\n"
              "  for w in (-1, 0, 5, 12, 25):\n"
              "    P(s.zfill(w), s.center(w, '*'), s.center(w + 1, '\\xe9'), s.ljust(w, '.'), s.rjust(w))\n"
              "  for n in (-1, 0, 1, 3): P(s * n)\n"
              "  for i in (0, 1, -1, 3, -4, 100): P(E(lambda: s[i]))\n"
              "  for a in (None, 0, 2, -3, 50):\n"
              "    for b in (None, 0, 4, -1, -50):\n"
              "      for st in (1, 2, -1, -2, 3, 0): P(E(lambda: s[a:b:st]))\n",
          ours);
}

TEST_CASE("str: join, ord, chr, builder, slice indices") {
  rpy_list* l = rpy_list_new(3, sizeof(void*), true);
  ((rpy_str**)l->items)[0] = M("a");
  ((rpy_str**)l->items)[1] = M("\xc3\xa9");
  ((rpy_str**)l->items)[2] = M("bc");
  rpy_str* j = rpy_str_join(M(", "), l);
  CHECK(S(j) == "a, \xc3\xa9, bc");
  CHECK(j->length == 8);
  CHECK(S(rpy_str_join(M("-"), rpy_list_new(0, 8, true))) == "");
  CHECK(rpy_str_ord(M("\xc3\xa9")) == 0xE9);
  CHECK(rpy_str_ord(M("A")) == 65);
  rpy_str_ord(M("ab"));
  CHECK(Err() == "ERR TypeError: ord() expected a character, but string of length 2 found");
  rpy_str_ord(M(""));
  CHECK(Err() == "ERR TypeError: ord() expected a character, but string of length 0 found");
  CHECK(S(rpy_str_chr(0x1F600)) == "\xf0\x9f\x98\x80");
  rpy_str_chr(0x110000);
  CHECK(Err() == "ERR ValueError: chr() arg not in range(0x110000)");
  rpy_str_chr(-1);
  CHECK(Err() == "ERR ValueError: chr() arg not in range(0x110000)");
  rpy_builder* b = rpy_builder_new(0);
  for (int i = 0; i < 1000; i++) {
    rpy_builder_append_str(b, rpy_str_from_int(i % 10));
    rpy_builder_append_codepoint(b, 0xE9);
    if (i % 100 == 0) rpy_gc_collect();
  }
  rpy_builder_append_char(b, '!');
  rpy_str* built = rpy_builder_build(b);
  CHECK(built->length == 2001);
  CHECK(built->size == 3001);
  CHECK(S(built).substr(0, 6) == "0\xc3\xa9" "1\xc3\xa9");
  int64_t a, e;
  CHECK(rpy_slice_indices(10, 0, 0, 1, false, false, &a, &e) == 10);
  CHECK(rpy_slice_indices(10, 0, 0, -1, false, false, &a, &e) == 10);
  CHECK(a == 9);
  CHECK(e == -1);
  CHECK(rpy_slice_indices(10, -100, 100, 3, true, true, &a, &e) == 4);
  CHECK(rpy_slice_indices(5, 0, 0, INT64_MIN, false, false, &a, &e) == 1);
  CHECK(rpy_slice_indices(10, 0, 0, 0, false, false, &a, &e) == -1);
  CHECK(Err() == "ERR ValueError: slice step cannot be zero");
}

// ---- format specs -----------------------------------------------------------------

TEST_CASE("format specs against CPython") {
  const std::vector<int64_t> ints = {0, 1, -1, 7, 42, -1234, 1234567, 255, -65535, INT64_MAX, INT64_MIN, 0x1F600};
  const std::vector<double> floats = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234567.891, 1e16,
                                      1e-5, 123456789012345678.0, 1e300, -2.5e-300, 0.5, 1.0 / 3,
                                      INFINITY, -INFINITY, NAN, 100.0, 99.995, -0.0004};
  const std::vector<std::string> strs = {"", "abc", "\xc3\xa9t\xc3\xa9", "hello world"};
  const std::vector<std::string> int_specs = {
      "", "d", "5", "<5", ">8", "^9", "=+8", "+", " ", "-", ",", "_", "010,", "08,", "09_", "x", "X", "#x",
      "#X", "o", "#o", "b", "#b", "_b", "#_x", "_X", ",x", "c", ">5c", "n", "e", ".2e", "f", ".3f", "g", "%",
      ".1%", "*^12,", "0", "05", "+05", "#010x", "x<10", "\xc3\xa9>7", ".3", "q", "+c", "#c", ",c", ",_",
      "3.2.1", ".", "z", "-010", "0=8", "0<8", "=8", "12,.2f", "010,.1f"};
  const std::vector<std::string> float_specs = {
      "", ".0", ".1", ".3", ".10", ".17", "f", ".0f", ".2f", "e", ".3e", "E", "g", ".3g", "G", ".0g", "#g",
      "#.3g", "%", ".1%", "n", ".3n", ",", ",.2f", "_.3f", "010.3f", "+.2f", " .2f", "z.2f", "z.1f", "+z.0f",
      ">12.3f", "<12", "^12.2e", "*=+12.2f", "012,.2f", "015,", "#.0f", "#.0e", "F", ".3F", ".2E", ".3G", "d",
      "x", "c", ",g", "12", "012", "-08.2f", "=10.1f", ".20f", ".50g", "010", ",e", "0=12,.3f"};
  const std::vector<std::string> str_specs = {"", "s", "5", ">8", "^9", "<6", "*^11", ".2", "10.2", ".0",
                                              "05", "\xc3\xa9^9", "+", "#", "=5", ",", "d", "_", " ^7s", "0<5"};
  std::vector<std::string> ours;
  auto fmt = [&](rpy_str* r) { ours.push_back(RS(r)); };
  for (auto& spec : int_specs)
    for (int64_t v : ints) fmt(rpy_format_spec_int(v, M(spec)));
  for (auto& spec : float_specs)
    for (double v : floats) fmt(rpy_format_spec_float(v, M(spec)));
  for (auto& spec : str_specs)
    for (auto& s : strs) fmt(rpy_format_spec_str(M(s), M(spec)));
  auto pylist = [](const std::vector<std::string>& v) {
    std::string out = "[";
    for (auto& s : v) out += R(s) + ", ";
    return out + "]";
  };
  std::string py = "IS = " + pylist(int_specs) + "\nFS = " + pylist(float_specs) + "\nSS = " + pylist(str_specs) +
                   "\nI = [";
  for (int64_t v : ints) py += std::to_string(v) + ", ";
  py += "]\nF = [";
  for (double v : floats) {
    std::string r = RF(v);
    py += (r == "inf" || r == "-inf" || r == "nan") ? "float('" + r + "'), " : r + ", ";
  }
  py += "]\nST = " + pylist(strs) + "\n";
  Compare(py +
              "for sp in IS:\n"
              "  for v in I: P(E(lambda: format(v, sp)))\n"
              "for sp in FS:\n"
              "  for v in F: P(E(lambda: format(v, sp)))\n"
              "for sp in SS:\n"
              "  for v in ST: P(E(lambda: format(v, sp)))\n",
          ours);
}

// ---- random -----------------------------------------------------------------------

TEST_CASE("random matches CPython for several seeds") {
  const std::vector<int64_t> seeds = {0, 1, 42, -7, 4294967296LL + 5, 1099511627899LL, -12345678901234LL,
                                      INT64_MAX, INT64_MIN};
  std::vector<std::string> ours;
  std::string py = "SEEDS = [";
  for (int64_t s : seeds) {
    py += std::to_string(s) + ", ";
    rpy_random_seed(s);
    std::string line;
    for (int i = 0; i < 5; i++) line += RF(rpy_random_random()) + " ";
    line += I(rpy_random_randint(1, 100)) + " ";
    line += I(rpy_random_randrange(0, 100, 7, true)) + " ";
    line += I(rpy_random_randrange(10, 0, 1, false)) + " ";
    line += I(rpy_random_randrange(50, -50, -3, true)) + " ";
    line += I(rpy_random_randint(-1000000000000LL, 1000000000000LL)) + " ";
    line += I(rpy_random_getrandbits(40)) + " ";
    line += I(rpy_random_getrandbits(63)) + " ";
    line += I(rpy_random_getrandbits(0)) + " ";
    line += I(rpy_random_choice_index(17)) + " ";
    line += RF(rpy_random_uniform(1.5, 3.5));
    ours.push_back(line);
    rpy_list* l = rpy_list_new(20, 8, false);
    for (int i = 0; i < 20; i++) ((int64_t*)l->items)[i] = i;
    rpy_random_shuffle(l, 8);
    ours.push_back(RLI(l));
    rpy_list* pop = rpy_list_new(1000, 8, false);
    for (int i = 0; i < 1000; i++) ((int64_t*)pop->items)[i] = i * 3;
    rpy_list* small = rpy_list_new(30, 8, false);
    for (int i = 0; i < 30; i++) ((int64_t*)small->items)[i] = i;
    std::string s1 = RLI(rpy_random_sample(small, 5, 8, false));
    std::string s2 = RLI(rpy_random_sample(pop, 10, 8, false));
    std::string s3 = RLI(rpy_random_sample(small, 30, 8, false));
    std::string s4 = RLI(rpy_random_sample(pop, 200, 8, false)).substr(0, 60);
    ours.push_back(s1 + " " + s2 + " " + s3 + " " + s4);  // (C++ evaluation order is unspecified)
    std::string r1 = I(rpy_random_randint(INT64_MIN, INT64_MAX));
    std::string r2 = I(rpy_random_randrange(INT64_MIN, INT64_MAX, 1, true));
    ours.push_back(r1 + " " + r2);
  }
  py += "]\n";
  Compare(py +
              "for s in SEEDS:\n"
              "  random.seed(s)\n"
              "  a = [repr(random.random()) for _ in range(5)]\n"
              "  a += [str(random.randint(1, 100)), str(random.randrange(0, 100, 7)), str(random.randrange(10)),\n"
              "        str(random.randrange(50, -50, -3)), str(random.randint(-10**12, 10**12)),\n"
              "        str(random.getrandbits(40)), str(random.getrandbits(63)), str(random.getrandbits(0)),\n"
              "        str(random._inst._randbelow(17)), repr(random.uniform(1.5, 3.5))]\n"
              "  print(' '.join(a))\n"
              "  l = list(range(20)); random.shuffle(l); print(l)\n"
              "  pop = [i * 3 for i in range(1000)]; small = list(range(30))\n"
              "  print(random.sample(small, 5), random.sample(pop, 10), random.sample(small, 30),\n"
              "        str(random.sample(pop, 200))[:60])\n"
              "  print(random.randint(-2**63, 2**63 - 1), random.randrange(-2**63, 2**63 - 1))\n",
          ours);
  rpy_random_randrange(5, 5, 1, true);
  CHECK(Err() == "ERR ValueError: empty range for randrange() (5, 5, 0)");
  rpy_random_randrange(0, 0, 1, false);
  CHECK(Err() == "ERR ValueError: empty range for randrange()");
  rpy_random_randrange(0, 10, 0, true);
  CHECK(Err() == "ERR ValueError: zero step for randrange()");
  rpy_random_randrange(0, 10, -1, true);
  CHECK(Err() == "ERR ValueError: empty range for randrange()");
  rpy_random_choice_index(0);
  CHECK(Err() == "ERR IndexError: Cannot choose from an empty sequence");
  rpy_random_sample(rpy_list_new(3, 8, false), 4, 8, false);
  CHECK(Err() == "ERR ValueError: Sample larger than population or is negative");
  rpy_random_getrandbits(-1);
  CHECK(Err() == "ERR ValueError: number of bits must be non-negative");
}

// ---- math -----------------------------------------------------------------------

TEST_CASE("math matches CPython") {
  const std::vector<double> xs = {0.0, -0.0, 0.5, 1.0, -1.0, 2.0, -2.5, 10.0, 1e-300, 1e300, 709.5, -709.5,
                                  3.7, -3.7, 1e20, INFINITY, -INFINITY, NAN};
  typedef double (*F1)(double);
  const std::vector<std::pair<const char*, F1>> f1 = {
      {"sqrt", rpy_math_sqrt},   {"exp", rpy_math_exp},     {"log", rpy_math_log},
      {"log2", rpy_math_log2},   {"log10", rpy_math_log10}, {"sin", rpy_math_sin},
      {"cos", rpy_math_cos},     {"tan", rpy_math_tan},     {"asin", rpy_math_asin},
      {"acos", rpy_math_acos},   {"atan", rpy_math_atan},   {"sinh", rpy_math_sinh},
      {"cosh", rpy_math_cosh},   {"tanh", rpy_math_tanh},   {"fabs", rpy_math_fabs},
      {"degrees", rpy_math_degrees}, {"radians", rpy_math_radians}};
  typedef double (*F2)(double, double);
  const std::vector<std::pair<const char*, F2>> f2 = {{"pow", rpy_math_pow},     {"atan2", rpy_math_atan2},
                                                      {"fmod", rpy_math_fmod},   {"hypot", rpy_math_hypot},
                                                      {"copysign", rpy_math_copysign}, {"log", rpy_math_log_base}};
  std::vector<std::string> ours;
  auto rf = [](double v) { return rpy_exc_type ? Err() : RF(v); };
  for (auto& f : f1) {
    std::string line = f.first;
    for (double x : xs) line += " " + rf(f.second(x));
    ours.push_back(line);
  }
  for (auto& f : f2) {
    std::string line = f.first;
    for (double x : xs)
      for (double y : xs) line += " " + rf(f.second(x, y));
    ours.push_back(line);
  }
  {
    std::string line = "int";
    for (double x : xs) {
      line += " " + I(rpy_math_floor(x));
      line += " " + I(rpy_math_ceil(x));
      line += " " + I(rpy_math_trunc(x));
      line += " " + B(rpy_math_isnan(x)) + B(rpy_math_isinf(x)) + B(rpy_math_isfinite(x));
      double ip;
      double fp = rpy_math_modf(x, &ip);
      line += " (" + RF(fp) + ", " + RF(ip) + ")";
      int64_t e;
      double m = rpy_math_frexp(x, &e);
      line += " (" + RF(m) + ", " + std::to_string(e) + ")";
    }
    ours.push_back(line);
  }
  std::string line = "ints";
  for (int64_t a : {0, 12, -18, 7, 1000000007, -48}) {
    for (int64_t b : {0, 18, -12, 35}) line += " " + I(rpy_math_gcd(a, b));
    line += " " + I(rpy_math_factorial(a));
    line += " " + I(rpy_math_isqrt(a));
  }
  ours.push_back(line);
  std::string py = "X = [";
  for (double x : xs) {
    std::string r = RF(x);
    py += (r == "inf" || r == "-inf" || r == "nan") ? "float('" + r + "'), " : r + ", ";
  }
  py += "]\n";
  auto names = [](auto& v) {
    std::string out = "[";
    for (auto& f : v) out += std::string("'") + f.first + "', ";
    return out + "]";
  };
  Compare(py + "F1 = " + names(f1) + "\nF2 = " + names(f2) +
              "\n"
              "def Q(f):\n"
              "  r = E(f)\n"
              "  return r if isinstance(r, str) else repr(r)\n"
              "def QI(f):\n"
              "  r = E(f)\n"
              "  if isinstance(r, int) and not -2**63 <= r < 2**63: return \"ERR OverflowError: int too large for rpyc's 64-bit int\"\n"
              "  return str(r)\n"
              "for n in F1: print(n, ' '.join(Q(lambda: getattr(math, n)(x)) for x in X))\n"
              "for n in F2: print(n, ' '.join(Q(lambda: getattr(math, n)(x, y)) for x in X for y in X))\n"
              "out = ['int']\n"
              "for x in X:\n"
              "  out += [QI(lambda: math.floor(x)), QI(lambda: math.ceil(x)), QI(lambda: math.trunc(x)),\n"
              "          str(math.isnan(x)) + str(math.isinf(x)) + str(math.isfinite(x)), repr(math.modf(x)), repr(math.frexp(x))]\n"
              "print(' '.join(out))\n"
              "out = ['ints']\n"
              "def F(a):\n"
              "  if a > 20: return 'ERR OverflowError: integer overflow'\n"
              "  r = E(lambda: math.factorial(a))\n"
              "  return 'ERR OverflowError: integer overflow' if isinstance(r, int) and r >= 2**63 else str(r)\n"
              "for a in (0, 12, -18, 7, 1000000007, -48):\n"
              "  out += [str(math.gcd(a, b)) for b in (0, 18, -12, 35)]\n"
              "  out += [F(a), str(E(lambda: math.isqrt(a)))]\n"
              "print(' '.join(out))\n",
          ours);
}
