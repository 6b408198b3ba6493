// Annotation rules for containers: list displays, items and slices,
// iteration, unpacking, and attribute access that yields built-in methods.
#include <algorithm>

#include "annotator/annotator.h"
#include "annotator/methods.h"
#include "common/check.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

// True when values annotated `x` and `y` have one low-level
// representation (they differ at most by flags such as nonneg).
bool SameRepr(const AnnStore& anns, AnnId x, AnnId y);

// True when a value annotated `item` has the low-level representation of
// `u` (their union) or one the rtyper converts in place: None into a
// nullable, a single known function or class into a family.
bool SameRepr(const AnnStore& anns, AnnId x, AnnId y) {
  if (x == y) return true;
  const Annotation& a = anns.get(x);
  const Annotation& b = anns.get(y);
  if (a.kind != b.kind || a.kind == AnnKind::PBC || a.kind == AnnKind::Iterator ||
      a.kind == AnnKind::BuiltinMethod)
    return false;
  if (a.kind != AnnKind::Tuple) return true;  // differ by flags only (nonneg, can_be_none)
  if (a.items.size() != b.items.size()) return false;
  for (size_t i = 0; i < a.items.size(); ++i)
    if (!SameRepr(anns, a.items[i], b.items[i])) return false;
  return true;
}

bool FitsUnionRepr(const AnnStore& anns, AnnId item, AnnId u) {
  const Annotation& a = anns.get(item);
  if (a.kind == AnnKind::None || a.kind == AnnKind::Impossible) return true;
  if (a.kind == AnnKind::PBC && anns.get(u).kind == AnnKind::PBC) return a.descs.size() == 1 || item == u;
  return SameRepr(anns, item, u);
}
}  // namespace

AnnId Annotator::TupleLoopItem(AnnId tuple) {
  AnnId u = anns_.impossible();
  const std::vector<AnnId>& items = anns_.get(tuple).items;
  for (AnnId item : items) u = anns_.Union(u, item);
  bool fits = anns_.get(u).kind != AnnKind::Object;
  for (AnnId item : items) fits = fits && FitsUnionRepr(anns_, item, u);
  return fits ? u : AnnId();
}

bool Annotator::ConstantSliceIndices(const flow::Operation& op, size_t n,
                                     std::vector<size_t>* out) {
  // Bounds are op.args[1..3]: each a constant int or None.
  std::vector<loader::HostId> parts;
  for (size_t i = 1; i <= 3; ++i) {
    if (!op.args[i].is_const()) return false;
    loader::HostId c = store_.cst(op.args[i].cst()).value;
    loader::HostKind k = host_.Kind(c);
    if (k != loader::HostKind::None && k != loader::HostKind::Int) return false;
    parts.push_back(c);
  }
  // CPython's own slice.indices() gives the normalized bounds.
  loader::HostResult slice = host_.Call(host_.Builtin("slice"), parts);
  if (!slice.ok()) return false;
  loader::HostResult indices = host_.GetAttr(slice.value, "indices");
  if (!indices.ok()) return false;
  loader::HostResult r = host_.Call(indices.value, {host_.FromInt(static_cast<int64_t>(n))});
  if (!r.ok()) return false;
  std::vector<loader::HostId> bounds = host_.TupleItems(r.value);
  int64_t start = host_.AsInt(bounds[0]), stop = host_.AsInt(bounds[1]),
          step = host_.AsInt(bounds[2]);
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step)
    out->push_back(static_cast<size_t>(i));
  return true;
}

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
      if (kind(0) == AnnKind::None) {
        none_blocked_.push_back(&op);  // see unpack_check
        return anns_.impossible();
      }
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
      if (kind(0) == AnnKind::Tuple) {
        // Constant bounds only: the result's length is part of its type.
        std::vector<size_t> picked;
        if (!ConstantSliceIndices(op, anns_.get(args[0]).items.size(), &picked))
          return bad("slicing a tuple needs constant bounds (the length of a tuple is part of "
                     "its type)");
        std::vector<AnnId> items;
        for (size_t i : picked) items.push_back(anns_.get(args[0]).items[i]);
        return anns_.tuple(items);
      }
      if (kind(0) == AnnKind::List && slice_ok()) {
        list_item(0);  // a reader
        return anns_.list(anns_.get(args[0]).listdef);  // items copied raw: same ListDef
      }
      return AnnId();
    case OpKind::setslice:
      if (kind(0) == AnnKind::List && slice_ok() && kind(4) == AnnKind::List) {
        list_item(4);  // a reader
        // Items are copied raw from the value: both lists share one ListDef.
        if (anns_.get(anns_.Union(args[0], args[4])).kind == AnnKind::Object)
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
      if (kind(0) == AnnKind::Tuple) {
        // A tuple whose items all have one type iterates like a list: the
        // rtyper copies its items into one (rtype_containers.cpp).
        AnnId u = TupleLoopItem(args[0]);
        if (!u.valid())
          return bad("cannot iterate over `" + Describe(args[0]) +
                     "`: its items have different types (a loop variable has one type; "
                     "use a list of one type, or unpack the tuple; a loop directly over the "
                     "`*args` of a function called by name may mix types)");
        return anns_.iterator(u, "list");
      }
      return AnnId();
    case OpKind::next_valid:
      if (kind(0) == AnnKind::Iterator) return anns_.boolean();
      return AnnId();
    case OpKind::next_item:
      if (kind(0) == AnnKind::Iterator) return anns_.get(args[0]).items[0];
      return AnnId();
    case OpKind::unpack_check: {
      if (kind(0) == AnnKind::None) {
        // Only None so far (a nullable tuple still being inferred): wait,
        // as for attributes below.
        none_blocked_.push_back(&op);
        return anns_.impossible();
      }
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
      // A frozenset has only the methods that do not mutate.
      bool mutates = anns_.IsFrozenSet(args[0]) &&
                     (name == "add" || name == "discard" || name == "remove" || name == "pop" ||
                      name == "clear" || name == "update");
      if (mutates) {
        Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                         {"'frozenset' object has no attribute '" + name +
                          "' (a frozenset never changes; build a set, or a new frozenset with "
                          "| & - ^)"}));
        return anns_.impossible();
      }
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
