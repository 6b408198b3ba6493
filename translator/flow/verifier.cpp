// The flow graph verifier (see graph.h for the invariants).
#include "translator/flow/verifier.h"

#include <unordered_set>

#include "common/check.h"

namespace rpyc::flow {

void VerifyGraph(const FlowStore& store, GraphId gid) {
  const FunctionGraph& g = store.graph(gid);
  CheckContext ctx("verifying flow graph " + g.name);
  RPYC_CHECK(store.block(g.returnblock).inputargs.size() == 1, "return block needs 1 input");
  RPYC_CHECK(store.block(g.exceptblock).inputargs.size() == 1, "except block needs 1 input");
  std::unordered_set<uint32_t> defined_anywhere;
  for (BlockId bid : g.blocks) {
    const Block& b = store.block(bid);
    CheckContext bctx("in block " + std::to_string(bid.index));
    std::unordered_set<uint32_t> defined;
    auto define = [&](VarId v) {
      RPYC_CHECK(v.valid(), "invalid variable definition");
      RPYC_CHECK(defined_anywhere.insert(v.index).second, "variable defined twice");
      defined.insert(v.index);
    };
    auto use = [&](Value v) {
      RPYC_CHECK(v.valid(), "use of an invalid value");
      if (v.is_var()) RPYC_CHECK(defined.count(v.var().index), "variable used before definition");
    };
    for (VarId v : b.inputargs) define(v);
    for (const Operation& op : b.operations) {
      int arity = OpArity(op.kind);
      RPYC_CHECK(arity < 0 || static_cast<size_t>(arity) == op.args.size(),
                 std::string("wrong arity for ") + OpName(op.kind));
      for (Value a : op.args) use(a);
      define(op.result);
    }
    if (b.exits.empty()) {
      RPYC_CHECK(bid == g.returnblock || bid == g.exceptblock, "block without exits");
      RPYC_CHECK(b.operations.empty(), "final block with operations");
      continue;
    }
    if (b.canraise) {
      RPYC_CHECK(!b.exitswitch.valid() && b.exits.size() == 2, "canraise block needs 2 exits");
      RPYC_CHECK(store.link(b.exits[1]).exitcase == ExitCase::Exception, "second exit must catch");
      RPYC_CHECK(!b.operations.empty(), "canraise block without operations");
    } else if (b.exitswitch.valid()) {
      use(b.exitswitch);
      RPYC_CHECK(b.exits.size() == 2, "switch needs two exits");
      RPYC_CHECK(store.link(b.exits[0]).exitcase == ExitCase::False, "first exit must be False");
      RPYC_CHECK(store.link(b.exits[1]).exitcase == ExitCase::True, "second exit must be True");
    } else {
      RPYC_CHECK(b.exits.size() == 1, "single exit expected");
    }
    for (LinkId lid : b.exits) {
      const Link& l = store.link(lid);
      RPYC_CHECK(l.prev == bid, "link prev mismatch");
      RPYC_CHECK(l.args.size() == store.block(l.target).inputargs.size(), "link arity mismatch");
      for (Value a : l.args)
        if (!(l.exitcase == ExitCase::Exception && a.is_var() && a.var() == l.last_exc_value)) use(a);
    }
  }
}

}  // namespace rpyc::flow
