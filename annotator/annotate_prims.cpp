// Annotation of calls to runtime primitives: the functions of
// support/rpyc_support/rt.py (rt_primitives.def). Their Python bodies
// only emulate them under CPython; the translation calls rtlib instead.
#include "annotator/annotator.h"

namespace rpyc::annotator {

namespace {

struct Primitive {
  const char* name;
  const char* function;
  char result;
  const char* args;
};
const Primitive kPrimitives[] = {
#define RPYC_PRIM(Name, Function, Result, Args) {#Name, #Function, #Result[0], Args},
#include "annotator/rt_primitives.def"
#undef RPYC_PRIM
};

}  // namespace

AnnId AnnotateRtPrimitive(Annotator& ann, const flow::Operation& op, loader::HostId callee,
                          CallTarget* target) {
  const std::string prefix = "rpyc_support.rt.";
  std::string qname = ann.host().QualifiedName(callee);
  if (qname.compare(0, prefix.size(), prefix) != 0) return AnnId();
  std::string name = qname.substr(prefix.size());
  AnnStore& anns = ann.anns();
  for (const Primitive& p : kPrimitives) {
    if (name != p.name) continue;
    const flow::CallShape& shape = ann.store().call_shape(op.shape);
    std::string want = p.args;
    if (!shape.keywords.empty() || shape.positional != want.size()) {
      ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                           {"rt." + name + "() takes " + std::to_string(want.size()) +
                            " positional argument(s)"}));
      return anns.impossible();
    }
    for (size_t i = 0; i < want.size(); ++i) {
      AnnId a = ann.annotation(op.args[1 + i]);
      if (a == anns.impossible()) return a;
      const Annotation& x = anns.get(a);
      bool ok = want[i] == 'S'   ? x.kind == AnnKind::Str && !x.can_be_none
                : want[i] == 'I' ? x.kind == AnnKind::Int || x.kind == AnnKind::Bool
                : want[i] == 'F' ? anns.IsNumeric(a)
                                 : x.kind == AnnKind::Bool;
      if (!ok) {
        ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                             {"rt." + name + "() argument " + std::to_string(i + 1) +
                              " has type `" + ann.Describe(a) + "`"}));
        return anns.impossible();
      }
    }
    target->kind = CallTarget::Kind::Builtin;
    target->builtin = BuiltinId::kNone;
    target->method = std::string("rt.") + p.function;
    switch (p.result) {
      case 'S': return anns.str();
      case 'I': return anns.integer();
      case 'F': return anns.floating();
      case 'B': return anns.boolean();
      default: return anns.none();
    }
  }
  ann.Error(Diagnostic(DiagKind::UnsupportedBuiltin, op.loc, {"`" + qname + "`"}));
  return anns.impossible();
}

}  // namespace rpyc::annotator
