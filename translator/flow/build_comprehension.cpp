// Dict and set displays, and list/set/dict comprehensions.
//
// A comprehension is desugared into loops in the enclosing graph: the
// result container is made empty (newlist/newset/newdict) and kept under a
// hidden '#comp' name; each `for` clause becomes a loop (a counting loop
// for `range(...)`, else iter/next_valid/next_item as in a `for`
// statement); `if` clauses skip to the next iteration; the innermost body
// stores the element (list_append, set_add, or setitem for dicts).
// Comprehension variables do not leak: names bound by the targets are
// hidden during the loops (a previous binding is carried through them
// under a '#save' name) and restored afterwards, as in Python 3.
#include <algorithm>

#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

namespace {

void TargetNames(const ast::Expr* t, std::vector<std::string>* out) {
  if (auto* n = ast::dyn_cast<ast::Name>(t)) {
    out->push_back(n->id);
  } else if (auto* tu = ast::dyn_cast<ast::Tuple>(t)) {
    for (const ast::Expr* x : tu->elts) TargetNames(x, out);
  } else if (auto* l = ast::dyn_cast<ast::List>(t)) {
    for (const ast::Expr* x : l->elts) TargetNames(x, out);
  } else if (auto* s = ast::dyn_cast<ast::Starred>(t)) {
    TargetNames(s->value, out);
  }
}

// Whether CPython 3.11's AST optimizer folds `e` into a constant:
// literals, and unary/binary operators and tuples over such (Python/ast_opt.c;
// its size limits only matter for values beyond int64, except `**` by a
// large exponent and `%` formatting a string, which stay unfolded).
bool FoldsToConstant(const ast::Expr* e) {
  if (ast::isa<ast::Constant>(e)) return true;
  if (auto* u = ast::dyn_cast<ast::UnaryOp>(e)) return FoldsToConstant(u->operand);
  if (auto* t = ast::dyn_cast<ast::Tuple>(e)) {
    for (const ast::Expr* x : t->elts)
      if (!FoldsToConstant(x)) return false;
    return true;
  }
  auto* b = ast::dyn_cast<ast::BinOp>(e);
  if (!b || !FoldsToConstant(b->left) || !FoldsToConstant(b->right)) return false;
  auto* l = ast::dyn_cast<ast::Constant>(b->left);
  auto* r = ast::dyn_cast<ast::Constant>(b->right);
  if (b->op == ast::BinOpKind::Mod && l &&
      (l->value_kind == ast::Constant::Kind::Str || l->value_kind == ast::Constant::Kind::Bytes))
    return false;
  if (b->op == ast::BinOpKind::Pow && l && r && l->value_kind == ast::Constant::Kind::Int &&
      r->value_kind == ast::Constant::Kind::Int && l->int_value != 0 && r->int_value > 0) {
    // safe_power: no folding when bits(base) > 128 / exponent.
    uint64_t mag = l->int_value < 0 ? 0 - (uint64_t)l->int_value : (uint64_t)l->int_value;
    int64_t bits = 64 - __builtin_clzll(mag);
    return bits <= 128 / r->int_value;
  }
  return b->op != ast::BinOpKind::MatMult;
}

}  // namespace

Value GraphBuilder::DictDisplay(const ast::Dict* e) {
  std::vector<Value> args;
  for (size_t i = 0; i < e->keys.size(); ++i) {
    if (!e->keys[i]) Unsupported("`**` unpacking in a dict display", e->values[i]->loc);
    args.push_back(Expr(e->keys[i]));
    args.push_back(Expr(e->values[i]));
  }
  return Op(OpKind::newdict, std::move(args), e->loc);
}

// How CPython 3.11 builds a set display decides its table layout, hence
// its iteration order. Constants only: as a `for` iterable, ast_opt's
// fold_iter makes the display a frozenset constant (newset_const); else,
// with more than two items, the compiler merges such a constant into a
// new set (newset_folded). Otherwise the items are added in order.
Value GraphBuilder::SetDisplay(const ast::Set* e, bool as_iterable) {
  std::vector<Value> items;
  bool constant = true;
  for (const ast::Expr* x : e->elts) {
    if (ast::isa<ast::Starred>(x)) Unsupported("`*` unpacking in a set", x->loc);
    constant = constant && FoldsToConstant(x);
    items.push_back(Expr(x));
  }
  OpKind kind = OpKind::newset;
  if (constant && as_iterable) kind = OpKind::newset_const;
  if (constant && !as_iterable && e->elts.size() > 2) kind = OpKind::newset_folded;
  return Op(kind, std::move(items), e->loc);
}

