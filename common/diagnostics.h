// Diagnostics in Clang layout:
//
//   prog.py:7:13: error: cannot merge `int` and `str` for `total` [UnionMismatch]
//       7 |     total = total + "!"
//         |             ^~~~~~~~~~~
//   prog.py:3:5: note: `total` first inferred as `int` here
//
// Kinds are declared once in diagnostics.def. A stage builds a Diagnostic,
// attaches notes, and hands it to the DiagnosticEngine, which formats it
// deterministically and counts errors. User errors are always diagnostics;
// rpyc's own bugs are RPYC_CHECK failures.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "common/source.h"

namespace rpyc {

enum class DiagKind : uint16_t {
#define RPYC_DIAG(Kind, Severity, Format) Kind,
#include "common/diagnostics.def"
#undef RPYC_DIAG
};

enum class Severity : uint8_t { Error, Warning, Note };

const char* DiagKindName(DiagKind kind);
Severity DiagKindSeverity(DiagKind kind);

struct DiagnosticMessage {
  DiagKind kind;
  SourceLoc loc;
  std::string text;  // formatted message
};

// One error or warning with its notes.
class Diagnostic {
 public:
  Diagnostic(DiagKind kind, SourceLoc loc, std::vector<std::string> args = {});
  Diagnostic& Note(DiagKind kind, SourceLoc loc, std::vector<std::string> args = {});

  const DiagnosticMessage& main() const { return main_; }
  const std::vector<DiagnosticMessage>& notes() const { return notes_; }

 private:
  DiagnosticMessage main_;
  std::vector<DiagnosticMessage> notes_;
};

// Formats and counts diagnostics. Not thread-safe; stages run sequentially.
class DiagnosticEngine {
 public:
  DiagnosticEngine(const SourceManager& sources, std::ostream& out)
      : sources_(sources), out_(out) {}

  void Emit(const Diagnostic& d);
  // Convenience: emit a diagnostic without notes.
  void Emit(DiagKind kind, SourceLoc loc, std::vector<std::string> args = {}) {
    Emit(Diagnostic(kind, loc, std::move(args)));
  }
  int error_count() const { return errors_; }

 private:
  void Print(const DiagnosticMessage& m);

  const SourceManager& sources_;
  std::ostream& out_;
  int errors_ = 0;
};

// Substitutes {0}, {1}, ... in `format` with `args`.
std::string FormatMessage(const char* format, const std::vector<std::string>& args);

}  // namespace rpyc
