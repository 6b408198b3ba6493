// rtlib_test.cpp: unit tests of the runtime, compiled natively against
// rpyc_rtlib_host and Boehm. Expected values come from CPython 3.11 (the
// tables were generated with python3 and pasted in).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "rtlib/rt_internal.h"

// The generated module's entry point; unused by the unit tests.
extern "C" int64_t rpy_entry(rpy_list*) {
  return 0;
}

namespace {

#define LIT(s) std::string(s, sizeof(s) - 1)

struct GcStarter {
  GcStarter() { rpy_init(); }
} gc_starter;

std::string Str(const rpy_str* s) {
  return std::string(s->data, (size_t)s->size);
}
rpy_str* Make(const std::string& s) {
  return rpy_str_from_utf8(s.data(), (int64_t)s.size());
}

// Returns "Name: message" for the pending exception and clears it, or ""
// when none is pending.
std::string TakeException() {
  if (!rpy_exc_type) return "";
  std::string text = Str(rpy_exc_type->name);
  rpy_str* msg = ((rpy_exception*)rpy_exc_value)->message;
  if (msg) text += ": " + Str(msg);
  rpy_exc_clear();
  return text;
}

std::string Repr(double v) {
  return Str(rpy_str_from_float(v));
}

// Parses "%[flags][width][.prec]conv[suffix]" into the arguments of the
// rpy_format_* helpers; returns the suffix.
std::string ParseSpec(const char* spec, int32_t* flags, int32_t* width, int32_t* prec,
                      int32_t* conv) {
  const char* p = spec + 1;
  *flags = 0;
  for (;; p++) {
    if (*p == '-')
      *flags |= 1;
    else if (*p == '+')
      *flags |= 2;
    else if (*p == ' ')
      *flags |= 4;
    else if (*p == '#')
      *flags |= 8;
    else if (*p == '0')
      *flags |= 16;
    else
      break;
  }
  *width = -1;
  if (*p >= '1' && *p <= '9') *width = (int32_t)strtol(p, (char**)&p, 10);
  *prec = -1;
  if (*p == '.') *prec = (int32_t)strtol(p + 1, (char**)&p, 10);
  *conv = *p++;
  return p;
}

std::string FormatInt(const char* spec, int64_t v) {
  int32_t flags, width, prec, conv;
  std::string suffix = ParseSpec(spec, &flags, &width, &prec, &conv);
  rpy_str* s = rpy_format_int(v, flags, width, prec, conv);
  return s ? Str(s) + suffix : TakeException();
}

std::string FormatFloat(const char* spec, double v) {
  int32_t flags, width, prec, conv;
  std::string suffix = ParseSpec(spec, &flags, &width, &prec, &conv);
  rpy_str* s = rpy_format_float(v, flags, width, prec, conv);
  return s ? Str(s) + suffix : TakeException();
}

}  // namespace

