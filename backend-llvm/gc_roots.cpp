// GC root analysis for wasm. Boehm cannot see wasm locals, so a GC pointer
// that is still needed after an operation that may allocate (and so may
// collect) must be stored in memory Boehm scans: a stack slot. This pass
// finds those variables with a backward liveness analysis over the
// low-level graph:
//
//   live_out(B) = union over links L of B: uses(L.args) + (live_in(L.target) - L.target.inputargs)
//   walking B's operations backwards from live_out(B), an operation that
//   may allocate roots every GC pointer live after it, plus its own GC
//   pointer arguments (the callee may allocate before it is done with them).
//
// The emitter then gives each such variable a slot in the function's entry
// block and stores the value there (volatile) as soon as it is defined.
#include <map>

#include "backend-llvm/codegen.h"

namespace rpyc::backend {

using namespace rtyper;

namespace {

bool MayAllocate(const LLOp& op) {
  switch (op.kind) {
    case LLOpKind::direct_call:
    case LLOpKind::vtable_call:
    case LLOpKind::indirect_call:
    case LLOpKind::malloc_instance:
    case LLOpKind::malloc_tuple:
    case LLOpKind::str_join:
    case LLOpKind::raise_builtin:
      return true;
    case LLOpKind::rt_call:
      switch (static_cast<RtFunc>(op.aux)) {
        case RtFunc::rpy_str_eq:
        case RtFunc::rpy_str_cmp:
        case RtFunc::rpy_str_len:
        case RtFunc::rpy_write_str:
        case RtFunc::rpy_write_int:
        case RtFunc::rpy_write_float:
        case RtFunc::rpy_write_bool:
        case RtFunc::rpy_traceback_add:
          return false;
        default:
          return true;
      }
    default:
      return false;
  }
}

}  // namespace

std::set<uint32_t> FindGcRoots(const LLProgram& p, LLGraphId gid) {
  const LLGraph& g = p.graph(gid);
  auto is_gc = [&](LLValue v) { return v.is_var() && p.types.IsGcPointer(p.var(v.var()).type); };
  std::map<uint32_t, std::set<uint32_t>> live_in;
  // Iterate to a fixpoint (graphs are small; loops need a few rounds).
  bool changed = true;
  std::set<uint32_t> roots;
  while (changed) {
    changed = false;
    for (auto it = g.blocks.rbegin(); it != g.blocks.rend(); ++it) {
      const LLBlock& b = p.block(*it);
      std::set<uint32_t> live;
      for (LLLinkId lid : b.exits) {
        const LLLink& l = p.link(lid);
        for (LLValue a : l.args)
          if (is_gc(a)) live.insert(a.var().index);
        std::set<uint32_t> t = live_in[l.target.index];
        for (LLVarId in : p.block(l.target).inputargs) t.erase(in.index);
        live.insert(t.begin(), t.end());
      }
      if (b.exitswitch.is_var() && is_gc(b.exitswitch)) live.insert(b.exitswitch.var().index);
      for (auto op = b.ops.rbegin(); op != b.ops.rend(); ++op) {
        live.erase(op->result.index);
        if (MayAllocate(*op)) {
          roots.insert(live.begin(), live.end());
          for (LLValue a : op->args)
            if (is_gc(a)) roots.insert(a.var().index);
        }
        for (LLValue a : op->args)
          if (is_gc(a)) live.insert(a.var().index);
      }
      if (live != live_in[it->index]) {
        live_in[it->index] = std::move(live);
        changed = true;
      }
    }
  }
  return roots;
}

}  // namespace rpyc::backend
