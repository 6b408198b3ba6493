// Lowering of bytes (annotator/annotate_bytes.cpp). A bytes value is an
// rpy_str whose length counts bytes (rtlib/rt_bytes.cpp), so ==, ordering,
// +, *, hashing and the byte-exact methods reuse the str lowering; the
// results of those str functions that build new strings are "rebranded"
// (their length made the byte count again).
#include "rtyper/lower_methods.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using flow::OpKind;

LLValue LowerBytesOp(RTyper& rt, const flow::Operation& op) {
  annotator::Annotator& ann = rt.ann();
  annotator::AnnStore& anns = ann.anns();
  LLProgram& p = rt.program();
  LLTypeId str = rt.types().str(), i64 = rt.types().integer(), boolean = rt.types().boolean(),
           void_t = rt.types().void_();
  auto akind = [&](size_t i) { return anns.get(ann.annotation(op.args[i])).kind; };
  if (op.kind == OpKind::next_valid || op.kind == OpKind::next_item) {
    const annotator::Annotation& a = anns.get(ann.annotation(op.args[0]));
    if (a.kind != AnnKind::Iterator || a.name != "bytes") return LLValue();
    // {bytes, next index}, as the str iterator (rtype_str.cpp).
    LLValue it = rt.Convert(op.args[0]);
    LLValue b = rt.Emit(LLOpKind::getfield, {it}, str, 0);
    LLValue i = rt.Emit(LLOpKind::getfield, {it}, i64, 1);
    if (op.kind == OpKind::next_item)
      return rt.EmitRt(RtFunc::rpy_bytes_getitem, {b, rt.Emit(LLOpKind::int_sub, {i, p.Int(1)}, i64)},
                       i64);
    LLValue ok = rt.Emit(LLOpKind::int_lt, {i, rt.EmitRt(RtFunc::rpy_str_len, {b}, i64)}, boolean);
    rt.Emit(LLOpKind::setfield, {it, rt.Emit(LLOpKind::int_add, {i, p.Int(1)}, i64)}, void_t, 1);
    return ok;
  }
  if (op.args.empty() || akind(0) != AnnKind::Bytes) return LLValue();
  switch (op.kind) {
    case OpKind::getitem:
      return rt.EmitRt(RtFunc::rpy_bytes_getitem,
                       {rt.Convert(op.args[0]), rt.ToInt(rt.Convert(op.args[1]))}, i64);
    case OpKind::getslice:
      return rt.EmitRt(RtFunc::rpy_bytes_slice, StrSliceArgs(rt, op), str);
    case OpKind::contains: {
      LLValue b = rt.Convert(op.args[0]), x = rt.Convert(op.args[1]);
      if (akind(1) == AnnKind::Bytes) return rt.EmitRt(RtFunc::rpy_str_contains, {b, x}, boolean);
      return rt.EmitRt(RtFunc::rpy_bytes_contains_int, {b, rt.ToInt(x)}, boolean);
    }
    case OpKind::iter: {
      LLValue it = rt.Emit(LLOpKind::malloc_tuple, {}, rt.TypeOf(ann.binding(op.result)));
      rt.Emit(LLOpKind::setfield, {it, rt.Convert(op.args[0])}, void_t, 0);
      rt.Emit(LLOpKind::setfield, {it, p.Int(0)}, void_t, 1);
      return it;
    }
    case OpKind::format_value:  // f'{b}': b'...' (the annotator allows only an empty spec)
      return rt.EmitRt(RtFunc::rpy_bytes_repr, {rt.Convert(op.args[0])}, str);
    default:
      return LLValue();  // ==, <, +, *: the str lowering
  }
}

LLValue LowerBytesBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id) {
  annotator::Annotator& ann = rt.ann();
  LLTypeId str = rt.types().str();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  if (id == annotator::BuiltinId::bytes_) {
    if (shape.positional == 0) return rt.EmitRt(RtFunc::rpy_bytes_rebrand, {rt.program().Str("")}, str);
    LLValue x = rt.Convert(op.args[1]);
    if (ann.anns().get(ann.annotation(op.args[1])).kind == AnnKind::Bytes) return x;
    if (rt.types().kind(rt.types().get(rt.program().TypeOf(x)).fields[0]) == LLKind::Void)
      return rt.EmitRt(RtFunc::rpy_bytes_rebrand, {rt.program().Str("")}, str);  // always empty
    return rt.EmitRt(RtFunc::rpy_bytes_from_list, {x}, str);
  }
  if (shape.positional != 1 || ann.anns().get(ann.annotation(op.args[1])).kind != AnnKind::Bytes)
    return LLValue();
  if (id == annotator::BuiltinId::list)
    return rt.EmitRt(RtFunc::rpy_bytes_to_list, {rt.Convert(op.args[1])},
                     rt.TypeOf(ann.binding(op.result)));
  return LLValue();  // len, hash: the str lowering
}

namespace {

// The bytes method `name` as the str method of that name, its result made
// bytes again.
LLValue ViaStr(MethodLowering& c) {
  annotator::Annotator& ann = c.rt.ann();
  const std::string& name = ann.anns().get(ann.annotation(c.op.args[0])).name;
  LowerFn f = LowerTable::Get().Find(AnnKind::Str, name);
  LLValue r = f(c);
  AnnKind rk = ann.anns().get(ann.binding(c.op.result)).kind;
  if (rk == AnnKind::Bytes) return c.rt.EmitRt(RtFunc::rpy_bytes_rebrand, {r}, c.types().str());
  if (rk == AnnKind::List) c.rt.EmitRt(RtFunc::rpy_bytes_rebrand_list, {r}, c.types().void_());
  return r;
}

LLValue Strip(MethodLowering& c) {
  if (!c.args.empty()) return ViaStr(c);
  // Without arguments: ASCII whitespace only (str's is Unicode's).
  const std::string& name = c.rt.ann().anns().get(c.rt.ann().annotation(c.op.args[0])).name;
  return c.rt.EmitRt(RtFunc::rpy_bytes_strip_ws,
                     {c.self, c.p().Bool(name != "rstrip"), c.p().Bool(name != "lstrip")},
                     c.types().str());
}

template <bool kUpper>
LLValue Case(MethodLowering& c) {
  return c.rt.EmitRt(RtFunc::rpy_bytes_case, {c.self, c.p().Bool(kUpper)}, c.types().str());
}

LLValue Encode(MethodLowering& c) {
  return c.rt.EmitRt(RtFunc::rpy_str_encode_utf8, {c.self}, c.types().str());
}
LLValue Decode(MethodLowering& c) {
  return c.rt.EmitRt(RtFunc::rpy_bytes_decode_utf8, {c.self}, c.types().str());
}
LLValue Hex(MethodLowering& c) {
  return c.rt.EmitRt(RtFunc::rpy_bytes_hex, {c.self}, c.types().str());
}

}  // namespace

void AddBytesLowerings(LowerTable& t) {
  t.Add(AnnKind::Str, "encode", Encode);
  t.Add(AnnKind::Bytes, "decode", Decode);
  for (const char* m : {"startswith", "endswith", "find", "count", "split", "join", "replace"})
    t.Add(AnnKind::Bytes, m, ViaStr);
  for (const char* m : {"strip", "lstrip", "rstrip"}) t.Add(AnnKind::Bytes, m, Strip);
  t.Add(AnnKind::Bytes, "upper", Case<true>);
  t.Add(AnnKind::Bytes, "lower", Case<false>);
  t.Add(AnnKind::Bytes, "hex", Hex);
}

}  // namespace rpyc::rtyper
