// Lowering of str operations and str built-ins (the string family hook;
// see rtyper.h).
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

LLValue LowerStrOp(RTyper& rt, const flow::Operation& op) {
  (void)rt;
  (void)op;
  return LLValue();
}

LLValue LowerStrBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id) {
  (void)rt;
  (void)op;
  (void)id;
  return LLValue();
}

}  // namespace rpyc::rtyper
