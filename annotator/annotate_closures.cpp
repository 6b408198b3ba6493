// Annotation of closures (see translator/flow/build_closure.cpp for how
// the flow builder produces them).
//
// A nested function made by make_closure is a PBC of its function object,
// like a module-level function; what it captured is described by an
// EnvDef per nested function: one annotation per free variable, widened
// by every make_closure of that function (as a ClassDef's fields are by
// every setattr) and read by closure_var inside it. A cell is a list of
// one item with its own ListDef, so its content widens and reflows its
// readers exactly as a list's items do.
#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

Annotator::EnvDef& Annotator::Env(loader::HostId func) {
  EnvDef& env = envs_[func.index];
  if (env.fields.empty()) {
    const flow::NestedInfo* info = builder_.nested(func);
    RPYC_CHECK(info, "closure of a function the builder did not make");
    env.fields.assign(info->freevars.size(), anns_.impossible());
  }
  return env;
}

bool Annotator::IsClosure(loader::HostId func) const {
  const flow::NestedInfo* info = builder_.nested(func);
  return info && !info->freevars.empty();
}

AnnId Annotator::ClosureDefault(loader::HostId func, const std::string& param) {
  const flow::NestedInfo* info = builder_.nested(func);
  RPYC_CHECK(info, "run-time default of a function the builder did not make");
  EnvDef& env = Env(func);
  env.readers.insert(current_block_.index);
  for (size_t i = 0; i < info->freevars.size(); ++i)
    if (info->freevars[i] == "#default:" + param) return env.fields[i];
  RPYC_UNREACHABLE("run-time default not captured");
}

AnnId Annotator::AnnotateClosureOp(const flow::Operation& op, const std::vector<AnnId>& args) {
  switch (op.kind) {
    case flow::OpKind::cell_new:
      return ListMadeBy(op, anns_.impossible());
    case flow::OpKind::cell_get: {
      ListDefId d = anns_.get(args[0]).listdef;
      ReadList(d);
      return anns_.listdef(d).item;
    }
    case flow::OpKind::cell_set: {
      ListDefId d = anns_.get(args[0]).listdef;
      AnnId old = anns_.listdef(d).item;
      if (!anns_.GeneralizeItem(d, args[1])) {
        std::string name = store_.var(op.args[0].var()).name;
        Error(Diagnostic(DiagKind::UnionMismatch, op.loc,
                         {Describe(old), Describe(args[1]),
                          "`" + name + "`, which a nested function uses (it must keep one type)"}));
        return anns_.impossible();
      }
      return anns_.none();
    }
    case flow::OpKind::make_closure: {
      loader::HostId func = store_.cst(op.args[0].cst()).value;
      const flow::NestedInfo* info = builder_.nested(func);
      EnvDef& env = Env(func);
      bool widened = false;
      for (size_t i = 1; i < args.size(); ++i) {
        AnnId u = anns_.Union(env.fields[i - 1], args[i]);
        if (anns_.get(u).kind == AnnKind::Object) {
          Error(Diagnostic(DiagKind::UnionMismatch, op.loc,
                           {Describe(env.fields[i - 1]), Describe(args[i]),
                            "`" + info->freevars[i - 1] + "` captured by `" +
                                host_.QualifiedName(func) + "`"}));
          return anns_.impossible();
        }
        widened = widened || u != env.fields[i - 1];
        env.fields[i - 1] = u;
      }
      if (widened)
        for (uint32_t r : env.readers) Schedule(flow::BlockId(r));
      return anns_.pbc({func});
    }
    case flow::OpKind::closure_var: {
      loader::HostId func = store_.graph(store_.block(current_block_).graph).function;
      const flow::NestedInfo* info = builder_.nested(func);
      RPYC_CHECK(info, "closure_var outside a nested function");
      std::string name = host_.AsStr(store_.cst(op.args[0].cst()).value);
      EnvDef& env = Env(func);
      env.readers.insert(current_block_.index);
      for (size_t i = 0; i < info->freevars.size(); ++i)
        if (info->freevars[i] == name) return env.fields[i];
      RPYC_UNREACHABLE("closure_var of a name that is not captured");
    }
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
