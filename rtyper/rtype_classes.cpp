// Lowering of classes and instances: the class table (layouts, preorder
// numbering, method slots), instantiation, fields, method calls (direct
// when one implementation can run, through the vtable otherwise),
// super() and isinstance.
#include <functional>
#include <set>

#include "common/check.h"
#include "rtyper/rtyper.h"
#include "rtyper/value_family.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::CallTarget;
using annotator::kNoClass;

void RTyper::BuildClasses() {
  // The built-in exception classes come first (rtlib raises them by their
  // rpy_vt_<Name> vtables), then the program's classes.
  const auto& defs = ann_.classdefs();
  p_.classes.clear();
  for (size_t i = 0; i < kNumBuiltinExc; ++i) {
    LLClass c;
    c.name = BuiltinExcName(BuiltinExc(i));
    c.base = i == 0 ? -1 : static_cast<int32_t>(BuiltinExcParent(BuiltinExc(i)));
    c.builtin_exception = static_cast<int>(i);
    c.fields.push_back({"#message", types().str()});
    c.fields.push_back({"#repr_args", types().str()});
    p_.classes.push_back(c);
  }
  class_map_.assign(defs.size(), 0);
  for (size_t i = 0; i < defs.size(); ++i) {
    if (defs[i].builtin_exception >= 0) {
      class_map_[i] = static_cast<uint32_t>(defs[i].builtin_exception);
      continue;
    }
    class_map_[i] = static_cast<uint32_t>(p_.classes.size());
    p_.classes.push_back(LLClass{});
  }
  for (size_t i = 0; i < defs.size(); ++i) {
    if (defs[i].builtin_exception >= 0) continue;
    LLClass& c = p_.classes[class_map_[i]];
    c.name = defs[i].name;
    c.base = defs[i].base == kNoClass ? -1 : static_cast<int32_t>(class_map_[defs[i].base]);
    // Fields: the base's first (recursively), then our own, by name.
    std::vector<uint32_t> chain;
    for (uint32_t x = static_cast<uint32_t>(i); x != kNoClass; x = defs[x].base) chain.push_back(x);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      for (const auto& [name, info] : defs[*it].fields) {
        if (defs[*it].builtin_exception >= 0 && (name == "#message" || name == "#repr_args")) {
          c.fields.push_back({name, types().str()});
          continue;
        }
        RPYC_CHECK(defs[*it].builtin_exception < 0,
                   "fields on built-in exception classes are not supported: " + name);
        c.fields.push_back({name, TypeOf(info.ann)});
      }
      // Fields shadowing a class attribute that changes at run time
      // record whether the instance has its own value.
      for (const auto& [name, info] : defs[*it].fields)
        if (ShadowsMutableClassAttr(*it, name)) c.fields.push_back({"#has " + name, types().boolean()});
    }
  }
  // Preorder numbering of the whole class forest.
  std::vector<std::vector<uint32_t>> children(p_.classes.size());
  for (size_t i = 0; i < p_.classes.size(); ++i)
    if (p_.classes[i].base >= 0) children[p_.classes[i].base].push_back(static_cast<uint32_t>(i));
  int32_t next = 0;
  std::function<void(uint32_t)> number = [&](uint32_t c) {
    p_.classes[c].class_id = next++;
    for (uint32_t s : children[c]) number(s);
    p_.classes[c].class_max = next - 1;
  };
  for (size_t i = 0; i < p_.classes.size(); ++i)
    if (p_.classes[i].base < 0) number(static_cast<uint32_t>(i));
}

bool RTyper::ShadowsMutableClassAttr(uint32_t owner, const std::string& name) {
  if (name[0] == '#') return false;
  std::vector<uint32_t> classes;
  ann_.SubtreeOf(owner, &classes);
  for (uint32_t c : classes) {
    loader::HostId d = ann_.ClassAttrDefiner(c, name);
    if (d.valid() && ann_.IsClassDataAttr(c, name) && ann_.ClassAttrMutated(d, name)) return true;
  }
  return false;
}

