// MethodTable: collects the built-in method rules of every family.
#include "annotator/methods.h"

namespace rpyc::annotator {

const MethodTable& MethodTable::Get() {
  static const MethodTable table = [] {
    MethodTable t;
    AddListMethods(t);
    AddDictMethods(t);
    AddStrMethods(t);
    AddBytesMethods(t);
    AddJsMethods(t);
    return t;
  }();
  return table;
}

MethodRule MethodTable::Find(AnnKind receiver, const std::string& name) const {
  auto it = rules_.find({receiver, name});
  return it == rules_.end() ? nullptr : it->second;
}

AnnId MethodCall::Bad(const std::string& msg) {
  ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
  return anns().impossible();
}

bool MethodCall::Arity(size_t lo, size_t hi, bool allow_keywords) {
  if (!allow_keywords && !keywords.empty()) {
    Bad("this method takes no keyword arguments");
    return false;
  }
  if (args.size() < lo || args.size() > hi) {
    Bad("wrong number of arguments: expected " +
        (lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi)) +
        ", got " + std::to_string(args.size()));
    return false;
  }
  return true;
}

}  // namespace rpyc::annotator
