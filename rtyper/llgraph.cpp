// LLProgram storage, the low-level printer (`--dump lltypes`) and the
// low-level graph verifier.
#include "rtyper/llgraph.h"

#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "common/check.h"

namespace rpyc::rtyper {
namespace {

struct LLOpInfo {
  const char* name;
  int arity;
  bool can_raise;
};
const LLOpInfo kLLOps[] = {
#define RPYC_LLOP(Name, Arity, CanRaise) {#Name, Arity, CanRaise != 0},
#include "rtyper/llops.def"
#undef RPYC_LLOP
};

struct RtInfo {
  const char* name;
  bool can_raise;
};
const RtInfo kRtFuncs[] = {
#define RPYC_RT(Name, CanRaise, ...) {#Name, CanRaise != 0},
#include "rtyper/runtime_functions.def"
#undef RPYC_RT
};

struct ExcInfo {
  const char* name;
  BuiltinExc parent;
};
const ExcInfo kExcs[] = {
#define RPY_BUILTIN_EXCEPTION(Name, Parent) {#Name, BuiltinExc::Parent},
#include "rtlib/builtin_exceptions.def"
#undef RPY_BUILTIN_EXCEPTION
};

}  // namespace

const char* LLOpName(LLOpKind k) { return kLLOps[static_cast<size_t>(k)].name; }
int LLOpArity(LLOpKind k) { return kLLOps[static_cast<size_t>(k)].arity; }
bool LLOpCanRaise(LLOpKind k) { return kLLOps[static_cast<size_t>(k)].can_raise; }
const char* RtFuncName(RtFunc f) { return kRtFuncs[static_cast<size_t>(f)].name; }
bool RtFuncCanRaise(RtFunc f) { return kRtFuncs[static_cast<size_t>(f)].can_raise; }
bool FindRtFunc(const std::string& name, RtFunc* out) {
  for (size_t i = 0; i < sizeof kRtFuncs / sizeof kRtFuncs[0]; ++i)
    if (name == kRtFuncs[i].name) {
      *out = static_cast<RtFunc>(i);
      return true;
    }
  return false;
}
const char* BuiltinExcName(BuiltinExc e) { return kExcs[static_cast<size_t>(e)].name; }
BuiltinExc BuiltinExcParent(BuiltinExc e) { return kExcs[static_cast<size_t>(e)].parent; }

LLVarId LLProgram::NewVar(LLTypeId type, std::string name) {
  vars_.push_back({type, std::move(name)});
  return LLVarId(static_cast<uint32_t>(vars_.size() - 1));
}

uint32_t LLProgram::NewConst(LLConst c) {
  for (size_t i = 0; i < consts_.size(); ++i) {
    const LLConst& o = consts_[i];
    // Compare floats bitwise so 0.0 and -0.0 stay distinct.
    if (o.type == c.type && o.i == c.i && o.s == c.s && o.items == c.items && o.cls == c.cls &&
        std::memcmp(&o.f, &c.f, sizeof(double)) == 0)
      return static_cast<uint32_t>(i);
  }
  consts_.push_back(std::move(c));
  return static_cast<uint32_t>(consts_.size() - 1);
}

LLValue LLProgram::Int(int64_t v) {
  LLConst c{types.integer()};
  c.i = v;
  return LLValue::Const(NewConst(c));
}
LLValue LLProgram::UInt(uint64_t v) {
  LLConst c{types.uinteger()};
  c.i = static_cast<int64_t>(v);
  return LLValue::Const(NewConst(c));
}
LLValue LLProgram::Int32(int32_t v) {
  LLConst c{types.int32()};
  c.i = v;
  return LLValue::Const(NewConst(c));
}
LLValue LLProgram::Bool(bool v) {
  LLConst c{types.boolean()};
  c.i = v;
  return LLValue::Const(NewConst(c));
}
LLValue LLProgram::Float(double v) {
  LLConst c{types.floating()};
  c.f = v;
  return LLValue::Const(NewConst(c));
}
LLValue LLProgram::Str(const std::string& utf8) {
  LLConst c{types.str()};
  c.s = utf8;
  return LLValue::Const(NewConst(c));
}
LLValue LLProgram::Void() { return LLValue::Const(NewConst(LLConst{types.void_()})); }
LLValue LLProgram::Zero(LLTypeId t) {
  switch (types.kind(t)) {
    case LLKind::Void: return Void();
    case LLKind::Bool: return Bool(false);
    case LLKind::Int: return Int(0);
    case LLKind::UInt: return UInt(0);
    case LLKind::Int32: return Int32(0);
    case LLKind::Float: return Float(0);
    case LLKind::Str: case LLKind::List: case LLKind::Tuple: case LLKind::Dict: case LLKind::Set:
    case LLKind::Ptr: case LLKind::Js: {
      LLConst null{t};
      null.i = -1;  // null pointer
      return LLValue::Const(NewConst(null));
    }
  }
  return Void();
}

LLBlockId LLProgram::NewBlock(LLGraphId g, std::vector<LLVarId> inputargs) {
  LLBlock b;
  b.inputargs = std::move(inputargs);
  blocks_.push_back(std::move(b));
  LLBlockId id(static_cast<uint32_t>(blocks_.size() - 1));
  graphs_[g.index].blocks.push_back(id);
  return id;
}

LLLinkId LLProgram::NewLink(LLBlockId from, LLBlockId to, std::vector<LLValue> args,
                            LLExit exitcase) {
  links_.push_back({to, std::move(args), exitcase});
  LLLinkId id(static_cast<uint32_t>(links_.size() - 1));
  blocks_[from.index].exits.push_back(id);
  return id;
}

LLGraphId LLProgram::NewGraph(std::string name) {
  LLGraph g;
  g.name = std::move(name);
  graphs_.push_back(std::move(g));
  return LLGraphId(static_cast<uint32_t>(graphs_.size() - 1));
}

uint32_t LLProgram::AddTracebackLoc(SourceLoc loc, const std::string& function) {
  for (size_t i = 0; i < tb_locs_.size(); ++i)
    if (tb_locs_[i].loc.file == loc.file && tb_locs_[i].loc.line == loc.line &&
        tb_locs_[i].function == function)
      return static_cast<uint32_t>(i);
  tb_locs_.push_back({loc, function});
  return static_cast<uint32_t>(tb_locs_.size() - 1);
}

// ---- printer ------------------------------------------------------------------

namespace {

class LLPrinter {
 public:
  explicit LLPrinter(const LLProgram& p) : p_(p) {}

