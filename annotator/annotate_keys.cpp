// Instances as dict keys and set items when their class defines __eq__
// (and __hash__): the dict compares and hashes them by calling those
// methods, as CPython does.
//
// For a key annotation of class C, `key.__hash__()` and `key.__eq__(key)`
// are annotated as the value family's implicit calls (annotate_values.cpp),
// dispatched over C's subtree; the rtyper makes the value family's hash and
// == helpers for C the callbacks of rtlib's RPY_KEY_CUSTOM tables
// (rtyper/rtype_keys.cpp).
#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

bool Annotator::AnnotateCustomKey(const flow::Operation& op, AnnId key) {
  const Annotation k = anns_.get(key);
  uint32_t c = k.classdef;
  uint32_t definer;
  loader::HostId eq = LookupClassAttr(c, "__eq__", &definer);
  loader::HostId hash = LookupClassAttr(c, "__hash__", &definer);
  auto refuse = [&](const std::string& why) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"instances of `" + classdefs_[c].name + "` as dict keys or set items: " + why}));
    return false;
  };
  if (!eq.valid() || host_.Kind(eq) != loader::HostKind::Function)
    return refuse("only some of its subclasses define `__eq__` (define it on `" +
                  classdefs_[c].name + "`)");
  if (!hash.valid() || host_.Kind(hash) != loader::HostKind::Function)
    return refuse("it defines `__eq__` without `__hash__` (unhashable in CPython)");
  if (k.can_be_none) return refuse("the key may be None");
  if (!AnnotateImplicitCall(op, c, "__hash__", 0) || !AnnotateImplicitCall(op, c, "__eq__", 1))
    return false;
  // A KeyError shows repr(key): the class's __repr__ when it has one.
  if (ClassHasMethod(c, "__repr__") && !AnnotateImplicitCall(op, c, "__repr__", 0)) return false;
  AnnKind hk = anns_.get(implicit_call(c, "__hash__")->result).kind;
  AnnKind ek = anns_.get(implicit_call(c, "__eq__")->result).kind;
  if (hk != AnnKind::Int && hk != AnnKind::Impossible) return refuse("`__hash__` must return an int");
  if (ek != AnnKind::Bool && ek != AnnKind::Impossible) return refuse("`__eq__` must return a bool");
  custom_keys_.insert(c);
  return true;
}

}  // namespace rpyc::annotator
