// Lowering of dict and set operations and built-ins (the dict family
// hook; see rtyper.h).
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

LLValue LowerDictOp(RTyper& rt, const flow::Operation& op) {
  (void)rt;
  (void)op;
  return LLValue();
}

LLValue LowerDictBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id) {
  (void)rt;
  (void)op;
  (void)id;
  return LLValue();
}

}  // namespace rpyc::rtyper
