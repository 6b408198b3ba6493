// PrintGraph: the deterministic text form of a flow graph.
#include "translator/flow/printer.h"

#include <unordered_map>

namespace rpyc::flow {
namespace {

class GraphPrinter {
 public:
  GraphPrinter(const FlowStore& store, loader::Host& host,
               const std::function<std::string(VarId)>& annotate)
      : store_(store), host_(host), annotate_(annotate) {}

  std::string Print(GraphId gid) {
    const FunctionGraph& g = store_.graph(gid);
    NumberBlocks(g);
    out_ += "graph " + g.name + " at " + host_.sources().Format(g.loc) + "\n";
    for (BlockId b : g.blocks) PrintBlock(g, b);
    return out_;
  }

 private:
  void NumberBlocks(const FunctionGraph& g) {
    for (BlockId b : g.blocks) block_names_[b.index] = "block" + std::to_string(block_names_.size());
  }

  std::string VarName(VarId v) {
    auto it = var_names_.find(v.index);
    if (it != var_names_.end()) return it->second;
    const Variable& var = store_.var(v);
    std::string base = var.name.empty() ? "v" : var.name + "_";
    std::string name = base + std::to_string(var_names_.size());
    var_names_[v.index] = name;
    return name;
  }

  std::string ValueText(Value v) {
    if (v.is_var()) return VarName(v.var());
    if (v.is_const()) return PrintConstant(host_, store_.cst(v.cst()).value);
    return "<none>";
  }

  std::string Def(VarId v) {
    std::string s = VarName(v);
    if (annotate_) s += ": " + annotate_(v);
    return s;
  }

  void PrintBlock(const FunctionGraph& g, BlockId bid) {
    const Block& b = store_.block(bid);
    std::string kind = bid == g.returnblock ? " (return)" : bid == g.exceptblock ? " (except)" : "";
    out_ += block_names_[bid.index] + "(";
    for (size_t i = 0; i < b.inputargs.size(); ++i)
      out_ += (i ? ", " : "") + Def(b.inputargs[i]);
    out_ += ")" + kind + ":\n";
    for (const Operation& op : b.operations) {
      out_ += "    " + Def(op.result) + " = " + OpName(op.kind) + "(";
      for (size_t i = 0; i < op.args.size(); ++i) out_ += (i ? ", " : "") + ValueText(op.args[i]);
      out_ += ")";
      if (op.kind == OpKind::call) {
        const CallShape& shape = store_.call_shape(op.shape);
        if (shape.star) out_ += " [*last]";
        if (!shape.keywords.empty()) {
          out_ += " [kw:";
          for (const std::string& k : shape.keywords) out_ += " " + k;
          out_ += "]";
        }
      }
      out_ += "\n";
    }
    if (b.exitswitch.valid()) out_ += "    exitswitch " + ValueText(b.exitswitch) + "\n";
    if (b.canraise) out_ += "    canraise\n";
    for (LinkId lid : b.exits) {
      const Link& l = store_.link(lid);
      out_ += "    ";
      if (l.exitcase == ExitCase::False) out_ += "False: ";
      if (l.exitcase == ExitCase::True) out_ += "True: ";
      if (l.exitcase == ExitCase::Exception)
        out_ += "except " + VarName(l.last_exc_value) + ": ";
      out_ += "-> " + block_names_[l.target.index] + "(";
      for (size_t i = 0; i < l.args.size(); ++i) out_ += (i ? ", " : "") + ValueText(l.args[i]);
      out_ += ")\n";
    }
  }

  const FlowStore& store_;
  loader::Host& host_;
  const std::function<std::string(VarId)>& annotate_;
  std::unordered_map<uint32_t, std::string> block_names_;
  std::unordered_map<uint32_t, std::string> var_names_;
  std::string out_;
};

}  // namespace

std::string PrintConstant(loader::Host& host, loader::HostId value) {
  if (value == host.Undefined()) return "<undefined>";
  switch (host.Kind(value)) {
    case loader::HostKind::Function:
    case loader::HostKind::BuiltinFunction:
    case loader::HostKind::Class:
    case loader::HostKind::Module:
      return "<" + host.QualifiedName(value) + ">";
    default:
      return host.Repr(value);
  }
}

std::string PrintGraph(const FlowStore& store, loader::Host& host, GraphId g,
                       const std::function<std::string(VarId)>& annotate) {
  return GraphPrinter(store, host, annotate).Print(g);
}

}  // namespace rpyc::flow
