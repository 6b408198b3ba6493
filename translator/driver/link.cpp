// The link step, the last stage of the pipeline: program bitcode (runtime
// already linked in by the backend) -> files the user runs. Three outputs:
//
//   wasm    emcc prog.bc libgc-wasm.a ... -o DIR/NAME.js   (+ DIR/NAME.wasm)
//   js      the same with -sWASM=0: wasm2js, one self-contained DIR/NAME.js
//   native  clang-14 prog.bc -lgc -lm -o DIR/NAME
//
// With --docker the emcc step runs in the pinned emscripten/emsdk:3.1.6
// image, each needed host directory mounted at its own absolute path so
// that the command line is the same inside and out. The reasons for every
// emcc flag are in README.md ("Linking"); keep the two in sync.
#include "translator/driver/link.h"

#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <system_error>

#include "translator/driver/process.h"

namespace rpyc::driver {
namespace fs = std::filesystem;

namespace {

constexpr const char* kDockerImage = "emscripten/emsdk:3.1.6";
// Debian's emcc runs its JS tools with node and finds acorn etc. only here.
constexpr const char* kDebianNodePath = "/usr/share/nodejs";
// How much of a failing tool's stderr goes into the diagnostic.
constexpr size_t kToolOutputLines = 20;

std::string EnvOr(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

// Absolute and without "." / ".." / trailing slashes, so that docker mounts
// and command lines do not depend on how the caller spelled a path.
std::string Normalize(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  if (ec) p = path;
  std::string out = p.lexically_normal().string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

std::string Join(const std::string& dir, const std::string& file) {
  return (fs::path(dir) / file).string();
}

std::string OutputBase(const LinkOptions& options) {
  return Join(Normalize(options.output_dir), options.name);
}

bool IsWasmKind(OutputKind kind) {
  switch (kind) {
    case OutputKind::Wasm:
    case OutputKind::Js:
      return true;
    case OutputKind::Native:
      return false;
  }
  return false;
}

// Everything after the program name in the emcc command line; identical
// for local and docker runs.
std::vector<std::string> EmccArgs(const LinkOptions& options, const Toolchain& tools) {
  std::string rtlib = Normalize(tools.rtlib_dir);
  std::vector<std::string> args = {
      Normalize(options.bitcode),
      Join(rtlib, "libgc-wasm.a"),
      "-O" + std::to_string(options.opt_level),
  };
  if (options.debug) args.push_back("-g");
  args.insert(args.end(), {
                              "--pre-js",
                              Join(rtlib, "pre.js"),
                              "-sALLOW_MEMORY_GROWTH=1",
                              options.js_bridge ? "-sEXIT_RUNTIME=0" : "-sEXIT_RUNTIME=1",
                              "-sENVIRONMENT=node,web",
                              "-sINVOKE_RUN=1",
                              "-sNODEJS_CATCH_EXIT=0",
                              "-sNODEJS_CATCH_REJECTION=0",
                          });
  // rpy_flush: the loader flushes stdout when node's stack overflows (pre.js).
  if (options.js_bridge)
    args.insert(args.end(), {"--js-library", Join(rtlib, "rpyc_js.js"),
                             "-sEXPORTED_FUNCTIONS=_main,_rpy_flush,_rpy_js_invoke,_rpy_js_settle"});
  else
    args.push_back("-sEXPORTED_FUNCTIONS=_main,_rpy_flush");
  if (options.library)
    args.insert(args.end(), {"--post-js", Join(rtlib, "lib_post.js"),
                             "-sWASM_ASYNC_COMPILATION=0"});
  if (options.kind == OutputKind::Js)
    args.insert(args.end(), {"-sWASM=0", "--memory-init-file", "0"});
  args.insert(args.end(), {"-o", OutputBase(options) + ".js"});
  return args;
}

// Host directories the docker container needs: sorted, deduplicated, and
// without directories already visible through a mounted ancestor.
std::vector<std::string> DockerMounts(const LinkOptions& options, const Toolchain& tools) {
  std::vector<std::string> dirs = {
      fs::path(Normalize(options.bitcode)).parent_path().string(),
      Normalize(tools.rtlib_dir),
      Normalize(options.output_dir),
  };
  std::sort(dirs.begin(), dirs.end());
  dirs.erase(std::unique(dirs.begin(), dirs.end()), dirs.end());
  std::vector<std::string> mounts;
  for (const std::string& d : dirs) {
    // Sorted order puts an ancestor before its descendants.
    bool covered = false;
    for (const std::string& m : mounts)
      covered = covered || m == "/" || d.compare(0, m.size() + 1, m + "/") == 0;
    if (!covered) mounts.push_back(d);
  }
  return mounts;
}

std::vector<std::string> DockerCommand(const LinkOptions& options, const Toolchain& tools) {
  std::vector<std::string> cmd = {
      tools.docker,
      "run",
      "--rm",
      "--network=none",
      "-u",
      std::to_string(getuid()) + ":" + std::to_string(getgid()),
      // The image's emcc writes config and caches under $HOME; an
      // arbitrary uid has no home directory inside the container.
      "-e",
      "HOME=/tmp",
  };
  for (const std::string& m : DockerMounts(options, tools))
    cmd.insert(cmd.end(), {"-v", m + ":" + m});
  cmd.insert(cmd.end(), {"-w", Normalize(options.output_dir), kDockerImage, "emcc"});
  std::vector<std::string> emcc = EmccArgs(options, tools);
  cmd.insert(cmd.end(), emcc.begin(), emcc.end());
  return cmd;
}

// The extra environment a local emcc needs.
std::vector<std::string> EmccEnvironment() {
  const char* node_path = std::getenv("NODE_PATH");
  if (node_path && *node_path) return {};
  return {std::string("NODE_PATH=") + kDebianNodePath};
}

std::vector<std::string> Outputs(const LinkOptions& options) {
  std::string base = OutputBase(options);
  switch (options.kind) {
    case OutputKind::Wasm:
      return {base + ".js", base + ".wasm"};
    case OutputKind::Js:
      return {base + ".js"};
    case OutputKind::Native:
      return {base};
  }
  return {};
}

// What to do about a missing tool, after the fact.
std::string InstallHint(const LinkOptions& options) {
  if (options.docker) return "install Docker, or drop --docker to use a local emcc";
  if (IsWasmKind(options.kind))
    return "install Emscripten (scripts/install-deps.sh) or set RPYC_EMCC, or use --docker";
  return "install clang-14 (scripts/install-deps.sh) or set RPYC_CLANG";
}

// Checks the inputs before running a tool, so that a missing file is
// reported by name rather than through the tool's own message.
bool CheckInputs(const LinkOptions& options, const Toolchain& tools, DiagnosticEngine& diags) {
  std::error_code ec;
  if (!fs::is_regular_file(options.bitcode, ec)) {
    diags.Emit(DiagKind::FileNotFound, SourceLoc{}, {options.bitcode, "No such file or directory"});
    return false;
  }
  if (!IsWasmKind(options.kind)) return true;
  for (const char* file : {"libgc-wasm.a", "pre.js"}) {
    std::string path = Join(tools.rtlib_dir, file);
    if (fs::is_regular_file(path, ec)) continue;
    diags.Emit(
        Diagnostic(DiagKind::FileNotFound, SourceLoc{}, {path, "No such file or directory"})
            .Note(DiagKind::ToolOutput, SourceLoc{},
                  {"the runtime is built by the CMake target `rtlib` (cmake --build build)"}));
    return false;
  }
  return true;
}

}  // namespace

Toolchain FindToolchain(const std::string& rtlib_dir) {
  Toolchain tools;
  tools.rtlib_dir = rtlib_dir;
  tools.emcc = EnvOr("RPYC_EMCC", "emcc");
  tools.clang = EnvOr("RPYC_CLANG", "clang-14");
  tools.docker = "docker";
  tools.node = EnvOr("RPYC_NODE", "node");
  return tools;
}

std::vector<std::string> LinkCommand(const LinkOptions& options, const Toolchain& tools) {
  switch (options.kind) {
    case OutputKind::Wasm:
    case OutputKind::Js: {
      if (options.docker) return DockerCommand(options, tools);
      std::vector<std::string> cmd = {tools.emcc};
      std::vector<std::string> args = EmccArgs(options, tools);
      cmd.insert(cmd.end(), args.begin(), args.end());
      return cmd;
    }
    case OutputKind::Native: {
      std::vector<std::string> cmd = {tools.clang, Normalize(options.bitcode),
                                      "-O" + std::to_string(options.opt_level)};
      if (options.debug) cmd.push_back("-g");
      cmd.insert(cmd.end(), {"-lgc", "-lm", "-o", OutputBase(options)});
      return cmd;
    }
  }
  return {};
}

bool Link(const LinkOptions& options, const Toolchain& tools, DiagnosticEngine& diags,
          std::vector<std::string>* outputs) {
  std::error_code ec;
  fs::create_directories(options.output_dir, ec);
  if (ec) {
    diags.Emit(DiagKind::OutputNotWritable, SourceLoc{}, {options.output_dir, ec.message()});
    return false;
  }
  if (!CheckInputs(options, tools, diags)) return false;

  std::vector<std::string> cmd = LinkCommand(options, tools);
  ProcessOptions process;
  // Only a local emcc needs Debian's NODE_PATH; the image brings its own.
  if (IsWasmKind(options.kind) && !options.docker) process.extra_env = EmccEnvironment();
  if (options.verbose) {
    std::string env;
    for (const std::string& e : process.extra_env) env += ShellQuote(e) + " ";
    std::cerr << env << ShellQuoteCommand(cmd) << "\n";
  }

  ProcessResult result = RunProcess(cmd, process);
  if (!result.started) {
    diags.Emit(Diagnostic(DiagKind::ToolNotFound, SourceLoc{}, {cmd[0], result.start_error})
                   .Note(DiagKind::ToolOutput, SourceLoc{}, {InstallHint(options)}));
    return false;
  }
  if (result.exit_code != 0) {
    Diagnostic d(DiagKind::ToolFailed, SourceLoc{}, {cmd[0], std::to_string(result.exit_code)});
    // Tools report errors on stderr; fall back to stdout for those that
    // do not.
    const std::string& text = result.err.empty() ? result.out : result.err;
    for (const std::string& line : LastLines(text, kToolOutputLines))
      d.Note(DiagKind::ToolOutput, SourceLoc{}, {line});
    diags.Emit(d);
    return false;
  }
  // A successful tool's warnings are noise to the user, but useful when
  // debugging the link.
  if (options.verbose) std::cerr << result.out << result.err;

  std::vector<std::string> written = Outputs(options);
  for (const std::string& file : written) {
    if (fs::exists(file, ec)) continue;
    diags.Emit(DiagKind::ToolNoOutput, SourceLoc{}, {cmd[0], file});
    return false;
  }
  if (outputs) *outputs = std::move(written);
  return true;
}

int RunProgram(const LinkOptions& options, const Toolchain& tools,
               const std::vector<std::string>& args) {
  std::vector<std::string> cmd;
  if (IsWasmKind(options.kind))
    cmd = {tools.node, OutputBase(options) + ".js"};
  else
    cmd = {OutputBase(options)};
  cmd.insert(cmd.end(), args.begin(), args.end());
  if (options.verbose) std::cerr << ShellQuoteCommand(cmd) << "\n";
  // The child shares our stdout: what rpyc printed so far must come first.
  std::cout.flush();
  std::fflush(stdout);
  ProcessOptions process;
  process.capture = false;
  ProcessResult result = RunProcess(cmd, process);
  if (!result.started) {
    std::cerr << "rpyc: error: cannot run `" << cmd[0] << "`: " << result.start_error << "\n";
    return 127;
  }
  return result.exit_code;
}

}  // namespace rpyc::driver
