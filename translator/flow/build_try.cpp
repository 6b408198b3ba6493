// Flow graph builder: exceptions. `raise`, `try` with `except`, `else`
// and `finally`, and `assert`.
//
// Inside a try statement every operation that may raise ends its block
// (Block::canraise) with a normal exit and an Exception exit carrying the
// caught instance (the link's last_exc_value) in the hidden local "#exc".
// The exception exits of the protected region, and its `raise`
// statements, are joined into one dispatch block that tests each except
// clause in order (exc_match) and re-raises to the enclosing try (or out
// of the function, through the except block) when none matches.
//
// A finally body is emitted once per way out of its region: after normal
// completion, on the exception path (then the exception is re-raised),
// and before each return, break or continue that leaves it.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

void GraphBuilder::EndRaisingBlock() {
  store_.block(current_).canraise = true;
  PendingExit normal{current_, state_, ExitCase::None, locs_, VarId()};
  VarId exc = NewVar("exc", store_.block(current_).operations.back().loc);
  PendingExit caught{current_, state_, ExitCase::Exception, locs_, exc};
  caught.state["#exc"] = exc;
  tries_.back().raises.push_back(std::move(caught));
  current_ = BlockId();
  Join({normal}, normal.state.empty() ? SourceLoc() : store_.block(normal.block).loc);
}

void GraphBuilder::RaiseValue(Value exc, SourceLoc loc) {
  if (!reachable()) return;
  if (tries_.empty()) {
    LinkId l = store_.NewLink(current_, store_.graph(graph_).exceptblock, {exc}, ExitCase::None);
    store_.link(l).arg_locs = {loc};
    current_ = BlockId();
    return;
  }
  Bind("#exc", exc, loc);
  tries_.back().raises.push_back(Leave());
}

void GraphBuilder::RunFinallies(size_t depth) {
  // Emit innermost first; while a finally body runs, its own try is not
  // active (an exception there goes outwards).
  std::vector<TryContext> popped;
  while (tries_.size() > depth && reachable()) {
    popped.push_back(std::move(tries_.back()));
    tries_.pop_back();
    if (popped.back().finalbody) Stmts(*popped.back().finalbody);
    else if (popped.back().exit_action) popped.back().exit_action();
  }
  while (!popped.empty()) {
    tries_.push_back(std::move(popped.back()));
    popped.pop_back();
  }
}

void GraphBuilder::Raise(const ast::Raise* s) {
  if (s->cause) Unsupported("`raise ... from ...`", s->cause->loc);
  Value exc;
  if (!s->exc) {
    auto it = state_.find("#handled");
    if (it == state_.end())
      Unsupported("a bare `raise` outside an `except` clause", s->loc);
    exc = it->second;
  } else {
    exc = Expr(s->exc);
    if (exc.is_const() && host_.IsClass(store_.cst(exc.cst()).value)) {
      // `raise ValueError` raises ValueError().
      exc = Op(OpKind::call, {exc}, s->exc->loc, store_.InternCallShape(CallShape{}));
    }
  }
  RaiseValue(exc, s->loc);
}

void GraphBuilder::Assert(const ast::Assert* s) {
  Value cond = Condition(s->test);
  if (cond.is_const() && host_.AsBool(store_.cst(cond.cst()).value)) return;
  std::vector<PendingExit> ok;
  if (!cond.is_const()) {
    auto [no, yes] = Branch(cond);
    ok.push_back(yes);
    Resume(no);
  }
  Value cls = ConstValue(host_.Builtin("AssertionError"));
  std::vector<Value> args{cls};
  CallShape shape;
  if (s->msg) {
    args.push_back(Expr(s->msg));
    shape.positional = 1;
  }
  Value exc = Op(OpKind::call, std::move(args), s->loc, store_.InternCallShape(shape));
  RaiseValue(exc, s->loc);
  Join(std::move(ok), s->loc);
}

void GraphBuilder::Try(const ast::Try* s) {
  if (s->finalbody.empty()) {
    TryExcept(s);
    return;
  }
  if (reachable()) Join({Leave()}, s->loc, /*fresh=*/true);
  tries_.push_back(TryContext{{}, &s->finalbody, {}});
  TryExcept(s);
  TryContext ctx = std::move(tries_.back());
  tries_.pop_back();
  std::vector<PendingExit> ends;
  if (reachable()) {
    Stmts(s->finalbody);
    if (reachable()) ends.push_back(Leave());
  }
  if (!ctx.raises.empty()) {
    // The exception path: run the finally body, then re-raise.
    Join(std::move(ctx.raises), s->loc);
    Value exc = state_.at("#exc");
    state_.erase("#exc");
    Bind("#reraise", exc, s->loc);
    Stmts(s->finalbody);
    if (reachable()) {
      Value again = state_.at("#reraise");
      state_.erase("#reraise");
      RaiseValue(again, s->loc);
    }
  }
  Join(std::move(ends), s->loc);
}

void GraphBuilder::TryExcept(const ast::Try* s) {
  if (s->handlers.empty()) {
    Stmts(s->body);
    return;
  }
  // The protected region starts a block of its own: the exception exits
  // of its blocks catch only what the region raises.
  if (reachable()) Join({Leave()}, s->loc, /*fresh=*/true);
  tries_.push_back(TryContext{});
  Stmts(s->body);
  TryContext ctx = std::move(tries_.back());
  tries_.pop_back();
  std::vector<PendingExit> ends;
  if (reachable()) Stmts(s->orelse);
  if (reachable()) ends.push_back(Leave());
  if (!ctx.raises.empty()) {
    Join(std::move(ctx.raises), s->loc);
    Value exc = state_.at("#exc");
    state_.erase("#exc");
    for (const ast::ExceptHandler* h : s->handlers) {
      if (!reachable()) break;
      Value caught = exc;
      std::vector<PendingExit> next;
      if (h->type) {
        Value cls = Expr(h->type);
        Value m = Op(OpKind::exc_match, {exc, cls}, h->loc);
        auto [no, yes] = Branch(m);
        next.push_back(no);
        Resume(yes);
        caught = Op(OpKind::exc_cast, {exc, cls}, h->loc);
      }
      auto prev_handled = state_.find("#handled");
      Value saved = prev_handled == state_.end() ? Value() : prev_handled->second;
      Bind("#handled", exc, h->loc);
      if (!h->name.empty()) Bind(h->name, caught, h->loc);
      Stmts(h->body);
      if (reachable()) {
        // Python unbinds the name at the end of the clause.
        if (!h->name.empty()) state_.erase(h->name);
        if (saved.valid()) state_["#handled"] = saved;
        else state_.erase("#handled");
        ends.push_back(Leave());
      }
      if (next.empty()) break;  // a bare `except:` catches everything
      Resume(next[0]);
    }
    if (reachable()) RaiseValue(exc, s->loc);  // no clause matched
  }
  Join(std::move(ends), s->loc);
}

}  // namespace rpyc::flow