Value GraphBuilder::IterableExpr(const ast::Expr* e) {
  if (auto* s = ast::dyn_cast<ast::Set>(e)) return SetDisplay(s, true);
  return Expr(e);
}

Value GraphBuilder::Comprehension(const ast::Expr* e) {
  const std::vector<ast::comprehension*>* gens = nullptr;
  OpKind make = OpKind::newlist;
  if (auto* c = ast::dyn_cast<ast::ListComp>(e)) {
    gens = &c->generators;
  } else if (auto* c = ast::dyn_cast<ast::SetComp>(e)) {
    gens = &c->generators;
    make = OpKind::newset;
  } else {
    gens = &ast::cast<ast::DictComp>(e)->generators;
    make = OpKind::newdict;
  }
  for (const ast::comprehension* g : *gens)
    if (g->is_async) Unsupported("`async for` in a comprehension", g->loc);
  std::string n = std::to_string(hidden_counter_++);
  std::string result = "#comp" + n;
  Bind(result, Op(make, {}, e->loc), e->loc);

  // Hide the comprehension's variables from the enclosing scope.
  std::vector<std::string> names;
  for (const ast::comprehension* g : *gens) TargetNames(g->target, &names);
  const int32_t vararg = store_.graph(graph_).signature.vararg;
  const bool shadows_vararg =
      vararg >= 0 && std::find(names.begin(), names.end(),
                               store_.graph(graph_).signature.params[static_cast<size_t>(
                                   vararg)]) != names.end();
  vararg_shadowed_ += shadows_vararg;
  std::vector<std::string> saved, added_locals;
  for (const std::string& name : names) {
    if (!local_names_.count(name)) {
      local_names_.insert(name);
      added_locals.push_back(name);
    }
    // A cell of the function (a closure made here captures the name): the
    // comprehension, a scope of its own in CPython, gets a cell of its own.
    std::string key = cells_.count(name) ? "#cell:" + name : name;
    auto it = state_.find(key);
    if (it == state_.end()) continue;
    std::string save = "#save" + n + "_" + key;
    if (state_.count(save)) continue;  // the same name twice
    Bind(save, it->second, locs_[key]);
    state_.erase(key);
    locs_.erase(key);
    saved.push_back(key);
    if (key != name) {
      Value cell = Op(OpKind::cell_new, {}, e->loc);
      store_.var(cell.var()).name = name;
      Bind(key, cell, e->loc);
    }
  }

  ComprehensionLoop(e, *gens, 0, result);
  RPYC_CHECK(reachable(), "comprehension loop without an exit");

  Value r = state_.at(result);
  state_.erase(result);
  locs_.erase(result);
  for (const std::string& name : names) {
    state_.erase(name);
    locs_.erase(name);
  }
  for (const std::string& name : saved) {
    std::string save = "#save" + n + "_" + name;
    Bind(name, state_.at(save), locs_[save]);
    state_.erase(save);
    locs_.erase(save);
  }
  for (const std::string& name : added_locals) local_names_.erase(name);
  vararg_shadowed_ -= shadows_vararg;
  return r;
}

void GraphBuilder::ComprehensionClauseBody(const ast::Expr* e,
                                           const std::vector<ast::comprehension*>& gens,
                                           size_t index, const std::string& result,
                                           const std::function<void()>& next) {
  for (const ast::Expr* cond_expr : gens[index]->ifs) {
    Value cond = Condition(cond_expr);
    if (cond.is_const()) {
      if (host_.AsBool(store_.cst(cond.cst()).value)) continue;
      next();
      return;
    }
    auto [f, t] = Branch(cond);
    Resume(f);
    next();
    Resume(t);
  }
  ComprehensionLoop(e, gens, index + 1, result);
  if (reachable()) next();
}

namespace {

// `enumerate(x)` or `enumerate(x, START)` with an int literal START, where
// `enumerate` is the built-in: x, with START in *start; else nullptr.
const ast::Expr* EnumeratedExpr(const ast::Expr* iter, loader::Host& host,
                                const loader::FunctionInfo& info, bool shadowed,
                                int64_t* start) {
  auto* call = ast::dyn_cast<ast::Call>(iter);
  if (!call || !call->keywords.empty() || call->args.empty() || call->args.size() > 2)
    return nullptr;
  auto* f = ast::dyn_cast<ast::Name>(call->func);
  if (!f || f->id != "enumerate" || shadowed) return nullptr;
  loader::HostId v = host.LookupGlobal(info.globals, "enumerate");
  if (!v.valid() || !host.Is(v, "builtins", "enumerate")) return nullptr;
  *start = 0;
  if (call->args.size() == 2) {
    auto* c = ast::dyn_cast<ast::Constant>(call->args[1]);
    if (!c || c->value_kind != ast::Constant::Kind::Int) return nullptr;
    *start = c->int_value;
  }
  return call->args[0];
}

}  // namespace