uint32_t RTyper::FieldIndex(uint32_t c, const std::string& name, uint32_t* owner) {
  uint32_t def = ann_.FieldOwner(c, name);
  RPYC_CHECK(def != kNoClass, "field without an owner: " + name);
  *owner = LLClassOf(def);
  const LLClass& oc = p_.classes[*owner];
  for (size_t i = 0; i < oc.fields.size(); ++i)
    if (oc.fields[i].first == name) return static_cast<uint32_t>(i);
  RPYC_UNREACHABLE("field not in its owner's layout: " + name);
}

uint32_t RTyper::HasFlagIndex(uint32_t llclass, const std::string& name) {
  const LLClass& c = p_.classes[llclass];
  for (size_t i = 0; i < c.fields.size(); ++i)
    if (c.fields[i].first == "#has " + name) return static_cast<uint32_t>(i);
  return kNoClass;
}

uint32_t RTyper::MethodSlot(uint32_t c, const std::string& name) {
  // One slot per (root class, method name).
  uint32_t root = c;
  while (ann_.classdef(root).base != kNoClass) root = ann_.classdef(root).base;
  auto key = std::make_pair(root, name);
  auto it = slots_.find(key);
  if (it != slots_.end()) return it->second;
  uint32_t slot = p_.num_slots++;
  slots_[key] = slot;
  return slot;
}

LLValue RTyper::EmitNewInstance(uint32_t classdef) {
  uint32_t cls = LLClassOf(classdef);
  LLValue obj = Emit(LLOpKind::malloc_instance, {}, types().ptr(), cls);
  // Class-level constants that are also fields are their initial values.
  const LLClass& c = p_.classes[cls];
  for (size_t i = 0; i < c.fields.size(); ++i) {
    if (c.fields[i].first[0] == '#') continue;
    if (ShadowsMutableClassAttr(ann_.FieldOwner(classdef, c.fields[i].first), c.fields[i].first))
      continue;  // read from the class until the instance sets it
    uint32_t definer;
    loader::HostId v = ann_.LookupClassAttr(classdef, c.fields[i].first, &definer);
    if (!v.valid() || ann_.host().Kind(v) == loader::HostKind::Function) continue;
    LLValue cv = ConvertTo(ann_.store().NewConst(v), c.fields[i].second);
    Emit(LLOpKind::inst_setfield, {obj, cv}, types().void_(), cls, static_cast<uint32_t>(i));
  }
  return obj;
}

LLValue RTyper::LowerClassCall(const flow::Operation& op, const CallTarget& t) {
  LLValue obj = EmitNewInstance(t.classdef);
  if (ann_.classdef(t.classdef).is_exception) {
    // str(exc) is str(the argument), the repr of the argument tuple, or
    // '' (NULL) without one.
    const flow::CallShape& shape = ann_.store().call_shape(op.shape);
    if (shape.positional >= 1 && !ann_.ExceptionInitSetsMessage(t.classdef)) {
      Emit(LLOpKind::inst_setfield, {obj, ExceptionMessage(*this, op, 1, t.classdef)},
           types().void_(), 0, 0);
      SetExceptionReprArgs(*this, op, 1, obj);
    }
  }
  if (t.graph.valid()) EmitGraphCall(op, t.graph, t.arg_map, obj);
  return obj;
}

LLValue RTyper::CallArg(const flow::Operation& op, int source, LLTypeId want) {
  if (source >= 0) return ConvertTo(op.args[static_cast<size_t>(source)], want);
  // Item k of the tuple `f(*t)` spreads (the last positional argument).
  const flow::CallShape& shape = ann_.store().call_shape(op.shape);
  flow::Value t = op.args[shape.positional];
  annotator::AnnId ta = ann_.annotation(t);
  auto k = static_cast<uint32_t>(annotator::kStarItem - source);
  LLValue tuple = Convert(t);
  LLTypeId field = types().get(p_.TypeOf(tuple)).fields[k];
  LLValue item = types().kind(field) == LLKind::Void ? p_.Void()
                                                     : Emit(LLOpKind::getfield, {tuple}, field, k);
  return ConvertLL(item, ann_.anns().get(ta).items[k], want);
}

