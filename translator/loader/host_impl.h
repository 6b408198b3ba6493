// Private to translator/loader: the state behind Host (the object table,
// parsed files, caches) and the small CPython helpers the loader's .cpp
// files share. This is the only header that includes Python.h; it must be
// included first in every file that uses it (Python's rule).
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "translator/loader/host.h"

namespace rpyc::loader {

// An owned reference, released on scope exit. Keeps the many early exits
// on Python error paths leak-free.
class PyRef {
 public:
  PyRef() = default;
  explicit PyRef(PyObject* owned) : obj_(owned) {}
  ~PyRef() { Py_XDECREF(obj_); }
  PyRef(const PyRef&) = delete;
  PyRef& operator=(const PyRef&) = delete;
  PyRef(PyRef&& o) noexcept : obj_(o.obj_) { o.obj_ = nullptr; }
  PyRef& operator=(PyRef&& o) noexcept {
    if (this != &o) {
      Py_XDECREF(obj_);
      obj_ = o.obj_;
      o.obj_ = nullptr;
    }
    return *this;
  }
  static PyRef Borrow(PyObject* borrowed) {
    Py_XINCREF(borrowed);
    return PyRef(borrowed);
  }
  PyObject* get() const { return obj_; }
  explicit operator bool() const { return obj_ != nullptr; }

 private:
  PyObject* obj_ = nullptr;
};

// A Python exception taken off the interpreter's error indicator.
struct PyErrorInfo {
  std::string type_name;  // "ZeroDivisionError"
  std::string message;    // str(exc)
  PyRef type, value, traceback;
  // "ZeroDivisionError: division by zero" (or just the type name).
  std::string Text() const;
};

// Fetches and clears the current Python error. Requires PyErr_Occurred().
PyErrorInfo FetchError();
// Fetches and clears the current error (if any) and returns its Text().
std::string TakeErrorText();

// UTF-8 of a str object; "" (error cleared) if not a str or not encodable.
std::string StrOf(PyObject* s);
// str(obj) as UTF-8; "" on failure (error cleared).
std::string StrValue(PyObject* obj);
// Reads an attribute and returns it as UTF-8 text, "" when absent or not a
// str (error cleared).
std::string AttrStr(PyObject* obj, const char* name);
// Reads an int attribute, `fallback` when absent or not an int.
long AttrLong(PyObject* obj, const char* name, long fallback);

// Reads a whole file; false (with `error` set to the OS message) on failure.
bool ReadFileText(const std::string& path, std::string& text, std::string& error);

// A source file parsed with CPython's ast module and converted.
struct ParsedFile {
  FileId file;
  const ast::Module* module = nullptr;  // nullptr when parsing failed
  std::string error;                    // why, when module is nullptr
  // Every FunctionDef and Lambda in the file, in source order; used to find
  // the definition of a code object.
  std::vector<const ast::Node*> functions;
};

// Converts the Python `ast.Module` object `py_module` into `arena`. Nodes
// get SourceLocs in `file`; FunctionDef and Lambda nodes are appended to
// `functions`. Never fails: Python objects it does not recognise become
// Unsupported nodes.
const ast::Module* ConvertModule(PyObject* py_module, FileId file, ast::AstArena& arena,
                                 std::vector<const ast::Node*>& functions);

struct Host::Impl {
  // The object table: strong references, indexed by HostId.
  std::vector<PyObject*> objects;
  // Host::Undefined()'s sentinel (per host: ids are per host).
  HostId undefined;
  // Address -> id, so each object gets one id. Only used for lookups;
  // never iterated, so pointer order cannot reach any output.
  std::unordered_map<PyObject*, uint32_t> index;

  // Is(): "module.name" -> the object (strong ref), or nullptr when the
  // lookup failed.
  std::map<std::string, PyObject*> is_cache;
  // Parsed files by filename, and the arenas owning their nodes.
  std::map<std::string, ParsedFile> parsed;
  std::vector<std::unique_ptr<ast::AstArena>> arenas;
  // DescribeFunction results by function HostId index.
  std::map<uint32_t, std::unique_ptr<FunctionInfo>> functions;

  // sys.path entries present at start-up (stdlib and site packages), and
  // the support dir: frames in files under these are not the user's.
  std::vector<std::string> system_dirs;
  std::string support_dir;

  // Registers a borrowed reference (taking a new one) and returns its id;
  // the same object always gets the same id. nullptr -> invalid id.
  HostId Register(PyObject* borrowed);
  // Registers and releases an owned reference. nullptr -> invalid id (the
  // caller handles the Python error).
  HostId Adopt(PyObject* owned);
  // Registers `result` (owned) as a success, or turns the pending Python
  // error (when `result` is nullptr) into a failed HostResult.
  HostResult Finish(PyObject* result);
  // The object of a valid id (borrowed).
  PyObject* Get(HostId id) const;

  // True when `filename` is the user's (not stdlib, site, support, frozen).
  bool IsUserFile(const std::string& filename) const;

  // Parses and converts `filename` once; later calls return the cached
  // result (module is nullptr and error says why when it failed).
  const ParsedFile& ParseFile(SourceManager& sources, const std::string& filename);
  // Fills globals, defaults, kwdefaults and closure of `info` from `fn`.
  void FillFunctionValues(PyObject* fn, FunctionInfo& info);

  // Adds a PythonTraceback note at the innermost frame of traceback `tb`
  // that is in a user file, if there is one.
  void AddTracebackNote(SourceManager& sources, PyObject* tb, const PyErrorInfo& error,
                        Diagnostic& diag) const;
  // Calls target(driver, args) and returns the entry function, or emits
  // TargetFailed / BadEntryPoint and returns an invalid id.
  HostId EntryFromTarget(Host& host, PyObject* target, const std::vector<std::string>& args,
                         SourceLoc file_loc);
};

}  // namespace rpyc::loader
