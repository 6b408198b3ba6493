// recursion_guard.cpp: RecursionError for functions that can recurse.
//
// CPython raises RecursionError("maximum recursion depth exceeded") when
// the depth of Python frames passes sys.getrecursionlimit(). Counting every
// frame would cost every call; a program can only go deep through a cycle
// of the call graph, so only the graphs in such a cycle (a strongly
// connected component, SCC) count, and only while they call back into
// their own SCC:
//
//     graph f (in a cycle):             LLVM (backend-llvm, EmitDepthWrappers):
//       (function entry)                  d = f.depth's last parameter
//       ...
//       over = recursion_enter()          over = d + 1 > limit
//       raise_if over, RecursionError
//       r = direct_call f(...)            r = f.depth(..., d + 1)
//       ...
//       B -> return   becomes   B -> B'(args); B': recursion_leave()
//                                                  -> return(args)
//                                         (nothing)
//
// The backend emits each guarded graph as a function taking the depth as
// an extra argument, which direct calls between guarded graphs pass in a
// register, and a wrapper for everything else (vtables, function values,
// rtlib's callbacks, calls from unguarded graphs) that reads rtlib's
// rpy_recursion_depth on entry and stores it back on exit. Before any other
// call a guarded frame stores its callees' depth, d + 1, into
// rpy_recursion_depth, which is where the wrappers and
// sys.setrecursionlimit read it. A frame that makes no call (fib's base
// case) pays nothing. The depth counted is the number of guarded frames
// below, so a RecursionError can come one frame later than CPython's, and
// frames of functions outside any cycle do not count at all
// (docs/language.md).
//
// InsertRecursionGuards adds the checks before the exception transform,
// which turns each raise_if into a branch to the propagate block like any
// other raising operation. FinishRecursionGuards runs after it: by then
// every exit, normal or exceptional (propagate blocks return a dummy
// value), is a link into the return block, and each gets a recursion_leave.
//
// The call graph is conservative: a direct call is one edge; a vtable call
// goes to every graph in that method slot; an indirect call, and any call
// into rtlib (which may call generated code back: sort keys, __eq__ of dict
// keys, JS callbacks), goes to every graph whose address is taken or that
// rtlib calls by name.
#include <algorithm>
#include <vector>

#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

namespace {

struct CallGraph {
  std::vector<std::vector<uint32_t>> edges;  // by graph index
  std::vector<bool> self_call;
  // Graphs whose address is taken or that rtlib calls by name: the targets
  // of indirect calls and of calls into rtlib.
  std::vector<uint32_t> callbacks;
};

// The graphs op may call: none for an operation that is not a call.
std::vector<uint32_t> CallTargets(const LLProgram& p, const LLOp& op, const CallGraph& cg) {
  switch (op.kind) {
    case LLOpKind::direct_call:
      return {op.aux};
    case LLOpKind::vtable_call: {
      std::vector<uint32_t> out;
      for (const LLClass& c : p.classes) {
        auto it = c.slots.find(op.aux2);
        if (it != c.slots.end() && it->second.valid()) out.push_back(it->second.index);
      }
      return out;
    }
    case LLOpKind::indirect_call:
    case LLOpKind::rt_call:
      return cg.callbacks;
    default:
      return {};
  }
}

CallGraph BuildCallGraph(const LLProgram& p) {
  size_t n = p.num_graphs();
  CallGraph cg;
  // The graphs callable from places the program does not see.
  std::vector<bool> is_callback(n, false);
  auto add_callback = [&](LLGraphId g) {
    if (!g.valid() || is_callback[g.index]) return;
    is_callback[g.index] = true;
    cg.callbacks.push_back(g.index);
  };
  for (uint32_t gi = 0; gi < n; ++gi) {
    const LLGraph& g = p.graph(LLGraphId(gi));
    if (!g.symbol.empty()) add_callback(LLGraphId(gi));
    for (LLBlockId b : g.blocks)
      for (const LLOp& op : p.block(b).ops)
        if (op.kind == LLOpKind::graph_address) add_callback(LLGraphId(op.aux));
  }
  for (const auto& [cls, fns] : p.key_functions) {
    add_callback(fns.first);
    add_callback(fns.second);
  }
  for (const auto& [cls, g] : p.key_reprs) add_callback(g);

  cg.edges.resize(n);
  cg.self_call.assign(n, false);
  for (uint32_t gi = 0; gi < n; ++gi) {
    std::vector<uint32_t>& out = cg.edges[gi];
    for (LLBlockId b : p.graph(LLGraphId(gi)).blocks)
      for (const LLOp& op : p.block(b).ops) {
        std::vector<uint32_t> targets = CallTargets(p, op, cg);
        out.insert(out.end(), targets.begin(), targets.end());
      }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    cg.self_call[gi] = std::binary_search(out.begin(), out.end(), gi);
  }
  return cg;
}

constexpr uint32_t kNoCycle = ~0u;

// Tarjan's strongly connected components, iteratively (call chains can be
// long). Returns, per graph, its component's number when the component is
// a cycle (several graphs, or one calling itself), else kNoCycle.
std::vector<uint32_t> CycleComponents(const CallGraph& cg) {
  size_t n = cg.edges.size();
  const uint32_t kUnvisited = ~0u;
  std::vector<uint32_t> index(n, kUnvisited), low(n, 0);
  std::vector<bool> on_stack(n, false);
  std::vector<uint32_t> cycle(n, kNoCycle);
  std::vector<uint32_t> stack;
  uint32_t next = 0;
  struct Frame {
    uint32_t v;
    size_t edge;
  };
  for (uint32_t root = 0; root < n; ++root) {
    if (index[root] != kUnvisited) continue;
    std::vector<Frame> frames{{root, 0}};
    index[root] = low[root] = next++;
    stack.push_back(root);
    on_stack[root] = true;
    while (!frames.empty()) {
      Frame& f = frames.back();
      if (f.edge < cg.edges[f.v].size()) {
        uint32_t w = cg.edges[f.v][f.edge++];
        if (index[w] == kUnvisited) {
          index[w] = low[w] = next++;
          stack.push_back(w);
          on_stack[w] = true;
          frames.push_back({w, 0});
        } else if (on_stack[w]) {
          low[f.v] = std::min(low[f.v], index[w]);
        }
        continue;
      }
      uint32_t v = f.v;
      frames.pop_back();
      if (!frames.empty()) low[frames.back().v] = std::min(low[frames.back().v], low[v]);
      if (low[v] != index[v]) continue;
      std::vector<uint32_t> component;
      uint32_t w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = false;
        component.push_back(w);
      } while (w != v);
      for (uint32_t c : component)
        if (component.size() > 1 || cg.self_call[c]) cycle[c] = v;
    }
  }
  return cycle;
}

