// Low-level graphs: the rtyper's output and the backend's input. They keep
// the flow graph's shape (blocks, links with arguments, a two-way bool
// exit switch) but every variable has a low-level type and every
// operation is a low-level operation from llops.def.
//
// After the exception transform no operation raises implicitly: each
// graph returns normally, and a raising path sets rtlib's exception state,
// records a traceback entry, and returns a dummy value; callers test
// `exc_occurred` after every call that can raise.
//
// Invariants (VerifyLLGraph): as for flow graphs (except that a
// parameter which is not an input of the start block, a closure's hidden
// closure object, is visible in every block), plus: link argument
// types equal their target's input types; a switch is on a Bool; the
// return block has one input of the graph's return type (a Void return
// has one Void input).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/ids.h"
#include "common/source.h"
#include "rtyper/lltype.h"

namespace rpyc::rtyper {

enum class LLOpKind : uint8_t {
#define RPYC_LLOP(Name, Arity, CanRaise) Name,
#include "rtyper/llops.def"
#undef RPYC_LLOP
};
const char* LLOpName(LLOpKind k);
int LLOpArity(LLOpKind k);
bool LLOpCanRaise(LLOpKind k);

enum class RtFunc : uint16_t {
#define RPYC_RT(Name, CanRaise, ...) Name,
#include "rtyper/runtime_functions.def"
#undef RPYC_RT
};
const char* RtFuncName(RtFunc f);
bool RtFuncCanRaise(RtFunc f);
// Looks a runtime function up by name; false when runtime_functions.def
// lacks it.
bool FindRtFunc(const std::string& name, RtFunc* out);

// Built-in exception classes (rtlib/builtin_exceptions.def).
enum class BuiltinExc : uint8_t {
#define RPY_BUILTIN_EXCEPTION(Name, Parent) Name,
#include "rtlib/builtin_exceptions.def"
#undef RPY_BUILTIN_EXCEPTION
};
const char* BuiltinExcName(BuiltinExc e);
BuiltinExc BuiltinExcParent(BuiltinExc e);
constexpr size_t kNumBuiltinExc = 0
#define RPY_BUILTIN_EXCEPTION(Name, Parent) +1
#include "rtlib/builtin_exceptions.def"
#undef RPY_BUILTIN_EXCEPTION
    ;

struct LLVarTag;
struct LLBlockTag;
struct LLLinkTag;
struct LLGraphTag;
using LLVarId = Id<LLVarTag>;
using LLBlockId = Id<LLBlockTag>;
using LLLinkId = Id<LLLinkTag>;
using LLGraphId = Id<LLGraphTag>;

struct LLVar {
  LLTypeId type;
  std::string name;
};

// A constant of a scalar or string type. Str constants are emitted as
// prebuilt rpy_str objects in the data segment.
// A constant. Prebuilt lists (module-level lists the program uses) are
// constants too: `i` is a unique id (>= 1) per Python object, `items`
// their constant items; the backend emits them as initialized, writable
// globals (one object, shared by every use). `i == -1` marks None (a null
// pointer) for pointer types.
class LLValue;
struct LLConst {
  LLTypeId type;
  int64_t i = 0;  // Bool, Int, Int32; prebuilt id
  double f = 0;   // Float
  std::string s;  // Str (UTF-8; raw bytes when i == 1, a bytes constant)
  std::vector<uint32_t> items;  // prebuilt list: constant indices of the items
  // A prebuilt instance (Ptr, `i` its unique id): its class (index in
  // LLProgram::classes), `items` its field values in layout order. With
  // `i == kClassVtable`: the vtable of class `cls` (a class value).
  int32_t cls = -1;
  static constexpr int64_t kClassVtable = -2;
};

class LLValue {
 public:
  LLValue() = default;
  static LLValue Var(LLVarId v) { return LLValue(v.index, false); }
  static LLValue Const(uint32_t c) { return LLValue(c, true); }
  bool valid() const { return index_ != kNone; }
  bool is_const() const { return valid() && is_const_; }
  bool is_var() const { return valid() && !is_const_; }
  LLVarId var() const { return LLVarId(index_); }
  uint32_t cst() const { return index_; }