bool GraphBuilder::UnrollsVararg(const ast::Expr* iter) const {
  int64_t start;
  bool shadowed = local_names_.count("enumerate") || free_.count("enumerate");
  if (const ast::Expr* x = EnumeratedExpr(iter, host_, info_, shadowed, &start)) iter = x;
  auto* name = ast::dyn_cast<ast::Name>(iter);
  const Signature& sig = store_.graph(graph_).signature;
  return name && unroll_vararg_ >= 0 && sig.vararg >= 0 && !vararg_rebound_ &&
         vararg_shadowed_ == 0 && !scope_.nested_nonlocals.count(name->id) &&
         sig.params[static_cast<size_t>(sig.vararg)] == name->id;
}

Value GraphBuilder::VarargItem(const ast::Expr* iter, size_t i) {
  int64_t start;
  bool shadowed = local_names_.count("enumerate") || free_.count("enumerate");
  const ast::Expr* x = EnumeratedExpr(iter, host_, info_, shadowed, &start);
  Value item = Op(OpKind::getitem,
                  {Expr(x ? x : iter), ConstValue(host_.FromInt(static_cast<int64_t>(i)))},
                  iter->loc);
  if (!x) return item;
  // enumerate(args): the pair (start + i, args[i]).
  return Op(OpKind::newtuple, {ConstValue(host_.FromInt(start + static_cast<int64_t>(i))), item},
            iter->loc);
}

// Each copy binds the target to one item, tests the `if` clauses, and
// runs the inner clauses; every path then goes on to the next copy with
// the clause's names unbound (they are the comprehension's own).
void GraphBuilder::ComprehensionUnrolled(const ast::Expr* e,
                                         const std::vector<ast::comprehension*>& gens,
                                         size_t index, const std::string& result) {
  const ast::comprehension* g = gens[index];
  std::vector<std::string> names;
  TargetNames(g->target, &names);
  for (size_t i = 0; i < static_cast<size_t>(unroll_vararg_); ++i) {
    std::vector<PendingExit> next;
    auto leave = [&]() {
      for (const std::string& name : names) {
        state_.erase(name);
        state_.erase("#bound:" + name);
        locs_.erase(name);
      }
      next.push_back(Leave());
    };
    Value item = genexp_tuple_ && index == 0
                     ? Op(OpKind::getitem,
                          {state_.at("#g0it"), ConstValue(host_.FromInt(static_cast<int64_t>(i)))},
                          g->iter->loc)
                     : VarargItem(g->iter, i);
    Assign(g->target, item, g->target->loc);
    ComprehensionClauseBody(e, gens, index, result, leave);
    Join(std::move(next), g->loc);
  }
  if (genexp_tuple_ && index == 0) {
    state_.erase("#g0it");
    locs_.erase("#g0it");
  }
}

