// The annotator: whole-program type inference by abstract interpretation
// over flow graphs, to a fixpoint (RPython's RPythonAnnotator).
//
// Starting from the entry point main(argv: list[str]), the annotator
// binds every Variable of every reachable graph to an annotation (see
// annotation.h). Blocks are processed from a worklist: each operation's
// result is computed from its arguments' annotations by the rules in
// annotate_ops.cpp and annotate_calls.cpp; each link merges its arguments
// into its target block's input arguments, and the target is scheduled
// again when that widened anything. A call merges its arguments into the
// callee's parameters (building the callee's flow graph on first use) and
// reads the callee's return annotation; when a return annotation widens,
// every calling block is reflowed. Annotations only ever grow, and the
// lattice has finite height, so the process terminates.
//
// Errors (a merge with no common type, an operation on types it does not
// support) are reported once with both origins, and stop the fixpoint.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "annotator/annotation.h"
#include "annotator/classdef.h"
#include "common/diagnostics.h"
#include "translator/flow/builder.h"
#include "translator/flow/graph.h"

namespace rpyc::annotator {

enum class BuiltinId : uint8_t {
#define RPYC_BUILTIN(Id, Module, Name) Id,
#include "annotator/builtins.def"
#undef RPYC_BUILTIN
  kNone,
};

// CallTarget::arg_map: the `*args` parameter.
constexpr int kVarargTuple = -4;
// CallTarget::arg_map: a default computed at run time, read from the
// closure (free variable "#default:<param>" of the nested function).
constexpr int kClosureDefault = -5;
// CallTarget::arg_map: item k of the tuple spread by `f(*t)` (the last
// positional argument of a call whose shape has `star`) is kStarItem - k.
constexpr int kStarItem = -100;

// What a call operation calls, as decided by the annotator.
struct CallTarget {
  // Graph: a Python function; Builtin: a built-in function; Method: a
  // method of a built-in type (str, list, ...); ClassCall: instantiating
  // a class (then `graph` is its __init__, if any); MethodCall: a method
  // of an instance, dispatched on its class (`impls`); SuperCall: a
  // method reached through super() (a direct call of `graph`).
  // Indirect: a call through a value that may be one of several functions
  // (a call family sharing one signature); `graph` is a representative,
  // `impls` lists every member (classdef unused).
  // ClassMethod: a classmethod's function `graph` called with the class
  // first (`classdef` is the receiver's static class when called through
  // an instance, else kNoClass). ClassFamily: instantiating a value that
  // may be one of several classes; `impls` gives each class and its
  // __init__ graph (maybe invalid), `classdef` the common base.
  enum class Kind : uint8_t {
    Graph,
    Builtin,
    Method,
    ClassCall,
    MethodCall,
    SuperCall,
    Indirect,
    ClassMethod,
    ClassFamily
  } kind = Kind::Graph;
  uint32_t classdef = kNoClass;  // ClassCall: the class; MethodCall: static class
  std::string method;            // MethodCall: the name
  // MethodCall: for each class of the static class's subtree, the graph
  // implementing the method there.
  std::vector<std::pair<uint32_t, flow::GraphId>> impls;
  // Graph/ClassCall/MethodCall/SuperCall: positional args start after the
  // callee; for methods the receiver comes first in the callee's params.
  flow::GraphId graph;
  BuiltinId builtin = BuiltinId::kNone;
  // Graph calls: for each callee parameter, the index in the operation's
  // args that supplies it, or -1 when the parameter's default is used,
  // -3 for a method's receiver, kVarargTuple for `*args` (a tuple of the
  // args whose indices follow the per-parameter entries).
  std::vector<int> arg_map;
};

// A special method (__add__, __str__, __len__, ...) called on behalf of an
// operation or a built-in: the method call `args[0].name(args[1:])`
// (annotate_special.cpp). Keyed by the operation's result and a slot (0
// for the operation itself, 1+i for the i-th argument of a built-in call).
struct SpecialCall {
  std::string name;
  std::vector<flow::Value> args;  // receiver first
  flow::CallShapeId shape;        // positional = args.size() - 1
  CallTarget target;
  AnnId result;
};

// A special method called implicitly on instances found inside other
// values: __repr__ of the items of a printed list, __lt__ when sorting,
// __eq__ when comparing tuples (annotate_values.cpp). One per (class,
// method name), annotated like `x.name(y...)` on the class's subtree.
struct ImplicitCall {
  CallTarget target;
  AnnId result;
};

class Annotator;

// What the program uses of the `javascript` module (annotate_js.cpp); the
// rtyper makes an adapter per callback and export, the driver links the
// JS bridge only when `used`.
struct JsUses {
  bool used = false;
  // Functions passed to JS as callbacks, in discovery order.
  std::vector<flow::GraphId> callbacks;
  // @export functions, in definition order, with their exported names.
  std::vector<std::pair<std::string, flow::GraphId>> exports;
  // The rule of a support object (`_rpyc_js`), by HostId index; "" for none.
  std::map<uint32_t, std::string> rules;
  // `javascript._raise_js_error` (raises JSError from the runtime).
  flow::GraphId raise_error;
  // Awaits of JS values (javascript._js_task) and the support function the
  // runtime calls when their promise settles (javascript._js_settled).
  bool awaits = false;
  flow::GraphId task_settled;
  // Tasks handed to JS become promises: for each task class (ClassDef
  // index), the graph of its copy of javascript._settle_promise.
  std::map<uint32_t, flow::GraphId> task_promises;
};

// Family hooks: each returns the result annotation when it handles the
// operation (or built-in call) and an invalid AnnId otherwise. They are
// tried before the generic rules, so a family adds support without
// touching the shared switches. annotate_str.cpp, annotate_dict.cpp.
AnnId AnnotateStrOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args);
AnnId AnnotateDictOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args);
AnnId AnnotateStrBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                         const std::vector<AnnId>& args);
AnnId AnnotateDictBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                          const std::vector<AnnId>& args);
AnnId AnnotateJsOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args);
AnnId AnnotateBytesOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args);
AnnId AnnotateBytesBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                           const std::vector<AnnId>& args);
AnnId AnnotateJsBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                        const std::vector<AnnId>& args);
// Calls involving JS (annotate_js.cpp): calling a JS value, a support
// function of the `javascript` module, or an asynchronous function.
AnnId AnnotateJsCall(Annotator& ann, const flow::Operation& op);
// The annotation of a support object of the `javascript` module (`js`),
// or an invalid id.
AnnId AnnotateJsConstant(Annotator& ann, loader::HostId value);
// The `_rpyc_js` rule name of a host object ("" when it has none).
const std::string& JsRule(Annotator& ann, loader::HostId value);
AnnId AnnotateValueOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args);
// r_uint (annotate_uint.cpp): operations with an r_uint operand, and
// r_uint(), intmask(), int() and float() of one.
AnnId AnnotateUIntOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args);
AnnId AnnotateUIntBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                          const std::vector<AnnId>& args);
// Asynchronous functions (annotate_async.cpp): the awaited task's type.
AnnId AnnotateAsyncBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                           const std::vector<AnnId>& args);
// True for an instance of rpyc_support.tasks.Task (an asynchronous
// function's frame).
bool IsTaskValue(Annotator& ann, AnnId x);
// A task handed to JS is a promise: annotates javascript._settle_promise for
// the task's class (annotate_js.cpp). Returns false after an error.
bool RegisterTaskPromise(Annotator& ann, AnnId task, SourceLoc loc);
AnnId AnnotateValueBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                           const std::vector<AnnId>& args);
// The value family's checks, shared with the dict and list rules
// (annotate_values.cpp). Each reports an error and returns false when
// the values cannot be compared / ordered / shown / hashed the way
// CPython would; they annotate the special methods this needs.
bool ValuesComparable(Annotator& ann, const flow::Operation& op, AnnId a);
bool ValuesOrderable(Annotator& ann, const flow::Operation& op, AnnId a);
bool ValuesPrintable(Annotator& ann, const flow::Operation& op, AnnId a);
bool ValuesHashable(Annotator& ann, const flow::Operation& op, AnnId a);
// The refusal of showing `a` when it is, or contains, the list of a
// map()/filter() call (whose string form in CPython is an address);
// empty when `a` can be shown (annotate_keyed.cpp).
std::string LazyShownError(Annotator& ann, AnnId a);
// str()/repr() of `a` (a %-format argument): instances need __str__ or
// __repr__ (and __repr__ on every instantiated class when the format has
// a %r), containers printable items.
bool ValuesShowable(Annotator& ann, const flow::Operation& op, AnnId a, bool repr);
// Values print()/str() cannot show with the scalar rules: containers
// other than lists of scalars, nullable lists.
bool IsDeepValue(Annotator& ann, AnnId a);
// An exception instance whose str() is its message (no __str__).
bool IsExceptionValue(Annotator& ann, AnnId a);
// `a` holds instances somewhere inside (their repr needs annotations).
bool HasInstances(Annotator& ann, AnnId a, int depth = 0);
// `needle in container` compares with the value family's == (tuples,
// lists of non-scalars) rather than a typed search.
bool ContainsNeedsValues(Annotator& ann, AnnId container, AnnId needle);
// A call of a runtime primitive (rpyc_support.rt.NAME, annotate_prims.cpp):
// its result annotation with `target` set (kind Builtin, method "rt.NAME"),
// or an invalid AnnId when `callee` is not one.
AnnId AnnotateRtPrimitive(Annotator& ann, const flow::Operation& op, loader::HostId callee,
                          CallTarget* target);

