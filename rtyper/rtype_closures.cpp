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
#include "rtyper/helper_graph.h"
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
  return Emit(LLOpKind::same_as, {obj}, types().closure());
}

LLValue RTyper::EnvArg(const flow::Operation& op, flow::GraphId callee) {
  if (!needs_env_.count(callee.index)) return LLValue();
  loader::HostId func = ann_.store().graph(callee).function;
  if (ann_.IsClosure(func)) return ConvertTo(op.args[0], types().closure());
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
  LLValue obj = ConvertTo(op.args[0], types().closure());
  LLTypeId head = types().tuple({types().ptr()});
  LLValue typed = Emit(LLOpKind::same_as, {obj}, head);
  LLValue fn = Emit(LLOpKind::getfield, {typed}, types().ptr(), 0);
  // The representative member gives the parameter types (the family's
  // are unified) and, to the backend, the function type: a function's
  // graph, or the adapter of a bound method.
  const flow::FunctionGraph& fg = ann_.store().graph(t.graph);
  const flow::Block& start = ann_.store().block(fg.startblock);
  LLGraphId signature;
  if (needs_env_.count(t.graph.index)) {
    signature = GraphOf(t.graph);
  } else {
    const annotator::Annotation& c = ann_.anns().get(ann_.annotation(op.args[0]));
    RPYC_CHECK(c.kind == annotator::AnnKind::Callables && !c.items.empty(),
               "family call without a member taking a closure");
    const annotator::Annotation& bm = ann_.anns().get(c.items[0]);
    signature = BoundAdapter(ann_.anns().get(bm.items[0]).classdef, bm.name);
  }
  std::vector<LLValue> args{fn, obj};
  for (size_t p = 0; p < fg.signature.params.size(); ++p) {
    if (t.arg_map[p] == -3) continue;  // a method's receiver: in the closure
    LLTypeId want = TypeOf(ann_.binding(start.inputargs[p]));
    args.push_back(CallArg(op, t.arg_map[p], want));
  }
  LLTypeId result = needs_env_.count(t.graph.index)
                        ? TypeOf(ann_.binding(ann_.store().block(fg.returnblock).inputargs[0]))
                        : p_.graph(signature).result;
  return Emit(LLOpKind::indirect_call, std::move(args), result, signature.index);
}

LLValue RTyper::BoundMethodObject(LLValue recv, annotator::AnnId bm) {
  const annotator::Annotation& m = ann_.anns().get(bm);
  LLGraphId adapter = BoundAdapter(ann_.anns().get(m.items[0]).classdef, m.name);
  LLValue fn = adapter.valid() ? Emit(LLOpKind::graph_address, {}, types().ptr(), adapter.index)
                               : NullPtr(p_);
  LLTypeId t = types().tuple({types().ptr(), types().ptr()});
  LLValue obj = Emit(LLOpKind::malloc_tuple, {}, t);
  Emit(LLOpKind::setfield, {obj, fn}, types().void_(), 0);
  Emit(LLOpKind::setfield, {obj, recv}, types().void_(), 1);
  return Emit(LLOpKind::same_as, {obj}, types().closure());
}

LLGraphId RTyper::BoundAdapter(uint32_t classdef, const std::string& name) {
  const annotator::CallTarget* t = ann_.BoundMethodTarget(classdef, name);
  if (!t) return LLGraphId();  // never called through a family value
  auto key = std::make_pair(t->classdef, name);
  if (auto it = bound_adapters_.find(key); it != bound_adapters_.end()) return it->second;
  flow::GraphId rep = t->impls[0].second;
  const flow::FunctionGraph& fg = ann_.store().graph(rep);
  const flow::Block& start = ann_.store().block(fg.startblock);
  LLTypeId rtype = TypeOf(ann_.binding(ann_.store().block(fg.returnblock).inputargs[0]));
  if (auto fam = family_result_.find(rep.index);
      fam != family_result_.end() && types().kind(rtype) == LLKind::Void)
    rtype = fam->second;
  std::vector<LLVarId> params{p_.NewVar(types().closure(), "closure")};
  for (size_t p = 1; p < start.inputargs.size(); ++p)
    params.push_back(p_.NewVar(TypeOf(ann_.binding(start.inputargs[p])), fg.signature.params[p]));
  const std::string& cname = ann_.classdef(t->classdef).name;
  LLGraphId id =
      p_.NewGraph("bound_" + cname + "_" + name + "_" + std::to_string(p_.num_graphs()));
  bound_adapters_[key] = id;
  LLGraph& g = p_.graph(id);
  g.python_name = name;
  g.params = params;
  g.result = rtype;
  g.loc = fg.loc;
  g.startblock = p_.NewBlock(id, params);
  g.returnblock = p_.NewBlock(id, {p_.NewVar(rtype)});
  LLGraphId saved_graph = cur_graph_;
  LLBlockId saved_block = cur_block_;
  const flow::Operation* saved_op = op_;
  cur_graph_ = id;
  cur_block_ = p_.graph(id).startblock;
  op_ = nullptr;
  // The receiver, from the closure object; then the method call.
  LLTypeId layout = types().tuple({types().ptr(), types().ptr()});
  LLValue env = Emit(LLOpKind::same_as, {LLValue::Var(params[0])}, layout);
  LLTypeId self_type = TypeOf(ann_.binding(start.inputargs[0]));
  std::vector<LLValue> args;
  if (needs_env_.count(rep.index)) args.push_back(NullPtr(p_));
  args.push_back(Emit(LLOpKind::getfield, {env}, self_type, 1));
  for (size_t p = 1; p < params.size(); ++p) args.push_back(LLValue::Var(params[p]));
  LLValue call = Emit(LLOpKind::direct_call, std::move(args), rtype, GraphOf(rep).index);
  call = DispatchLastCall(*t, call, rtype);
  p_.NewLink(cur_block_, p_.graph(id).returnblock, {call}, LLExit::None);
  cur_graph_ = saved_graph;
  cur_block_ = saved_block;
  op_ = saved_op;
  return id;
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
      return Emit(LLOpKind::same_as, {obj}, types().closure());
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
