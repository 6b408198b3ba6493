// Call families: values that may be any of several functions and bound
// methods, and calls through them (RPython's call families, rpbc.py).
//
// A value that may be one of several plain functions is a PBC of those
// functions; a method bound to an instance (`log.log`) is a BuiltinMethod
// whose value is its receiver. When the two meet, or two bound methods of
// different names or unrelated classes meet, the value becomes Callables:
// the functions (descs) and the bound methods (items, one per method name
// and receiver class). Its run-time value is a closure object (see
// rtyper/rtype_closures.cpp): a function pointer and what the callee needs,
// here the receiver for a bound method. Calling it is one indirect call.
//
// A call through such a value calls every member with the call's
// arguments (a bound method with its receiver first), then unifies the
// members' parameters and results (UnifyFamily, re-checked when the
// worklist empties), so that one function pointer type fits them all.
// Members must take the arguments the same way (no defaults filled in
// through the value); parameters or results that do not merge are refused,
// naming both members.
#include <algorithm>

#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

// ---- the lattice ----

bool AnnStore::IsCallableMember(AnnId a) const {
  const Annotation& x = get(a);
  if (x.kind == AnnKind::Callables || IsBoundMethod(a)) return true;
  if (x.kind != AnnKind::PBC || x.descs.empty() || !is_function) return false;
  for (loader::HostId d : x.descs)
    if (!is_function(d)) return false;
  return true;
}

bool AnnStore::CallablesMerge(AnnId a, AnnId b) const {
  if (!IsCallableMember(a) || !IsCallableMember(b)) return false;
  // Two plain function PBCs merge as PBCs; everything else as Callables.
  return get(a).kind != AnnKind::PBC || get(b).kind != AnnKind::PBC;
}

AnnId AnnStore::callables(std::vector<loader::HostId> funcs, std::vector<AnnId> methods) {
  std::sort(funcs.begin(), funcs.end());
  funcs.erase(std::unique(funcs.begin(), funcs.end()), funcs.end());
  // One member per method name and receiver class: receivers that merge
  // (a class and its subclass) make one member dispatching on the class.
  std::vector<AnnId> members;
  for (AnnId m : methods) {
    bool merged = false;
    for (AnnId& have : members) {
      const Annotation& h = get(have);
      const Annotation& n = get(m);
      if (h.name != n.name) continue;
      AnnId recv = Union(h.items[0], n.items[0]);
      if (get(recv).kind != AnnKind::Instance) continue;
      have = builtin_method(recv, n.name);
      merged = true;
      break;
    }
    if (!merged) members.push_back(m);
  }
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  if (funcs.empty() && members.size() == 1) return members[0];
  if (members.empty()) return pbc(std::move(funcs));
  Annotation a{AnnKind::Callables};
  a.descs = std::move(funcs);
  a.items = std::move(members);
  return Intern(a);
}

AnnId AnnStore::UnionCallables(AnnId a, AnnId b) {
  if (!CallablesMerge(a, b)) return AnnId();
  const Annotation x = get(a);
  const Annotation y = get(b);
  if (x.kind == AnnKind::BuiltinMethod && y.kind == AnnKind::BuiltinMethod && x.name == y.name &&
      get(Union(x.items[0], y.items[0])).kind == AnnKind::Instance)
    return AnnId();  // one method of related classes: still a bound method
  std::vector<loader::HostId> funcs;
  std::vector<AnnId> methods;
  for (const Annotation* side : {&x, &y}) {
    if (side->kind == AnnKind::BuiltinMethod) {
      methods.push_back(side == &x ? a : b);
      continue;
    }
    funcs.insert(funcs.end(), side->descs.begin(), side->descs.end());
    if (side->kind == AnnKind::Callables)
      methods.insert(methods.end(), side->items.begin(), side->items.end());
  }
  return callables(std::move(funcs), std::move(methods));
}

// ---- calls through family values ----