class Annotator {
 public:
  // The one item type a `for` over the tuple gets, or an invalid id when
  // its items have different representations.
  AnnId TupleLoopItem(AnnId tuple);
  Annotator(flow::FlowStore& store, flow::FlowBuilder& builder, loader::Host& host,
            DiagnosticEngine& diags);

  // Annotates the program whose entry point is `entry` (called as
  // main(argv) with argv a list of str). Returns false after reporting
  // errors, or without any when site_merges() asks for another round.
  bool Run(loader::HostId entry);
  // Creation sites of deques (Counters, defaultdicts) whose values meet:
  // the annotator stopped at the first such pair, and the driver builds
  // and annotates again with them sharing one class (flow::SiteClasses).
  const std::vector<std::pair<SourceLoc, SourceLoc>>& site_merges() const { return site_merges_; }

  flow::GraphId entry_graph() const { return entry_graph_; }
  // rpyc_support.tasks.turn_end, which the runtime calls when control
  // returns to the event loop, in programs with asynchronous functions.
  flow::GraphId tasks_turn_end() const { return tasks_turn_end_; }
  // Every annotated graph, in the order it was reached.
  const std::vector<flow::GraphId>& graphs() const { return graphs_; }
  AnnId binding(flow::VarId v) const {
    return v.index < bindings_.size() ? bindings_[v.index] : anns_.impossible();
  }
  // Annotation of a Variable or Constant.
  AnnId annotation(flow::Value v);
  // The target of a call operation, by the operation's result variable.
  const CallTarget* call_target(flow::VarId result) const;
  const SpecialCall* special_call(flow::VarId result, int slot) const {
    auto it = special_calls_.find({result.index, slot});
    return it == special_calls_.end() ? nullptr : &it->second;
  }
  BuiltinId BuiltinOf(loader::HostId obj);
  // The flow graph built for a Python function, if it was annotated.
  flow::GraphId GraphOfFunction(loader::HostId func) const {
    auto it = function_graphs_.find(func.index);
    return it == function_graphs_.end() ? flow::GraphId() : it->second;
  }
  // True for a PBC of several functions (represented by a function pointer).
  bool IsFunctionFamily(AnnId a);
  // The method call a bound method of `classdef` (or of a subclass)
  // called through a family value makes: the most derived recorded
  // (class, name); null when no such value is ever called.
  const CallTarget* BoundMethodTarget(uint32_t classdef, const std::string& name) const;
  // True for a nested function that captures variables (its value carries
  // them: annotate_closures.cpp).
  bool IsClosure(loader::HostId func) const;
  // The annotations of what closures of nested function `func` captured,
  // in the order of its free variables.
  const std::vector<AnnId>& ClosureFields(loader::HostId func) { return Env(func).fields; }
  // Every call target, by the call's result variable.
  const std::map<uint32_t, CallTarget>& call_targets() const { return call_targets_; }
  flow::FlowBuilder& builder() { return builder_; }
  AnnStore& anns() { return anns_; }
  flow::FlowStore& store() { return store_; }
  loader::Host& host() { return host_; }

