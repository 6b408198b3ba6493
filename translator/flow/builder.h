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
#include <unordered_map>

#include "common/diagnostics.h"
#include "translator/flow/graph.h"
#include "translator/flow/graph_builder.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

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
  // annotator/specialize.cpp); invalid after diagnostics.
  GraphId BuildVersion(loader::HostId func, SourceLoc use_site);

  // For a nested function made while building a graph: its free
  // variables and which are cells (nullptr for other functions).
  const NestedInfo* nested(loader::HostId func) const {
    auto it = nested_.find(func.index);
    return it == nested_.end() ? nullptr : &it->second;
  }

 private:
  FlowStore& store_;
  loader::Host& host_;
  DiagnosticEngine& diags_;
  std::unordered_map<uint32_t, GraphId> graphs_;  // keyed by HostId index
  std::unordered_map<uint32_t, bool> failed_;
  std::map<uint32_t, NestedInfo> nested_;  // by HostId index
};

}  // namespace rpyc::flow
