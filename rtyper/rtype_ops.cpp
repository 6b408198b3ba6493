// Lowering of arithmetic, comparisons, truth, items, tuples and the
// range-loop operations.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using flow::OpKind;

namespace {

bool IsIntLike(LLKind k) { return k == LLKind::Int || k == LLKind::Bool; }

}  // namespace

void RTyper::LowerOp(const flow::Operation& op) {
  LLValue r;
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  EmitNoneChecks(*this, op);
  if (const annotator::SpecialCall* sc = ann_.special_call(op.result, 0)) {
    // A special method of a user class (annotate_special.cpp).
    r = EmitSpecial(op, 0);
    if (op.kind == OpKind::not_ || (op.kind == OpKind::ne && sc->name == "__eq__"))
      r = Emit(LLOpKind::bool_not, {Truth(r)}, types().boolean());
    else if (op.kind == OpKind::bool_ || op.kind == OpKind::contains)
      r = Truth(r);
  }
  else if ((op.kind == OpKind::eq || op.kind == OpKind::ne) &&
           ann_.anns().get(ann_.annotation(op.args[0])).kind == annotator::AnnKind::Instance &&
           ann_.anns().get(ann_.annotation(op.args[1])).kind == annotator::AnnKind::Instance) {
    // Instances without __eq__: identity.
    flow::Operation same = op;
    same.kind = OpKind::is_;
    r = LowerCompare(same);
    if (op.kind == OpKind::ne) r = Emit(LLOpKind::bool_not, {r}, types().boolean());
  }
  if (!r.valid() && !failed_)
  for (auto hook : {LowerUIntOp, LowerBytesOp, LowerValueOp, LowerStrOp, LowerDictOp, LowerJsOp}) {
    r = hook(*this, op);
    if (r.valid() || failed_) break;
  }
  if (!r.valid() && !failed_) switch (op.kind) {
    case OpKind::add: case OpKind::sub: case OpKind::mul: case OpKind::truediv:
    case OpKind::floordiv: case OpKind::mod: case OpKind::pow: case OpKind::lshift:
    case OpKind::rshift: case OpKind::and_: case OpKind::or_: case OpKind::xor_:
    case OpKind::inplace_add: case OpKind::inplace_sub: case OpKind::inplace_mul:
    case OpKind::inplace_truediv: case OpKind::inplace_floordiv: case OpKind::inplace_mod:
    case OpKind::inplace_pow: case OpKind::inplace_lshift: case OpKind::inplace_rshift:
    case OpKind::inplace_and: case OpKind::inplace_or: case OpKind::inplace_xor:
    case OpKind::neg: case OpKind::pos: case OpKind::invert:
      r = LowerArith(op);
      break;
    case OpKind::lt: case OpKind::le: case OpKind::eq: case OpKind::ne: case OpKind::gt:
    case OpKind::ge: case OpKind::is_:
      r = LowerCompare(op);
      break;
    case OpKind::bool_:
      r = Truth(Convert(op.args[0]));
      break;
    case OpKind::not_:
      r = Emit(LLOpKind::bool_not, {Truth(Convert(op.args[0]))}, types().boolean());
      break;
    case OpKind::call:
      r = LowerCall(op);
      break;
    case OpKind::getitem: case OpKind::setitem: case OpKind::delitem: case OpKind::getslice:
    case OpKind::setslice: case OpKind::delslice: case OpKind::newlist: case OpKind::iter:
    case OpKind::next_valid: case OpKind::next_item: case OpKind::unpack_check:
    case OpKind::getattr: case OpKind::contains:
      r = LowerContainerOp(op);
      break;
    case OpKind::newtuple: {
      r = Emit(LLOpKind::malloc_tuple, {}, rtype);
      const LLType& tt = types().get(rtype);
      for (size_t i = 0; i < op.args.size(); ++i)
        Emit(LLOpKind::setfield, {r, ConvertTo(op.args[i], tt.fields[i])}, types().void_(),
             static_cast<uint32_t>(i));
      break;
    }
    case OpKind::range_check: {
      LLValue zero = Emit(LLOpKind::int_eq, {ToInt(Convert(op.args[0])), p_.Int(0)},
                          types().boolean());
      EmitRaiseIf(zero, BuiltinExc::ValueError, "range() arg 3 must not be zero");
      r = p_.Void();
      break;
    }
    case OpKind::range_cond:
      r = Emit(LLOpKind::int_range_cond,
               {ToInt(Convert(op.args[0])), ToInt(Convert(op.args[1])),
                ToInt(Convert(op.args[2]))},
               types().boolean());
      break;
    case OpKind::range_advance:
      r = Emit(LLOpKind::int_add_sat, {ToInt(Convert(op.args[0])), ToInt(Convert(op.args[1]))},
               types().integer());
      break;
    case OpKind::same_as:
    case OpKind::nonnull:  // nullable and not-None values share a representation
      r = Convert(op.args[0]);
      break;
    case OpKind::yield_:
    case OpKind::await_:
      RPYC_UNREACHABLE("a suspension survives the resumable transform");
    case OpKind::add_wrap: case OpKind::sub_wrap: case OpKind::mul_wrap: {
      LLOpKind k = op.kind == OpKind::add_wrap   ? LLOpKind::int_add_wrap
                   : op.kind == OpKind::sub_wrap ? LLOpKind::int_sub_wrap
                                                 : LLOpKind::int_mul_wrap;
      r = Emit(k, {ToInt(Convert(op.args[0])), ToInt(Convert(op.args[1]))}, types().integer());
      break;
    }
    case OpKind::exc_match: {
      // isinstance against each class of the clause.
      std::vector<loader::HostId> classes;
      ann_.ExceptClasses(op.args[1], &classes);
      LLValue exc = Convert(op.args[0]);
      for (loader::HostId k : classes) {
        uint32_t cls = LLClassOf(ann_.GetClassDef(k));
        LLValue m = Emit(LLOpKind::isinstance, {exc}, types().boolean(), cls);
        r = r.valid() ? Emit(LLOpKind::int_or, {r, m}, types().boolean()) : m;
      }
      break;
    }
    case OpKind::exc_cast:
      r = Convert(op.args[0]);
      break;
    case OpKind::check_bound: {
      LLValue unbound = Emit(LLOpKind::bool_not, {Convert(op.args[0])}, types().boolean());
      std::string name = ann_.host().AsStr(ann_.store().cst(op.args[1].cst()).value);
      EmitRaiseIf(unbound, BuiltinExc::UnboundLocalError,
                  "cannot access local variable '" + name + "' where it is not associated with a value");
      r = p_.Void();
      break;
    }
    case OpKind::setattr:
      r = ann_.IsClassFamily(ann_.annotation(op.args[0])) ? LowerClassAttr(op)
                                                          : LowerInstanceAttr(op);
      break;
    case OpKind::cell_new: case OpKind::cell_get: case OpKind::cell_set:
    case OpKind::make_closure: case OpKind::closure_var:
      r = LowerClosureOp(op);
      break;
    case OpKind::keyed_sort: case OpKind::keyed_pick: case OpKind::lazy_list:
      r = LowerKeyedOp(op);
      break;
    case OpKind::global_get: case OpKind::global_set:
      r = LowerGlobalOp(op);
      break;
    case OpKind::matmul: case OpKind::format_value: case OpKind::acc_begin: case OpKind::acc_end:
    case OpKind::newdict: case OpKind::newset: case OpKind::newset_const:
    case OpKind::newset_folded:
    case OpKind::list_append: case OpKind::set_add:
      RPYC_UNREACHABLE(std::string("operation rejected by the annotator: ") + flow::OpName(op.kind));
  }
  if (failed_) return;
  // Bind the flow result to the lowered value (a same_as when the lowering
  // produced a constant or another variable, so every flow variable has
  // its own LL variable).
  if (r.is_var() && p_.var(r.var()).type == rtype && p_.var(r.var()).name.empty()) {
    p_.var(r.var()).name = ann_.store().var(op.result).name;
    vars_[op.result.index] = r.var();
    return;
  }
  LLValue copy = Emit(LLOpKind::same_as, {r.valid() ? r : p_.Void()}, rtype);
  if (types().kind(rtype) == LLKind::Void) {
    p_.block(cur_block_).ops.back().args = {p_.Void()};
  }
  p_.var(copy.var()).name = ann_.store().var(op.result).name;
  vars_[op.result.index] = copy.var();
}

