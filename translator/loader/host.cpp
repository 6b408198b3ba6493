// The Host: interpreter start-up and shutdown, the HostId table, and the
// accessors that classify objects and read or make scalar values.
//
// The interpreter is configured isolated (no PYTHON* environment, no user
// site-packages, the current directory not on sys.path), never writes
// bytecode next to the user's files, and uses a fixed string hash seed so
// that set and dict-of-str iteration orders observed at translation time
// are the same on every run.
#include "translator/loader/host_impl.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#ifndef RPYC_PYTHON_EXECUTABLE
#define RPYC_PYTHON_EXECUTABLE "/usr/bin/python3"
#endif

namespace rpyc::loader {

// ---- shared CPython helpers --------------------------------------------------

std::string PyErrorInfo::Text() const {
  if (message.empty()) return type_name;
  return type_name + ": " + message;
}

PyErrorInfo FetchError() {
  PyObject *type = nullptr, *value = nullptr, *tb = nullptr;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  PyErrorInfo info;
  info.type = PyRef(type);
  info.value = PyRef(value);
  info.traceback = PyRef(tb);
  if (type && PyType_Check(type)) {
    // tp_name is "module.Name" for static types; keep the class name only.
    std::string name = reinterpret_cast<PyTypeObject*>(type)->tp_name;
    size_t dot = name.rfind('.');
    info.type_name = dot == std::string::npos ? name : name.substr(dot + 1);
  } else {
    info.type_name = "exception";
  }
  if (value) info.message = StrValue(value);
  return info;
}

std::string TakeErrorText() {
  if (!PyErr_Occurred()) return "unknown error";
  return FetchError().Text();
}

std::string StrOf(PyObject* s) {
  if (!s || !PyUnicode_Check(s)) return "";
  Py_ssize_t size = 0;
  const char* utf8 = PyUnicode_AsUTF8AndSize(s, &size);
  if (!utf8) {
    // Lone surrogates cannot be encoded; show them escaped instead.
    PyErr_Clear();
    PyRef bytes(PyUnicode_AsEncodedString(s, "utf-8", "backslashreplace"));
    if (!bytes) {
      PyErr_Clear();
      return "";
    }
    return std::string(PyBytes_AS_STRING(bytes.get()), PyBytes_GET_SIZE(bytes.get()));
  }
  return std::string(utf8, static_cast<size_t>(size));
}

std::string StrValue(PyObject* obj) {
  PyRef s(PyObject_Str(obj));
  if (!s) {
    PyErr_Clear();
    return "";
  }
  return StrOf(s.get());
}

std::string AttrStr(PyObject* obj, const char* name) {
  PyRef v(PyObject_GetAttrString(obj, name));
  if (!v) {
    PyErr_Clear();
    return "";
  }
  return StrOf(v.get());
}

long AttrLong(PyObject* obj, const char* name, long fallback) {
  PyRef v(PyObject_GetAttrString(obj, name));
  if (!v || !PyLong_Check(v.get())) {
    PyErr_Clear();
    return fallback;
  }
  long result = PyLong_AsLong(v.get());
  if (result == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return fallback;
  }
  return result;
}

bool ReadFileText(const std::string& path, std::string& text, std::string& error) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = errno ? std::strerror(errno) : "cannot open file";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "read error";
    return false;
  }
  text = ss.str();
  return true;
}

// ---- the object table -------------------------------------------------------

HostId Host::Impl::Register(PyObject* borrowed) {
  if (!borrowed) return HostId();
  auto it = index.find(borrowed);
  if (it != index.end()) return HostId(it->second);
  Py_INCREF(borrowed);
  auto id = static_cast<uint32_t>(objects.size());
  objects.push_back(borrowed);
  index.emplace(borrowed, id);
  return HostId(id);
}

HostId Host::Impl::Adopt(PyObject* owned) {
  PyRef ref(owned);
  return Register(owned);
}

PyObject* Host::Impl::Get(HostId id) const {
  RPYC_CHECK(id.valid() && id.index < objects.size(), "bad HostId");
  return objects[id.index];
}

bool Host::Impl::IsUserFile(const std::string& filename) const {
  if (filename.empty() || filename[0] == '<') return false;
  auto under = [&filename](const std::string& dir) {
    return !dir.empty() && filename.compare(0, dir.size(), dir) == 0 &&
           (filename.size() == dir.size() || filename[dir.size()] == '/' || dir.back() == '/');
  };
  if (under(support_dir)) return false;
  for (const std::string& dir : system_dirs)
    if (under(dir)) return false;
  return true;
}

// ---- start-up and shutdown ----------------------------------------------------

