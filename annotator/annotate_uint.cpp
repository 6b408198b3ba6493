// Annotation rules for rpython.rlib.rarithmetic.r_uint, the unsigned
// machine word (AnnKind::UInt, lowered to a 64-bit word like int; see
// rtyper/rtype_uint.cpp).
//
// The rules follow support/rpython/rlib/rarithmetic.py's r_uint, which is
// what CPython runs: `+ - * // % & | ^` with an r_uint on either side
// (and an int or bool on the other) give an r_uint, wrapping modulo 2**64;
// `<< >>` and the unary operators on an r_uint give an r_uint;
// comparisons compare the numbers (an r_uint is never negative).
// r_uint(x) of an int keeps its low 64 bits, intmask(u) reads them as a
// signed int, int(u) is the number (OverflowError past 2**63 - 1, as all
// of rpyc's ints), and str/repr/print show the unsigned number. `/`,
// `**`, mixing with floats, hashing and r_uints inside containers are not
// supported.
#include "annotator/annotator.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

bool IntLike(AnnKind k) { return k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::UInt; }

}  // namespace

AnnId AnnotateUIntOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  bool any = false;
  for (AnnId x : args) any = any || a.get(x).kind == AnnKind::UInt;
  if (!any) return AnnId();
  auto kind = [&](size_t i) { return a.get(args[i]).kind; };
  auto unsupported = [&]() {
    std::string what = std::string("`") + flow::OpSymbol(op.kind) + "`";
    std::string on = "`" + ann.Describe(args[0]) + "`";
    if (args.size() > 1) on += " and `" + ann.Describe(args[1]) + "`";
    ann.Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc, {what, on}));
    return a.impossible();
  };
  switch (op.kind) {
    case OpKind::add: case OpKind::sub: case OpKind::mul: case OpKind::floordiv:
    case OpKind::mod: case OpKind::and_: case OpKind::or_: case OpKind::xor_:
    case OpKind::inplace_add: case OpKind::inplace_sub: case OpKind::inplace_mul:
    case OpKind::inplace_floordiv: case OpKind::inplace_mod: case OpKind::inplace_and:
    case OpKind::inplace_or: case OpKind::inplace_xor:
    case OpKind::add_wrap: case OpKind::sub_wrap: case OpKind::mul_wrap:
      return IntLike(kind(0)) && IntLike(kind(1)) ? a.uinteger() : unsupported();
    case OpKind::lshift: case OpKind::rshift:
    case OpKind::inplace_lshift: case OpKind::inplace_rshift:
      // int << r_uint is int's operator in CPython: not supported.
      return kind(0) == AnnKind::UInt && IntLike(kind(1)) ? a.uinteger() : unsupported();
    case OpKind::neg: case OpKind::pos: case OpKind::invert:
      return a.uinteger();
    case OpKind::lt: case OpKind::le: case OpKind::eq: case OpKind::ne: case OpKind::gt:
    case OpKind::ge:
      return IntLike(kind(0)) && IntLike(kind(1)) ? a.boolean() : unsupported();
    case OpKind::bool_: case OpKind::not_:
      return a.boolean();
    case OpKind::truediv: case OpKind::inplace_truediv: case OpKind::pow:
    case OpKind::inplace_pow: case OpKind::getitem: case OpKind::setitem:
    case OpKind::contains: case OpKind::iter:
      return unsupported();
    default:
      return AnnId();
  }
}

AnnId AnnotateUIntBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                          const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  bool one = args.size() == 1 && ann.store().call_shape(op.shape).keywords.empty();
  AnnKind k = args.empty() ? AnnKind::Impossible : a.get(args[0]).kind;
  auto bad = [&](const std::string& msg) {
    ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return a.impossible();
  };
  switch (id) {
    case BuiltinId::intmask:
      if (one && (IntLike(k) || k == AnnKind::Float)) return a.integer();
      return bad("intmask() takes one int, r_uint or float");
    case BuiltinId::r_uint:
      if (one && IntLike(k)) return a.uinteger();
      return bad("r_uint() of `" + (args.empty() ? std::string("nothing") : ann.Describe(args[0])) +
                 "` is not supported (pass an int)");
    case BuiltinId::int_:
      return one && k == AnnKind::UInt ? a.integer(true) : AnnId();
    case BuiltinId::float_:
      return one && k == AnnKind::UInt ? a.floating() : AnnId();
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