namespace {

std::string Plural(size_t n, const char* what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

}  // namespace

bool Annotator::IsFunctionFamily(AnnId a) {
  const Annotation& c = anns_.get(a);
  if (c.kind != AnnKind::PBC || c.descs.size() < 2) return false;
  for (loader::HostId d : c.descs)
    if (host_.Kind(d) != loader::HostKind::Function) return false;
  return true;
}

void Annotator::FamilyError(SourceLoc loc, const FamilyMember& a, const FamilyMember& b,
                            const std::string& what) {
  Diagnostic d(DiagKind::FamilyMismatch, loc, {a.name, b.name, what});
  d.Note(DiagKind::FamilyMemberHere, store_.graph(a.graph).loc, {a.name});
  if (b.graph != a.graph) d.Note(DiagKind::FamilyMemberHere, store_.graph(b.graph).loc, {b.name});
  Error(std::move(d));
}

AnnId Annotator::CallFamily(flow::BlockId b, const flow::Operation& op,
                            const std::vector<loader::HostId>& descs,
                            const std::vector<AnnId>& methods, CallTarget* target) {
  target->kind = CallTarget::Kind::Indirect;
  // The members' functions, with the receiver count, before any call: a
  // signature that differs is reported naming both members.
  struct Planned {
    loader::HostId func;
    AnnId method;  // the bound method, or invalid for a function
    FamilyMember member;
  };
  std::vector<Planned> plan;
  for (loader::HostId d : descs)
    plan.push_back({d, AnnId(), {GraphFor(d, op.loc), 0, host_.QualifiedName(d)}});
  for (AnnId m : methods) {
    const Annotation& bm = anns_.get(m);
    uint32_t c = anns_.get(bm.items[0]).classdef;
    uint32_t definer;
    loader::HostId f = LookupClassAttr(c, bm.name, &definer);
    if (!f.valid() || host_.Kind(f) != loader::HostKind::Function) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"method `" + bm.name + "`", "`" + classdefs_[c].name + "`"}));
      return anns_.impossible();
    }
    plan.push_back({f, m, {GraphFor(f, op.loc), 1, classdefs_[c].name + "." + bm.name}});
  }
  for (const Planned& p : plan)
    if (!p.member.graph.valid()) return anns_.impossible();
  auto arity = [&](const Planned& p) {
    const flow::Signature& sig = store_.graph(p.member.graph).signature;
    return sig.params.size() - p.member.offset;
  };
  for (const Planned& p : plan) {
    const flow::Signature& s0 = store_.graph(plan[0].member.graph).signature;
    const flow::Signature& s = store_.graph(p.member.graph).signature;
    if (arity(p) != arity(plan[0]) || (s.vararg >= 0) != (s0.vararg >= 0)) {
      FamilyError(op.loc, plan[0].member, p.member,
                  "`" + plan[0].member.name + "` takes " + Plural(arity(plan[0]), "argument") +
                      " and `" + p.member.name + "` takes " + Plural(arity(p), "argument"));
      return anns_.impossible();
    }
  }
  // An argument that a member's parameter cannot take: reported naming the
  // member and another one, before the member's own call would report it.
  std::vector<int> positional;
  if (!PositionalSources(op, &positional)) return anns_.impossible();
  for (const Planned& p : plan) {
    const flow::FunctionGraph& g = store_.graph(p.member.graph);
    const flow::Block& start = store_.block(g.startblock);
    for (uint32_t i = 0; i < positional.size() && i + p.member.offset < start.inputargs.size() &&
                         static_cast<int32_t>(i + p.member.offset) != g.signature.vararg;
         ++i) {
      AnnId param = binding(start.inputargs[i + p.member.offset]);
      AnnId arg = ArgAnnotation(op, positional[i]);
      if (anns_.CanMerge(param, arg)) continue;
      const Planned& other = &p == &plan[0] && plan.size() > 1 ? plan[1] : plan[0];
      FamilyError(op.loc, p.member, other.member,
                  "argument " + std::to_string(i + 1) + " of this call is `" + Describe(arg) +
                      "` and parameter `" + g.signature.params[i + p.member.offset] + "` of `" +
                      p.member.name + "` is `" + Describe(param) + "`");
      return anns_.impossible();
    }
  }
  std::vector<FamilyMember> members;
  std::vector<int> shared;  // the first member's argument map, without receivers
  for (const Planned& p : plan) {
    std::vector<int> map;
    std::vector<flow::GraphId> graphs;
    if (!p.method.valid()) {
      flow::GraphId g;
      CallMethodGraph(b, op, p.func, AnnId(), &g, &map);
      if (failed_) return anns_.impossible();
      graphs.push_back(g);
      target->impls.push_back({kNoClass, g});
    } else {
      CallTarget mt;
      AnnotateInstanceCall(b, op, p.method, &mt);
      if (failed_) return anns_.impossible();
      map = mt.arg_map;
      for (const auto& [cls, g] : mt.impls)
        if (std::find(graphs.begin(), graphs.end(), g) == graphs.end()) graphs.push_back(g);
      const Annotation& bm = anns_.get(p.method);
      bound_targets_[{anns_.get(bm.items[0]).classdef, bm.name}] = mt;
    }
    if (!target->graph.valid()) {
      target->graph = graphs[0];
      target->arg_map = map;
    }
    std::vector<int> args(map.begin() + p.member.offset, map.end());
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i] >= 0 || args[i] <= kStarItem) continue;
      const flow::Signature& sig = store_.graph(graphs[0]).signature;
      const Planned& other = &p == &plan[0] && plan.size() > 1 ? plan[1] : plan[0];
      FamilyError(op.loc, p.member, other.member,
                  "this call leaves parameter `" + sig.params[i + p.member.offset] + "` of `" +
                      p.member.name +
                      "` to its default (every function a value may hold must be called with "
                      "all its parameters, the same way)");
      return anns_.impossible();
    }
    if (members.empty()) shared = args;
    if (args != shared) {
      FamilyError(op.loc, plan[0].member, p.member,
                  "this call passes their arguments to different parameters");
      return anns_.impossible();
    }
    for (flow::GraphId g : graphs) members.push_back({g, p.member.offset, p.member.name});
  }
  families_[op.result.index] = {members, op.loc};
  return UnifyFamily(members, op.loc);
}

