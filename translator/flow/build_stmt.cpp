// Flow graph builder: the graph skeleton, joins, and statements.
#include "common/check.h"
#include "translator/flow/builder.h"
#include "translator/flow/graph_builder.h"
#include "translator/flow/liveness.h"
#include "translator/flow/resumable/async_function.h"
#include "translator/flow/resumable/generator.h"
#include "translator/flow/verifier.h"

namespace rpyc::flow {

GraphId FlowBuilder::GetGraph(loader::HostId func, SourceLoc use_site) {
  auto it = graphs_.find(func.index);
  if (it != graphs_.end()) return it->second;
  if (GraphId r = store_.RegisteredGraph(func); r.valid()) return r;
  if (failed_.count(func.index)) return GraphId();
  GraphId g = BuildVersion(func, use_site);
  if (!g.valid()) {
    failed_[func.index] = true;
    return g;
  }
  graphs_[func.index] = g;
  return g;
}

GraphId FlowBuilder::BuildVersion(loader::HostId func, SourceLoc use_site, int32_t vararg_items) {
  const loader::FunctionInfo* info = host_.DescribeFunction(func, use_site);
  if (!info) return GraphId();
  GraphBuilder builder(store_, host_, diags_, func, *info);
  builder.nested_ = &nested_;
  builder.site_classes_ = site_classes_;
  builder.unroll_vararg_ = vararg_items;
  GraphId g = builder.Build();
  // A generator function: its graph becomes the frame's resume method,
  // and the function itself returns a new frame (each specialized
  // version has a frame class of its own).
  if (g.valid() && host_.IsGeneratorFunction(func)) g = MakeGenerator(store_, host_, g);
  // An asynchronous function: the same, and calling it starts the task.
  if (g.valid() && host_.IsAsyncFunction(func)) g = MakeAsyncFunction(store_, host_, g);
  return g;
}

GraphBuilder::GraphBuilder(FlowStore& store, loader::Host& host, DiagnosticEngine& diags,
                           loader::HostId func, const loader::FunctionInfo& info)
    : store_(store), host_(host), diags_(diags), func_(func), info_(info) {}

void GraphBuilder::Unsupported(const std::string& what, SourceLoc loc, const std::string& hint) {
  Diagnostic d(DiagKind::UnsupportedSyntax, loc, {what});
  if (!hint.empty()) d.Note(DiagKind::UnsupportedSyntaxHint, loc, {hint});
  Fail(std::move(d));
}

void GraphBuilder::Fail(Diagnostic d) {
  diags_.Emit(d);
  throw BuildAbort{};
}

VarId GraphBuilder::NewVar(const std::string& name, SourceLoc loc) {
  return store_.NewVar(graph_, name, loc);
}

namespace {

// Removes blocks not reachable from the start block (code after a return
// or break creates them) so the verifier's reachability invariant holds.
void PruneUnreachable(FlowStore& store, GraphId gid) {
  FunctionGraph& g = store.graph(gid);
  std::set<uint32_t> seen;
  std::vector<BlockId> work{g.startblock};
  while (!work.empty()) {
    BlockId b = work.back();
    work.pop_back();
    if (!seen.insert(b.index).second) continue;
    for (LinkId l : store.block(b).exits) work.push_back(store.link(l).target);
  }
  seen.insert(g.returnblock.index);
  seen.insert(g.exceptblock.index);
  std::vector<BlockId> kept;
  for (BlockId b : g.blocks)
    if (seen.count(b.index)) kept.push_back(b);
  g.blocks = std::move(kept);
  // Branches are built in whichever order is convenient; the model wants
  // the False exit first.
  for (BlockId b : g.blocks) {
    std::vector<LinkId>& exits = store.block(b).exits;
    if (exits.size() == 2 && store.link(exits[0]).exitcase == ExitCase::True)
      std::swap(exits[0], exits[1]);
  }
}

// Expression-level control flow (`and`, `or`, `x if c else y`, chained
// comparisons) creates blocks while an enclosing expression still holds
// temporaries computed before it, e.g. `f(a, b or c)` holds `a`. Those
// temporaries are not in the frame state, so the blocks after the branch
// do not receive them. This pass repairs that: a block using a variable it
// does not define gets it as a new input argument, passed along every
// incoming link (recursively through predecessors that lack it too).
class ScopeRepair {
 public:
  ScopeRepair(FlowStore& store, GraphId g) : store_(store), g_(g) {}

  void Run() {
    const FunctionGraph& g = store_.graph(g_);
    for (BlockId b : g.blocks) {
      const Block& blk = store_.block(b);
      for (VarId v : blk.inputargs) defs_[b.index].insert(v.index);
      for (const Operation& op : blk.operations) defs_[b.index].insert(op.result.index);
      for (LinkId l : blk.exits) preds_[store_.link(l).target.index].push_back(l);
    }
    for (BlockId b : g.blocks) Rewrite(b);
  }