LLValue RTyper::EmitGraphCall(const flow::Operation& op, flow::GraphId graph,
                              const std::vector<int>& arg_map, LLValue self) {
  const flow::FunctionGraph& fg = ann_.store().graph(graph);
  const flow::Block& start = ann_.store().block(fg.startblock);
  std::vector<LLValue> args;
  if (LLValue env = EnvArg(op, graph); env.valid()) args.push_back(env);
  size_t nparams = fg.signature.params.size();
  for (size_t p = 0; p < nparams; ++p) {
    LLTypeId want = TypeOf(ann_.binding(start.inputargs[p]));
    if (arg_map[p] == -3) {
      args.push_back(types().kind(want) == LLKind::Void ? p_.Void() : self);
      continue;
    }
    if (arg_map[p] == annotator::kClosureDefault) {
      // A run-time default, carried by the closure called.
      args.push_back(ClosureField(ConvertTo(op.args[0], types().closure()), fg.function,
                                  "#default:" + fg.signature.params[p]));
      continue;
    }
    if (arg_map[p] == annotator::kVarargTuple) {
      // *args: a tuple of the extra positional arguments, whose indices
      // follow the per-parameter entries of the map.
      LLValue t = Emit(LLOpKind::malloc_tuple, {}, want);
      const std::vector<LLTypeId> fields = types().get(want).fields;
      for (size_t i = nparams; i < arg_map.size(); ++i)
        Emit(LLOpKind::setfield, {t, CallArg(op, arg_map[i], fields[i - nparams])},
             types().void_(), static_cast<uint32_t>(i - nparams));
      args.push_back(t);
      continue;
    }
    if (arg_map[p] != -1) {
      args.push_back(CallArg(op, arg_map[p], want));
      continue;
    }
    args.push_back(ConvertTo(flow::Value(ann_.store().NewConst(fg.signature.defaults[p])), want));
  }
  LLTypeId result = TypeOf(ann_.binding(ann_.store().block(fg.returnblock).inputargs[0]));
  return Emit(LLOpKind::direct_call, std::move(args), result, GraphOf(graph).index);
}

LLValue RTyper::EmitSpecial(const flow::Operation& op, int slot) {
  const annotator::SpecialCall* sc = ann_.special_call(op.result, slot);
  if (!sc) return LLValue();
  // The string form of an instance that may be None.
  if ((sc->name == annotator::kStrForm || sc->name == "__repr__") &&
      ann_.anns().get(ann_.annotation(sc->args[0])).can_be_none)
    return InstanceStrForm(*this, Convert(sc->args[0]), ann_.annotation(sc->args[0]), sc->name);
  flow::Operation fake;
  fake.kind = flow::OpKind::call;
  fake.args = sc->args;
  fake.result = op.result;
  fake.loc = op.loc;
  fake.shape = sc->shape;
  return LowerInstanceCall(fake, sc->target, TypeOf(sc->result));
}

