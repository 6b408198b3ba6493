// Lowering of classes and instances: the class table (layouts, preorder
// numbering, method slots), instantiation, fields, method calls (direct
// when one implementation can run, through the vtable otherwise),
// super() and isinstance.
#include <functional>

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
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
      for (const auto& [name, info] : defs[*it].fields) {
        if (defs[*it].builtin_exception >= 0 && name == "#message") {
          c.fields.push_back({name, types().str()});
          continue;
        }
        RPYC_CHECK(defs[*it].builtin_exception < 0,
                   "fields on built-in exception classes are not supported: " + name);
        c.fields.push_back({name, TypeOf(info.ann)});
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

uint32_t RTyper::FieldIndex(uint32_t c, const std::string& name, uint32_t* owner) {
  uint32_t def = ann_.FieldOwner(c, name);
  RPYC_CHECK(def != kNoClass, "field without an owner: " + name);
  *owner = LLClassOf(def);
  const LLClass& oc = p_.classes[*owner];
  for (size_t i = 0; i < oc.fields.size(); ++i)
    if (oc.fields[i].first == name) return static_cast<uint32_t>(i);
  RPYC_UNREACHABLE("field not in its owner's layout: " + name);
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

LLValue RTyper::LowerClassCall(const flow::Operation& op, const CallTarget& t) {
  uint32_t cls = LLClassOf(t.classdef);
  LLValue obj = Emit(LLOpKind::malloc_instance, {}, types().ptr(), cls);
  // Class-level constants that are also fields are their initial values.
  const LLClass& c = p_.classes[cls];
  for (size_t i = 0; i < c.fields.size(); ++i) {
    if (c.fields[i].first[0] == '#') continue;
    uint32_t definer;
    loader::HostId v = ann_.LookupClassAttr(t.classdef, c.fields[i].first, &definer);
    if (!v.valid() || ann_.host().Kind(v) == loader::HostKind::Function) continue;
    LLValue cv = ConvertTo(ann_.store().NewConst(v), c.fields[i].second);
    Emit(LLOpKind::inst_setfield, {obj, cv}, types().void_(), cls, static_cast<uint32_t>(i));
  }
  if (ann_.classdef(t.classdef).is_exception) {
    // str(exc) is str(the argument), the repr of the argument tuple, or
    // '' (NULL) without one.
    const flow::CallShape& shape = ann_.store().call_shape(op.shape);
    if (shape.positional >= 1 && !ann_.ExceptionInitSetsMessage(t.classdef))
      Emit(LLOpKind::inst_setfield, {obj, ExceptionMessage(*this, op, 1, t.classdef)},
           types().void_(), 0, 0);
  }
  if (t.graph.valid()) EmitGraphCall(op, t.graph, t.arg_map, obj);
  return obj;
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
      args.push_back(ClosureField(ConvertTo(op.args[0], types().ptr()), fg.function,
                                  "#default:" + fg.signature.params[p]));
      continue;
    }
    if (arg_map[p] == annotator::kVarargTuple) {
      // *args: a tuple of the extra positional arguments, whose indices
      // follow the per-parameter entries of the map.
      LLValue t = Emit(LLOpKind::malloc_tuple, {}, want);
      const std::vector<LLTypeId> fields = types().get(want).fields;
      for (size_t i = nparams; i < arg_map.size(); ++i)
        Emit(LLOpKind::setfield,
             {t, ConvertTo(op.args[static_cast<size_t>(arg_map[i])], fields[i - nparams])},
             types().void_(), static_cast<uint32_t>(i - nparams));
      args.push_back(t);
      continue;
    }
    flow::Value v = arg_map[p] >= 0 ? op.args[static_cast<size_t>(arg_map[p])]
                                    : flow::Value(ann_.store().NewConst(fg.signature.defaults[p]));
    args.push_back(ConvertTo(v, want));
  }
  LLTypeId result = TypeOf(ann_.binding(ann_.store().block(fg.returnblock).inputargs[0]));
  return Emit(LLOpKind::direct_call, std::move(args), result, GraphOf(graph).index);
}

