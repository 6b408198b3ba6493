// Flow graphs: the IR every later stage reads. The model is RPython's
// (rpython/flowspace/model.py): a FunctionGraph is a set of Blocks joined
// by Links; a Block has input arguments, a list of Operations, and either
// one exit or an exit switch choosing among several Links; a Link passes
// values to the input arguments of its target block (block arguments, no
// phis). Every graph has a start block, a return block (one input: the
// return value) and an except block (one input: the exception instance
// escaping the function; RPython also passes its type, which rpyc reads
// from the instance's class).
//
// All nodes live in a FlowStore and are named by typed ids. Values are
// either Variables (defined exactly once: as a block input argument or as
// an operation result) or Constants (a live Python object in the host).
// Side tables of later stages (annotations, low-level types) are indexed by
// VarId, which is unique across all graphs.
//
// Invariants (checked by VerifyGraph, RPython's checkgraph):
//  - every block is reachable from the start block, and every variable used
//    in a block is defined in it (input arg or earlier result);
//  - a block with no exits is the return or except block, and they have no
//    operations;
//  - a block's exits: one Link when exitswitch is absent; with a Variable
//    exitswitch, two Links with exitcases False then True; a canraise
//    block has a normal Link then an Exception Link whose last_exc_value
//    may appear among its args;
//  - each Link passes as many args as its target has input args.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/ids.h"
#include "common/source.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

enum class OpKind : uint8_t {
#define RPYC_FLOW_OP(Name, Arity, Symbol) Name,
#include "translator/flow/operations.def"
#undef RPYC_FLOW_OP
};
const char* OpName(OpKind kind);
const char* OpSymbol(OpKind kind);
int OpArity(OpKind kind);

struct VarTag;
struct ConstTag;
struct BlockTag;
struct LinkTag;
struct GraphTag;
struct CallShapeTag;
using VarId = Id<VarTag>;
using ConstId = Id<ConstTag>;
using BlockId = Id<BlockTag>;
using LinkId = Id<LinkTag>;
using GraphId = Id<GraphTag>;
using CallShapeId = Id<CallShapeTag>;

// A Variable or a Constant, in 32 bits: the top bit marks constants.
class Value {
 public:
  Value() = default;
  Value(VarId v) : raw_(v.index) {}  // NOLINT: implicit by design
  Value(ConstId c) : raw_(c.index | kConstBit) {}  // NOLINT
  bool valid() const { return raw_ != kNone; }
  bool is_var() const { return valid() && !(raw_ & kConstBit); }
  bool is_const() const { return valid() && (raw_ & kConstBit); }
  VarId var() const { return is_var() ? VarId(raw_) : VarId(); }
  ConstId cst() const { return is_const() ? ConstId(raw_ & ~kConstBit) : ConstId(); }
  friend bool operator==(Value a, Value b) { return a.raw_ == b.raw_; }
  friend bool operator!=(Value a, Value b) { return a.raw_ != b.raw_; }

 private:
  static constexpr uint32_t kConstBit = 0x80000000u;
  static constexpr uint32_t kNone = 0xffffffffu;
  uint32_t raw_ = kNone;
};

struct Variable {
  std::string name;  // the Python name it was bound to, or "" for temporaries
  GraphId graph;
  SourceLoc loc;     // where it was defined
};

struct Constant {
  loader::HostId value;
};

// The positional/keyword layout of a call: args after the callee are
// `positional` values, then one value per keyword name.
struct CallShape {
  uint32_t positional = 0;
  std::vector<std::string> keywords;
  // f(..., *t): the last positional argument is a tuple whose items are
  // further positional arguments (its length comes from its annotation).
  bool star = false;
  friend bool operator==(const CallShape& a, const CallShape& b) {
    return a.positional == b.positional && a.keywords == b.keywords && a.star == b.star;
  }
};

struct Operation {
  OpKind kind;
  std::vector<Value> args;
  VarId result;
  SourceLoc loc;
  CallShapeId shape;  // call only
};

// How a Link is selected by its block's exitswitch. An Exception link
// leaves a block whose last operation raised (Block::canraise).
enum class ExitCase : uint8_t { None, False, True, Exception };

struct Link {
  BlockId prev;
  BlockId target;
  std::vector<Value> args;
  ExitCase exitcase = ExitCase::None;
  // Where each argument's value was bound in the source (the assignment of
  // the local it carries), for diagnostics about merged types.
  std::vector<SourceLoc> arg_locs;
  // Exception links: the caught exception, a variable defined by the link
  // itself (RPython's last_exc_value), usable among `args`.
  VarId last_exc_value;
};

