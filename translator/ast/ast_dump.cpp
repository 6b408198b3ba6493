// Dump: the deterministic text form of the C++ AST, used by tests.
//
// Dump prints one node per line as its class name followed by its scalar
// fields (`name='f'`, `op=+`), then each non-empty child field on its own
// line (`body:`) with the children indented below it. Absent optional
// children and empty lists are omitted so dumps stay short. The output
// depends only on the tree, never on addresses, so it is deterministic.
#include "translator/ast/ast.h"

#include <sstream>

namespace rpyc::ast {

namespace {

const char* CtxName(ExprContext ctx) {
  switch (ctx) {
    case ExprContext::Load:
      return "Load";
    case ExprContext::Store:
      return "Store";
    case ExprContext::Del:
      return "Del";
  }
  return "?";
}

// Quotes a string the way Python's repr does for plain ASCII; other bytes
// are written as \xNN so the dump is one line per node.
std::string Quote(const std::string& s) {
  std::string out = "'";
  for (unsigned char c : s) {
    if (c == '\'' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      static const char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out + "'";
}

// Builds the dump of one node: the header line collects scalars, then the
// child fields are printed below it, indented.
class Dumper {
 public:
  explicit Dumper(std::ostringstream& out) : out_(out) {}

  void Node(const ast::Node* n, int depth);
  // The node's children, in field order.
  std::vector<const ast::Node*> ChildrenOf(const ast::Node* n) {
    Children c;
    Collect(n, c);
    std::vector<const ast::Node*> out;
    for (const auto& field : c.fields) out.insert(out.end(), field.second.begin(), field.second.end());
    return out;
  }

  // The child fields of a node (also used by ForEachChild).
  struct Children {
    std::vector<std::pair<const char*, std::vector<const ast::Node*>>> fields;
    void One(const char* name, const ast::Node* n) {
      if (n) fields.push_back({name, {n}});
    }
    template <typename T>
    void Many(const char* name, const std::vector<T*>& v) {
      if (v.empty()) return;
      std::vector<const ast::Node*> nodes(v.begin(), v.end());
      fields.push_back({name, nodes});
    }
  };

  static void Collect(const ast::Node* n, Children& c);

 private:
  void Scalars(const ast::Node* n, std::string& head);

  std::ostringstream& out_;
};

void Dumper::Node(const ast::Node* n, int depth) {
  std::string indent(static_cast<size_t>(depth) * 2, ' ');
  if (!n) {
    out_ << indent << "None\n";
    return;
  }
  std::string head = NodeKindName(n->kind);
  Scalars(n, head);
  out_ << indent << head << "\n";
  Children c;
  Collect(n, c);
  for (const auto& [name, nodes] : c.fields) {
    out_ << indent << "  " << name << ":\n";
    for (const ast::Node* child : nodes) Node(child, depth + 2);
  }
}

std::string ConstantText(const Constant* c) {
  switch (c->value_kind) {
    case Constant::Kind::None:
      return "None";
    case Constant::Kind::Bool:
      return c->bool_value ? "True" : "False";
    case Constant::Kind::Int:
      return std::to_string(c->int_value);
    case Constant::Kind::BigInt:
      return c->str_value;
    case Constant::Kind::Float: {
      std::ostringstream s;
      s.precision(17);
      s << c->float_value;
      return s.str();
    }
    case Constant::Kind::Complex: {
      std::ostringstream s;
      s.precision(17);
      s << c->float_value << "j";
      return s.str();
    }
    case Constant::Kind::Str:
      return Quote(c->str_value);
    case Constant::Kind::Bytes:
      return "b" + Quote(c->str_value);
    case Constant::Kind::Ellipsis:
      return "Ellipsis";
  }
  return "?";
}

// Appends ` field=value` for every scalar field of `n`.
void Dumper::Scalars(const ast::Node* n, std::string& head) {
  auto add = [&head](const char* field, const std::string& value) {
    head += std::string(" ") + field + "=" + value;
  };
  if (auto* a = dyn_cast<arg>(n)) add("arg", Quote(a->arg_name));
  if (auto* k = dyn_cast<keyword>(n)) add("arg", k->arg_name.empty() ? "None" : Quote(k->arg_name));
  if (auto* a = dyn_cast<alias>(n)) {
    add("name", Quote(a->name));
    if (!a->asname.empty()) add("asname", Quote(a->asname));
  }
  if (auto* c = dyn_cast<comprehension>(n); c && c->is_async) add("is_async", "1");
  if (auto* h = dyn_cast<ExceptHandler>(n); h && !h->name.empty()) add("name", Quote(h->name));
  if (auto* f = dyn_cast<FunctionDef>(n)) {
    add("name", Quote(f->name));
    if (f->is_async) add("is_async", "1");
  }
  if (auto* c = dyn_cast<ClassDef>(n)) add("name", Quote(c->name));
  if (auto* a = dyn_cast<AugAssign>(n)) add("op", BinOpSymbol(a->op));
  if (auto* a = dyn_cast<AnnAssign>(n)) add("simple", a->simple ? "1" : "0");
  if (auto* f = dyn_cast<For>(n); f && f->is_async) add("is_async", "1");
  if (auto* w = dyn_cast<With>(n); w && w->is_async) add("is_async", "1");
  if (auto* i = dyn_cast<ImportFrom>(n)) {
    add("module", i->module.empty() ? "None" : Quote(i->module));
    add("level", std::to_string(i->level));
  }
  auto names = [&add](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& name : v) s += (s.empty() ? "" : ",") + Quote(name);
    add("names", "[" + s + "]");
  };
  if (auto* g = dyn_cast<Global>(n)) names(g->names);
  if (auto* g = dyn_cast<Nonlocal>(n)) names(g->names);
  if (auto* u = dyn_cast<Unsupported>(n)) add("what", Quote(u->what));
  if (auto* b = dyn_cast<BoolOp>(n)) add("op", b->op == BoolOpKind::And ? "and" : "or");
  if (auto* b = dyn_cast<BinOp>(n)) add("op", BinOpSymbol(b->op));
  if (auto* u = dyn_cast<UnaryOp>(n)) add("op", UnaryOpSymbol(u->op));
  if (auto* c = dyn_cast<Compare>(n)) {
    std::string s;
    for (CmpOpKind op : c->ops) s += (s.empty() ? "" : ",") + std::string(CmpOpSymbol(op));
    add("ops", "[" + s + "]");
  }
  if (auto* f = dyn_cast<FormattedValue>(n); f && f->conversion >= 0)
    add("conversion", std::string(1, static_cast<char>(f->conversion)));
  if (auto* c = dyn_cast<Constant>(n)) add("value", ConstantText(c));
  if (auto* a = dyn_cast<Attribute>(n)) add("attr", Quote(a->attr));
  if (auto* nm = dyn_cast<Name>(n)) add("id", Quote(nm->id));
  ExprContext ctx = ExprContext::Load;
  if (auto* x = dyn_cast<Attribute>(n)) ctx = x->ctx;
  if (auto* x = dyn_cast<Subscript>(n)) ctx = x->ctx;
  if (auto* x = dyn_cast<Starred>(n)) ctx = x->ctx;
  if (auto* x = dyn_cast<Name>(n)) ctx = x->ctx;
  if (auto* x = dyn_cast<List>(n)) ctx = x->ctx;
  if (auto* x = dyn_cast<Tuple>(n)) ctx = x->ctx;
  if (ctx != ExprContext::Load) add("ctx", CtxName(ctx));
}

// Lists the child fields of `n` in Python's field order.
void Dumper::Collect(const ast::Node* n, Children& c) {
  switch (n->kind) {
    case NodeKind::arg:
      c.One("annotation", cast<arg>(n)->annotation);
      return;
    case NodeKind::arguments: {
      auto* a = cast<arguments>(n);
      c.Many("posonlyargs", a->posonlyargs);
      c.Many("args", a->args);
      c.One("vararg", a->vararg);
      c.Many("kwonlyargs", a->kwonlyargs);
      c.Many("kw_defaults", a->kw_defaults);
      c.One("kwarg", a->kwarg);
      c.Many("defaults", a->defaults);
      return;
    }
    case NodeKind::keyword:
      c.One("value", cast<keyword>(n)->value);
      return;
    case NodeKind::alias:
      return;
    case NodeKind::withitem:
      c.One("context_expr", cast<withitem>(n)->context_expr);
      c.One("optional_vars", cast<withitem>(n)->optional_vars);
      return;
    case NodeKind::comprehension: {
      auto* x = cast<comprehension>(n);
      c.One("target", x->target);
      c.One("iter", x->iter);
      c.Many("ifs", x->ifs);
      return;
    }
    case NodeKind::ExceptHandler:
      c.One("type", cast<ExceptHandler>(n)->type);
      c.Many("body", cast<ExceptHandler>(n)->body);
      return;
    case NodeKind::Module:
      c.Many("body", cast<Module>(n)->body);
      return;
    case NodeKind::FunctionDef: {
      auto* f = cast<FunctionDef>(n);
      c.One("args", f->args);
      c.Many("body", f->body);
      c.Many("decorator_list", f->decorator_list);
      c.One("returns", f->returns);
      return;
    }
    case NodeKind::ClassDef: {
      auto* x = cast<ClassDef>(n);
      c.Many("bases", x->bases);
      c.Many("keywords", x->keywords);
      c.Many("body", x->body);
      c.Many("decorator_list", x->decorator_list);
      return;
    }
    case NodeKind::Return:
      c.One("value", cast<Return>(n)->value);
      return;
    case NodeKind::Delete:
      c.Many("targets", cast<Delete>(n)->targets);
      return;
    case NodeKind::Assign:
      c.Many("targets", cast<Assign>(n)->targets);
      c.One("value", cast<Assign>(n)->value);
      return;
    case NodeKind::AugAssign:
      c.One("target", cast<AugAssign>(n)->target);
      c.One("value", cast<AugAssign>(n)->value);
      return;
    case NodeKind::AnnAssign: {
      auto* x = cast<AnnAssign>(n);
      c.One("target", x->target);
      c.One("annotation", x->annotation);
      c.One("value", x->value);
      return;
    }
    case NodeKind::For: {
      auto* x = cast<For>(n);
      c.One("target", x->target);
      c.One("iter", x->iter);
      c.Many("body", x->body);
      c.Many("orelse", x->orelse);
      return;
    }
    case NodeKind::While: {
      auto* x = cast<While>(n);
      c.One("test", x->test);
      c.Many("body", x->body);
      c.Many("orelse", x->orelse);
      return;
    }
    case NodeKind::If: {
      auto* x = cast<If>(n);
      c.One("test", x->test);
      c.Many("body", x->body);
      c.Many("orelse", x->orelse);
      return;
    }
    case NodeKind::With:
      c.Many("items", cast<With>(n)->items);
      c.Many("body", cast<With>(n)->body);
      return;
    case NodeKind::Raise:
      c.One("exc", cast<Raise>(n)->exc);
      c.One("cause", cast<Raise>(n)->cause);
      return;
    case NodeKind::Try: {
      auto* x = cast<Try>(n);
      c.Many("body", x->body);
      c.Many("handlers", x->handlers);
      c.Many("orelse", x->orelse);
      c.Many("finalbody", x->finalbody);
      return;
    }
    case NodeKind::Assert:
      c.One("test", cast<Assert>(n)->test);
      c.One("msg", cast<Assert>(n)->msg);
      return;
    case NodeKind::Import:
      c.Many("names", cast<Import>(n)->names);
      return;
    case NodeKind::ImportFrom:
      c.Many("names", cast<ImportFrom>(n)->names);
      return;
    case NodeKind::Global:
    case NodeKind::Nonlocal:
    case NodeKind::Pass:
    case NodeKind::Break:
    case NodeKind::Continue:
    case NodeKind::Unsupported:
    case NodeKind::Constant:
    case NodeKind::Name:
      return;
    case NodeKind::ExprStmt:
      c.One("value", cast<ExprStmt>(n)->value);
      return;
    case NodeKind::BoolOp:
      c.Many("values", cast<BoolOp>(n)->values);
      return;
    case NodeKind::NamedExpr:
      c.One("target", cast<NamedExpr>(n)->target);
      c.One("value", cast<NamedExpr>(n)->value);
      return;
    case NodeKind::BinOp:
      c.One("left", cast<BinOp>(n)->left);
      c.One("right", cast<BinOp>(n)->right);
      return;
    case NodeKind::UnaryOp:
      c.One("operand", cast<UnaryOp>(n)->operand);
      return;
    case NodeKind::Lambda:
      c.One("args", cast<Lambda>(n)->args);
      c.One("body", cast<Lambda>(n)->body);
      return;
    case NodeKind::IfExp: {
      auto* x = cast<IfExp>(n);
      c.One("test", x->test);
      c.One("body", x->body);
      c.One("orelse", x->orelse);
      return;
    }
    case NodeKind::Dict:
      c.Many("keys", cast<Dict>(n)->keys);
      c.Many("values", cast<Dict>(n)->values);
      return;
    case NodeKind::Set:
      c.Many("elts", cast<Set>(n)->elts);
      return;
    case NodeKind::ListComp:
      c.One("elt", cast<ListComp>(n)->elt);
      c.Many("generators", cast<ListComp>(n)->generators);
      return;
    case NodeKind::SetComp:
      c.One("elt", cast<SetComp>(n)->elt);
      c.Many("generators", cast<SetComp>(n)->generators);
      return;
    case NodeKind::DictComp: {
      auto* x = cast<DictComp>(n);
      c.One("key", x->key);
      c.One("value", x->value);
      c.Many("generators", x->generators);
      return;
    }
    case NodeKind::GeneratorExp:
      c.One("elt", cast<GeneratorExp>(n)->elt);
      c.Many("generators", cast<GeneratorExp>(n)->generators);
      return;
    case NodeKind::Await:
      c.One("value", cast<Await>(n)->value);
      return;
    case NodeKind::Yield:
      c.One("value", cast<Yield>(n)->value);
      return;
    case NodeKind::YieldFrom:
      c.One("value", cast<YieldFrom>(n)->value);
      return;
    case NodeKind::Compare:
      c.One("left", cast<Compare>(n)->left);
      c.Many("comparators", cast<Compare>(n)->comparators);
      return;
    case NodeKind::Call: {
      auto* x = cast<Call>(n);
      c.One("func", x->func);
      c.Many("args", x->args);
      c.Many("keywords", x->keywords);
      return;
    }
    case NodeKind::FormattedValue:
      c.One("value", cast<FormattedValue>(n)->value);
      c.One("format_spec", cast<FormattedValue>(n)->format_spec);
      return;
    case NodeKind::JoinedStr:
      c.Many("values", cast<JoinedStr>(n)->values);
      return;
    case NodeKind::Attribute:
      c.One("value", cast<Attribute>(n)->value);
      return;
    case NodeKind::Subscript:
      c.One("value", cast<Subscript>(n)->value);
      c.One("slice", cast<Subscript>(n)->slice);
      return;
    case NodeKind::Starred:
      c.One("value", cast<Starred>(n)->value);
      return;
    case NodeKind::List:
      c.Many("elts", cast<List>(n)->elts);
      return;
    case NodeKind::Tuple:
      c.Many("elts", cast<Tuple>(n)->elts);
      return;
    case NodeKind::Slice: {
      auto* x = cast<Slice>(n);
      c.One("lower", x->lower);
      c.One("upper", x->upper);
      c.One("step", x->step);
      return;
    }
  }
}

}  // namespace

void ForEachChild(const Node* n, const std::function<void(const Node*)>& fn) {
  Dumper::Children c;
  Dumper::Collect(n, c);
  for (const auto& field : c.fields)
    for (const Node* child : field.second) fn(child);
}

std::string Dump(const Node* node) {
  std::ostringstream out;
  Dumper(out).Node(node, 0);
  return out.str();
}

std::vector<const Node*> ChildNodes(const Node* node) {
  std::ostringstream unused;
  return Dumper(unused).ChildrenOf(node);
}

}  // namespace rpyc::ast
