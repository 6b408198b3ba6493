// Internal consistency checks. A failed RPYC_CHECK is a bug in rpyc, never
// a user error: it prints the condition, the place in rpyc's source and the
// stack of "what was being processed" contexts (function, block, operation)
// that the stages push with CheckContext, then aborts.
#pragma once

#include <string>

namespace rpyc {

[[noreturn]] void CheckFailed(const char* cond, const char* file, int line, const std::string& msg);

// RAII: while alive, `what` is printed by a failing check.
class CheckContext {
 public:
  explicit CheckContext(std::string what);
  ~CheckContext();
  CheckContext(const CheckContext&) = delete;
  CheckContext& operator=(const CheckContext&) = delete;
};

}  // namespace rpyc

#define RPYC_CHECK(cond, msg)                                 \
  do {                                                        \
    if (!(cond)) ::rpyc::CheckFailed(#cond, __FILE__, __LINE__, (msg)); \
  } while (0)

#define RPYC_UNREACHABLE(msg) ::rpyc::CheckFailed("unreachable", __FILE__, __LINE__, (msg))
