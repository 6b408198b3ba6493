// Source files and locations. Every node of every IR carries a SourceLoc so
// that diagnostics, tracebacks and debug info can point at the Python text.
// Columns are 0-based UTF-8 byte offsets internally (as CPython's ast
// reports them) and printed 1-based, as Clang does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/ids.h"

namespace rpyc {

struct FileTag;
using FileId = Id<FileTag>;

struct SourceLoc {
  FileId file;
  uint32_t line = 0;      // 1-based; 0 means unknown
  uint32_t col = 0;       // 0-based UTF-8 byte offset in the line
  uint32_t end_line = 0;  // 0 when the range is a single point
  uint32_t end_col = 0;

  bool known() const { return file.valid() && line != 0; }
};

// Owns the text of every file rpyc has read, for snippets in diagnostics.
class SourceManager {
 public:
  // Registers a file (idempotent per path) and returns its id. `text` may be
  // empty when the file is unreadable; snippets are then omitted.
  FileId AddFile(const std::string& path, std::string text);
  FileId FindFile(const std::string& path) const;

  const std::string& Path(FileId f) const { return files_[f.index].path; }
  // The 1-based line `line` without its newline, or "" when out of range.
  std::string Line(FileId f, uint32_t line) const;
  // "path:line:col" (1-based column) or "<unknown>".
  std::string Format(const SourceLoc& loc) const;

 private:
  struct File {
    std::string path;
    std::string text;
    std::vector<size_t> line_starts;
  };
  std::vector<File> files_;
};

}  // namespace rpyc