LLValue RTyper::EmitSpecial(const flow::Operation& op, int slot) {
  const annotator::SpecialCall* sc = ann_.special_call(op.result, slot);
  if (!sc) return LLValue();
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
      return p_.Void();
    }
    if (!t.graph.valid()) return p_.Void();
    return EmitGraphCall(op, t.graph, t.arg_map, self);
  }
  bool single = true;
  for (const auto& [cls, g] : t.impls) single = single && g == t.impls[0].second;
  if (single) return EmitGraphCall(op, t.impls[0].second, t.arg_map, self);
  // Dynamic dispatch: every class of the subtree gets its implementation
  // in the slot.
  uint32_t slot = MethodSlot(t.classdef, t.method);
  for (const auto& [cls, g] : t.impls) p_.classes[LLClassOf(cls)].slots[slot] = GraphOf(g);
  LLValue call = EmitGraphCall(op, t.impls[0].second, t.arg_map, self);
  // Turn the direct call into a vtable call with the same arguments and
  // the family's result type.
  LLOp& last = p_.block(cur_block_).ops.back();
  RPYC_CHECK(last.kind == LLOpKind::direct_call, "expected the call just emitted");
  last.kind = LLOpKind::vtable_call;
  last.aux2 = slot;
  p_.var(last.result).type = rtype;
  return call;
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
    return p_.Void();
  }
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  const annotator::Annotation& r = ann_.anns().get(ann_.binding(op.result));
  if (o.kind == AnnKind::Super || r.kind == AnnKind::BuiltinMethod) return obj;
  if (ann_.FieldOwner(o.classdef, name) != kNoClass) {
    uint32_t owner;
    uint32_t idx = FieldIndex(o.classdef, name, &owner);
    return Emit(LLOpKind::inst_getfield, {obj}, rtype, owner, idx);
  }
  // A class-level constant (the same in the whole subtree, or a
  // staticmethod seen as a function constant).
  uint32_t definer;
  loader::HostId v = ann_.LookupClassAttr(o.classdef, name, &definer);
  if (r.kind == AnnKind::PBC) return p_.Void();
  std::vector<uint32_t> classes;
  ann_.SubtreeOf(o.classdef, &classes);
  for (uint32_t s : classes) {
    uint32_t d;
    loader::HostId w = ann_.LookupClassAttr(s, name, &d);
    if (w.valid() && !ann_.host().Identical(w, v)) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"reading class attribute `" + name + "` overridden in subclasses",
                        "an instance (not supported yet)"}));
      return p_.Void();
    }
  }
  return ConvertTo(ann_.store().NewConst(v), rtype);
}

LLValue RTyper::LowerIsInstance(const flow::Operation& op) {
  LLValue x = Convert(op.args[1]);
  const annotator::Annotation& c = ann_.anns().get(ann_.annotation(op.args[2]));
  const annotator::Annotation& xa = ann_.anns().get(ann_.annotation(op.args[1]));
  if (xa.kind != AnnKind::Instance) {
    // A non-instance value: decided by its type, at translation time.
    bool result = false;
    for (loader::HostId d : c.descs) {
      auto k = xa.kind;
      loader::Host& h = ann_.host();
      result = result || (k == AnnKind::Int && (h.Is(d, "builtins", "int"))) ||
               (k == AnnKind::Bool && (h.Is(d, "builtins", "bool") || h.Is(d, "builtins", "int"))) ||
               (k == AnnKind::Float && h.Is(d, "builtins", "float")) ||
               (k == AnnKind::Str && h.Is(d, "builtins", "str")) ||
               (k == AnnKind::List && h.Is(d, "builtins", "list"));
    }
    return p_.Bool(result);
  }
  LLValue any;
  for (loader::HostId d : c.descs) {
    if (ann_.host().Kind(d) != loader::HostKind::Class && ann_.BuiltinExceptionIndex(d) < 0)
      continue;
    uint32_t cls = LLClassOf(ann_.GetClassDef(d));
    LLValue r = Emit(LLOpKind::isinstance, {x}, types().boolean(), cls);
    any = any.valid() ? Emit(LLOpKind::int_or, {any, r}, types().boolean()) : r;
  }
  return any.valid() ? any : p_.Bool(false);
}

}  // namespace rpyc::rtyper
