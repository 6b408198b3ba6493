// GraphEditor: small helpers for transforms that build flow graph
// operations directly (the resumable transform, generator methods,
// iterator adapters) rather than from Python source.
#pragma once

#include <string>
#include <vector>

#include "translator/flow/graph.h"
#include "translator/loader/host.h"

namespace rpyc::flow {

class GraphEditor {
 public:
  GraphEditor(FlowStore& store, loader::Host& host, GraphId g) : s_(store), host_(host), g_(g) {}

  Value Const(loader::HostId v) { return s_.NewConst(v); }
  Value Int(int64_t v) { return Const(host_.FromInt(v)); }
  Value Bool(bool v) { return Const(host_.FromBool(v)); }
  Value Str(const std::string& v) { return Const(host_.FromStr(v)); }

  // Appends `kind(args)` to block b; returns its result variable.
  VarId Op(BlockId b, OpKind kind, std::vector<Value> args, SourceLoc loc,
           const std::string& name = "", CallShapeId shape = {}) {
    VarId r = s_.NewVar(g_, name, loc);
    s_.block(b).operations.push_back(Operation{kind, std::move(args), r, loc, shape});
    return r;
  }
  // callee(args...) with positional arguments only.
  VarId Call(BlockId b, Value callee, std::vector<Value> args, SourceLoc loc) {
    CallShape shape;
    shape.positional = static_cast<uint32_t>(args.size());
    args.insert(args.begin(), callee);
    return Op(b, OpKind::call, std::move(args), loc, "", s_.InternCallShape(shape));
  }
  VarId GetAttr(BlockId b, Value obj, const std::string& field, SourceLoc loc,
                const std::string& name = "") {
    return Op(b, OpKind::getattr, {obj, Str(field)}, loc, name);
  }
  void SetAttr(BlockId b, Value obj, const std::string& field, Value v, SourceLoc loc) {
    Op(b, OpKind::setattr, {obj, Str(field), v}, loc);
  }
  // obj.method(args...)
  VarId CallMethod(BlockId b, Value obj, const std::string& method, std::vector<Value> args,
                   SourceLoc loc) {
    return Call(b, GetAttr(b, obj, method, loc), std::move(args), loc);
  }

 private:
  FlowStore& s_;
  loader::Host& host_;
  GraphId g_;
};

}  // namespace rpyc::flow
