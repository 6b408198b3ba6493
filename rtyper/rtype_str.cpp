// Lowering of str operations and str built-ins (the string family hook;
// see rtyper.h). Methods are in lower_str_methods.cpp.
//
// A str iterator is a GC struct (the string, the next code point index);
// each step takes rpy_str_getitem, O(1) on ASCII strings.
#include "annotator/methods.h"
#include "common/check.h"
#include "rtyper/lower_methods.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::BuiltinId;
using flow::OpKind;

LLValue StrConvert(RTyper& rt, LLValue v, char conv) {
  LLProgram& p = rt.program();
  LLKind k = rt.types().kind(p.TypeOf(v));
  if (conv == 's') return rt.ToStr(v);
  if (k == LLKind::Str)
    return rt.EmitRt(conv == 'a' ? RtFunc::rpy_str_ascii : RtFunc::rpy_str_repr, {v},
                     rt.types().str());
  if (conv == 'a' && k == LLKind::List) {
    rt.Error(Diagnostic(DiagKind::UnsupportedOperation,
                        rt.current_op() ? rt.current_op()->loc : SourceLoc(),
                        {"the `!a` conversion", "a list"}));
    return p.Str("");
  }
  return rt.ToStr(v);  // repr == str for numbers, bools, None and lists
}

LLValue StrFormatValue(RTyper& rt, LLValue v, LLValue spec, bool spec_empty) {
  LLProgram& p = rt.program();
  LLTypeId str = rt.types().str();
  if (spec_empty) return rt.ToStr(v);
  switch (rt.types().kind(p.TypeOf(v))) {
    case LLKind::Int:
      return rt.EmitRt(RtFunc::rpy_format_spec_int, {v, spec}, str);
    case LLKind::Float:
      return rt.EmitRt(RtFunc::rpy_format_spec_float, {v, spec}, str);
    case LLKind::Str:
      return rt.EmitRt(RtFunc::rpy_format_spec_str, {v, spec}, str);
    case LLKind::Bool: {
      // bool.__format__ is int.__format__, except that an empty spec gives
      // str(b).
      LLValue as_int = rt.EmitRt(RtFunc::rpy_format_spec_int, {rt.ToInt(v), spec}, str);
      if (spec.is_const()) return as_int;
      LLValue n = rt.EmitRt(RtFunc::rpy_str_len, {spec}, rt.types().integer());
      LLValue empty = rt.Emit(LLOpKind::int_eq, {n, p.Int(0)}, rt.types().boolean());
      return rt.Emit(LLOpKind::select, {empty, rt.ToStr(v), as_int}, str);
    }
    default:
      RPYC_UNREACHABLE("format() of a representation the annotator refuses");
  }
}

std::vector<LLValue> StrSliceArgs(RTyper& rt, const flow::Operation& op) {
  annotator::Annotator& ann = rt.ann();
  std::vector<LLValue> args{rt.Convert(op.args[0])};
  bool present[3];
  for (size_t i = 1; i <= 3; ++i) {
    present[i - 1] = ann.anns().get(ann.annotation(op.args[i])).kind != AnnKind::None;
    args.push_back(present[i - 1] ? rt.ToInt(rt.Convert(op.args[i]))
                                  : rt.program().Int(i == 3 ? 1 : 0));
  }
  args.push_back(rt.program().Bool(present[0]));
  args.push_back(rt.program().Bool(present[1]));
  return args;
}

