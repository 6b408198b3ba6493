// VerifyGraph: RPython's checkgraph for flow graphs. A violation is a bug
// in the stage that built or rewrote the graph, reported via RPYC_CHECK.
#pragma once

#include "translator/flow/graph.h"

namespace rpyc::flow {

// Checks the invariants listed at the top of graph.h; aborts on violation.
void VerifyGraph(const FlowStore& store, GraphId g);

}  // namespace rpyc::flow
