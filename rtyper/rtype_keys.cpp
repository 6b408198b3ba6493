// Instance keys hashed and compared by __hash__/__eq__ (see
// annotator/annotate_keys.cpp). Dicts and sets of such keys have the
// "by __eq__" low-level types (LLType::key_class) and are created as
// RPY_KEY_CUSTOM tables whose callbacks are the value family's hash and
// == helpers for the key class (rtype_values.cpp): they call the class's
// __hash__ / __eq__, through the vtable when subclasses override them.
//
// The helpers are made before any graph is lowered: containers are also
// created inside helper graphs, which only see low-level types.
#include "common/check.h"
#include "rtyper/value_family.h"

namespace rpyc::rtyper {

bool RTyper::KeysByEq(annotator::AnnId key) {
  const annotator::Annotation& k = ann_.anns().get(key);
  return k.kind == annotator::AnnKind::Instance && ann_.custom_keys().count(k.classdef) != 0;
}

void RTyper::BuildKeyFunctions() {
  for (uint32_t cls : ann_.custom_keys()) {
    Emitter e{p_, nullptr, LLBlockId(), SourceLoc(), {}};
    annotator::AnnId key = ann_.anns().instance(cls);
    p_.key_functions[cls] = {KeyHashGraph(this, e, types().ptr(), key),
                             KeyEqGraph(this, e, types().ptr(), key)};
    if (ann_.ClassHasMethod(cls, "__repr__"))
      p_.key_reprs[cls] = GetHelper(p_, "key_repr:#" + std::to_string(cls), {types().ptr()},
                                    types().str(), SourceLoc(), [&](HelperGraph& h) {
                                      h.Return(ValueRepr(this, h.e, h.params[0], key));
                                    });
  }
}

}  // namespace rpyc::rtyper
