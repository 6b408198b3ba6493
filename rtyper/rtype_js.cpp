// Lowering of JS interop (the rtyper side of annotator/annotate_js.cpp).
//
// A JS value is an LLKind::Js pointer (rtlib's rpy_jsref). Every JS
// operation becomes calls into rtlib/rt_js.cpp: the operands going to JS
// are pushed one by one (PushToJs, by their low-level type), then the
// operation consumes them. For example `js.Math.max(1, x)` is
//
//   v0 = rt_call rpy_js_global("globalThis")
//   v1 = rt_call rpy_js_getattr(v0, "Math")
//   v2 = rt_call rpy_js_getattr(v1, "max")     (remembers `this` = Math)
//   rt_call rpy_js_push_int(1); rt_call rpy_js_push_int(x)
//   v3 = rt_call rpy_js_call(v2, 2)
//
// Functions going to JS are their adapter's address: an adapter is a
// graph made here, `int32 adapter(int32 args)`, that reads each argument
// from the JS arguments array (converting exports' arguments to their
// declared types), calls the function and pushes its converted result.
#include <algorithm>

#include "annotator/annotator.h"
#include "common/check.h"
#include "rtyper/lower_methods.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnId;
using annotator::AnnKind;

namespace {

bool IsJs(RTyper& rt, flow::Value v) {
  return rt.ann().anns().get(rt.ann().annotation(v)).kind == AnnKind::Js;
}

LLValue Rt(RTyper& rt, RtFunc f, std::vector<LLValue> args, LLTypeId result) {
  return rt.EmitRt(f, std::move(args), result);
}

// The adapter graph of flow graph `g` (made empty on first use; filled by
// BuildJsAdapters).
LLGraphId AdapterOf(RTyper& rt, flow::GraphId g) {
  auto it = rt.js_adapters.find(g.index);
  if (it != rt.js_adapters.end()) return it->second;
  const flow::FunctionGraph& fg = rt.ann().store().graph(g);
  LLProgram& p = rt.program();
  LLGraphId a = p.NewGraph("rpy_jsadapter_" + fg.name + "_" + std::to_string(p.num_graphs()));
  p.graph(a).python_name = fg.name;
  p.graph(a).loc = fg.loc;
  rt.js_adapters[g.index] = a;
  return a;
}

void PushLL(RTyper& rt, LLValue v, AnnId a);

// Pushes a value of the list's item type.
const char* ListPushSuffix(LLKind item) {
  switch (item) {
    case LLKind::Int: return "i64";
    case LLKind::Float: return "f64";
    case LLKind::Bool: return "i8";
    case LLKind::Str: return "str";
    case LLKind::Js: return "js";
    default: return "none";
  }
}

int64_t DictValueKind(LLKind value) {
  switch (value) {
    case LLKind::Int: return 0;
    case LLKind::Float: return 1;
    case LLKind::Bool: return 2;
    case LLKind::Str: return 3;
    case LLKind::Js: return 4;
    default: return 5;
  }
}

// Pushes `v` (of annotation `a`) converted to a JS value.
void PushLL(RTyper& rt, LLValue v, AnnId a) {
  LLProgram& p = rt.program();
  LLTypeId void_t = p.types.void_();
  const annotator::Annotation ann = rt.ann().anns().get(a);
  if (ann.kind == AnnKind::PBC && ann.descs.size() == 1) {
    // A function: its adapter, which JS wraps in a JS function.
    flow::GraphId g = rt.ann().GraphOfFunction(ann.descs[0]);
    RPYC_CHECK(g.valid(), "callback without a graph");
    LLValue addr = rt.Emit(LLOpKind::graph_address, {}, p.types.ptr(), AdapterOf(rt, g).index);
    Rt(rt, RtFunc::rpy_js_push_fn, {addr}, void_t);
    return;
  }
  LLTypeId t = p.TypeOf(v);
  switch (p.types.kind(t)) {
    case LLKind::Void:
      Rt(rt, RtFunc::rpy_js_push_null, {}, void_t);
      return;
    case LLKind::Bool:
      Rt(rt, RtFunc::rpy_js_push_bool, {v}, void_t);
      return;
    case LLKind::Int:
      Rt(rt, RtFunc::rpy_js_push_int, {v}, void_t);
      return;
    case LLKind::UInt:  // a number, as CPython's int value would convert
      Rt(rt, RtFunc::rpy_js_push_float, {rt.EmitRt(RtFunc::rpy_uint_to_float, {v}, p.types.floating())},
         void_t);
      return;
    case LLKind::Float:
      Rt(rt, RtFunc::rpy_js_push_float, {v}, void_t);
      return;
    case LLKind::Str:
      Rt(rt, RtFunc::rpy_js_push_str, {v}, void_t);
      return;
    case LLKind::Js:
      Rt(rt, RtFunc::rpy_js_push_js, {v}, void_t);
      return;
    case LLKind::List: {
      std::string name =
          std::string("rpy_js_push_list_") + ListPushSuffix(p.types.kind(rt.ItemType(t)));
      RtFunc f;
      RPYC_CHECK(FindRtFunc(name, &f), "runtime function missing: " + name);
      Rt(rt, f, {v}, void_t);
      return;
    }
    case LLKind::Dict: {
      LLKind value = p.types.kind(p.types.get(t).fields[1]);
      Rt(rt, RtFunc::rpy_js_push_dict, {v, p.Int(DictValueKind(value))}, void_t);
      return;
    }
    case LLKind::Tuple: {
      // Each item, then the array of them.
      const std::vector<LLTypeId> fields = p.types.get(t).fields;
      for (size_t i = 0; i < fields.size(); ++i) {
        LLValue item = rt.Emit(LLOpKind::getfield, {v}, fields[i], static_cast<uint32_t>(i));
        PushLL(rt, item, ann.items[i]);
      }
      Rt(rt, RtFunc::rpy_js_push_array, {p.Int(static_cast<int64_t>(fields.size()))}, void_t);
      return;
    }
    case LLKind::Ptr: {
      // A task: a new promise that javascript._settle_promise (one copy
      // per task class) settles with the task's outcome.
      const auto& promises = rt.ann().js().task_promises;
      auto it = ann.kind == AnnKind::Instance ? promises.find(ann.classdef) : promises.end();
      if (it == promises.end()) break;
      LLGraphId g = rt.GraphOf(it->second);
      const flow::FlowStore& store = rt.ann().store();
      flow::VarId task = store.block(store.graph(it->second).returnblock).inputargs[0];
      LLValue d = Rt(rt, RtFunc::rpy_js_deferred, {}, p.types.js());
      rt.Emit(LLOpKind::direct_call, {v, d}, rt.TypeOf(rt.ann().binding(task)), g.index);
      LLValue promise = Rt(rt, RtFunc::rpy_js_getattr, {d, p.Str("promise")}, p.types.js());
      Rt(rt, RtFunc::rpy_js_push_js, {promise}, void_t);
      return;
    }
    case LLKind::Set:
    case LLKind::Int32:
      break;
  }
  RPYC_UNREACHABLE("a value the annotator let go to JS: " + p.types.ToString(t));
}

void PushToJs(RTyper& rt, flow::Value v) { PushLL(rt, rt.Convert(v), rt.ann().annotation(v)); }

// Pushes the positional arguments of a call (after the callee); returns
// their count.
LLValue PushArgs(RTyper& rt, const flow::Operation& op) {
  const flow::CallShape& shape = rt.ann().store().call_shape(op.shape);
  for (uint32_t i = 0; i < shape.positional; ++i) PushToJs(rt, op.args[1 + i]);
  return rt.program().Int(shape.positional);
}

std::string ConstName(RTyper& rt, flow::Value v) {
  return rt.ann().host().AsStr(rt.ann().store().cst(v.cst()).value);
}

// Method calls `obj.name(args)` are one rpy_js_callmethod instead of a
// property read (a JS value of its own) and a call: the getattr is fused
// into the call right after it when its result has no other use. (Flow
// variables are local to their block, so the block shows every use.)
const flow::Operation* FusedGetattr(RTyper& rt, const flow::Operation& call) {
  flow::FlowStore& store = rt.ann().store();
  if (call.kind != flow::OpKind::call || !call.args[0].is_var()) return nullptr;
  flow::VarId callee = call.args[0].var();
  const flow::FunctionGraph& g = store.graph(store.var(callee).graph);
  for (flow::BlockId b : g.blocks) {
    const std::vector<flow::Operation>& ops = store.block(b).operations;
    for (size_t i = 1; i < ops.size(); ++i) {
      if (&ops[i] != &call) continue;
      const flow::Operation& get = ops[i - 1];
      if (get.kind != flow::OpKind::getattr || get.result != callee || !IsJs(rt, get.args[0]) ||
          rt.ann().anns().get(rt.ann().binding(callee)).kind != AnnKind::Js)
        return nullptr;
      for (size_t j = 0; j < ops.size(); ++j)
        for (size_t a = 0; a < ops[j].args.size(); ++a)
          if (ops[j].args[a] == flow::Value(callee) && !(j == i && a == 0)) return nullptr;
      const flow::Block& block = store.block(b);
      if (block.exitswitch == flow::Value(callee)) return nullptr;
      for (flow::LinkId l : block.exits)
        for (flow::Value v : store.link(l).args)
          if (v == flow::Value(callee)) return nullptr;
      return &get;
    }
  }
  return nullptr;
}

// The call operation right after `get` in its block, when it fuses.
bool FusesIntoCall(RTyper& rt, const flow::Operation& get) {
  flow::FlowStore& store = rt.ann().store();
  const flow::FunctionGraph& g = store.graph(store.var(get.result).graph);
  for (flow::BlockId b : g.blocks) {
    const std::vector<flow::Operation>& ops = store.block(b).operations;
    for (size_t i = 0; i + 1 < ops.size(); ++i)
      if (&ops[i] == &get) return FusedGetattr(rt, ops[i + 1]) == &get;
  }
  return false;
}

}  // namespace