LLValue RTyper::LowerInstanceCall(const flow::Operation& op, const CallTarget& t,
                                  LLTypeId rtype_override) {
  LLTypeId rtype = rtype_override.valid() ? rtype_override : TypeOf(ann_.binding(op.result));
  if (t.method == "__exc_init_explicit__") {
    // BaseException.__init__(self[, msg]) called explicitly.
    uint32_t cls = ann_.anns().get(ann_.annotation(op.args[1])).classdef;
    LLValue msg = ExceptionMessage(*this, op, 2, cls);
    Emit(LLOpKind::inst_setfield, {Convert(op.args[1]), msg}, types().void_(), 0, 0);
    SetExceptionReprArgs(*this, op, 2, Convert(op.args[1]));
    return p_.Void();
  }
  if (t.kind == CallTarget::Kind::SuperCall && t.method.empty() && !t.graph.valid())
    return p_.Void();  // object.__init__
  LLValue self = Convert(op.args[0]);  // a bound method's value is its receiver
  if (t.kind == CallTarget::Kind::SuperCall) {
    if (t.method == "__exc_init__") {
      // BaseException.__init__(self, msg): the message is str(msg).
      // The class: that of the super() receiving the call.
      const annotator::Annotation& m = ann_.anns().get(ann_.annotation(op.args[0]));
      LLValue msg = ExceptionMessage(*this, op, 1, ann_.anns().get(m.items[0]).classdef);
      Emit(LLOpKind::inst_setfield, {self, msg}, types().void_(), 0, 0);
      SetExceptionReprArgs(*this, op, 1, self);
      return p_.Void();
    }
    if (!t.graph.valid()) return p_.Void();
    return EmitGraphCall(op, t.graph, t.arg_map, self);
  }
  LLValue call = EmitGraphCall(op, t.impls[0].second, t.arg_map, self);
  return DispatchLastCall(t, call, rtype);
}

LLValue RTyper::DispatchLastCall(const CallTarget& t, LLValue call, LLTypeId rtype) {
  bool single = true;
  for (const auto& [cls, g] : t.impls) single = single && g == t.impls[0].second;
  std::vector<uint32_t> subtree;
  ann_.SubtreeOf(t.classdef, &subtree);
  std::set<uint32_t> implemented;
  for (const auto& [cls, g] : t.impls) implemented.insert(cls);
  single = single && implemented.size() == subtree.size();
  if (single) return call;
  // Dynamic dispatch: every class of the subtree gets its implementation
  // in the slot (a stub raising AttributeError where it has none).
  uint32_t slot = MethodSlot(t.classdef, t.method);
  for (const auto& [cls, g] : t.impls) p_.classes[LLClassOf(cls)].slots[slot] = GraphOf(g);
  for (uint32_t c : subtree)
    if (!implemented.count(c))
      p_.classes[LLClassOf(c)].slots[slot] = MissingMethodGraph(c, t.method, call, rtype);
  // Turn the direct call into a vtable call with the same arguments and
  // the family's result type.
  LLOp& last = p_.block(cur_block_).ops.back();
  RPYC_CHECK(last.kind == LLOpKind::direct_call, "expected the call just emitted");
  last.kind = LLOpKind::vtable_call;
  last.aux2 = slot;
  p_.var(last.result).type = rtype;
  return call;
}

LLGraphId RTyper::MissingMethodGraph(uint32_t classdef, const std::string& name, LLValue call,
                                     LLTypeId rtype) {
  // The stub takes the arguments of the call just emitted.
  const LLOp& last = p_.block(cur_block_).ops.back();
  std::vector<LLVarId> params;
  for (LLValue a : last.args) params.push_back(p_.NewVar(p_.TypeOf(a)));
  const std::string& cname = ann_.classdef(classdef).name;
  LLGraphId id = p_.NewGraph("missing_" + cname + "_" + name + "_" + std::to_string(p_.num_graphs()));
  LLGraph& g = p_.graph(id);
  g.python_name = name;
  g.params = params;
  g.result = rtype;
  g.loc = op_ ? op_->loc : SourceLoc();
  g.startblock = p_.NewBlock(id, params);
  g.returnblock = p_.NewBlock(id, {p_.NewVar(rtype)});
  LLGraphId saved_graph = cur_graph_;
  LLBlockId saved_block = cur_block_;
  cur_graph_ = id;
  cur_block_ = g.startblock;
  EmitRaiseIf(p_.Bool(true), BuiltinExc::AttributeError,
              "'" + cname + "' object has no attribute '" + name + "'");
  p_.NewLink(cur_block_, p_.graph(id).returnblock, {p_.Zero(rtype)}, LLExit::None);
  cur_graph_ = saved_graph;
  cur_block_ = saved_block;
  (void)call;
  return id;
}

