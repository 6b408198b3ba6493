// Lowering of keyed_sort and keyed_pick (sorting and min()/max() by a
// list of precomputed keys) to rtlib's rt_keyed.cpp, and of lazy_list
// (the list of a map()/filter() call, itself at run time). Scalar keys
// are compared by rtlib, told their type by a one-letter description;
// tuples, lists and instances by the value family's `<` (a helper graph
// passed as a callback), so key= orders exactly as sorting the keys would.
#include "common/check.h"
#include "rtyper/rtyper.h"
#include "rtyper/value_family.h"

namespace rpyc::rtyper {

namespace {

// rt_keyed.cpp's description of a scalar key type, or "" for the key
// types compared by a callback.
std::string KeyDesc(const LLTypeStore& types, LLTypeId t) {
  switch (types.kind(t)) {
    case LLKind::Int: return "i";
    case LLKind::Bool: return "b";
    case LLKind::Float: return "f";
    case LLKind::Str: return "s";
    case LLKind::Tuple: case LLKind::List: case LLKind::Ptr: return "";
    default:
      RPYC_UNREACHABLE("key type rejected by the annotator");
  }
}

}  // namespace

LLValue RTyper::LowerKeyedOp(const flow::Operation& op) {
  if (op.kind == flow::OpKind::lazy_list) return Convert(op.args[0]);
  LLValue items = Convert(op.args[0]);
  LLValue keys = Convert(op.args[1]);
  LLTypeId key = ItemType(p_.TypeOf(keys));
  bool none = types().kind(key) == LLKind::Void;  // the list was empty whenever this ran
  std::string desc = none ? "i" : KeyDesc(types(), key);
  LLValue less;
  if (desc.empty())
    less = ValueLessFunction(*this, key, ann_.annotation(op.args[1]));
  if (op.kind == flow::OpKind::keyed_sort) {
    if (none) return p_.Void();
    LLValue reverse = Truth(Convert(op.args[2]));
    if (less.valid())
      EmitRt(RtFunc::rpy_list_sort_keyed_cmp,
             {items, keys, less, ItemSize(p_.TypeOf(items)), reverse}, types().void_());
    else
      EmitRt(RtFunc::rpy_list_sort_keyed,
             {items, keys, p_.Str(desc), ItemSize(p_.TypeOf(items)), reverse}, types().void_());
    return p_.Void();
  }
  bool is_max = ann_.host().AsBool(ann_.store().cst(op.args[2].cst()).value);
  LLTypeId item = ItemType(p_.TypeOf(items));
  LLValue index = less.valid()
                      ? EmitRt(RtFunc::rpy_list_pick_keyed_cmp, {keys, less, p_.Bool(is_max)},
                               types().integer())
                      : EmitRt(RtFunc::rpy_list_pick_keyed, {keys, p_.Str(desc), p_.Bool(is_max)},
                               types().integer());
  if (types().kind(item) == LLKind::Void) return p_.Void();
  return Emit(LLOpKind::list_getitem, {items, index}, item);
}

}  // namespace rpyc::rtyper