TEST_CASE("repr(float) is the shortest round-trip text, laid out like CPython") {
  CHECK(Repr(0.1) == "0.1");
  CHECK(Repr(1e16) == "1e+16");
  CHECK(Repr(1e-5) == "1e-05");
  CHECK(Repr(1.5e-5) == "1.5e-05");
  CHECK(Repr(0.0001) == "0.0001");
  CHECK(Repr(123456789.123) == "123456789.123");
  CHECK(Repr(-0.0) == "-0.0");
  CHECK(Repr(0.0) == "0.0");
  CHECK(Repr(INFINITY) == "inf");
  CHECK(Repr(-INFINITY) == "-inf");
  CHECK(Repr(NAN) == "nan");
  CHECK(Repr(2.5e-300) == "2.5e-300");
  CHECK(Repr(1.0 / 3.0) == "0.3333333333333333");
  CHECK(Repr(1e22) == "1e+22");
  CHECK(Repr(1e23) == "1e+23");
  CHECK(Repr(5e-324) == "5e-324");
  CHECK(Repr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(Repr(100.0) == "100.0");
  CHECK(Repr(1e15) == "1000000000000000.0");
  CHECK(Repr(1234567890123456.0) == "1234567890123456.0");
  CHECK(Repr(12345678901234567.0) == "1.2345678901234568e+16");
  CHECK(Repr(0.30000000000000004) == "0.30000000000000004");
  CHECK(Repr(-1.5) == "-1.5");
  CHECK(Repr(9223372036854775808.0) == "9.223372036854776e+18");
}

TEST_CASE("str(int), str(bool), None") {
  CHECK(Str(rpy_str_from_int(0)) == "0");
  CHECK(Str(rpy_str_from_int(-42)) == "-42");
  CHECK(Str(rpy_str_from_int(INT64_MIN)) == "-9223372036854775808");
  CHECK(Str(rpy_str_from_bool(true)) == "True");
  CHECK(Str(rpy_str_from_bool(false)) == "False");
  CHECK(Str(rpy_str_none()) == "None");
}

TEST_CASE("int(str)") {
  auto to_int = [](const std::string& s) { return rpy_str_to_int(Make(s)); };
  CHECK(to_int("42") == 42);
  CHECK(to_int("  -17\n") == -17);
  CHECK(to_int("+1_000_000") == 1000000);
  CHECK(to_int("007") == 7);
  CHECK(to_int("\xe2\x80\x83"
               "5\xc2\xa0") == 5);  // EM SPACE, NBSP
  CHECK(to_int("-9223372036854775808") == INT64_MIN);
  CHECK(to_int("9223372036854775807") == INT64_MAX);
  CHECK(TakeException() == "");
  for (const char* bad : {"abc", "", " ", "1__0", "_1", "1_", "- 5", "1.5", "0x10", "+"}) {
    INFO(bad);
    CHECK(to_int(bad) == 0);
    CHECK(TakeException() ==
          "ValueError: invalid literal for int() with base 10: " + Str(rpy_str_repr(Make(bad))));
  }
  CHECK(to_int("abc") == 0);
  CHECK(TakeException() == "ValueError: invalid literal for int() with base 10: 'abc'");
  to_int(" it's\n");
  CHECK(TakeException() == "ValueError: invalid literal for int() with base 10: \" it's\\n\"");
  to_int("9223372036854775808");
  CHECK(TakeException() == "OverflowError: int too large for rpyc's 64-bit int");
  to_int("-9223372036854775809");
  CHECK(TakeException() == "OverflowError: int too large for rpyc's 64-bit int");
}

TEST_CASE("float(str)") {
  auto to_float = [](const std::string& s) { return rpy_str_to_float(Make(s)); };
  CHECK(to_float("1.5") == 1.5);
  CHECK(to_float(" -2.5e-3 ") == -2.5e-3);
  CHECK(to_float("1_000.000_1") == 1000.0001);
  CHECK(to_float(".5") == 0.5);
  CHECK(to_float("5.") == 5.0);
  CHECK(to_float("1E5") == 1e5);
  CHECK(to_float("1e500") == INFINITY);
  CHECK(to_float("-iNfInItY") == -INFINITY);
  CHECK(to_float("+inf") == INFINITY);
  CHECK(isnan(to_float("NaN")));
  CHECK(isnan(to_float("-nan")));
  CHECK(TakeException() == "");
  for (const char* bad :
       {"x", "", "1.2.3", "0x1p3", "1e", "1_", "._5", "infinit", "nan(1)", "e5", "."}) {
    INFO(bad);
    to_float(bad);
    CHECK(TakeException() ==
          "ValueError: could not convert string to float: " + Str(rpy_str_repr(Make(bad))));
  }
  to_float("x");
  CHECK(TakeException() == "ValueError: could not convert string to float: 'x'");
}

TEST_CASE("int // and % round toward negative infinity") {
  CHECK(rpy_int_floordiv(-7, 2) == -4);
  CHECK(rpy_int_mod(-7, 2) == 1);
  CHECK(rpy_int_floordiv(7, -2) == -4);
  CHECK(rpy_int_mod(7, -2) == -1);
  CHECK(rpy_int_floordiv(-8, 2) == -4);
  CHECK(rpy_int_mod(INT64_MIN, -1) == 0);
  CHECK(rpy_int_mod(-1, INT64_MIN) == -1);
  CHECK(TakeException() == "");
  rpy_int_floordiv(1, 0);
  CHECK(TakeException() == "ZeroDivisionError: integer division or modulo by zero");
  rpy_int_mod(1, 0);
  CHECK(TakeException() == "ZeroDivisionError: integer modulo by zero");
  rpy_int_floordiv(INT64_MIN, -1);
  CHECK(TakeException() == "OverflowError: integer overflow");
}

TEST_CASE("int ** and shifts") {
  CHECK(rpy_int_pow(2, 10) == 1024);
  CHECK(rpy_int_pow(-3, 3) == -27);
  CHECK(rpy_int_pow(2, 62) == (int64_t)1 << 62);
  CHECK(rpy_int_pow(-2, 63) == INT64_MIN);
  CHECK(rpy_int_pow(0, 0) == 1);
  CHECK(rpy_int_pow(1, INT64_MAX) == 1);
  CHECK(rpy_int_pow(-1, INT64_MAX) == -1);
  CHECK(TakeException() == "");
  rpy_int_pow(2, 63);
  CHECK(TakeException() == "OverflowError: integer overflow");
  rpy_int_pow(3, 40);
  CHECK(TakeException() == "OverflowError: integer overflow");
  rpy_int_pow(2, -1);
  CHECK(TakeException() ==
        "ValueError: negative exponent in int ** int is not supported by rpyc; use a float base");
  CHECK(rpy_int_lshift(1, 62) == (int64_t)1 << 62);
  CHECK(rpy_int_lshift(-1, 63) == INT64_MIN);
  CHECK(rpy_int_lshift(0, 1000) == 0);
  CHECK(rpy_int_rshift(-5, 1) == -3);
  CHECK(rpy_int_rshift(-5, 100) == -1);
  CHECK(rpy_int_rshift(5, 64) == 0);
  CHECK(TakeException() == "");
  rpy_int_lshift(1, 63);
  CHECK(TakeException() == "OverflowError: integer overflow");
  rpy_int_lshift(3, 62);
  CHECK(TakeException() == "OverflowError: integer overflow");
  rpy_int_lshift(1, -1);
  CHECK(TakeException() == "ValueError: negative shift count");
  rpy_int_rshift(1, -1);
  CHECK(TakeException() == "ValueError: negative shift count");
}

TEST_CASE("int / int is correctly rounded") {
  struct Case {
    int64_t a, b;
    double expected;
  } cases[] = {
      {667880484761374007LL, 318034968529LL, 0x1.0059b15c420dbp+21},
      {1527169275425311224LL, 123765076861079286LL, 0x1.8adb349ef004dp+3},
      {-1224021037100784806LL, 8LL, -0x1.0fc98a5e9ff5dp+57},
      {804827709146492622LL, 14LL, 0x1.9879815d4ba22p+55},
      {-6766730261175167285LL, 19361590LL, -0x1.457d809d5abf0p+38},
      {3357357195551156271LL, 75LL, 0x1.3e12a0fb54d82p+55},
      {-703602279565659645LL, 7353459747LL, -0x1.6d00967a31d58p+26},
      {-5424104304150091343LL, -7522771456355LL, 0x1.6010178e3afcdp+19},
      {-2553354791350442960LL, 52061LL, -0x1.64da41829e2cap+45},
      {-775431884405662725LL, -70009036886LL, 0x1.520490dddf83fp+23},
      {-7873054320740221640LL, -1795823849LL, 0x1.054fe99cdf412p+32},
      {7992424660898182485LL, 5262309LL, 0x1.619fdf18e68bap+40},
      {415616015122153932LL, -20913699768956LL, -0x1.3683a0fe1d199p+14},
      {5476690359863214875LL, 27LL, 0x1.6851208c3b099p+57},
      {-4243871333037465898LL, 2287775113499LL, -0x1.c4e2d32d3a5f4p+20},
      {159543721834414960LL, -62420416674384LL, -0x1.3f7e883cf470fp+11},
      {8128531362203741959LL, 1409692LL, 0x1.4fa2b59d008edp+42},
      {-8135854979305788918LL, 145622100681626LL, -0x1.b47b49ec7ea4ap+15},
      {650015775513157456LL, 286216628643136177LL, 0x1.22b22acf0bb23p+1},
      {-937327056304800998LL, 61322852128LL, -0x1.d276fcd456165p+23},
      {8973733738937638733LL, 6695356626438LL, 0x1.473841f2d1fa0p+20},
      {-770222145310375747LL, 620LL, -0x1.1a7703e83143ap+50},
      {-4919080973912208247LL, 3569519663LL, -0x1.488f484120020p+30},
      {-4022668034752422715LL, -430LL, 0x1.09e2e37e273b0p+53},
      {INT64_MIN, 1LL, -0x1.0000000000000p+63},
      {9007199254740993LL, 1LL, 0x1.0000000000000p+53},
      {9007199254740995LL, 1LL, 0x1.0000000000002p+53},
      {INT64_MAX, 3LL, 0x1.5555555555555p+61},
      {36028797018963972LL, 4LL, 0x1.0000000000000p+53},
      {36028797018963973LL, 4LL, 0x1.0000000000001p+53},
      {36028797018963980LL, -4LL, -0x1.0000000000002p+53},
      {3458764513820540929LL, 3LL, 0x1.0000000000000p+60},
  };
  for (const Case& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(rpy_int_truediv(c.a, c.b) == c.expected);
  }
  CHECK(rpy_int_truediv(1, 3) == 1.0 / 3.0);
  CHECK(signbit(rpy_int_truediv(0, -5)));
  rpy_int_truediv(1, 0);
  CHECK(TakeException() == "ZeroDivisionError: division by zero");
}

TEST_CASE("int(float)") {
  CHECK(rpy_float_to_int(3.9) == 3);
  CHECK(rpy_float_to_int(-3.9) == -3);
  CHECK(rpy_float_to_int(-9223372036854775808.0) == INT64_MIN);
  CHECK(TakeException() == "");
  rpy_float_to_int(9223372036854775808.0);
  CHECK(TakeException() == "OverflowError: int too large for rpyc's 64-bit int");
  rpy_float_to_int(INFINITY);
  CHECK(TakeException() == "OverflowError: cannot convert float infinity to integer");
  rpy_float_to_int(NAN);
  CHECK(TakeException() == "ValueError: cannot convert float NaN to integer");
}

TEST_CASE("float //, % and /") {
  CHECK(rpy_float_floordiv(-7.5, 2) == -4.0);
  CHECK(rpy_float_mod(-7.5, 2) == 0.5);
  CHECK(rpy_float_mod(7.5, -2) == -0.5);
  CHECK(Repr(rpy_float_mod(-0.0, 1.0)) == "0.0");
  CHECK(Repr(rpy_float_mod(0.0, -1.0)) == "-0.0");
  CHECK(Repr(rpy_float_mod(1e-300, 1.0)) == "1e-300");
  CHECK(Repr(rpy_float_mod(-1e-300, 1.0)) == "1.0");
  CHECK(Repr(rpy_float_floordiv(5.0, 0.1)) == "49.0");
  CHECK(Repr(rpy_float_mod(5.0, 0.1)) == "0.09999999999999973");
  CHECK(Repr(rpy_float_floordiv(-0.0, 5.0)) == "-0.0");
  CHECK(Repr(rpy_float_floordiv(1.0, -INFINITY)) == "-1.0");
  CHECK(TakeException() == "");
  rpy_float_div(1.0, 0.0);
  CHECK(TakeException() == "ZeroDivisionError: float division by zero");
  rpy_float_floordiv(1.0, -0.0);
  CHECK(TakeException() == "ZeroDivisionError: float floor division by zero");
  rpy_float_mod(1.0, 0.0);
  CHECK(TakeException() == "ZeroDivisionError: float modulo");
}

TEST_CASE("float ** follows float_pow") {
  CHECK(Repr(rpy_float_pow(2.0, 0.5)) == "1.4142135623730951");
  CHECK(Repr(rpy_float_pow(-8.0, 3.0)) == "-512.0");
  CHECK(Repr(rpy_float_pow(-2.0, -1.0)) == "-0.5");
  CHECK(Repr(rpy_float_pow(10.0, -400.0)) == "0.0");
  CHECK(Repr(rpy_float_pow(-0.0, 3.0)) == "-0.0");
  CHECK(Repr(rpy_float_pow(1.0, NAN)) == "1.0");
  CHECK(Repr(rpy_float_pow(NAN, 0.0)) == "1.0");
  CHECK(Repr(rpy_float_pow(-1.0, 1e300)) == "1.0");
  CHECK(Repr(rpy_float_pow(0.5, INFINITY)) == "0.0");
  CHECK(Repr(rpy_float_pow(0.5, -INFINITY)) == "inf");
  CHECK(Repr(rpy_float_pow(-INFINITY, 3.0)) == "-inf");
  CHECK(Repr(rpy_float_pow(-INFINITY, -3.0)) == "-0.0");
  CHECK(TakeException() == "");
  rpy_float_pow(0.0, -1.0);
  CHECK(TakeException() == "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  rpy_float_pow(-8.0, 1.0 / 3.0);
  CHECK(TakeException() == "ValueError: negative number cannot be raised to a fractional power");
  rpy_float_pow(10.0, 400.0);
  CHECK(TakeException() == "OverflowError: (34, 'Numerical result out of range')");
}

TEST_CASE("%-formatting of ints") {
  struct Case {
    const char* spec;
    int64_t v;
    const char* expected;
  } cases[] = {
      {"%5d", 42LL, "   42"},
      {"%-5d|", 42LL, "42   |"},
      {"%05d", -42LL, "-0042"},
      {"%+d", 5LL, "+5"},
      {"% d", 5LL, " 5"},
      {"%x", -255LL, "-ff"},
      {"%#x", 255LL, "0xff"},
      {"%#X", 255LL, "0XFF"},
      {"%o", 8LL, "10"},
      {"%#o", 8LL, "0o10"},
      {"%.3d", -5LL, "-005"},
      {"%05.3d", 5LL, "00005"},
      {"%#08x", 255LL, "0x0000ff"},
      {"%-#8x|", 255LL, "0xff    |"},
      {"%c", 65LL, "A"},
      {"%5c", 233LL, "    \xc3\xa9"},
      {"%05c", 65LL, "    A"},
      {"%e", 5LL, "5.000000e+00"},
      {"%d", INT64_MIN, "-9223372036854775808"},
      {"%x", INT64_MIN, "-8000000000000000"},
      {"%c", 0x110000, "OverflowError: %c arg not in range(0x110000)"},
  };
  for (const Case& c : cases) {
    INFO(c.spec << " % " << c.v);
    CHECK(FormatInt(c.spec, c.v) == c.expected);
  }
}

TEST_CASE("%-formatting of floats") {
  struct Case {
    const char* spec;
    double v;
    const char* expected;
  } cases[] = {
      {"%05.1f", 3.14159, "003.1"},
      {"%f", 1.0, "1.000000"},
      {"%e", 1.0, "1.000000e+00"},
      {"%E", 12345.678, "1.234568E+04"},
      {"%g", 1e-05, "1e-05"},
      {"%g", 123456789.0, "1.23457e+08"},
      {"%G", 1e-10, "1E-10"},
      {"%#g", 1.0, "1.00000"},
      {"%.3g", 2.5, "2.5"},
      {"%10.4f|", -2.5, "   -2.5000|"},
      {"%-10.2e|", 0.000123, "1.23e-04  |"},
      {"%+08.2f", -3.14159, "-0003.14"},
      {"%f", INFINITY, "inf"},
      {"%5f|", -INFINITY, " -inf|"},
      {"%F", INFINITY, "INF"},
      {"%05f", INFINITY, "00inf"},
      {"%+f", NAN, "+nan"},
      {"%f", -NAN, "nan"},
      {"%G", NAN, "NAN"},
      {"%.0f", 0.5, "0"},
      {"%.0f", 1.5, "2"},
      {"%.2f", 2.675, "2.67"},
      {"%.0e", -0.0, "-0e+00"},
      {"%#.0f", 2.0, "2."},
      {"%f", 1e+20, "100000000000000000000.000000"},
      {"%.1f", -0.04, "-0.0"},
      {"%d", 3.7, "3"},
      {"%5d|", -3.7, "   -3|"},
      {"%r", 0.1, "0.1"},
      {"%s", 1e+16, "1e+16"},
      {"%10r|", 2.5, "       2.5|"},
      {"%x", 3.5, "TypeError: %x format: an integer is required, not float"},
      {"%c", 3.5, "TypeError: %c requires int or char"},
  };
  for (const Case& c : cases) {
    INFO(c.spec << " % " << c.v);
    CHECK(FormatFloat(c.spec, c.v) == c.expected);
  }
}

TEST_CASE("%-formatting of str") {
  rpy_str* s = Make("h\xc3\xa9llo");
  CHECK(Str(rpy_format_str(s, 0, -1, -1)) == "h\xc3\xa9llo");
  CHECK(Str(rpy_format_str(s, 0, 7, -1)) == "  h\xc3\xa9llo");
  CHECK(Str(rpy_format_str(s, 1, 7, -1)) == "h\xc3\xa9llo  ");
  CHECK(Str(rpy_format_str(s, 16, 7, -1)) == "  h\xc3\xa9llo");  // no zero fill
  CHECK(Str(rpy_format_str(s, 0, 5, 2)) == "   h\xc3\xa9");
  CHECK(rpy_format_str(s, 0, 7, 2)->length == 7);
}

TEST_CASE("repr(str) quotes and escapes like CPython") {
  struct Case {
    std::string in, expected;
  } cases[] = {
      {LIT("abc"), LIT("'abc'")},
      {LIT("it's"), LIT("\x22it's\x22")},
      {LIT("say \x22hi\x22"), LIT("'say \x22hi\x22'")},
      {LIT("both ' and \x22"), LIT("'both \x5c' and \x22'")},
      {LIT("tab\x09nl\x0aret\x0d"), LIT("'tab\x5ctnl\x5cnret\x5cr'")},
      {LIT("back\x5cslash"), LIT("'back\x5c\x5cslash'")},
      {LIT("\x00\x1f\x7f"), LIT("'\x5cx00\x5cx1f\x5cx7f'")},
      {LIT("caf\xc3\xa9"), LIT("'caf\xc3\xa9'")},
      {LIT("\xc2\xa0\xc2\xad"), LIT("'\x5cxa0\x5cxad'")},
      {LIT("\xc2\x85"), LIT("'\x5cx85'")},
      {LIT("\xe2\x82\xac"), LIT("'\xe2\x82\xac'")},
      {LIT("\xe2\x80\x8b"), LIT("'\x5cu200b'")},
      {LIT("\xf0\x9f\x98\x80"), LIT("'\xf0\x9f\x98\x80'")},
      {LIT("\xee\x80\x80"), LIT("'\x5cue000'")},
      {LIT("\xf3\xa0\x80\x81"), LIT("'\x5cU000e0001'")},
      {LIT("\xe2\x80\xa8"), LIT("'\x5cu2028'")},
      {LIT("\xe3\x80\x80x"), LIT("'\x5cu3000x'")},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(Str(rpy_str_repr(Make(c.in))) == c.expected);
  }
  CHECK(Str(rpy_str_ascii(Make("caf\xc3\xa9 \xf0\x9f\x98\x80"))) == "'caf\\xe9 \\U0001f600'");
}

TEST_CASE("str basics") {
  rpy_str* a = Make("h\xc3\xa9");
  rpy_str* b = Make("llo");
  CHECK(a->length == 2);
  CHECK(a->size == 3);
  CHECK(rpy_str_len(a) == 2);
  rpy_str* c = rpy_str_concat(a, b);
  CHECK(Str(c) == "h\xc3\xa9llo");
  CHECK(c->length == 5);
  CHECK(c->data[c->size] == 0);
  rpy_str* parts[] = {a, b, a};
  CHECK(Str(rpy_str_join_n(3, parts)) ==
        "h\xc3\xa9llo"
        "h\xc3\xa9");
  CHECK(rpy_str_eq(c, Make("h\xc3\xa9llo")));
  CHECK(!rpy_str_eq(a, b));
  CHECK(rpy_str_cmp(Make("abc"), Make("abd")) < 0);
  CHECK(rpy_str_cmp(Make("ab"), Make("abc")) < 0);
  CHECK(rpy_str_cmp(Make("\xc3\xa9"), Make("z")) > 0);
  CHECK(rpy_str_cmp(b, Make("llo")) == 0);
}

TEST_CASE("lists") {
  rpy_list* l = rpy_list_new(3, 8, false);
  CHECK(l->length == 3);
  CHECK(((int64_t*)l->items)[2] == 0);
  CHECK(rpy_list_check_index(l, -1) == 2);
  CHECK(rpy_list_check_index(l, 3) == -1);
  CHECK(TakeException() == "IndexError: list index out of range");
  CHECK(rpy_list_check_index(l, -4) == -1);
  CHECK(TakeException() == "IndexError: list index out of range");
  for (int64_t i = 0; i < 1000; i++) {
    rpy_list_resize(l, l->length + 1, 8, false);
    ((int64_t*)l->items)[l->length - 1] = i;
  }
  CHECK(l->length == 1003);
  CHECK(l->capacity >= 1003);
  CHECK(((int64_t*)l->items)[1002] == 999);
  rpy_list_resize(l, 1, 8, false);
  CHECK(l->length == 1);
  rpy_list_resize(l, 2, 8, false);
  CHECK(((int64_t*)l->items)[1] == 0);
  CHECK(rpy_list_new(-5, 8, true)->length == 0);
}

TEST_CASE("uncaught exception report") {
  rpy_int_floordiv(1, 0);
  rpy_traceback_add(1);  // leaving f
  rpy_traceback_add(0);  // leaving main
  rpy_traceback_add(2);  // leaving the module level (no source line)
  CHECK(Str(rpy_exc_format_uncaught()) ==
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 20, in <module>\n"
        "  File \"prog.py\", line 12, in main\n"
        "    return f(x)\n"
        "  File \"prog.py\", line 5, in f\n"
        "    return 1 // x\n"
        "ZeroDivisionError: integer division or modulo by zero\n");
  // A new raise starts a new traceback; no message prints the bare name.
  rpy_raise_msg(&rpy_vt_KeyError, NULL);
  rpy_traceback_add(1);
  CHECK(Str(rpy_exc_format_uncaught()) ==
        "Traceback (most recent call last):\n"
        "  File \"prog.py\", line 5, in f\n"
        "    return 1 // x\n"
        "KeyError\n");
  // A re-raise continues it.
  rpy_object* exc = rpy_exc_value;
  rpy_exc_clear();
  rpy_reraise(exc);
  rpy_traceback_add(0);
  CHECK(Str(rpy_exc_format_uncaught()).find("line 12, in main\n    return f(x)\n  File") !=
        std::string::npos);
  rpy_exc_clear();
  // The ring keeps the outermost 128 entries.
  rpy_raise_msg(&rpy_vt_RecursionError, "maximum recursion depth exceeded");
  for (int i = 0; i < 200; i++) rpy_traceback_add(1);
  rpy_traceback_add(0);
  std::string text = Str(rpy_exc_format_uncaught());
  CHECK(text.find("Traceback (most recent call last):\n  File \"prog.py\", line 12, in main\n") ==
        0);
  CHECK(text.find("[73 more inner frames not recorded]") != std::string::npos);
  rpy_exc_clear();
}

TEST_CASE("vtable ranges give isinstance") {
  CHECK(rpy_vt_isinstance(&rpy_vt_ZeroDivisionError, &rpy_vt_ArithmeticError));
  CHECK(rpy_vt_isinstance(&rpy_vt_ZeroDivisionError, &rpy_vt_Exception));
  CHECK(!rpy_vt_isinstance(&rpy_vt_SystemExit, &rpy_vt_Exception));
  CHECK(!rpy_vt_isinstance(&rpy_vt_IndexError, &rpy_vt_ValueError));
}

TEST_CASE("objects survive collections while referenced") {
  rpy_list* l = rpy_list_new(100, sizeof(void*), true);
  for (int i = 0; i < 100; i++) ((rpy_str**)l->items)[i] = rpy_str_from_int(i);
  for (int i = 0; i < 5; i++) {
    for (int j = 0; j < 10000; j++) rpy_str_from_int(j);
    rpy_gc_collect();
  }
  CHECK(Str(((rpy_str**)l->items)[57]) == "57");
}