// Counts the calls of graph `gid` that may reach a graph of its own cycle.
void GuardCalls(LLProgram& p, LLGraphId gid, const CallGraph& cg,
                const std::vector<uint32_t>& cycle) {
  LLGraph& g = p.graph(gid);
  g.recursion_guard = true;
  auto into_cycle = [&](const std::vector<uint32_t>& targets) {
    for (uint32_t t : targets)
      if (cycle[t] == cycle[gid.index]) return true;
    return false;
  };
  std::vector<LLBlockId> blocks = g.blocks;
  for (LLBlockId b : blocks) {
    std::vector<LLOp> ops;
    for (LLOp& op : p.block(b).ops) {
      std::vector<uint32_t> targets = CallTargets(p, op, cg);
      if (!targets.empty() && into_cycle(targets)) {
        LLOp enter;
        enter.kind = LLOpKind::recursion_enter;
        enter.result = p.NewVar(p.types.boolean());
        enter.loc = op.loc;
        LLOp raise;
        raise.kind = LLOpKind::raise_if;
        raise.args = {LLValue::Var(enter.result)};
        raise.result = p.NewVar(p.types.void_());
        raise.loc = op.loc;
        raise.aux = static_cast<uint32_t>(BuiltinExc::RecursionError);
        raise.text = "maximum recursion depth exceeded";
        ops.push_back(std::move(enter));
        ops.push_back(std::move(raise));
      }
      ops.push_back(std::move(op));
    }
    p.block(b).ops = std::move(ops);
  }
}

LLOp Leave(LLProgram& p, const SourceLoc& loc) {
  LLOp leave;
  leave.kind = LLOpKind::recursion_leave;
  leave.result = p.NewVar(p.types.void_());
  leave.loc = loc;
  return leave;
}

void GuardExits(LLProgram& p, LLGraphId gid) {
  const LLBlockId ret = p.graph(gid).returnblock;
  const SourceLoc loc = p.graph(gid).loc;
  std::vector<LLLinkId> into_return;
  for (LLBlockId b : p.graph(gid).blocks)
    for (LLLinkId l : p.block(b).exits)
      if (p.link(l).target == ret) into_return.push_back(l);
  for (LLLinkId l : into_return) {
    // B' takes the link's arguments as fresh inputs and passes them on.
    std::vector<LLVarId> inputs;
    std::vector<LLValue> pass;
    for (LLValue a : p.link(l).args) {
      inputs.push_back(p.NewVar(p.TypeOf(a)));
      pass.push_back(LLValue::Var(inputs.back()));
    }
    LLBlockId leave_block = p.NewBlock(gid, std::move(inputs));
    p.block(leave_block).ops.push_back(Leave(p, loc));
    p.NewLink(leave_block, ret, std::move(pass), LLExit::None);
    p.link(l).target = leave_block;
  }
}

}  // namespace

void InsertRecursionGuards(LLProgram& program) {
  CallGraph cg = BuildCallGraph(program);
  std::vector<uint32_t> cycle = CycleComponents(cg);
  for (uint32_t gi = 0; gi < cycle.size(); ++gi)
    if (cycle[gi] != kNoCycle) GuardCalls(program, LLGraphId(gi), cg, cycle);
}

void FinishRecursionGuards(LLProgram& program) {
  for (uint32_t gi = 0; gi < program.num_graphs(); ++gi)
    if (program.graph(LLGraphId(gi)).recursion_guard) {
      GuardExits(program, LLGraphId(gi));
      VerifyLLGraph(program, LLGraphId(gi));
    }
}

}  // namespace rpyc::rtyper
