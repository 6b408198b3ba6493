// Host::LoadTarget: imports the user's target file in the embedded CPython
// and calls its `target(driver, args)` to obtain the entry function.
//
// The file is imported under its stem as module name (not `__main__`, so
// an `if __name__ == '__main__':` block does not run) through importlib,
// exactly as `import stem` would, except that the file need not be on
// sys.path. Its directory is put on sys.path (after rpyc's support
// package) so a multi-module program imports its own modules. Every Python
// failure becomes a diagnostic located in the user's code: syntax errors
// at the offending token, other exceptions at the innermost traceback
// frame that belongs to a user file.
#include "translator/loader/host_impl.h"

#include <filesystem>

namespace rpyc::loader {
namespace {

// Runs in a private namespace dict; `load` is called from C++.
const char kLoaderSource[] = R"(
import importlib.machinery, importlib.util, sys

def load(name, path):
    loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    try:
        loader.exec_module(mod)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return mod
)";

// Byte offset in `line` of the `chars`-th code point (clamped to the end).
uint32_t CharsToBytes(const std::string& line, long chars) {
  size_t i = 0;
  for (long seen = 0; i < line.size() && seen < chars; ++seen) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return static_cast<uint32_t>(i);
}

}  // namespace

// Imports `path` as module `name`; returns nullptr with the Python error
// set on failure.
static PyRef ImportFile(const std::string& name, const std::string& path) {
  PyRef globals(PyDict_New());
  if (!globals) return PyRef();
  if (PyDict_SetItemString(globals.get(), "__builtins__", PyEval_GetBuiltins()) < 0) return PyRef();
  PyRef ran(PyRun_String(kLoaderSource, Py_file_input, globals.get(), globals.get()));
  if (!ran) return PyRef();
  PyObject* load = PyDict_GetItemString(globals.get(), "load");  // borrowed
  if (!load) return PyRef();
  return PyRef(PyObject_CallFunction(load, "ss", name.c_str(), path.c_str()));
}

// Location of a code object's line `line` (or its first line when 0),
// registering its file so the diagnostic can show a snippet.
static SourceLoc CodeLineLoc(SourceManager& sources, PyObject* code, long line) {
  std::string filename = AttrStr(code, "co_filename");
  SourceLoc loc;
  if (filename.empty()) return loc;
  loc.file = sources.FindFile(filename);
  if (!loc.file.valid()) {
    std::string text, error;
    ReadFileText(filename, text, error);
    loc.file = sources.AddFile(filename, std::move(text));
  }
  if (line == 0) line = AttrLong(code, "co_firstlineno", 0);
  loc.line = static_cast<uint32_t>(line > 0 ? line : 0);
  return loc;
}

// Adds a PythonTraceback note at the innermost frame of `tb` in a user
// file, if there is one.
void Host::Impl::AddTracebackNote(SourceManager& sources, PyObject* tb, const PyErrorInfo& error,
                                  Diagnostic& diag) const {
  PyRef innermost_code;
  long innermost_line = 0;
  PyRef cur = PyRef::Borrow(tb);
  while (cur && cur.get() != Py_None) {
    PyRef frame(PyObject_GetAttrString(cur.get(), "tb_frame"));
    PyRef code(frame ? PyObject_GetAttrString(frame.get(), "f_code") : nullptr);
    if (code && IsUserFile(AttrStr(code.get(), "co_filename"))) {
      innermost_line = AttrLong(cur.get(), "tb_lineno", 0);
      innermost_code = std::move(code);
    }
    cur = PyRef(PyObject_GetAttrString(cur.get(), "tb_next"));
  }
  PyErr_Clear();
  if (!innermost_code) return;
  SourceLoc loc = CodeLineLoc(sources, innermost_code.get(), innermost_line);
  diag.Note(DiagKind::PythonTraceback, loc,
            {"`" + error.type_name + "` raised here, in `" +
             AttrStr(innermost_code.get(), "co_name") + "`"});
}

// Emits a SyntaxError (or IndentationError) at the offending token.
static void EmitSyntaxError(SourceManager& sources, DiagnosticEngine& diags,
                            const PyErrorInfo& error, FileId fallback) {
  PyObject* exc = error.value.get();
  std::string filename = AttrStr(exc, "filename");
  SourceLoc loc;
  loc.file = filename.empty() ? fallback : sources.FindFile(filename);
  if (!loc.file.valid()) {
    std::string text, read_error;
    ReadFileText(filename, text, read_error);
    loc.file = sources.AddFile(filename, std::move(text));
  }
  long line = AttrLong(exc, "lineno", 0);
  loc.line = static_cast<uint32_t>(line > 0 ? line : 0);
  // CPython's offsets are 1-based and count characters; ours are 0-based
  // UTF-8 bytes.
  std::string text = sources.Line(loc.file, loc.line);
  long offset = AttrLong(exc, "offset", 0);
  if (offset > 0) loc.col = CharsToBytes(text, offset - 1);
  long end_line = AttrLong(exc, "end_lineno", 0);
  long end_offset = AttrLong(exc, "end_offset", 0);
  if (end_line == line && end_offset > offset) {
    loc.end_line = loc.line;
    loc.end_col = CharsToBytes(text, end_offset - 1);
  }
  std::string msg = AttrStr(exc, "msg");
  diags.Emit(DiagKind::PythonSyntaxError, loc, {msg.empty() ? error.Text() : msg});
}

