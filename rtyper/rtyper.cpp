// RTyper: representation choice, graph-by-graph lowering, and the
// conversions shared by the lowering rules.
#include "rtyper/rtyper.h"

#include "rtyper/dict_family.h"
#include "rtyper/value_family.h"

#include "common/check.h"

namespace rpyc::rtyper {

using annotator::AnnKind;

RTyper::RTyper(annotator::Annotator& ann, LLProgram& program, DiagnosticEngine& diags)
    : ann_(ann), p_(program), diags_(diags) {}

void RTyper::Error(Diagnostic d) {
  if (failed_) return;
  diags_.Emit(d);
  failed_ = true;
}

LLTypeId RTyper::TypeOf(annotator::AnnId id) {
  const annotator::Annotation& a = ann_.anns().get(id);
  switch (a.kind) {
    case AnnKind::PBC:
      // Several functions, or a closure: a closure object
      // (rtype_closures.cpp).
      if (ann_.IsFunctionFamily(id)) return p_.types.closure();
      // Several classes: a pointer to the chosen one's vtable.
      if (ann_.IsClassFamily(id) && a.descs.size() > 1) return p_.types.ptr();
      if (a.descs.size() == 1 && ann_.IsClosure(a.descs[0])) return p_.types.closure();
      return p_.types.void_();
    case AnnKind::Callables:  // functions and bound methods: a closure object
      return p_.types.closure();
    case AnnKind::Impossible:
    case AnnKind::None:
    case AnnKind::Object:
      return p_.types.void_();
    case AnnKind::Bool:
      return p_.types.boolean();
    case AnnKind::Int:
      return p_.types.integer();
    case AnnKind::UInt:
      return p_.types.uinteger();
    case AnnKind::Float:
      return p_.types.floating();
    case AnnKind::Str:
    case AnnKind::Bytes:  // an rpy_str with length == size
      return p_.types.str();
    case AnnKind::List:
      return p_.types.list(TypeOf(ann_.anns().listdef(a.listdef).item));
    case AnnKind::Tuple: {
      std::vector<LLTypeId> fields;
      for (annotator::AnnId item : a.items) fields.push_back(TypeOf(item));
      return p_.types.tuple(std::move(fields));
    }
    case AnnKind::Iterator:
      // A str iterator holds the string and the next code point index
      // (rtype_str.cpp).
      if (a.name == "str" || a.name == "bytes")
        return p_.types.tuple({p_.types.str(), p_.types.integer()});
      if (a.name != "list") return DictIteratorType(*this, a);  // rtype_dict.cpp
      // (the sequence, the next index); see rtype_containers.cpp.
      return p_.types.tuple({p_.types.list(TypeOf(a.items[0])), p_.types.integer()});
    case AnnKind::BuiltinMethod:
      return TypeOf(a.items[0]);  // the receiver
    case AnnKind::Instance:
    case AnnKind::Super:
    case AnnKind::StrBuilder:  // an rpy_builder
      return p_.types.ptr();
    case AnnKind::Js:
      return p_.types.js();
    case AnnKind::Dict: {
      const annotator::Annotation& kv =
          ann_.anns().get(ann_.anns().listdef(a.listdef).item);
      if (KeysByEq(kv.items[0]))
        return p_.types.dict_by_eq(TypeOf(kv.items[0]), TypeOf(kv.items[1]),
                                   ann_.anns().get(kv.items[0]).classdef);
      return p_.types.dict(TypeOf(kv.items[0]), TypeOf(kv.items[1]));
    }
    case AnnKind::Set: {
      annotator::AnnId key = ann_.anns().get(ann_.anns().listdef(a.listdef).item).items[0];
      if (KeysByEq(key))
        return p_.types.set_by_eq(TypeOf(key), ann_.anns().get(key).classdef);
      return p_.types.set(TypeOf(key));
    }
  }
  RPYC_UNREACHABLE("annotation kind");
}

LLGraphId RTyper::GraphOf(flow::GraphId g) {
  auto it = graphs_.find(g.index);
  if (it != graphs_.end()) return it->second;
  const flow::FunctionGraph& fg = ann_.store().graph(g);
  // Symbol names are unique and stable: the Python name plus the graph's
  // position.
  LLGraphId id = p_.NewGraph("pyfn_" + fg.name + "_" + std::to_string(p_.num_graphs()));
  p_.graph(id).python_name = fg.name;
  p_.graph(id).loc = fg.loc;
  graphs_[g.index] = id;
  return id;
}

bool RTyper::Run() {
  BuildClasses();
  ComputeMethodFamilies();
  BuildKeyFunctions();
  ComputeEnvGraphs();
  // Create every LL graph first so calls can refer to them by id.
  for (flow::GraphId g : ann_.graphs()) GraphOf(g);
  if (ann_.entry_graph().valid()) p_.entry = GraphOf(ann_.entry_graph());  // none: a library
  for (flow::GraphId g : ann_.graphs()) {
    LowerGraph(g);
    if (failed_) return false;
  }
  FinishInitGraph();
  if (ann_.tasks_turn_end().valid())
    p_.graph(GraphOf(ann_.tasks_turn_end())).symbol = "rpy_tasks_turn_end";
  if (ann_.js().used) BuildJsAdapters(*this);
  return !failed_;
}

void RTyper::ComputeMethodFamilies() {
  flow::FlowStore& store = ann_.store();
  for (flow::GraphId g : ann_.graphs())
    for (flow::BlockId b : store.graph(g).blocks)
      for (const flow::Operation& op : store.block(b).operations) {
        const annotator::CallTarget* t = ann_.call_target(op.result);
        if (!t || t->kind != annotator::CallTarget::Kind::MethodCall) continue;
        LLTypeId r = TypeOf(ann_.binding(op.result));
        for (const auto& [cls, impl] : t->impls) {
          auto it = family_result_.find(impl.index);
          if (it == family_result_.end() || p_.types.kind(it->second) == LLKind::Void)
            family_result_[impl.index] = r;
        }
      }
}

void RTyper::LowerGraph(flow::GraphId gid) {
  flow::FlowStore& store = ann_.store();
  const flow::FunctionGraph& fg = store.graph(gid);
  CheckContext ctx("rtyping " + fg.name);
  cur_graph_ = GraphOf(gid);
  // Blocks: one LL block per flow block, created up front so links can
  // target them.
  std::map<uint32_t, LLBlockId> blocks;
  // A method that never returns normally still has its family's result
  // type (all implementations share one signature).
  auto family = family_result_.find(gid.index);
  std::vector<flow::BlockId> flow_blocks;
  for (flow::BlockId b : fg.blocks)
    if (b == fg.startblock || b == fg.returnblock || ann_.reached(b))
      flow_blocks.push_back(b);
  for (flow::BlockId b : flow_blocks) {
    std::vector<LLVarId> inputs;
    for (flow::VarId v : store.block(b).inputargs) {
      LLTypeId t = TypeOf(ann_.binding(v));
      if (b == fg.returnblock && family != family_result_.end() &&
          p_.types.kind(t) == LLKind::Void)
        t = family->second;
      LLVarId lv = p_.NewVar(t, store.var(v).name);
      vars_[v.index] = lv;
      inputs.push_back(lv);
    }
    blocks[b.index] = p_.NewBlock(cur_graph_, inputs);
  }
  LLGraph& g = p_.graph(cur_graph_);
  g.startblock = blocks.at(fg.startblock.index);
  g.returnblock = blocks.at(fg.returnblock.index);
  g.params = p_.block(g.startblock).inputargs;
  cur_flow_graph_ = gid;
  cur_env_ = LLVarId();
  if (needs_env_.count(gid.index)) {
    cur_env_ = p_.NewVar(types().closure(), "closure");
    g.params.insert(g.params.begin(), cur_env_);
  }
  g.result = p_.var(p_.block(g.returnblock).inputargs[0]).type;
  for (flow::BlockId b : flow_blocks) {
    const flow::Block& fb = store.block(b);
    cur_block_ = blocks.at(b.index);
    if (b == fg.exceptblock) {
      // An exception leaving the function: raise it (the exception
      // transform sends it up to the caller).
      LLOp op;
      op.kind = LLOpKind::raise_value;
      op.args = {LLValue::Var(p_.block(cur_block_).inputargs[0])};
      op.result = p_.NewVar(types().void_());
      op.loc = fg.loc;
      p_.block(cur_block_).ops.push_back(op);
      p_.block(cur_block_).noreturn = true;
      continue;
    }
    bool blocked = false, blocked_last = false;
    for (const flow::Operation& op : fb.operations) {
      op_ = &op;
      LowerOp(op);
      if (failed_) return;
      if (ann_.binding(op.result) == ann_.anns().impossible()) {
        // The annotator stopped here: this operation never produces a
        // value, so nothing after it runs.
        blocked = true;
        blocked_last = &op == &fb.operations.back();
        break;
      }
    }
    op_ = nullptr;
    if (blocked) {
      p_.block(cur_block_).noreturn = true;
      // A call that never returns normally inside a `try` (it always
      // raises) still raises into the handlers: keep the Exception exit.
      if (!fb.canraise || !blocked_last) continue;
      for (flow::LinkId lid : fb.exits) {
        const flow::Link& l = store.link(lid);
        if (l.exitcase != flow::ExitCase::Exception || !blocks.count(l.target.index)) continue;
        const LLBlock& target = p_.block(blocks.at(l.target.index));
        LLVarId catch_var = p_.NewVar(types().ptr(), "exc");
        vars_[l.last_exc_value.index] = catch_var;
        std::vector<LLValue> args;
        for (size_t i = 0; i < l.args.size(); ++i)
          args.push_back(ConvertTo(l.args[i], p_.var(target.inputargs[i]).type));
        LLLinkId ll = p_.NewLink(cur_block_, blocks.at(l.target.index), std::move(args),
                                 LLExit::Exception);
        p_.link(ll).catch_var = catch_var;
      }
      continue;
    }
    // The switch and links are attached to the block emission ended in
    // (lowering may have split the original).
    LLValue sw = fb.exitswitch.valid() ? Convert(fb.exitswitch) : LLValue();
    p_.block(cur_block_).exitswitch = sw;
    if (fb.exits.size() == 1 && store.link(fb.exits[0]).target == fg.exceptblock) {
      // `raise` leaving the function: raise here, so the traceback entry
      // is the raise statement's line.
      const flow::Link& l = store.link(fb.exits[0]);
      LLOp op;
      op.kind = LLOpKind::raise_value;
      op.args = {Convert(l.args[0])};
      op.result = p_.NewVar(types().void_());
      op.loc = l.arg_locs.empty() ? fg.loc : l.arg_locs[0];
      p_.block(cur_block_).ops.push_back(op);
      p_.block(cur_block_).noreturn = true;
      p_.block(cur_block_).exitswitch = LLValue();
      continue;
    }
    for (flow::LinkId lid : fb.exits) {
      const flow::Link& l = store.link(lid);
      if (!blocks.count(l.target.index)) continue;  // never taken
      const LLBlock& target = p_.block(blocks.at(l.target.index));
      LLVarId catch_var;
      if (l.exitcase == flow::ExitCase::Exception) {
        catch_var = p_.NewVar(types().ptr(), "exc");
        vars_[l.last_exc_value.index] = catch_var;
      }
      std::vector<LLValue> args;
      for (size_t i = 0; i < l.args.size(); ++i)
        args.push_back(ConvertTo(l.args[i], p_.var(target.inputargs[i]).type));
      LLExit exit = l.exitcase == flow::ExitCase::True        ? LLExit::True
                    : l.exitcase == flow::ExitCase::False     ? LLExit::False
                    : l.exitcase == flow::ExitCase::Exception ? LLExit::Exception
                                                              : LLExit::None;
      LLLinkId ll = p_.NewLink(cur_block_, blocks.at(l.target.index), std::move(args), exit);
      p_.link(ll).catch_var = catch_var;
    }
  }

}

LLValue RTyper::Convert(flow::Value v) { return ConvertTo(v, TypeOfValue(v)); }

LLValue RTyper::ConvertLL(LLValue v, annotator::AnnId from, LLTypeId want) {
  LLTypeId have = p_.TypeOf(v);
  if (have == want) return v;
  if (p_.types.kind(want) == LLKind::Void) return p_.Void();
  const annotator::Annotation a = ann_.anns().get(from);
  // A single known function (no run-time value) flowing into a function
  // pointer.
  if (a.kind == AnnKind::PBC && a.descs.size() == 1 && p_.types.kind(have) == LLKind::Void &&
      p_.types.kind(want) == LLKind::Ptr)
    return ann_.IsClassFamily(from) ? ClassAddress(ann_.GetClassDef(a.descs[0]))
                                    : ClosureObject(a.descs[0]);
  // A bound method (its receiver) becoming a function value.
  if (want == types().closure() && ann_.anns().IsBoundMethod(from))
    return BoundMethodObject(v, from);
  if (p_.types.kind(have) == LLKind::Ptr && p_.types.kind(want) == LLKind::Ptr)
    return Emit(LLOpKind::same_as, {v}, want);
  // A variable that never has a value (impossible: only the undefined
  // placeholder reaches it, e.g. a dead input of a generator's resume
  // block) flowing into a typed input: any value will do.
  if (a.kind == AnnKind::Impossible)
    return ConvertTo(flow::Value(ann_.store().NewConst(ann_.host().Undefined())), want);
  // A tuple whose items change representation (a function into a
  // function value, None into a nullable string): rebuilt item by item.
  if (a.kind == AnnKind::Tuple && !a.can_be_none && p_.types.kind(have) == LLKind::Tuple &&
      p_.types.kind(want) == LLKind::Tuple &&
      p_.types.get(want).fields.size() == a.items.size()) {
    const std::vector<LLTypeId> from_fields = p_.types.get(have).fields;
    const std::vector<LLTypeId> to_fields = p_.types.get(want).fields;
    LLValue t = Emit(LLOpKind::malloc_tuple, {}, want);
    for (size_t i = 0; i < a.items.size(); ++i) {
      LLValue item = types().kind(from_fields[i]) == LLKind::Void
                         ? p_.Void()
                         : Emit(LLOpKind::getfield, {v}, from_fields[i], static_cast<uint32_t>(i));
      Emit(LLOpKind::setfield, {t, ConvertLL(item, a.items[i], to_fields[i])}, types().void_(),
           static_cast<uint32_t>(i));
    }
    return t;
  }
  // A None-valued variable flowing into a nullable string or list.
  RPYC_CHECK(p_.types.kind(have) == LLKind::Void && p_.types.IsGcPointer(want),
             "variable converted to a different representation");
  LLConst null{want};
  null.i = -1;
  return LLValue::Const(p_.NewConst(null));
}

LLValue RTyper::ConvertTo(flow::Value v, LLTypeId want) {
  if (v.is_var()) return ConvertLL(LLValue::Var(vars_.at(v.var().index)), ann_.binding(v.var()), want);
  loader::Host& host = ann_.host();
  loader::HostId c = ann_.store().cst(v.cst()).value;
  if (c == host.Undefined()) {
    // A local on a path that never assigned it: any value will do, the
    // check_bound flag stops every read.
    return p_.Zero(want);
  }
  switch (p_.types.kind(want)) {
    case LLKind::Void:
      return p_.Void();
    case LLKind::Bool:
      return p_.Bool(host.AsBool(c));
    case LLKind::Int:
      return p_.Int(host.AsInt(c));
    case LLKind::UInt:
      return p_.UInt(host.AsUInt64(c));
    case LLKind::Int32:
      return p_.Int32(static_cast<int32_t>(host.AsInt(c)));
    case LLKind::Float:
      return p_.Float(host.AsFloat(c));
    case LLKind::Str:
      if (host.Kind(c) == loader::HostKind::None) {
        LLConst null{p_.types.str()};
        null.i = -1;  // marks the null string
        return LLValue::Const(p_.NewConst(null));
      }
      if (host.Kind(c) == loader::HostKind::Bytes) {
        LLConst b{p_.types.str()};
        b.s = host.AsStr(c);
        b.i = 1;  // a bytes constant: its length counts bytes
        return LLValue::Const(p_.NewConst(b));
      }
      return p_.Str(host.AsStr(c));
    case LLKind::Tuple: {
      if (host.Kind(c) == loader::HostKind::None) return p_.Zero(want);  // a nullable tuple
      // A prebuilt tuple: built at run time from its items.
      std::vector<loader::HostId> items = host.TupleItems(c);
      const LLType& tt = p_.types.get(want);
      LLValue t = Emit(LLOpKind::malloc_tuple, {}, want);
      for (size_t i = 0; i < items.size(); ++i) {
        flow::Value item = ann_.store().NewConst(items[i]);
        Emit(LLOpKind::setfield, {t, ConvertTo(item, tt.fields[i])}, p_.types.void_(),
             static_cast<uint32_t>(i));
      }
      return t;
    }
    case LLKind::List:
      if (host.Kind(c) == loader::HostKind::List) {
        return PrebuiltList(c, want);
      }
      [[fallthrough]];
    case LLKind::Js:
      if (host.Kind(c) != loader::HostKind::None) return JsConstant(*this, c);
      [[fallthrough]];
    case LLKind::Dict:
    case LLKind::Set:
    case LLKind::Ptr:
      if (p_.types.kind(want) == LLKind::Ptr && host.Kind(c) == loader::HostKind::Instance)
        return PrebuiltInstance(c);
      if (p_.types.kind(want) == LLKind::Dict && host.Kind(c) == loader::HostKind::Dict)
        return PrebuiltDict(c, want);
      if (p_.types.kind(want) == LLKind::Ptr && host.Kind(c) == loader::HostKind::Function)
        return ClosureObject(c);
      if (p_.types.kind(want) == LLKind::Ptr &&
          (host.Kind(c) == loader::HostKind::Class || ann_.BuiltinExceptionIndex(c) >= 0))
        return ClassAddress(ann_.GetClassDef(c));
      if (host.Kind(c) == loader::HostKind::None) {
        LLConst null{want};
        null.i = -1;
        return LLValue::Const(p_.NewConst(null));
      }
      break;
  }
  Error(Diagnostic(DiagKind::UnsupportedConstant, op_ ? op_->loc : SourceLoc(),
                   {host.Repr(c)}));
  return p_.Void();
}

LLValue RTyper::FunctionAddress(loader::HostId func) {
  flow::GraphId g = ann_.GraphOfFunction(func);
  if (!g.valid()) {
    // Never called through any value: no graph, and no call can reach it.
    LLConst null{p_.types.ptr()};
    null.i = -1;
    return LLValue::Const(p_.NewConst(null));
  }
  return Emit(LLOpKind::graph_address, {}, p_.types.ptr(), GraphOf(g).index);
}

LLValue RTyper::Emit(LLOpKind kind, std::vector<LLValue> args, LLTypeId result, uint32_t aux,
                     uint32_t aux2) {
  LLOp op;
  op.kind = kind;
  op.args = std::move(args);
  op.result = p_.NewVar(result);
  op.loc = op_ ? op_->loc : SourceLoc();
  op.aux = aux;
  op.aux2 = aux2;
  LLVarId r = op.result;
  p_.block(cur_block_).ops.push_back(std::move(op));
  return LLValue::Var(r);
}

void RTyper::EmitRaiseIf(LLValue cond, BuiltinExc exc, const std::string& msg) {
  LLOp op;
  op.kind = LLOpKind::raise_if;
  op.args = {cond};
  op.result = p_.NewVar(p_.types.void_());
  op.loc = op_ ? op_->loc : SourceLoc();
  op.aux = static_cast<uint32_t>(exc);
  op.text = msg;
  p_.block(cur_block_).ops.push_back(std::move(op));
}

LLValue RTyper::ToInt(LLValue v) {
  LLKind k = p_.types.kind(p_.TypeOf(v));
  if (k == LLKind::Int) return v;
  RPYC_CHECK(k == LLKind::Bool, "ToInt of a non-integer");
  return Emit(LLOpKind::cast_bool_to_int, {v}, p_.types.integer());
}

LLValue RTyper::ToFloat(LLValue v) {
  LLKind k = p_.types.kind(p_.TypeOf(v));
  if (k == LLKind::Float) return v;
  return Emit(LLOpKind::cast_int_to_float, {ToInt(v)}, p_.types.floating());
}

LLValue RTyper::ToStr(LLValue v) {
  switch (p_.types.kind(p_.TypeOf(v))) {
    case LLKind::Str:
      return v;
    case LLKind::Int:
      return EmitRt(RtFunc::rpy_str_from_int, {v}, p_.types.str());
    case LLKind::UInt:
      return EmitRt(RtFunc::rpy_str_from_uint, {v}, p_.types.str());
    case LLKind::Float:
      return EmitRt(RtFunc::rpy_str_from_float, {v}, p_.types.str());
    case LLKind::Bool:
      return EmitRt(RtFunc::rpy_str_from_bool, {v}, p_.types.str());
    case LLKind::Void:
      return p_.Str("None");
    case LLKind::Ptr:
      // The annotator lets only exceptions (their message) get here: other
      // instances go through __str__/__repr__ calls.
      return ExceptionStr(*this, v);
    case LLKind::List:
    case LLKind::Tuple:
    case LLKind::Dict:
    case LLKind::Set: {
      // Only the low-level type is known here (rtype_values.cpp).
      Emitter e{p_, this, LLBlockId(), op_ ? op_->loc : SourceLoc(), {}};
      return ValueRepr(this, e, v, annotator::AnnId());
    }
    case LLKind::Js:
      return JsToStr(*this, v);
    default:
      RPYC_UNREACHABLE("str() of an unsupported representation");
  }
}

LLValue RTyper::Truth(LLValue v) {
  switch (p_.types.kind(p_.TypeOf(v))) {
    case LLKind::Bool:
      return v;
    case LLKind::Int:
    case LLKind::UInt:
      return Emit(LLOpKind::int_is_true, {v}, p_.types.boolean());
    case LLKind::Float:
      return Emit(LLOpKind::float_is_true, {v}, p_.types.boolean());
    case LLKind::Str: {
      // rtlib's rpy_str_len treats NULL (None) as empty.
      LLValue n = EmitRt(RtFunc::rpy_str_len, {v}, p_.types.integer());
      return Emit(LLOpKind::int_is_true, {n}, p_.types.boolean());
    }
    case LLKind::List: {
      LLValue n = Emit(LLOpKind::list_len, {v}, p_.types.integer());
      return Emit(LLOpKind::int_is_true, {n}, p_.types.boolean());
    }
    case LLKind::Tuple:
      // Non-empty tuples are true unless None (a nullable tuple).
      if (p_.types.get(p_.TypeOf(v)).fields.empty()) return p_.Bool(false);
      return Emit(LLOpKind::bool_not, {Emit(LLOpKind::ptr_is_null, {v}, p_.types.boolean())},
                  p_.types.boolean());
    case LLKind::Dict:
    case LLKind::Set: {
      LLValue n = EmitRt(RtFunc::rpy_dict_len, {v}, p_.types.integer());
      return Emit(LLOpKind::int_is_true, {n}, p_.types.boolean());
    }
    case LLKind::Ptr:  // an instance: true unless None
      return Emit(LLOpKind::bool_not, {Emit(LLOpKind::ptr_is_null, {v}, p_.types.boolean())},
                  p_.types.boolean());
    case LLKind::Js:
      return JsTruth(*this, v);
    case LLKind::Void:
      return p_.Bool(false);
    case LLKind::Int32:
      break;
  }
  RPYC_UNREACHABLE("truth of an unsupported representation");
}

}  // namespace rpyc::rtyper
