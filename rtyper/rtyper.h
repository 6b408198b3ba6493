// The rtyper: turns annotated flow graphs into low-level graphs
// (RPython's rtyper/rtyper.py). Each annotation gets a low-level
// representation (see lltype.h): ints, floats and bools become unboxed
// machine values, strings/lists/tuples become pointers to GC objects, and
// None and prebuilt functions need no run-time value at all (Void). Each
// flow operation is lowered, by the types of its arguments, to low-level
// operations: calls to known functions become direct calls, arithmetic
// becomes machine arithmetic with overflow checks, and everything else
// becomes calls into rtlib.
//
// Lowering rules are split by family: rtype_ops.cpp (arithmetic,
// comparisons, items), rtype_builtins.cpp (calls, print, conversions,
// %-formatting). The exception transform (exception_transform.cpp) runs
// afterwards on the whole program.
#pragma once

#include <map>
#include <set>
#include <vector>

#include "annotator/annotator.h"
#include "common/diagnostics.h"
#include "rtyper/llgraph.h"

namespace rpyc::rtyper {

class RTyper;

// Family hooks (see annotator.h): return a valid value when they lowered
// the operation or built-in call. rtype_str.cpp, rtype_dict.cpp.
LLValue LowerStrOp(RTyper& rt, const flow::Operation& op);
// The arguments of rpy_str_slice / rpy_bytes_slice for a getslice
// operation: the string, start, stop, step, has_start, has_stop.
std::vector<LLValue> StrSliceArgs(RTyper& rt, const flow::Operation& op);
LLValue LowerBytesOp(RTyper& rt, const flow::Operation& op);  // rtype_bytes.cpp
LLValue LowerBytesBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id);
LLValue LowerDictOp(RTyper& rt, const flow::Operation& op);
LLValue LowerStrBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id);
LLValue LowerDictBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id);
LLValue LowerJsOp(RTyper& rt, const flow::Operation& op);
LLValue LowerJsBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id);
// A call into JS or of a `javascript` support function; invalid when the
// call is neither (rtype_js.cpp).
LLValue LowerJsCall(RTyper& rt, const flow::Operation& op);
// JS values (rtype_js.cpp): String(v), truthiness, a support constant (`js`).
LLValue JsToStr(RTyper& rt, LLValue v);
LLValue JsTruth(RTyper& rt, LLValue v);
LLValue JsConstant(RTyper& rt, loader::HostId c);
// Makes the adapter graphs through which JS calls callbacks and exports
// (after every graph is lowered).
void BuildJsAdapters(RTyper& rt);
LLValue LowerValueOp(RTyper& rt, const flow::Operation& op);
// Before `op` is lowered: raises CPython's TypeError/AttributeError where
// an operand that may be None (a null pointer) would be dereferenced
// (rtype_nullcheck.cpp).
void EmitNoneChecks(RTyper& rt, const flow::Operation& op);
// r_uint (rtype_uint.cpp).
LLValue LowerUIntOp(RTyper& rt, const flow::Operation& op);
LLValue LowerUIntBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id);
LLValue LowerValueBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id);

class RTyper {
 public:
  RTyper(annotator::Annotator& ann, LLProgram& program, DiagnosticEngine& diags);

  // Lowers every annotated graph. Returns false after reporting errors.
  bool Run();

