// Lowering of closures and function values.
//
// A function value that needs a run-time representation (a nested
// function that captured variables, or a value that may be one of several
// functions) is a pointer to a closure object: a GC struct whose field 0
// is the address of the function's LL graph and whose other fields are
// the captured values (cells are lists of one item). A module-level
// function flowing into such a value gets a closure object of one field.
//
// Every graph that is a closure or a member of a call family takes the
// closure object as a hidden first parameter: the closure reads its
// captured values from it (closure_var), and an indirect call passes the
// object it called through, so all members of a family share one
// signature. Direct calls pass the closure value, or null for a
// module-level function.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using flow::OpKind;

void RTyper::ComputeEnvGraphs() {
  for (flow::GraphId g : ann_.graphs())
    if (ann_.IsClosure(ann_.store().graph(g).function)) needs_env_.insert(g.index);
  for (const auto& [result, t] : ann_.call_targets()) {
    if (t.kind != annotator::CallTarget::Kind::Indirect) continue;
    for (const auto& [cls, g] : t.impls) needs_env_.insert(g.index);
  }
}

LLTypeId RTyper::ClosureType(loader::HostId func) {
  std::vector<LLTypeId> fields{p_.types.ptr()};
  if (ann_.IsClosure(func))
    for (annotator::AnnId a : ann_.ClosureFields(func)) fields.push_back(TypeOf(a));
  return p_.types.tuple(std::move(fields));
}

LLValue RTyper::ClosureObject(loader::HostId func) {
  LLTypeId t = ClosureType(func);
  LLValue obj = Emit(LLOpKind::malloc_tuple, {}, t);
  Emit(LLOpKind::setfield, {obj, FunctionAddress(func)}, types().void_(), 0);
  return Emit(LLOpKind::same_as, {obj}, types().ptr());
}

LLValue RTyper::EnvArg(const flow::Operation& op, flow::GraphId callee) {
  if (!needs_env_.count(callee.index)) return LLValue();
  loader::HostId func = ann_.store().graph(callee).function;
  if (ann_.IsClosure(func)) return ConvertTo(op.args[0], types().ptr());
  LLConst null{types().ptr()};
  null.i = -1;
  return LLValue::Const(p_.NewConst(null));
}

LLValue RTyper::ClosureField(LLValue closure, loader::HostId func, const std::string& name) {
  const flow::NestedInfo* info = ann_.builder().nested(func);
  uint32_t index = 0;
  while (info->freevars[index] != name) ++index;
  LLTypeId t = ClosureType(func);
  LLValue env = Emit(LLOpKind::same_as, {closure}, t);
  return Emit(LLOpKind::getfield, {env}, types().get(t).fields[index + 1], index + 1);
}

LLValue RTyper::LowerIndirectCall(const flow::Operation& op, const annotator::CallTarget& t) {
  LLValue obj = ConvertTo(op.args[0], types().ptr());
  LLTypeId head = types().tuple({types().ptr()});
  LLValue typed = Emit(LLOpKind::same_as, {obj}, head);
  LLValue fn = Emit(LLOpKind::getfield, {typed}, types().ptr(), 0);
  LLValue call = EmitGraphCall(op, t.graph, t.arg_map, LLValue());
  LLOp& last = p_.block(cur_block_).ops.back();
  RPYC_CHECK(last.kind == LLOpKind::direct_call, "expected the call just emitted");
  last.kind = LLOpKind::indirect_call;
  // EmitGraphCall passed null as the hidden argument: pass the object.
  RPYC_CHECK(needs_env_.count(t.graph.index), "family member without a closure parameter");
  last.args[0] = obj;
  last.args.insert(last.args.begin(), fn);
  return call;
}

LLValue RTyper::LowerClosureOp(const flow::Operation& op) {
  switch (op.kind) {
    case OpKind::cell_new: {
      // A list of one item (the annotator's ListDef gives its type).
      LLTypeId lt = TypeOf(ann_.binding(op.result));
      return EmitRt(RtFunc::rpy_list_new, {p_.Int(1), ItemSize(lt), HasPointers(lt)}, lt);
    }
    case OpKind::cell_get: {
      LLValue cell = Convert(op.args[0]);
      LLTypeId item = ItemType(p_.TypeOf(cell));
      if (types().kind(item) == LLKind::Void) return p_.Void();
      return Emit(LLOpKind::list_getitem, {cell, p_.Int(0)}, item);
    }
    case OpKind::cell_set: {
      LLValue cell = Convert(op.args[0]);
      LLTypeId item = ItemType(p_.TypeOf(cell));
      if (types().kind(item) == LLKind::Void) return p_.Void();
      Emit(LLOpKind::list_setitem, {cell, p_.Int(0), ConvertTo(op.args[1], item)},
           types().void_());
      return p_.Void();
    }
    case OpKind::make_closure: {
      loader::HostId func = ann_.store().cst(op.args[0].cst()).value;
      LLTypeId t = ClosureType(func);
      const LLType& tt = types().get(t);
      LLValue obj = Emit(LLOpKind::malloc_tuple, {}, t);
      Emit(LLOpKind::setfield, {obj, FunctionAddress(func)}, types().void_(), 0);
      for (size_t i = 1; i < op.args.size(); ++i)
        Emit(LLOpKind::setfield, {obj, ConvertTo(op.args[i], tt.fields[i])}, types().void_(),
             static_cast<uint32_t>(i));
      return Emit(LLOpKind::same_as, {obj}, types().ptr());
    }
    case OpKind::closure_var: {
      const flow::FunctionGraph& fg = ann_.store().graph(cur_flow_graph_);
      std::string name = ann_.host().AsStr(ann_.store().cst(op.args[0].cst()).value);
      return ClosureField(LLValue::Var(cur_env_), fg.function, name);
    }
    default:
      return LLValue();
  }
}

}  // namespace rpyc::rtyper