  // True when the block was processed at least once (reachable with the
  // known types); the rtyper drops the others.
  bool reached(flow::BlockId b) const { return reached_.count(b.index) != 0; }

  // ---- classes (annotate_classes.cpp) ----
  const std::vector<ClassDef>& classdefs() const { return classdefs_; }
  const ClassDef& classdef(uint32_t i) const { return classdefs_[i]; }
  // The ClassDef of a Python class (created, with its bases, on first use).
  uint32_t GetClassDef(loader::HostId cls);
  bool IsSubclassDef(uint32_t sub, uint32_t base) const;
  // True when `a` is an instance of a class some class of whose subtree
  // defines __eq__: comparing by identity (lists' `in`, index, count,
  // remove) would then differ from CPython.
  bool NeedsEqMethod(AnnId a);
  // Instances of a class with __eq__/__hash__ as dict keys or set items
  // (annotate_keys.cpp): annotates `key.__hash__()` and `key.__eq__(key)`
  // as implicit calls (the value family's) and records the key's class.
  // False after reporting an error.
  bool AnnotateCustomKey(const flow::Operation& op, AnnId key);
  // The classes of keys compared by __eq__.
  const std::set<uint32_t>& custom_keys() const { return custom_keys_; }
  // Creates the ClassDefs of every built-in exception class deriving from
  // c (none unless c is a built-in exception class): rtlib may raise any of
  // them, so a value's possible classes include them.
  void AddBuiltinSubclasses(uint32_t c);
  // ---- e.args of exceptions (annotate_excargs.cpp) ----
  // Records that a built-in operation of the program may raise the
  // built-in exception `name` (UnicodeDecodeError: bytes.decode).
  void NoteBuiltinRaised(const std::string& name);
  // Records that exceptions of class c (of c's subtree when `subtree`) are
  // made with the arguments op.args[first..] of call `op`.
  void NoteExceptionArgs(const flow::Operation& op, uint32_t c, bool subtree, size_t first);
  // `e.args` with e an instance of c: `tuple[str]` or `tuple[]`, or an error.
  AnnId AnnotateExceptionArgs(const flow::Operation& op, uint32_t c);
  // The ClassDef of BaseException (created on first use).
  uint32_t BaseExceptionDef();
  // For a class object: the index of the built-in exception it is, or -1.
  int BuiltinExceptionIndex(loader::HostId cls);
  // Owner of field `name` seen from class c (c or an ancestor), or kNoClass.
  uint32_t FieldOwner(uint32_t c, const std::string& name) const;
  // Looks `name` up in the class dictionaries along the MRO of classdef c:
  // the raw value and the ClassDef of the class defining it (kNoClass for
  // a base outside the primary chain, e.g. a mixin).
  loader::HostId LookupClassAttr(uint32_t c, const std::string& name, uint32_t* definer);
  // True when c or one of its subclasses has a method `name` (own or
  // inherited): a call on an instance of c may then find one.
  bool SubtreeHasMethod(uint32_t c, const std::string& name);
  // Records that every instance of c's subtree must have method `name`
  // (an instance without one would show its address in CPython); checked
  // after the fixpoint, when all instantiated classes are known.
  void RequireMethod(const flow::Operation& op, uint32_t c, const std::string& name);
  void SubtreeOf(uint32_t c, std::vector<uint32_t>* out) const { Subtree(c, out); }

