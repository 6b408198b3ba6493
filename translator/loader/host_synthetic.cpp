// Objects the translator makes in the host for graphs that have no Python
// source of their own: the frame classes of generators (see
// translator/flow/resumable/) and placeholder functions that name
// synthetic graphs, plus copies of support functions specialized per
// argument type by the annotator.
#include <set>

#include "translator/loader/host.h"
#include "translator/loader/host_impl.h"

namespace rpyc::loader {

namespace {
// Runs `code` in a fresh namespace whose __name__ is `rpyc.synthetic` and
// returns the object bound to `name` there (owned), or nullptr.
PyObject* RunSynthetic(const std::string& code, const char* name) {
  PyRef ns(PyDict_New());
  if (!ns) return nullptr;
  PyRef modname(PyUnicode_FromString("rpyc.synthetic"));
  PyDict_SetItemString(ns.get(), "__name__", modname.get());
  PyDict_SetItemString(ns.get(), "__builtins__", PyEval_GetBuiltins());
  PyRef r(PyRun_String(code.c_str(), Py_file_input, ns.get(), ns.get()));
  if (!r) {
    PyErr_Clear();
    return nullptr;
  }
  PyObject* obj = PyDict_GetItemString(ns.get(), name);  // borrowed
  Py_XINCREF(obj);
  return obj;
}
}  // namespace

HostId Host::NewSyntheticClass(const std::string& name, HostId base) {
  PyObject* cls = nullptr;
  if (base.valid()) {
    PyRef ns(PyDict_New());
    PyRef mod(PyUnicode_FromString("rpyc.synthetic"));
    PyDict_SetItemString(ns.get(), "__module__", mod.get());
    cls = PyObject_CallFunction(reinterpret_cast<PyObject*>(&PyType_Type), "s(O)O", "C",
                                impl_->Get(base), ns.get());
    if (!cls) PyErr_Clear();
  } else {
    cls = RunSynthetic("class C:\n    pass\n", "C");
  }
  if (!cls) return HostId();
  PyRef n(PyUnicode_FromString(name.c_str()));
  PyObject_SetAttrString(cls, "__name__", n.get());
  PyObject_SetAttrString(cls, "__qualname__", n.get());
  return impl_->Adopt(cls);
}

HostId Host::NewPlaceholderFunction(const std::string& name) {
  PyObject* fn = RunSynthetic("def f(*args):\n    raise NotImplementedError\n", "f");
  if (!fn) return HostId();
  PyRef n(PyUnicode_FromString(name.c_str()));
  PyObject_SetAttrString(fn, "__name__", n.get());
  PyObject_SetAttrString(fn, "__qualname__", n.get());
  return impl_->Adopt(fn);
}

bool Host::SetAttr(HostId obj, const std::string& name, HostId value) {
  if (PyObject_SetAttrString(impl_->Get(obj), name.c_str(), impl_->Get(value)) < 0) {
    PyErr_Clear();
    return false;
  }
  return true;
}

HostId Host::CopyFunction(HostId func) {
  PyObject* f = impl_->Get(func);
  if (!PyFunction_Check(f)) return HostId();
  PyObject* copy = PyFunction_New(PyFunction_GET_CODE(f), PyFunction_GET_GLOBALS(f));
  if (!copy) {
    PyErr_Clear();
    return HostId();
  }
  PyObject* defaults = PyFunction_GET_DEFAULTS(f);
  if (defaults) PyFunction_SetDefaults(copy, defaults);
  return impl_->Adopt(copy);
}

HostId Host::SupportFunction(const std::string& module, const std::string& name) {
  PyRef mod(PyImport_ImportModule(module.c_str()));
  if (!mod) {
    PyErr_Clear();
    return HostId();
  }
  PyRef v(PyObject_GetAttrString(mod.get(), name.c_str()));
  if (!v) {
    PyErr_Clear();
    return HostId();
  }
  return impl_->Register(v.get());
}

namespace {
// The code flags of a Python function (CO_GENERATOR, ...); 0 for anything else.
long CodeFlags(PyObject* f) {
  if (!PyFunction_Check(f)) return 0;
  PyRef flags(PyObject_GetAttrString(PyFunction_GET_CODE(f), "co_flags"));
  if (!flags) {
    PyErr_Clear();
    return 0;
  }
  return PyLong_AsLong(flags.get());
}
}  // namespace

bool Host::IsGeneratorFunction(HostId func) {
  return (CodeFlags(impl_->Get(func)) & CO_GENERATOR) != 0;
}

bool Host::IsAsyncFunction(HostId func) {
  PyObject* f = impl_->Get(func);
  if (!PyFunction_Check(f)) return false;
  // Asynchronous generators too: the builder refuses their `yield`.
  if (CodeFlags(f) & (CO_COROUTINE | CO_ASYNC_GENERATOR)) return true;
  // javascript.asynchronous marks the function (the seed's spelling).
  PyRef mark(PyObject_GetAttrString(f, "_rpyc_js_async"));
  if (!mark) PyErr_Clear();
  return mark && PyObject_IsTrue(mark.get()) == 1;
}

namespace {
void CollectGenExprFreeVars(PyObject* code, int line, std::set<std::string>* out) {
  PyRef consts(PyObject_GetAttrString(code, "co_consts"));
  if (!consts || !PyTuple_Check(consts.get())) {
    PyErr_Clear();
    return;
  }
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(consts.get()); ++i) {
    PyObject* c = PyTuple_GET_ITEM(consts.get(), i);
    if (!PyCode_Check(c)) continue;
    CollectGenExprFreeVars(c, line, out);
    PyRef name(PyObject_GetAttrString(c, "co_name"));
    PyRef first(PyObject_GetAttrString(c, "co_firstlineno"));
    PyRef free(PyObject_GetAttrString(c, "co_freevars"));
    if (!name || !first || !free) {
      PyErr_Clear();
      continue;
    }
    const char* n = PyUnicode_AsUTF8(name.get());
    if (!n || std::string(n) != "<genexpr>" || PyLong_AsLong(first.get()) != line) continue;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(free.get()); ++k)
      if (const char* v = PyUnicode_AsUTF8(PyTuple_GET_ITEM(free.get(), k))) out->insert(v);
  }
}
}  // namespace

std::vector<std::string> Host::GenExprFreeVars(HostId func, int line) {
  std::set<std::string> names;
  PyObject* f = impl_->Get(func);
  if (PyFunction_Check(f)) CollectGenExprFreeVars(PyFunction_GET_CODE(f), line, &names);
  return std::vector<std::string>(names.begin(), names.end());
}

}  // namespace rpyc::loader
