// Conversion of CPython `ast` objects (from `ast.parse`) into rpyc's C++
// AST (translator/ast/ast.h).
//
// The converter reads nodes generically, by class name and field name, so
// it works across Python versions: a field missing in this version reads
// as absent, and a node class it does not know becomes `Unsupported`
// naming the class (the flow builder then reports it with its location).
// Async variants map to their plain class with is_async set. Locations are
// CPython's: 1-based lines and 0-based UTF-8 byte columns; helper nodes
// without a position of their own (arguments, comprehension, withitem)
// borrow the position of their first child.
#include "translator/loader/ast_convert.h"

namespace rpyc::loader {

using namespace rpyc::ast;

SourceLoc Converter::Loc(PyObject* py) {
  SourceLoc loc;
  loc.file = file_;
  auto get = [py](const char* name) -> uint32_t {
    long v = AttrLong(py, name, 0);
    return v > 0 ? static_cast<uint32_t>(v) : 0;
  };
  loc.line = get("lineno");
  loc.col = get("col_offset");
  loc.end_line = get("end_lineno");
  loc.end_col = get("end_col_offset");
  return loc;
}

ast::Node* Converter::Convert(PyObject* py) {
  if (!py || py == Py_None) return nullptr;
  std::string cls = ClassName(py);
  if (ast::Node* n = Statement(py, cls)) return n;
  if (ast::Node* n = Compound(py, cls)) return n;
  if (ast::Node* n = Expression(py, cls)) return n;
  if (ast::Node* n = Comprehension(py, cls)) return n;
  if (ast::Node* n = Helper(py, cls)) return n;
  auto* u = Make<Unsupported>(py);
  u->what = cls;
  return u;
}

BinOpKind Converter::BinOpOf(PyObject* py, const char* field) {
  static const std::pair<const char*, BinOpKind> kOps[] = {
      {"Add", BinOpKind::Add},           {"Sub", BinOpKind::Sub},
      {"Mult", BinOpKind::Mult},         {"MatMult", BinOpKind::MatMult},
      {"Div", BinOpKind::Div},           {"Mod", BinOpKind::Mod},
      {"Pow", BinOpKind::Pow},           {"LShift", BinOpKind::LShift},
      {"RShift", BinOpKind::RShift},     {"BitOr", BinOpKind::BitOr},
      {"BitXor", BinOpKind::BitXor},     {"BitAnd", BinOpKind::BitAnd},
      {"FloorDiv", BinOpKind::FloorDiv},
  };
  std::string cls = FieldClass(py, field);
  for (const auto& [name, kind] : kOps)
    if (cls == name) return kind;
  return BinOpKind::Add;
}

ExprContext Converter::CtxOf(PyObject* py) {
  std::string cls = FieldClass(py, "ctx");
  if (cls == "Store") return ExprContext::Store;
  if (cls == "Del") return ExprContext::Del;
  return ExprContext::Load;
}

// Simple statements.
ast::Node* Converter::Statement(PyObject* py, const std::string& cls) {
  if (cls == "Module") {
    auto* n = arena_.New<Module>();
    n->loc.file = file_;
    n->loc.line = 1;
    n->body = Children(py, "body");
    return n;
  }
  if (cls == "Return") {
    auto* n = Make<Return>(py);
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "Delete") {
    auto* n = Make<Delete>(py);
    n->targets = Children(py, "targets");
    return n;
  }
  if (cls == "Assign") {
    auto* n = Make<Assign>(py);
    n->targets = Children(py, "targets");
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "AugAssign") {
    auto* n = Make<AugAssign>(py);
    n->target = Child(py, "target");
    n->op = BinOpOf(py, "op");
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "AnnAssign") {
    auto* n = Make<AnnAssign>(py);
    n->target = Child(py, "target");
    n->annotation = Child(py, "annotation");
    n->value = Child(py, "value");
    n->simple = AttrLong(py, "simple", 0) != 0;
    return n;
  }
  if (cls == "Raise") {
    auto* n = Make<Raise>(py);
    n->exc = Child(py, "exc");
    n->cause = Child(py, "cause");
    return n;
  }
  if (cls == "Assert") {
    auto* n = Make<Assert>(py);
    n->test = Child(py, "test");
    n->msg = Child(py, "msg");
    return n;
  }
  return ImportOrScope(py, cls);
}

// Imports, scope declarations and the one-word statements.
ast::Node* Converter::ImportOrScope(PyObject* py, const std::string& cls) {
  if (cls == "Import") {
    auto* n = Make<Import>(py);
    n->names = Children<alias>(py, "names");
    return n;
  }
  if (cls == "ImportFrom") {
    auto* n = Make<ImportFrom>(py);
    n->module = Ident(py, "module");
    n->names = Children<alias>(py, "names");
    n->level = static_cast<int>(AttrLong(py, "level", 0));
    return n;
  }
  if (cls == "Global" || cls == "Nonlocal") {
    if (cls == "Global") {
      auto* n = Make<Global>(py);
      n->names = Idents(py, "names");
      return n;
    }
    auto* n = Make<Nonlocal>(py);
    n->names = Idents(py, "names");
    return n;
  }
  if (cls == "Expr") {
    auto* n = Make<ExprStmt>(py);
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "Pass") return Make<Pass>(py);
  if (cls == "Break") return Make<Break>(py);
  if (cls == "Continue") return Make<Continue>(py);
  return nullptr;
}

ast::Node* Converter::MakeFunction(PyObject* py, bool is_async) {
  auto* n = Make<FunctionDef>(py);
  n->name = Ident(py, "name");
  n->decorator_list = Children(py, "decorator_list");
  n->args = dyn_cast<arguments>(MakeArguments(Field(py, "args").get()));
  if (n->args && !n->args->loc.known()) n->args->loc = n->loc;
  n->returns = Child(py, "returns");
  n->is_async = is_async;
  // Recorded before the body so functions_ lists defs in source order.
  functions_.push_back(n);
  n->body = Children(py, "body");
  return n;
}

// Statements with bodies.
ast::Node* Converter::Compound(PyObject* py, const std::string& cls) {
  if (cls == "FunctionDef" || cls == "AsyncFunctionDef")
    return MakeFunction(py, cls == "AsyncFunctionDef");
  if (cls == "ClassDef") {
    auto* n = Make<ClassDef>(py);
    n->name = Ident(py, "name");
    n->bases = Children(py, "bases");
    n->keywords = Children<keyword>(py, "keywords");
    n->decorator_list = Children(py, "decorator_list");
    n->body = Children(py, "body");
    return n;
  }
  if (cls == "For" || cls == "AsyncFor") {
    auto* n = Make<For>(py);
    n->target = Child(py, "target");
    n->iter = Child(py, "iter");
    n->body = Children(py, "body");
    n->orelse = Children(py, "orelse");
    n->is_async = cls == "AsyncFor";
    return n;
  }
  if (cls == "While" || cls == "If") {
    if (cls == "While") {
      auto* n = Make<While>(py);
      n->test = Child(py, "test");
      n->body = Children(py, "body");
      n->orelse = Children(py, "orelse");
      return n;
    }
    auto* n = Make<If>(py);
    n->test = Child(py, "test");
    n->body = Children(py, "body");
    n->orelse = Children(py, "orelse");
    return n;
  }
  if (cls == "With" || cls == "AsyncWith") {
    auto* n = Make<With>(py);
    n->items = Children<withitem>(py, "items");
    n->body = Children(py, "body");
    n->is_async = cls == "AsyncWith";
    return n;
  }
  if (cls == "Try") {
    auto* n = Make<Try>(py);
    n->body = Children(py, "body");
    n->handlers = Children<ExceptHandler>(py, "handlers");
    n->orelse = Children(py, "orelse");
    n->finalbody = Children(py, "finalbody");
    return n;
  }
  return nullptr;
}

const ast::Module* ConvertModule(PyObject* py_module, FileId file, ast::AstArena& arena,
                                 std::vector<const ast::Node*>& functions) {
  Converter converter(file, arena, functions);
  ast::Node* n = converter.Convert(py_module);
  if (auto* m = ast::dyn_cast<ast::Module>(n)) return m;
  // Not a Module (cannot happen with ast.parse): an empty module keeps the
  // contract that a parsed file has a tree.
  auto* m = arena.New<ast::Module>();
  m->loc.file = file;
  return m;
}

}  // namespace rpyc::loader
