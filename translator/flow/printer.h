// Stable text form of flow graphs (`--dump flow`). Variables print as their
// Python name with a per-graph number (n_3) or v<N> for temporaries;
// numbering follows block order, so the output does not depend on store
// ids and is byte-identical across runs.
#pragma once

#include <functional>
#include <string>

#include "translator/flow/graph.h"

namespace rpyc::flow {

// Prints one graph. `annotate`, when given, is called for each variable
// definition and its result appended as ": <text>" (used by the annotation
// dump).
std::string PrintGraph(const FlowStore& store, loader::Host& host, GraphId g,
                       const std::function<std::string(VarId)>& annotate = nullptr);

// A constant as it appears in dumps: repr() of the host object, or the
// qualified name of functions and builtins.
std::string PrintConstant(loader::Host& host, loader::HostId value);

}  // namespace rpyc::flow
