// Host::DescribeFunction and Host::LookupGlobal: what the flow builder
// needs to know about a Python function (its source AST, globals,
// defaults, closure cells) and how it resolves global names.
//
// A function's definition is found by parsing its whole file once with
// CPython's own `ast.parse` (so rpyc accepts exactly the syntax of the
// interpreter that ran the target), converting it to the C++ AST, and
// matching the code object's name and first line against every def and
// lambda in the file.
#include "translator/loader/host_impl.h"

#include <algorithm>

namespace rpyc::loader {

const ParsedFile& Host::Impl::ParseFile(SourceManager& sources, const std::string& filename) {
  auto it = parsed.find(filename);
  if (it != parsed.end()) return it->second;
  ParsedFile& pf = parsed[filename];
  std::string text, error;
  if (filename.empty() || filename[0] == '<' || !ReadFileText(filename, text, error)) {
    pf.error = filename.empty() || filename[0] == '<'
                   ? "it was not defined in a file (`" + filename + "`)"
                   : "cannot read `" + filename + "`: " + error;
    return pf;
  }
  pf.file = sources.AddFile(filename, text);
  PyRef ast_mod(PyImport_ImportModule("ast"));
  PyRef py_tree(ast_mod
                    ? PyObject_CallMethod(ast_mod.get(), "parse", "y#s", text.data(),
                                          static_cast<Py_ssize_t>(text.size()), filename.c_str())
                    : nullptr);
  if (!py_tree) {
    pf.error = "parsing `" + filename + "` raised `" + TakeErrorText() + "`";
    return pf;
  }
  arenas.push_back(std::make_unique<ast::AstArena>());
  pf.module = ConvertModule(py_tree.get(), pf.file, *arenas.back(), pf.functions);
  return pf;
}

namespace {

// The first line of a def as co_firstlineno reports it: its first
// decorator's line when decorated (Python 3.8+).
uint32_t FirstLine(const ast::FunctionDef* def) {
  uint32_t line = def->loc.line;
  for (const ast::Expr* d : def->decorator_list) line = std::min(line, d->loc.line);
  return line;
}

const ast::Node* FindDefinition(const ParsedFile& pf, const std::string& co_name, long first_line) {
  auto line = static_cast<uint32_t>(first_line);
  for (const ast::Node* n : pf.functions) {
    if (co_name == "<lambda>") {
      if (ast::isa<ast::Lambda>(n) && n->loc.line == line) return n;
      continue;
    }
    auto* def = ast::dyn_cast<ast::FunctionDef>(n);
    if (def && def->name == co_name && FirstLine(def) == line) return def;
  }
  return nullptr;
}

}  // namespace

const FunctionInfo* Host::DescribeFunction(HostId func, SourceLoc use_site) {
  auto cached = impl_->functions.find(func.index);
  if (cached != impl_->functions.end()) return cached->second.get();
  PyObject* fn = impl_->Get(func);
  if (!PyFunction_Check(fn)) {
    diags_.Emit(DiagKind::NoSource, use_site, {Repr(func), "it is not a Python function"});
    return nullptr;
  }
  auto info = std::make_unique<FunctionInfo>();
  info->name = AttrStr(fn, "__name__");
  info->qualname = AttrStr(fn, "__qualname__");
  info->module = AttrStr(fn, "__module__");
  PyObject* code = PyFunction_GetCode(fn);  // borrowed
  std::string filename = AttrStr(code, "co_filename");
  std::string co_name = AttrStr(code, "co_name");
  long first_line = AttrLong(code, "co_firstlineno", 0);

  const ParsedFile& pf = impl_->ParseFile(sources_, filename);
  info->file = pf.file;
  if (!pf.module) {
    diags_.Emit(DiagKind::NoSource, use_site, {info->qualname, pf.error});
    return nullptr;
  }
  info->def = FindDefinition(pf, co_name, first_line);
  if (!info->def) {
    diags_.Emit(DiagKind::NoSource, use_site,
                {info->qualname, "no definition of `" + co_name + "` at " + filename + ":" +
                                     std::to_string(first_line)});
    return nullptr;
  }
  impl_->FillFunctionValues(fn, *info);
  return impl_->functions.emplace(func.index, std::move(info)).first->second.get();
}

void Host::Impl::FillFunctionValues(PyObject* fn, FunctionInfo& info) {
  info.globals = Register(PyFunction_GetGlobals(fn));
  if (PyObject* defaults = PyFunction_GetDefaults(fn); defaults && PyTuple_Check(defaults)) {
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(defaults); ++i)
      info.defaults.push_back(Register(PyTuple_GET_ITEM(defaults, i)));
  }
  if (PyObject* kw = PyFunction_GetKwDefaults(fn); kw && PyDict_Check(kw)) {
    Py_ssize_t pos = 0;
    PyObject *key = nullptr, *value = nullptr;
    while (PyDict_Next(kw, &pos, &key, &value)) info.kwdefaults[StrOf(key)] = Register(value);
  }
  PyObject* closure = PyFunction_GetClosure(fn);  // tuple of cells or NULL
  PyRef freevars(PyObject_GetAttrString(PyFunction_GetCode(fn), "co_freevars"));
  if (!freevars || !PyTuple_Check(freevars.get())) {
    PyErr_Clear();
    return;
  }
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(freevars.get()); ++i) {
    HostId contents;
    if (closure && PyTuple_Check(closure) && i < PyTuple_GET_SIZE(closure)) {
      PyObject* cell = PyTuple_GET_ITEM(closure, i);
      if (PyCell_Check(cell)) contents = Register(PyCell_GET(cell));  // NULL: empty
    }
    info.closure.emplace_back(StrOf(PyTuple_GET_ITEM(freevars.get(), i)), contents);
  }
}

