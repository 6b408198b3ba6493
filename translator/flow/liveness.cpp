// Liveness of flow graph variables (see liveness.h).
#include "translator/flow/liveness.h"

#include <map>

namespace rpyc::flow {

namespace {

// Whether argument i of link l feeds a live input (or a final block).
bool FeedsLive(const FlowStore& store, const Link& link, size_t i,
               const std::set<uint32_t>* live_inputs) {
  if (!live_inputs) return true;
  const Block& target = store.block(link.target);
  if (target.exits.empty()) return true;  // return or except block
  return live_inputs->count(target.inputargs[i].index) != 0;
}

}  // namespace

bool IsCaught(const Link& link, Value a) {
  return link.exitcase == ExitCase::Exception && a.is_var() && a.var() == link.last_exc_value;
}

std::vector<VarId> LiveVariablesAt(const FlowStore& store, BlockId b, size_t from,
                                   const std::set<uint32_t>* live_inputs) {
  const Block& block = store.block(b);
  std::set<uint32_t> defined, seen;
  std::vector<VarId> live;
  auto use = [&](Value v) {
    if (!v.is_var() || defined.count(v.var().index)) return;
    if (seen.insert(v.var().index).second) live.push_back(v.var());
  };
  for (size_t i = from; i < block.operations.size(); ++i) {
    for (Value a : block.operations[i].args) use(a);
    defined.insert(block.operations[i].result.index);
  }
  if (block.exitswitch.valid()) use(block.exitswitch);
  for (LinkId l : block.exits) {
    const Link& link = store.link(l);
    for (size_t i = 0; i < link.args.size(); ++i)
      if (!IsCaught(link, link.args[i]) && FeedsLive(store, link, i, live_inputs))
        use(link.args[i]);
  }
  return live;
}

std::set<uint32_t> LiveInputs(const FlowStore& store, GraphId g) {
  std::set<uint32_t> live;
  for (bool changed = true; changed;) {
    changed = false;
    for (BlockId b : store.graph(g).blocks) {
      const Block& block = store.block(b);
      if (block.exits.empty()) continue;
      std::set<uint32_t> used;
      for (VarId v : LiveVariablesAt(store, b, 0, &live)) used.insert(v.index);
      for (VarId in : block.inputargs)
        if (used.count(in.index) && live.insert(in.index).second) changed = true;
    }
  }
  return live;
}

void RemoveDeadInputs(FlowStore& store, GraphId g) {
  const FunctionGraph& graph = store.graph(g);
  std::set<uint32_t> live = LiveInputs(store, g);
  // For each block that loses inputs: which of its inputs stay.
  std::map<uint32_t, std::vector<bool>> keep;
  for (BlockId b : graph.blocks) {
    if (b == graph.startblock || b == graph.returnblock || b == graph.exceptblock) continue;
    Block& block = store.block(b);
    std::vector<bool> k;
    std::vector<VarId> inputs;
    for (VarId in : block.inputargs) {
      k.push_back(live.count(in.index) != 0);
      if (k.back()) inputs.push_back(in);
    }
    if (inputs.size() == block.inputargs.size()) continue;
    block.inputargs = std::move(inputs);
    keep[b.index] = std::move(k);
  }
  for (BlockId b : graph.blocks)
    for (LinkId l : store.block(b).exits) {
      Link& link = store.link(l);
      auto it = keep.find(link.target.index);
      if (it == keep.end()) continue;
      std::vector<Value> args;
      std::vector<SourceLoc> locs;
      for (size_t i = 0; i < link.args.size(); ++i) {
        if (!it->second[i]) continue;
        args.push_back(link.args[i]);
        if (i < link.arg_locs.size()) locs.push_back(link.arg_locs[i]);
      }
      link.args = std::move(args);
      if (!link.arg_locs.empty()) link.arg_locs = std::move(locs);
    }
}

}  // namespace rpyc::flow
