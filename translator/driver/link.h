// The link step: turns the optimized program bitcode (with rtlib already
// linked in by the backend) into the user's output files by running emcc
// (wasm + JS loader, or one JS file via wasm2js) or clang (native), locally
// or, with --docker, inside the pinned emscripten/emsdk:3.1.6 image.
#pragma once

#include <string>
#include <vector>

#include "common/diagnostics.h"

namespace rpyc::driver {

enum class OutputKind { Wasm, Js, Native };

struct LinkOptions {
  OutputKind kind = OutputKind::Wasm;
  std::string bitcode;     // absolute path of the program's .bc
  std::string output_dir;  // absolute; created if missing
  std::string name;        // base name: hello -> hello.js + hello.wasm / hello
  int opt_level = 2;       // 0..3
  bool debug = false;      // -g
  bool docker = false;     // run emcc in emscripten/emsdk:3.1.6
  bool verbose = false;    // print each tool command line to stderr
  // The program uses the `javascript` module: link rtlib's JS bridge
  // (rpyc_js.js), export rpy_js_invoke, keep the runtime alive after main
  // (timers and events call back into the program).
  bool js_bridge = false;
  // A library build (--lib): NAME.js is a CommonJS module of the exports,
  // compiled synchronously so they are ready when require() returns.
  bool library = false;
};

// Where the runtime's build products live and which tools to run.
struct Toolchain {
  std::string rtlib_dir;  // holds libgc-wasm.a, pre.js, ...
  std::string emcc;       // $RPYC_EMCC or "emcc"
  std::string clang;      // $RPYC_CLANG or "clang-14"
  std::string docker;     // "docker"
  std::string node;       // "node"
};

// Discovers the toolchain: rtlib_dir from the rpyc executable's location,
// tools from the environment overrides or PATH.
Toolchain FindToolchain(const std::string& rtlib_dir);

// Runs the link. On failure emits ToolNotFound or ToolFailed (with the
// tool's stderr as ToolOutput notes) and returns false. On success fills
// `outputs` with the files written.
bool Link(const LinkOptions& options, const Toolchain& tools, DiagnosticEngine& diags,
          std::vector<std::string>* outputs);

// The command line Link would run (for tests and -v); the first element is
// the program.
std::vector<std::string> LinkCommand(const LinkOptions& options, const Toolchain& tools);

// Runs the linked program (node for wasm/js) with `args`, inheriting stdio;
// returns its exit status (or 127 if it could not be started).
int RunProgram(const LinkOptions& options, const Toolchain& tools,
               const std::vector<std::string>& args);

}  // namespace rpyc::driver
