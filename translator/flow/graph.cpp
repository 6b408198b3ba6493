// FlowStore: allocation of flow graph nodes, and the operation table.
#include "translator/flow/graph.h"

namespace rpyc::flow {
namespace {
struct OpInfo {
  const char* name;
  int arity;
  const char* symbol;
};
const OpInfo kOps[] = {
#define RPYC_FLOW_OP(Name, Arity, Symbol) {#Name, Arity, Symbol},
#include "translator/flow/operations.def"
#undef RPYC_FLOW_OP
};
}  // namespace

const char* OpName(OpKind kind) { return kOps[static_cast<size_t>(kind)].name; }
const char* OpSymbol(OpKind kind) { return kOps[static_cast<size_t>(kind)].symbol; }
int OpArity(OpKind kind) { return kOps[static_cast<size_t>(kind)].arity; }

VarId FlowStore::NewVar(GraphId g, std::string name, SourceLoc loc) {
  vars_.push_back({std::move(name), g, loc});
  return VarId(static_cast<uint32_t>(vars_.size() - 1));
}

ConstId FlowStore::NewConst(loader::HostId value) {
  // Linear search is fine for the handful of distinct constants a graph
  // uses; a map keyed by host id would do if this ever shows in profiles.
  for (size_t i = 0; i < consts_.size(); ++i)
    if (consts_[i].value == value) return ConstId(static_cast<uint32_t>(i));
  consts_.push_back({value});
  return ConstId(static_cast<uint32_t>(consts_.size() - 1));
}

const GlobalCell& FlowStore::InternGlobalCell(const std::string& qualname, loader::HostId globals,
                                             const std::string& name, loader::HostId initial) {
  auto it = global_cells_.find(qualname);
  if (it == global_cells_.end())
    it = global_cells_.emplace(qualname, GlobalCell{qualname, globals, name, initial}).first;
  return it->second;
}

const GlobalCell* FlowStore::FindGlobalCell(const std::string& qualname) const {
  auto it = global_cells_.find(qualname);
  return it == global_cells_.end() ? nullptr : &it->second;
}

BlockId FlowStore::NewBlock(GraphId g, std::vector<VarId> inputargs) {
  Block b;
  b.graph = g;
  b.inputargs = std::move(inputargs);
  blocks_.push_back(std::move(b));
  BlockId id(static_cast<uint32_t>(blocks_.size() - 1));
  graphs_[g.index].blocks.push_back(id);
  return id;
}

LinkId FlowStore::NewLink(BlockId prev, BlockId target, std::vector<Value> args,
                          ExitCase exitcase) {
  links_.push_back({prev, target, std::move(args), exitcase});
  LinkId id(static_cast<uint32_t>(links_.size() - 1));
  blocks_[prev.index].exits.push_back(id);
  return id;
}

GraphId FlowStore::NewGraph(std::string name, loader::HostId function, SourceLoc loc) {
  FunctionGraph g;
  g.name = std::move(name);
  g.function = function;
  g.loc = loc;
  graphs_.push_back(std::move(g));
  return GraphId(static_cast<uint32_t>(graphs_.size() - 1));
}

CallShapeId FlowStore::InternCallShape(const CallShape& shape) {
  for (size_t i = 0; i < shapes_.size(); ++i)
    if (shapes_[i] == shape) return CallShapeId(static_cast<uint32_t>(i));
  shapes_.push_back(shape);
  return CallShapeId(static_cast<uint32_t>(shapes_.size() - 1));
}

}  // namespace rpyc::flow
