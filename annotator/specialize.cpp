// Automatic specialization of plain Python functions by argument types
// (RPython's specialize:argtype, decided by the annotator instead of a
// decorator).
//
// A function called from different sites with argument types that do not
// merge (show(set_of_ints) and show(set_of_strs), dedupe(list) and
// dedupe(str)) gets one flow graph per signature: a call picks the first
// version whose parameters can take its arguments without a merge error,
// and builds a new version when none can. Arguments that merge still share
// one graph, so ordinary programs keep one graph per function. Only direct
// calls specialize, and methods and __init__ with `*args` where every
// class of the receiver has the same definition (called directly too);
// other methods (dispatched through vtables) and functions called
// through a value (call families, one function pointer per function)
// always use the first version. At most kMaxVersions versions
// are made per function; past that the call merges into the first
// version and reports the mismatch as before.
//
// A `*args` tuple whose items differ in type (log('%s=%d', name, n))
// cannot be iterated with one loop variable: such calls get a version
// built for that many items, where `for x in args` and comprehension
// clauses over args run their body once per item (flow::GraphBuilder::
// UnrollsVararg).
#include <algorithm>

#include "annotator/annotator.h"

namespace rpyc::annotator {

namespace {
constexpr size_t kMaxVersions = 8;
}  // namespace

bool AnnStore::CanMerge(AnnId a, AnnId b) const {
  if (a == b) return true;
  const Annotation& x = get(a);
  const Annotation& y = get(b);
  if (x.kind == AnnKind::Impossible || y.kind == AnnKind::Impossible) return true;
  if (x.kind == AnnKind::Object || y.kind == AnnKind::Object) return false;
  if (x.kind == AnnKind::None || y.kind == AnnKind::None) {
    AnnKind k = x.kind == AnnKind::None ? y.kind : x.kind;
    return k == AnnKind::None || k == AnnKind::Str || k == AnnKind::List ||
           k == AnnKind::Dict || k == AnnKind::Set || k == AnnKind::Instance ||
           k == AnnKind::Tuple;
  }
  if (CallablesMerge(a, b)) return true;
  if (x.kind != y.kind) return false;
  switch (x.kind) {
    case AnnKind::List:
    case AnnKind::Dict:
    case AnnKind::Set: {
      if (x.kind == AnnKind::Set && x.name != y.name) return false;  // set and frozenset
      ListDefId dx = Resolve(x.listdef), dy = Resolve(y.listdef);
      return dx == dy || CanMerge(listdefs_[dx.index].item, listdefs_[dy.index].item);
    }
    case AnnKind::Instance:
      return common_base_query && common_base_query(x.classdef, y.classdef) != 0xffffffffu;
    case AnnKind::Super:
      return x.classdef == y.classdef;
    case AnnKind::Tuple:
    case AnnKind::Iterator:
    case AnnKind::BuiltinMethod:
      if (x.name != y.name || x.items.size() != y.items.size()) return false;
      for (size_t i = 0; i < x.items.size(); ++i)
        if (!CanMerge(x.items[i], y.items[i])) return false;
      return true;
    default:
      return true;  // Bool, Int, Float, Str, PBC
  }
}

flow::GraphId Annotator::Specialize(loader::HostId func, flow::GraphId first,
                                    const std::vector<AnnId>& incoming, SourceLoc site) {
  std::vector<flow::GraphId>& versions = versions_[func.index];
  if (versions.empty()) versions.push_back(first);
  // `*args` items of different types need a version whose loops over
  // them are unrolled (one per item count).
  int32_t unrolled = -1;
  int32_t vararg = store_.graph(first).signature.vararg;
  if (vararg >= 0 && static_cast<size_t>(vararg) < incoming.size()) {
    AnnId t = incoming[static_cast<size_t>(vararg)];
    if (anns_.get(t).kind == AnnKind::Tuple && !TupleLoopItem(t).valid())
      unrolled = static_cast<int32_t>(anns_.get(t).items.size());
  }
  for (flow::GraphId g : versions) {
    auto u = vararg_unrolled_.find(g.index);
    if ((u == vararg_unrolled_.end() ? -1 : u->second) != unrolled) continue;
    const flow::Block& start = store_.block(store_.graph(g).startblock);
    bool fits = true;
    for (size_t i = 0; i < incoming.size() && fits; ++i)
      fits = anns_.CanMerge(binding(start.inputargs[i]), incoming[i]);
    if (fits) return g;
  }
  if (versions.size() >= kMaxVersions) return versions[0];
  flow::GraphId copy = builder_.BuildVersion(func, site, unrolled);
  if (!copy.valid()) {
    failed_ = true;  // the builder reported why
    return first;
  }
  if (unrolled >= 0) {
    vararg_unrolled_[copy.index] = unrolled;
    if (callers_[first.index].empty()) maybe_uncalled_.insert(first.index);
  }
  versions.push_back(copy);
  known_graphs_.insert(copy.index);
  graphs_.push_back(copy);
  Schedule(store_.graph(copy).startblock);
  return copy;
}

// A graph some start argument of which is still Impossible was never
// called: nothing refers to it, so the rtyper need not lower it.
void Annotator::DropUncalledVersions() {
  auto uncalled = [&](flow::GraphId g) {
    if (!maybe_uncalled_.count(g.index) || !callers_[g.index].empty()) return false;
    for (flow::VarId v : store_.block(store_.graph(g).startblock).inputargs)
      if (anns_.get(binding(v)).kind == AnnKind::Impossible) return true;
    return false;
  };
  graphs_.erase(std::remove_if(graphs_.begin(), graphs_.end(), uncalled), graphs_.end());
}

}  // namespace rpyc::annotator
