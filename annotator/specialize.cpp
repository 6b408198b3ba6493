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
// calls specialize: methods (dispatched through vtables) and functions
// called through a value (call families, one function pointer per
// function) always use the first version. At most kMaxVersions versions
// are made per function; past that the call merges into the first
// version and reports the mismatch as before.
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
  for (flow::GraphId g : versions) {
    const flow::Block& start = store_.block(store_.graph(g).startblock);
    bool fits = true;
    for (size_t i = 0; i < incoming.size() && fits; ++i)
      fits = anns_.CanMerge(binding(start.inputargs[i]), incoming[i]);
    if (fits) return g;
  }
  if (versions.size() >= kMaxVersions) return versions[0];
  flow::GraphId copy = builder_.BuildVersion(func, site);
  if (!copy.valid()) {
    failed_ = true;  // the builder reported why
    return first;
  }
  versions.push_back(copy);
  known_graphs_.insert(copy.index);
  graphs_.push_back(copy);
  Schedule(store_.graph(copy).startblock);
  return copy;
}

}  // namespace rpyc::annotator