LLValue JsToStr(RTyper& rt, LLValue v) { return Rt(rt, RtFunc::rpy_js_to_str, {v}, rt.types().str()); }

LLValue JsTruth(RTyper& rt, LLValue v) {
  return Rt(rt, RtFunc::rpy_js_to_bool, {v}, rt.types().boolean());
}

LLValue JsConstant(RTyper& rt, loader::HostId c) {
  loader::HostResult expr = rt.ann().host().GetAttr(c, "_rpyc_js_expr");
  RPYC_CHECK(expr.ok(), "JS constant without an expression");
  return Rt(rt, RtFunc::rpy_js_global, {rt.program().Str(rt.ann().host().AsStr(expr.value))},
            rt.types().js());
}

LLValue LowerJsOp(RTyper& rt, const flow::Operation& op) {
  if (op.args.empty() || !IsJs(rt, op.args[0])) return LLValue();
  LLProgram& p = rt.program();
  LLTypeId js = p.types.js(), void_t = p.types.void_();
  switch (op.kind) {
    case flow::OpKind::getattr: {
      LLValue obj = rt.Convert(op.args[0]);
      AnnKind r = rt.ann().anns().get(rt.ann().binding(op.result)).kind;
      if (r == AnnKind::BuiltinMethod) return obj;  // a seed method: its receiver
      if (r == AnnKind::Str) return Rt(rt, RtFunc::rpy_js_typeof, {obj}, p.types.str());  // .type
      if (FusesIntoCall(rt, op)) {
        // Read by the call that follows (rpy_js_callmethod); nothing here.
        LLConst null{js};
        null.i = -1;
        return LLValue::Const(p.NewConst(null));
      }
      return Rt(rt, RtFunc::rpy_js_getattr, {obj, p.Str(ConstName(rt, op.args[1]))}, js);
    }
    case flow::OpKind::setattr: {
      LLValue obj = rt.Convert(op.args[0]);
      PushToJs(rt, op.args[2]);
      Rt(rt, RtFunc::rpy_js_setattr, {obj, p.Str(ConstName(rt, op.args[1]))}, void_t);
      return p.Void();
    }
    case flow::OpKind::getitem: {
      LLValue obj = rt.Convert(op.args[0]);
      PushToJs(rt, op.args[1]);
      return Rt(rt, RtFunc::rpy_js_getitem, {obj}, js);
    }
    case flow::OpKind::setitem: {
      LLValue obj = rt.Convert(op.args[0]);
      PushToJs(rt, op.args[1]);
      PushToJs(rt, op.args[2]);
      Rt(rt, RtFunc::rpy_js_setitem, {obj}, void_t);
      return p.Void();
    }
    default:
      return LLValue();
  }
}

