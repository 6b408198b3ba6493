// The exception transform (RPython's translator/exceptiontransform.py):
// makes every way of raising explicit in the low-level graphs, so the
// backend sees only ordinary control flow. This works the same on wasm,
// wasm2js and native, with no unwinding support from the platform.
//
// Model. rtlib keeps the exception being propagated in the globals
// rpy_exc_type / rpy_exc_value. A raising operation sets them; the code
// that follows checks them and, if set, jumps to the function's propagate
// block, which records a traceback entry for the operation's source line
// and returns a dummy value. Callers in turn check after each call.
//
// Before and after, for `r = f(x)` inside g (f can raise):
//
//   block0(x):                         block0(x):
//     r = direct_call f(x)               r = direct_call f(x)
//     v = int_add_ovf(r, 1)              e = exc_occurred()
//     -> block1(v)                       exitswitch e
//                                        False: -> block2(r)
//                                        True:  -> propagate(i32 7)
//                                      block2(r'):
//                                        c = int_add_ovf_check(r', 1)
//                                        exitswitch c
//                                        False: -> block3(r')
//                                        True:  -> raise0()
//                                      block3(r''):
//                                        v = int_add(r'', 1)
//                                        -> block1(v)
//                                      raise0():
//                                        raise_builtin OverflowError "integer overflow"
//                                        -> propagate(i32 8)
//                                      propagate(loc):
//                                        rt_call rpy_traceback_add(loc)
//                                        -> return(<dummy>)
//
// A graph that contains no raising operation and calls no graph that can
// raise is marked nothrow, and its callers skip the check.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {
namespace {

class Transformer {
 public:
  Transformer(LLProgram& p) : p_(p) {}

  void Run() {
    for (size_t i = 0; i < p_.num_graphs(); ++i) ExpandOverflowOps(LLGraphId(i));
    ComputeCanRaise();
    for (size_t i = 0; i < p_.num_graphs(); ++i) TransformGraph(LLGraphId(i));
  }

 private:
  // int_add_ovf(a, b) -> c = int_add_ovf_check(a, b); raise_if(c); int_add(a, b)
  void ExpandOverflowOps(LLGraphId gid) {
    for (LLBlockId bid : p_.graph(gid).blocks) {
      std::vector<LLOp> out;
      for (LLOp& op : p_.block(bid).ops) {
        LLOpKind check, plain;
        switch (op.kind) {
          case LLOpKind::int_add_ovf:
            check = LLOpKind::int_add_ovf_check;
            plain = LLOpKind::int_add;
            break;
          case LLOpKind::int_sub_ovf:
            check = LLOpKind::int_sub_ovf_check;
            plain = LLOpKind::int_sub;
            break;
          case LLOpKind::int_mul_ovf:
            check = LLOpKind::int_mul_ovf_check;
            plain = LLOpKind::int_mul;
            break;
          case LLOpKind::int_neg_ovf:
            check = LLOpKind::int_neg_ovf_check;
            plain = LLOpKind::int_neg;
            break;
          case LLOpKind::int_abs_ovf:
            check = LLOpKind::int_neg_ovf_check;
            plain = LLOpKind::int_abs;
            break;
          default:
            out.push_back(std::move(op));
            continue;
        }
        LLOp c{check, op.args, p_.NewVar(p_.types.boolean()), op.loc};
        LLOp r{LLOpKind::raise_if, {LLValue::Var(c.result)}, p_.NewVar(p_.types.void_()), op.loc,
               static_cast<uint32_t>(BuiltinExc::OverflowError), "integer overflow"};
        LLOp v{plain, op.args, op.result, op.loc};
        out.push_back(std::move(c));
        out.push_back(std::move(r));
        out.push_back(std::move(v));
      }
      p_.block(bid).ops = std::move(out);
    }
  }

  bool OpRaises(const LLOp& op) const {
    switch (op.kind) {
      case LLOpKind::raise_if:
      case LLOpKind::vtable_call:
      case LLOpKind::indirect_call:
      case LLOpKind::raise_value:
        return true;
      case LLOpKind::direct_call:
        return p_.graph(LLGraphId(op.aux)).can_raise;
      case LLOpKind::rt_call:
        return RtFuncCanRaise(static_cast<RtFunc>(op.aux));
      default:
        return false;
    }
  }

