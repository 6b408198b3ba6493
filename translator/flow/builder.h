// The flow graph builder: abstract interpretation of a Python function's
// AST into a FunctionGraph.
//
// The builder walks the function body statement by statement, keeping a
// frame state: the Value bound to each local name. Assignments rebind
// names to fresh Variables (SSA); control flow creates blocks and links
// that pass every live local as a block argument. Names that are not local
// are resolved at translation time: globals, closure cells and builtins
// become Constants holding the live object, as in RPython. Operations on
// constants are folded by evaluating them in CPython, and constant
// conditions prune their dead branch (`if not we_are_translated():`).
//
// `for x in range(...)` becomes a counting loop (range_check, range_cond,
// range_advance), so no iterator object exists at run time.
//
// Constructs outside the supported subset produce an UnsupportedSyntax
// diagnostic naming the construct, at its location.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "common/diagnostics.h"
#include "translator/flow/graph.h"
#include "translator/flow/graph_builder.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

// The classes made per creation site for deque, Counter and defaultdict
// (build_stdlib.cpp): each site gets its own class, typed for its own
// items. When the annotator finds the values of two sites meeting (one
// variable holds either), it asks for the two sites to share a class
// (Merge) and the driver builds and annotates everything again. Lives
// across those rounds.
class SiteClasses {
 public:
  struct Site {
    std::string factory;  // the pycollections factory, e.g. "_make_deque"
    SourceLoc loc;        // the first site that made the class
    std::vector<loader::HostId> args;  // the factory's arguments
  };
  // The class already made for the group of `loc`, if any.
  loader::HostId Find(const std::string& factory, SourceLoc loc) const;
  void Add(loader::HostId cls, Site site);
  // The site that made `cls`, or nullptr for other classes.
  const Site* SiteOf(loader::HostId cls) const;
  // Puts the sites a and b in one group; false when they already were.
  bool Merge(SourceLoc a, SourceLoc b);

 private:
  using Key = std::tuple<uint32_t, uint32_t, uint32_t>;  // file, line, col
  static Key KeyOf(SourceLoc loc) { return {loc.file.index, loc.line, loc.col}; }
  Key Representative(Key k) const;
  std::map<Key, Key> parent_;  // union-find over sites
  std::map<std::pair<std::string, Key>, loader::HostId> made_;  // by factory, representative
  std::map<uint32_t, Site> sites_;  // by class HostId index
};

class FlowBuilder {
 public:
  FlowBuilder(FlowStore& store, loader::Host& host, DiagnosticEngine& diags)
      : store_(store), host_(host), diags_(diags) {}

  // Returns the graph of the Python function `func`, building it on first
  // request. Returns an invalid id after emitting diagnostics when the
  // function cannot be translated; `use_site` locates the reference that
  // required it.
  GraphId GetGraph(loader::HostId func, SourceLoc use_site);
  // Builds another graph of `func` (a specialized version, see
  // annotator/specialize.cpp); invalid after diagnostics. With
  // vararg_items >= 0, the version is for a `*args` tuple of that many
  // items, and loops over `*args` run their body once per item.
  GraphId BuildVersion(loader::HostId func, SourceLoc use_site, int32_t vararg_items = -1);

  // For a nested function made while building a graph: its free
  // variables and which are cells (nullptr for other functions).
  const NestedInfo* nested(loader::HostId func) const {
    auto it = nested_.find(func.index);
    return it == nested_.end() ? nullptr : &it->second;
  }

  // The per-site classes (optional; without them every site makes its own).
  void set_site_classes(SiteClasses* s) { site_classes_ = s; }
  SiteClasses* site_classes() const { return site_classes_; }

 private:
  FlowStore& store_;
  loader::Host& host_;
  DiagnosticEngine& diags_;
  std::unordered_map<uint32_t, GraphId> graphs_;  // keyed by HostId index
  std::unordered_map<uint32_t, bool> failed_;
  std::map<uint32_t, NestedInfo> nested_;  // by HostId index
  SiteClasses* site_classes_ = nullptr;
};

}  // namespace rpyc::flow
