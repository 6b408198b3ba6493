// Methods of built-in types (str, list, ...): a table from (receiver kind,
// method name) to an annotation rule. `obj.name` on a value of a built-in
// type gives a BuiltinMethod annotation when the table has the method;
// calling it runs the rule. One file per type family registers its
// methods (methods_list.cpp, methods_str.cpp, ...); MethodTable::Get()
// collects them. The rtyper has the matching lowering table
// (rtyper/lower_methods.h).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "annotator/annotator.h"

namespace rpyc::annotator {

// One call of a built-in method, as seen by its rule.
struct MethodCall {
  Annotator& ann;
  const flow::Operation& op;
  AnnId self;                         // the receiver
  std::vector<AnnId> args;            // positional arguments
  std::vector<std::string> keywords;  // keyword names
  std::vector<AnnId> kwargs;          // keyword values

  AnnStore& anns() { return ann.anns(); }
  AnnKind kind(size_t i) { return anns().get(args[i]).kind; }
  // Reports a BadCallArgs error and returns impossible.
  AnnId Bad(const std::string& msg);
  // Checks the positional count is in [lo, hi] and there are no keywords
  // (unless `allow_keywords`); reports and returns false otherwise.
  bool Arity(size_t lo, size_t hi, bool allow_keywords = false);
};

using MethodRule = AnnId (*)(MethodCall& call);

class MethodTable {
 public:
  static const MethodTable& Get();
  MethodRule Find(AnnKind receiver, const std::string& name) const;
  void Add(AnnKind receiver, const char* name, MethodRule rule) {
    rules_[{receiver, name}] = rule;
  }

 private:
  std::map<std::pair<AnnKind, std::string>, MethodRule> rules_;
};

// Registration functions, one per family.
void AddListMethods(MethodTable& table);

}  // namespace rpyc::annotator