// Calls target(driver, args); nullptr with the Python error set on failure.
static PyRef CallTarget(PyObject* target, const std::vector<std::string>& args) {
  PyRef py_args(PyList_New(0));
  if (!py_args) return PyRef();
  for (const std::string& a : args) {
    PyRef s(PyUnicode_DecodeUTF8(a.data(), static_cast<Py_ssize_t>(a.size()), "surrogateescape"));
    if (!s || PyList_Append(py_args.get(), s.get()) < 0) return PyRef();
  }
  PyRef driver_mod(PyImport_ImportModule("rpyc_support.driver"));
  if (!driver_mod) return PyRef();
  PyRef driver(PyObject_CallMethod(driver_mod.get(), "Driver", "O", py_args.get()));
  if (!driver) return PyRef();
  return PyRef(PyObject_CallFunctionObjArgs(target, driver.get(), py_args.get(), nullptr));
}

// Puts the support package first on sys.path and the target's directory
// second.
static void SetUpSysPath(const std::string& support_dir, const std::string& target_dir) {
  PyObject* path = PySys_GetObject("path");  // borrowed
  if (!path || !PyList_Check(path)) return;
  Py_ssize_t at = 0;
  for (const std::string* dir : {&support_dir, &target_dir}) {
    if (dir->empty()) continue;
    PyRef s(PyUnicode_FromString(dir->c_str()));
    if (s && PyList_Insert(path, at, s.get()) == 0) ++at;
  }
  PyErr_Clear();
}

HostId Host::LoadTarget(const LoadOptions& options) {
  const std::string& path = options.target_path;
  std::string text, error;
  if (!ReadFileText(path, text, error)) {
    diags_.Emit(DiagKind::FileNotFound, SourceLoc{sources_.AddFile(path, "")}, {path, error});
    return HostId();
  }
  SourceLoc file_loc{sources_.AddFile(path, std::move(text))};
  impl_->support_dir = options.support_dir;
  std::filesystem::path fs_path(path);
  std::string dir = fs_path.parent_path().string();
  SetUpSysPath(options.support_dir, dir.empty() ? "." : dir);

  std::string name = fs_path.stem().string();
  PyRef module = ImportFile(name, path);
  if (!module) {
    PyErrorInfo err = FetchError();
    if (PyErr_GivenExceptionMatches(err.type.get(), PyExc_SyntaxError)) {
      EmitSyntaxError(sources_, diags_, err, file_loc.file);
      return HostId();
    }
    Diagnostic diag(DiagKind::ImportFailed, file_loc, {"`" + err.Text() + "`"});
    impl_->AddTracebackNote(sources_, err.traceback.get(), err, diag);
    diags_.Emit(diag);
    return HostId();
  }
  target_module_ = impl_->Register(module.get());
  PyRef target(PyObject_GetAttrString(module.get(), "target"));
  if (!target) {
    PyErr_Clear();
    if (options.library) return None();
    diags_.Emit(DiagKind::NoTargetFunction, file_loc, {name});
    return HostId();
  }
  return impl_->EntryFromTarget(*this, target.get(), options.target_args, file_loc);
}

HostId Host::Impl::EntryFromTarget(Host& host, PyObject* target,
                                   const std::vector<std::string>& args, SourceLoc file_loc) {
  PyRef code(PyObject_GetAttrString(target, "__code__"));
  PyErr_Clear();
  SourceLoc target_loc = code ? CodeLineLoc(host.sources_, code.get(), 0) : file_loc;
  PyRef result = CallTarget(target, args);
  if (!result) {
    PyErrorInfo err = FetchError();
    Diagnostic diag(DiagKind::TargetFailed, target_loc, {"`" + err.Text() + "`"});
    AddTracebackNote(host.sources_, err.traceback.get(), err, diag);
    host.diags_.Emit(diag);
    return HostId();
  }
  PyObject* entry = result.get();
  if (PyTuple_Check(entry) && PyTuple_GET_SIZE(entry) >= 1) entry = PyTuple_GET_ITEM(entry, 0);
  if (!PyFunction_Check(entry)) {
    HostId got = Register(result.get());
    host.diags_.Emit(DiagKind::BadEntryPoint, target_loc, {"`" + host.Repr(got) + "`"});
    return HostId();
  }
  return Register(entry);
}

}  // namespace rpyc::loader