LLValue RTyper::LowerInstanceAttr(const flow::Operation& op) {
  const annotator::Annotation& o = ann_.anns().get(ann_.annotation(op.args[0]));
  std::string name = ann_.host().AsStr(ann_.store().cst(op.args[1].cst()).value);
  LLValue obj = Convert(op.args[0]);
  if (op.kind == flow::OpKind::setattr) {
    uint32_t owner;
    uint32_t idx = FieldIndex(o.classdef, name, &owner);
    LLValue v = ConvertTo(op.args[2], p_.classes[owner].fields[idx].second);
    Emit(LLOpKind::inst_setfield, {obj, v}, types().void_(), owner, idx);
    uint32_t flag = HasFlagIndex(owner, name);
    if (flag != kNoClass)
      Emit(LLOpKind::inst_setfield, {obj, p_.Bool(true)}, types().void_(), owner, flag);
    return p_.Void();
  }
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  const annotator::Annotation& r = ann_.anns().get(ann_.binding(op.result));
  if (o.kind == AnnKind::Super || r.kind == AnnKind::BuiltinMethod) return obj;
  if (name == "__class__")
    return types().kind(rtype) == LLKind::Void ? p_.Void()
                                               : Emit(LLOpKind::inst_vtable, {obj}, rtype);
  if (name == "args" && ann_.classdef(o.classdef).is_exception && r.kind == AnnKind::Tuple &&
      ann_.FieldOwner(o.classdef, name) == kNoClass) {
    // e.args (annotate_excargs.cpp): `(str(e),)` or `()`, rebuilt from the
    // message, field 0 of BaseException's layout.
    LLValue t = Emit(LLOpKind::malloc_tuple, {}, rtype);
    if (!r.items.empty()) {
      LLValue msg = Emit(LLOpKind::inst_getfield, {obj}, types().str(), 0, 0);
      Emit(LLOpKind::setfield, {t, msg}, types().void_(), 0);
    }
    return t;
  }
  if (ann_.FieldOwner(o.classdef, name) != kNoClass) {
    uint32_t owner;
    uint32_t idx = FieldIndex(o.classdef, name, &owner);
    LLValue own = Emit(LLOpKind::inst_getfield, {obj}, rtype, owner, idx);
    uint32_t flag = HasFlagIndex(owner, name);
    if (flag == kNoClass) return own;
    LLValue has = Emit(LLOpKind::inst_getfield, {obj}, types().boolean(), owner, flag);
    std::vector<uint32_t> classes;
    ann_.SubtreeOf(o.classdef, &classes);
    LLValue from_class = ReadClassAttr(classes, name, obj, true, rtype);
    return Emit(LLOpKind::select, {has, own, from_class}, rtype);
  }
  // A staticmethod seen as a function constant, or a class attribute.
  if (r.kind == AnnKind::PBC) return p_.Void();
  std::vector<uint32_t> classes;
  ann_.SubtreeOf(o.classdef, &classes);
  return ReadClassAttr(classes, name, obj, true, rtype);
}

