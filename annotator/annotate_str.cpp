// Annotation rules for str operations and str built-ins (the string
// family hook; see annotator.h). Methods are in methods_str.cpp.
#include "annotator/annotator.h"
#include "annotator/methods.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

}  // namespace

AnnId AnnotateStrOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  AnnStore& anns = ann.anns();
  auto kind = [&](size_t i) { return anns.get(args[i]).kind; };
  auto str = [&](size_t i) { return kind(i) == AnnKind::Str && !anns.get(args[i]).can_be_none; };
  switch (op.kind) {
    case OpKind::getitem:
      if (kind(0) != AnnKind::Str) return AnnId();
      if (!IsIntLike(kind(1)))
        return Refuse(ann, op, "string indices must be integers, not `" + ann.Describe(args[1]) + "`");
      return anns.str();
    case OpKind::getslice:
      if (kind(0) != AnnKind::Str) return AnnId();
      for (size_t i = 1; i <= 3; ++i)
        if (!IsIntLike(kind(i)) && kind(i) != AnnKind::None)
          return Refuse(ann, op, "slice indices must be integers or None, not `" +
                                     ann.Describe(args[i]) + "`");
      return anns.str();
    case OpKind::contains:
      if (kind(0) != AnnKind::Str) return AnnId();
      if (!str(1))
        return Refuse(ann, op, "'in <string>' requires string as left operand, not `" +
                                   ann.Describe(args[1]) + "`");
      return anns.boolean();
    case OpKind::mul:
    case OpKind::inplace_mul:
      // A str that may be None: the rtyper tests it (rtype_nullcheck.cpp).
      if (kind(0) == AnnKind::Str && IsIntLike(kind(1))) return anns.str();
      if (IsIntLike(kind(0)) && kind(1) == AnnKind::Str) return anns.str();
      return AnnId();
    case OpKind::iter:
      if (kind(0) != AnnKind::Str) return AnnId();
      return anns.iterator(anns.str(), "str");
    case OpKind::getattr:
      // A str that may be None: the rtyper tests it (rtype_nullcheck.cpp).
      return AnnId();  // the generic rule looks the method up
    case OpKind::format_value: {
      if (!str(1))
        return Refuse(ann, op, "a format spec must be a str, not `" + ann.Describe(args[1]) + "`");
      bool spec_empty = false;
      if (op.args[1].is_const())
        spec_empty = ann.host().AsStr(ann.store().cst(op.args[1].cst()).value).empty();
      std::string e = StrFormattable(ann, args[0], spec_empty);
      if (!e.empty()) return Refuse(ann, op, e);
      return anns.str();
    }
    default:
      return AnnId();
  }
}

AnnId AnnotateStrBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                         const std::vector<AnnId>& args) {
  AnnStore& anns = ann.anns();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  auto one_arg = [&](const char* name) {
    if (!shape.keywords.empty()) {
      Refuse(ann, op, std::string(name) + "() takes no keyword arguments");
      return false;
    }
    if (args.size() != 1) {
      Refuse(ann, op, std::string(name) + "() takes exactly one argument (" +
                          std::to_string(args.size()) + " given)");
      return false;
    }
    return true;
  };
  switch (id) {
    case BuiltinId::ord: {
      if (!one_arg("ord")) return anns.impossible();
      const Annotation& a = anns.get(args[0]);
      if (a.kind != AnnKind::Str || a.can_be_none)
        return Refuse(ann, op, "ord() expected string of length 1, but `" + ann.Describe(args[0]) +
                                   "` found");
      return anns.integer(true);
    }
    case BuiltinId::chr:
    case BuiltinId::hex:
    case BuiltinId::oct:
    case BuiltinId::bin: {
      const char* name = id == BuiltinId::chr   ? "chr"
                         : id == BuiltinId::hex ? "hex"
                         : id == BuiltinId::oct ? "oct"
                                                : "bin";
      if (!one_arg(name)) return anns.impossible();
      if (!IsIntLike(anns.get(args[0]).kind))
        return Refuse(ann, op, std::string(name) + "() of `" + ann.Describe(args[0]) +
                                   "` is not supported (an int is required)");
      return anns.str();
    }
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
