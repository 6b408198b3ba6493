// Liveness of flow graph variables. The builder passes every bound local
// to every join (block arguments carry the whole frame state), so many
// block inputs are dead: a loop variable reassigned before its next read,
// a temporary name reused later with another type. RemoveDeadInputs drops
// them right after the builder, so a name rebound to a value of another
// type merges nothing (as in Python); the resumable transform uses the
// same analysis to find what a suspended frame must keep.
#pragma once

#include <set>
#include <vector>

#include "translator/flow/graph.h"

namespace rpyc::flow {

// True when `a` is the exception a link out of a raising block catches
// (its last_exc_value, defined by the link itself).
bool IsCaught(const Link& link, Value a);

// Which block input arguments of graph g are live: read by their block,
// or passed on to a live input of a successor (a backward fixpoint over
// the graph). Inputs of the return and except blocks are always live.
std::set<uint32_t> LiveInputs(const FlowStore& store, GraphId g);

// The variables a block's operations from index `from` on, its exit
// switch and its exit links use without defining them (the live set at
// that point), in first-use order. With `live_inputs`, a link argument
// counts only when its target's input is live (or the target is the
// return or except block).
std::vector<VarId> LiveVariablesAt(const FlowStore& store, BlockId b, size_t from,
                                   const std::set<uint32_t>* live_inputs = nullptr);

// Removes the dead input arguments of every block of g other than the
// start block (whose inputs are the parameters) and the return and except
// blocks, with the matching arguments (and arg_locs) of the links into
// them. Operations are kept, results used or not.
void RemoveDeadInputs(FlowStore& store, GraphId g);

}  // namespace rpyc::flow
