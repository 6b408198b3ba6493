// Translation-time evaluation: the flow builder folds operations on
// constants (`3 + 4`, `math.pi * 2`, `len("abc")`) by asking CPython to do
// them, so folded values are exactly what the program would compute. A
// Python exception is not an error here: it comes back as text and the
// caller decides (the flow builder leaves the operation to run time,
// where it raises as in CPython).
#include "translator/loader/host_impl.h"

#include <cstring>

namespace rpyc::loader {
namespace {

using BinaryFn = PyObject* (*)(PyObject*, PyObject*);

PyObject* Power(PyObject* a, PyObject* b) {
  return PyNumber_Power(a, b, Py_None);
}

PyObject* Is(PyObject* a, PyObject* b) {
  return PyBool_FromLong(a == b);
}

// operator.contains(a, b) is `b in a`.
PyObject* Contains(PyObject* a, PyObject* b) {
  int r = PySequence_Contains(a, b);
  return r < 0 ? nullptr : PyBool_FromLong(r);
}

PyObject* GetAttrObj(PyObject* a, PyObject* b) {
  return PyObject_GetAttr(a, b);
}

template <int Op>
PyObject* Compare(PyObject* a, PyObject* b) {
  return PyObject_RichCompare(a, b, Op);
}

struct BinaryEntry {
  const char* name;
  BinaryFn fn;
};

// The flow operations that fold as binary operations. In-place forms fold
// as the binary ones so a prebuilt list is never mutated by folding.
const BinaryEntry kBinary[] = {
    {"add", PyNumber_Add},
    {"sub", PyNumber_Subtract},
    {"mul", PyNumber_Multiply},
    {"truediv", PyNumber_TrueDivide},
    {"floordiv", PyNumber_FloorDivide},
    {"mod", PyNumber_Remainder},
    {"pow", Power},
    {"lshift", PyNumber_Lshift},
    {"rshift", PyNumber_Rshift},
    {"and_", PyNumber_And},
    {"or_", PyNumber_Or},
    {"xor", PyNumber_Xor},
    {"matmul", PyNumber_MatrixMultiply},
    {"lt", Compare<Py_LT>},
    {"le", Compare<Py_LE>},
    {"eq", Compare<Py_EQ>},
    {"ne", Compare<Py_NE>},
    {"gt", Compare<Py_GT>},
    {"ge", Compare<Py_GE>},
    {"is_", Is},
    {"contains", Contains},
    {"getitem", PyObject_GetItem},
    {"getattr", GetAttrObj},
};

// "inplace_and" -> "and_", "inplace_add" -> "add".
std::string BinaryName(const char* op) {
  const char kPrefix[] = "inplace_";
  if (std::strncmp(op, kPrefix, sizeof(kPrefix) - 1) != 0) return op;
  std::string name = op + sizeof(kPrefix) - 1;
  if (name == "and" || name == "or") name += "_";
  return name;
}

PyObject* Negate(PyObject* a) {
  int r = PyObject_Not(a);
  return r < 0 ? nullptr : PyBool_FromLong(r);
}

PyObject* Truth(PyObject* a) {
  int r = PyObject_IsTrue(a);
  return r < 0 ? nullptr : PyBool_FromLong(r);
}

}  // namespace

HostResult Host::Impl::Finish(PyObject* result) {
  if (!result) return HostResult{HostId(), TakeErrorText()};
  return HostResult{Adopt(result), ""};
}

HostResult Host::GetAttr(HostId obj, const std::string& name) {
  return impl_->Finish(PyObject_GetAttrString(impl_->Get(obj), name.c_str()));
}

HostResult Host::Import(const std::string& module) {
  return impl_->Finish(PyImport_ImportModule(module.c_str()));
}

HostResult Host::BinaryOp(const char* op, HostId a, HostId b) {
  std::string name = BinaryName(op);
  for (const BinaryEntry& e : kBinary) {
    if (name == e.name) return impl_->Finish(e.fn(impl_->Get(a), impl_->Get(b)));
  }
  return HostResult{HostId(), std::string("unknown binary operation `") + op + "`"};
}

HostResult Host::UnaryOp(const char* op, HostId a) {
  PyObject* x = impl_->Get(a);
  std::string name = op;
  if (name == "neg") return impl_->Finish(PyNumber_Negative(x));
  if (name == "pos") return impl_->Finish(PyNumber_Positive(x));
  if (name == "invert") return impl_->Finish(PyNumber_Invert(x));
  if (name == "bool") return impl_->Finish(Truth(x));
  if (name == "not_") return impl_->Finish(Negate(x));
  return HostResult{HostId(), "unknown unary operation `" + name + "`"};
}

HostResult Host::Call(HostId callee, const std::vector<HostId>& args) {
  PyRef tuple(PyTuple_New(static_cast<Py_ssize_t>(args.size())));
  if (!tuple) return HostResult{HostId(), TakeErrorText()};
  for (size_t i = 0; i < args.size(); ++i) {
    PyObject* item = impl_->Get(args[i]);
    Py_INCREF(item);  // PyTuple_SET_ITEM steals a reference
    PyTuple_SET_ITEM(tuple.get(), static_cast<Py_ssize_t>(i), item);
  }
  return impl_->Finish(PyObject_Call(impl_->Get(callee), tuple.get(), nullptr));
}

}  // namespace rpyc::loader