LLValue LowerJsBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id) {
  const flow::CallShape& shape = rt.ann().store().call_shape(op.shape);
  if (shape.positional != 1 || !IsJs(rt, op.args[1])) return LLValue();
  LLValue v = rt.Convert(op.args[1]);
  switch (id) {
    case annotator::BuiltinId::int_:
      return Rt(rt, RtFunc::rpy_js_to_int, {v}, rt.types().integer());
    case annotator::BuiltinId::float_:
      return Rt(rt, RtFunc::rpy_js_to_float, {v}, rt.types().floating());
    case annotator::BuiltinId::len:
      return Rt(rt, RtFunc::rpy_js_len, {v}, rt.types().integer());
    default:
      return LLValue();
  }
}

LLValue LowerJsCall(RTyper& rt, const flow::Operation& op) {
  LLProgram& p = rt.program();
  LLTypeId js = p.types.js();
  if (const flow::Operation* get = FusedGetattr(rt, op)) {
    LLValue obj = rt.Convert(get->args[0]);
    LLValue n = PushArgs(rt, op);
    return Rt(rt, RtFunc::rpy_js_callmethod, {obj, p.Str(ConstName(rt, get->args[1])), n}, js);
  }
  if (IsJs(rt, op.args[0])) {
    LLValue fn = rt.Convert(op.args[0]);
    LLValue n = PushArgs(rt, op);
    return Rt(rt, RtFunc::rpy_js_call, {fn, n}, js);
  }
  const annotator::Annotation& c = rt.ann().anns().get(rt.ann().annotation(op.args[0]));
  if (c.kind != AnnKind::PBC || c.descs.size() != 1) return LLValue();
  loader::HostId obj = c.descs[0];
  std::string rule = annotator::JsRule(rt.ann(), obj);
  if (rule.empty() || rule == "async") return LLValue();
  if (rule == "Object" && rt.ann().host().Kind(obj) == loader::HostKind::Instance) rule = "Object.wrap";
  if (rule == "live_handles") return Rt(rt, RtFunc::rpy_js_live, {}, p.types.integer());
  flow::Value arg = op.args[1];
  if (rule == "Object" || rule == "Object.get" || rule == "Object.wrap") {
    if (IsJs(rt, arg)) return rt.Convert(arg);
    return Rt(rt, RtFunc::rpy_js_global, {rt.Convert(arg)}, js);
  }
  if (rule == "typeof") return Rt(rt, RtFunc::rpy_js_typeof, {rt.Convert(arg)}, p.types.str());
  if (rule == "await_promise")
    return Rt(rt, RtFunc::rpy_js_await, {rt.Convert(arg), rt.Convert(op.args[2])},
              p.types.void_());
  if (rule == "JSON.rawString") {
    LLValue parse = Rt(rt, RtFunc::rpy_js_global, {p.Str("JSON.parse")}, js);
    PushToJs(rt, arg);
    return Rt(rt, RtFunc::rpy_js_call, {parse, p.Int(1)}, js);
  }
  // Object.fromX / JSON.fromX / Function(f): the converted argument.
  PushToJs(rt, arg);
  return Rt(rt, RtFunc::rpy_js_pop, {}, js);
}