namespace {

void CheckStatus(PyStatus status, PyConfig* config) {
  if (!PyStatus_Exception(status)) return;
  std::string msg = status.err_msg ? status.err_msg : "unknown error";
  PyConfig_Clear(config);
  CheckFailed("Python initialization", __FILE__, __LINE__, "cannot start CPython: " + msg);
}

}  // namespace

Host::Host(SourceManager& sources, DiagnosticEngine& diags)
    : sources_(sources), diags_(diags), impl_(std::make_unique<Impl>()) {
  RPYC_CHECK(!Py_IsInitialized(), "only one Host may exist at a time");
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  config.write_bytecode = 0;
  config.use_hash_seed = 1;
  config.hash_seed = 0;
  config.site_import = 1;
  // Without an explicit program name CPython searches PATH for `python3`,
  // which may be a different installation than the libpython we link.
  CheckStatus(PyConfig_SetBytesString(&config, &config.program_name, RPYC_PYTHON_EXECUTABLE),
              &config);
  CheckStatus(Py_InitializeFromConfig(&config), &config);
  PyConfig_Clear(&config);

  PyObject* path = PySys_GetObject("path");  // borrowed
  if (path && PyList_Check(path)) {
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(path); ++i) {
      std::string dir = StrOf(PyList_GET_ITEM(path, i));
      if (!dir.empty()) impl_->system_dirs.push_back(dir);
    }
  }
}

// Finalizing releases every object the target made and lets a later Host
// start a fresh interpreter (the unit tests make several in one process).
Host::~Host() {
  for (PyObject* obj : impl_->objects) Py_DECREF(obj);
  for (auto& [name, obj] : impl_->is_cache) Py_XDECREF(obj);
  impl_.reset();
  Py_FinalizeEx();
}

// ---- inspecting objects -------------------------------------------------------

namespace {

bool IsBuiltinsType(PyObject* type) {
  return AttrStr(type, "__module__") == "builtins";
}

}  // namespace

HostKind Host::Kind(HostId id) const {
  PyObject* obj = impl_->Get(id);
  if (obj == Py_None) return HostKind::None;
  if (PyBool_Check(obj)) return HostKind::Bool;
  if (PyLong_Check(obj)) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (v == -1 && PyErr_Occurred()) PyErr_Clear();
    return overflow ? HostKind::BigInt : HostKind::Int;
  }
  if (PyFloat_Check(obj)) return HostKind::Float;
  if (PyUnicode_Check(obj)) return HostKind::Str;
  if (PyBytes_Check(obj)) return HostKind::Bytes;
  if (PyTuple_Check(obj)) return HostKind::Tuple;
  if (PyList_Check(obj)) return HostKind::List;
  if (PyDict_Check(obj)) return HostKind::Dict;
  if (PyFunction_Check(obj)) return HostKind::Function;
  if (PyCFunction_Check(obj)) return HostKind::BuiltinFunction;
  if (PyType_Check(obj)) return IsBuiltinsType(obj) ? HostKind::BuiltinFunction : HostKind::Class;
  if (PyModule_Check(obj)) return HostKind::Module;
  // Instances of classes defined in Python code: their type is a heap type
  // made by a class statement.
  PyTypeObject* type = Py_TYPE(obj);
  if ((type->tp_flags & Py_TPFLAGS_HEAPTYPE) && !IsBuiltinsType(reinterpret_cast<PyObject*>(type)))
    return HostKind::Instance;
  return HostKind::Other;
}

bool Host::AsBool(HostId id) const {
  int v = PyObject_IsTrue(impl_->Get(id));
  if (v < 0) {
    PyErr_Clear();
    return false;
  }
  return v == 1;
}

int64_t Host::AsInt(HostId id) const {
  PyObject* obj = impl_->Get(id);
  if (!PyLong_Check(obj)) return 0;
  long long v = PyLong_AsLongLong(obj);
  if (v == -1 && PyErr_Occurred()) PyErr_Clear();
  return v;
}

uint64_t Host::AsUInt64(HostId id) const {
  PyObject* obj = impl_->Get(id);
  if (!PyLong_Check(obj)) return 0;
  unsigned long long v = PyLong_AsUnsignedLongLongMask(obj);
  if (v == static_cast<unsigned long long>(-1) && PyErr_Occurred()) PyErr_Clear();
  return v;
}

double Host::AsFloat(HostId id) const {
  double v = PyFloat_AsDouble(impl_->Get(id));
  if (v == -1.0 && PyErr_Occurred()) PyErr_Clear();
  return v;
}

