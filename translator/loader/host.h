// The host: the embedded CPython that imports the target program, and the
// table of live Python objects the translator refers to.
//
// Every Python object rpyc looks at (a constant, a function, a module, a
// builtin) is registered once and named by a HostId; the table holds a
// strong reference for the whole translation, so ids stay valid and are
// assigned in discovery order (deterministic). Only translator/loader
// includes Python.h: the other stages ask the host what they need through
// this interface (kinds, scalar values, function source, global lookup,
// constant folding).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "common/ids.h"
#include "common/source.h"
#include "translator/ast/ast.h"

namespace rpyc::loader {

struct HostTag;
using HostId = Id<HostTag>;

// What a host object is, as far as translation cares.
enum class HostKind : uint8_t {
  None,
  Bool,
  Int,      // fits int64
  BigInt,   // a Python int outside int64
  Float,
  Str,
  Bytes,
  Tuple,
  List,
  Dict,
  Function,         // a Python function (has source)
  BuiltinFunction,  // a function or type implemented in C (len, print, math.sqrt, int, ...)
  Class,            // a user-defined class
  Module,
  Instance,         // instance of a user-defined class
  Other,
};

// A Python function as the flow builder needs it.
struct FunctionInfo {
  std::string name;      // __name__
  std::string qualname;  // __qualname__
  std::string module;    // __module__
  FileId file;
  // The definition: a FunctionDef, or a Lambda for lambdas.
  const ast::Node* def = nullptr;
  HostId globals;                         // the __globals__ dict
  std::vector<HostId> defaults;           // __defaults__ (for the last positional params)
  std::map<std::string, HostId> kwdefaults;  // __kwdefaults__
  // Free variables and the contents of their cells, in co_freevars order;
  // an empty cell has an invalid HostId.
  std::vector<std::pair<std::string, HostId>> closure;
};

// Result of a translation-time operation evaluated by CPython.
struct HostResult {
  HostId value;           // valid on success
  std::string exception;  // "ZeroDivisionError: division by zero" on failure
  bool ok() const { return value.valid(); }
};

// Arguments and options for loading a target.
struct LoadOptions {
  std::string target_path;               // the .py file
  std::vector<std::string> target_args;  // passed to target(driver, args)
  std::string support_dir;               // rpyc's Python support package dir
  // A library build (rpyc --lib): the module needs no `target`; LoadTarget
  // then returns None's id (the program's roots are its @export functions).
  bool library = false;
};

class Host {
 public:
  // Starts the embedded interpreter. Only one Host may exist at a time.
  Host(SourceManager& sources, DiagnosticEngine& diags);
  ~Host();
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;

  // Imports the target file as a module (not as __main__, so its
  // `if __name__ == '__main__'` block does not run), calls
  // target(driver, args) and returns the entry function: the result itself
  // or the first item of a (entry, None) tuple. On failure emits a
  // diagnostic (FileNotFound, PythonSyntaxError, ImportFailed,
  // NoTargetFunction, TargetFailed, BadEntryPoint) and returns an invalid id.
  HostId LoadTarget(const LoadOptions& options);

  // The module object of the loaded target.
  HostId target_module() const { return target_module_; }

  // ---- inspecting objects ----
  HostKind Kind(HostId obj) const;
  bool AsBool(HostId obj) const;
  int64_t AsInt(HostId obj) const;
  double AsFloat(HostId obj) const;
  std::string AsStr(HostId obj) const;
  uint64_t AsUInt64(HostId obj) const;           // an int's low 64 bits          // UTF-8 of a str (or raw bytes)
  std::vector<HostId> TupleItems(HostId obj);   // also list items
  std::string TypeName(HostId obj) const;       // type(obj).__name__
  std::string Repr(HostId obj) const;           // repr(obj), truncated to 200 chars
  // Dotted name of a builtin or function: "len", "math.sqrt", "int".
  std::string QualifiedName(HostId obj) const;
  // True if obj is `module.name` (e.g. IsBuiltin(x, "builtins", "len")).
  bool Is(HostId obj, const char* module, const char* name);
  bool Identical(HostId a, HostId b) const;     // `a is b`

  // ---- making objects ----
  HostId None();
  // A unique sentinel standing for "no value": the value of a local on a
  // path where it was never assigned. Annotated as impossible.
  HostId Undefined();
  HostId FromBool(bool v);
  HostId FromInt(int64_t v);
  HostId FromBigIntText(const std::string& decimal);
  HostId FromFloat(double v);
  HostId FromStr(const std::string& utf8);
  HostId FromBytes(const std::string& raw);
  HostId NewTuple(const std::vector<HostId>& items);

  // ---- functions ----
  // Describes a Python function: parses its file (cached) and finds its
  // definition. Emits NoSource and returns nullptr when the source cannot
  // be found (e.g. functions made by exec).
  const FunctionInfo* DescribeFunction(HostId func, SourceLoc use_site);

