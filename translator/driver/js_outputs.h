// Files of a library build for JS (rpyc --lib): NAME.d.ts, the TypeScript
// declarations of the @export functions from their annotations, and with
// --esm NAME.mjs, an ES module re-exporting them.
#pragma once

#include <string>

#include "annotator/annotator.h"
#include "common/diagnostics.h"

namespace rpyc::driver {

// The TypeScript type of a value of annotation `a` as JS sees it after
// conversion (`number`, `string`, `any`, ...); `result` for return values
// (None is `void` there, `null` elsewhere).
std::string TypeScriptType(annotator::Annotator& ann, annotator::AnnId a, bool result);

// The text of NAME.d.ts and NAME.mjs for the program's exports.
std::string DeclarationFile(annotator::Annotator& ann);
std::string EsModuleFile(annotator::Annotator& ann, const std::string& name);

// Writes DIR/NAME.d.ts (and DIR/NAME.mjs when `esm`); reports and returns
// false when a file cannot be written.
bool WriteJsLibraryFiles(annotator::Annotator& ann, const std::string& dir,
                         const std::string& name, bool esm, DiagnosticEngine& diags);

}  // namespace rpyc::driver