  // ---- class attributes and class values (annotate_classattrs.cpp) ----
  // The first class of c's primary base chain.
  uint32_t RootOf(uint32_t c) const;
  // True for a PBC whose values are all classes of the program (user
  // classes and built-in exception classes).
  bool IsClassFamily(AnnId a);
  // `is` / `==` between class values (by identity): bool.
  AnnId CompareClasses(const std::vector<AnnId>& args);
  // True for a method bound to an instance that is a classmethod.
  bool IsClassMethod(AnnId method);
  // True when `name` seen from class c is a data attribute of a class
  // dictionary (not a method).
  bool IsClassDataAttr(uint32_t c, const std::string& name);
  // The class along c's MRO whose dictionary holds `name`, or invalid.
  loader::HostId ClassAttrDefiner(uint32_t c, const std::string& name);
  // True when the program assigns definer.name at run time.
  bool ClassAttrMutated(loader::HostId definer, const std::string& name) const;
  // The classes of isinstance's / issubclass's classinfo argument (a class
  // or a tuple of classes, each maybe one of several).
  std::vector<loader::HostId> ClassInfoClasses(AnnId classinfo);
  // The annotation of class attribute `name` in c's hierarchy.
  AnnId ClassAttrAnnotation(uint32_t c, const std::string& name);

  // True when the exception class's own __init__ calls a base __init__
  // (which then sets the message): the constructor's arguments do not
  // make the message (annotate_values.cpp).
  bool ExceptionInitSetsMessage(uint32_t classdef);

  // ---- implicit special method calls (annotate_values.cpp) ----
  // Annotates `self.name(other...)` for instances of `classdef` with
  // `nargs` further arguments of the same class. Returns false after an
  // error (or when the class lacks the method and `required`).
  bool AnnotateImplicitCall(const flow::Operation& op, uint32_t classdef, const std::string& name,
                            size_t nargs);
  const ImplicitCall* implicit_call(uint32_t classdef, const std::string& name) const {
    auto it = implicit_calls_.find({classdef, name});
    return it == implicit_calls_.end() ? nullptr : &it->second;
  }
  // True when instances of `classdef` have a method `name` (own or
  // inherited; not object's).
  bool ClassHasMethod(uint32_t classdef, const std::string& name) {
    return HasSpecial(anns_.instance(classdef), name);
  }

  // The classes an `except` clause names: a class, a tuple of classes, or
  // a variable holding such a tuple (a constant tuple carried through a
  // loop). False when they are not known at translation time.
  bool ExceptClasses(flow::Value v, std::vector<loader::HostId>* out);

  // The `--dump annotations` text: each graph with its variables' types.
  std::string Dump();