LLValue LowerStrOp(RTyper& rt, const flow::Operation& op) {
  annotator::Annotator& ann = rt.ann();
  annotator::AnnStore& anns = ann.anns();
  LLProgram& p = rt.program();
  LLTypeId str = rt.types().str(), i64 = rt.types().integer(), boolean = rt.types().boolean(),
           void_t = rt.types().void_();
  auto akind = [&](size_t i) { return anns.get(ann.annotation(op.args[i])).kind; };
  switch (op.kind) {
    case OpKind::getitem:
      if (akind(0) != AnnKind::Str) return LLValue();
      return rt.EmitRt(RtFunc::rpy_str_getitem,
                       {rt.Convert(op.args[0]), rt.ToInt(rt.Convert(op.args[1]))}, str);
    case OpKind::getslice:
      if (akind(0) != AnnKind::Str) return LLValue();
      return rt.EmitRt(RtFunc::rpy_str_slice, StrSliceArgs(rt, op), str);
    case OpKind::contains:
      if (akind(0) != AnnKind::Str) return LLValue();
      return rt.EmitRt(RtFunc::rpy_str_contains, {rt.Convert(op.args[0]), rt.Convert(op.args[1])},
                       boolean);
    case OpKind::mul:
    case OpKind::inplace_mul: {
      if (anns.get(ann.binding(op.result)).kind != AnnKind::Str) return LLValue();
      size_t s = akind(0) == AnnKind::Str ? 0 : 1;
      return rt.EmitRt(RtFunc::rpy_str_repeat,
                       {rt.Convert(op.args[s]), rt.ToInt(rt.Convert(op.args[1 - s]))}, str);
    }
    case OpKind::iter: {
      if (akind(0) != AnnKind::Str) return LLValue();
      LLTypeId it_t = rt.TypeOf(ann.binding(op.result));
      LLValue it = rt.Emit(LLOpKind::malloc_tuple, {}, it_t);
      rt.Emit(LLOpKind::setfield, {it, rt.Convert(op.args[0])}, void_t, 0);
      rt.Emit(LLOpKind::setfield, {it, p.Int(0)}, void_t, 1);
      return it;
    }
    case OpKind::next_valid:
    case OpKind::next_item: {
      const annotator::Annotation& a = anns.get(ann.annotation(op.args[0]));
      if (a.kind != AnnKind::Iterator || a.name != "str") return LLValue();
      LLValue it = rt.Convert(op.args[0]);
      LLValue s = rt.Emit(LLOpKind::getfield, {it}, str, 0);
      LLValue i = rt.Emit(LLOpKind::getfield, {it}, i64, 1);
      if (op.kind == OpKind::next_item)
        return rt.EmitRt(RtFunc::rpy_str_getitem,
                         {s, rt.Emit(LLOpKind::int_sub, {i, p.Int(1)}, i64)}, str);
      LLValue n = rt.EmitRt(RtFunc::rpy_str_len, {s}, i64);
      LLValue ok = rt.Emit(LLOpKind::int_lt, {i, n}, boolean);
      rt.Emit(LLOpKind::setfield, {it, rt.Emit(LLOpKind::int_add, {i, p.Int(1)}, i64)}, void_t, 1);
      return ok;
    }
    case OpKind::format_value: {
      bool spec_empty = false;
      if (op.args[1].is_const())
        spec_empty = ann.host().AsStr(ann.store().cst(op.args[1].cst()).value).empty();
      return StrFormatValue(rt, rt.Convert(op.args[0]), rt.Convert(op.args[1]), spec_empty);
    }
    default:
      return LLValue();
  }
}

LLValue LowerStrBuiltin(RTyper& rt, const flow::Operation& op, BuiltinId id) {
  LLProgram& p = rt.program();
  LLTypeId str = rt.types().str();
  switch (id) {
    case BuiltinId::ord:
      return rt.EmitRt(RtFunc::rpy_str_ord, {rt.Convert(op.args[1])}, rt.types().integer());
    case BuiltinId::chr:
      return rt.EmitRt(RtFunc::rpy_str_chr, {rt.ToInt(rt.Convert(op.args[1]))}, str);
    case BuiltinId::hex:
    case BuiltinId::oct:
    case BuiltinId::bin: {
      const char* spec = id == BuiltinId::hex ? "#x" : id == BuiltinId::oct ? "#o" : "#b";
      return rt.EmitRt(RtFunc::rpy_format_spec_int, {rt.ToInt(rt.Convert(op.args[1])), p.Str(spec)},
                       str);
    }
    default:
      return LLValue();
  }
}

}  // namespace rpyc::rtyper
