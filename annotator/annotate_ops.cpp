// Annotation rules for non-call operations: arithmetic, comparisons,
// truth, items, tuples and the range-loop operations. Each rule maps the
// argument annotations to the result annotation, or reports the
// operation as unsupported for those types.
#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

}  // namespace

// A binary arithmetic operator (not %, whose right operand may be None
// as a value to format) with an operand that is only None.
bool Annotator::IsArithmeticOnNone(const flow::Operation& op, const std::vector<AnnId>& args) const {
  switch (op.kind) {
    case OpKind::add: case OpKind::inplace_add: case OpKind::sub: case OpKind::inplace_sub:
    case OpKind::mul: case OpKind::inplace_mul: case OpKind::truediv:
    case OpKind::inplace_truediv: case OpKind::floordiv: case OpKind::inplace_floordiv:
    case OpKind::pow: case OpKind::inplace_pow: case OpKind::lshift: case OpKind::inplace_lshift:
    case OpKind::rshift: case OpKind::inplace_rshift: case OpKind::and_: case OpKind::inplace_and:
    case OpKind::or_: case OpKind::inplace_or: case OpKind::xor_: case OpKind::inplace_xor:
    case OpKind::matmul:
      return args.size() == 2 && (anns_.get(args[0]).kind == AnnKind::None ||
                                  anns_.get(args[1]).kind == AnnKind::None);
    default:
      return false;
  }
}