HostId Host::NewNestedFunction(HostId owner, const ast::Node* def, const std::string& name,
                               const std::vector<HostId>& defaults,
                               const std::map<std::string, HostId>& kwdefaults,
                               const std::vector<std::string>& freevars) {
  const FunctionInfo& outer = *impl_->functions.at(owner.index);
  // Any function object will do: the translator reads the FunctionInfo
  // registered below, never this code.
  PyRef code(Py_CompileString("None", "<rpyc nested function>", Py_eval_input));
  PyRef fn(code ? PyFunction_New(code.get(), impl_->Get(outer.globals)) : nullptr);
  RPYC_CHECK(fn, "cannot make a function object: " + TakeErrorText());
  std::string qualname = outer.qualname + ".<locals>." + name;
  PyRef py_name(PyUnicode_FromString(name.c_str()));
  PyRef py_qualname(PyUnicode_FromString(qualname.c_str()));
  PyObject_SetAttrString(fn.get(), "__name__", py_name.get());
  PyObject_SetAttrString(fn.get(), "__qualname__", py_qualname.get());
  PyErr_Clear();
  HostId id = impl_->Register(fn.get());
  auto info = std::make_unique<FunctionInfo>();
  info->name = name;
  info->qualname = qualname;
  info->module = outer.module;
  info->file = outer.file;
  info->def = def;
  info->globals = outer.globals;
  info->defaults = defaults;
  info->kwdefaults = kwdefaults;
  for (const std::string& v : freevars) info->closure.emplace_back(v, HostId());
  impl_->functions.emplace(id.index, std::move(info));
  return id;
}

HostId Host::LookupGlobal(HostId globals_dict, const std::string& name) {
  PyObject* globals = impl_->Get(globals_dict);
  if (!PyDict_Check(globals)) return HostId();
  PyRef key(PyUnicode_FromStringAndSize(name.data(), static_cast<Py_ssize_t>(name.size())));
  if (!key) {
    PyErr_Clear();
    return HostId();
  }
  if (PyObject* v = PyDict_GetItemWithError(globals, key.get())) return impl_->Register(v);
  PyErr_Clear();
  // A module's __builtins__ is the builtins module, or its dict in modules
  // other than __main__; fall back to the interpreter's builtins.
  PyRef builtins_dict;
  PyObject* b = PyDict_GetItemString(globals, "__builtins__");  // borrowed
  if (b && PyModule_Check(b)) {
    builtins_dict = PyRef::Borrow(PyModule_GetDict(b));
  } else if (b && PyDict_Check(b)) {
    builtins_dict = PyRef::Borrow(b);
  } else {
    PyRef mod(PyImport_ImportModule("builtins"));
    if (mod) builtins_dict = PyRef::Borrow(PyModule_GetDict(mod.get()));
  }
  if (!builtins_dict) {
    PyErr_Clear();
    return HostId();
  }
  PyObject* v = PyDict_GetItemWithError(builtins_dict.get(), key.get());
  if (!v) PyErr_Clear();
  return impl_->Register(v);
}

bool Host::HasModuleGlobal(HostId globals_dict, const std::string& name) {
  PyObject* globals = impl_->Get(globals_dict);
  if (!PyDict_Check(globals)) return false;
  PyObject* v = PyDict_GetItemString(globals, name.c_str());  // borrowed
  PyErr_Clear();
  return v != nullptr;
}

const std::vector<const ast::Node*>& Host::ModuleDefinitions(HostId globals_dict) {
  static const std::vector<const ast::Node*> kNone;
  PyObject* globals = impl_->Get(globals_dict);
  if (!PyDict_Check(globals)) return kNone;
  PyObject* file = PyDict_GetItemString(globals, "__file__");  // borrowed
  if (!file || !PyUnicode_Check(file)) {
    PyErr_Clear();
    return kNone;
  }
  const ParsedFile& pf = impl_->ParseFile(sources_, StrOf(file));
  return pf.module ? pf.functions : kNone;
}

std::string Host::ModuleName(HostId globals_dict) {
  PyObject* globals = impl_->Get(globals_dict);
  if (!PyDict_Check(globals)) return "";
  PyObject* name = PyDict_GetItemString(globals, "__name__");  // borrowed
  PyErr_Clear();
  return name && PyUnicode_Check(name) ? StrOf(name) : "";
}

}  // namespace rpyc::loader