LLValue RTyper::LowerArith(const flow::Operation& op) {
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  LLKind rk = types().kind(rtype);
  LLValue a = Convert(op.args[0]);
  if (op.args.size() == 1) {
    LLKind k = types().kind(p_.TypeOf(a));
    switch (op.kind) {
      case OpKind::pos:
        return k == LLKind::Bool ? ToInt(a) : a;
      case OpKind::neg:
        if (k == LLKind::Float) return Emit(LLOpKind::float_neg, {a}, rtype);
        return Emit(LLOpKind::int_neg_ovf, {ToInt(a)}, rtype);
      case OpKind::invert:
        return Emit(LLOpKind::int_invert, {ToInt(a)}, rtype);
      default:
        RPYC_UNREACHABLE("unary op");
    }
  }
  if (op.kind == OpKind::mod || op.kind == OpKind::inplace_mod) {
    if (rk == LLKind::Str) return LowerFormat(op);
  }
  LLValue b = Convert(op.args[1]);
  LLKind ka = types().kind(p_.TypeOf(a)), kb = types().kind(p_.TypeOf(b));
  OpKind kind = op.kind;
  // In-place operators behave as the binary ones on immutable values.
  switch (kind) {
    case OpKind::inplace_add: kind = OpKind::add; break;
    case OpKind::inplace_sub: kind = OpKind::sub; break;
    case OpKind::inplace_mul: kind = OpKind::mul; break;
    case OpKind::inplace_truediv: kind = OpKind::truediv; break;
    case OpKind::inplace_floordiv: kind = OpKind::floordiv; break;
    case OpKind::inplace_mod: kind = OpKind::mod; break;
    case OpKind::inplace_pow: kind = OpKind::pow; break;
    case OpKind::inplace_lshift: kind = OpKind::lshift; break;
    case OpKind::inplace_rshift: kind = OpKind::rshift; break;
    case OpKind::inplace_and: kind = OpKind::and_; break;
    case OpKind::inplace_or: kind = OpKind::or_; break;
    case OpKind::inplace_xor: kind = OpKind::xor_; break;
    default: break;
  }
  if (rk == LLKind::Str) return EmitRt(RtFunc::rpy_str_concat, {a, b}, rtype);
  if (rk == LLKind::List) {
    if (kind == OpKind::mul && ka != LLKind::List) std::swap(a, b);  // int * list
    LLTypeId lt = p_.TypeOf(a);
    LLValue size = ItemSize(lt), ptrs = HasPointers(lt);
    bool inplace = op.kind == OpKind::inplace_add || op.kind == OpKind::inplace_mul;
    if (kind == OpKind::add) {
      if (!inplace) return EmitRt(RtFunc::rpy_list_concat, {a, b, size, ptrs}, rtype);
      EmitRt(RtFunc::rpy_list_extend, {a, b, size, ptrs}, types().void_());
      return a;
    }
    LLValue r = EmitRt(RtFunc::rpy_list_repeat, {a, ToInt(b), size, ptrs}, rtype);
    if (!inplace) return r;
    LLValue f = p_.Bool(false);
    EmitRt(RtFunc::rpy_list_setslice,
           {a, p_.Int(0), p_.Int(0), p_.Int(1), f, f, f, r, size, ptrs}, types().void_());
    return a;
  }
  if (rk == LLKind::Bool) {  // bool & | ^ bool
    LLOpKind k = kind == OpKind::and_ ? LLOpKind::int_and
                 : kind == OpKind::or_ ? LLOpKind::int_or
                                       : LLOpKind::int_xor;
    return Emit(k, {a, b}, rtype);
  }
  if (rk == LLKind::Float) {
    LLValue fa = ToFloat(a), fb = ToFloat(b);
    switch (kind) {
      case OpKind::add: return Emit(LLOpKind::float_add, {fa, fb}, rtype);
      case OpKind::sub: return Emit(LLOpKind::float_sub, {fa, fb}, rtype);
      case OpKind::mul: return Emit(LLOpKind::float_mul, {fa, fb}, rtype);
      case OpKind::truediv:
        if (IsIntLike(ka) && IsIntLike(kb))
          return EmitRt(RtFunc::rpy_int_truediv, {ToInt(a), ToInt(b)}, rtype);
        return EmitRt(RtFunc::rpy_float_div, {fa, fb}, rtype);
      case OpKind::floordiv: return EmitRt(RtFunc::rpy_float_floordiv, {fa, fb}, rtype);
      case OpKind::mod: return EmitRt(RtFunc::rpy_float_mod, {fa, fb}, rtype);
      case OpKind::pow: return EmitRt(RtFunc::rpy_float_pow, {fa, fb}, rtype);
      default: RPYC_UNREACHABLE("float op");
    }
  }
  RPYC_CHECK(rk == LLKind::Int, "integer operation expected");
  LLValue ia = ToInt(a), ib = ToInt(b);
  switch (kind) {
    case OpKind::add: return Emit(LLOpKind::int_add_ovf, {ia, ib}, rtype);
    case OpKind::sub: return Emit(LLOpKind::int_sub_ovf, {ia, ib}, rtype);
    case OpKind::mul: return Emit(LLOpKind::int_mul_ovf, {ia, ib}, rtype);
    case OpKind::floordiv: return EmitRt(RtFunc::rpy_int_floordiv, {ia, ib}, rtype);
    case OpKind::mod: return EmitRt(RtFunc::rpy_int_mod, {ia, ib}, rtype);
    case OpKind::pow: return EmitRt(RtFunc::rpy_int_pow, {ia, ib}, rtype);
    case OpKind::lshift: return EmitRt(RtFunc::rpy_int_lshift, {ia, ib}, rtype);
    case OpKind::rshift: return EmitRt(RtFunc::rpy_int_rshift, {ia, ib}, rtype);
    case OpKind::and_: return Emit(LLOpKind::int_and, {ia, ib}, rtype);
    case OpKind::or_: return Emit(LLOpKind::int_or, {ia, ib}, rtype);
    case OpKind::xor_: return Emit(LLOpKind::int_xor, {ia, ib}, rtype);
    default: RPYC_UNREACHABLE("int op");
  }
}

