// Scope analysis (see scopes.h): Python's rules for local, nonlocal,
// global and free names, as the compiler's symbol table applies them.
// Comprehensions are treated as part of the enclosing function (the
// builder inlines them).
#include "translator/flow/scopes.h"

namespace rpyc::flow {

namespace {

class ScopeWalker {
 public:
  explicit ScopeWalker(ScopeNames& s) : s_(s) {}

  void Walk(const ast::Node* n) {
    if (!n) return;
    switch (n->kind) {
      case ast::NodeKind::Name: {
        auto* name = ast::cast<ast::Name>(n);
        if (name->ctx == ast::ExprContext::Load) used_.insert(name->id);
        else s_.assigned.insert(name->id);
        return;
      }
      case ast::NodeKind::FunctionDef: {
        // Decorators and defaults are evaluated here; the body is its own
        // scope.
        auto* fd = ast::cast<ast::FunctionDef>(n);
        s_.assigned.insert(fd->name);
        for (const ast::Expr* d : fd->decorator_list) Walk(d);
        WalkDefaults(fd->args);
        s_.children.push_back(n);
        return;
      }
      case ast::NodeKind::Lambda:
        WalkDefaults(ast::cast<ast::Lambda>(n)->args);
        s_.children.push_back(n);
        return;
      case ast::NodeKind::ClassDef: {
        auto* cd = ast::cast<ast::ClassDef>(n);
        s_.assigned.insert(cd->name);
        for (const ast::Expr* b : cd->bases) Walk(b);
        return;
      }
      case ast::NodeKind::Global:
        for (const std::string& g : ast::cast<ast::Global>(n)->names) s_.globals.insert(g);
        return;
      case ast::NodeKind::Nonlocal:
        for (const std::string& g : ast::cast<ast::Nonlocal>(n)->names) s_.nonlocals.insert(g);
        return;
      case ast::NodeKind::Yield:
      case ast::NodeKind::YieldFrom:
        s_.has_yield = true;
        break;
      case ast::NodeKind::ExceptHandler:
        if (!ast::cast<ast::ExceptHandler>(n)->name.empty())
          s_.assigned.insert(ast::cast<ast::ExceptHandler>(n)->name);
        break;
      default:
        break;
    }
    ast::ForEachChild(n, [this](const ast::Node* c) { Walk(c); });
  }

  void WalkDefaults(const ast::arguments* a) {
    for (const ast::Expr* d : a->defaults) Walk(d);
    for (const ast::Expr* d : a->kw_defaults) Walk(d);
  }

  std::set<std::string> used_;

 private:
  ScopeNames& s_;
};

}  // namespace

const ast::arguments* FunctionArgs(const ast::Node* def) {
  if (auto* fd = ast::dyn_cast<ast::FunctionDef>(def)) return fd->args;
  return ast::cast<ast::Lambda>(def)->args;
}

ScopeNames AnalyzeScope(const ast::Node* def) {
  ScopeNames s;
  const ast::arguments* a = FunctionArgs(def);
  for (const ast::arg* p : a->posonlyargs) s.params.insert(p->arg_name);
  for (const ast::arg* p : a->args) s.params.insert(p->arg_name);
  for (const ast::arg* p : a->kwonlyargs) s.params.insert(p->arg_name);
  if (a->vararg) s.params.insert(a->vararg->arg_name);
  if (a->kwarg) s.params.insert(a->kwarg->arg_name);
  ScopeWalker w(s);
  if (auto* fd = ast::dyn_cast<ast::FunctionDef>(def)) {
    for (const ast::Stmt* st : fd->body) w.Walk(st);
  } else {
    w.Walk(ast::cast<ast::Lambda>(def)->body);
  }
  std::set<std::string> wanted = w.used_;
  wanted.insert(s.nonlocals.begin(), s.nonlocals.end());
  for (const ast::Node* child : s.children) {
    ScopeNames c = AnalyzeScope(child);
    wanted.insert(c.free.begin(), c.free.end());
    s.nested_nonlocals.insert(c.nonlocals.begin(), c.nonlocals.end());
    s.nested_nonlocals.insert(c.nested_nonlocals.begin(), c.nested_nonlocals.end());
  }
  for (const std::string& name : wanted)
    if (!s.IsLocal(name) && !s.globals.count(name)) s.free.insert(name);
  return s;
}

}  // namespace rpyc::flow
