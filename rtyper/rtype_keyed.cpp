// Lowering of keyed_sort and keyed_pick (sorting and min()/max() by a
// list of precomputed keys) to rtlib's rt_keyed.cpp, which is told the
// key type by a short description string.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

namespace {

// rt_keyed.cpp's description of a key type: i, b, f, s, or (...).
std::string KeyDesc(const LLTypeStore& types, LLTypeId t) {
  switch (types.kind(t)) {
    case LLKind::Int: return "i";
    case LLKind::Bool: return "b";
    case LLKind::Float: return "f";
    case LLKind::Str: return "s";
    case LLKind::Tuple: {
      std::string d = "(";
      for (LLTypeId f : types.get(t).fields) d += KeyDesc(types, f);
      return d + ")";
    }
    default:
      RPYC_UNREACHABLE("key type rejected by the annotator");
  }
}

}  // namespace

LLValue RTyper::LowerKeyedOp(const flow::Operation& op) {
  LLValue items = Convert(op.args[0]);
  LLValue keys = Convert(op.args[1]);
  LLTypeId key = ItemType(p_.TypeOf(keys));
  if (op.kind == flow::OpKind::keyed_sort) {
    // Keys of no type: the list was empty whenever this ran.
    if (types().kind(key) == LLKind::Void) return p_.Void();
    LLValue reverse = Truth(Convert(op.args[2]));
    EmitRt(RtFunc::rpy_list_sort_keyed,
           {items, keys, p_.Str(KeyDesc(types(), key)), ItemSize(p_.TypeOf(items)), reverse},
           types().void_());
    return p_.Void();
  }
  bool is_max = ann_.host().AsBool(ann_.store().cst(op.args[2].cst()).value);
  LLTypeId item = ItemType(p_.TypeOf(items));
  std::string desc = types().kind(key) == LLKind::Void ? "i" : KeyDesc(types(), key);
  LLValue index = EmitRt(RtFunc::rpy_list_pick_keyed, {keys, p_.Str(desc), p_.Bool(is_max)},
                         types().integer());
  if (types().kind(item) == LLKind::Void) return p_.Void();
  return Emit(LLOpKind::list_getitem, {items, index}, item);
}

}  // namespace rpyc::rtyper
