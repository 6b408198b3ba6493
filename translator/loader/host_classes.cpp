// Host queries about classes: bases, MRO, class dictionaries, static and
// class methods, prebuilt instances.
#include "translator/loader/host_impl.h"

namespace rpyc::loader {

std::vector<HostId> Host::ClassBases(HostId cls) {
  std::vector<HostId> out;
  PyObject* c = impl_->Get(cls);
  if (!PyType_Check(c)) return out;
  PyObject* bases = reinterpret_cast<PyTypeObject*>(c)->tp_bases;
  if (!bases || !PyTuple_Check(bases)) return out;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); ++i) {
    PyObject* b = PyTuple_GET_ITEM(bases, i);
    if (b == reinterpret_cast<PyObject*>(&PyBaseObject_Type)) continue;
    out.push_back(impl_->Register(b));
  }
  return out;
}

std::vector<HostId> Host::ClassMro(HostId cls) {
  std::vector<HostId> out;
  PyObject* c = impl_->Get(cls);
  if (!PyType_Check(c)) return out;
  PyObject* mro = reinterpret_cast<PyTypeObject*>(c)->tp_mro;
  if (!mro || !PyTuple_Check(mro)) return out;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(mro); ++i)
    out.push_back(impl_->Register(PyTuple_GET_ITEM(mro, i)));
  return out;
}

HostId Host::ClassDictGet(HostId cls, const std::string& name) {
  PyObject* c = impl_->Get(cls);
  if (!PyType_Check(c)) return HostId();
  PyObject* dict = reinterpret_cast<PyTypeObject*>(c)->tp_dict;
  if (!dict) return HostId();
  PyObject* v = PyDict_GetItemString(dict, name.c_str());  // borrowed
  return v ? impl_->Register(v) : HostId();
}

std::vector<std::string> Host::ClassDictKeys(HostId cls) {
  std::vector<std::string> out;
  PyObject* c = impl_->Get(cls);
  if (!PyType_Check(c)) return out;
  PyObject* dict = reinterpret_cast<PyTypeObject*>(c)->tp_dict;
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (dict && PyDict_Next(dict, &pos, &key, &value))
    if (PyUnicode_Check(key)) out.push_back(StrOf(key));
  return out;
}

bool Host::IsSubclass(HostId a, HostId b) {
  PyObject* x = impl_->Get(a);
  PyObject* y = impl_->Get(b);
  if (!PyType_Check(x) || !PyType_Check(y)) return false;
  int r = PyObject_IsSubclass(x, y);
  if (r < 0) {
    PyErr_Clear();
    return false;
  }
  return r == 1;
}

bool Host::IsClass(HostId obj) { return PyType_Check(impl_->Get(obj)); }

HostId Host::UnwrapMethod(HostId obj, bool* is_static) {
  PyObject* o = impl_->Get(obj);
  bool st = PyObject_TypeCheck(o, &PyStaticMethod_Type);
  bool cm = PyObject_TypeCheck(o, &PyClassMethod_Type);
  if (!st && !cm) return HostId();
  *is_static = st;
  PyRef func(PyObject_GetAttrString(o, "__func__"));
  if (!func) {
    PyErr_Clear();
    return HostId();
  }
  return impl_->Register(func.get());
}

HostId Host::Builtin(const std::string& name) { return SupportFunction("builtins", name); }

HostId Host::TypeOf(HostId obj) {
  return impl_->Register(reinterpret_cast<PyObject*>(Py_TYPE(impl_->Get(obj))));
}

std::vector<std::pair<std::string, HostId>> Host::InstanceDict(HostId obj) {
  std::vector<std::pair<std::string, HostId>> out;
  PyRef dict(PyObject_GetAttrString(impl_->Get(obj), "__dict__"));
  if (!dict || !PyDict_Check(dict.get())) {
    PyErr_Clear();
    return out;
  }
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(dict.get(), &pos, &key, &value))
    if (PyUnicode_Check(key)) out.emplace_back(StrOf(key), impl_->Register(value));
  return out;
}

std::vector<std::pair<HostId, HostId>> Host::DictItems(HostId obj) {
  std::vector<std::pair<HostId, HostId>> out;
  PyObject* d = impl_->Get(obj);
  if (!PyDict_Check(d)) return out;
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(d, &pos, &key, &value))
    out.emplace_back(impl_->Register(key), impl_->Register(value));
  return out;
}

}  // namespace rpyc::loader