LLValue RTyper::LowerIsInstance(const flow::Operation& op) {
  LLValue x = Convert(op.args[1]);
  std::vector<loader::HostId> classes = ann_.ClassInfoClasses(ann_.annotation(op.args[2]));
  const annotator::Annotation& xa = ann_.anns().get(ann_.annotation(op.args[1]));
  loader::Host& h = ann_.host();
  if (xa.kind != AnnKind::Instance) {
    // A non-instance value: decided by its type, at translation time.
    bool result = false;
    for (loader::HostId d : classes) {
      auto k = xa.kind;
      result = result || (k == AnnKind::Int && (h.Is(d, "builtins", "int"))) ||
               (k == AnnKind::Bool && (h.Is(d, "builtins", "bool") || h.Is(d, "builtins", "int"))) ||
               (k == AnnKind::Float && h.Is(d, "builtins", "float")) ||
               (k == AnnKind::Str && h.Is(d, "builtins", "str")) ||
               (k == AnnKind::List && h.Is(d, "builtins", "list")) ||
               (k == AnnKind::Dict && h.Is(d, "builtins", "dict")) ||
               (k == AnnKind::Set && h.Is(d, "builtins", xa.name.empty() ? "set" : "frozenset")) ||
               (k == AnnKind::Tuple && h.Is(d, "builtins", "tuple")) ||
               (k == AnnKind::None && h.Is(d, "builtins", "NoneType"));
    }
    return p_.Bool(result);
  }
  // The classes x may have that are subclasses of a wanted class (a
  // mixin is not in the primary class tree): a range check for each whose
  // base is not one already.
  std::vector<uint32_t> sub;
  ann_.SubtreeOf(xa.classdef, &sub);
  std::vector<uint32_t> ancestors;
  for (uint32_t a = ann_.classdef(xa.classdef).base; a != kNoClass; a = ann_.classdef(a).base)
    ancestors.push_back(a);
  auto matches = [&](uint32_t c) {
    for (loader::HostId d : classes)
      if (h.IsClass(d) && h.IsSubclass(ann_.classdef(c).cls, d)) return true;
    return false;
  };
  for (uint32_t a : ancestors)
    if (matches(a)) sub = {xa.classdef};  // every class x may have matches
  LLValue any;
  for (uint32_t c : sub) {
    uint32_t base = ann_.classdef(c).base;
    if (!matches(c) || (c != xa.classdef && base != kNoClass && matches(base))) continue;
    LLValue r = Emit(LLOpKind::isinstance, {x}, types().boolean(), LLClassOf(c));
    any = any.valid() ? Emit(LLOpKind::int_or, {any, r}, types().boolean()) : r;
  }
  return any.valid() ? any : p_.Bool(false);
}

LLValue RTyper::LowerIsSubclass(const flow::Operation& op) {
  loader::Host& h = ann_.host();
  const annotator::Annotation a = ann_.anns().get(ann_.annotation(op.args[1]));
  const annotator::Annotation b = ann_.anns().get(ann_.annotation(op.args[2]));
  std::vector<loader::HostId> bs = ann_.ClassInfoClasses(ann_.annotation(op.args[2]));
  if (b.kind == AnnKind::PBC && b.descs.size() > 1) {
    // Both run-time class values: a range check on the class tree, valid
    // when Python's answer follows the primary bases for every pair.
    for (loader::HostId x : a.descs)
      for (loader::HostId y : b.descs)
        if (h.IsSubclass(x, y) != ann_.IsSubclassDef(ann_.GetClassDef(x), ann_.GetClassDef(y))) {
          Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                           {"issubclass()", "class values whose classes have mixins"}));
          return p_.Void();
        }
    return Emit(LLOpKind::class_issubclass, {ClassValue(op.args[1]), Convert(op.args[2])},
                types().boolean());
  }
  // Known classes: `a` is one of the classes for which Python says yes.
  std::vector<loader::HostId> yes;
  for (loader::HostId x : a.descs)
    for (loader::HostId d : bs)
      if (h.IsSubclass(x, d)) {
        yes.push_back(x);
        break;
      }
  if (yes.size() == a.descs.size()) return p_.Bool(true);
  if (yes.empty()) return p_.Bool(false);
  LLValue vt = Convert(op.args[1]);
  LLValue any;
  for (loader::HostId x : yes) {
    LLValue r = Emit(LLOpKind::ptr_eq, {vt, ClassAddress(ann_.GetClassDef(x))}, types().boolean());
    any = any.valid() ? Emit(LLOpKind::int_or, {any, r}, types().boolean()) : r;
  }
  return any;
}

}  // namespace rpyc::rtyper
