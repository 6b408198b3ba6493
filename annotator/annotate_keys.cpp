// Instances as dict keys and set items when their class defines __eq__
// (and __hash__): the dict compares and hashes them by calling those
// methods, as CPython does.
//
// For a key annotation of class C, `key.__hash__()` and `key.__eq__(key)`
// are annotated as method calls dispatched over C's subtree; the rtyper
// puts each class's implementations in two vtable slots shared by every
// such class and hands rtlib two dispatching callbacks (RPY_KEY_CUSTOM).
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
  // A variable outside every graph stands for the key in the two calls.
  CustomKey& ck = custom_keys_[c];
  if (!ck.key.valid()) {
    flow::GraphId g = store_.block(current_block_).graph;
    ck.key = store_.NewVar(g, "key", op.loc);
  }
  SetBinding(ck.key, key, op.loc);
  flow::Operation fake;
  fake.kind = flow::OpKind::call;
  fake.result = op.result;
  fake.loc = op.loc;
  flow::CallShape shape;
  fake.args = {ck.key};
  shape.positional = 0;
  fake.shape = store_.InternCallShape(shape);
  AnnId h = AnnotateInstanceCall(current_block_, fake, anns_.builtin_method(key, "__hash__"), &ck.hash);
  if (failed_) return false;
  fake.args = {ck.key, ck.key};
  shape.positional = 1;
  fake.shape = store_.InternCallShape(shape);
  AnnId e = AnnotateInstanceCall(current_block_, fake, anns_.builtin_method(key, "__eq__"), &ck.eq);
  if (failed_) return false;
  AnnKind hk = anns_.get(h).kind, ek = anns_.get(e).kind;
  if (hk != AnnKind::Int && hk != AnnKind::Impossible) return refuse("`__hash__` must return an int");
  if (ek != AnnKind::Bool && ek != AnnKind::Impossible) return refuse("`__eq__` must return a bool");
  return true;
}

bool Annotator::HashableValue(AnnId a) {
  const Annotation& x = anns_.get(a);
  switch (x.kind) {
    case AnnKind::Int: case AnnKind::Bool: case AnnKind::Float:
      return true;
    case AnnKind::Str:
      return !x.can_be_none;
    case AnnKind::Tuple:
      for (AnnId item : x.items)
        if (!HashableValue(item)) return false;
      return true;
    default:
      return false;
  }
}

AnnId Annotator::AnnotateHashBuiltin(const flow::Operation& op, const std::vector<AnnId>& args) {
  if (args.size() != 1 || !store_.call_shape(op.shape).keywords.empty() || !HashableValue(args[0])) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"hash() of `" + (args.empty() ? std::string("nothing") : Describe(args[0])) +
                      "` is not supported (int, float, bool, str, tuples of them, and instances "
                      "with __hash__ are)"}));
    return anns_.impossible();
  }
  return anns_.integer();
}

}  // namespace rpyc::annotator
