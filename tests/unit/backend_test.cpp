// Unit tests of the LLVM backend: a small program goes through the whole
// pipeline and backend::Generate for the native target (rtlib's native
// bitcode from the build tree); the tests check the written bitcode, the
// textual IR (`--dump llvm`), the diagnostic for a missing runtime, and
// that two runs write byte-identical bitcode.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "backend-llvm/backend.h"
#include "tests/unit/pipeline_fixture.h"

namespace fs = std::filesystem;
using namespace rpyc;
using rpyc::testing::Pipeline;
using rpyc::testing::TempDir;
using rpyc::testing::WithTarget;

namespace {

const char kProgram[] = R"(
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def describe(x, name='x'):
    return name + '=' + str(x)

def main(argv):
    total = 0
    for i in range(len(argv) + 10):
        total = total + fib(i)
    print(describe(total), describe(len(argv), name='n'), total > 100)
    return 0
)";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Where kProgram is written: one file for the whole run, since its path
// is part of the output (the traceback table names it).
const std::string& ProgramPath() {
  static TempDir dir;
  static const std::string path = dir.Write("backend_prog.py", WithTarget(kProgram));
  return path;
}

// Runs the pipeline on kProgram and the backend into `output`; returns
// Generate's result. `ir`, when given, receives the IR text.
bool Generate(const std::string& output, std::string* ir, int opt_level = 2,
              std::string rtlib = std::string(RPYC_BUILD_DIR) + "/rtlib/rtlib-native.bc",
              std::string* diagnostics = nullptr, bool outline_loops = false) {
  Pipeline p;
  REQUIRE(p.LoadFile(ProgramPath()).valid());
  bool lowered = p.Rtype();
  INFO(p.diagnostics());
  REQUIRE(lowered);
  backend::BackendOptions options;
  options.rtlib_bitcode = rtlib;
  options.output = output;
  options.opt_level = opt_level;
  options.gc_root_slots = false;  // native, as the driver does
  options.ir_text = ir;
  options.outline_loops = outline_loops;
  bool ok = backend::Generate(p.program(), p.sources, options, p.diags);
  if (diagnostics) *diagnostics = p.diagnostics();
  return ok;
}

}  // namespace

TEST_CASE("the native runtime bitcode is built", "[backend]") {
  CHECK(fs::exists(std::string(RPYC_BUILD_DIR) + "/rtlib/rtlib-native.bc"));
}

TEST_CASE("Generate writes bitcode for the native target", "[backend]") {
  TempDir dir;
  fs::path out = dir.path() / "prog.bc";
  std::string ir;
  REQUIRE(Generate(out.string(), &ir));
  REQUIRE(fs::exists(out));
  CHECK(fs::file_size(out) > 0);
  // LLVM bitcode magic: 'BC' 0xC0DE (possibly inside a wrapper header).
  std::string bc = ReadFile(out);
  REQUIRE(bc.size() >= 4);
  bool raw = bc.compare(0, 4, "BC\xC0\xDE", 4) == 0;
  bool wrapped = static_cast<unsigned char>(bc[0]) == 0xDE && static_cast<unsigned char>(bc[1]) == 0xC0;
  CHECK((raw || wrapped));
}

TEST_CASE("the IR text has one internal function per graph", "[backend]") {
  TempDir dir;
  std::string ir;
  REQUIRE(Generate((dir.path() / "prog.bc").string(), &ir));
  REQUIRE_FALSE(ir.empty());
  std::regex def(R"(define internal [^@\n]*@(pyfn_[A-Za-z0-9_]+)\()");
  std::vector<std::string> names;
  for (auto it = std::sregex_iterator(ir.begin(), ir.end(), def); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  INFO(ir.substr(0, 2000));
  REQUIRE(names.size() == 3);  // main, fib, describe
  auto has_prefix = [&](const std::string& prefix) {
    for (const std::string& n : names)
      if (n.rfind(prefix, 0) == 0) return true;
    return false;
  };
  CHECK(has_prefix("pyfn_main_"));
  CHECK(has_prefix("pyfn_fib_"));
  CHECK(has_prefix("pyfn_describe_"));
  // What rtlib expects from a program, and overflow-checked arithmetic.
  CHECK(ir.find("rpy_entry") != std::string::npos);
  CHECK(ir.find("llvm.sadd.with.overflow.i64") != std::string::npos);
}

// Index of the first differing byte, or -1 (keeps failures readable:
// Catch would print both bitcode files).
long FirstDifference(const std::string& a, const std::string& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (a[i] != b[i]) return static_cast<long>(i);
  return a.size() == b.size() ? -1 : static_cast<long>(std::min(a.size(), b.size()));
}

TEST_CASE("two runs write byte-identical bitcode", "[backend]") {
  TempDir dir1, dir2;
  fs::path a = dir1.path() / "prog.bc", b = dir2.path() / "prog.bc";
  std::string ir_a, ir_b;
  REQUIRE(Generate(a.string(), &ir_a));
  REQUIRE(Generate(b.string(), &ir_b));
  std::string bc_a = ReadFile(a), bc_b = ReadFile(b);
  CHECK(bc_a.size() == bc_b.size());
  CHECK(FirstDifference(bc_a, bc_b) == -1);
  CHECK(ir_a == ir_b);
}

TEST_CASE("every optimization level generates", "[backend]") {
  TempDir dir;
  for (int level = 0; level <= 3; ++level) {
    INFO("-O" << level);
    fs::path out = dir.path() / ("O" + std::to_string(level) + ".bc");
    CHECK(Generate(out.string(), nullptr, level));
    CHECK(fs::file_size(out) > 0);
  }
}

TEST_CASE("a missing runtime bitcode is a diagnostic", "[backend]") {
  TempDir dir;
  std::string diagnostics;
  CHECK_FALSE(Generate((dir.path() / "prog.bc").string(), nullptr, 2,
                       (dir.path() / "no-such-rtlib.bc").string(), &diagnostics));
  INFO(diagnostics);
  CHECK(diagnostics.find("error: ") != std::string::npos);
  CHECK(diagnostics.find("no-such-rtlib.bc") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "prog.bc"));
}

// --js keeps functions with loops out of line: main (one caller, a loop)
// survives optimization as its own function only then.
TEST_CASE("outline_loops keeps a function with a loop out of line", "[backend]") {
  TempDir dir;
  fs::path inlined = dir.path() / "inlined.bc", outlined = dir.path() / "outlined.bc";
  const std::string rtlib = std::string(RPYC_BUILD_DIR) + "/rtlib/rtlib-native.bc";
  REQUIRE(Generate(inlined.string(), nullptr, 2, rtlib, nullptr, false));
  REQUIRE(Generate(outlined.string(), nullptr, 2, rtlib, nullptr, true));
  CHECK(ReadFile(inlined).find("pyfn_main_") == std::string::npos);
  CHECK(ReadFile(outlined).find("pyfn_main_") != std::string::npos);
}
