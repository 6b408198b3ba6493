// rpyc's command line: parses options with CLI11 and hands them to the
// driver.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <climits>
#include <iostream>

#include "translator/driver/driver.h"

namespace {

std::string ExeDir(const char* argv0) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  std::string path = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string(argv0);
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

int main(int argc, char** argv) {
  using rpyc::driver::DriverOptions;
  using rpyc::driver::OutputKind;
  DriverOptions o;
  o.exe_dir = ExeDir(argv[0]);
  CLI::App app{
      "rpyc: translate an RPython-style Python program to WebAssembly + a JS loader "
      "(default), one JS file (--js) or a native executable (--native).\n\n"
      "The target module is imported by CPython; its target(driver, args) returns the "
      "entry point main(argv). Arguments after TARGET go to target(); with --run they are "
      "also the program's argv[1:].",
      "rpyc"};
  app.positionals_at_end(true);
  bool wasm = false, js = false, native = false;
  std::string stop_after, dump;
  app.add_option("TARGET", o.target, "the program to translate (a .py file)")->required();
  app.add_option("ARGS", o.args, "arguments for target(driver, args) and, with --run, the program");
  app.add_option("-o,--output", o.output_dir, "directory for the output files (default: .)");
  app.add_flag("--wasm", wasm, "WebAssembly + JS loader: NAME.js and NAME.wasm (the default)");
  app.add_flag("--js", js, "one self-contained NAME.js made by wasm2js (no WebAssembly needed)");
  app.add_flag("--native", native, "a native executable NAME, linked with clang");
  app.add_flag("--docker", o.docker,
               "run the emcc step in the emscripten/emsdk:3.1.6 image (no network)");
  app.add_flag("--run", o.run, "run the result (node for wasm/js) and exit with its status");
  app.add_option("-O", o.opt_level, "optimization level 0-3 (default 2)")->check(CLI::Range(0, 3));
  app.add_flag("-g", o.debug, "keep debug information");
  app.add_option("--stop-after", stop_after,
                 "stop after a phase: load, flow, annotate, rtype, llvm, link");
  app.add_option("--dump", dump,
                 "print a stage's result: flow, annotations, lltypes, llvm (comma-separated)");
  app.add_flag("--save-temps", o.save_temps,
               "keep the optimized program bitcode as NAME.bc in the output directory");
  app.add_flag("--lib", o.library,
               "a library for JS: no main needed; NAME.js exports the @export functions "
               "(CommonJS) and NAME.d.ts declares them");
  app.add_flag("--esm", o.esm, "with --lib: also NAME.mjs, the exports as an ES module");
  app.add_flag("-v,--verbose", o.verbose, "print each phase with its time, and tool commands");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (static_cast<int>(wasm) + js + native > 1) {
    std::cerr << "rpyc: error: --wasm, --js and --native are mutually exclusive [BadOption]\n";
    return 1;
  }
  if (o.esm) o.library = true;
  o.kind = js ? OutputKind::Js : native ? OutputKind::Native : OutputKind::Wasm;
  if (!stop_after.empty() && !rpyc::driver::ParsePhase(stop_after, &o.stop_after)) {
    std::cerr << "rpyc: error: unknown phase `" << stop_after
              << "` (expected load, flow, annotate, rtype, llvm or link) [BadOption]\n";
    return 1;
  }
  size_t start = 0;
  while (!dump.empty() && start <= dump.size()) {
    size_t comma = dump.find(',', start);
    std::string what = dump.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (what == "flow") o.dump_flow = true;
    else if (what == "annotations") o.dump_annotations = true;
    else if (what == "lltypes") o.dump_lltypes = true;
    else if (what == "llvm") o.dump_llvm = true;
    else {
      std::cerr << "rpyc: error: unknown dump `" << what
                << "` (expected flow, annotations, lltypes or llvm) [BadOption]\n";
      return 1;
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return rpyc::driver::RunDriver(o);
}
