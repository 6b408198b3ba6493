// Implementation of RPYC_CHECK failure reporting and the context stack.
#include "common/check.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace rpyc {
namespace {
std::vector<std::string>& Contexts() {
  static std::vector<std::string> contexts;
  return contexts;
}
}  // namespace

CheckContext::CheckContext(std::string what) { Contexts().push_back(std::move(what)); }
CheckContext::~CheckContext() { Contexts().pop_back(); }

void CheckFailed(const char* cond, const char* file, int line, const std::string& msg) {
  std::fprintf(stderr, "rpyc: internal error: %s\n  check `%s` failed at %s:%d\n", msg.c_str(),
               cond, file, line);
  for (auto it = Contexts().rbegin(); it != Contexts().rend(); ++it)
    std::fprintf(stderr, "  while %s\n", it->c_str());
  std::fprintf(stderr, "this is a bug in rpyc; please report it with the program above\n");
  std::fflush(stderr);
  std::abort();
}

}  // namespace rpyc