AnnId Annotator::AnnotateOp(flow::BlockId b, const flow::Operation& op) {
  if (op.kind == OpKind::call) return AnnotateCall(b, op);
  // Storing a value that has no type (yet) into an instance: a generator
  // frame saving a local that is unbound on this path (or whose type is
  // still being inferred). Nothing is stored, the block goes on; the
  // field widens when a typed value arrives.
  if (op.kind == OpKind::setattr && annotation(op.args[2]) == anns_.impossible() &&
      anns_.get(annotation(op.args[0])).kind == AnnKind::Instance)
    return anns_.none();
  std::vector<AnnId> args;
  for (flow::Value v : op.args) {
    AnnId a = annotation(v);
    // An argument not known yet (the result of a recursive call still
    // being inferred): the result is not known yet either.
    if (a == anns_.impossible()) return anns_.impossible();
    args.push_back(a);
  }
  // An operand that is only None so far (still being inferred) where
  // CPython raises TypeError for None: wait, as for attributes
  // (CheckReads reports it if it stays None).
  switch (op.kind) {
    case OpKind::iter: case OpKind::getitem: case OpKind::setitem: case OpKind::delitem:
    case OpKind::getslice: case OpKind::setslice: case OpKind::delslice: case OpKind::contains:
    case OpKind::neg: case OpKind::pos: case OpKind::invert:
      if (!args.empty() && anns_.get(args[0]).kind == AnnKind::None) {
        none_blocked_.push_back(&op);
        return anns_.impossible();
      }
      break;
    default:
      if (IsArithmeticOnNone(op, args)) {
        none_blocked_.push_back(&op);
        return anns_.impossible();
      }
      break;
  }
  // Special methods of user classes (annotate_special.cpp).
  {
    AnnId r = AnnotateSpecialOp(b, op, args);
    if (r.valid() || failed_) return failed_ ? anns_.impossible() : r;
  }
  for (auto rule : {&Annotator::AnnotateClosureOp, &Annotator::AnnotateKeyedOp,
                    &Annotator::AnnotateGlobalOp}) {
    AnnId r = (this->*rule)(op, args);
    if (r.valid() || failed_) return failed_ ? anns_.impossible() : r;
  }
  // Family hooks first (strings, dicts and sets).
  for (auto hook : {AnnotateUIntOp, AnnotateBytesOp, AnnotateValueOp, AnnotateStrOp, AnnotateDictOp,
                    AnnotateJsOp}) {
    AnnId r = hook(*this, op, args);
    if (r.valid() || failed_) return failed_ ? anns_.impossible() : r;
  }
  auto kind = [&](size_t i) { return anns_.get(args[i]).kind; };
  auto unsupported = [&]() {
    std::string what = std::string("`") + flow::OpSymbol(op.kind) + "`";
    std::string on = "`" + Describe(args[0]) + "`";
    if (args.size() > 1) on += " and `" + Describe(args[1]) + "`";
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc, {what, on}));
    return anns_.impossible();
  };

  switch (op.kind) {
    case OpKind::add:
    case OpKind::inplace_add:
      // A str that may be None raises TypeError (rtyper/rtype_nullcheck.cpp).
      if (kind(0) == AnnKind::Str && kind(1) == AnnKind::Str) return anns_.str();
      if (kind(0) == AnnKind::List && kind(1) == AnnKind::List) {
        ListDefId l = anns_.get(args[0]).listdef, r = anns_.get(args[1]).listdef;
        ReadList(l);
        ReadList(r);
        if (op.kind == OpKind::inplace_add) {  // list += list extends in place
          if (!anns_.GeneralizeItem(l, anns_.listdef(r).item)) return unsupported();
          return args[0];
        }
        // The result's items are copied raw from both operands: all three
        // lists share one ListDef (and so one representation).
        AnnId u = anns_.Union(args[0], args[1]);
        if (anns_.get(u).kind == AnnKind::Object) return unsupported();
        return anns_.list(anns_.get(u).listdef);
      }
      [[fallthrough]];
    case OpKind::sub:
    case OpKind::mul:
    case OpKind::inplace_sub:
    case OpKind::inplace_mul:
      if ((op.kind == OpKind::mul || op.kind == OpKind::inplace_mul) && kind(0) == AnnKind::List &&
          IsIntLike(kind(1))) {
        ReadList(anns_.get(args[0]).listdef);
        // Items are copied raw: the result shares the operand's ListDef.
        return anns_.list(anns_.get(args[0]).listdef);
      }
      if (op.kind == OpKind::mul && IsIntLike(kind(0)) && kind(1) == AnnKind::List) {
        ReadList(anns_.get(args[1]).listdef);  // int * list: as list * int
        return anns_.list(anns_.get(args[1]).listdef);
      }
      [[fallthrough]];
    case OpKind::floordiv:
    case OpKind::inplace_floordiv:
      if (IsIntLike(kind(0)) && IsIntLike(kind(1))) {
        bool nonneg = (op.kind == OpKind::add || op.kind == OpKind::inplace_add ||
                       op.kind == OpKind::mul || op.kind == OpKind::inplace_mul ||
                       op.kind == OpKind::floordiv || op.kind == OpKind::inplace_floordiv) &&
                      (kind(0) == AnnKind::Bool || anns_.get(args[0]).nonneg) &&
                      (kind(1) == AnnKind::Bool || anns_.get(args[1]).nonneg);
        return anns_.integer(nonneg);
      }
      if (anns_.IsNumeric(args[0]) && anns_.IsNumeric(args[1])) return anns_.floating();
      return unsupported();
    case OpKind::mod:
    case OpKind::inplace_mod:
      if (kind(0) == AnnKind::Str) {
        if (!op.args[0].is_const()) {
          // Parsed at run time (rtyper/rtype_format.cpp): the values must
          // carry their type there, so only simple ones are taken.
          const Annotation& r = anns_.get(args[1]);
          std::vector<AnnId> values = r.kind == AnnKind::Tuple ? r.items : std::vector<AnnId>{args[1]};
          for (AnnId v : values) {
            AnnKind k = anns_.get(v).kind;
            if (k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float ||
                k == AnnKind::Str || k == AnnKind::None)
              continue;
            Error(Diagnostic(DiagKind::BadFormat, op.loc,
                             {"a `%` format that is not a constant takes int, float, bool, str and "
                              "None values; found `" + Describe(v) + "`"}));
            return anns_.impossible();
          }
          return anns_.str();
        }
        if (std::string e = LazyShownError(*this, args[1]); !e.empty()) {
          Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {e}));
          return anns_.impossible();
        }
        return anns_.str();
      }
      if (IsIntLike(kind(0)) && IsIntLike(kind(1))) {
        bool nonneg = anns_.get(args[1]).nonneg || kind(1) == AnnKind::Bool;
        return anns_.integer(nonneg);
      }
      if (anns_.IsNumeric(args[0]) && anns_.IsNumeric(args[1])) return anns_.floating();
      return unsupported();
    case OpKind::truediv:
    case OpKind::inplace_truediv:
      if (anns_.IsNumeric(args[0]) && anns_.IsNumeric(args[1])) return anns_.floating();
      return unsupported();
    case OpKind::pow:
    case OpKind::inplace_pow:
      if (IsIntLike(kind(0)) && IsIntLike(kind(1))) {
        // int ** negative-constant is a float in Python; any other int
        // exponent stays int (a negative one raises at run time).
        flow::Value e = op.args[1];
        if (e.is_const() && host_.Kind(store_.cst(e.cst()).value) == loader::HostKind::Int &&
            host_.AsInt(store_.cst(e.cst()).value) < 0)
          return anns_.floating();
        return anns_.integer();
      }
      if (anns_.IsNumeric(args[0]) && anns_.IsNumeric(args[1])) return anns_.floating();
      return unsupported();
    case OpKind::lshift:
    case OpKind::rshift:
    case OpKind::inplace_lshift:
    case OpKind::inplace_rshift:
      if (IsIntLike(kind(0)) && IsIntLike(kind(1)))
        return anns_.integer(op.kind == OpKind::rshift && anns_.get(args[0]).nonneg);
      return unsupported();
    case OpKind::and_:
    case OpKind::or_:
    case OpKind::xor_:
    case OpKind::inplace_and:
    case OpKind::inplace_or:
    case OpKind::inplace_xor:
      if (kind(0) == AnnKind::Bool && kind(1) == AnnKind::Bool) return anns_.boolean();
      if (IsIntLike(kind(0)) && IsIntLike(kind(1))) {
        bool n0 = kind(0) == AnnKind::Bool || anns_.get(args[0]).nonneg;
        bool n1 = kind(1) == AnnKind::Bool || anns_.get(args[1]).nonneg;
        bool is_and = op.kind == OpKind::and_ || op.kind == OpKind::inplace_and;
        return anns_.integer(is_and ? (n0 || n1) : (n0 && n1));
      }
      return unsupported();
    case OpKind::matmul:
      return unsupported();
    case OpKind::add_wrap:
    case OpKind::sub_wrap:
    case OpKind::mul_wrap:
      if (IsIntLike(kind(0)) && IsIntLike(kind(1))) return anns_.integer();
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {std::string("`") + flow::OpSymbol(op.kind) + "` inside `intmask()`",
                        "`" + Describe(args[0]) + "` and `" + Describe(args[1]) +
                            "` (intmask wraps int arithmetic only)"}));
      return anns_.impossible();
    case OpKind::neg:
    case OpKind::pos:
    case OpKind::invert:
      if (IsIntLike(kind(0)))
        return anns_.integer(op.kind == OpKind::pos && anns_.get(args[0]).nonneg);
      if (kind(0) == AnnKind::Float && op.kind != OpKind::invert) return anns_.floating();
      return unsupported();
    case OpKind::bool_:
    case OpKind::not_:
      return anns_.boolean();
    case OpKind::lt:
    case OpKind::le:
    case OpKind::gt:
    case OpKind::ge:
      if (anns_.IsNumeric(args[0]) && anns_.IsNumeric(args[1])) return anns_.boolean();
      if (kind(0) == AnnKind::Str && kind(1) == AnnKind::Str) return anns_.boolean();
      return unsupported();
    case OpKind::eq:
    case OpKind::ne: {
      if (anns_.IsNumeric(args[0]) && anns_.IsNumeric(args[1])) return anns_.boolean();
      AnnKind k0 = kind(0), k1 = kind(1);
      auto nullable_str = [&](size_t i) {
        return kind(i) == AnnKind::Str || kind(i) == AnnKind::None;
      };
      if (k0 == AnnKind::Str || k1 == AnnKind::Str) {
        if (nullable_str(0) && nullable_str(1)) return anns_.boolean();
        return unsupported();
      }
      if (k0 == AnnKind::None && k1 == AnnKind::None) return anns_.boolean();
      if (IsClassFamily(args[0]) && IsClassFamily(args[1])) return CompareClasses(args);
      return unsupported();
    }
    case OpKind::is_:
      if (IsClassFamily(args[0]) && IsClassFamily(args[1])) return CompareClasses(args);
      return anns_.boolean();
    case OpKind::contains:
      if (kind(0) == AnnKind::List) {
        ReadList(anns_.get(args[0]).listdef);
        AnnId item = anns_.listdef(anns_.get(args[0]).listdef).item;
        AnnId u = anns_.Union(item, args[1]);
        if (anns_.get(u).kind == AnnKind::Object) return unsupported();
        return anns_.boolean();
      }
      return unsupported();
    case OpKind::getitem:
    case OpKind::setitem:
    case OpKind::delitem:
    case OpKind::getslice:
    case OpKind::setslice:
    case OpKind::delslice:
    case OpKind::newlist:
    case OpKind::iter:
    case OpKind::next_valid:
    case OpKind::next_item:
    case OpKind::unpack_check:
    case OpKind::getattr: {
      AnnId r = AnnotateContainerOp(b, op, args);
      if (r == AnnId() && !failed_) return unsupported();
      return failed_ ? anns_.impossible() : r;
    }
    case OpKind::newtuple:
      return anns_.tuple(args);
    case OpKind::range_check:
      if (!IsIntLike(kind(0))) return unsupported();
      return anns_.none();
    case OpKind::range_cond:
      for (size_t i = 0; i < 3; ++i)
        if (!IsIntLike(kind(i))) {
          Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                           {"range() arguments must be `int`, got `" + Describe(args[i]) + "`"}));
          return anns_.impossible();
        }
      return anns_.boolean();
    case OpKind::range_advance:
      return anns_.integer();
    case OpKind::same_as:
      return args[0];
    case OpKind::nonnull: {
      // Only reached where `x is None` was false.
      Annotation a = anns_.get(args[0]);
      if (a.kind == AnnKind::None) return anns_.impossible();
      a.can_be_none = false;
      return anns_.Intern(a);
    }
    case OpKind::yield_:
    case OpKind::await_:
      RPYC_UNREACHABLE("a suspension survives the resumable transform");
    case OpKind::check_bound:
      return anns_.none();
    case OpKind::exc_match:
    case OpKind::exc_cast: {
      // The classes of an except clause: a class or a tuple of classes.
      std::vector<loader::HostId> classes;
      bool ok = ExceptClasses(op.args[1], &classes);
      uint32_t common = kNoClass;
      for (loader::HostId k : classes) {
        ok = ok && host_.IsClass(k) && (BuiltinExceptionIndex(k) >= 0 ||
                                        host_.Kind(k) == loader::HostKind::Class);
        if (!ok) break;
        uint32_t d = GetClassDef(k);
        ok = classdefs_[d].is_exception;
        common = common == kNoClass ? d : CommonBase(common, d);
      }
      if (!ok || classes.empty()) {
        Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                         {"`except` needs exception classes known at translation time"}));
        return anns_.impossible();
      }
      if (op.kind == OpKind::exc_match) return anns_.boolean();
      return anns_.instance(common);
    }
    case OpKind::setattr:
      if (kind(0) == AnnKind::None) {
        none_blocked_.push_back(&op);
        return anns_.impossible();
      }
      if (IsClassFamily(args[0]))
        return AnnotateClassSetAttr(op, args[0], host_.AsStr(store_.cst(op.args[1].cst()).value),
                                    args[2]);
      return AnnotateSetAttr(op, args[0], host_.AsStr(store_.cst(op.args[1].cst()).value), args[2],
                             op.args[2].is_var() ? op.args[2].var() : flow::VarId());
    case OpKind::format_value:
    case OpKind::acc_begin:  // annotate_values.cpp
    case OpKind::acc_end:
    case OpKind::newdict:  // annotate_dict.cpp
    case OpKind::newset:
    case OpKind::newset_const:
    case OpKind::newset_folded:
    case OpKind::list_append:
    case OpKind::set_add:
      return unsupported();
    case OpKind::call:
      break;
    case OpKind::cell_new:  // annotate_closures.cpp
    case OpKind::cell_get:
    case OpKind::cell_set:
    case OpKind::make_closure:
    case OpKind::closure_var:
    case OpKind::keyed_sort:  // annotate_keyed.cpp
    case OpKind::keyed_pick:
    case OpKind::lazy_list:
    case OpKind::global_get:  // annotate_globals.cpp
    case OpKind::global_set:
      break;
  }
  RPYC_UNREACHABLE("operation kind");
}

}  // namespace rpyc::annotator
