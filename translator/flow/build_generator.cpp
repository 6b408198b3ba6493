// Generators in the flow graph builder: `yield` and `yield from` become
// yield_ operations (the resumable transform in resumable/ turns the
// finished graph into a state machine, see FlowBuilder::GetGraph), and a
// generator expression becomes a generator graph of its own, called with
// its first iterable (evaluated eagerly, as CPython does) and the
// enclosing locals it reads.
#include <algorithm>

#include "common/check.h"
#include "translator/flow/graph_builder.h"
#include "translator/flow/resumable/generator.h"
#include "translator/flow/verifier.h"

namespace rpyc::flow {

void GraphBuilder::CheckYieldAllowed(SourceLoc loc) {
  if (async_)
    Unsupported("`yield` in an asynchronous function (an asynchronous generator)", loc);
  for (const TryContext& t : tries_)
    if (t.finalbody)
      Unsupported("`yield` inside `try` with `finally`", loc,
                  "CPython runs the finally block when an unfinished generator is closed or "
                  "collected; rpyc does not, so this is refused");
}

Value GraphBuilder::Yield(const ast::Yield* e) {
  CheckYieldAllowed(e->loc);
  Value v = e->value ? Expr(e->value) : ConstValue(host_.None());
  Op(OpKind::yield_, {v}, e->loc);
  return ConstValue(host_.None());  // send() is not supported: always None
}

Value GraphBuilder::YieldFrom(const ast::YieldFrom* e) {
  CheckYieldAllowed(e->loc);
  Value seq = Expr(e->value);
  std::string it_name = "#yf" + std::to_string(hidden_counter_++);
  Bind(it_name, IterOf(seq, e->loc), e->loc);
  Loop loop = EnterLoopHeader(e->loc);
  Value ok = Op(OpKind::next_valid, {state_.at(it_name)}, e->loc);
  auto [no, yes] = Branch(ok);
  Resume(yes);
  Value item = Op(OpKind::next_item, {state_.at(it_name)}, e->loc);
  Op(OpKind::yield_, {item}, e->loc);
  LinkTo(loop.header, loop.header_names, e->loc);
  Resume(no);
  state_.erase(it_name);
  locs_.erase(it_name);
  return ConstValue(host_.None());  // the sub-generator's return value is not kept
}

Value GraphBuilder::GeneratorExp(const ast::GeneratorExp* e) {
  const ast::comprehension* g0 = e->generators.at(0);
  for (const ast::comprehension* g : e->generators)
    if (g->is_async) Unsupported("`async for` in a generator expression", g->loc);
  // The first iterable, evaluated here.
  std::vector<Value> args;
  bool ranged = false;
  if (auto* call = ast::dyn_cast<ast::Call>(g0->iter)) {
    Value callee = Expr(call->func);
    if (callee.is_const() && host_.Is(store_.cst(callee.cst()).value, "builtins", "range")) {
      if (!call->keywords.empty() || call->args.empty() || call->args.size() > 3)
        Fail(Diagnostic(DiagKind::BadCallArgs, call->loc,
                        {"range() expects 1 to 3 positional arguments"}));
      std::vector<Value> r;
      for (const ast::Expr* a : call->args) {
        if (ast::isa<ast::Starred>(a)) Unsupported("`*` arguments", a->loc);
        r.push_back(Expr(a));
      }
      Value step = r.size() == 3 ? r[2] : ConstValue(host_.FromInt(1));
      if (!(step.is_const() && host_.Kind(store_.cst(step.cst()).value) == loader::HostKind::Int &&
            host_.AsInt(store_.cst(step.cst()).value) != 0))
        Op(OpKind::range_check, {step}, call->loc);
      args = {r.size() == 1 ? ConstValue(host_.FromInt(0)) : r[0], r.size() == 1 ? r[0] : r[1],
              step};
      ranged = true;
    }
  }
  const bool unrolled = !ranged && ast::isa<ast::Name>(g0->iter) && UnrollsVararg(g0->iter);
  if (unrolled) args = {Expr(g0->iter)};
  else if (!ranged) args = {IterOf(IterableExpr(g0->iter), g0->iter->loc)};

  // The enclosing locals it reads (CPython's free variables of the
  // genexpr code object). Those kept in cells (see PrepareClosures: names
  // a generator expression that outlives the statement reads, if the
  // function rebinds them) are passed as the cell and read when the
  // generator runs; the others cannot change meanwhile and are read now.
  loader::HostId code = code_func_.valid() ? code_func_ : func_;
  std::vector<std::string> captured;
  std::set<std::string> captured_cells;
  for (const std::string& name : host_.GenExprFreeVars(code, static_cast<int>(e->loc.line))) {
    if (!local_names_.count(name) && !state_.count(name) && !free_.count(name)) continue;
    captured.push_back(name);
    auto free = free_.find(name);
    if (cells_.count(name) || (free != free_.end() && free->second)) {
      args.push_back(cells_.count(name)
                         ? state_.at("#cell:" + name)
                         : Op(OpKind::closure_var, {ConstValue(host_.FromStr(name))}, e->loc));
      captured_cells.insert(name);
      continue;
    }
    const std::vector<std::string>& params = store_.graph(graph_).signature.params;
    if (genexp_first_ && lazy_genexps_.count(e) && local_names_.count(name) &&
        std::find(params.begin(), params.end(), name) == params.end())
      Unsupported("a generator expression that outlives an iteration of the one around it and "
                  "reads its variable `" + name + "`",
                  e->loc, "pass it to list(...) or sum(...) where it is written");
    ast::Name n;
    n.id = name;
    n.loc = e->loc;
    args.push_back(Name(&n));
  }

  loader::HostId placeholder = host_.NewPlaceholderFunction(info_.qualname + ".<genexpr>");
  GraphBuilder sub(store_, host_, diags_, placeholder, info_);
  sub.code_func_ = code;
  if (unrolled) {
    sub.genexp_tuple_ = true;
    sub.unroll_vararg_ = unroll_vararg_;
  }
  sub.cells_ = captured_cells;
  GraphId body = sub.BuildGenExp(e, captured, ranged);
  if (!body.valid()) throw BuildAbort();
  GraphId create = MakeGenerator(store_, host_, body);
  store_.RegisterGraph(placeholder, create);
  CallShape shape;
  shape.positional = static_cast<uint32_t>(args.size());
  args.insert(args.begin(), ConstValue(placeholder));
  return Op(OpKind::call, std::move(args), e->loc, store_.InternCallShape(shape));
}

GraphId GraphBuilder::BuildGenExp(const ast::GeneratorExp* e,
                                  const std::vector<std::string>& captured, bool first_is_range) {
  graph_ = store_.NewGraph("<genexpr>", func_, e->loc);
  CheckContext ctx("building the flow graph of a generator expression in " + info_.qualname);
  try {
    Signature& sig = store_.graph(graph_).signature;
    std::vector<std::string> params;
    if (first_is_range)
      params = {"#gstart", "#gstop", "#gstep"};
    else
      params = {"#g0it"};
    params.insert(params.end(), captured.begin(), captured.end());
    std::vector<VarId> inputs;
    for (const std::string& p : params) {
      sig.params.push_back(p);
      VarId v = NewVar(p[0] == '#' ? "" : p, e->loc);
      inputs.push_back(v);
      if (cells_.count(p)) {
        Bind("#cell:" + p, v, e->loc);  // read with cell_get (LoadClosureName)
        continue;
      }
      Bind(p, v, e->loc);
      if (p[0] != '#') local_names_.insert(p);
    }
    sig.num_positional = static_cast<uint32_t>(params.size());
    sig.defaults.assign(params.size(), loader::HostId());
    store_.graph(graph_).startblock = store_.NewBlock(graph_, inputs);
    store_.graph(graph_).returnblock = store_.NewBlock(graph_, {NewVar("", e->loc)});
    store_.graph(graph_).exceptblock = store_.NewBlock(graph_, {NewVar("evalue", e->loc)});
    current_ = store_.graph(graph_).startblock;
    // The clauses' targets are the generator expression's own locals.
    std::vector<ast::Assign> assigns(e->generators.size());
    std::vector<ast::Stmt*> fake;
    for (size_t i = 0; i < e->generators.size(); ++i) {
      assigns[i].targets = {e->generators[i]->target};
      fake.push_back(&assigns[i]);
    }
    CollectAssignedNames(fake, &local_names_);
    // Generator expressions inside this one (see GeneratorExp).
    FindLazyGenExps(e->elt);
    for (size_t i = 0; i < e->generators.size(); ++i) {
      if (i > 0) FindLazyGenExps(e->generators[i]->iter);
      for (const ast::Expr* c : e->generators[i]->ifs) FindLazyGenExps(c);
    }
    genexp_first_ = true;
    ComprehensionLoop(e, e->generators, 0, "");
    if (reachable()) {
      LinkId l = store_.NewLink(current_, store_.graph(graph_).returnblock,
                                {ConstValue(host_.None())}, ExitCase::None);
      store_.link(l).arg_locs = {e->loc};
      current_ = BlockId();
    }
  } catch (const BuildAbort&) {
    return GraphId();
  }
  FinishGraph();
  return graph_;
}

}  // namespace rpyc::flow