  std::string Graph(LLGraphId gid) {
    const LLGraph& g = p_.graph(gid);
    blocks_.clear();
    vars_.clear();
    for (LLBlockId b : g.blocks) blocks_[b.index] = "block" + std::to_string(blocks_.size());
    std::string out = "graph " + g.name + "(";
    for (size_t i = 0; i < g.params.size(); ++i)
      out += (i ? ", " : "") + p_.types.ToString(p_.var(g.params[i]).type);
    out += ") -> " + p_.types.ToString(g.result) + (g.can_raise ? "" : " [nothrow]") + "\n";
    for (LLBlockId b : g.blocks) out += Block(g, b);
    return out;
  }

 private:
  std::string VarName(LLVarId v) {
    auto it = vars_.find(v.index);
    if (it != vars_.end()) return it->second;
    const std::string& base = p_.var(v).name;
    std::string n = (base.empty() ? "v" : base + "_") + std::to_string(vars_.size());
    vars_[v.index] = n;
    return n;
  }

  std::string Value(LLValue v) {
    if (v.is_var()) return VarName(v.var());
    const LLConst& c = p_.cst(v.cst());
    switch (p_.types.kind(c.type)) {
      case LLKind::Void: return "void";
      case LLKind::Bool: return c.i ? "true" : "false";
      case LLKind::Int: return std::to_string(c.i);
      case LLKind::UInt: return std::to_string(static_cast<uint64_t>(c.i)) + "u";
      case LLKind::Int32: return "i32 " + std::to_string(c.i);
      case LLKind::Float: {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", c.f);
        return buf;
      }
      case LLKind::Str: {
        std::string s = "\"";
        for (char ch : c.s) {
          if (ch == '"' || ch == '\\') s += '\\';
          if (ch == '\n') {
            s += "\\n";
            continue;
          }
          s += ch;
        }
        return s + "\"";
      }
      case LLKind::Ptr:
        if (c.cls >= 0 && c.i == LLConst::kClassVtable) return "class " + p_.classes[c.cls].name;
        if (c.cls >= 0) return "prebuilt " + p_.classes[c.cls].name + " #" + std::to_string(c.i);
        return "null";
      default: return "null";
    }
  }

  std::string Block(const LLGraph& g, LLBlockId bid) {
    const LLBlock& b = p_.block(bid);
    std::string out = blocks_[bid.index] + "(";
    for (size_t i = 0; i < b.inputargs.size(); ++i)
      out += (i ? ", " : "") + VarName(b.inputargs[i]) + ": " +
             p_.types.ToString(p_.var(b.inputargs[i]).type);
    out += ")" + std::string(bid == g.returnblock ? " (return)" : "") + ":\n";
    for (const LLOp& op : b.ops) {
      out += "    ";
      if (p_.types.kind(p_.var(op.result).type) != LLKind::Void)
        out += VarName(op.result) + ": " + p_.types.ToString(p_.var(op.result).type) + " = ";
      out += LLOpName(op.kind);
      if (op.kind == LLOpKind::direct_call) out += " " + p_.graph(LLGraphId(op.aux)).name;
      if (op.kind == LLOpKind::rt_call) out += std::string(" ") + RtFuncName(RtFunc(op.aux));
      if (op.kind == LLOpKind::raise_builtin)
        out += std::string(" ") + BuiltinExcName(BuiltinExc(op.aux)) + " \"" + op.text + "\"";
      if (op.kind == LLOpKind::getfield || op.kind == LLOpKind::setfield)
        out += " #" + std::to_string(op.aux);
      out += "(";
      for (size_t i = 0; i < op.args.size(); ++i) out += (i ? ", " : "") + Value(op.args[i]);
      out += ")\n";
    }
    if (b.exitswitch.valid()) out += "    exitswitch " + Value(b.exitswitch) + "\n";
    if (b.noreturn) out += "    unreachable\n";
    for (LLLinkId lid : b.exits) {
      const LLLink& l = p_.link(lid);
      out += "    ";
      if (l.exitcase == LLExit::False) out += "False: ";
      if (l.exitcase == LLExit::True) out += "True: ";
      out += "-> " + blocks_[l.target.index] + "(";
      for (size_t i = 0; i < l.args.size(); ++i) out += (i ? ", " : "") + Value(l.args[i]);
      out += ")\n";
    }
    return out;
  }