LLValue RTyper::LowerCompare(const flow::Operation& op) {
  LLTypeId boolean = types().boolean();
  if ((op.kind == OpKind::is_ || op.kind == OpKind::eq || op.kind == OpKind::ne) &&
      ann_.IsClassFamily(ann_.annotation(op.args[0])) &&
      ann_.IsClassFamily(ann_.annotation(op.args[1]))) {
    // Class values compare by identity: their vtables.
    LLValue eq = Emit(LLOpKind::ptr_eq, {ClassValue(op.args[0]), ClassValue(op.args[1])}, boolean);
    return op.kind == OpKind::ne ? Emit(LLOpKind::bool_not, {eq}, boolean) : eq;
  }
  LLValue a = Convert(op.args[0]);
  LLValue b = Convert(op.args[1]);
  LLKind ka = types().kind(p_.TypeOf(a)), kb = types().kind(p_.TypeOf(b));
  if (op.kind == OpKind::is_) {
    if (ka == LLKind::Void && kb == LLKind::Void) return p_.Bool(true);
    if (ka == LLKind::Void || kb == LLKind::Void) {
      LLValue ptr = ka == LLKind::Void ? b : a;
      if (!types().IsGcPointer(p_.TypeOf(ptr))) return p_.Bool(false);
      return Emit(LLOpKind::ptr_is_null, {ptr}, boolean);
    }
    if (types().IsGcPointer(p_.TypeOf(a))) return Emit(LLOpKind::ptr_eq, {a, b}, boolean);
    if (IsIntLike(ka) && IsIntLike(kb)) return Emit(LLOpKind::int_eq, {ToInt(a), ToInt(b)}, boolean);
    return p_.Bool(false);
  }
  bool negate = op.kind == OpKind::ne;
  if (ka == LLKind::Str || kb == LLKind::Str) {
    if (op.kind == OpKind::eq || op.kind == OpKind::ne) {
      LLValue eq;
      if (ka == LLKind::Void || kb == LLKind::Void)
        eq = Emit(LLOpKind::ptr_is_null, {ka == LLKind::Void ? b : a}, boolean);
      else
        eq = EmitRt(RtFunc::rpy_str_eq, {a, b}, boolean);
      return negate ? Emit(LLOpKind::bool_not, {eq}, boolean) : eq;
    }
    LLValue c = EmitRt(RtFunc::rpy_str_cmp, {a, b}, types().integer());
    LLOpKind k = op.kind == OpKind::lt   ? LLOpKind::int_lt
                 : op.kind == OpKind::le ? LLOpKind::int_le
                 : op.kind == OpKind::gt ? LLOpKind::int_gt
                                         : LLOpKind::int_ge;
    return Emit(k, {c, p_.Int(0)}, boolean);
  }
  if (ka == LLKind::Void && kb == LLKind::Void)
    return p_.Bool(op.kind == OpKind::eq);
  bool floats = ka == LLKind::Float || kb == LLKind::Float;
  if (floats) {
    a = ToFloat(a);
    b = ToFloat(b);
  } else {
    a = ToInt(a);
    b = ToInt(b);
  }
  LLOpKind k;
  switch (op.kind) {
    case OpKind::lt: k = floats ? LLOpKind::float_lt : LLOpKind::int_lt; break;
    case OpKind::le: k = floats ? LLOpKind::float_le : LLOpKind::int_le; break;
    case OpKind::gt: k = floats ? LLOpKind::float_gt : LLOpKind::int_gt; break;
    case OpKind::ge: k = floats ? LLOpKind::float_ge : LLOpKind::int_ge; break;
    case OpKind::eq: k = floats ? LLOpKind::float_eq : LLOpKind::int_eq; break;
    case OpKind::ne: k = floats ? LLOpKind::float_ne : LLOpKind::int_ne; break;
    default: RPYC_UNREACHABLE("comparison");
  }
  return Emit(k, {a, b}, boolean);
}

}  // namespace rpyc::rtyper