 private:
  static constexpr uint32_t kNone = 0xffffffffu;
  LLValue(uint32_t i, bool c) : index_(i), is_const_(c) {}
  uint32_t index_ = kNone;
  bool is_const_ = false;
};

struct LLOp {
  LLOpKind kind;
  std::vector<LLValue> args;
  LLVarId result;  // its type is Void for operations without a value
  SourceLoc loc;
  uint32_t aux = 0;  // callee graph, runtime function, field index, exception
  std::string text;  // raise_builtin: the message
  uint32_t aux2 = 0;  // instance fields: the field index; vtable calls: slot
};

enum class LLExit : uint8_t { None, False, True, Exception };

struct LLLink {
  LLBlockId target;
  std::vector<LLValue> args;
  LLExit exitcase = LLExit::None;
  // Exception links (taken when an operation of the block raises): the
  // caught instance, defined by the link, may appear among `args`.
  LLVarId catch_var;
};

struct LLBlock {
  std::vector<LLVarId> inputargs;
  std::vector<LLOp> ops;
  LLValue exitswitch;  // invalid: one exit
  std::vector<LLLinkId> exits;
  // The last operation never returns normally (a call to a function that
  // never returns): the block has no exits and ends in `unreachable`.
  bool noreturn = false;
};

struct LLGraph {
  std::string name;         // unique symbol-friendly name
  std::string python_name;  // the function's __name__
  std::vector<LLVarId> params;
  LLTypeId result;
  LLBlockId startblock;
  LLBlockId returnblock;
  std::vector<LLBlockId> blocks;
  bool can_raise = true;  // refined by the exception transform
  // Counts towards the recursion limit (recursion_guard.cpp).
  bool recursion_guard = false;
  SourceLoc loc;
  // Also defined under this C symbol, which rtlib declares (weak) and
  // calls: rpy_js_raise_error, rpy_js_register_exports.
  std::string symbol;
};

// One traceback location: where a raising operation is in the source.
struct TracebackLoc {
  SourceLoc loc;
  std::string function;
};

// A class as the backend lays it out: instances are GC structs
// {vtable, fields...} whose first fields are their base class's; vtables
// are {class_id, class_max, name, method slots...}. class_id/class_max
// number the class forest in preorder, so isinstance is a range check.
struct LLClass {
  std::string name;
  int32_t base = -1;  // index in LLProgram::classes
  std::vector<std::pair<std::string, LLTypeId>> fields;  // including inherited, base first
  int32_t class_id = 0, class_max = 0;
  int builtin_exception = -1;  // rtlib's rpy_vt_<Name> when >= 0
  // Method slot -> implementing graph (invalid: not callable here).
  std::map<uint32_t, LLGraphId> slots;
  // Class attribute slot -> the program global (cell) holding the
  // attribute's value for this class.
  std::map<uint32_t, uint32_t> attr_slots;
};

// A mutable global of the program: a class attribute cell, statically
// initialized with constant `init`.
struct LLGlobal {
  std::string name;
  LLTypeId type;
  uint32_t init;
};

// The whole low-level program.
class LLProgram {
 public:
  LLTypeStore types;
  std::vector<LLClass> classes;
  uint32_t num_slots = 0;  // method slots of every vtable
  std::vector<LLGlobal> globals;

  LLVarId NewVar(LLTypeId type, std::string name = "");
  uint32_t NewConst(LLConst c);
  LLValue Int(int64_t v);
  LLValue UInt(uint64_t v);
  LLValue Int32(int32_t v);
  LLValue Bool(bool v);
  LLValue Float(double v);
  LLValue Str(const std::string& utf8);
  LLValue Void();
  // The zero of type t (0, False, 0.0, a null pointer): the value of
  // variables and fields no path assigns (never read).
  LLValue Zero(LLTypeId t);
  LLBlockId NewBlock(LLGraphId g, std::vector<LLVarId> inputargs);
  LLLinkId NewLink(LLBlockId from, LLBlockId to, std::vector<LLValue> args, LLExit exitcase);
  LLGraphId NewGraph(std::string name);
  uint32_t AddTracebackLoc(SourceLoc loc, const std::string& function);

  LLVar& var(LLVarId v) { return vars_[v.index]; }
  const LLVar& var(LLVarId v) const { return vars_[v.index]; }
  const LLConst& cst(uint32_t c) const { return consts_[c]; }
  // Prebuilt objects get their items after creation (they may refer back
  // to themselves).
  LLConst& mutable_cst(uint32_t c) { return consts_[c]; }
  LLBlock& block(LLBlockId b) { return blocks_[b.index]; }
  const LLBlock& block(LLBlockId b) const { return blocks_[b.index]; }
  LLLink& link(LLLinkId l) { return links_[l.index]; }
  const LLLink& link(LLLinkId l) const { return links_[l.index]; }
  LLGraph& graph(LLGraphId g) { return graphs_[g.index]; }
  const LLGraph& graph(LLGraphId g) const { return graphs_[g.index]; }
  size_t num_graphs() const { return graphs_.size(); }
  size_t num_vars() const { return vars_.size(); }
  const std::vector<TracebackLoc>& traceback_locs() const { return tb_locs_; }
  LLTypeId TypeOf(LLValue v) const {
    return v.is_var() ? vars_[v.var().index].type : consts_[v.cst()].type;
  }

  LLGraphId entry;  // main(argv)
  // Builds the prebuilt objects that cannot be emitted statically (dicts);
  // run before main. Invalid when there are none.
  LLGraphId init;
  // Per key class of dicts/sets keyed by __eq__ (LLType::key_class): the
  // graphs rtlib calls to hash (int64 (obj)) and compare (bool (a, b))
  // keys, the value family's helpers (rtyper/rtype_keys.cpp).
  std::map<uint32_t, std::pair<LLGraphId, LLGraphId>> key_functions;
  // For those key classes with __repr__: repr(key), which KeyError shows.
  std::map<uint32_t, LLGraphId> key_reprs;

 private:
  std::vector<LLVar> vars_;
  std::vector<LLConst> consts_;
  std::vector<LLBlock> blocks_;
  std::vector<LLLink> links_;
  std::vector<LLGraph> graphs_;
  std::vector<TracebackLoc> tb_locs_;
};

// `--dump lltypes`: deterministic text of every graph.
std::string PrintLLProgram(const LLProgram& p, const SourceManager& sources);
// Checks the invariants above; aborts (RPYC_CHECK) on violation.
void VerifyLLGraph(const LLProgram& p, LLGraphId g);

}  // namespace rpyc::rtyper
