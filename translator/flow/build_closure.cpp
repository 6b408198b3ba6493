// Flow graph builder: nested functions, lambdas and the variables they
// capture (closures).
//
// A nested `def` or `lambda` becomes a function object of its own, made
// at translation time by Host::NewNestedFunction (one per definition
// site), and a `make_closure` operation that pairs it with the values of
// its free variables when the definition runs. A nested function without
// free variables is simply that constant.
//
// Python closures see variables, not snapshots: a lambda made in a loop
// sees the loop variable's last value, and `nonlocal` rebinds the
// enclosing variable. So a captured local that is ever rebound (assigned
// anywhere in its function, or declared `nonlocal` by a nested function)
// lives in a cell: the enclosing function makes the cell on entry
// (cell_new, kept in the frame state as "#cell:name") and reads and writes
// it with cell_get and cell_set; closures capture the cell. A parameter
// that is never rebound cannot change after capture, so closures capture
// its value. Inside the nested function, `closure_var(name)` reads a
// captured value (followed by cell_get for a cell); a variable it passes
// on to a deeper nested function is passed as captured (the cell itself).
//
// The decisions are recorded per nested function object in the
// FlowBuilder's NestedInfo table, where the graph of the nested function
// (built later, on first call) and the annotator find them.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

void GraphBuilder::PrepareClosures(SourceLoc loc) {
  scope_ = AnalyzeScope(info_.def);
  if (nested_) {
    auto it = nested_->find(func_.index);
    if (it != nested_->end())
      for (size_t i = 0; i < it->second.freevars.size(); ++i)
        free_[it->second.freevars[i]] = it->second.cells[i];
  }
  for (const std::string& name : scope_.nonlocals) {
    auto it = free_.find(name);
    if (it == free_.end() || !it->second)
      Unsupported("`nonlocal " + name + "` outside a function nested in the one defining it",
                  info_.def->loc);
    local_names_.erase(name);
  }
  // This function's locals that nested functions capture, and those that
  // generator expressions read after the function may have rebound them
  // (CPython reads them when the generator runs).
  std::set<std::string> captured;
  for (const ast::Node* child : scope_.children)
    for (const std::string& name : AnalyzeScope(child).free)
      if (scope_.IsLocal(name)) captured.insert(name);
  if (auto* fd = ast::dyn_cast<ast::FunctionDef>(info_.def)) {
    for (const ast::Stmt* st : fd->body) FindLazyGenExps(st);
  } else {
    FindLazyGenExps(ast::cast<ast::Lambda>(info_.def)->body);
  }
  for (const ast::Node* g : lazy_genexps_)
    for (const std::string& name : host_.GenExprFreeVars(func_, static_cast<int>(g->loc.line)))
      if (scope_.IsLocal(name)) captured.insert(name);
  for (const std::string& name : captured) {
    bool by_value = scope_.params.count(name) && !scope_.assigned.count(name) &&
                    !scope_.nested_nonlocals.count(name);
    if (by_value) continue;
    cells_.insert(name);
    Value cell = Op(OpKind::cell_new, {}, loc);
    store_.var(cell.var()).name = name;
    Bind("#cell:" + name, cell, loc);
    auto it = state_.find(name);
    if (it != state_.end()) {  // a parameter: its value goes into the cell
      Op(OpKind::cell_set, {cell, it->second}, loc);
      state_.erase(it);
    }
  }
}

void GraphBuilder::FindLazyGenExps(const ast::Node* n) {
  if (!n || ast::isa<ast::FunctionDef>(n) || ast::isa<ast::Lambda>(n) ||
      ast::isa<ast::ClassDef>(n))
    return;
  if (auto* g = ast::dyn_cast<ast::GeneratorExp>(n)) {
    lazy_genexps_.insert(g);
    FindLazyGenExps(g->generators.at(0)->iter);  // evaluated here
    return;
  }
  auto* call = ast::dyn_cast<ast::Call>(n);
  if (!call || call->args.size() != 1 || !ast::isa<ast::GeneratorExp>(call->args[0])) {
    ast::ForEachChild(n, [this](const ast::Node* c) { FindLazyGenExps(c); });
    return;
  }
  // A built-in that runs the generator to its end (or drops it) before
  // returning: names it reads cannot be rebound meanwhile.
  static const std::set<std::string> kConsumers = {
      "sum", "min", "max", "any", "all", "list", "tuple", "set", "frozenset", "sorted", "dict"};
  bool consumed = false;
  if (auto* f = ast::dyn_cast<ast::Name>(call->func)) {
    if (kConsumers.count(f->id) && !scope_.IsLocal(f->id) && !free_.count(f->id)) {
      loader::HostId v = host_.LookupGlobal(info_.globals, f->id);
      consumed = v.valid() && host_.Is(v, "builtins", f->id.c_str());
    }
  } else if (auto* a = ast::dyn_cast<ast::Attribute>(call->func)) {
    consumed = a->attr == "join";  // str.join and bytes.join
  }
  ast::ForEachChild(n, [this](const ast::Node* c) { FindLazyGenExps(c); });
  if (consumed) lazy_genexps_.erase(call->args[0]);
}

