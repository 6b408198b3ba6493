// Instance keys hashed and compared by __hash__/__eq__ (see
// annotator/annotate_keys.cpp). Dicts and sets of such keys have the
// "by __eq__" low-level types (LLTypeStore::dict_by_eq) and are created as
// RPY_KEY_CUSTOM tables whose callbacks are two dispatcher graphs shared by
// the whole program:
//
//   key_hash(obj) = vtable_call slot H (obj)       -> the class's __hash__
//   key_eq(a, b)  = vtable_call slot E (a, b)      -> a's class's __eq__
//
// Slots H and E are program-wide (any class may be a key); every class of
// a key class's subtree fills them with its implementations.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

bool RTyper::KeysByEq(annotator::AnnId key) {
  const annotator::Annotation& k = ann_.anns().get(key);
  return k.kind == annotator::AnnKind::Instance && ann_.custom_keys().count(k.classdef) != 0;
}

namespace {

// A graph (params) -> result whose body is one vtable call through `slot`
// with signature graph `sig`.
LLGraphId Dispatcher(LLProgram& p, const char* name, size_t nparams, LLTypeId result,
                     LLGraphId sig, uint32_t slot) {
  LLGraphId id = p.NewGraph(std::string("rpy_") + name);
  std::vector<LLVarId> params;
  std::vector<LLValue> args;
  for (size_t i = 0; i < nparams; ++i) {
    params.push_back(p.NewVar(p.types.ptr()));
    args.push_back(LLValue::Var(params.back()));
  }
  LLBlockId start = p.NewBlock(id, params);
  LLVarId r = p.NewVar(result);
  LLBlockId ret = p.NewBlock(id, {p.NewVar(result)});
  LLOp op;
  op.kind = LLOpKind::vtable_call;
  op.args = args;
  op.result = r;
  op.aux = sig.index;
  op.aux2 = slot;
  p.block(start).ops.push_back(op);
  p.NewLink(start, ret, {LLValue::Var(r)}, LLExit::None);
  LLGraph& g = p.graph(id);
  g.python_name = name;
  g.params = params;
  g.result = result;
  g.startblock = start;
  g.returnblock = ret;
  return id;
}

}  // namespace

void RTyper::BuildKeyDispatchers() {
  const auto& keys = ann_.custom_keys();
  if (keys.empty()) return;
  uint32_t hash_slot = p_.num_slots++;
  uint32_t eq_slot = p_.num_slots++;
  LLGraphId hash_sig, eq_sig;
  for (const auto& [cls, ck] : keys) {
    for (const auto& [c, g] : ck.hash.impls) {
      p_.classes[LLClassOf(c)].slots[hash_slot] = GraphOf(g);
      if (!hash_sig.valid()) hash_sig = GraphOf(g);
    }
    for (const auto& [c, g] : ck.eq.impls) {
      p_.classes[LLClassOf(c)].slots[eq_slot] = GraphOf(g);
      if (!eq_sig.valid()) eq_sig = GraphOf(g);
    }
  }
  RPYC_CHECK(hash_sig.valid() && eq_sig.valid(), "custom keys without __hash__/__eq__");
  p_.key_hash = Dispatcher(p_, "key_hash", 1, types().integer(), hash_sig, hash_slot);
  p_.key_eq = Dispatcher(p_, "key_eq", 2, types().boolean(), eq_sig, eq_slot);
}

LLValue RTyper::HashOf(LLValue v) {
  switch (types().kind(p_.TypeOf(v))) {
    case LLKind::Int:
      return EmitRt(RtFunc::rpy_hash_int, {v}, types().integer());
    case LLKind::Bool:
      return ToInt(v);
    case LLKind::Float:
      return EmitRt(RtFunc::rpy_hash_float, {v}, types().integer());
    case LLKind::Str:
      return EmitRt(RtFunc::rpy_str_hash, {v}, types().integer());
    case LLKind::Tuple: {
      const std::vector<LLTypeId> fields = types().get(p_.TypeOf(v)).fields;
      LLValue acc = EmitRt(RtFunc::rpy_hash_tuple_start, {}, types().integer());
      for (size_t i = 0; i < fields.size(); ++i) {
        LLValue item = Emit(LLOpKind::getfield, {v}, fields[i], static_cast<uint32_t>(i));
        acc = EmitRt(RtFunc::rpy_hash_tuple_add, {acc, HashOf(item)}, types().integer());
      }
      return EmitRt(RtFunc::rpy_hash_tuple_finish,
                    {acc, p_.Int(static_cast<int64_t>(fields.size()))}, types().integer());
    }
    default:
      RPYC_UNREACHABLE("hash() of a value the annotator refuses");
  }
}

}  // namespace rpyc::rtyper
