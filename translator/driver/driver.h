// The driver: runs the pipeline phases (phases.def) for one target
// program, with the options of the command line (main.cpp parses them).
#pragma once

#include <string>
#include <vector>

#include "translator/driver/link.h"

namespace rpyc::driver {

enum class Phase {
#define RPYC_PHASE(Id, Name, Doc) Id,
#include "translator/driver/phases.def"
#undef RPYC_PHASE
};
const char* PhaseName(Phase p);
// Parses a phase name; returns false when unknown.
bool ParsePhase(const std::string& name, Phase* out);

struct DriverOptions {
  std::string target;                  // the .py file
  std::vector<std::string> args;       // after the target: target() and --run
  std::string output_dir = ".";
  OutputKind kind = OutputKind::Wasm;
  bool docker = false;
  bool run = false;
  int opt_level = 2;
  bool debug = false;
  bool verbose = false;
  bool save_temps = false;
  bool library = false;  // --lib: no main; JS imports the @export functions
  bool esm = false;      // --esm: also NAME.mjs, an ES module of the exports  // keep NAME.bc (optimized program bitcode) in the output dir
  Phase stop_after = Phase::Link;
  bool dump_flow = false, dump_annotations = false, dump_lltypes = false, dump_llvm = false;
  std::string exe_dir;  // directory of the rpyc executable
};

// Runs the pipeline; returns the process exit status (1 on any error; the
// program's own status with --run).
int RunDriver(const DriverOptions& options);

}  // namespace rpyc::driver