  // ---- JS interop (annotate_js.cpp) ----
  JsUses& js() { return js_; }
  const JsUses& js() const { return js_; }
  // Calls Python function `func` from outside the program (JS calls a
  // callback or an export) with `params` for its parameters (empty: `fill`
  // for each); returns its graph (invalid after reporting an error).
  flow::GraphId CallFromOutside(loader::HostId func, const std::vector<AnnId>& params, AnnId fill,
                                SourceLoc loc);
  // Roots the annotation at the @export functions of the program (the
  // library build, without a main) and at `entry` when it is valid.
  bool RunExports(loader::HostId entry);

  // The annotation of the module-level variable cell `qualname`
  // (flow::GlobalCell), for the rtyper.
  AnnId GlobalCellAnnotation(const std::string& qualname) const;

  // ---- used by the rule files ----
  AnnId ConstantAnnotation(loader::HostId value);
  std::string Describe(AnnId a) { return anns_.ToString(a, host_); }
  // Reports a diagnostic and returns false when print()'s keywords are not
  // supported (annotate_calls.cpp).
  bool CheckPrintKeywords(const flow::Operation& op);
  // Reports an error and stops the fixpoint.
  void Error(Diagnostic d);
  bool failed() const { return failed_; }
  // Records that the block being processed reads the items of list `d`,
  // so it is reflowed when they widen.
  void ReadList(ListDefId d);
  // The list made by operation `op` (a display, a slice, a copy): one
  // ListDef per operation, reused when the block is reflowed, with its
  // items widened to `item`. Returns an invalid annotation (after an
  // error) when the items do not merge.
  // `slot` tells apart several lists one operation makes.
  AnnId ListMadeBy(const flow::Operation& op, AnnId item, uint32_t slot = 0);
  // For a getslice `op` whose bounds are constants (ints or None): the
  // indices it picks from a sequence of length n, in order; false when a
  // bound is not constant.
  bool ConstantSliceIndices(const flow::Operation& op, size_t n, std::vector<size_t>* out);
  // For a rule whose result depends on items not known yet (sum() of a
  // list whose items are still Impossible): false while they may still
  // come (the rule returns Impossible, the block waits); true once the
  // fixpoint has stalled without them (the list is always empty), when
  // the block is reflowed.
  bool ItemsSettled(const flow::Operation& op);

