// rtype_nullcheck.cpp: run-time None checks.
//
// A value whose annotation may be None (`can_be_none` on a str, bytes,
// list, tuple, dict, set or instance) shares the representation of the
// value that is not None: a GC pointer that is null when the value is
// None. An operation that would dereference such a pointer first tests it
// and raises the exception CPython raises for None, with its message:
//
//     len(x)          TypeError: object of type 'NoneType' has no len()
//     x[i], x[a:b]    TypeError: 'NoneType' object is not subscriptable
//     x[i] = v        TypeError: 'NoneType' object does not support item assignment
//     for v in x      TypeError: 'NoneType' object is not iterable
//     v in x          TypeError: argument of type 'NoneType' is not iterable
//     x.a, x.m()      AttributeError: 'NoneType' object has no attribute 'a'
//     x + y           TypeError: unsupported operand type(s) for +: ... (any
//                     binary operator but %, whose left operand is a format)
//     -x, +x, ~x      TypeError: bad operand type for unary -: 'NoneType'
//     fmt % v         (fmt None) the same, for %
//
// These tests also cover the special methods of an instance that may be
// None (`len(node)` calling Node.__len__): CPython raises the same
// TypeError before looking for the method.
//
// Only the annotation decides: a value proven not None (narrowed by
// `if x is not None`, or never None) gets no test, so the fast path of
// ordinary code is unchanged. EmitNoneChecks runs before an operation is
// lowered (RTyper::LowerOp); the lowering itself then assumes non-null.
#include <string>

#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::BuiltinId;
using flow::OpKind;

namespace {

const annotator::Annotation& AnnOf(RTyper& rt, flow::Value v) {
  return rt.ann().anns().get(rt.ann().annotation(v));
}

// True when `v` may be None at run time and is then a null pointer.
bool MayBeNull(RTyper& rt, flow::Value v) {
  const annotator::Annotation& a = AnnOf(rt, v);
  if (!a.can_be_none) return false;
  switch (a.kind) {
    case AnnKind::Str: case AnnKind::Bytes: case AnnKind::Tuple: case AnnKind::List:
    case AnnKind::Dict: case AnnKind::Set: case AnnKind::Instance:
      return true;
    default:
      return false;
  }
}

LLValue IsNull(RTyper& rt, flow::Value v) {
  return rt.Emit(LLOpKind::ptr_is_null, {rt.Convert(v)}, rt.types().boolean());
}

// Raises `exc(msg)` when `v` is None; nothing when it cannot be.
void CheckNotNone(RTyper& rt, flow::Value v, BuiltinExc exc, const std::string& msg) {
  if (!MayBeNull(rt, v)) return;
  rt.EmitRaiseIf(IsNull(rt, v), exc, msg);
}

// CPython's type name of a value of annotation `a` (when not None).
std::string TypeName(RTyper& rt, const annotator::Annotation& a) {
  switch (a.kind) {
    case AnnKind::None: return "NoneType";
    case AnnKind::Bool: return "bool";
    case AnnKind::Int: return "int";
    case AnnKind::Float: return "float";
    case AnnKind::Str: return "str";
    case AnnKind::Bytes: return "bytes";
    case AnnKind::Tuple: return "tuple";
    case AnnKind::List: return "list";
    case AnnKind::Dict: return "dict";
    case AnnKind::Set: return "set";
    case AnnKind::Instance: return rt.ann().classdef(a.classdef).name;
    default: return "";
  }
}

// `x + y`, `x += y` where either side may be None: CPython's messages
// name both operand types; a None right operand of str/list/tuple
// concatenation gets the "can only concatenate" wording.
void CheckArithOperands(RTyper& rt, const flow::Operation& op, const std::string& symbol) {
  bool left = MayBeNull(rt, op.args[0]), right = MayBeNull(rt, op.args[1]);
  if (!left && !right) return;
  const annotator::Annotation& la = AnnOf(rt, op.args[0]);
  const annotator::Annotation& ra = AnnOf(rt, op.args[1]);
  std::string lname = TypeName(rt, la), rname = TypeName(rt, ra);
  if (lname.empty() || rname.empty()) return;
  std::string unsupported = "unsupported operand type(s) for " + symbol + ": ";
  LLTypeId boolean = rt.types().boolean();
  if (left) {
    LLValue lnull = IsNull(rt, op.args[0]);
    if (right) {
      LLValue both = rt.Emit(LLOpKind::int_and, {lnull, IsNull(rt, op.args[1])}, boolean);
      rt.EmitRaiseIf(both, BuiltinExc::TypeError, unsupported + "'NoneType' and 'NoneType'");
    }
    rt.EmitRaiseIf(lnull, BuiltinExc::TypeError, unsupported + "'NoneType' and '" + rname + "'");
  }
  if (!right) return;
  std::string msg;
  bool concat = op.kind == OpKind::add || op.kind == OpKind::inplace_add;
  if (concat && la.kind == AnnKind::List && op.kind == OpKind::inplace_add)
    msg = "'NoneType' object is not iterable";  // list.__iadd__ takes any iterable
  else if (concat && (la.kind == AnnKind::Str || la.kind == AnnKind::List ||
                      la.kind == AnnKind::Tuple))
    msg = "can only concatenate " + lname + " (not \"NoneType\") to " + lname;
  else
    msg = unsupported + "'" + lname + "' and 'NoneType'";
  rt.EmitRaiseIf(IsNull(rt, op.args[1]), BuiltinExc::TypeError, msg);
}

// Built-in functions whose first argument is iterated (or measured).
void CheckBuiltinCall(RTyper& rt, const flow::Operation& op, BuiltinId id) {
  const flow::CallShape& shape = rt.ann().store().call_shape(op.shape);
  size_t positional = shape.positional;
  if (positional == 0) return;
  const std::string not_iterable = "'NoneType' object is not iterable";
  switch (id) {
    case BuiltinId::len:
      CheckNotNone(rt, op.args[1], BuiltinExc::TypeError,
                   "object of type 'NoneType' has no len()");
      return;
    case BuiltinId::reversed:
      CheckNotNone(rt, op.args[1], BuiltinExc::TypeError, "'NoneType' object is not reversible");
      return;
    case BuiltinId::min: case BuiltinId::max:
      if (positional == 1) CheckNotNone(rt, op.args[1], BuiltinExc::TypeError, not_iterable);
      return;
    case BuiltinId::zip:
      for (size_t i = 1; i <= positional; ++i)
        CheckNotNone(rt, op.args[i], BuiltinExc::TypeError, not_iterable);
      return;
    case BuiltinId::list: case BuiltinId::tuple: case BuiltinId::set:
    case BuiltinId::frozenset: case BuiltinId::dict: case BuiltinId::sorted:
    case BuiltinId::sum: case BuiltinId::any: case BuiltinId::all:
    case BuiltinId::enumerate: case BuiltinId::iter_:
      CheckNotNone(rt, op.args[1], BuiltinExc::TypeError, not_iterable);
      return;
    default:
      return;
  }
}

}  // namespace