bool GraphBuilder::LoadClosureName(const std::string& name, SourceLoc loc, Value* out) {
  if (cells_.count(name)) {
    *out = Op(OpKind::cell_get, {state_.at("#cell:" + name)}, loc);
    return true;
  }
  auto it = free_.find(name);
  if (it == free_.end()) return false;
  Value raw = Op(OpKind::closure_var, {ConstValue(host_.FromStr(name))}, loc);
  *out = it->second ? Op(OpKind::cell_get, {raw}, loc) : raw;
  return true;
}

bool GraphBuilder::StoreClosureName(const std::string& name, Value value, SourceLoc loc) {
  if (cells_.count(name)) {
    Op(OpKind::cell_set, {state_.at("#cell:" + name), value}, loc);
    return true;
  }
  if (!scope_.nonlocals.count(name)) return false;
  Value cell = Op(OpKind::closure_var, {ConstValue(host_.FromStr(name))}, loc);
  store_.var(cell.var()).name = name;
  Op(OpKind::cell_set, {cell, value}, loc);
  return true;
}

void GraphBuilder::BindName(const std::string& name, Value value, SourceLoc loc) {
  if (StoreGlobalName(name, value, loc)) return;
  if (StoreClosureName(name, value, loc)) return;
  Bind(name, value, loc);
}

Value GraphBuilder::MakeDecoratedNested(const ast::FunctionDef* def) {
  // As CPython: the decorator expressions are evaluated first, top to
  // bottom, then the function is made, then the decorators are applied
  // bottom-up; the name is bound to the last result.
  std::vector<Value> decorators;
  for (const ast::Expr* d : def->decorator_list) decorators.push_back(Expr(d));
  Value value = MakeNested(def, def->name, def->loc);
  CallShape one;
  one.positional = 1;
  CallShapeId shape = store_.InternCallShape(one);
  for (size_t i = decorators.size(); i-- > 0;)
    value = Op(OpKind::call, {decorators[i], value}, def->decorator_list[i]->loc, shape);
  return value;
}

Value GraphBuilder::MakeNested(const ast::Node* def, const std::string& name, SourceLoc loc) {
  // The frame of a generator (resumable/) has no slot for a closure.
  if (AnalyzeScope(def).has_yield)
    Unsupported("a generator function nested in another function", loc,
                "define it at module level and pass it what it uses as arguments");
  if (auto* fd = ast::dyn_cast<ast::FunctionDef>(def); fd && fd->is_async)
    Unsupported("an asynchronous function nested in another function", loc,
                "define it at module level and pass it what it uses as arguments");
  const ast::arguments* a = FunctionArgs(def);
  // Defaults are evaluated where the definition runs. A constant one is
  // the function's default; another (`lambda x, n=n: ...`) is captured by
  // the closure as free variable "#default:<param>", and the function's
  // default is the undefined sentinel, which tells the annotator to read
  // it from there.
  std::vector<std::pair<std::string, Value>> runtime_defaults;
  auto evaluate = [&](const ast::Expr* e, const std::string& param) {
    Value v = Expr(e);
    if (v.is_const()) return store_.cst(v.cst()).value;
    runtime_defaults.emplace_back("#default:" + param, v);
    return host_.Undefined();
  };
  std::vector<loader::HostId> defaults;
  std::vector<const ast::arg*> positional(a->posonlyargs.begin(), a->posonlyargs.end());
  positional.insert(positional.end(), a->args.begin(), a->args.end());
  for (size_t i = 0; i < a->defaults.size(); ++i)
    defaults.push_back(evaluate(
        a->defaults[i], positional[positional.size() - a->defaults.size() + i]->arg_name));
  std::map<std::string, loader::HostId> kwdefaults;
  for (size_t i = 0; i < a->kw_defaults.size() && i < a->kwonlyargs.size(); ++i)
    if (a->kw_defaults[i])
      kwdefaults[a->kwonlyargs[i]->arg_name] =
          evaluate(a->kw_defaults[i], a->kwonlyargs[i]->arg_name);
  NestedInfo nested;
  std::vector<Value> args{Value()};
  for (const std::string& v : AnalyzeScope(def).free) {
    if (scope_.IsLocal(v) && cells_.count(v)) {
      args.push_back(state_.at("#cell:" + v));
      nested.cells.push_back(true);
    } else if (scope_.IsLocal(v)) {
      auto it = state_.find(v);  // a parameter captured by value
      if (it == state_.end()) Fail(Diagnostic(DiagKind::PossiblyUnbound, loc, {v}));
      args.push_back(it->second);
      nested.cells.push_back(false);
    } else if (free_.count(v)) {
      args.push_back(Op(OpKind::closure_var, {ConstValue(host_.FromStr(v))}, loc));
      nested.cells.push_back(free_.at(v));
    } else {
      continue;  // a global or a builtin
    }
    nested.freevars.push_back(v);
  }
  for (const auto& [name, value] : runtime_defaults) {
    nested.freevars.push_back(name);
    nested.cells.push_back(false);
    args.push_back(value);
  }
  auto it = nested_funcs_.find(def);
  if (it == nested_funcs_.end()) {
    loader::HostId f =
        host_.NewNestedFunction(func_, def, name, defaults, kwdefaults, nested.freevars);
    it = nested_funcs_.emplace(def, f).first;
    if (nested_) (*nested_)[f.index] = nested;
  }
  if (nested.freevars.empty()) return ConstValue(it->second);
  args[0] = ConstValue(it->second);
  return Op(OpKind::make_closure, std::move(args), loc);
}

}  // namespace rpyc::flow
