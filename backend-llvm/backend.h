// The LLVM backend: emits LLVM 14 IR for a low-level program, verifies
// it, optimizes it and writes bitcode for the link step. This folder is
// the only place in rpyc that includes LLVM headers.
//
// The module is built on top of rtlib's bitcode for the chosen target
// (rtlib-wasm.bc or rtlib-native.bc): the runtime's functions and struct
// types are taken from it, so calls into rtlib use their exact LLVM types
// and small helpers inline after optimization. The triple and data layout
// come from that bitcode too.
#pragma once

#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "rtyper/llgraph.h"

namespace rpyc::backend {

struct BackendOptions {
  std::string rtlib_bitcode;  // rtlib-wasm.bc or rtlib-native.bc
  std::string output;         // where to write the optimized .bc
  int opt_level = 2;
  // Keep GC pointers that are live across calls in stack slots that Boehm
  // scans (required on wasm, where locals are invisible to the GC).
  bool gc_root_slots = true;
  // When non-null, receives the textual IR before optimization (--dump llvm).
  std::string* ir_text = nullptr;
  // Functions that stay external (exported to JS), besides main.
  std::vector<std::string> keep_symbols;
  // Keep the program's functions that contain loops out of line (--js):
  // V8 never optimizes a JS function above its bytecode-size limit, and
  // inlining every once-called loop into main builds exactly that.
  bool outline_loops = false;
};

// Generates, verifies, optimizes and writes the program. Emits a
// diagnostic and returns false when the runtime bitcode cannot be read or
// the output cannot be written; an IR verification failure is an rpyc bug
// (RPYC_CHECK).
bool Generate(const rtyper::LLProgram& program, const SourceManager& sources,
              const BackendOptions& options, DiagnosticEngine& diags);

}  // namespace rpyc::backend
