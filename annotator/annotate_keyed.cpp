// Annotation of sorting and min()/max() by key (keyed_sort, keyed_pick;
// see translator/flow/build_hof.cpp): the items must be a list and the
// keys of a type rtlib can order (rt_keyed.cpp).
#include "annotator/annotator.h"

namespace rpyc::annotator {

namespace {

// Keys rtlib compares: int, bool, float, str, and tuples of them.
bool OrderableKey(const AnnStore& anns, AnnId a) {
  const Annotation& k = anns.get(a);
  switch (k.kind) {
    case AnnKind::Impossible:
    case AnnKind::Bool:
    case AnnKind::Int:
    case AnnKind::Float:
      return true;
    case AnnKind::Str:
      return !k.can_be_none;
    case AnnKind::Tuple:
      for (AnnId item : k.items)
        if (!OrderableKey(anns, item)) return false;
      return !k.items.empty();
    default:
      return false;
  }
}

}  // namespace

AnnId Annotator::AnnotateKeyedOp(const flow::Operation& op, const std::vector<AnnId>& args) {
  if (op.kind != flow::OpKind::keyed_sort && op.kind != flow::OpKind::keyed_pick) return AnnId();
  bool sort = op.kind == flow::OpKind::keyed_sort;
  const Annotation& items = anns_.get(args[0]);
  if (items.kind != AnnKind::List) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {std::string(sort ? "sort(key=...)" : "min()/max() with key=") + " of `" +
                      Describe(args[0]) + "` is not supported"}));
    return anns_.impossible();
  }
  ListDefId keys = anns_.get(args[1]).listdef;
  ReadList(items.listdef);
  ReadList(keys);
  AnnId key = anns_.listdef(keys).item;
  if (!OrderableKey(anns_, key)) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"ordering by keys of type `" + Describe(key) +
                      "` is not supported (keys must be int, float, bool, str or tuples of them)"}));
    return anns_.impossible();
  }
  if (sort) {
    AnnKind r = anns_.get(args[2]).kind;
    if (r != AnnKind::Bool && r != AnnKind::Int) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"reverse= must be a bool, not `" + Describe(args[2]) + "`"}));
      return anns_.impossible();
    }
    return anns_.none();
  }
  return anns_.listdef(items.listdef).item;
}

}  // namespace rpyc::annotator
