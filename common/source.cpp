// SourceManager: file registry and line lookup for diagnostics.
#include "common/source.h"

namespace rpyc {

FileId SourceManager::AddFile(const std::string& path, std::string text) {
  FileId existing = FindFile(path);
  if (existing.valid()) return existing;
  File f;
  f.path = path;
  f.text = std::move(text);
  f.line_starts.push_back(0);
  for (size_t i = 0; i < f.text.size(); ++i)
    if (f.text[i] == '\n') f.line_starts.push_back(i + 1);
  files_.push_back(std::move(f));
  return FileId(static_cast<uint32_t>(files_.size() - 1));
}

FileId SourceManager::FindFile(const std::string& path) const {
  for (size_t i = 0; i < files_.size(); ++i)
    if (files_[i].path == path) return FileId(static_cast<uint32_t>(i));
  return FileId();
}

std::string SourceManager::Line(FileId f, uint32_t line) const {
  if (!f.valid() || f.index >= files_.size() || line == 0) return "";
  const File& file = files_[f.index];
  if (line > file.line_starts.size()) return "";
  size_t start = file.line_starts[line - 1];
  if (start >= file.text.size()) return "";
  size_t end = file.text.find('\n', start);
  if (end == std::string::npos) end = file.text.size();
  std::string s = file.text.substr(start, end - start);
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

std::string SourceManager::Format(const SourceLoc& loc) const {
  if (!loc.file.valid()) return "<unknown>";
  std::string s = Path(loc.file);
  if (loc.line == 0) return s;
  s += ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col + 1);
  return s;
}

}  // namespace rpyc