void EmitNoneChecks(RTyper& rt, const flow::Operation& op) {
  switch (op.kind) {
    case OpKind::getitem: case OpKind::getslice:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError, "'NoneType' object is not subscriptable");
      return;
    case OpKind::setitem: case OpKind::setslice:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError,
                   "'NoneType' object does not support item assignment");
      return;
    case OpKind::delitem: case OpKind::delslice:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError,
                   "'NoneType' object does not support item deletion");
      return;
    case OpKind::iter:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError, "'NoneType' object is not iterable");
      return;
    case OpKind::unpack_check:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError,
                   "cannot unpack non-iterable NoneType object");
      return;
    case OpKind::contains:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError,
                   "argument of type 'NoneType' is not iterable");
      return;
    case OpKind::getattr: case OpKind::setattr: {
      if (!MayBeNull(rt, op.args[0]) || !op.args[1].is_const()) return;
      std::string name = rt.ann().host().AsStr(rt.ann().store().cst(op.args[1].cst()).value);
      CheckNotNone(rt, op.args[0], BuiltinExc::AttributeError,
                   "'NoneType' object has no attribute '" + name + "'");
      return;
    }
    case OpKind::add: case OpKind::inplace_add: case OpKind::mul: case OpKind::inplace_mul:
    case OpKind::sub: case OpKind::inplace_sub: case OpKind::truediv:
    case OpKind::inplace_truediv: case OpKind::floordiv: case OpKind::inplace_floordiv:
    case OpKind::pow: case OpKind::inplace_pow: case OpKind::lshift: case OpKind::inplace_lshift:
    case OpKind::rshift: case OpKind::inplace_rshift: case OpKind::and_: case OpKind::inplace_and:
    case OpKind::or_: case OpKind::inplace_or: case OpKind::xor_: case OpKind::inplace_xor:
    case OpKind::matmul:
      CheckArithOperands(rt, op, flow::OpSymbol(op.kind));
      return;
    case OpKind::neg: case OpKind::pos: case OpKind::invert:
      CheckNotNone(rt, op.args[0], BuiltinExc::TypeError,
                   std::string("bad operand type for unary ") + flow::OpSymbol(op.kind) +
                       ": 'NoneType'");
      return;
    case OpKind::mod:
    case OpKind::inplace_mod:
      // A format that may be None; None as a value is formatted as 'None'.
      if (AnnOf(rt, op.args[0]).kind == AnnKind::Str && MayBeNull(rt, op.args[0])) {
        std::string rname = TypeName(rt, AnnOf(rt, op.args[1]));
        if (!rname.empty())
          CheckNotNone(rt, op.args[0], BuiltinExc::TypeError,
                       std::string("unsupported operand type(s) for ") +
                           (op.kind == OpKind::mod ? "%" : "%=") + ": 'NoneType' and '" + rname + "'");
      }
      return;
    case OpKind::call: {
      const annotator::CallTarget* t = rt.ann().call_target(op.result);
      if (t && t->kind == annotator::CallTarget::Kind::Builtin) CheckBuiltinCall(rt, op, t->builtin);
      return;
    }
    default:
      return;
  }
}

}  // namespace rpyc::rtyper
