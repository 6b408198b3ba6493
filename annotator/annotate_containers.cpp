// Annotation rules for containers: list displays, items and slices,
// iteration, unpacking, and attribute access that yields built-in methods.
#include "annotator/annotator.h"
#include "annotator/methods.h"
#include "common/check.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {
bool IsIntLike(AnnKind k) { return k == AnnKind::Int || k == AnnKind::Bool; }
}  // namespace

// Returns the result annotation, or an invalid AnnId when the operation is
// not supported on these types (the caller reports it).
AnnId Annotator::AnnotateContainerOp(flow::BlockId b, const flow::Operation& op,
                                     const std::vector<AnnId>& args) {
  auto kind = [&](size_t i) { return anns_.get(args[i]).kind; };
  auto bad = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return anns_.impossible();
  };
  auto list_item = [&](size_t i) {
    ListDefId d = anns_.get(args[i]).listdef;
    ReadList(d);
    return anns_.listdef(d).item;
  };
  auto slice_ok = [&]() {
    for (size_t i = 1; i <= 3; ++i)
      if (!IsIntLike(kind(i)) && kind(i) != AnnKind::None) return false;
    return true;
  };
  switch (op.kind) {
    case OpKind::newlist: {
      AnnId item = anns_.impossible();
      for (AnnId a : args) {
        item = anns_.Union(item, a);
        if (anns_.get(item).kind == AnnKind::Object) {
          bool classes = anns_.get(args[0]).kind == AnnKind::Instance &&
                         anns_.get(a).kind == AnnKind::Instance;
          return bad("list items must have one type; this list mixes `" + Describe(args[0]) +
                     "` and `" + Describe(a) + "`" +
                     (classes ? " (classes without a common base class other than `object`: "
                                "give them one)"
                              : ""));
        }
      }
      // One ListDef per display site: lists built here share it.
      return ListMadeBy(op, item);
    }
    case OpKind::getitem:
      if (kind(0) == AnnKind::List && IsIntLike(kind(1))) return list_item(0);
      if (kind(0) == AnnKind::Tuple && op.args[1].is_const()) {
        loader::HostId c = store_.cst(op.args[1].cst()).value;
        if (host_.Kind(c) != loader::HostKind::Int) return AnnId();
        int64_t i = host_.AsInt(c);
        int64_t n = static_cast<int64_t>(anns_.get(args[0]).items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) return bad("tuple index out of range");
        return anns_.get(args[0]).items[static_cast<size_t>(i)];
      }
      if (kind(0) == AnnKind::Tuple) {
        // A variable index into a tuple whose items all have one type.
        AnnId u = anns_.impossible();
        for (AnnId item : anns_.get(args[0]).items) u = anns_.Union(u, item);
        if (anns_.get(u).kind == AnnKind::Object || !IsIntLike(kind(1)))
          return bad("indexing a tuple of mixed types needs a constant index");
        return u;
      }
      return AnnId();
    case OpKind::setitem:
      if (kind(0) == AnnKind::List && IsIntLike(kind(1))) {
        if (!anns_.GeneralizeItem(anns_.get(args[0]).listdef, args[2]))
          return bad("cannot store a `" + Describe(args[2]) + "` into a `" + Describe(args[0]) + "`");
        return anns_.none();
      }
      return AnnId();
    case OpKind::delitem:
      if (kind(0) == AnnKind::List && IsIntLike(kind(1))) return anns_.none();
      return AnnId();
    case OpKind::getslice:
      if (kind(0) == AnnKind::List && slice_ok()) {
        list_item(0);  // a reader
        return anns_.list(anns_.get(args[0]).listdef);  // items copied raw: same ListDef
      }
      return AnnId();
    case OpKind::setslice:
      if (kind(0) == AnnKind::List && slice_ok() && kind(4) == AnnKind::List) {
        if (!anns_.GeneralizeItem(anns_.get(args[0]).listdef, list_item(4)))
          return bad("cannot store a `" + Describe(args[4]) + "` into a `" + Describe(args[0]) + "`");
        return anns_.none();
      }
      return AnnId();
    case OpKind::delslice:
      if (kind(0) == AnnKind::List && slice_ok()) return anns_.none();
      return AnnId();
    case OpKind::iter:
      if (kind(0) == AnnKind::List) return anns_.iterator(list_item(0), "list");
      if (kind(0) == AnnKind::Iterator) return args[0];
      return AnnId();
    case OpKind::next_valid:
      if (kind(0) == AnnKind::Iterator) return anns_.boolean();
      return AnnId();
    case OpKind::next_item:
      if (kind(0) == AnnKind::Iterator) return anns_.get(args[0]).items[0];
      return AnnId();
    case OpKind::unpack_check: {
      int64_t n = host_.AsInt(store_.cst(op.args[1].cst()).value);
      if (kind(0) == AnnKind::Tuple) {
        size_t have = anns_.get(args[0]).items.size();
        if (have != static_cast<size_t>(n))
          return bad(std::string(have > static_cast<size_t>(n) ? "too many" : "not enough") +
                     " values to unpack (expected " + std::to_string(n) + ", got " +
                     std::to_string(have) + ")");
        return anns_.none();
      }
      if (kind(0) == AnnKind::List) return anns_.none();
      return AnnId();
    }
    case OpKind::getattr: {
      std::string name = host_.AsStr(store_.cst(op.args[1].cst()).value);
      if (kind(0) == AnnKind::None) {
        // Only None has reached `obj` so far (obj = None before a loop
        // that assigns instances): wait for more. Checked after the
        // fixpoint (Annotator::CheckNoneBlocked).
        none_blocked_.push_back(&op);
        return anns_.impossible();
      }
      if (kind(0) == AnnKind::Instance || kind(0) == AnnKind::Super)
        return AnnotateGetAttr(op, args[0], name);
      if (IsClassFamily(args[0])) return AnnotateClassGetAttr(op, args[0], name);
      if (MethodTable::Get().Find(kind(0), name)) return anns_.builtin_method(args[0], name);
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"attribute `" + name + "`", "`" + Describe(args[0]) + "`"}));
      return anns_.impossible();
    }
    default:
      break;
  }
  (void)b;
  return AnnId();
}

AnnId Annotator::AnnotateMethodCall(const flow::Operation& op, AnnId method) {
  const Annotation& m = anns_.get(method);
  AnnId self = m.items[0];
  MethodRule rule = MethodTable::Get().Find(anns_.get(self).kind, m.name);
  RPYC_CHECK(rule, "method annotation without a rule");
  const flow::CallShape& shape = store_.call_shape(op.shape);
  MethodCall call{*this, op, self, {}, shape.keywords, {}};
  for (uint32_t i = 0; i < shape.positional; ++i) {
    AnnId a = annotation(op.args[1 + i]);
    if (a == anns_.impossible()) return a;
    call.args.push_back(a);
  }
  for (size_t k = 0; k < shape.keywords.size(); ++k)
    call.kwargs.push_back(annotation(op.args[1 + shape.positional + k]));
  if (anns_.get(self).kind == AnnKind::List) ReadList(anns_.get(self).listdef);
  return rule(call);
}

}  // namespace rpyc::annotator
