// The Python AST as rpyc sees it: a C++ mirror of CPython's `ast` module
// (3.9+), produced by the loader from `ast.parse` and consumed by the flow
// graph builder. Class and field names follow Python's ast so that the
// Python documentation describes them; lists are std::vector, optional
// children are nullptr, identifiers are std::string (UTF-8).
//
// Nodes are owned by an AstArena and never freed individually. Every node
// carries a SourceLoc with CPython's line/column range (columns are UTF-8
// byte offsets). Constructs rpyc does not model (match statements, t-strings
// and so on) become an `Unsupported` node naming the Python class, so the
// flow builder can refuse them with a located diagnostic.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/check.h"
#include "common/source.h"

namespace rpyc::ast {

enum class NodeKind : uint8_t {
#define RPYC_AST_NODE(Name) Name,
#include "translator/ast/ast_nodes.def"
#undef RPYC_AST_NODE
};

const char* NodeKindName(NodeKind kind);

struct Node {
  NodeKind kind;
  SourceLoc loc;
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
};

// LLVM-style casts keyed on the static `kKind` of each node class.
template <typename T>
bool isa(const Node* n) {
  return n && n->kind == T::kKind;
}
template <typename T>
T* cast(Node* n) {
  RPYC_CHECK(isa<T>(n), "bad ast cast");
  return static_cast<T*>(n);
}
template <typename T>
const T* cast(const Node* n) {
  RPYC_CHECK(isa<T>(n), "bad ast cast");
  return static_cast<const T*>(n);
}
template <typename T>
T* dyn_cast(Node* n) {
  return isa<T>(n) ? static_cast<T*>(n) : nullptr;
}
template <typename T>
const T* dyn_cast(const Node* n) {
  return isa<T>(n) ? static_cast<const T*>(n) : nullptr;
}

using Expr = Node;
using Stmt = Node;

#define RPYC_AST_CLASS(Name) \
  static constexpr NodeKind kKind = NodeKind::Name; \
  Name() : Node(kKind) {}

enum class BinOpKind : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext : uint8_t { Load, Store, Del };

const char* BinOpSymbol(BinOpKind op);      // "+", "//", ...
const char* UnaryOpSymbol(UnaryOpKind op);  // "~", "not", "+", "-"
const char* CmpOpSymbol(CmpOpKind op);      // "==", "is not", ...

// ---- helpers ---------------------------------------------------------------

struct arg : Node {
  RPYC_AST_CLASS(arg)
  std::string arg_name;  // Python's `arg.arg`
  Expr* annotation = nullptr;
};

struct arguments : Node {
  RPYC_AST_CLASS(arguments)
  std::vector<arg*> posonlyargs;
  std::vector<arg*> args;
  arg* vararg = nullptr;
  std::vector<arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // entries may be nullptr
  arg* kwarg = nullptr;
  std::vector<Expr*> defaults;
};

struct keyword : Node {
  RPYC_AST_CLASS(keyword)
  std::string arg_name;  // empty for **kwargs
  Expr* value = nullptr;
};

struct alias : Node {
  RPYC_AST_CLASS(alias)
  std::string name;
  std::string asname;  // empty when absent
};

struct withitem : Node {
  RPYC_AST_CLASS(withitem)
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct comprehension : Node {
  RPYC_AST_CLASS(comprehension)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct ExceptHandler : Node {
  RPYC_AST_CLASS(ExceptHandler)
  Expr* type = nullptr;
  std::string name;  // empty when absent
  std::vector<Stmt*> body;
};

// ---- statements -------------------------------------------------------------

struct Module : Node {
  RPYC_AST_CLASS(Module)
  std::vector<Stmt*> body;
};

struct FunctionDef : Node {  // also AsyncFunctionDef (is_async)
  RPYC_AST_CLASS(FunctionDef)
  std::string name;
  arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
  bool is_async = false;
};

struct ClassDef : Node {
  RPYC_AST_CLASS(ClassDef)
  std::string name;
  std::vector<Expr*> bases;
  std::vector<keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};

struct Return : Node {
  RPYC_AST_CLASS(Return)
  Expr* value = nullptr;
};

struct Delete : Node {
  RPYC_AST_CLASS(Delete)
  std::vector<Expr*> targets;
};

struct Assign : Node {
  RPYC_AST_CLASS(Assign)
  std::vector<Expr*> targets;
  Expr* value = nullptr;
};

struct AugAssign : Node {
  RPYC_AST_CLASS(AugAssign)
  Expr* target = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
};

struct AnnAssign : Node {
  RPYC_AST_CLASS(AnnAssign)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // may be nullptr
  bool simple = false;
};

struct For : Node {  // also AsyncFor (is_async)
  RPYC_AST_CLASS(For)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  bool is_async = false;
};

struct While : Node {
  RPYC_AST_CLASS(While)
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct If : Node {
  RPYC_AST_CLASS(If)
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};

struct With : Node {  // also AsyncWith (is_async)
  RPYC_AST_CLASS(With)
  std::vector<withitem*> items;
  std::vector<Stmt*> body;
  bool is_async = false;
};

struct Raise : Node {
  RPYC_AST_CLASS(Raise)
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};

struct Try : Node {
  RPYC_AST_CLASS(Try)
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};

struct Assert : Node {
  RPYC_AST_CLASS(Assert)
  Expr* test = nullptr;
  Expr* msg = nullptr;
};

struct Import : Node {
  RPYC_AST_CLASS(Import)
  std::vector<alias*> names;
};

struct ImportFrom : Node {
  RPYC_AST_CLASS(ImportFrom)
  std::string module;  // empty for `from . import x`
  std::vector<alias*> names;
  int level = 0;
};

struct Global : Node {
  RPYC_AST_CLASS(Global)
  std::vector<std::string> names;
};

struct Nonlocal : Node {
  RPYC_AST_CLASS(Nonlocal)
  std::vector<std::string> names;
};

struct ExprStmt : Node {  // Python's `Expr` statement
  RPYC_AST_CLASS(ExprStmt)
  Expr* value = nullptr;
};

struct Pass : Node {
  RPYC_AST_CLASS(Pass)
};
struct Break : Node {
  RPYC_AST_CLASS(Break)
};
struct Continue : Node {
  RPYC_AST_CLASS(Continue)
};

// A construct rpyc does not model; `what` is the Python class name
// ("Match", "TryStar", ...).
struct Unsupported : Node {
  RPYC_AST_CLASS(Unsupported)
  std::string what;
};

// ---- expressions ------------------------------------------------------------

struct BoolOp : Node {
  RPYC_AST_CLASS(BoolOp)
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;
};

struct NamedExpr : Node {
  RPYC_AST_CLASS(NamedExpr)
  Expr* target = nullptr;
  Expr* value = nullptr;
};

struct BinOp : Node {
  RPYC_AST_CLASS(BinOp)
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
};

struct UnaryOp : Node {
  RPYC_AST_CLASS(UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};

struct Lambda : Node {
  RPYC_AST_CLASS(Lambda)
  arguments* args = nullptr;
  Expr* body = nullptr;
};

struct IfExp : Node {
  RPYC_AST_CLASS(IfExp)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

struct Dict : Node {
  RPYC_AST_CLASS(Dict)
  std::vector<Expr*> keys;  // nullptr entry for `**mapping`
  std::vector<Expr*> values;
};

struct Set : Node {
  RPYC_AST_CLASS(Set)
  std::vector<Expr*> elts;
};

struct ListComp : Node {
  RPYC_AST_CLASS(ListComp)
  Expr* elt = nullptr;
  std::vector<comprehension*> generators;
};

struct SetComp : Node {
  RPYC_AST_CLASS(SetComp)
  Expr* elt = nullptr;
  std::vector<comprehension*> generators;
};

struct DictComp : Node {
  RPYC_AST_CLASS(DictComp)
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<comprehension*> generators;
};

struct GeneratorExp : Node {
  RPYC_AST_CLASS(GeneratorExp)
  Expr* elt = nullptr;
  std::vector<comprehension*> generators;
};

struct Await : Node {
  RPYC_AST_CLASS(Await)
  Expr* value = nullptr;
};

struct Yield : Node {
  RPYC_AST_CLASS(Yield)
  Expr* value = nullptr;
};

struct YieldFrom : Node {
  RPYC_AST_CLASS(YieldFrom)
  Expr* value = nullptr;
};

struct Compare : Node {
  RPYC_AST_CLASS(Compare)
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
};

struct Call : Node {
  RPYC_AST_CLASS(Call)
  Expr* func = nullptr;
  std::vector<Expr*> args;  // may contain Starred
  std::vector<keyword*> keywords;
};

struct FormattedValue : Node {
  RPYC_AST_CLASS(FormattedValue)
  Expr* value = nullptr;
  int conversion = -1;  // -1 none, 's', 'r', 'a'
  Expr* format_spec = nullptr;  // a JoinedStr or nullptr
};

struct JoinedStr : Node {
  RPYC_AST_CLASS(JoinedStr)
  std::vector<Expr*> values;  // Constant(str) and FormattedValue
};

// A literal. Integers that do not fit int64 keep their decimal text.
struct Constant : Node {
  RPYC_AST_CLASS(Constant)
  enum class Kind : uint8_t { None, Bool, Int, BigInt, Float, Complex, Str, Bytes, Ellipsis };
  Kind value_kind = Kind::None;
  bool bool_value = false;
  int64_t int_value = 0;
  double float_value = 0;  // Float; imaginary part for Complex
  std::string str_value;   // Str (UTF-8), Bytes (raw), BigInt (decimal)
};

struct Attribute : Node {
  RPYC_AST_CLASS(Attribute)
  Expr* value = nullptr;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : Node {
  RPYC_AST_CLASS(Subscript)
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Starred : Node {
  RPYC_AST_CLASS(Starred)
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};

struct Name : Node {
  RPYC_AST_CLASS(Name)
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct List : Node {
  RPYC_AST_CLASS(List)
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : Node {
  RPYC_AST_CLASS(Tuple)
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};

struct Slice : Node {
  RPYC_AST_CLASS(Slice)
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

#undef RPYC_AST_CLASS

// Owns the nodes of one parsed file.
class AstArena {
 public:
  template <typename T>
  T* New() {
    auto node = std::make_unique<T>();
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// Calls `fn` on each child of `n` that is present, in Python's field
// order (the order `Dump` prints them).
void ForEachChild(const Node* n, const std::function<void(const Node*)>& fn);

// Writes an indented, deterministic dump of `node` (for tests).
std::string Dump(const Node* node);
// The direct children of `node` (every sub-node field, in order).
std::vector<const Node*> ChildNodes(const Node* node);

}  // namespace rpyc::ast