  // Fixpoint: start from "nothing raises" and add graphs with a raising
  // operation until stable.
  void ComputeCanRaise() {
    for (size_t i = 0; i < p_.num_graphs(); ++i) p_.graph(LLGraphId(i)).can_raise = false;
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t i = 0; i < p_.num_graphs(); ++i) {
        LLGraph& g = p_.graph(LLGraphId(i));
        if (g.can_raise) continue;
        for (LLBlockId b : g.blocks)
          for (const LLOp& op : p_.block(b).ops)
            if (OpRaises(op)) g.can_raise = true;
        changed = changed || g.can_raise;
      }
    }
  }

  void TransformGraph(LLGraphId gid) {
    if (!p_.graph(gid).can_raise) {
      // No operation raises: drop the Exception exits of try blocks.
      for (LLBlockId b : p_.graph(gid).blocks) {
        std::vector<LLLinkId>& exits = p_.block(b).exits;
        exits.erase(std::remove_if(exits.begin(), exits.end(),
                                   [&](LLLinkId l) { return p_.link(l).exitcase == LLExit::Exception; }),
                    exits.end());
      }
      return;
    }
    CheckContext ctx("exception transform of " + p_.graph(gid).name);
    // The propagate block: records the traceback entry, returns a dummy.
    LLVarId loc = p_.NewVar(p_.types.int32(), "tbloc");
    LLBlockId propagate = p_.NewBlock(gid, {loc});
    LLOp tb{LLOpKind::rt_call, {LLValue::Var(loc)}, p_.NewVar(p_.types.void_()), p_.graph(gid).loc,
            static_cast<uint32_t>(RtFunc::rpy_traceback_add)};
    p_.block(propagate).ops.push_back(std::move(tb));
    p_.NewLink(propagate, p_.graph(gid).returnblock, {p_.Zero(p_.graph(gid).result)}, LLExit::None);

    std::vector<LLBlockId> work = p_.graph(gid).blocks;
    for (size_t w = 0; w < work.size(); ++w) {
      LLBlockId bid = work[w];
      if (bid == propagate) continue;
      // A block inside a try: its Exception exit (if any) is where raising
      // operations go instead of the propagate block.
      LLLinkId catch_link;
      for (LLLinkId l : p_.block(bid).exits)
        if (p_.link(l).exitcase == LLExit::Exception) catch_link = l;
      bool split = false;
      for (size_t i = 0; i < p_.block(bid).ops.size(); ++i) {
        if (!OpRaises(p_.block(bid).ops[i])) continue;
        std::vector<LLValue> catch_args;
        if (catch_link.valid()) catch_args = p_.link(catch_link).args;  // in bid's names
        LLBlockId rest = SplitAfter(gid, bid, i);
        work.push_back(rest);
        split = true;
        LLOp& op = p_.block(bid).ops[i];
        uint32_t tbloc = p_.AddTracebackLoc(op.loc, p_.graph(gid).python_name);
        LLValue cond;
        LLBlockId on_error = propagate;
        std::vector<LLValue> error_args{p_.Int32(static_cast<int32_t>(tbloc))};
        if (catch_link.valid()) {
          // Caught here: take the exception and go to the handler. The
          // handler's arguments are values of this block, passed along.
          const LLLink& cl = p_.link(catch_link);
          LLBlockId target = cl.target;
          LLVarId catch_var = cl.catch_var;
          error_args.clear();
          std::vector<LLValue> inner;
          LLBlockId fetch = Relay(gid, catch_args, catch_var, &error_args, &inner);
          LLOp f{LLOpKind::exc_fetch, {}, p_.NewVar(p_.types.ptr(), "exc"), op.loc};
          LLValue exc = LLValue::Var(f.result);
          p_.block(fetch).ops.push_back(std::move(f));
          for (LLValue& a : inner)
            if (!a.valid()) a = exc;
          p_.NewLink(fetch, target, inner, LLExit::None);
          on_error = fetch;
        }
        if (op.kind == LLOpKind::raise_if) {
          cond = op.args[0];
          std::vector<LLValue> outer, inner;
          LLBlockId raise = Relay(gid, error_args, LLVarId(), &outer, &inner);
          LLOp r{LLOpKind::raise_builtin, {}, p_.NewVar(p_.types.void_()), op.loc, op.aux, op.text};
          p_.block(raise).ops.push_back(std::move(r));
          p_.NewLink(raise, on_error, inner, LLExit::None);
          on_error = raise;
          error_args = outer;
          p_.block(bid).ops.pop_back();  // the raise_if becomes the switch
        } else if (op.kind == LLOpKind::raise_value) {
          cond = p_.Bool(true);  // always raises
        } else {
          LLOp e{LLOpKind::exc_occurred, {}, p_.NewVar(p_.types.boolean()), op.loc};
          cond = LLValue::Var(e.result);
          p_.block(bid).ops.push_back(std::move(e));
        }
        // SplitAfter left one link to `rest`; turn it into the False exit.
        LLBlock& b = p_.block(bid);
        p_.link(b.exits[0]).exitcase = LLExit::False;
        b.exitswitch = cond;
        p_.NewLink(bid, on_error, error_args, LLExit::True);
        break;  // the remaining operations are now in `rest`
      }
      if (!split) {
        // Nothing left that raises: the Exception exit is not a real one.
        std::vector<LLLinkId>& exits = p_.block(bid).exits;
        exits.erase(std::remove_if(exits.begin(), exits.end(),
                                   [&](LLLinkId l) { return p_.link(l).exitcase == LLExit::Exception; }),
                    exits.end());
      }
    }
  }

  // A block that forwards `args` (values of the block branching to it):
  // each variable becomes an input argument. Fills `outer` with what the
  // branching link passes and `inner` with the same values inside the new
  // block; an arg equal to `hole` becomes an invalid value in `inner` (the
  // caller fills it).
  LLBlockId Relay(LLGraphId gid, const std::vector<LLValue>& args, LLVarId hole,
                  std::vector<LLValue>* outer, std::vector<LLValue>* inner) {
    std::vector<LLVarId> inputs;
    for (LLValue a : args) {
      if (a.is_var() && hole.valid() && a.var() == hole) {
        inner->push_back(LLValue());
        continue;
      }
      if (!a.is_var()) {
        inner->push_back(a);
        continue;
      }
      LLVarId v = p_.NewVar(p_.var(a.var()).type, p_.var(a.var()).name);
      inputs.push_back(v);
      outer->push_back(a);
      inner->push_back(LLValue::Var(v));
    }
    return p_.NewBlock(gid, inputs);
  }

  // Moves the operations after index i (and the exits) of `bid` into a new
  // block; the values they use from `bid` become its input arguments.
  LLBlockId SplitAfter(LLGraphId gid, LLBlockId bid, size_t i) {
    LLBlock& b = p_.block(bid);
    std::vector<LLOp> tail(std::make_move_iterator(b.ops.begin() + i + 1),
                           std::make_move_iterator(b.ops.end()));
    b.ops.resize(i + 1);
    std::vector<LLLinkId> exits = std::move(b.exits);
    b.exits.clear();
    LLValue sw = b.exitswitch;
    b.exitswitch = LLValue();
    bool noreturn = b.noreturn;
    b.noreturn = false;
    // Variables defined in the head.
    std::set<uint32_t> head_defs;
    for (LLVarId v : b.inputargs) head_defs.insert(v.index);
    for (const LLOp& op : b.ops) head_defs.insert(op.result.index);
    std::vector<LLVarId> live;
    std::map<uint32_t, LLVarId> rename;
    auto use = [&](LLValue& v) {
      if (!v.is_var() || !head_defs.count(v.var().index)) return;
      auto it = rename.find(v.var().index);
      if (it == rename.end()) {
        LLVarId fresh = p_.NewVar(p_.var(v.var()).type, p_.var(v.var()).name);
        it = rename.emplace(v.var().index, fresh).first;
        live.push_back(v.var());
      }
      v = LLValue::Var(it->second);
    };
    for (LLOp& op : tail)
      for (LLValue& a : op.args) use(a);
    use(sw);
    for (LLLinkId l : exits)
      for (LLValue& a : p_.link(l).args) use(a);
    std::vector<LLVarId> inputs;
    std::vector<LLValue> args;
    for (LLVarId v : live) {
      inputs.push_back(rename.at(v.index));
      args.push_back(LLValue::Var(v));
    }
    LLBlockId rest = p_.NewBlock(gid, inputs);
    LLBlock& r = p_.block(rest);
    r.ops = std::move(tail);
    r.exitswitch = sw;
    r.exits = std::move(exits);
    r.noreturn = noreturn;
    p_.NewLink(bid, rest, std::move(args), LLExit::None);
    return rest;
  }

  LLProgram& p_;
};

}  // namespace

void ExceptionTransform(LLProgram& program, const SourceManager& sources) {
  (void)sources;
  if (getenv("RPYC_DEBUG_LL")) fputs(PrintLLProgram(program, sources).c_str(), stderr);
  for (size_t i = 0; i < program.num_graphs(); ++i) VerifyLLGraph(program, LLGraphId(i));
  Transformer(program).Run();
  for (size_t i = 0; i < program.num_graphs(); ++i) VerifyLLGraph(program, LLGraphId(i));
}

}  // namespace rpyc::rtyper
