// Annotation of the operations of built-ins that take functions (see
// translator/flow/build_hof.cpp): sorting and min()/max() by precomputed
// keys (keyed_sort, keyed_pick) and the lists map() and filter() build
// (lazy_list).
//
// Keys are ordered as the value family orders values (annotate_values.cpp):
// numbers and strings directly, tuples and lists lexicographically,
// instances with their __lt__, so `key=` accepts whatever sorted() of the
// keys themselves would.
#include "annotator/annotator.h"

namespace rpyc::annotator {

namespace {

// Keys rtlib orders by itself (rt_keyed.cpp); the rest go through the
// value family's `<`.
bool ScalarKey(const AnnStore& anns, AnnId a) {
  const Annotation& k = anns.get(a);
  switch (k.kind) {
    case AnnKind::Impossible:
    case AnnKind::Bool:
    case AnnKind::Int:
    case AnnKind::Float:
      return true;
    case AnnKind::Str:
      return !k.can_be_none;
    default:
      return false;
  }
}

// Finds a map()/filter() list in `a` (nested containers included).
std::string FindLazy(Annotator& ann, AnnId a, int depth) {
  AnnStore& anns = ann.anns();
  const Annotation v = anns.get(a);
  if (depth > 16) return "";
  switch (v.kind) {
    case AnnKind::Tuple:
      for (AnnId item : v.items)
        if (std::string k = FindLazy(ann, item, depth + 1); !k.empty()) return k;
      return "";
    case AnnKind::List:
      if (!v.name.empty()) return v.name;
      return FindLazy(ann, anns.listdef(v.listdef).item, depth + 1);
    case AnnKind::Dict:
      if (std::string k = FindLazy(ann, anns.DictKey(v.listdef), depth + 1); !k.empty()) return k;
      return FindLazy(ann, anns.DictValue(v.listdef), depth + 1);
    case AnnKind::Set:
      return FindLazy(ann, anns.DictKey(v.listdef), depth + 1);
    default:
      return "";
  }
}

}  // namespace

std::string LazyShownError(Annotator& ann, AnnId a) {
  std::string kind = FindLazy(ann, a, 0);
  if (kind.empty()) return "";
  return "showing the result of " + kind + "() is not supported: CPython shows `<" + kind +
         " object at 0x...>` (an iterator), rpyc's " + kind +
         "() builds a list; convert it with list(...) first";
}

AnnId Annotator::AnnotateKeyedOp(const flow::Operation& op, const std::vector<AnnId>& args) {
  if (op.kind == flow::OpKind::lazy_list) {
    if (anns_.get(args[0]).kind != AnnKind::List) return args[0];
    Annotation lazy = anns_.get(args[0]);
    lazy.name = host_.AsStr(store_.cst(op.args[1].cst()).value);
    return anns_.Intern(lazy);
  }
  if (op.kind != flow::OpKind::keyed_sort && op.kind != flow::OpKind::keyed_pick) return AnnId();
  bool sort = op.kind == flow::OpKind::keyed_sort;
  // (A copy: the checks below may intern annotations.)
  const Annotation items = anns_.get(args[0]);
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
  AnnKind k = anns_.get(key).kind;
  if (!ScalarKey(anns_, key)) {
    if (k != AnnKind::Tuple && k != AnnKind::List && k != AnnKind::Instance) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"ordering by keys of type `" + Describe(key) + "` is not supported"}));
      return anns_.impossible();
    }
    if (!ValuesOrderable(*this, op, key)) return anns_.impossible();
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