// ---- the seed's methods of Object ----

namespace {

LLValue LowerCallMethod(MethodLowering& c) {
  LLValue n = PushArgs(c.rt, c.op);
  const std::string& name = c.rt.ann().anns().get(c.rt.ann().annotation(c.op.args[0])).name;
  RtFunc f = name == "new" ? RtFunc::rpy_js_new : RtFunc::rpy_js_call;
  return Rt(c.rt, f, {c.self, n}, c.types().js());
}

LLValue LowerCallList(MethodLowering& c) {
  // fn.apply(null, list)
  LLValue apply =
      Rt(c.rt, RtFunc::rpy_js_getattr, {c.self, c.p().Str("apply")}, c.types().js());
  Rt(c.rt, RtFunc::rpy_js_push_null, {}, c.types().void_());
  PushToJs(c.rt, c.op.args[1]);
  return Rt(c.rt, RtFunc::rpy_js_call, {apply, c.p().Int(2)}, c.types().js());
}

LLValue LowerToStr(MethodLowering& c) { return JsToStr(c.rt, c.self); }
LLValue LowerToInt(MethodLowering& c) {
  return Rt(c.rt, RtFunc::rpy_js_to_int, {c.self}, c.types().integer());
}
LLValue LowerToFloat(MethodLowering& c) {
  return Rt(c.rt, RtFunc::rpy_js_to_float, {c.self}, c.types().floating());
}
LLValue LowerToBool(MethodLowering& c) { return JsTruth(c.rt, c.self); }
LLValue LowerToList(MethodLowering& c) {
  return Rt(c.rt, RtFunc::rpy_js_to_list, {c.self}, c.result);
}
LLValue LowerToDict(MethodLowering& c) {
  return Rt(c.rt, RtFunc::rpy_js_to_dict, {c.self}, c.result);
}
LLValue LowerSelf(MethodLowering& c) { return c.self; }
LLValue LowerLog(MethodLowering& c) {
  Rt(c.rt, RtFunc::rpy_js_log, {c.self}, c.types().void_());
  return c.p().Void();
}
LLValue LowerNothing(MethodLowering& c) { return c.p().Void(); }
LLValue LowerGetItem(MethodLowering& c) {
  PushToJs(c.rt, c.op.args[1]);
  return Rt(c.rt, RtFunc::rpy_js_getitem, {c.self}, c.types().js());
}

}  // namespace

