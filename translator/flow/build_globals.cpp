// Flow graph builder: module-level variables that functions assign
// through the `global` statement.
//
// A module-level name is a constant after import (folded like any other
// constant) unless some function of its module assigns it through
// `global`. Which names those are is decided once per module, before any
// of its functions is built, by the scope analysis of every def and
// lambda in the module's source file: a name that a function declares
// `global` and also binds there (assignment, augmented assignment, `for`,
// `def`, `del`). Such a variable becomes a static cell (FlowStore's
// GlobalCell, one per module and name) whose value before the program
// runs is its value after import; every read of it, from any function of
// any module (also `module.NAME`), is a global_get and every assignment a
// global_set. `from module import NAME` copied the binding at import
// time, as in CPython: the importing module's own NAME stays a constant.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

namespace {

// Names the functions of the module assign through `global`.
const std::set<std::string>& AssignedGlobals(FlowStore& store, loader::Host& host,
                                             loader::HostId globals) {
  auto& cache = store.assigned_globals();
  auto it = cache.find(globals.index);
  if (it != cache.end()) return it->second;
  std::set<std::string> names;
  for (const ast::Node* def : host.ModuleDefinitions(globals)) {
    ScopeNames s = AnalyzeScope(def);
    for (const std::string& g : s.globals)
      if (s.assigned.count(g)) names.insert(g);
  }
  return cache[globals.index] = std::move(names);
}

}  // namespace

void GraphBuilder::PrepareGlobals() {
  for (const std::string& name : scope_.globals) local_names_.erase(name);
}

void GraphBuilder::GlobalStmt(const ast::Global* s) {
  for (const std::string& name : s->names)
    if (!host_.HasModuleGlobal(info_.globals, name))
      Unsupported("`global " + name + "` for a name the module does not define", s->loc,
                  "assign `" + name + "` at module level; its value after import is where the "
                  "program starts");
}

std::string GraphBuilder::GlobalCellName(loader::HostId globals, const std::string& name) {
  if (!AssignedGlobals(store_, host_, globals).count(name)) return "";
  if (!host_.HasModuleGlobal(globals, name)) return "";
  std::string qualname = host_.ModuleName(globals) + "." + name;
  store_.InternGlobalCell(qualname, globals, name, host_.LookupGlobal(globals, name));
  return qualname;
}

Value GraphBuilder::LoadGlobal(loader::HostId globals, const std::string& name, SourceLoc loc) {
  std::string cell = GlobalCellName(globals, name);
  if (!cell.empty()) {
    Value v = Op(OpKind::global_get, {ConstValue(host_.FromStr(cell))}, loc);
    store_.var(v.var()).name = name;
    return v;
  }
  loader::HostId g = host_.LookupGlobal(globals, name);
  if (!g.valid()) Fail(Diagnostic(DiagKind::UnknownName, loc, {name}));
  return ConstValue(Substitute(g));
}

bool GraphBuilder::StoreGlobalName(const std::string& name, Value value, SourceLoc loc) {
  if (!scope_.globals.count(name)) return false;
  std::string cell = GlobalCellName(info_.globals, name);
  // The module's scope analysis saw this assignment unless the function
  // was not defined in its module's file (exec).
  if (cell.empty())
    Unsupported("assigning `global " + name + "` in a function defined outside its module's file",
                loc);
  Op(OpKind::global_set, {ConstValue(host_.FromStr(cell)), value}, loc);
  return true;
}

bool GraphBuilder::LoadModuleAttr(loader::HostId module, const std::string& name, SourceLoc loc,
                                  Value* out) {
  if (host_.Kind(module) != loader::HostKind::Module) return false;
  loader::HostResult dict = host_.GetAttr(module, "__dict__");
  if (!dict.ok()) return false;
  std::string cell = GlobalCellName(dict.value, name);
  if (cell.empty()) return false;
  *out = Op(OpKind::global_get, {ConstValue(host_.FromStr(cell))}, loc);
  return true;
}

bool GraphBuilder::StoreModuleAttr(Value module, const std::string& name, Value value,
                                   SourceLoc loc) {
  if (!module.is_const()) return false;
  loader::HostId m = store_.cst(module.cst()).value;
  if (host_.Kind(m) != loader::HostKind::Module) return false;
  loader::HostResult dict = host_.GetAttr(m, "__dict__");
  if (!dict.ok()) return false;
  std::string cell = GlobalCellName(dict.value, name);
  if (cell.empty()) return false;
  Op(OpKind::global_set, {ConstValue(host_.FromStr(cell)), value}, loc);
  return true;
}

}  // namespace rpyc::flow
