// Private to translator/loader: the converter from CPython `ast` objects to
// rpyc's C++ AST, shared by ast_convert.cpp (module, statements) and
// ast_convert_expr.cpp (expressions and helper nodes). See ast_convert.cpp
// for how conversion works.
#pragma once

#include <type_traits>

#include "translator/loader/host_impl.h"

namespace rpyc::loader {

// Converts one parsed file. Python objects it does not recognise become
// Unsupported nodes, so conversion never fails.
class Converter {
 public:
  Converter(FileId file, ast::AstArena& arena, std::vector<const ast::Node*>& functions)
      : file_(file), arena_(arena), functions_(functions) {}

  // Converts any ast object; nullptr for None or a missing value.
  ast::Node* Convert(PyObject* py);

 private:
  // ---- field readers (errors are cleared; missing reads as absent) ----
  PyRef Field(PyObject* py, const char* name) {
    PyRef v(PyObject_GetAttrString(py, name));
    if (!v) PyErr_Clear();
    if (v && v.get() == Py_None) return PyRef();
    return v;
  }
  ast::Node* Child(PyObject* py, const char* name) {
    PyRef v = Field(py, name);
    return v ? Convert(v.get()) : nullptr;
  }
  template <typename T = ast::Node>
  std::vector<T*> Children(PyObject* py, const char* name) {
    std::vector<T*> out;
    PyRef list = Field(py, name);
    if (!list || !PyList_Check(list.get())) return out;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list.get()); ++i) {
      ast::Node* n = Convert(PyList_GET_ITEM(list.get(), i));
      // Expression lists keep None entries (Dict keys, kw_defaults);
      // typed helper lists only hold nodes of their class.
      if constexpr (std::is_same_v<T, ast::Node>) {
        out.push_back(n);
      } else if (auto* t = ast::dyn_cast<T>(n)) {
        out.push_back(t);
      }
    }
    return out;
  }
  std::string Ident(PyObject* py, const char* name) { return StrOf(Field(py, name).get()); }
  std::vector<std::string> Idents(PyObject* py, const char* name) {
    std::vector<std::string> out;
    PyRef list = Field(py, name);
    if (!list || !PyList_Check(list.get())) return out;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(list.get()); ++i)
      out.push_back(StrOf(PyList_GET_ITEM(list.get(), i)));
    return out;
  }
  static std::string ClassName(PyObject* py) {
    std::string name = Py_TYPE(py)->tp_name;
    size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
  }
  std::string FieldClass(PyObject* py, const char* name) {
    PyRef v = Field(py, name);
    return v ? ClassName(v.get()) : "";
  }

  template <typename T>
  T* Make(PyObject* py) {
    T* n = arena_.New<T>();
    n->loc = Loc(py);
    return n;
  }
  SourceLoc Loc(PyObject* py);

  ast::Node* Statement(PyObject* py, const std::string& cls);
  ast::Node* Compound(PyObject* py, const std::string& cls);
  ast::Node* Expression(PyObject* py, const std::string& cls);
  ast::Node* Operation(PyObject* py, const std::string& cls);
  ast::Node* Reference(PyObject* py, const std::string& cls);
  ast::Node* ImportOrScope(PyObject* py, const std::string& cls);
  ast::Node* Comprehension(PyObject* py, const std::string& cls);
  ast::Node* Helper(PyObject* py, const std::string& cls);
  ast::Node* MakeConstant(PyObject* py);
  ast::Node* MakeFunction(PyObject* py, bool is_async);
  ast::Node* MakeArguments(PyObject* py);

  ast::BinOpKind BinOpOf(PyObject* py, const char* field);
  ast::ExprContext CtxOf(PyObject* py);

  FileId file_;
  ast::AstArena& arena_;
  std::vector<const ast::Node*>& functions_;
};

}  // namespace rpyc::loader
