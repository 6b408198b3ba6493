// DiagnosticEngine: message formatting and the Clang-style snippet.
#include "common/diagnostics.h"

#include <algorithm>

namespace rpyc {
namespace {

struct KindInfo {
  const char* name;
  Severity severity;
  const char* format;
};

const KindInfo kKinds[] = {
#define RPYC_DIAG(Kind, Sev, Format) {#Kind, Severity::Sev, Format},
#include "common/diagnostics.def"
#undef RPYC_DIAG
};

const KindInfo& Info(DiagKind kind) { return kKinds[static_cast<size_t>(kind)]; }

// Number of code points in the first `bytes` bytes of UTF-8 text.
size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}


}  // namespace

const char* DiagKindName(DiagKind kind) { return Info(kind).name; }
Severity DiagKindSeverity(DiagKind kind) { return Info(kind).severity; }

std::string FormatMessage(const char* format, const std::vector<std::string>& args) {
  std::string out;
  for (const char* p = format; *p; ++p) {
    if (*p == '{' && p[1] >= '0' && p[1] <= '9' && p[2] == '}') {
      size_t i = static_cast<size_t>(p[1] - '0');
      if (i < args.size()) out += args[i];
      p += 2;
      continue;
    }
    out += *p;
  }
  return out;
}

Diagnostic::Diagnostic(DiagKind kind, SourceLoc loc, std::vector<std::string> args)
    : main_{kind, loc, FormatMessage(Info(kind).format, args)} {}

Diagnostic& Diagnostic::Note(DiagKind kind, SourceLoc loc, std::vector<std::string> args) {
  notes_.push_back({kind, loc, FormatMessage(Info(kind).format, args)});
  return *this;
}

void DiagnosticEngine::Emit(const Diagnostic& d) {
  if (DiagKindSeverity(d.main().kind) == Severity::Error) ++errors_;
  Print(d.main());
  for (const DiagnosticMessage& n : d.notes()) Print(n);
  out_.flush();
}

void DiagnosticEngine::Print(const DiagnosticMessage& m) {
  const KindInfo& info = Info(m.kind);
  const char* sev = info.severity == Severity::Error     ? "error"
                    : info.severity == Severity::Warning ? "warning"
                                                         : "note";
  if (m.loc.file.valid())
    out_ << sources_.Format(m.loc) << ": ";
  else
    out_ << "rpyc: ";
  out_ << sev << ": " << m.text;
  if (info.severity != Severity::Note) out_ << " [" << info.name << "]";
  out_ << "\n";
  if (!m.loc.known()) return;
  std::string line = sources_.Line(m.loc.file, m.loc.line);
  if (line.empty()) return;
  std::string num = std::to_string(m.loc.line);
  std::string pad(num.size() < 5 ? 5 - num.size() : 0, ' ');
  out_ << pad << num << " | " << line << "\n";
  // Caret under the start column, tildes to the end of the range when it
  // stays on this line.
  size_t start = std::min<size_t>(m.loc.col, line.size());
  std::string spaces;  // one column per code point; tabs kept so they align
  for (size_t i = 0; i < start; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    spaces += c == '\t' ? '\t' : ' ';
  }
  size_t width = 1;
  if (m.loc.end_line == m.loc.line && m.loc.end_col > m.loc.col) {
    size_t end = std::min<size_t>(m.loc.end_col, line.size());
    width = std::max<size_t>(1, CodePoints(line.substr(start, end - start)));
  }
  out_ << std::string(pad.size() + num.size(), ' ') << " | " << spaces << "^"
       << std::string(width - 1, '~') << "\n";
}

}  // namespace rpyc
