// Lowering of r_uint (annotator/annotate_uint.cpp): an Unsigned value is
// a 64-bit word like an int. The operations whose result bits do not
// depend on signedness (+ - * & | ^ ~, negation) are the wrapping int
// operations; //, %, the shifts, comparisons, int(), float() and str()
// call rtlib (rtlib/rt_uint.cpp). An int becomes an r_uint by keeping its
// bits (`same_as` with the Unsigned type), as r_uint(x) keeps x's low 64
// bits.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::BuiltinId;
using flow::OpKind;

namespace {

bool IsUInt(RTyper& rt, LLValue v) { return rt.types().kind(rt.program().TypeOf(v)) == LLKind::UInt; }

// `v` (an int, bool or r_uint) as an Unsigned word.
LLValue AsUInt(RTyper& rt, LLValue v) {
  if (IsUInt(rt, v)) return v;
  return rt.Emit(LLOpKind::same_as, {rt.ToInt(v)}, rt.types().uinteger());
}

// The bits of `v` as an Int (the rtlib functions taking either).
LLValue Bits(RTyper& rt, LLValue v) {
  if (!IsUInt(rt, v)) return rt.ToInt(v);
  return rt.Emit(LLOpKind::same_as, {v}, rt.types().integer());
}

// The operations annotate_uint.cpp types when an operand is an r_uint.
bool UIntOperation(OpKind k) {
  switch (k) {
    case OpKind::add: case OpKind::sub: case OpKind::mul: case OpKind::floordiv:
    case OpKind::mod: case OpKind::and_: case OpKind::or_: case OpKind::xor_:
    case OpKind::inplace_add: case OpKind::inplace_sub: case OpKind::inplace_mul:
    case OpKind::inplace_floordiv: case OpKind::inplace_mod: case OpKind::inplace_and:
    case OpKind::inplace_or: case OpKind::inplace_xor: case OpKind::add_wrap:
    case OpKind::sub_wrap: case OpKind::mul_wrap: case OpKind::lshift: case OpKind::rshift:
    case OpKind::inplace_lshift: case OpKind::inplace_rshift: case OpKind::neg:
    case OpKind::pos: case OpKind::invert: case OpKind::lt: case OpKind::le: case OpKind::eq:
    case OpKind::ne: case OpKind::gt: case OpKind::ge: case OpKind::bool_: case OpKind::not_:
      return true;
    default:
      return false;
  }
}

LLValue Compare(RTyper& rt, OpKind kind, LLValue a, LLValue b) {
  LLProgram& p = rt.program();
  LLValue c = rt.EmitRt(RtFunc::rpy_uint_cmp,
                        {Bits(rt, a), p.Bool(IsUInt(rt, a)), Bits(rt, b), p.Bool(IsUInt(rt, b))},
                        rt.types().integer());
  LLOpKind k = kind == OpKind::lt   ? LLOpKind::int_lt
               : kind == OpKind::le ? LLOpKind::int_le
               : kind == OpKind::eq ? LLOpKind::int_eq
               : kind == OpKind::ne ? LLOpKind::int_ne
               : kind == OpKind::gt ? LLOpKind::int_gt
                                    : LLOpKind::int_ge;
  return rt.Emit(k, {c, p.Int(0)}, rt.types().boolean());
}

}  // namespace

LLValue LowerUIntOp(RTyper& rt, const flow::Operation& op) {
  annotator::Annotator& ann = rt.ann();
  if (!UIntOperation(op.kind)) return LLValue();
  bool any = false;
  for (flow::Value v : op.args) any = any || ann.anns().get(ann.annotation(v)).kind == AnnKind::UInt;
  if (!any) return LLValue();
  LLTypeId u = rt.types().uinteger();
  LLValue a = rt.Convert(op.args[0]);
  switch (op.kind) {
    case OpKind::neg:
      return rt.Emit(LLOpKind::int_sub_wrap, {rt.program().UInt(0), a}, u);
    case OpKind::pos:
      return a;
    case OpKind::invert:
      return rt.Emit(LLOpKind::int_invert, {a}, u);
    case OpKind::bool_:
      return rt.Truth(a);
    case OpKind::not_:
      return rt.Emit(LLOpKind::bool_not, {rt.Truth(a)}, rt.types().boolean());
    default:
      break;
  }
  LLValue b = rt.Convert(op.args[1]);
  switch (op.kind) {
    case OpKind::add: case OpKind::inplace_add: case OpKind::add_wrap:
      return rt.Emit(LLOpKind::int_add_wrap, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::sub: case OpKind::inplace_sub: case OpKind::sub_wrap:
      return rt.Emit(LLOpKind::int_sub_wrap, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::mul: case OpKind::inplace_mul: case OpKind::mul_wrap:
      return rt.Emit(LLOpKind::int_mul_wrap, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::and_: case OpKind::inplace_and:
      return rt.Emit(LLOpKind::int_and, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::or_: case OpKind::inplace_or:
      return rt.Emit(LLOpKind::int_or, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::xor_: case OpKind::inplace_xor:
      return rt.Emit(LLOpKind::int_xor, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::floordiv: case OpKind::inplace_floordiv:
      return rt.EmitRt(RtFunc::rpy_uint_floordiv, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::mod: case OpKind::inplace_mod:
      return rt.EmitRt(RtFunc::rpy_uint_mod, {AsUInt(rt, a), AsUInt(rt, b)}, u);
    case OpKind::lshift: case OpKind::inplace_lshift:
      return rt.EmitRt(RtFunc::rpy_uint_lshift, {a, Bits(rt, b), rt.program().Bool(IsUInt(rt, b))},
                       u);
    case OpKind::rshift: case OpKind::inplace_rshift:
      return rt.EmitRt(RtFunc::rpy_uint_rshift, {a, Bits(rt, b), rt.program().Bool(IsUInt(rt, b))},
                       u);
    case OpKind::lt: case OpKind::le: case OpKind::eq: case OpKind::ne: case OpKind::gt:
    case OpKind::ge:
      return Compare(rt, op.kind, a, b);
    default:
      RPYC_UNREACHABLE("r_uint operation the annotator accepted");
  }
}

LLValue LowerUIntBuiltin(RTyper& rt, const flow::Operation& op, BuiltinId id) {
  annotator::Annotator& ann = rt.ann();
  if (op.args.size() != 2) return LLValue();
  AnnKind k = ann.anns().get(ann.annotation(op.args[1])).kind;
  switch (id) {
    case BuiltinId::intmask: {
      LLValue v = rt.Convert(op.args[1]);
      if (k == AnnKind::Float) return rt.EmitRt(RtFunc::rpy_float_to_int, {v}, rt.types().integer());
      return Bits(rt, v);
    }
    case BuiltinId::r_uint:
      return AsUInt(rt, rt.Convert(op.args[1]));
    case BuiltinId::int_:
      if (k != AnnKind::UInt) return LLValue();
      return rt.EmitRt(RtFunc::rpy_uint_to_int, {rt.Convert(op.args[1])}, rt.types().integer());
    case BuiltinId::float_:
      if (k != AnnKind::UInt) return LLValue();
      return rt.EmitRt(RtFunc::rpy_uint_to_float, {rt.Convert(op.args[1])}, rt.types().floating());
    default:
      return LLValue();
  }
}

}  // namespace rpyc::rtyper