AnnId Annotator::UnifyFamily(const std::vector<FamilyMember>& members, SourceLoc loc) {
  auto start = [&](const FamilyMember& m) -> const flow::Block& {
    return store_.block(store_.graph(m.graph).startblock);
  };
  auto result_var = [&](const FamilyMember& m) {
    return store_.block(store_.graph(m.graph).returnblock).inputargs[0];
  };
  size_t nparams = start(members[0]).inputargs.size() - members[0].offset;
  std::vector<AnnId> params(nparams, anns_.impossible());
  std::vector<size_t> param_from(nparams, 0);  // the member that made params[p]
  AnnId result = anns_.impossible();
  size_t result_from = 0;
  for (size_t i = 0; i < members.size(); ++i) {
    const FamilyMember& m = members[i];
    for (size_t p = 0; p < nparams; ++p) {
      AnnId a = binding(start(m).inputargs[p + m.offset]);
      AnnId u = anns_.Union(params[p], a);
      if (anns_.get(u).kind == AnnKind::Object) {
        const FamilyMember& other = members[param_from[p]];
        FamilyError(loc, other, m,
                    "argument " + std::to_string(p + 1) + " is `" + Describe(params[p]) +
                        "` for `" + other.name + "` and `" + Describe(a) + "` for `" + m.name +
                        "`");
        return anns_.impossible();
      }
      if (params[p] == anns_.impossible()) param_from[p] = i;
      params[p] = u;
    }
    AnnId r = binding(result_var(m));
    AnnId u = anns_.Union(result, r);
    if (anns_.get(u).kind == AnnKind::Object) {
      const FamilyMember& other = members[result_from];
      FamilyError(loc, other, m,
                  "`" + other.name + "` returns `" + Describe(result) + "` and `" + m.name +
                      "` returns `" + Describe(r) + "`");
      return anns_.impossible();
    }
    if (result == anns_.impossible()) result_from = i;
    result = u;
  }
  for (const FamilyMember& m : members) {
    const flow::FunctionGraph& fg = store_.graph(m.graph);
    std::vector<AnnId> incoming;
    for (uint32_t r = 0; r < m.offset; ++r) incoming.push_back(binding(start(m).inputargs[r]));
    incoming.insert(incoming.end(), params.begin(), params.end());
    std::vector<SourceLoc> locs(incoming.size(), loc);
    std::string name = fg.name;
    MergeInputs(fg.startblock, incoming, locs, [&](size_t i) {
      return "argument " + std::to_string(i + 1) + " of `" + name + "`";
    });
    if (failed_) return anns_.impossible();
    flow::VarId rv = result_var(m);
    if (binding(rv) != result) {
      SetBinding(rv, result, loc);
      for (uint32_t caller : callers_[m.graph.index]) Schedule(flow::BlockId(caller));
    }
  }
  return result;
}

const CallTarget* Annotator::BoundMethodTarget(uint32_t classdef, const std::string& name) const {
  const CallTarget* best = nullptr;
  uint32_t best_class = kNoClass;
  for (const auto& [key, t] : bound_targets_) {
    if (key.second != name || !IsSubclassDef(classdef, key.first)) continue;
    if (best && !IsSubclassDef(key.first, best_class)) continue;
    best = &t;
    best_class = key.first;
  }
  return best;
}

}  // namespace rpyc::annotator
