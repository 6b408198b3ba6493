// Lowering of calls: direct calls to other graphs and built-in functions
// (print, str, int, float, len, abs, min, max, repr, bool).
#include "common/check.h"
#include "annotator/math_functions.h"
#include "rtyper/rtyper.h"
#include "rtyper/value_family.h"
#include "translator/flow/resumable/generator.h"

namespace rpyc::rtyper {

using annotator::BuiltinId;
using annotator::CallTarget;

LLValue RTyper::LowerCall(const flow::Operation& op) {
  if (LLValue r = LowerJsCall(*this, op); r.valid()) return r;  // rtype_js.cpp
  const CallTarget* t = ann_.call_target(op.result);
  RPYC_CHECK(t, "call without a target");
  if (t->kind == CallTarget::Kind::Builtin) return LowerBuiltin(op, *t);
  if (t->kind == CallTarget::Kind::Method) return LowerMethodCall(op);
  if (t->kind == CallTarget::Kind::ClassCall) return LowerClassCall(op, *t);
  if (t->kind == CallTarget::Kind::MethodCall || t->kind == CallTarget::Kind::SuperCall)
    return LowerInstanceCall(op, *t);
  if (t->kind == CallTarget::Kind::ClassMethod) return LowerClassMethodCall(op, *t);
  if (t->kind == CallTarget::Kind::ClassFamily) return LowerClassFamilyCall(op, *t);
  if (t->kind == CallTarget::Kind::Indirect) return LowerIndirectCall(op, *t);
  // A built-in method's receiver (its value) as the first argument: a
  // support helper standing for the method (annotate_iter.cpp).
  LLValue self;
  const flow::FunctionGraph& fg = ann_.store().graph(t->graph);
  const flow::Block& start = ann_.store().block(fg.startblock);
  for (size_t p = 0; p < fg.signature.params.size(); ++p)
    if (t->arg_map[p] == -3)
      self = ConvertTo(op.args[0], TypeOf(ann_.binding(start.inputargs[p])));
  return EmitGraphCall(op, t->graph, t->arg_map, self);
}

LLValue RTyper::LowerBuiltin(const flow::Operation& op, const CallTarget& t) {
  const flow::CallShape& shape = ann_.store().call_shape(op.shape);
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  if (t.method.compare(0, 5, "math.") == 0) {
    // rtlib's rpy_math_<name>; float parameters take converted ints.
    return LowerMath(op, t.method.substr(5));
  }
  if (t.method.compare(0, 3, "rt.") == 0) {
    // A runtime primitive (annotator/rt_primitives.def): `method` names
    // the rtlib function.
    std::string name = t.method.substr(3);
    RtFunc f;
    RPYC_CHECK(FindRtFunc(name, &f), "runtime function missing: " + name);
    static const std::pair<const char*, const char*> kPrimArgs[] = {
#define RPYC_PRIM(Name, Function, Result, Args) {#Function, Args},
#include "annotator/rt_primitives.def"
#undef RPYC_PRIM
    };
    std::string letters;
    for (const auto& [fname, a] : kPrimArgs)
      if (name == fname) letters = a;
    std::vector<LLValue> args;
    for (uint32_t i = 0; i < shape.positional; ++i) {
      LLValue v = Convert(op.args[1 + i]);
      char want = i < letters.size() ? letters[i] : 'S';
      args.push_back(want == 'I' ? ToInt(v) : want == 'F' ? ToFloat(v) : v);
    }
    return EmitRt(f, std::move(args), rtype);
  }
  if ((t.builtin == BuiltinId::next_ || t.builtin == BuiltinId::iter_) &&
      !ann_.special_call(op.result, 1)) {
    // iter()/next() on a built-in iterator: the for-loop operations.
    auto fake_op = [&](flow::OpKind kind) { return flow::IteratorOpOf(op, kind); };
    auto family = [&](const flow::Operation& f) {
      LLValue r = LowerStrOp(*this, f);
      if (!r.valid()) r = LowerDictOp(*this, f);
      if (!r.valid()) r = LowerContainerOp(f);
      return r;
    };
    if (t.builtin == BuiltinId::iter_) return family(fake_op(flow::OpKind::iter));
    if (shape.positional == 2) return ConvertTo(op.args[2], rtype);  // never has items
    LLValue ok = family(fake_op(flow::OpKind::next_valid));
    EmitRaiseIf(Emit(LLOpKind::bool_not, {ok}, types().boolean()), BuiltinExc::StopIteration, "");
    return family(fake_op(flow::OpKind::next_item));
  }
  if (t.builtin == BuiltinId::next_ && ann_.special_call(op.result, 2)) {
    // next(it, default): the item when it advanced, else the default
    // (annotate_iter.cpp). _rpyc_item only reads a field.
    LLValue ok = EmitSpecial(op, 1);
    LLValue item = EmitSpecial(op, 2);
    LLValue dflt = ConvertTo(op.args[2], rtype);
    return Emit(LLOpKind::select, {Truth(ok), item, dflt}, rtype);
  }
  if (t.builtin != BuiltinId::print && ann_.special_call(op.result, 1)) {
    LLValue r = EmitSpecial(op, 1);
    return t.builtin == BuiltinId::bool_ ? Truth(r) : r;
  }
  for (auto hook : {LowerUIntBuiltin, LowerBytesBuiltin, LowerValueBuiltin, LowerStrBuiltin, LowerDictBuiltin,
                    LowerJsBuiltin}) {
    LLValue r = hook(*this, op, t.builtin);
    if (r.valid()) return r;
  }
  if (t.builtin == BuiltinId::super) {
    // The receiver: super(Cls, obj)'s obj, else the enclosing method's
    // first parameter.
    if (shape.positional == 2) return Convert(op.args[2]);
    const LLGraph& g = p_.graph(cur_graph_);
    return LLValue::Var(g.params[0]);
  }
  if (t.builtin == BuiltinId::isinstance) return LowerIsInstance(op);
  if (t.builtin == BuiltinId::issubclass) return LowerIsSubclass(op);
  if (t.builtin == BuiltinId::type_) {
    if (types().kind(rtype) == LLKind::Void) return p_.Void();
    return Emit(LLOpKind::inst_vtable, {Convert(op.args[1])}, rtype);
  }
  // `await x`'s task is x itself (annotate_async.cpp).
  if (t.builtin == BuiltinId::task_awaitable) return Convert(op.args[1]);
  std::vector<LLValue> args;
  for (uint32_t i = 0; i < shape.positional; ++i) args.push_back(Convert(op.args[1 + i]));
  auto kind = [&](size_t i) { return types().kind(p_.TypeOf(args[i])); };
  switch (t.builtin) {
    case BuiltinId::print:
      return LowerPrint(op);
    case BuiltinId::len:
      if (kind(0) == LLKind::Str) return EmitRt(RtFunc::rpy_str_len, {args[0]}, rtype);
      if (kind(0) == LLKind::List) return Emit(LLOpKind::list_len, {args[0]}, rtype);
      return p_.Int(static_cast<int64_t>(types().get(p_.TypeOf(args[0])).fields.size()));
    case BuiltinId::str:
      if (args.empty()) return p_.Str("");
      if (kind(0) == LLKind::Ptr)  // an exception: the annotator allows only those
        return EmitRt(RtFunc::rpy_exc_str, {args[0]}, rtype);
      return ToStr(args[0]);
    case BuiltinId::repr:
      if (kind(0) == LLKind::Str) return EmitRt(RtFunc::rpy_str_repr, {args[0]}, rtype);
      if (kind(0) == LLKind::Ptr)  // an exception: Name(args...)
        return EmitRt(RtFunc::rpy_exc_repr, {args[0]}, rtype);
      return ToStr(args[0]);
    case BuiltinId::int_:
      if (args.empty()) return p_.Int(0);
      if (kind(0) == LLKind::Str && args.size() == 2)
        return EmitRt(RtFunc::rpy_str_to_int_base, {args[0], ToInt(args[1])}, rtype);
      if (kind(0) == LLKind::Str) return EmitRt(RtFunc::rpy_str_to_int, {args[0]}, rtype);
      if (kind(0) == LLKind::Float) return EmitRt(RtFunc::rpy_float_to_int, {args[0]}, rtype);
      return ToInt(args[0]);
    case BuiltinId::float_:
      if (args.empty()) return p_.Float(0.0);
      if (kind(0) == LLKind::Str) return EmitRt(RtFunc::rpy_str_to_float, {args[0]}, rtype);
      return ToFloat(args[0]);
    case BuiltinId::bool_:
      if (args.empty()) return p_.Bool(false);
      return Truth(args[0]);
    case BuiltinId::abs:
      if (kind(0) == LLKind::Float) return Emit(LLOpKind::float_abs, {args[0]}, rtype);
      return Emit(LLOpKind::int_abs_ovf, {ToInt(args[0])}, rtype);
    case BuiltinId::min:
    case BuiltinId::max:
      return LowerMinMax(op, t.builtin == BuiltinId::max);
    default:
      break;
  }
  RPYC_UNREACHABLE("builtin rejected by the annotator");
}

// A math module function (annotator/math_functions.def): rtlib's
// rpy_math_<name>, arguments converted to the def's types; tuple results
// are built from one call per item.
LLValue RTyper::LowerMath(const flow::Operation& op, const std::string& fname) {
  const flow::CallShape& shape = ann_.store().call_shape(op.shape);
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  const annotator::MathFn* fn = annotator::FindMathFn(fname);
  RPYC_CHECK(fn, "math function missing: " + fname);
  std::vector<LLValue> args;
  for (uint32_t i = 0; i < shape.positional; ++i) {
    LLValue v = Convert(op.args[1 + i]);
    bool is_int = fname != "log" && fn->args[i] == 'I';
    args.push_back(is_int ? ToInt(v) : ToFloat(v));
  }
  auto call = [&](const std::string& name, LLTypeId type) {
    RtFunc f;
    RPYC_CHECK(FindRtFunc(name, &f), "runtime function missing: " + name);
    return EmitRt(f, args, type);
  };
  if (fn->result != 'P' && fn->result != 'E') {
    std::string name = "rpy_math_" + fname;
    if (fname == "log" && shape.positional == 2) name = "rpy_math_log_base";
    return call(name, rtype);
  }
  const LLType& tt = types().get(rtype);
  bool is_modf = fn->result == 'P';
  LLValue first = call(is_modf ? "rpy_math_modf_frac" : "rpy_math_frexp_mant", tt.fields[0]);
  LLValue second = call(is_modf ? "rpy_math_modf_int" : "rpy_math_frexp_exp", tt.fields[1]);
  LLValue r = Emit(LLOpKind::malloc_tuple, {}, rtype);
  Emit(LLOpKind::setfield, {r, first}, types().void_(), 0);
  Emit(LLOpKind::setfield, {r, second}, types().void_(), 1);
  return r;
}

LLValue RTyper::LowerPrint(const flow::Operation& op) {
  const flow::CallShape& shape = ann_.store().call_shape(op.shape);
  LLValue sep = p_.Str(" "), end = p_.Str("\n");
  bool to_stderr = false, flush = false;
  for (size_t k = 0; k < shape.keywords.size(); ++k) {
    flow::Value v = op.args[1 + shape.positional + k];
    const std::string& name = shape.keywords[k];
    if (name == "file") {
      // The annotator allows only the constants sys.stdout / sys.stderr.
      loader::HostResult err = ann_.host().Import("rpyc_support.stderr");
      to_stderr = v.is_const() && err.ok() &&
                  ann_.host().Identical(ann_.store().cst(v.cst()).value, err.value);
      continue;
    }
    if (name == "flush") {
      flush = !v.is_const() || ann_.host().AsBool(ann_.store().cst(v.cst()).value);
      continue;
    }
    if (types().kind(TypeOfValue(v)) == LLKind::Void) continue;  // None: the default
    (name == "sep" ? sep : end) = Convert(v);
  }
  LLTypeId void_t = types().void_();
  // __str__ methods run before anything is written (they may raise or
  // print themselves while print's output is redirected to stderr).
  std::vector<LLValue> shown(shape.positional);
  for (uint32_t i = 0; i < shape.positional; ++i)
    if (ann_.special_call(op.result, static_cast<int>(i) + 1))
      shown[i] = EmitSpecial(op, static_cast<int>(i) + 1);
  if (to_stderr) EmitRt(RtFunc::rpy_print_to, {p_.Int(2)}, void_t);
  for (uint32_t i = 0; i < shape.positional; ++i) {
    if (i) EmitRt(RtFunc::rpy_write_str, {sep}, void_t);
    if (shown[i].valid()) {
      EmitRt(RtFunc::rpy_write_str, {shown[i]}, void_t);
      continue;
    }
    LLValue v = Convert(op.args[1 + i]);
    switch (types().kind(p_.TypeOf(v))) {
      case LLKind::Int: EmitRt(RtFunc::rpy_write_int, {v}, void_t); break;
      case LLKind::UInt: EmitRt(RtFunc::rpy_write_str, {ToStr(v)}, void_t); break;
      case LLKind::Float: EmitRt(RtFunc::rpy_write_float, {v}, void_t); break;
      case LLKind::Bool: EmitRt(RtFunc::rpy_write_bool, {v}, void_t); break;
      case LLKind::Str: {
        if (ann_.anns().get(ann_.annotation(op.args[1 + i])).kind == annotator::AnnKind::Bytes)
          v = EmitRt(RtFunc::rpy_bytes_repr, {v}, types().str());  // b'...'
        // A string that may be None prints as None.
        if (ann_.anns().get(ann_.annotation(op.args[1 + i])).can_be_none)
          v = Emit(LLOpKind::select, {Emit(LLOpKind::ptr_is_null, {v}, types().boolean()),
                                      p_.Str("None"), v},
                   types().str());
        EmitRt(RtFunc::rpy_write_str, {v}, void_t);
        break;
      }
      case LLKind::List:
      case LLKind::Tuple:
      case LLKind::Dict:
      case LLKind::Set: {
        // Containers show their items' repr (rtype_values.cpp).
        Emitter e{p_, this, LLBlockId(), op.loc, {}};
        LLValue s = ValueRepr(this, e, v, ann_.annotation(op.args[1 + i]));
        EmitRt(RtFunc::rpy_write_str, {s}, void_t);
        break;
      }
      case LLKind::Ptr:  // an exception: its message (annotate_values.cpp)
        EmitRt(RtFunc::rpy_write_str, {ExceptionStr(*this, v)}, void_t);
        break;
      case LLKind::Js: EmitRt(RtFunc::rpy_write_str, {JsToStr(*this, v)}, void_t); break;
      default: EmitRt(RtFunc::rpy_write_str, {p_.Str("None")}, void_t); break;
    }
  }
  EmitRt(RtFunc::rpy_write_str, {end}, void_t);
  if (to_stderr) EmitRt(RtFunc::rpy_print_to, {p_.Int(1)}, void_t);
  if (flush) EmitRt(RtFunc::rpy_prim_flush, {}, void_t);
  return p_.Void();
}

LLValue RTyper::LowerMinMax(const flow::Operation& op, bool is_max) {
  // CPython keeps the first extreme value: max(a, b) is b only if b > a.
  const flow::CallShape& shape = ann_.store().call_shape(op.shape);
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  LLValue best = ConvertTo(op.args[1], rtype);
  for (uint32_t i = 1; i < shape.positional; ++i) {
    LLValue v = ConvertTo(op.args[1 + i], rtype);
    LLValue better;
    LLOpKind cmp;
    switch (types().kind(rtype)) {
      case LLKind::Float:
        cmp = is_max ? LLOpKind::float_gt : LLOpKind::float_lt;
        better = Emit(cmp, {v, best}, types().boolean());
        break;
      case LLKind::Str: {
        LLValue c = EmitRt(RtFunc::rpy_str_cmp, {v, best}, types().integer());
        better = Emit(is_max ? LLOpKind::int_gt : LLOpKind::int_lt, {c, p_.Int(0)},
                      types().boolean());
        break;
      }
      case LLKind::Bool:  // compared as 0 and 1 (an i1 true is -1 when signed)
        cmp = is_max ? LLOpKind::int_gt : LLOpKind::int_lt;
        better = Emit(cmp, {ToInt(v), ToInt(best)}, types().boolean());
        break;
      default:
        cmp = is_max ? LLOpKind::int_gt : LLOpKind::int_lt;
        better = Emit(cmp, {v, best}, types().boolean());
        break;
    }
    best = Emit(LLOpKind::select, {better, v, best}, rtype);
  }
  return best;
}

}  // namespace rpyc::rtyper