 private:
  friend class OpRules;
  void Schedule(flow::BlockId b);
  // Reschedules the readers of every list whose items widened.
  void FlushWidened();
  AnnId AnnotateContainerOp(flow::BlockId b, const flow::Operation& op,
                            const std::vector<AnnId>& args);
  AnnId AnnotateMethodCall(const flow::Operation& op, AnnId method);
  // Classes (annotate_classes.cpp).
  uint32_t CommonBase(uint32_t a, uint32_t b) const;
  AnnId AnnotateClassCall(flow::BlockId b, const flow::Operation& op, loader::HostId cls,
                          CallTarget* target);
  AnnId AnnotateInstanceCall(flow::BlockId b, const flow::Operation& op, AnnId method,
                             CallTarget* target);
  AnnId AnnotateGetAttr(const flow::Operation& op, AnnId obj, const std::string& name);
  AnnId ReadClassAttr(const flow::Operation& op, uint32_t c, const std::string& name);
  AnnId AnnotateClassGetAttr(const flow::Operation& op, AnnId cls, const std::string& name);
  AnnId AnnotateClassSetAttr(const flow::Operation& op, AnnId cls, const std::string& name,
                             AnnId value);
  // type(x) of an instance: the classes it may have.
  AnnId AnnotateTypeOf(const flow::Operation& op, const std::vector<AnnId>& args);
  AnnId ClassesOfInstance(const flow::Operation& op, AnnId x, const char* what);
  // isinstance(x, classinfo) / issubclass(cls, classinfo).
  AnnId AnnotateIsInstance(const flow::Operation& op, bool subclass, const std::vector<AnnId>& args);
  AnnId AnnotateClassMethodCall(flow::BlockId b, const flow::Operation& op, AnnId method,
                                CallTarget* target);
  AnnId AnnotateClassFamilyCall(flow::BlockId b, const flow::Operation& op,
                                const std::vector<loader::HostId>& descs, CallTarget* target);
  // Values assigned to class attributes at run time, by (root class, name),
  // the blocks reading them, and which (defining class, name) are assigned.
  std::map<std::pair<uint32_t, std::string>, AnnId> class_attrs_;
  std::map<std::pair<uint32_t, std::string>, std::set<uint32_t>> class_attr_readers_;
  std::set<std::pair<uint32_t, std::string>> mutated_class_attrs_;
  // Special methods (annotate_special.cpp): an invalid AnnId when the
  // operation / built-in call does not involve one.
  AnnId AnnotateSpecialOp(flow::BlockId b, const flow::Operation& op,
                          const std::vector<AnnId>& args);
  AnnId AnnotateSpecialBuiltin(flow::BlockId b, const flow::Operation& op, BuiltinId id,
                               const std::vector<AnnId>& args);
  bool HasSpecial(AnnId recv, const std::string& name);
  // HasSpecial, or else some subclass of recv's class defines `name`: the
  // call then dispatches per class, and RequireMethod makes sure every
  // instantiated class of the subtree has it (an abstract base need not).
  bool HasSpecialOn(const flow::Operation& op, AnnId recv, const std::string& name);
  // str(v) (repr(v) when `repr`) of a user instance: a special call of
  // its __str__/__repr__ in `slot` of op, checked to return a str and
  // recorded for RequireMethod; false after an error.
  bool CallStrForm(flow::BlockId b, const flow::Operation& op, int slot, flow::Value v, bool repr);
  // Iteration over instances (annotate_iter.cpp).
  bool IsIterable(AnnId a);
  // Makes sure the iterator's class has _rpyc_resume/_rpyc_item (adding
  // the adapter over __next__); false after an error.
  bool MakeIteratorMethods(AnnId it, SourceLoc loc);
  AnnId AnnotateIterOp(flow::BlockId b, const flow::Operation& op, const std::vector<AnnId>& args);
  AnnId AnnotateIterBuiltin(flow::BlockId b, const flow::Operation& op, BuiltinId id,
                            const std::vector<AnnId>& args, CallTarget* target);
  AnnId AnnotateIterMethod(flow::BlockId b, const flow::Operation& op, AnnId method,
                           CallTarget* target);
  // A copy of support helper rpyc_<name> for this key (annotate_iter.cpp).
  loader::HostId SpecializedHelper(const std::string& name, const std::string& key);
  // ItemsSettled: waiting operations (by result) and their blocks, and
  // those settled.
  std::map<uint32_t, flow::BlockId> waiting_items_;
  std::set<uint32_t> settled_items_;
  // Support helpers copied per argument types, by key.
  std::map<std::string, loader::HostId> specialized_;
  // Whether special method `name` called by `op` may have a receiver
  // that may be None (annotate_special.cpp).
  bool NoneReceiverHandled(const flow::Operation& op, const std::string& name);
  // Whether `func` has a `*args` parameter (annotate_classes.cpp).
  bool HasVarargs(loader::HostId func, SourceLoc site);
  // A binary arithmetic operation one operand of which is only None
  // (annotate_ops.cpp): it waits for more types, as attributes do.
  bool IsArithmeticOnNone(const flow::Operation& op, const std::vector<AnnId>& args) const;
  AnnId CallSpecial(flow::BlockId b, const flow::Operation& op, int slot, const std::string& name,
                    std::vector<flow::Value> args);
  std::map<std::pair<uint32_t, int>, SpecialCall> special_calls_;
  std::map<std::pair<uint32_t, std::string>, ImplicitCall> implicit_calls_;
  // The receiver and argument variables of each implicit call.
  std::map<std::pair<uint32_t, std::string>, std::vector<flow::VarId>> implicit_vars_;
  // `from`: the variable holding the value, when there is one (diagnostics).
  AnnId AnnotateSetAttr(const flow::Operation& op, AnnId obj, const std::string& name, AnnId value,
                        flow::VarId from = flow::VarId());
  // The arguments op.args[first...] of an exception (its constructor or
  // BaseException.__init__) can make its message, str(exc): str(arg) for
  // one, the repr of their tuple for several (annotate_values.cpp).
  bool CheckExceptionArgs(const flow::Operation& op, size_t first);
  FieldInfo& Field(uint32_t c, const std::string& name, SourceLoc loc);
  // Calls a method graph with the receiver annotation `self` and the
  // operation's arguments (after the callee); returns the result.
  AnnId CallMethodGraph(flow::BlockId b, const flow::Operation& op, loader::HostId func,
                        AnnId self, flow::GraphId* graph, std::vector<int>* arg_map,
                        bool specialize = false);
  // The version of `func` (first: its first graph) whose parameters take
  // `incoming` without a merge error, made when none does
  // (specialize.cpp).
  flow::GraphId Specialize(loader::HostId func, flow::GraphId first,
                           const std::vector<AnnId>& incoming, SourceLoc site);
  std::map<uint32_t, std::vector<flow::GraphId>> versions_;  // by HostId index
  // Versions built for a `*args` tuple whose items differ in type: the
  // item count, by graph index (loops over `*args` are unrolled there).
  std::map<uint32_t, int32_t> vararg_unrolled_;
  // First versions passed over for an unrolled one before any call
  // reached them (by graph index); DropUncalledVersions removes those
  // still never called from graphs_.
  std::set<uint32_t> maybe_uncalled_;
  void DropUncalledVersions();
  void Subtree(uint32_t c, std::vector<uint32_t>* out) const;
  void ProcessBlock(flow::BlockId b);
  AnnId AnnotateOp(flow::BlockId b, const flow::Operation& op);
  AnnId AnnotateCall(flow::BlockId b, const flow::Operation& op);
  AnnId CallGraph(flow::BlockId b, const flow::Operation& op, loader::HostId func,
                  CallTarget* target);
  // Where each positional argument of a call comes from: an index in
  // op.args, or kStarItem - k for item k of the tuple `f(*t)` spreads.
  // Empty (ok stays true) while that tuple's annotation is not known yet;
  // false after refusing a spread value that is not a tuple.
  bool PositionalSources(const flow::Operation& op, std::vector<int>* out);
  // True for callees whose calls take `f(*t)` of a tuple variable: Python
  // functions, families of them, methods of instances and classes.
  bool StarCallSupported(AnnId callee);
  // The annotation of the argument a PositionalSources entry names.
  AnnId ArgAnnotation(const flow::Operation& op, int source);
  AnnId CallBuiltin(const flow::Operation& op, BuiltinId id, CallTarget* target);
  // A call through a value that is one of several functions (`descs`) and
  // bound methods (`methods`) (annotate_families.cpp).
  AnnId CallFamily(flow::BlockId b, const flow::Operation& op,
                   const std::vector<loader::HostId>& descs, const std::vector<AnnId>& methods,
                   CallTarget* target);
  // A graph called through a family value: `offset` is 1 for a method
  // (its receiver is not an argument of the call), `name` names the member.
  struct FamilyMember {
    flow::GraphId graph;
    uint32_t offset = 0;
    std::string name;
  };
  // Makes the parameters and results of a call family agree (widening
  // them); returns the shared result annotation.
  AnnId UnifyFamily(const std::vector<FamilyMember>& members, SourceLoc loc);
  // Reports a family whose members `a` and `b` disagree on `what`.
  void FamilyError(SourceLoc loc, const FamilyMember& a, const FamilyMember& b,
                   const std::string& what);
  // The targets of bound methods called through family values, by
  // (receiver class, method name).
  std::map<std::pair<uint32_t, std::string>, CallTarget> bound_targets_;
  // Closures (annotate_closures.cpp).
  struct EnvDef {
    std::vector<AnnId> fields;    // one per free variable
    std::set<uint32_t> readers;   // blocks with closure_var: reflowed on widening
  };
  EnvDef& Env(loader::HostId func);
  AnnId AnnotateClosureOp(const flow::Operation& op, const std::vector<AnnId>& args);
  // The annotation of parameter `param`'s run-time default in closures of
  // `func`; the current block is reflowed when it widens.
  AnnId ClosureDefault(loader::HostId func, const std::string& param);
  std::map<uint32_t, EnvDef> envs_;  // by nested function HostId index
  // Module-level variables assigned through `global`
  // (annotate_globals.cpp): the annotation of each cell (by its qualname),
  // where a global_set first widened it, and the blocks reading it.
  struct GlobalCellDef {
    AnnId ann;
    SourceLoc origin;  // invalid while it is the value after import's
    flow::VarId from;
    std::set<uint32_t> readers;
  };
  GlobalCellDef& GlobalCell(const std::string& qualname);
  AnnId AnnotateGlobalOp(const flow::Operation& op, const std::vector<AnnId>& args);
  std::map<std::string, GlobalCellDef> global_cells_;
  // keyed_sort, keyed_pick and lazy_list (annotate_keyed.cpp).
  AnnId AnnotateKeyedOp(const flow::Operation& op, const std::vector<AnnId>& args);
  AnnId AnnotateMath(const flow::Operation& op, const std::string& name, CallTarget* target);
  // False (after an error) when a Counter would count a mapping's keys.
  bool CheckCountedIterable(const flow::Operation& op, loader::HostId func,
                            const flow::Signature& sig, const std::vector<AnnId>& incoming);
  // How a variable got its annotation, for diagnostics that follow a
  // conflicting type back to where it was made: copied along a link,
  // bound as a parameter at a call, a graph's return value bound at a
  // `return`, or the result of a call (from the callee's return value).
  enum class FlowKind : uint8_t { Computed, Link, Argument, Return, CallResult };
  struct Origin {
    SourceLoc loc;
    FlowKind how = FlowKind::Computed;
    flow::VarId from;    // the variable the annotation flowed from, if any
    flow::GraphId graph;  // Argument, CallResult: the callee; Return: the function
  };
  // Merges `incoming` into the input arguments of `target`; `what(i)` names
  // argument i for diagnostics.
  // `sources`, when given, names per argument the variable it comes from
  // and how (FlowKind::Link or Argument), for diagnostics.
  void MergeInputs(flow::BlockId target, const std::vector<AnnId>& incoming,
                   const std::vector<SourceLoc>& locs,
                   const std::function<std::string(size_t)>& what,
                   const std::vector<Origin>& sources = {});
  void SetBinding(flow::VarId v, AnnId a, SourceLoc origin);
  void SetBinding(flow::VarId v, AnnId a, const Origin& origin);
  const Origin& origin(flow::VarId v) const;
  // A call to a Python function: its result flows from the callee's
  // return value.
  Origin ResultOrigin(const flow::Operation& op) const;
  // Adds notes to `d` that follow the annotation of `from` back through
  // returns, calls and parameters to where it was made.
  void NoteFlowChain(Diagnostic& d, flow::VarId from, SourceLoc shown);
  flow::GraphId GraphFor(loader::HostId func, SourceLoc site);

