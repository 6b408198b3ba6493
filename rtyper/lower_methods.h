// Lowering of built-in methods (the rtyper side of annotator/methods.h):
// a table from (receiver kind, method name) to a lowering function. One
// file per family registers its methods (lower_list_methods.cpp, ...).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

// One call being lowered.
struct MethodLowering {
  RTyper& rt;
  const flow::Operation& op;
  LLValue self;
  std::vector<LLValue> args;          // positional
  std::vector<std::string> keywords;  // keyword names
  std::vector<LLValue> kwargs;        // keyword values
  LLTypeId result;                    // the call's result type

  LLProgram& p() { return rt.program(); }
  LLTypeStore& types() { return rt.types(); }
  // The keyword argument `name`, or an invalid value.
  LLValue Keyword(const std::string& name) const {
    for (size_t i = 0; i < keywords.size(); ++i)
      if (keywords[i] == name) return kwargs[i];
    return LLValue();
  }
};

using LowerFn = LLValue (*)(MethodLowering& call);

class LowerTable {
 public:
  static const LowerTable& Get();
  LowerFn Find(annotator::AnnKind receiver, const std::string& name) const;
  void Add(annotator::AnnKind receiver, const char* name, LowerFn fn) {
    fns_[{receiver, name}] = fn;
  }

 private:
  std::map<std::pair<annotator::AnnKind, std::string>, LowerFn> fns_;
};

void AddListLowerings(LowerTable& table);
void AddDictLowerings(LowerTable& table);  // dicts and sets: lower_dict_methods.cpp
void AddStrLowerings(LowerTable& table);
void AddBytesLowerings(LowerTable& table);  // rtype_bytes.cpp (also str.encode)
void AddJsLowerings(LowerTable& table);  // the seed's Object: rtype_js.cpp

// ---- str family helpers (rtype_str.cpp) ----
// `!r`, `!s`, `!a` conversions of a value (conv is 'r', 's' or 'a').
LLValue StrConvert(RTyper& rt, LLValue v, char conv);
// format(v, spec) for a value the annotator accepted (StrFormattable);
// spec_empty: the spec is known to be ''.
LLValue StrFormatValue(RTyper& rt, LLValue v, LLValue spec, bool spec_empty);

}  // namespace rpyc::rtyper
