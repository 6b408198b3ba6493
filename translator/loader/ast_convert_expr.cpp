// Conversion of CPython `ast` expressions, comprehensions and helper nodes
// (arguments, keyword, alias, withitem, ExceptHandler) to rpyc's C++ AST.
// See ast_convert.cpp for the approach.
#include "translator/loader/ast_convert.h"

namespace rpyc::loader {

using namespace rpyc::ast;

namespace {

UnaryOpKind UnaryOpOf(const std::string& cls) {
  if (cls == "Invert") return UnaryOpKind::Invert;
  if (cls == "UAdd") return UnaryOpKind::UAdd;
  if (cls == "USub") return UnaryOpKind::USub;
  return UnaryOpKind::Not;
}

CmpOpKind CmpOpOf(const std::string& cls) {
  static const std::pair<const char*, CmpOpKind> kOps[] = {
      {"Eq", CmpOpKind::Eq},       {"NotEq", CmpOpKind::NotEq}, {"Lt", CmpOpKind::Lt},
      {"LtE", CmpOpKind::LtE},     {"Gt", CmpOpKind::Gt},       {"GtE", CmpOpKind::GtE},
      {"Is", CmpOpKind::Is},       {"IsNot", CmpOpKind::IsNot}, {"In", CmpOpKind::In},
      {"NotIn", CmpOpKind::NotIn},
  };
  for (const auto& [name, kind] : kOps)
    if (cls == name) return kind;
  return CmpOpKind::Eq;
}

}  // namespace

ast::Node* Converter::MakeConstant(PyObject* py) {
  auto* n = Make<Constant>(py);
  PyRef v(PyObject_GetAttrString(py, "value"));
  PyObject* value = v.get();
  if (!value) {
    PyErr_Clear();
    return n;
  }
  if (value == Py_None) {
    n->value_kind = Constant::Kind::None;
  } else if (PyBool_Check(value)) {
    n->value_kind = Constant::Kind::Bool;
    n->bool_value = value == Py_True;
  } else if (PyLong_Check(value)) {
    int overflow = 0;
    long long i = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (i == -1 && PyErr_Occurred()) PyErr_Clear();
    n->value_kind = overflow ? Constant::Kind::BigInt : Constant::Kind::Int;
    if (overflow) n->str_value = StrValue(value);
    n->int_value = overflow ? 0 : i;
  } else if (PyFloat_Check(value)) {
    n->value_kind = Constant::Kind::Float;
    n->float_value = PyFloat_AS_DOUBLE(value);
  } else if (PyComplex_Check(value)) {
    n->value_kind = Constant::Kind::Complex;
    n->float_value = PyComplex_ImagAsDouble(value);
  } else if (PyUnicode_Check(value)) {
    n->value_kind = Constant::Kind::Str;
    n->str_value = StrOf(value);
  } else if (PyBytes_Check(value)) {
    n->value_kind = Constant::Kind::Bytes;
    n->str_value.assign(PyBytes_AS_STRING(value), static_cast<size_t>(PyBytes_GET_SIZE(value)));
  } else if (value == Py_Ellipsis) {
    n->value_kind = Constant::Kind::Ellipsis;
  }
  return n;
}

ast::Node* Converter::Expression(PyObject* py, const std::string& cls) {
  if (cls == "BoolOp") {
    auto* n = Make<BoolOp>(py);
    n->op = FieldClass(py, "op") == "Or" ? BoolOpKind::Or : BoolOpKind::And;
    n->values = Children(py, "values");
    return n;
  }
  if (cls == "NamedExpr") {
    auto* n = Make<NamedExpr>(py);
    n->target = Child(py, "target");
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "BinOp") {
    auto* n = Make<BinOp>(py);
    n->left = Child(py, "left");
    n->op = BinOpOf(py, "op");
    n->right = Child(py, "right");
    return n;
  }
  if (cls == "UnaryOp") {
    auto* n = Make<UnaryOp>(py);
    n->op = UnaryOpOf(FieldClass(py, "op"));
    n->operand = Child(py, "operand");
    return n;
  }
  if (cls == "Lambda") {
    auto* n = Make<Lambda>(py);
    functions_.push_back(n);
    n->args = dyn_cast<arguments>(MakeArguments(Field(py, "args").get()));
    if (n->args && !n->args->loc.known()) n->args->loc = n->loc;
    n->body = Child(py, "body");
    return n;
  }
  if (cls == "IfExp") {
    auto* n = Make<IfExp>(py);
    n->test = Child(py, "test");
    n->body = Child(py, "body");
    n->orelse = Child(py, "orelse");
    return n;
  }
  if (cls == "Dict") {
    auto* n = Make<Dict>(py);
    n->keys = Children(py, "keys");
    n->values = Children(py, "values");
    return n;
  }
  if (cls == "Set") {
    auto* n = Make<Set>(py);
    n->elts = Children(py, "elts");
    return n;
  }
  return Operation(py, cls);
}

// Awaits, yields, comparisons, calls, f-strings and constants.
ast::Node* Converter::Operation(PyObject* py, const std::string& cls) {
  if (cls == "Await" || cls == "Yield" || cls == "YieldFrom") {
    if (cls == "Await") {
      auto* n = Make<Await>(py);
      n->value = Child(py, "value");
      return n;
    }
    if (cls == "Yield") {
      auto* n = Make<Yield>(py);
      n->value = Child(py, "value");
      return n;
    }
    auto* n = Make<YieldFrom>(py);
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "Compare") {
    auto* n = Make<Compare>(py);
    n->left = Child(py, "left");
    PyRef ops = Field(py, "ops");
    if (ops && PyList_Check(ops.get()))
      for (Py_ssize_t i = 0; i < PyList_GET_SIZE(ops.get()); ++i)
        n->ops.push_back(CmpOpOf(ClassName(PyList_GET_ITEM(ops.get(), i))));
    n->comparators = Children(py, "comparators");
    return n;
  }
  if (cls == "Call") {
    auto* n = Make<ast::Call>(py);
    n->func = Child(py, "func");
    n->args = Children(py, "args");
    n->keywords = Children<keyword>(py, "keywords");
    return n;
  }
  if (cls == "FormattedValue") {
    auto* n = Make<FormattedValue>(py);
    n->value = Child(py, "value");
    n->conversion = static_cast<int>(AttrLong(py, "conversion", -1));
    n->format_spec = Child(py, "format_spec");
    return n;
  }
  if (cls == "JoinedStr") {
    auto* n = Make<JoinedStr>(py);
    n->values = Children(py, "values");
    return n;
  }
  if (cls == "Constant") return MakeConstant(py);
  return Reference(py, cls);
}

// Names, attributes, subscripts and the other expressions that can be
// assignment targets.
ast::Node* Converter::Reference(PyObject* py, const std::string& cls) {
  if (cls == "Attribute") {
    auto* n = Make<Attribute>(py);
    n->value = Child(py, "value");
    n->attr = Ident(py, "attr");
    n->ctx = CtxOf(py);
    return n;
  }
  if (cls == "Subscript") {
    auto* n = Make<Subscript>(py);
    n->value = Child(py, "value");
    n->slice = Child(py, "slice");
    n->ctx = CtxOf(py);
    return n;
  }
  if (cls == "Starred") {
    auto* n = Make<Starred>(py);
    n->value = Child(py, "value");
    n->ctx = CtxOf(py);
    return n;
  }
  if (cls == "Name") {
    auto* n = Make<Name>(py);
    n->id = Ident(py, "id");
    n->ctx = CtxOf(py);
    return n;
  }
  if (cls == "List") {
    auto* n = Make<List>(py);
    n->elts = Children(py, "elts");
    n->ctx = CtxOf(py);
    return n;
  }
  if (cls == "Tuple") {
    auto* n = Make<Tuple>(py);
    n->elts = Children(py, "elts");
    n->ctx = CtxOf(py);
    return n;
  }
  if (cls == "Slice") {
    auto* n = Make<Slice>(py);
    n->lower = Child(py, "lower");
    n->upper = Child(py, "upper");
    n->step = Child(py, "step");
    return n;
  }
  // Python 3.8's slice wrappers; later versions put the expression directly.
  if (cls == "Index") return Child(py, "value");
  return nullptr;
}

ast::Node* Converter::Comprehension(PyObject* py, const std::string& cls) {
  if (cls == "comprehension") {
    auto* n = Make<comprehension>(py);
    n->target = Child(py, "target");
    n->iter = Child(py, "iter");
    n->ifs = Children(py, "ifs");
    n->is_async = AttrLong(py, "is_async", 0) != 0;
    if (n->target) n->loc = n->target->loc;
    return n;
  }
  if (cls == "ListComp" || cls == "SetComp" || cls == "GeneratorExp") {
    ast::Node* elt = Child(py, "elt");
    auto generators = Children<comprehension>(py, "generators");
    auto fill = [&](auto* n) {
      n->elt = elt;
      n->generators = generators;
      return n;
    };
    if (cls == "ListComp") return fill(Make<ListComp>(py));
    if (cls == "SetComp") return fill(Make<SetComp>(py));
    return fill(Make<GeneratorExp>(py));
  }
  if (cls == "DictComp") {
    auto* n = Make<DictComp>(py);
    n->key = Child(py, "key");
    n->value = Child(py, "value");
    n->generators = Children<comprehension>(py, "generators");
    return n;
  }
  return nullptr;
}

ast::Node* Converter::MakeArguments(PyObject* py) {
  if (!py) return nullptr;
  auto* n = Make<arguments>(py);
  n->posonlyargs = Children<arg>(py, "posonlyargs");
  n->args = Children<arg>(py, "args");
  n->vararg = dyn_cast<arg>(Child(py, "vararg"));
  n->kwonlyargs = Children<arg>(py, "kwonlyargs");
  n->kw_defaults = Children(py, "kw_defaults");
  n->kwarg = dyn_cast<arg>(Child(py, "kwarg"));
  n->defaults = Children(py, "defaults");
  // `arguments` has no position in CPython; use its first parameter's.
  for (auto* list : {&n->posonlyargs, &n->args, &n->kwonlyargs}) {
    if (!list->empty() && !n->loc.known()) n->loc = list->front()->loc;
  }
  if (!n->loc.known() && n->vararg) n->loc = n->vararg->loc;
  if (!n->loc.known() && n->kwarg) n->loc = n->kwarg->loc;
  return n;
}

// Helper nodes that are not expressions or statements themselves.
ast::Node* Converter::Helper(PyObject* py, const std::string& cls) {
  if (cls == "arguments") return MakeArguments(py);
  if (cls == "arg") {
    auto* n = Make<arg>(py);
    n->arg_name = Ident(py, "arg");
    n->annotation = Child(py, "annotation");
    return n;
  }
  if (cls == "keyword") {
    auto* n = Make<keyword>(py);
    n->arg_name = Ident(py, "arg");
    n->value = Child(py, "value");
    return n;
  }
  if (cls == "alias") {
    auto* n = Make<alias>(py);
    n->name = Ident(py, "name");
    n->asname = Ident(py, "asname");
    return n;
  }
  if (cls == "withitem") {
    auto* n = Make<withitem>(py);
    n->context_expr = Child(py, "context_expr");
    n->optional_vars = Child(py, "optional_vars");
    if (n->context_expr) n->loc = n->context_expr->loc;
    return n;
  }
  if (cls == "ExceptHandler") {
    auto* n = Make<ExceptHandler>(py);
    n->type = Child(py, "type");
    n->name = Ident(py, "name");
    n->body = Children(py, "body");
    return n;
  }
  return nullptr;
}

}  // namespace rpyc::loader