struct Block {
  GraphId graph;
  std::vector<VarId> inputargs;
  std::vector<Operation> operations;
  Value exitswitch;  // invalid: single exit; a bool Variable: two exits
  std::vector<LinkId> exits;
  // The last operation may raise: exits are {normal, Exception} (inside a
  // try statement).
  bool canraise = false;
  SourceLoc loc;
};

// The parameters of a graph's function, in start block order: positional
// parameters first, then `*args` if any, then keyword-only ones. `defaults[i]` is the default
// value of params[i], or an invalid id when it has none.
struct Signature {
  std::vector<std::string> params;
  uint32_t num_positional = 0;
  std::vector<loader::HostId> defaults;
  // The index in params of a `*args` parameter (after the positional
  // ones), or -1.
  int32_t vararg = -1;
};

struct FunctionGraph {
  std::string name;          // e.g. "fib"
  Signature signature;
  loader::HostId function;   // the Python function object
  BlockId startblock;
  BlockId returnblock;
  BlockId exceptblock;
  std::vector<BlockId> blocks;  // creation order, start first
  SourceLoc loc;             // the `def`
};

// A module-level variable that some function assigns through `global`:
// a mutable static cell, read with global_get and written with global_set
// (both name it by `qualname`, a str Constant). Its value before the
// program runs is the variable's value after import.
struct GlobalCell {
  std::string qualname;     // "module.NAME"
  loader::HostId globals;   // the module's dict
  std::string name;         // NAME
  loader::HostId initial;   // the value after import
};

// Owns every flow graph node of one translation.
class FlowStore {
 public:
  VarId NewVar(GraphId g, std::string name, SourceLoc loc);
  ConstId NewConst(loader::HostId value);  // deduplicated by host identity
  BlockId NewBlock(GraphId g, std::vector<VarId> inputargs);
  LinkId NewLink(BlockId prev, BlockId target, std::vector<Value> args, ExitCase exitcase);
  GraphId NewGraph(std::string name, loader::HostId function, SourceLoc loc);
  CallShapeId InternCallShape(const CallShape& shape);

  Variable& var(VarId v) { return vars_[v.index]; }
  const Variable& var(VarId v) const { return vars_[v.index]; }
  const Constant& cst(ConstId c) const { return consts_[c.index]; }
  Block& block(BlockId b) { return blocks_[b.index]; }
  const Block& block(BlockId b) const { return blocks_[b.index]; }
  Link& link(LinkId l) { return links_[l.index]; }
  const Link& link(LinkId l) const { return links_[l.index]; }
  FunctionGraph& graph(GraphId g) { return graphs_[g.index]; }
  const FunctionGraph& graph(GraphId g) const { return graphs_[g.index]; }
  const CallShape& call_shape(CallShapeId s) const { return shapes_[s.index]; }

  // The cell of `qualname`, made on first request (see GlobalCell).
  const GlobalCell& InternGlobalCell(const std::string& qualname, loader::HostId globals,
                                     const std::string& name, loader::HostId initial);
  // The cell named `qualname`, or nullptr.
  const GlobalCell* FindGlobalCell(const std::string& qualname) const;
  // Names some function of the module with dict `globals` assigns through
  // `global` (global_cells.cpp fills it once per module).
  std::map<uint32_t, std::set<std::string>>& assigned_globals() { return assigned_globals_; }

  size_t num_vars() const { return vars_.size(); }
  size_t num_graphs() const { return graphs_.size(); }

  // Graphs made by transforms rather than from Python source (generator
  // resume functions, generator expressions) are named by a placeholder
  // function object; FlowBuilder::GetGraph returns them for it.
  void RegisterGraph(loader::HostId func, GraphId g) { registered_[func.index] = g; }
  GraphId RegisteredGraph(loader::HostId func) const {
    auto it = registered_.find(func.index);
    return it == registered_.end() ? GraphId() : it->second;
  }

 private:
  std::vector<Variable> vars_;
  std::vector<Constant> consts_;
  std::vector<Block> blocks_;
  std::vector<Link> links_;
  std::vector<FunctionGraph> graphs_;
  std::vector<CallShape> shapes_;
  std::map<uint32_t, GraphId> registered_;  // by HostId index
  std::map<std::string, GlobalCell> global_cells_;
  std::map<uint32_t, std::set<std::string>> assigned_globals_;  // by HostId index
};

}  // namespace rpyc::flow
