// Scope analysis for nested functions: which names a def or lambda binds,
// declares nonlocal or global, and uses from enclosing functions. The
// flow builder uses it to decide which locals closures capture, and which
// of those live in cells (see build_closure.cpp).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "translator/ast/ast.h"

namespace rpyc::flow {

// What one function body (a FunctionDef or a Lambda) does with names.
struct ScopeNames {
  std::set<std::string> params;
  std::set<std::string> assigned;   // bound in the body (assignment, def, for, except ... as)
  std::set<std::string> nonlocals;  // declared `nonlocal` here
  std::set<std::string> globals;    // declared `global` here
  // Names read here or in a nested function that are not local here:
  // globals, builtins, or variables of an enclosing function.
  std::set<std::string> free;
  // Names some nested function (at any depth) declares `nonlocal`.
  std::set<std::string> nested_nonlocals;
  // The body itself contains `yield` (a generator function).
  bool has_yield = false;
  // Nested defs and lambdas directly in this body, in source order.
  std::vector<const ast::Node*> children;

  bool IsLocal(const std::string& name) const {
    return (params.count(name) || assigned.count(name)) && !nonlocals.count(name) &&
           !globals.count(name);
  }
};

// Analyzes `def` (a FunctionDef or a Lambda), nested functions included.
ScopeNames AnalyzeScope(const ast::Node* def);

// The parameters of a FunctionDef or Lambda.
const ast::arguments* FunctionArgs(const ast::Node* def);

}  // namespace rpyc::flow