void GraphBuilder::ComprehensionLoop(const ast::Expr* e,
                                     const std::vector<ast::comprehension*>& gens, size_t index,
                                     const std::string& result) {
  if (index == gens.size()) {
    // The innermost body: store the element.
    if (auto* c = ast::dyn_cast<ast::ListComp>(e)) {
      Value x = Expr(c->elt);
      Op(OpKind::list_append, {state_.at(result), x}, c->elt->loc);
    } else if (auto* c = ast::dyn_cast<ast::SetComp>(e)) {
      Value x = Expr(c->elt);
      Op(OpKind::set_add, {state_.at(result), x}, c->elt->loc);
    } else if (auto* c = ast::dyn_cast<ast::GeneratorExp>(e)) {
      Value x = Expr(c->elt);
      Op(OpKind::yield_, {x}, c->elt->loc);
    } else {
      auto* d = ast::cast<ast::DictComp>(e);
      Value k = Expr(d->key);
      Value v = Expr(d->value);
      Op(OpKind::setitem, {state_.at(result), k, v}, d->key->loc);
    }
    return;
  }
  const ast::comprehension* g = gens[index];
  const bool given = genexp_first_ && index == 0;
  if (given ? genexp_tuple_ : UnrollsVararg(g->iter)) {
    ComprehensionUnrolled(e, gens, index, result);
    return;
  }
  std::string n = std::to_string(hidden_counter_++);

  // range(...) directly in the clause: a counting loop. The first clause
  // of a generator expression was evaluated by the caller and arrives in
  // hidden parameters (#gstart/#gstop/#gstep for a range, else #g0it).
  const ast::Call* range_call = nullptr;
  if (auto* call = given ? nullptr : ast::dyn_cast<ast::Call>(g->iter)) {
    Value callee = Expr(call->func);
    if (callee.is_const() && host_.Is(store_.cst(callee.cst()).value, "builtins", "range"))
      range_call = call;
  }
  std::string counter = "#i" + n, next = "#next" + n, stop = "#stop" + n, step = "#step" + n;
  std::string it_name = "#it" + n;
  std::vector<std::string> hidden;
  const bool ranged = given ? state_.count("#gstart") != 0 : range_call != nullptr;
  if (given && ranged) {
    Bind(counter, state_.at("#gstart"), g->loc);
    Bind(stop, state_.at("#gstop"), g->loc);
    Bind(step, state_.at("#gstep"), g->loc);
    for (const char* name : {"#gstart", "#gstop", "#gstep"}) {
      state_.erase(name);
      locs_.erase(name);
    }
    hidden = {counter, next, stop, step};
  } else if (given) {
    Bind(it_name, state_.at("#g0it"), g->loc);
    state_.erase("#g0it");
    locs_.erase("#g0it");
    hidden = {it_name};
  } else if (range_call) {
    if (!range_call->keywords.empty() || range_call->args.empty() || range_call->args.size() > 3)
      Fail(Diagnostic(DiagKind::BadCallArgs, range_call->loc,
                      {"range() expects 1 to 3 positional arguments"}));
    std::vector<Value> args;
    for (const ast::Expr* a : range_call->args) {
      if (ast::isa<ast::Starred>(a)) Unsupported("`*` arguments", a->loc);
      args.push_back(Expr(a));
    }
    Value start = args.size() == 1 ? ConstValue(host_.FromInt(0)) : args[0];
    Value stop_v = args.size() == 1 ? args[0] : args[1];
    Value step_v = args.size() == 3 ? args[2] : ConstValue(host_.FromInt(1));
    if (!(step_v.is_const() &&
          host_.Kind(store_.cst(step_v.cst()).value) == loader::HostKind::Int &&
          host_.AsInt(store_.cst(step_v.cst()).value) != 0))
      Op(OpKind::range_check, {step_v}, range_call->loc);
    Bind(counter, start, range_call->loc);
    Bind(stop, stop_v, range_call->loc);
    Bind(step, step_v, range_call->loc);
    hidden = {counter, next, stop, step};
  } else {
    Value seq = IterableExpr(g->iter);
    Bind(it_name, IterOf(seq, g->iter->loc), g->iter->loc);
    hidden = {it_name};
  }

  // The loop header: every bound name is an input (constant range bounds
  // stay constant).
  std::vector<std::string> header_names;
  std::vector<VarId> inputs;
  FrameState header_state;
  for (const auto& [name, value] : state_) {
    if (ranged && value.is_const() && name != counter && name[0] == '#') {
      header_state[name] = value;
      continue;
    }
    VarId var = NewVar(name[0] == '#' ? "" : name, g->loc);
    inputs.push_back(var);
    header_state[name] = var;
    header_names.push_back(name);
  }
  BlockId header = store_.NewBlock(graph_, inputs);
  store_.block(header).loc = g->loc;
  LinkTo(header, header_names, g->loc);
  current_ = header;
  state_ = header_state;

  Value ok = ranged ? Op(OpKind::range_cond,
                             {state_.at(counter), state_.at(stop), state_.at(step)}, g->loc)
                        : Op(OpKind::next_valid, {state_.at(it_name)}, g->iter->loc);
  auto [no, yes] = Branch(ok);
  Resume(yes);
  Value item;
  if (ranged) {
    item = state_.at(counter);
    Bind(next, Op(OpKind::range_advance, {item, state_.at(step)}, g->loc), g->loc);
  } else {
    item = Op(OpKind::next_item, {state_.at(it_name)}, g->iter->loc);
  }
  // Back to the header for the next iteration.
  auto back = [&, counter = counter, next = next, ranged = ranged]() {
    if (ranged) Bind(counter, state_.at(next), g->loc);
    LinkTo(header, header_names, g->loc);
  };
  Assign(g->target, item, g->target->loc);
  ComprehensionClauseBody(e, gens, index, result, back);
  Resume(no);
  for (const std::string& name : hidden) {
    state_.erase(name);
    locs_.erase(name);
  }
}

}  // namespace rpyc::flow