 private:
  // The variable standing for `v` inside block b.
  VarId Need(BlockId b, VarId v) {
    if (defs_[b.index].count(v.index)) return v;
    auto& map = renamed_[b.index];
    auto it = map.find(v.index);
    if (it != map.end()) return it->second;
    RPYC_CHECK(b != store_.graph(g_).startblock, "variable used but never defined");
    VarId fresh = store_.NewVar(g_, store_.var(v).name, store_.var(v).loc);
    map[v.index] = fresh;
    store_.block(b).inputargs.push_back(fresh);
    defs_[b.index].insert(fresh.index);
    for (LinkId l : preds_[b.index]) {
      BlockId from = store_.link(l).prev;
      VarId passed = Need(from, v);
      store_.link(l).args.push_back(passed);
      Link& link = store_.link(l);
      if (!link.arg_locs.empty()) link.arg_locs.push_back(store_.var(v).loc);
    }
    return fresh;
  }

  void Fix(BlockId b, Value& v) {
    if (v.is_var() && !defs_[b.index].count(v.var().index)) v = Need(b, v.var());
  }

  void Rewrite(BlockId b) {
    for (size_t i = 0; i < store_.block(b).operations.size(); ++i)
      for (size_t a = 0; a < store_.block(b).operations[i].args.size(); ++a) {
        Value v = store_.block(b).operations[i].args[a];
        Fix(b, v);
        store_.block(b).operations[i].args[a] = v;
      }
    Value sw = store_.block(b).exitswitch;
    Fix(b, sw);
    store_.block(b).exitswitch = sw;
    for (LinkId l : std::vector<LinkId>(store_.block(b).exits))
      for (size_t a = 0; a < store_.link(l).args.size(); ++a) {
        Value v = store_.link(l).args[a];
        if (v.is_var() && v.var() == store_.link(l).last_exc_value) continue;
        Fix(b, v);
        store_.link(l).args[a] = v;
      }
  }