  // ---- used by the lowering rules ----
  LLTypeId TypeOf(annotator::AnnId a);
  LLTypeId TypeOfValue(flow::Value v) { return TypeOf(ann_.annotation(v)); }
  // The low-level value of a flow value in the graph being lowered; a
  // constant is converted to the representation `want` (e.g. None to a
  // null Str when a nullable string is expected).
  LLValue Convert(flow::Value v);
  LLValue ConvertTo(flow::Value v, LLTypeId want);
  // Converts low-level value `v` of a value annotated `from` to `want`
  // (ConvertTo's rules, also item by item inside tuples).
  LLValue ConvertLL(LLValue v, annotator::AnnId from, LLTypeId want);
  // The address of the LL graph of Python function `func` (a function value).
  LLValue FunctionAddress(loader::HostId func);
  // Appends an operation to the block being emitted; returns its result.
  LLValue Emit(LLOpKind kind, std::vector<LLValue> args, LLTypeId result, uint32_t aux = 0,
               uint32_t aux2 = 0);
  LLValue EmitRt(RtFunc f, std::vector<LLValue> args, LLTypeId result) {
    return Emit(LLOpKind::rt_call, std::move(args), result, static_cast<uint32_t>(f));
  }
  // Emits a check that raises `exc` with `msg` when `cond` (a Bool) holds.
  void EmitRaiseIf(LLValue cond, BuiltinExc exc, const std::string& msg);
  LLValue ToInt(LLValue v);    // Bool -> Int; Int unchanged
  LLValue ToFloat(LLValue v);  // Bool/Int -> Float
  LLValue ToStr(LLValue v);    // str(v) of a scalar, None or string
  LLValue Truth(LLValue v);    // bool(v)
  void Error(Diagnostic d);
  LLGraphId GraphOf(flow::GraphId g);

  // Continues emission at the end of block `b` of graph `g` (for graphs
  // the rtyper makes itself, such as the JS adapters).
  void SetInsertPoint(LLGraphId g, LLBlockId b) {
    cur_graph_ = g;
    cur_block_ = b;
    op_ = nullptr;
  }
  // The JS adapter of each callback or export, by flow graph index
  // (rtype_js.cpp).
  std::map<uint32_t, LLGraphId> js_adapters;

  // The implicit special method `name` of instances of `classdef`
  // (annotator::ImplicitCall; rtype_values.cpp): the graph to call and
  // its result type; *slot is the vtable slot to dispatch through, or -1
  // when one implementation serves the whole subtree. Invalid when the
  // annotator recorded no such call.
  LLGraphId ImplicitCallGraph(uint32_t classdef, const std::string& name, int64_t* slot,
                              LLTypeId* result);

  annotator::Annotator& ann() { return ann_; }
  LLProgram& program() { return p_; }
  LLTypeStore& types() { return p_.types; }
  const flow::Operation* current_op() const { return op_; }