void AddJsLowerings(LowerTable& t) {
  t.Add(AnnKind::Js, "call", LowerCallMethod);
  t.Add(AnnKind::Js, "new", LowerCallMethod);
  t.Add(AnnKind::Js, "call_list", LowerCallList);
  for (const char* n : {"toString", "toStr"}) t.Add(AnnKind::Js, n, LowerToStr);
  for (const char* n : {"toInteger", "toInt"}) t.Add(AnnKind::Js, n, LowerToInt);
  t.Add(AnnKind::Js, "toFloat", LowerToFloat);
  for (const char* n : {"toBoolean", "toBool"}) t.Add(AnnKind::Js, n, LowerToBool);
  for (const char* n : {"toList", "toArray"}) t.Add(AnnKind::Js, n, LowerToList);
  t.Add(AnnKind::Js, "toDict", LowerToDict);
  for (const char* n : {"toFunction", "toRef"}) t.Add(AnnKind::Js, n, LowerSelf);
  t.Add(AnnKind::Js, "log", LowerLog);
  for (const char* n : {"keep", "release", "free"}) t.Add(AnnKind::Js, n, LowerNothing);
  t.Add(AnnKind::Js, "unsafe_get_item", LowerGetItem);
}

// ---- adapters ----

namespace {

// Fills adapter `a` of flow graph `g`: int32 a(int32 args). With `typed`
// (exports), arguments convert to the parameters' types; callbacks'
// parameters are JS values.
void FillAdapter(RTyper& rt, LLGraphId a, flow::GraphId g) {
  LLProgram& p = rt.program();
  annotator::Annotator& ann = rt.ann();
  LLVarId args = p.NewVar(p.types.int32(), "args");
  LLBlockId start = p.NewBlock(a, {args});
  LLVarId result = p.NewVar(p.types.int32(), "result");
  LLBlockId ret = p.NewBlock(a, {result});
  LLGraph& lg = p.graph(a);
  lg.startblock = start;
  lg.returnblock = ret;
  lg.params = {args};
  lg.result = p.types.int32();
  rt.SetInsertPoint(a, start);
  const flow::FunctionGraph& fg = ann.store().graph(g);
  std::vector<flow::VarId> params = ann.store().block(fg.startblock).inputargs;
  std::vector<LLValue> values;
  for (size_t i = 0; i < params.size(); ++i) {
    LLValue v = Rt(rt, RtFunc::rpy_js_arg, {LLValue::Var(args), p.Int(static_cast<int64_t>(i))},
                   p.types.js());
    LLTypeId want = rt.TypeOf(ann.binding(params[i]));
    switch (p.types.kind(want)) {
      case LLKind::Int: v = Rt(rt, RtFunc::rpy_js_to_int, {v}, want); break;
      case LLKind::Float: v = Rt(rt, RtFunc::rpy_js_to_float, {v}, want); break;
      case LLKind::Bool: v = JsTruth(rt, v); break;
      case LLKind::Str: v = JsToStr(rt, v); break;
      case LLKind::Void: v = p.Void(); break;
      default: break;
    }
    values.push_back(v);
  }
  LLGraphId callee = rt.GraphOf(g);
  flow::VarId rv = ann.store().block(fg.returnblock).inputargs[0];
  LLValue r = rt.Emit(LLOpKind::direct_call, values, p.graph(callee).result, callee.index);
  PushLL(rt, r, ann.binding(rv));
  LLValue slot = Rt(rt, RtFunc::rpy_js_ret, {}, p.types.int32());
  p.NewLink(start, ret, {slot}, LLExit::None);
}

}  // namespace

