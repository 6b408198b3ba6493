// Unit tests of the link step: the command lines LinkCommand builds for
// wasm, js, native and docker, and the diagnostics Link emits when the tool
// is missing or fails. Real toolchains are not run here; stub shell scripts
// stand in for emcc and docker.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "translator/driver/link.h"
#include "translator/driver/process.h"

namespace fs = std::filesystem;
using namespace rpyc;
using namespace rpyc::driver;

namespace {

// A fresh directory under the system temp dir, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "rpyc_link_XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& text,
                    bool executable = false) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    if (executable) chmod(p.c_str(), 0755);
    return p.string();
  }
};

// Sets an environment variable for the lifetime of the object.
struct ScopedEnv {
  std::string name;
  std::string old;
  bool had;
  ScopedEnv(const std::string& n, const std::string& value) : name(n) {
    const char* o = std::getenv(n.c_str());
    had = o != nullptr;
    if (had) old = o;
    setenv(n.c_str(), value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (had)
      setenv(name.c_str(), old.c_str(), 1);
    else
      unsetenv(name.c_str());
  }
};

Toolchain TestTools() {
  Toolchain t;
  t.rtlib_dir = "/b/rtlib";
  t.emcc = "emcc";
  t.clang = "clang-14";
  t.docker = "docker";
  t.node = "node";
  return t;
}

LinkOptions TestOptions(OutputKind kind) {
  LinkOptions o;
  o.kind = kind;
  o.bitcode = "/w/tmp/hello.bc";
  o.output_dir = "/w/out";
  o.name = "hello";
  return o;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The argument following `flag`, or "" when absent.
std::string After(const std::vector<std::string>& v, const std::string& flag) {
  auto it = std::find(v.begin(), v.end(), flag);
  return it == v.end() || it + 1 == v.end() ? "" : *(it + 1);
}

std::vector<std::string> ValuesOf(const std::vector<std::string>& v, const std::string& flag) {
  std::vector<std::string> out;
  for (size_t i = 0; i + 1 < v.size(); ++i)
    if (v[i] == flag) out.push_back(v[i + 1]);
  return out;
}

// Link inputs that exist on disk: a bitcode file and an rtlib dir.
struct LinkFixture {
  TempDir dir;
  LinkOptions options;
  Toolchain tools;
  LinkFixture() {
    options.bitcode = dir.Write("build/hello.bc", "BC");
    options.output_dir = (dir.path / "out").string();
    options.name = "hello";
    tools = TestTools();
    tools.rtlib_dir = (dir.path / "rtlib").string();
    dir.Write("rtlib/libgc-wasm.a", "!<arch>\n");
    dir.Write("rtlib/pre.js", "var fetch;\n");
  }
};

}  // namespace

TEST_CASE("wasm link command", "[link]") {
  LinkOptions o = TestOptions(OutputKind::Wasm);
  std::vector<std::string> cmd = LinkCommand(o, TestTools());
  REQUIRE(cmd.size() > 3);
  CHECK(cmd[0] == "emcc");
  CHECK(cmd[1] == "/w/tmp/hello.bc");
  CHECK(cmd[2] == "/b/rtlib/libgc-wasm.a");
  CHECK(Has(cmd, "-O2"));
  CHECK_FALSE(Has(cmd, "-g"));
  CHECK(After(cmd, "--pre-js") == "/b/rtlib/pre.js");
  CHECK(Has(cmd, "-sALLOW_MEMORY_GROWTH=1"));
  CHECK(Has(cmd, "-sEXIT_RUNTIME=1"));
  CHECK(Has(cmd, "-sENVIRONMENT=node,web"));
  CHECK(Has(cmd, "-sINVOKE_RUN=1"));
  CHECK_FALSE(Has(cmd, "-sWASM=0"));
  CHECK(After(cmd, "-o") == "/w/out/hello.js");
  CHECK(cmd[cmd.size() - 2] == "-o");
}

TEST_CASE("js link command adds wasm2js flags", "[link]") {
  LinkOptions o = TestOptions(OutputKind::Js);
  o.opt_level = 3;
  o.debug = true;
  std::vector<std::string> cmd = LinkCommand(o, TestTools());
  CHECK(cmd[0] == "emcc");
  CHECK(Has(cmd, "-O3"));
  CHECK(Has(cmd, "-g"));
  CHECK(Has(cmd, "-sWASM=0"));
  CHECK(After(cmd, "--memory-init-file") == "0");
  CHECK(After(cmd, "-o") == "/w/out/hello.js");
}

TEST_CASE("native link command", "[link]") {
  LinkOptions o = TestOptions(OutputKind::Native);
  o.opt_level = 0;
  std::vector<std::string> cmd = LinkCommand(o, TestTools());
  std::vector<std::string> expected = {"clang-14", "/w/tmp/hello.bc", "-O0", "-lgc", "-lm",
                                       "-o",       "/w/out/hello"};
  CHECK(cmd == expected);
  o.debug = true;
  CHECK(Has(LinkCommand(o, TestTools()), "-g"));
}

TEST_CASE("docker link command", "[link]") {
  LinkOptions o = TestOptions(OutputKind::Wasm);
  o.docker = true;
  Toolchain t = TestTools();
  t.emcc = "/opt/my/emcc";  // the local emcc is irrelevant inside the image
  std::vector<std::string> cmd = LinkCommand(o, t);
  REQUIRE(cmd.size() > 10);
  CHECK(cmd[0] == "docker");
  CHECK(cmd[1] == "run");
  CHECK(Has(cmd, "--rm"));
  CHECK(Has(cmd, "--network=none"));
  CHECK(After(cmd, "-u") == std::to_string(getuid()) + ":" + std::to_string(getgid()));
  CHECK(After(cmd, "-e") == "HOME=/tmp");
  // Each directory at its own path, sorted.
  std::vector<std::string> mounts = {"/b/rtlib:/b/rtlib", "/w/out:/w/out", "/w/tmp:/w/tmp"};
  CHECK(ValuesOf(cmd, "-v") == mounts);
  CHECK(After(cmd, "-w") == "/w/out");
  // The image, then exactly the local emcc arguments.
  CHECK(After(cmd, "emscripten/emsdk:3.1.6") == "emcc");
  CHECK_FALSE(Has(cmd, "/opt/my/emcc"));
  auto image = std::find(cmd.begin(), cmd.end(), "emscripten/emsdk:3.1.6");
  std::vector<std::string> inner(image + 2, cmd.end());
  o.docker = false;
  std::vector<std::string> local = LinkCommand(o, t);
  CHECK(inner == std::vector<std::string>(local.begin() + 1, local.end()));
}

TEST_CASE("docker mounts are deduplicated and nested dirs dropped", "[link]") {
  LinkOptions o = TestOptions(OutputKind::Js);
  o.docker = true;
  o.bitcode = "/w/out/tmp/hello.bc";  // under the output dir
  o.output_dir = "/w/out/";           // trailing slash normalized
  Toolchain t = TestTools();
  t.rtlib_dir = "/w/out";
  std::vector<std::string> cmd = LinkCommand(o, t);
  CHECK(ValuesOf(cmd, "-v") == std::vector<std::string>{"/w/out:/w/out"});
  CHECK(After(cmd, "-w") == "/w/out");
  CHECK(Has(cmd, "-sWASM=0"));
}

TEST_CASE("FindToolchain honours environment overrides", "[link]") {
  {
    ScopedEnv e1("RPYC_EMCC", "/x/emcc");
    ScopedEnv e2("RPYC_CLANG", "/x/clang");
    ScopedEnv e3("RPYC_NODE", "/x/node");
    Toolchain t = FindToolchain("/r");
    CHECK(t.rtlib_dir == "/r");
    CHECK(t.emcc == "/x/emcc");
    CHECK(t.clang == "/x/clang");
    CHECK(t.node == "/x/node");
    CHECK(t.docker == "docker");
  }
  ScopedEnv e1("RPYC_EMCC", "");
  CHECK(FindToolchain("/r").emcc == "emcc");
}

TEST_CASE("missing emcc is ToolNotFound with a hint", "[link]") {
  LinkFixture f;
  ScopedEnv env("RPYC_EMCC", (f.dir.path / "no/such/emcc").string());
  Toolchain tools = FindToolchain(f.tools.rtlib_dir);
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  std::vector<std::string> outputs;
  CHECK_FALSE(Link(f.options, tools, diags, &outputs));
  CHECK(diags.error_count() == 1);
  std::string expected =
      "rpyc: error: cannot run `" + tools.emcc +
      "`: No such file or directory [ToolNotFound]\n"
      "rpyc: note: install Emscripten (scripts/install-deps.sh) or set RPYC_EMCC, "
      "or use --docker\n";
  CHECK(out.str() == expected);
  CHECK(outputs.empty());
}

TEST_CASE("failing tool is ToolFailed with its stderr", "[link]") {
  LinkFixture f;
  f.tools.clang = f.dir.Write("bin/clang",
                              "#!/bin/sh\n"
                              "echo 'ignored stdout'\n"
                              "echo 'error: undefined symbol: foo' >&2\n"
                              "echo 'second line' >&2\n"
                              "exit 1\n",
                              true);
  f.options.kind = OutputKind::Native;
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  CHECK_FALSE(Link(f.options, f.tools, diags, nullptr));
  std::string expected = "rpyc: error: `" + f.tools.clang +
                         "` failed with exit code 1 [ToolFailed]\n"
                         "rpyc: note: error: undefined symbol: foo\n"
                         "rpyc: note: second line\n";
  CHECK(out.str() == expected);
}

TEST_CASE("ToolFailed keeps only the last lines of stderr", "[link]") {
  LinkFixture f;
  f.tools.emcc = f.dir.Write("bin/emcc", "#!/bin/sh\nseq 1 100 >&2\nexit 7\n", true);
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  CHECK_FALSE(Link(f.options, f.tools, diags, nullptr));
  std::string text = out.str();
  CHECK(text.find("failed with exit code 7 [ToolFailed]") != std::string::npos);
  CHECK(text.find("note: 100\n") != std::string::npos);
  CHECK(text.find("note: 81\n") != std::string::npos);
  CHECK(text.find("note: 80\n") == std::string::npos);
}

TEST_CASE("successful link through a stub emcc", "[link]") {
  LinkFixture f;
  // Records its arguments and NODE_PATH, then writes what emcc would.
  std::string log = (f.dir.path / "args.txt").string();
  f.tools.emcc = f.dir.Write("bin/emcc",
                             "#!/bin/sh\n"
                             "printf '%s\\n' \"$NODE_PATH\" \"$@\" > '" +
                                 log +
                                 "'\n"
                                 "while [ $# -gt 1 ]; do shift; done\n"
                                 "touch \"$1\" \"${1%.js}.wasm\"\n",
                             true);
  ScopedEnv env("NODE_PATH", "");
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  std::vector<std::string> outputs;
  REQUIRE(Link(f.options, f.tools, diags, &outputs));
  CHECK(out.str().empty());
  std::string base = (f.dir.path / "out/hello").string();
  CHECK(outputs == std::vector<std::string>{base + ".js", base + ".wasm"});
  std::ifstream in(log);
  std::string first;
  std::getline(in, first);
  CHECK(first == "/usr/share/nodejs");
}

TEST_CASE("emcc that writes nothing is ToolNoOutput", "[link]") {
  LinkFixture f;
  f.tools.emcc = f.dir.Write("bin/emcc", "#!/bin/sh\nexit 0\n", true);
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  CHECK_FALSE(Link(f.options, f.tools, diags, nullptr));
  CHECK(out.str().find("[ToolNoOutput]") != std::string::npos);
}

TEST_CASE("missing runtime files are reported by name", "[link]") {
  LinkFixture f;
  fs::remove(fs::path(f.tools.rtlib_dir) / "pre.js");
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  CHECK_FALSE(Link(f.options, f.tools, diags, nullptr));
  CHECK(out.str().find("pre.js`: No such file or directory [FileNotFound]") != std::string::npos);
}

TEST_CASE("docker link runs the docker stub with the mounts", "[link]") {
  LinkFixture f;
  std::string log = (f.dir.path / "args.txt").string();
  f.tools.docker = f.dir.Write("bin/docker",
                               "#!/bin/sh\n"
                               "printf '%s\\n' \"$@\" > '" +
                                   log +
                                   "'\n"
                                   "while [ $# -gt 1 ]; do shift; done\n"
                                   "touch \"$1\"\n",
                               true);
  f.options.kind = OutputKind::Js;
  f.options.docker = true;
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  REQUIRE(Link(f.options, f.tools, diags, nullptr));
  std::ifstream in(log);
  std::vector<std::string> args;
  for (std::string line; std::getline(in, line);) args.push_back(line);
  std::vector<std::string> cmd = LinkCommand(f.options, f.tools);
  std::vector<std::string> expected(cmd.begin() + 1, cmd.end());
  CHECK(args == expected);
  std::string root = fs::path(f.dir.path).lexically_normal().string();
  CHECK(ValuesOf(args, "-v") == std::vector<std::string>{root + "/build:" + root + "/build",
                                                         root + "/out:" + root + "/out",
                                                         root + "/rtlib:" + root + "/rtlib"});
}

TEST_CASE("RunProcess reports start failures and exit codes", "[process]") {
  ProcessResult missing = RunProcess({"/nonexistent/rpyc-tool"});
  CHECK_FALSE(missing.started);
  CHECK(missing.start_error == "No such file or directory");

  ProcessResult r = RunProcess({"sh", "-c", "echo out; echo err >&2; exit 3"});
  CHECK(r.started);
  CHECK(r.exit_code == 3);
  CHECK(r.out == "out\n");
  CHECK(r.err == "err\n");

  ProcessOptions env;
  env.extra_env = {"RPYC_TEST_VAR=a b"};
  CHECK(RunProcess({"sh", "-c", "printf %s \"$RPYC_TEST_VAR\""}, env).out == "a b");

  // Larger than a pipe buffer on both streams at once: must not deadlock.
  ProcessResult big = RunProcess({"sh", "-c", "seq 1 50000; seq 1 50000 >&2"});
  CHECK(big.exit_code == 0);
  CHECK(big.out.size() == big.err.size());
  CHECK(big.out.size() > 200000);
}

TEST_CASE("ShellQuote", "[process]") {
  CHECK(ShellQuote("-sENVIRONMENT=node,web") == "-sENVIRONMENT=node,web");
  CHECK(ShellQuote("") == "''");
  CHECK(ShellQuote("a b") == "'a b'");
  CHECK(ShellQuote("it's") == "'it'\\''s'");
  CHECK(ShellQuoteCommand({"emcc", "/a b/x.bc", "-O2"}) == "emcc '/a b/x.bc' -O2");
}
