// Flow graph builder: the `with` statement.
//
// `with EXPR as VAR: BODY` is built the way CPython runs it:
//
//     mgr = EXPR
//     VAR = mgr.__enter__()
//     try:
//         BODY
//     except <every exception> as e:
//         if not mgr.__exit__(e, e, None):
//             raise
//     on every other way out (falling through, return, break, continue):
//         mgr.__exit__(None, None, None)
//
// Several items nest: `with a, b:` is `with a: with b:`.
//
// One departure from CPython: the first argument of __exit__ is the
// exception instance, not its class (rpyc has no values holding "some
// class"). CheckExitMethod therefore refuses an `__exit__` whose type
// parameter is used other than in `is None` / `is not None` tests, so the
// difference is never observable. The traceback argument is always None.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

void GraphBuilder::With(const ast::With* s) {
  if (s->is_async) Unsupported("`async with`", s->loc);
  WithItems(s, 0);
}

void GraphBuilder::WithItems(const ast::With* s, size_t index) {
  if (index == s->items.size()) {
    Stmts(s->body);
    return;
  }
  const ast::withitem* item = s->items[index];
  SourceLoc loc = item->context_expr->loc;
  Value mgr = Expr(item->context_expr);
  std::string slot = "#with" + std::to_string(hidden_counter_++);
  Bind(slot, mgr, loc);
  // An exception in __enter__ does not call __exit__: it is outside the
  // protected region.
  Value enter = Op(OpKind::getattr, {mgr, ConstValue(host_.FromStr("__enter__"))}, loc);
  Value entered = Op(OpKind::call, {enter}, loc, store_.InternCallShape(CallShape{}));
  if (item->optional_vars) Assign(item->optional_vars, entered, item->optional_vars->loc);

  // The protected region starts a block of its own, as in TryExcept.
  if (reachable()) Join({Leave()}, s->loc, /*fresh=*/true);
  TryContext region;
  region.exit_action = [this, slot, loc]() { CallExit(slot, Value(), loc); };
  tries_.push_back(std::move(region));
  WithItems(s, index + 1);
  TryContext ctx = std::move(tries_.back());
  tries_.pop_back();

  std::vector<PendingExit> ends;
  if (reachable()) CallExit(slot, Value(), loc);
  if (reachable()) ends.push_back(Leave());
  if (!ctx.raises.empty()) {
    // The exception path: __exit__ decides whether the exception goes on.
    Join(std::move(ctx.raises), s->loc);
    Value exc = state_.at("#exc");
    state_.erase("#exc");
    Value suppress = CallExit(slot, exc, loc);
    if (reachable()) {
      auto [no, yes] = Branch(Op(OpKind::bool_, {suppress}, loc));
      ends.push_back(yes);
      Resume(no);
      RaiseValue(exc, s->loc);
    }
  }
  Join(std::move(ends), s->loc);
  state_.erase(slot);
  locs_.erase(slot);
}

Value GraphBuilder::CallExit(const std::string& slot, Value exc, SourceLoc loc) {
  Value mgr = state_.at(slot);
  Value none = ConstValue(host_.None());
  Value exit = Op(OpKind::getattr, {mgr, ConstValue(host_.FromStr("__exit__"))}, loc);
  CallShape shape;
  shape.positional = 3;
  Value e = exc.valid() ? exc : none;
  return Op(OpKind::call, {exit, e, e, none}, loc, store_.InternCallShape(shape));
}

// Every use of the exception-type parameter of `__exit__` must be an
// `is None` / `is not None` test (see the top of the file). The check runs
// on the finished graph: the parameter and every block argument it flows
// into are followed.
void GraphBuilder::CheckExitMethod() {
  const FunctionGraph& g = store_.graph(graph_);
  if (g.name != "__exit__" || g.signature.params.size() < 2) return;
  const Block& start = store_.block(g.startblock);
  std::set<uint32_t> derived{start.inputargs[1].index};
  std::string pname = g.signature.params[1];
  auto refuse = [&](SourceLoc at) {
    Unsupported("using the exception type parameter `" + pname + "` of `__exit__` this way", at,
                "rpyc passes the exception instance as `" + pname + "`; only `" + pname +
                    " is None` and `" + pname + " is not None` behave as in CPython");
  };
  auto is_none = [&](Value v) {
    return v.is_const() && host_.Kind(store_.cst(v.cst()).value) == loader::HostKind::None;
  };
  // Follow the parameter through copies and block arguments to a fixpoint.
  for (bool changed = true; changed;) {
    changed = false;
    for (BlockId b : g.blocks) {
      for (const Operation& op : store_.block(b).operations)
        if ((op.kind == OpKind::same_as || op.kind == OpKind::nonnull) && op.args[0].is_var() &&
            derived.count(op.args[0].var().index) && derived.insert(op.result.index).second)
          changed = true;
      for (LinkId l : store_.block(b).exits) {
        const Link& link = store_.link(l);
        for (size_t i = 0; i < link.args.size(); ++i) {
          if (!link.args[i].is_var() || !derived.count(link.args[i].var().index)) continue;
          if (link.target == g.returnblock || link.target == g.exceptblock)
            refuse(store_.block(b).loc);
          if (derived.insert(store_.block(link.target).inputargs[i].index).second) changed = true;
        }
      }
    }
  }
  for (BlockId b : g.blocks) {
    for (const Operation& op : store_.block(b).operations) {
      bool uses = false;
      for (Value a : op.args) uses = uses || (a.is_var() && derived.count(a.var().index));
      if (!uses || op.kind == OpKind::same_as || op.kind == OpKind::nonnull) continue;
      bool none_test = op.kind == OpKind::is_ && (is_none(op.args[0]) || is_none(op.args[1]));
      if (!none_test) refuse(op.loc);
    }
    const Block& blk = store_.block(b);
    if (blk.exitswitch.is_var() && derived.count(blk.exitswitch.var().index)) refuse(blk.loc);
  }
}

}  // namespace rpyc::flow