  FlowStore& store_;
  GraphId g_;
  std::map<uint32_t, std::set<uint32_t>> defs_;
  std::map<uint32_t, std::vector<LinkId>> preds_;
  std::map<uint32_t, std::map<uint32_t, VarId>> renamed_;
};

}  // namespace

GraphId GraphBuilder::Build() {
  const ast::arguments* args = nullptr;
  std::vector<ast::Stmt*> lambda_body;
  const std::vector<ast::Stmt*>* body = nullptr;
  if (auto* fd = ast::dyn_cast<ast::FunctionDef>(info_.def)) {
    args = fd->args;
    body = &fd->body;
  } else if (auto* lambda = ast::dyn_cast<ast::Lambda>(info_.def)) {
    args = lambda->args;
    lambda_return_.value = lambda->body;
    lambda_return_.loc = lambda->body->loc;
    lambda_body.push_back(&lambda_return_);
    body = &lambda_body;
  }
  graph_ = store_.NewGraph(info_.name, func_, info_.def->loc);
  CheckContext ctx("building the flow graph of " + info_.qualname);
  try {
    RPYC_CHECK(body, "a function definition that is neither def nor lambda");
    async_ = host_.IsAsyncFunction(func_);
    if (args->kwarg) Unsupported("`**kwargs` parameters", args->kwarg->loc);
    FunctionGraph& g = store_.graph(graph_);
    Signature& sig = g.signature;
    std::vector<VarId> inputs;
    auto add_param = [&](const ast::arg* a) {
      sig.params.push_back(a->arg_name);
      VarId v = NewVar(a->arg_name, a->loc);
      inputs.push_back(v);
      Bind(a->arg_name, v, a->loc);
    };
    for (const ast::arg* a : args->posonlyargs) add_param(a);
    for (const ast::arg* a : args->args) add_param(a);
    sig.num_positional = static_cast<uint32_t>(sig.params.size());
    sig.defaults.assign(sig.params.size(), loader::HostId());
    size_t ndef = info_.defaults.size();
    for (size_t i = 0; i < ndef && i < sig.num_positional; ++i)
      sig.defaults[sig.num_positional - ndef + i] = info_.defaults[i];
    if (args->vararg) {
      // *args: a tuple of the extra positional arguments (its type, and
      // so the version of the function, depends on the call: see
      // annotator/specialize.cpp).
      sig.vararg = static_cast<int32_t>(sig.params.size());
      add_param(args->vararg);
      sig.defaults.push_back(loader::HostId());
    }
    for (const ast::arg* a : args->kwonlyargs) {
      add_param(a);
      auto it = info_.kwdefaults.find(a->arg_name);
      sig.defaults.push_back(it != info_.kwdefaults.end() ? it->second : loader::HostId());
    }
    store_.graph(graph_).startblock = store_.NewBlock(graph_, inputs);
    store_.graph(graph_).returnblock = store_.NewBlock(graph_, {NewVar("", info_.def->loc)});
    store_.graph(graph_).exceptblock = store_.NewBlock(graph_, {NewVar("evalue", info_.def->loc)});
    current_ = store_.graph(graph_).startblock;
    for (auto& [name, value] : state_) local_names_.insert(name);
    CollectAssignedNames(*body, &local_names_);
    if (args->vararg) {
      std::set<std::string> assigned;
      CollectAssignedNames(*body, &assigned);
      vararg_rebound_ = assigned.count(args->vararg->arg_name) != 0;
    }
    PrepareClosures(info_.def->loc);
    PrepareGlobals();
    Stmts(*body);
    if (reachable()) {
      // Falling off the end returns None; point at the last statement.
      SourceLoc end = body->empty() ? info_.def->loc : body->back()->loc;
      LinkId l = store_.NewLink(current_, store_.graph(graph_).returnblock,
                                {ConstValue(host_.None())}, ExitCase::None);
      store_.link(l).arg_locs = {end};
      current_ = BlockId();
    }
  } catch (const BuildAbort&) {
    return GraphId();
  }
  FinishGraph();
  try {
    CheckExitMethod();
  } catch (const BuildAbort&) {
    return GraphId();
  }
  return graph_;
}

void GraphBuilder::FinishGraph() {
  PruneUnreachable(store_, graph_);
  ScopeRepair(store_, graph_).Run();
  RemoveDeadInputs(store_, graph_);
  VerifyGraph(store_, graph_);
}

// ---- joins ----------------------------------------------------------------

PendingExit GraphBuilder::Leave() {
  PendingExit e{current_, state_, ExitCase::None, locs_};
  current_ = BlockId();
  return e;
}

std::pair<PendingExit, PendingExit> GraphBuilder::Branch(Value cond) {
  RPYC_CHECK(cond.is_var(), "branch on a non-variable");
  store_.block(current_).exitswitch = cond;
  PendingExit f{current_, state_, ExitCase::False, locs_};
  PendingExit t{current_, state_, ExitCase::True, locs_};
  current_ = BlockId();
  return {f, t};
}

void GraphBuilder::Resume(const PendingExit& exit) {
  if (exit.exitcase == ExitCase::None && !store_.block(exit.block).canraise) {
    current_ = exit.block;
    state_ = exit.state;
    locs_ = exit.locs;
    return;
  }
  Join({exit}, store_.block(exit.block).loc);
}

void GraphBuilder::Join(std::vector<PendingExit> exits, SourceLoc loc, bool fresh) {
  if (exits.empty()) {
    current_ = BlockId();
    return;
  }
  if (!fresh && exits.size() == 1 && exits[0].exitcase == ExitCase::None &&
      !store_.block(exits[0].block).canraise) {
    Resume(exits[0]);
    return;
  }
  // A local bound on some paths only stays usable: the other paths pass
  // an undefined placeholder, and a hidden flag "#bound:name" records
  // whether it was assigned; reading it checks the flag (CPython raises
  // UnboundLocalError).
  std::set<std::string> partial;
  for (const PendingExit& e : exits)
    for (const auto& [name, value] : e.state)
      if (name[0] != '#' && local_names_.count(name)) partial.insert(name);
  for (const std::string& name : partial) {
    bool everywhere = true;
    for (const PendingExit& e : exits) everywhere = everywhere && e.state.count(name);
    bool flagged = false;
    for (const PendingExit& e : exits) flagged = flagged || e.state.count("#bound:" + name);
    if (everywhere && !flagged) continue;
    for (PendingExit& e : exits) {
      bool has = e.state.count(name) != 0;
      if (!e.state.count("#bound:" + name))
        e.state["#bound:" + name] = ConstValue(host_.FromBool(has));
      if (!has) e.state[name] = ConstValue(host_.Undefined());
    }
  }
  // Names bound on every path; those bound to one Constant on every path
  // stay constant in the joined state.
  FrameState joined;
  BindingLocs joined_locs;
  std::vector<std::string> passed;
  std::vector<VarId> inputs;
  for (const auto& [name, value] : exits[0].state) {
    bool everywhere = true, same = true;
    for (const PendingExit& e : exits) {
      auto it = e.state.find(name);
      if (it == e.state.end()) {
        everywhere = false;
        break;
      }
      if (it->second != value) same = false;
    }
    if (!everywhere) continue;
    auto loc_it = exits[0].locs.find(name);
    joined_locs[name] = loc_it != exits[0].locs.end() ? loc_it->second : loc;
    if (same && value.is_const()) {
      joined[name] = value;
      continue;
    }
    VarId v = NewVar(name[0] == '#' ? "" : name, loc);
    joined[name] = v;
    passed.push_back(name);
    inputs.push_back(v);
  }
  BlockId block = store_.NewBlock(graph_, inputs);
  store_.block(block).loc = loc;
  for (const PendingExit& e : exits) {
    std::vector<Value> args;
    std::vector<SourceLoc> arg_locs;
    for (const std::string& name : passed) {
      args.push_back(e.state.at(name));
      auto it = e.locs.find(name);
      arg_locs.push_back(it != e.locs.end() ? it->second : loc);
    }
    LinkId l = store_.NewLink(e.block, block, std::move(args), e.exitcase);
    store_.link(l).arg_locs = std::move(arg_locs);
    store_.link(l).last_exc_value = e.exc_var;
  }
  current_ = block;
  state_ = std::move(joined);
  locs_ = std::move(joined_locs);
}

void GraphBuilder::LinkTo(BlockId target, const std::vector<std::string>& names, SourceLoc loc) {
  std::vector<Value> args;
  std::vector<SourceLoc> arg_locs;
  for (const std::string& name : names) {
    auto it = state_.find(name);
    if (it == state_.end() && name.compare(0, 7, "#bound:") == 0) {
      // The flag of a local that is bound here (assigning clears it).
      args.push_back(ConstValue(host_.FromBool(state_.count(name.substr(7)) != 0)));
      arg_locs.push_back(loc);
      continue;
    }
    if (it == state_.end() && local_names_.count(name)) {
      args.push_back(ConstValue(host_.Undefined()));
      arg_locs.push_back(loc);
      continue;
    }
    if (it == state_.end()) {
      Fail(Diagnostic(DiagKind::PossiblyUnbound, loc, {name}));
    }
    args.push_back(it->second);
    auto loc_it = locs_.find(name);
    arg_locs.push_back(loc_it != locs_.end() ? loc_it->second : loc);
  }
  LinkId l = store_.NewLink(current_, target, std::move(args), ExitCase::None);
  store_.link(l).arg_locs = std::move(arg_locs);
  current_ = BlockId();
}

// ---- statements ------------------------------------------------------------

void GraphBuilder::Stmts(const std::vector<ast::Stmt*>& body) {
  for (const ast::Stmt* s : body) {
    if (!reachable()) return;  // code after return/break/continue
    Stmt(s);
  }
}

void GraphBuilder::Stmt(const ast::Stmt* s) {
  switch (s->kind) {
    case ast::NodeKind::ExprStmt:
      Expr(ast::cast<ast::ExprStmt>(s)->value);
      return;
    case ast::NodeKind::Assign: {
      auto* a = ast::cast<ast::Assign>(s);
      Value v = Expr(a->value);
      for (const ast::Expr* t : a->targets) Assign(t, v, a->loc);
      return;
    }
    case ast::NodeKind::AnnAssign: {
      auto* a = ast::cast<ast::AnnAssign>(s);
      if (a->value) Assign(a->target, Expr(a->value), a->loc);
      return;
    }
    case ast::NodeKind::AugAssign: {
      auto* a = ast::cast<ast::AugAssign>(s);
      static const OpKind kInplace[] = {
          OpKind::inplace_add,    OpKind::inplace_sub,    OpKind::inplace_mul,
          OpKind::matmul,         OpKind::inplace_truediv, OpKind::inplace_mod,
          OpKind::inplace_pow,    OpKind::inplace_lshift, OpKind::inplace_rshift,
          OpKind::inplace_or,     OpKind::inplace_xor,    OpKind::inplace_and,
          OpKind::inplace_floordiv};
      if (a->op == ast::BinOpKind::MatMult) Unsupported("the `@` operator", a->loc);
      OpKind kind = kInplace[static_cast<int>(a->op)];
      if (auto* name = ast::dyn_cast<ast::Name>(a->target)) {
        Value left = Name(name);
        Value right = Expr(a->value);
        Assign(a->target, Op(kind, {left, right}, a->loc), a->loc);
        return;
      }
      // obj.attr op= v and obj[i] op= v evaluate obj (and i) once.
      if (auto* attr = ast::dyn_cast<ast::Attribute>(a->target)) {
        Value obj = Expr(attr->value);
        Value name = ConstValue(host_.FromStr(attr->attr));
        Value left = Op(OpKind::getattr, {obj, name}, attr->loc);
        Value r = Op(kind, {left, Expr(a->value)}, a->loc);
        if (!StoreModuleAttr(obj, attr->attr, r, a->loc)) Op(OpKind::setattr, {obj, name, r}, a->loc);
        return;
      }
      if (auto* sub = ast::dyn_cast<ast::Subscript>(a->target)) {
        if (ast::isa<ast::Slice>(sub->slice)) Unsupported("augmented slice assignment", sub->loc);
        Value obj = Expr(sub->value);
        Value index = Expr(sub->slice);
        Value left = Op(OpKind::getitem, {obj, index}, sub->loc);
        Value r = Op(kind, {left, Expr(a->value)}, a->loc);
        Op(OpKind::setitem, {obj, index, r}, a->loc);
        return;
      }
      Unsupported("augmented assignment to this target", a->target->loc);
    }
    case ast::NodeKind::If:
      If(ast::cast<ast::If>(s));
      return;
    case ast::NodeKind::While:
    case ast::NodeKind::For:
      LoopWithAccumulators(s);
      return;
    case ast::NodeKind::Return:
      Return(ast::cast<ast::Return>(s));
      return;
    case ast::NodeKind::Pass:
      return;
    case ast::NodeKind::Break:
    case ast::NodeKind::Continue: {
      bool is_break = s->kind == ast::NodeKind::Break;
      if (loops_.empty())
        Fail(Diagnostic(DiagKind::BreakOutsideLoop, s->loc, {is_break ? "break" : "continue"}));
      Loop& loop = loops_.back();
      RunFinallies(loop.try_depth);
      if (!reachable()) return;
      if (is_break) {
        loops_.back().breaks.push_back(Leave());
        return;
      }
      if (loop.unrolled_continues) {
        loop.unrolled_continues->push_back(Leave());
        return;
      }
      for (const auto& [from, to] : loops_.back().continue_renames)
        Bind(from, state_.at(to), s->loc);
      LinkTo(loops_.back().header, loops_.back().header_names, s->loc);
      return;
    }
    case ast::NodeKind::FunctionDef: {
      auto* fd = ast::cast<ast::FunctionDef>(s);
      BindName(fd->name, MakeDecoratedNested(fd), fd->loc);
      return;
    }
    case ast::NodeKind::ClassDef:
      Unsupported("a `class` statement inside a function", s->loc);
    case ast::NodeKind::Delete:
      for (const ast::Expr* t : ast::cast<ast::Delete>(s)->targets) Delete(t);
      return;
    case ast::NodeKind::With:
      With(ast::cast<ast::With>(s));
      return;
    case ast::NodeKind::Raise:
      Raise(ast::cast<ast::Raise>(s));
      return;
    case ast::NodeKind::Try:
      Try(ast::cast<ast::Try>(s));
      return;
    case ast::NodeKind::Assert:
      Assert(ast::cast<ast::Assert>(s));
      return;
    case ast::NodeKind::Import:
    case ast::NodeKind::ImportFrom:
      Unsupported("`import` inside a function", s->loc,
                  "import at module level; the translator sees the module's globals");
    case ast::NodeKind::Global:
      GlobalStmt(ast::cast<ast::Global>(s));
      return;
    case ast::NodeKind::Nonlocal:
      return;  // handled by the scope analysis (build_closure.cpp)
    case ast::NodeKind::Unsupported:
      Unsupported("the `" + ast::cast<ast::Unsupported>(s)->what + "` statement", s->loc);
    default:
      Unsupported(std::string("the statement `") + ast::NodeKindName(s->kind) + "`", s->loc);
  }
}

void GraphBuilder::Assign(const ast::Expr* target, Value value, SourceLoc loc) {
  if (auto* name = ast::dyn_cast<ast::Name>(target)) {
    // Give the value a variable named after the target, for readable dumps
    // and diagnostics; constants stay constants (folding relies on it).
    if (value.is_var() && store_.var(value.var()).name.empty())
      store_.var(value.var()).name = name->id;
    BindName(name->id, value, loc);
    return;
  }
  if (auto* sub = ast::dyn_cast<ast::Subscript>(target)) {
    Value obj = Expr(sub->value);
    if (auto* sl = ast::dyn_cast<ast::Slice>(sub->slice)) {
      std::vector<Value> args{obj};
      SliceParts(sl, &args);
      args.push_back(value);
      Op(OpKind::setslice, std::move(args), target->loc);
      return;
    }
    Value index = Expr(sub->slice);
    Op(OpKind::setitem, {obj, index, value}, target->loc);
    return;
  }
  if (auto* attr = ast::dyn_cast<ast::Attribute>(target)) {
    Value obj = Expr(attr->value);
    if (StoreModuleAttr(obj, attr->attr, value, target->loc)) return;
    Op(OpKind::setattr, {obj, ConstValue(host_.FromStr(attr->attr)), value}, target->loc);
    return;
  }
  if (ast::isa<ast::Tuple>(target) || ast::isa<ast::List>(target)) {
    const std::vector<ast::Expr*>& elts = ast::isa<ast::Tuple>(target)
                                              ? ast::cast<ast::Tuple>(target)->elts
                                              : ast::cast<ast::List>(target)->elts;
    for (const ast::Expr* e : elts)
      if (ast::isa<ast::Starred>(e)) Unsupported("starred assignment (`a, *b = ...`)", e->loc);
    if (value.is_const()) {
      // Unpacking a constant tuple binds constants (unrolled loops).
      loader::HostId v = store_.cst(value.cst()).value;
      if (host_.Kind(v) == loader::HostKind::Tuple) {
        std::vector<loader::HostId> items = host_.TupleItems(v);
        if (items.size() == elts.size()) {
          for (size_t i = 0; i < elts.size(); ++i)
            Assign(elts[i], ConstValue(items[i]), loc);
          return;
        }
      }
    }
    Value n = ConstValue(host_.FromInt(static_cast<int64_t>(elts.size())));
    Op(OpKind::unpack_check, {value, n}, target->loc);
    // Read every item before assigning any (a, b = b, a).
    std::vector<Value> items;
    for (size_t i = 0; i < elts.size(); ++i)
      items.push_back(Op(OpKind::getitem,
                         {value, ConstValue(host_.FromInt(static_cast<int64_t>(i)))},
                         elts[i]->loc));
    for (size_t i = 0; i < elts.size(); ++i) Assign(elts[i], items[i], elts[i]->loc);
    return;
  }
  Unsupported("assignment to this target", target->loc);
}

void GraphBuilder::Delete(const ast::Expr* target) {
  if (auto* sub = ast::dyn_cast<ast::Subscript>(target)) {
    Value obj = Expr(sub->value);
    if (auto* sl = ast::dyn_cast<ast::Slice>(sub->slice)) {
      std::vector<Value> args{obj};
      SliceParts(sl, &args);
      Op(OpKind::delslice, std::move(args), target->loc);
      return;
    }
    Op(OpKind::delitem, {obj, Expr(sub->slice)}, target->loc);
    return;
  }
  if (auto* name = ast::dyn_cast<ast::Name>(target)) {
    // `del x` unbinds the local: later reads are refused as unbound.
    if (cells_.count(name->id) || scope_.nonlocals.count(name->id))
      Unsupported("`del` of a variable a nested function uses", name->loc);
    if (scope_.globals.count(name->id))
      Unsupported("`del` of a module-level variable (`global " + name->id + "`)", name->loc,
                  "assign it a value instead");
    if (!state_.count(name->id)) Fail(Diagnostic(DiagKind::PossiblyUnbound, name->loc, {name->id}));
    state_.erase(name->id);
    locs_.erase(name->id);
    return;
  }
  Unsupported("`del` of this target", target->loc);
}

void GraphBuilder::NarrowNotNone(const ast::Expr* test, bool outcome) {
  auto* cmp = ast::dyn_cast<ast::Compare>(test);
  if (!cmp || cmp->ops.size() != 1) return;
  bool is = cmp->ops[0] == ast::CmpOpKind::Is;
  if (!is && cmp->ops[0] != ast::CmpOpKind::IsNot) return;
  auto* name = ast::dyn_cast<ast::Name>(cmp->left);
  auto* none = ast::dyn_cast<ast::Constant>(cmp->comparators[0]);
  if (!name || !none || none->value_kind != ast::Constant::Kind::None) return;
  if (is == outcome) return;  // the branch where it is None
  auto it = state_.find(name->id);
  if (it == state_.end() || !it->second.is_var() || cells_.count(name->id)) return;
  Bind(name->id, Op(OpKind::nonnull, {it->second}, test->loc), locs_[name->id]);
}

void GraphBuilder::If(const ast::If* s) {
  Value cond = Condition(s->test);
  if (cond.is_const()) {
    // A constant condition: only the taken branch exists (RPython prunes
    // `if not we_are_translated():` the same way).
    Stmts(host_.AsBool(store_.cst(cond.cst()).value) ? s->body : s->orelse);
    return;
  }
  auto [no, yes] = Branch(cond);
  std::vector<PendingExit> ends;
  Resume(yes);
  NarrowNotNone(s->test, true);
  Stmts(s->body);
  if (reachable()) ends.push_back(Leave());
  Resume(no);
  NarrowNotNone(s->test, false);
  Stmts(s->orelse);
  if (reachable()) ends.push_back(Leave());
  Join(std::move(ends), s->loc);
}

namespace {

// Counts, in the subtree of `n`, every read or write of each name
// (`uses`) and the `name += ...` statements among them (`appends`).
void CountNameUses(const ast::Node* n, std::map<std::string, int>* uses,
                   std::map<std::string, int>* appends) {
  if (!n) return;
  if (auto* name = ast::dyn_cast<ast::Name>(n)) ++(*uses)[name->id];
  if (auto* aug = ast::dyn_cast<ast::AugAssign>(n))
    if (auto* target = ast::dyn_cast<ast::Name>(aug->target))
      if (aug->op == ast::BinOpKind::Add) ++(*appends)[target->id];
  for (const ast::Node* child : ast::ChildNodes(n)) CountNameUses(child, uses, appends);
}

}  // namespace

std::vector<std::string> GraphBuilder::AccumulatedNames(const ast::Stmt* loop) {
  // Inside a try, a handler could read the local mid-loop.
  if (!tries_.empty()) return {};
  std::map<std::string, int> uses, appends;
  CountNameUses(loop, &uses, &appends);
  std::vector<std::string> names;
  for (const auto& [name, count] : appends) {
    // Every use is a `+=` target; the local is surely bound before the
    // loop and not an accumulator of an enclosing loop already.
    if (uses[name] != count || !state_.count(name) || state_.count("#bound:" + name) ||
        accumulating_.count(name))
      continue;
    Value v = state_.at(name);
    if (v.is_const() && v.cst().valid() && store_.cst(v.cst()).value == host_.Undefined()) continue;
    names.push_back(name);
  }
  return names;
}

void GraphBuilder::LoopWithAccumulators(const ast::Stmt* loop) {
  std::vector<std::string> names = AccumulatedNames(loop);
  for (const std::string& name : names) {
    Bind(name, Op(OpKind::acc_begin, {state_.at(name)}, loop->loc), locs_[name]);
    accumulating_.insert(name);
  }
  if (auto* w = ast::dyn_cast<ast::While>(loop)) While(w);
  else For(ast::cast<ast::For>(loop));
  for (const std::string& name : names) {
    accumulating_.erase(name);
    if (reachable() && state_.count(name))
      Bind(name, Op(OpKind::acc_end, {state_.at(name)}, loop->loc), locs_[name]);
  }
}

void GraphBuilder::PrepareLoopState(const std::vector<ast::Stmt*>& body,
                                    const ast::Expr* target) {
  // Locals first assigned inside the loop may be read after it (or in a
  // later iteration): carry them through the header as "maybe unbound".
  std::set<std::string> assigned;
  CollectAssignedNames(body, &assigned);
  if (target) {
    std::vector<ast::Stmt*> fake;
    ast::Assign a;
    a.targets = {const_cast<ast::Expr*>(target)};
    fake.push_back(&a);
    CollectAssignedNames(fake, &assigned);
  }
  for (const std::string& name : assigned) {
    if (state_.count(name) || !local_names_.count(name)) continue;
    state_[name] = ConstValue(host_.Undefined());
    state_["#bound:" + name] = ConstValue(host_.FromBool(false));
  }
}

GraphBuilder::Loop GraphBuilder::EnterLoopHeader(SourceLoc loc) {
  // Every bound name becomes an input argument of the header, so the back
  // edges can pass their new values.
  Loop loop;
  for (const auto& [name, value] : state_) loop.header_names.push_back(name);
  std::vector<VarId> inputs;
  FrameState header_state;
  for (const std::string& name : loop.header_names) {
    VarId v = NewVar(name[0] == '#' ? "" : name, loc);
    inputs.push_back(v);
    header_state[name] = v;
  }
  loop.header = store_.NewBlock(graph_, inputs);
  store_.block(loop.header).loc = loc;
  LinkTo(loop.header, loop.header_names, loc);
  current_ = loop.header;
  state_ = header_state;
  return loop;
}

void GraphBuilder::While(const ast::While* s) {
  PrepareLoopState(s->body, nullptr);
  Loop loop = EnterLoopHeader(s->loc);

  Value cond = Condition(s->test);
  std::vector<PendingExit> exits;
  PendingExit body_entry;
  if (cond.is_const()) {
    if (!host_.AsBool(store_.cst(cond.cst()).value)) {
      // `while False:` — the body never runs.
      Stmts(s->orelse);
      return;
    }
    body_entry = Leave();
  } else {
    auto [no, yes] = Branch(cond);
    body_entry = yes;
    Resume(no);
    Stmts(s->orelse);
    if (reachable()) exits.push_back(Leave());
  }
  loop.try_depth = tries_.size();
  loops_.push_back(loop);
  Resume(body_entry);
  Stmts(s->body);
  if (reachable()) LinkTo(loops_.back().header, loops_.back().header_names, s->loc);
  for (PendingExit& b : loops_.back().breaks) exits.push_back(std::move(b));
  loops_.pop_back();
  Join(std::move(exits), s->loc);
}

void GraphBuilder::For(const ast::For* s) {
  if (s->is_async) Unsupported("`async for`", s->loc);
  if (auto* call = ast::dyn_cast<ast::Call>(s->iter)) {
    Value callee = Expr(call->func);
    if (callee.is_const() && host_.Is(store_.cst(callee.cst()).value, "builtins", "range")) {
      ForRange(s, call);
      return;
    }
  }
  ForIter(s);
}

void GraphBuilder::ForIter(const ast::For* s) {
  if (UnrollsVararg(s->iter)) {
    ForUnrolled(s, static_cast<size_t>(unroll_vararg_),
                [&](size_t i) { return VarargItem(s->iter, i); });
    return;
  }
  Value seq = IterableExpr(s->iter);
  if (seq.is_const()) {
    loader::HostId v = store_.cst(seq.cst()).value;
    if (host_.Is(host_.TypeOf(v), "rpython.rlib.unroll", "unrolling_iterable")) {
      loader::HostResult items = host_.GetAttr(v, "_items");
      if (items.ok()) {
        ForUnrolled(s, items.value);
        return;
      }
    }
  }
  PrepareLoopState(s->body, s->target);
  std::string n = std::to_string(hidden_counter_++);
  std::string it_name = "#it" + n;
  Bind(it_name, IterOf(seq, s->iter->loc), s->iter->loc);

  Loop loop = EnterLoopHeader(s->loc);

  Value ok = Op(OpKind::next_valid, {state_.at(it_name)}, s->iter->loc);
  auto [no, yes] = Branch(ok);
  std::vector<PendingExit> exits;
  Resume(no);
  Stmts(s->orelse);
  if (reachable()) exits.push_back(Leave());

  loop.try_depth = tries_.size();
  loops_.push_back(loop);
  Resume(yes);
  Value item = Op(OpKind::next_item, {state_.at(it_name)}, s->iter->loc);
  Assign(s->target, item, s->target->loc);
  Stmts(s->body);
  if (reachable()) LinkTo(loops_.back().header, loops_.back().header_names, s->loc);
  for (PendingExit& b : loops_.back().breaks) exits.push_back(std::move(b));
  loops_.pop_back();
  Join(std::move(exits), s->loc);
  state_.erase(it_name);
  locs_.erase(it_name);
}

void GraphBuilder::ForRange(const ast::For* s, const ast::Call* call) {
  if (!call->keywords.empty() || call->args.empty() || call->args.size() > 3)
    Fail(Diagnostic(DiagKind::BadCallArgs, call->loc,
                    {"range() expects 1 to 3 positional arguments"}));
  std::vector<Value> args;
  for (const ast::Expr* a : call->args) {
    if (ast::isa<ast::Starred>(a)) Unsupported("`*` arguments", a->loc);
    args.push_back(Expr(a));
  }
  Value start = args.size() == 1 ? ConstValue(host_.FromInt(0)) : args[0];
  Value stop = args.size() == 1 ? args[0] : args[1];
  Value step = args.size() == 3 ? args[2] : ConstValue(host_.FromInt(1));
  if (!(step.is_const() && host_.Kind(store_.cst(step.cst()).value) == loader::HostKind::Int &&
        host_.AsInt(store_.cst(step.cst()).value) != 0))
    Op(OpKind::range_check, {step}, call->loc);
  PrepareLoopState(s->body, s->target);
  std::string n = std::to_string(hidden_counter_++);
  std::string counter = "#i" + n, next = "#next" + n;
  Bind(counter, start, call->loc);
  Bind("#stop" + n, stop, call->loc);
  Bind("#step" + n, step, call->loc);

  Loop loop;
  for (const auto& [name, value] : state_) loop.header_names.push_back(name);
  std::vector<VarId> inputs;
  FrameState header_state;
  for (const std::string& name : loop.header_names) {
    Value v = state_.at(name);
    // Constant stop and step stay constant: the loop condition then folds
    // to a single comparison.
    if (v.is_const() && (name == "#stop" + n || name == "#step" + n)) {
      header_state[name] = v;
      continue;
    }
    VarId var = NewVar(name[0] == '#' ? "" : name, s->loc);
    inputs.push_back(var);
    header_state[name] = var;
  }
  std::vector<std::string> passed;
  for (const std::string& name : loop.header_names)
    if (header_state[name].is_var()) passed.push_back(name);
  loop.header_names = passed;
  loop.header = store_.NewBlock(graph_, inputs);
  store_.block(loop.header).loc = s->loc;
  LinkTo(loop.header, loop.header_names, s->loc);
  current_ = loop.header;
  state_ = header_state;

  Value cond = Op(OpKind::range_cond,
                  {state_.at(counter), state_.at("#stop" + n), state_.at("#step" + n)}, s->loc);
  auto [no, yes] = Branch(cond);
  std::vector<PendingExit> exits;
  Resume(no);
  Stmts(s->orelse);
  if (reachable()) exits.push_back(Leave());

  loop.continue_renames[counter] = next;
  loop.try_depth = tries_.size();
  loops_.push_back(loop);
  Resume(yes);
  Value i = state_.at(counter);
  Bind(next, Op(OpKind::range_advance, {i, state_.at("#step" + n)}, s->loc), s->loc);
  Assign(s->target, i, s->target->loc);
  Stmts(s->body);
  if (reachable()) {
    Bind(counter, state_.at(next), s->loc);
    LinkTo(loops_.back().header, loops_.back().header_names, s->loc);
  }
  for (PendingExit& b : loops_.back().breaks) exits.push_back(std::move(b));
  loops_.pop_back();
  Join(std::move(exits), s->loc);
  // The hidden loop state is dead after the loop.
  for (const char* prefix : {"#i", "#next", "#stop", "#step"}) {
    state_.erase(prefix + n);
    locs_.erase(prefix + n);
  }
}

void GraphBuilder::Return(const ast::Return* s) {
  Value v = s->value ? Expr(s->value) : ConstValue(host_.None());
  if (!reachable()) return;
  if (!tries_.empty()) {
    // Finally bodies run after the value is computed; carry it across.
    Bind("#retval", v, s->loc);
    RunFinallies(0);
    if (!reachable()) return;
    v = state_.at("#retval");
  }
  LinkId l = store_.NewLink(current_, store_.graph(graph_).returnblock, {v}, ExitCase::None);
  store_.link(l).arg_locs = {s->value ? s->value->loc : s->loc};
  current_ = BlockId();
}

}  // namespace rpyc::flow
