// The math module's functions rpyc translates (math_functions.def), shared
// by the annotator (annotate_calls.cpp) and the rtyper (rtype_builtins.cpp).
#pragma once

#include <string>

namespace rpyc::annotator {

struct MathFn {
  const char* name;
  char result;       // F, I, B, or P/E for tuples (see math_functions.def)
  const char* args;  // one letter per parameter: 'I' int, 'F' float
};

// The entry of math.<name>, or nullptr.
inline const MathFn* FindMathFn(const std::string& name) {
  static const MathFn kMath[] = {
#define RPYC_MATH(Name, Result, Args) {#Name, #Result[0], Args},
#include "annotator/math_functions.def"
#undef RPYC_MATH
      {"log", 'F', "F"},
  };
  for (const MathFn& f : kMath)
    if (name == f.name) return &f;
  return nullptr;
}

}  // namespace rpyc::annotator