 private:
  void LowerGraph(flow::GraphId g);
  void LowerOp(const flow::Operation& op);
  LLValue LowerArith(const flow::Operation& op);
  LLValue LowerCompare(const flow::Operation& op);
  LLValue LowerCall(const flow::Operation& op);
  LLValue LowerBuiltin(const flow::Operation& op, const annotator::CallTarget& t);
  LLValue LowerPrint(const flow::Operation& op);
  LLValue LowerMath(const flow::Operation& op, const std::string& name);
  LLValue LowerFormat(const flow::Operation& op);
  LLValue LowerDynamicFormat(const flow::Operation& op);
  void FormatValues(LLValue right, annotator::AnnId right_ann, bool mapping,
                    std::vector<LLValue>* values, std::vector<annotator::AnnId>* value_anns);
  LLValue LowerMinMax(const flow::Operation& op, bool is_max);
  LLValue LowerContainerOp(const flow::Operation& op);
  // Classes (rtype_classes.cpp).
  void BuildClasses();
  // The LLProgram class index of an annotator ClassDef.
  uint32_t LLClassOf(uint32_t classdef) const { return class_map_.at(classdef); }
  uint32_t FieldIndex(uint32_t classdef, const std::string& name, uint32_t* owner);
  uint32_t MethodSlot(uint32_t classdef, const std::string& name);
  // True when field `name` of class `owner` shadows a class attribute the
  // program assigns: the layout then has a "#has name" flag.
  bool ShadowsMutableClassAttr(uint32_t owner, const std::string& name);
  // Index of the "#has name" flag in LL class llclass's layout, or kNoClass.
  uint32_t HasFlagIndex(uint32_t llclass, const std::string& name);
  LLValue LowerClassCall(const flow::Operation& op, const annotator::CallTarget& t);
  LLValue LowerInstanceCall(const flow::Operation& op, const annotator::CallTarget& t,
                            LLTypeId rtype_override = LLTypeId());
  // The special method call recorded for (op, slot), or invalid.
  LLValue EmitSpecial(const flow::Operation& op, int slot);
  LLValue LowerInstanceAttr(const flow::Operation& op);
  // A stub for method slot entries of classes without the method: raises
  // AttributeError; takes the arguments of `call`, the vtable call just
  // emitted.
  LLGraphId MissingMethodGraph(uint32_t classdef, const std::string& name, LLValue call,
                               LLTypeId rtype);
  LLValue LowerIsInstance(const flow::Operation& op);
  // Closures and function values (rtype_closures.cpp).
  void ComputeEnvGraphs();
  LLTypeId ClosureType(loader::HostId func);
  // A closure object for module-level function `func` (a function value).
  LLValue ClosureObject(loader::HostId func);
  // The hidden closure argument of a call to `callee`, or invalid when it
  // takes none.
  LLValue EnvArg(const flow::Operation& op, flow::GraphId callee);
  // Captured value `name` (a free variable of nested function `func`) of
  // closure object `closure`.
  LLValue ClosureField(LLValue closure, loader::HostId func, const std::string& name);
  LLValue LowerIndirectCall(const flow::Operation& op, const annotator::CallTarget& t);
  // A closure object for bound method `bm` (an annotation) whose receiver
  // is `recv`: the address of its adapter and the receiver.
  LLValue BoundMethodObject(LLValue recv, annotator::AnnId bm);
  // The adapter through which family calls reach bound method `name` of
  // instances of `classdef`: (closure, args...) -> recv.name(args...),
  // dispatched on the receiver's class; invalid when no call through a
  // family value reaches it.
  LLGraphId BoundAdapter(uint32_t classdef, const std::string& name);
  std::map<std::pair<uint32_t, std::string>, LLGraphId> bound_adapters_;
  // Turns `call`, the direct call of t.impls[0] just emitted, into a call
  // dispatched through the vtable when the method has several
  // implementations in t.classdef's subtree (rtype_classes.cpp).
  LLValue DispatchLastCall(const annotator::CallTarget& t, LLValue call, LLTypeId rtype);
  LLValue LowerClosureOp(const flow::Operation& op);
  LLValue LowerKeyedOp(const flow::Operation& op);  // rtype_keyed.cpp
  // Module-level variables assigned through `global` (rtype_globals.cpp):
  // the LLGlobal of cell `qualname`, made on first use.
  uint32_t GlobalCellOf(const std::string& qualname);
  LLValue LowerGlobalOp(const flow::Operation& op);
  std::map<std::string, uint32_t> global_cells_;  // qualname -> LLGlobal
  std::set<uint32_t> needs_env_;  // flow graphs taking a closure object first
  LLVarId cur_env_;               // that parameter in the graph being lowered
  flow::GraphId cur_flow_graph_;
  // The argument a CallTarget::arg_map entry names (an index in op.args,
  // or an item of the tuple `f(*t)` spreads), converted to `want`.
  LLValue CallArg(const flow::Operation& op, int source, LLTypeId want);
  LLValue EmitGraphCall(const flow::Operation& op, flow::GraphId graph,
                        const std::vector<int>& arg_map, LLValue self);
  LLValue LowerMethodCall(const flow::Operation& op);
  // Allocates an instance of classdef with its class-level field defaults.
  LLValue EmitNewInstance(uint32_t classdef);
  // Classes as values (rtype_classattrs.cpp).
  // The vtable pointer of a class value or of an instance's class.
  LLValue ClassValue(flow::Value v);
  uint32_t ClassAttrCell(loader::HostId definer, const std::string& name, LLTypeId type);
  LLValue ReadClassAttr(const std::vector<uint32_t>& classes, const std::string& name, LLValue x,
                        bool is_instance, LLTypeId rtype);
  LLValue LowerClassAttr(const flow::Operation& op);
  LLValue LowerClassMethodCall(const flow::Operation& op, const annotator::CallTarget& t);
  LLGraphId ConstructorGraph(uint32_t classdef, flow::GraphId init);
  LLValue LowerClassFamilyCall(const flow::Operation& op, const annotator::CallTarget& t);
  LLValue LowerIsSubclass(const flow::Operation& op);
  // Prebuilt objects (rtype_prebuilt.cpp).
  template <typename F>
  LLValue InInitGraph(F emit);
  void FinishInitGraph();
  LLValue PrebuiltInstance(loader::HostId obj);
  LLValue PrebuiltDict(loader::HostId obj, LLTypeId type);
  LLValue PrebuiltList(loader::HostId obj, LLTypeId type);
  // A new LLGlobal named `name` of `type` holding prebuilt value `init`:
  // its static initializer, or stored by the init graph when the value
  // is made at run time (a dict, a tuple).
  uint32_t StaticCell(const std::string& name, loader::HostId init, LLTypeId type);
  // (HostId index, list type index) -> LL constant
  std::map<std::pair<uint32_t, uint32_t>, uint32_t> prebuilt_lists_;
  std::map<uint32_t, uint32_t> prebuilt_instances_;  // HostId index -> LL constant
  std::map<uint32_t, uint32_t> prebuilt_dicts_;      // HostId index -> global cell
  std::map<std::pair<uint32_t, std::string>, uint32_t> cells_;  // (definer, name) -> global
  std::map<uint32_t, LLGraphId> ctor_graphs_;                    // by classdef