  // Makes a function object standing for a nested `def` or `lambda` of
  // the (already described) function `owner`: one object per definition
  // site, named `name`, with the given defaults. Its FunctionInfo is
  // `def` in the owner's file and globals, with `freevars` as closure
  // names whose cells are empty (the values exist only at run time).
  HostId NewNestedFunction(HostId owner, const ast::Node* def, const std::string& name,
                           const std::vector<HostId>& defaults,
                           const std::map<std::string, HostId>& kwdefaults,
                           const std::vector<std::string>& freevars);

  // Looks `name` up in the function's globals, then in builtins. Returns an
  // invalid id when undefined.
  HostId LookupGlobal(HostId globals_dict, const std::string& name);
  // True when the module dict `globals_dict` itself (not builtins) holds
  // `name`.
  bool HasModuleGlobal(HostId globals_dict, const std::string& name);
  // Every def and lambda (nested ones included) of the source file of the
  // module whose dict is `globals_dict` (its `__file__`); empty when the
  // module has no readable Python source.
  const std::vector<const ast::Node*>& ModuleDefinitions(HostId globals_dict);
  // The module's name (`__name__` in `globals_dict`), "" when absent.
  std::string ModuleName(HostId globals_dict);

  // ---- classes (host_classes.cpp) ----
  // The class's __bases__ other than `object`.
  std::vector<HostId> ClassBases(HostId cls);
  // The class's __mro__ (the class first).
  std::vector<HostId> ClassMro(HostId cls);
  // cls.__dict__[name] without descriptor binding, or invalid.
  HostId ClassDictGet(HostId cls, const std::string& name);
  // The __dict__ keys of a class, in definition order.
  std::vector<std::string> ClassDictKeys(HostId cls);
  // issubclass(a, b) for class objects (false on error).
  bool IsSubclass(HostId a, HostId b);
  // True for `type` objects (user classes and built-in types).
  bool IsClass(HostId obj);
  // For a staticmethod or classmethod object, its __func__ (and which it
  // is); invalid for anything else.
  HostId UnwrapMethod(HostId obj, bool* is_static);
  // builtins.<name>, or invalid.
  HostId Builtin(const std::string& name);
  // type(obj) of any object.
  HostId TypeOf(HostId obj);
  // A prebuilt instance's __dict__ items, in insertion order.
  std::vector<std::pair<std::string, HostId>> InstanceDict(HostId obj);
  // A dict's items, in insertion order.
  std::vector<std::pair<HostId, HostId>> DictItems(HostId obj);

  // ---- translation-time evaluation (constant folding) ----
  HostResult GetAttr(HostId obj, const std::string& name);
  // Imports `module` (a dotted name) and returns the module object.
  HostResult Import(const std::string& module);
  // `op` is a flow operation name: "add", "lt", "getitem", "neg", ...
  HostResult BinaryOp(const char* op, HostId a, HostId b);
  HostResult UnaryOp(const char* op, HostId a);
  HostResult Call(HostId callee, const std::vector<HostId>& args);

  // ---- synthetic objects (host_synthetic.cpp) ----
  // A fresh empty class named `name` (module `rpyc.synthetic`), deriving
  // from `base` when valid.
  HostId NewSyntheticClass(const std::string& name, HostId base = HostId());
  // A fresh function object that only names a graph the translator built
  // itself (registered with FlowStore::RegisterGraph); never called.
  HostId NewPlaceholderFunction(const std::string& name);
  // setattr(obj, name, value); false on error.
  bool SetAttr(HostId obj, const std::string& name, HostId value);
  // A new function object sharing `func`'s code, globals and defaults
  // (a specialization gets a graph of its own).
  HostId CopyFunction(HostId func);
  // True when func's code is a generator (CPython's CO_GENERATOR flag:
  // `yield` appears in its body, reachable or not).
  bool IsGeneratorFunction(HostId func);
  // An `async def` function, or one decorated with javascript.asynchronous.
  bool IsAsyncFunction(HostId func);
  // The free variables of the generator expressions that start on `line`
  // in func's code (searched through nested code objects), sorted: the
  // enclosing locals a generator expression reads.
  std::vector<std::string> GenExprFreeVars(HostId func, int line);
  // `module.name` after importing module (any module: builtins, rpyc's
  // support package), or invalid.
  HostId SupportFunction(const std::string& module, const std::string& name);

  SourceManager& sources() { return sources_; }
  DiagnosticEngine& diags() { return diags_; }

 private:
  struct Impl;
  SourceManager& sources_;
  DiagnosticEngine& diags_;
  std::unique_ptr<Impl> impl_;
  HostId target_module_;
};

}  // namespace rpyc::loader