void BuildJsAdapters(RTyper& rt) {
  LLProgram& p = rt.program();
  const annotator::JsUses& uses = rt.ann().js();
  for (flow::GraphId g : uses.callbacks) AdapterOf(rt, g);
  for (const auto& [name, g] : uses.exports) AdapterOf(rt, g);
  // Adapters are made in first-use order; fill them in that order.
  std::vector<std::pair<LLGraphId, uint32_t>> order;
  for (const auto& [g, a] : rt.js_adapters) order.push_back({a, g});
  std::sort(order.begin(), order.end());
  for (const auto& [a, g] : order) FillAdapter(rt, a, flow::GraphId(g));
  if (uses.raise_error.valid()) p.graph(rt.GraphOf(uses.raise_error)).symbol = "rpy_js_raise_error";
  if (uses.task_settled.valid())
    p.graph(rt.GraphOf(uses.task_settled)).symbol = "rpy_js_task_settled";
  // rpy_js_register_exports(): publishes the exports, called before main.
  LLGraphId reg = p.NewGraph("rpy_js_exports_" + std::to_string(p.num_graphs()));
  p.graph(reg).symbol = "rpy_js_register_exports";
  p.graph(reg).python_name = "<exports>";
  LLBlockId start = p.NewBlock(reg, {});
  LLVarId none = p.NewVar(p.types.void_());
  LLBlockId ret = p.NewBlock(reg, {none});
  p.graph(reg).startblock = start;
  p.graph(reg).returnblock = ret;
  p.graph(reg).result = p.types.void_();
  rt.SetInsertPoint(reg, start);
  for (const auto& [name, g] : uses.exports) {
    LLValue addr = rt.Emit(LLOpKind::graph_address, {}, p.types.ptr(), rt.js_adapters.at(g.index).index);
    Rt(rt, RtFunc::rpy_js_export, {p.Str(name), addr}, p.types.void_());
  }
  Rt(rt, RtFunc::rpy_js_ready, {}, p.types.void_());
  p.NewLink(start, ret, {p.Void()}, LLExit::None);
}

}  // namespace rpyc::rtyper