 public:
  // The vtable address of a class: its value as a class value
  // (rtype_classattrs.cpp).
  LLValue ClassAddress(uint32_t classdef);

  // ---- instance keys hashed by __hash__/__eq__ (rtype_keys.cpp) ----
  // True when dict/set keys of annotation `key` are compared by __eq__.
  bool KeysByEq(annotator::AnnId key);
  // Fills LLProgram::key_functions for every such key class.
  void BuildKeyFunctions();

  // ---- list helpers (rtype_containers.cpp), used by method lowerings ----
  LLValue ItemSize(LLTypeId list);
  // A new list of type `list_t` holding the items of tuple `t` (flow
  // value `tuple`), whose items the annotator found of one type.
  LLValue TupleAsList(flow::Value tuple, LLValue t, LLTypeId list_t);
  LLValue HasPointers(LLTypeId list);
  // "i64", "i8", "f64", "str" or "ptr": the suffix of typed rtlib list
  // functions for the item type of `list`.
  const char* ItemSuffix(LLTypeId list);
  LLTypeId ItemType(LLTypeId list) { return p_.types.get(list).fields[0]; }
  // Calls the typed rtlib function `rpy_list_<what>_<suffix>`.
  LLValue EmitListTyped(const std::string& what, LLValue list, std::vector<LLValue> args,
                        LLTypeId result);

 private:

  annotator::Annotator& ann_;
  LLProgram& p_;
  DiagnosticEngine& diags_;
  std::map<uint32_t, LLGraphId> graphs_;  // flow graph index -> LL graph
  std::map<uint32_t, LLVarId> vars_;      // flow var index -> LL var
  std::map<std::pair<uint32_t, std::string>, uint32_t> slots_;  // (root class, method) -> slot
  std::vector<uint32_t> class_map_;  // ClassDef index -> LLProgram class index
  // Result types shared by the implementations of a dispatched method
  // (called through one function pointer type), by flow graph index.
  std::map<uint32_t, LLTypeId> family_result_;
  void ComputeMethodFamilies();
  LLGraphId cur_graph_;
  LLBlockId cur_block_;
  const flow::Operation* op_ = nullptr;
  bool failed_ = false;
};

// Rewrites every raising operation of the program into explicit control
// flow (see exception_transform.cpp). Must run after RTyper::Run.
void ExceptionTransform(LLProgram& program, const SourceManager& sources);
// Counts the depth of the graphs on call-graph cycles and raises
// RecursionError past sys.getrecursionlimit() (recursion_guard.cpp):
// InsertRecursionGuards runs before ExceptionTransform (the entry check),
// FinishRecursionGuards after it (the exits).
void InsertRecursionGuards(LLProgram& program);
void FinishRecursionGuards(LLProgram& program);

}  // namespace rpyc::rtyper
