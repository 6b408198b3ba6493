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
void AddDictMethods(MethodTable& table);  // dicts and sets: methods_dict.cpp
void AddStrMethods(MethodTable& table);
void AddBytesMethods(MethodTable& table);  // annotate_bytes.cpp (also str.encode)
void AddJsMethods(MethodTable& table);  // the seed's Object: annotate_js.cpp

// Reports `msg` at `op` (BadCallArgs) and returns Impossible: the str and
// bytes rules' refusal.
inline AnnId Refuse(Annotator& ann, const flow::Operation& op, const std::string& msg) {
  ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
  return ann.anns().impossible();
}

// ---- str family helpers (methods_str.cpp), shared with the rtyper ----
// The operation defining variable `v` in its graph, or null.
const flow::Operation* DefiningOp(flow::FlowStore& store, flow::Value v);
// tuple(x) (call `op`) has a length known at translation time when x is a
// constant or range() of constants (the host computes the tuple: returned),
// or a list display used by nothing else (its length: *display_len, else
// -1). Shared by the dict family's rules and the rtyper.
loader::HostId StaticTuple(Annotator& ann, const flow::Operation& op, int64_t* display_len);
// The refusal of tuple(x) when StaticTuple finds no length.
std::string TupleOfUnknownLength(Annotator& ann, AnnId x);
// The constant receiver of a str method value (`'{}'.format`), or an
// invalid id when the receiver is not a constant.
loader::HostId StrMethodReceiverConst(flow::FlowStore& store, flow::Value method);
// Why a value of annotation `v` cannot be format()ted (with an empty spec
// or not), or "" when it can.
std::string StrFormattable(Annotator& ann, AnnId v, bool spec_empty);
// One piece of a str.format() string: a literal, or a field `{index or
// name!conv:spec}`.
struct StrFormatPiece {
  std::string literal;
  bool is_field = false;
  int index = -1;    // positional argument, or -1 for `name`
  std::string name;  // keyword argument
  char conv = 0;     // 0, 'r', 's', 'a'
  std::string spec;
};
// Parses a constant str.format() string; false with CPython's message (or
// rpyc's limit) in *error.
bool ParseStrFormat(const std::string& fmt, std::vector<StrFormatPiece>* out, std::string* error);

}  // namespace rpyc::annotator