  flow::FlowStore& store_;
  flow::FlowBuilder& builder_;
  loader::Host& host_;
  DiagnosticEngine& diags_;
  AnnStore anns_;
  std::vector<AnnId> bindings_;
  std::vector<Origin> origins_;
  std::vector<flow::GraphId> graphs_;
  std::set<uint32_t> known_graphs_;
  std::map<uint32_t, flow::GraphId> function_graphs_;  // by HostId index
  // Call families by the call operation's result variable, with the loc.
  std::map<uint32_t, std::pair<std::vector<FamilyMember>, SourceLoc>> families_;
  std::vector<flow::BlockId> worklist_;
  std::set<uint32_t> scheduled_;
  // Blocks to reflow when a graph's return annotation widens.
  std::map<uint32_t, std::set<uint32_t>> callers_;
  std::map<uint32_t, CallTarget> call_targets_;
  std::map<uint32_t, BuiltinId> builtin_cache_;
  std::map<std::pair<uint32_t, uint32_t>, ListDefId> op_listdefs_;  // (op result, slot)
  std::set<uint32_t> reached_;
  std::map<uint32_t, ListDefId> prebuilt_lists_;  // by HostId index
  // Prebuilt instances and dicts (annotate_prebuilt.cpp), by HostId index.
  AnnId PrebuiltInstance(loader::HostId obj);
  AnnId PrebuiltDict(loader::HostId obj);
  // True when a prebuilt dict may have keys of annotation k.
  bool PrebuiltKeyOk(AnnId k);
  std::map<uint32_t, AnnId> prebuilt_instances_;
  std::set<uint32_t> custom_keys_;
  std::map<uint32_t, ListDefId> prebuilt_dicts_;
  flow::GraphId tasks_turn_end_;
  std::vector<const flow::Operation*> none_blocked_;
  // Reads of instance attributes that no code sets (yet): refused after
  // the fixpoint if still so (CPython would raise AttributeError).
  std::vector<std::pair<const flow::Operation*, uint32_t>> unset_reads_;
  // e.args (annotate_excargs.cpp): what each class's exceptions are made
  // with, the blocks reading e.args, and the reads to check at the end.
  struct ExcArgsRecord {
    AnnId ann;      // tuple of the arguments
    SourceLoc loc;  // unknown: raised by built-in operations
    bool subtree;   // applies to every class of the subtree
  };
  bool RaisedOpaque(uint32_t c) const;
  void ReportExceptionArgsConflict(const flow::Operation& op, uint32_t c,
                                   const std::pair<ExcArgsRecord, uint32_t>& a,
                                   const std::pair<ExcArgsRecord, uint32_t>& b);
  void CheckExceptionArgsReads();
  std::map<uint32_t, std::vector<ExcArgsRecord>> exc_args_;
  std::set<uint32_t> exc_args_readers_;
  std::vector<std::pair<const flow::Operation*, uint32_t>> exc_args_reads_;
  std::set<std::string> builtins_raised_;
  struct RequiredMethod {
    const flow::Operation* op;
    uint32_t classdef;
    std::string name;
  };
  std::vector<RequiredMethod> required_methods_;
  std::vector<ClassDef> classdefs_;
  std::map<uint32_t, uint32_t> classdef_of_;  // HostId index -> ClassDef
  // Blocks that read an attribute or call a method on a class: reflowed
  // when a field appears on it or a subclass is discovered.
  std::map<uint32_t, std::set<uint32_t>> class_readers_;  // by the op's result variable
  flow::GraphId entry_graph_;
  JsUses js_;
  void Fixpoint();
  void CheckReads();
  flow::BlockId current_block_;
  bool failed_ = false;
  std::vector<std::pair<SourceLoc, SourceLoc>> site_merges_;
  // Two classes made per creation site by the same factory with the same
  // arguments: records the merge and stops the fixpoint; false otherwise.
  bool RequestSiteMerge(uint32_t a, uint32_t b);
};

}  // namespace rpyc::annotator