  const LLProgram& p_;
  std::unordered_map<uint32_t, std::string> blocks_;
  std::unordered_map<uint32_t, std::string> vars_;
};

}  // namespace

std::string PrintLLProgram(const LLProgram& p, const SourceManager& sources) {
  std::string out;
  for (size_t i = 0; i < p.num_graphs(); ++i) {
    out += LLPrinter(p).Graph(LLGraphId(static_cast<uint32_t>(i)));
    out += "\n";
  }
  (void)sources;
  return out;
}

// ---- verifier -----------------------------------------------------------------

void VerifyLLGraph(const LLProgram& p, LLGraphId gid) {
  const LLGraph& g = p.graph(gid);
  CheckContext ctx("verifying low-level graph " + g.name);
  RPYC_CHECK(p.block(g.returnblock).inputargs.size() == 1, "return block needs one input");
  RPYC_CHECK(p.var(p.block(g.returnblock).inputargs[0]).type == g.result,
             "return block input type differs from the graph's result type");
  std::unordered_set<uint32_t> defined_anywhere;
  // A parameter that is not an input of the start block (a closure's
  // hidden closure object) is visible in every block.
  std::unordered_set<uint32_t> hidden_params;
  for (LLVarId v : g.params) hidden_params.insert(v.index);
  for (LLVarId v : p.block(g.startblock).inputargs) hidden_params.erase(v.index);
  defined_anywhere.insert(hidden_params.begin(), hidden_params.end());
  for (LLBlockId bid : g.blocks) {
    const LLBlock& b = p.block(bid);
    CheckContext bctx("in block " + std::to_string(bid.index));
    std::unordered_set<uint32_t> defined = hidden_params;
    auto define = [&](LLVarId v) {
      RPYC_CHECK(defined_anywhere.insert(v.index).second, "variable defined twice");
      defined.insert(v.index);
    };
    auto use = [&](LLValue v) {
      RPYC_CHECK(v.valid(), "invalid value");
      if (v.is_var())
        RPYC_CHECK(defined.count(v.var().index),
                   "variable " + p.var(v.var()).name + "#" + std::to_string(v.var().index) +
                       " used before definition");
    };
    for (LLVarId v : b.inputargs) define(v);
    for (const LLOp& op : b.ops) {
      int arity = LLOpArity(op.kind);
      RPYC_CHECK(arity < 0 || static_cast<size_t>(arity) == op.args.size(),
                 std::string("wrong arity for ") + LLOpName(op.kind));
      for (LLValue a : op.args) use(a);
      define(op.result);
    }
    // Exception links (before the exception transform) are extra exits
    // taken from any raising operation of the block.
    size_t normal_exits = 0;
    for (LLLinkId lid : b.exits) normal_exits += p.link(lid).exitcase != LLExit::Exception;
    if (normal_exits == 0) {
      RPYC_CHECK(bid == g.returnblock || b.noreturn, "block without exits");
      RPYC_CHECK(b.exits.empty() || b.noreturn, "block with only an exception exit");
    } else if (b.exitswitch.valid()) {
      use(b.exitswitch);
      RPYC_CHECK(p.types.kind(p.TypeOf(b.exitswitch)) == LLKind::Bool, "switch on a non-bool");
      RPYC_CHECK(normal_exits == 2, "switch needs two exits");
    } else {
      RPYC_CHECK(normal_exits == 1, "one exit expected");
    }
    for (LLLinkId lid : b.exits) {
      const LLLink& l = p.link(lid);
      const LLBlock& t = p.block(l.target);
      RPYC_CHECK(l.args.size() == t.inputargs.size(), "link arity mismatch");
      for (size_t i = 0; i < l.args.size(); ++i) {
        if (l.exitcase == LLExit::Exception && l.args[i].is_var() && l.args[i].var() == l.catch_var)
          continue;
        use(l.args[i]);
        RPYC_CHECK(p.TypeOf(l.args[i]) == p.var(t.inputargs[i]).type, "link argument type mismatch");
      }
    }
  }
}

}  // namespace rpyc::rtyper