std::string Host::AsStr(HostId id) const {
  PyObject* obj = impl_->Get(id);
  if (PyUnicode_Check(obj)) return StrOf(obj);
  if (PyBytes_Check(obj))
    return std::string(PyBytes_AS_STRING(obj), static_cast<size_t>(PyBytes_GET_SIZE(obj)));
  return StrValue(obj);
}

std::vector<HostId> Host::TupleItems(HostId id) {
  PyObject* obj = impl_->Get(id);
  std::vector<HostId> items;
  if (PyTuple_Check(obj)) {
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(obj); ++i)
      items.push_back(impl_->Register(PyTuple_GET_ITEM(obj, i)));
  } else if (PyList_Check(obj)) {
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(obj); ++i)
      items.push_back(impl_->Register(PyList_GET_ITEM(obj, i)));
  }
  return items;
}

std::string Host::TypeName(HostId id) const {
  return AttrStr(reinterpret_cast<PyObject*>(Py_TYPE(impl_->Get(id))), "__name__");
}

std::string Host::Repr(HostId id) const {
  PyObject* obj = impl_->Get(id);
  PyRef r(PyObject_Repr(obj));
  std::string s = r ? StrOf(r.get()) : "";
  if (!r) {
    PyErr_Clear();
    return "<" + TypeName(id) + " object>";
  }
  constexpr size_t kMax = 200;
  if (s.size() <= kMax) return s;
  size_t cut = kMax;
  // Do not split a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

std::string Host::QualifiedName(HostId id) const {
  PyObject* obj = impl_->Get(id);
  std::string qualname = AttrStr(obj, "__qualname__");
  if (qualname.empty()) qualname = AttrStr(obj, "__name__");
  if (qualname.empty()) return Repr(id);
  // __module__ is None for methods of builtin types ("str.join").
  std::string module = AttrStr(obj, "__module__");
  if (module.empty() || module == "builtins") return qualname;
  return module + "." + qualname;
}

bool Host::Is(HostId id, const char* module, const char* name) {
  std::string key = std::string(module) + "." + name;
  auto it = impl_->is_cache.find(key);
  if (it == impl_->is_cache.end()) {
    PyObject* found = nullptr;
    PyRef mod(PyImport_ImportModule(module));
    if (mod) found = PyObject_GetAttrString(mod.get(), name);
    if (!found) PyErr_Clear();
    it = impl_->is_cache.emplace(key, found).first;
  }
  return it->second && it->second == impl_->Get(id);
}

bool Host::Identical(HostId a, HostId b) const {
  return impl_->Get(a) == impl_->Get(b);
}

// ---- making objects --------------------------------------------------------------

HostId Host::None() {
  return impl_->Register(Py_None);
}
HostId Host::Undefined() {
  if (!impl_->undefined.valid())
    impl_->undefined =
        impl_->Adopt(PyObject_CallNoArgs(reinterpret_cast<PyObject*>(&PyBaseObject_Type)));
  return impl_->undefined;
}
HostId Host::FromBool(bool v) {
  return impl_->Register(v ? Py_True : Py_False);
}
HostId Host::FromInt(int64_t v) {
  return impl_->Adopt(PyLong_FromLongLong(v));
}

HostId Host::FromBigIntText(const std::string& decimal) {
  HostId id = impl_->Adopt(PyLong_FromString(decimal.c_str(), nullptr, 10));
  if (!id.valid()) PyErr_Clear();
  return id;
}

HostId Host::FromFloat(double v) {
  return impl_->Adopt(PyFloat_FromDouble(v));
}

HostId Host::FromStr(const std::string& utf8) {
  HostId id = impl_->Adopt(
      PyUnicode_DecodeUTF8(utf8.data(), static_cast<Py_ssize_t>(utf8.size()), "surrogateescape"));
  if (!id.valid()) PyErr_Clear();
  return id;
}

HostId Host::FromBytes(const std::string& raw) {
  return impl_->Adopt(PyBytes_FromStringAndSize(raw.data(), static_cast<Py_ssize_t>(raw.size())));
}

HostId Host::NewTuple(const std::vector<HostId>& items) {
  PyObject* tuple = PyTuple_New(static_cast<Py_ssize_t>(items.size()));
  if (!tuple) {
    PyErr_Clear();
    return HostId();
  }
  for (size_t i = 0; i < items.size(); ++i) {
    PyObject* item = impl_->Get(items[i]);
    Py_INCREF(item);  // PyTuple_SET_ITEM steals a reference
    PyTuple_SET_ITEM(tuple, static_cast<Py_ssize_t>(i), item);
  }
  return impl_->Adopt(tuple);
}

}  // namespace rpyc::loader
