// Lowering of classes as values: a value that may be one of several
// classes is a pointer to the class's vtable (one known class needs no
// run-time value). Class attributes, classmethod calls, calling a class
// value, type(x) and issubclass.
//
// Class attributes. An attribute that the program never assigns and that
// resolves to the same class dictionary entry wherever it is read is a
// constant. Otherwise each defining class gets a global cell (an LLGlobal,
// initialized statically); assignments store into the cell of the class
// they name; a read that may see several definitions (through an instance
// or a class value of a subtree where subclasses override it) loads the
// cell address from a vtable slot, as RPython stores class attributes in
// its class records.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::CallTarget;
using annotator::kNoClass;

LLValue RTyper::ClassAddress(uint32_t classdef) {
  LLConst k{types().ptr()};
  k.i = LLConst::kClassVtable;
  k.cls = static_cast<int32_t>(LLClassOf(classdef));
  return LLValue::Const(p_.NewConst(k));
}

LLValue RTyper::ClassValue(flow::Value v) {
  const annotator::Annotation& a = ann_.anns().get(ann_.annotation(v));
  if (a.kind == AnnKind::Instance) return Emit(LLOpKind::inst_vtable, {Convert(v)}, types().ptr());
  if (a.kind == AnnKind::PBC && a.descs.size() == 1)
    return ClassAddress(ann_.GetClassDef(a.descs[0]));
  return Convert(v);
}

uint32_t RTyper::ClassAttrCell(loader::HostId definer, const std::string& name, LLTypeId type) {
  auto key = std::make_pair(definer.index, name);
  auto it = cells_.find(key);
  if (it != cells_.end()) {
    RPYC_CHECK(p_.globals[it->second].type == type, "class attribute cell with two types: " + name);
    return it->second;
  }
  loader::HostId v = ann_.host().ClassDictGet(definer, name);
  LLValue init = ConvertTo(ann_.store().NewConst(v), type);
  if (!init.is_const()) {
    Error(Diagnostic(DiagKind::UnsupportedConstant, op_ ? op_->loc : SourceLoc(),
                     {ann_.host().Repr(v) + " as a class attribute that changes or is overridden "
                                            "(it must be a number, string, None or list)"}));
    return 0;
  }
  LLGlobal g;
  g.name = "rpy_cattr_" + ann_.host().QualifiedName(definer) + "_" + name;
  g.type = type;
  g.init = init.cst();
  p_.globals.push_back(g);
  uint32_t id = static_cast<uint32_t>(p_.globals.size() - 1);
  cells_[key] = id;
  return id;
}

// Reads class attribute `name` for the classes `classes` (the possible
// classes of `x`, an instance when `is_instance`, else a class value).
LLValue RTyper::ReadClassAttr(const std::vector<uint32_t>& classes, const std::string& name,
                              LLValue x, bool is_instance, LLTypeId rtype) {
  loader::Host& host = ann_.host();
  loader::HostId first = ann_.ClassAttrDefiner(classes[0], name);
  bool same = true;
  for (uint32_t c : classes) same = same && host.Identical(ann_.ClassAttrDefiner(c, name), first);
  LLTypeId cell_type = TypeOf(ann_.ClassAttrAnnotation(classes[0], name));
  LLValue v;
  if (same && !ann_.ClassAttrMutated(first, name)) {
    return ConvertTo(ann_.store().NewConst(host.ClassDictGet(first, name)), rtype);
  } else if (same) {
    v = Emit(LLOpKind::global_get, {}, cell_type, ClassAttrCell(first, name, cell_type));
  } else {
    // Every class of the hierarchy points its slot at its definer's cell.
    uint32_t root = ann_.RootOf(classes[0]);
    uint32_t slot = MethodSlot(root, "#attr " + name);
    std::vector<uint32_t> all;
    ann_.SubtreeOf(root, &all);
    for (uint32_t c : all) {
      loader::HostId d = ann_.ClassAttrDefiner(c, name);
      if (d.valid()) p_.classes[LLClassOf(c)].attr_slots[slot] = ClassAttrCell(d, name, cell_type);
    }
    v = Emit(LLOpKind::vtable_attr, {x}, cell_type, slot, is_instance ? 1 : 0);
  }
  if (cell_type == rtype) return v;
  // The read's annotation is the hierarchy's; only None -> nullable differs.
  RPYC_CHECK(types().kind(cell_type) == LLKind::Void, "class attribute of another representation");
  LLConst null{rtype};
  null.i = -1;
  return LLValue::Const(p_.NewConst(null));
}

// getattr/setattr on a class value.
LLValue RTyper::LowerClassAttr(const flow::Operation& op) {
  const annotator::Annotation c = ann_.anns().get(ann_.annotation(op.args[0]));
  std::string name = ann_.host().AsStr(ann_.store().cst(op.args[1].cst()).value);
  std::vector<uint32_t> classes;
  for (loader::HostId d : c.descs) classes.push_back(ann_.GetClassDef(d));
  if (op.kind == flow::OpKind::setattr) {
    LLTypeId t = TypeOf(ann_.ClassAttrAnnotation(classes[0], name));
    uint32_t cell = ClassAttrCell(c.descs[0], name, t);
    Emit(LLOpKind::global_set, {ConvertTo(op.args[2], t)}, types().void_(), cell);
    return p_.Void();
  }
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  const annotator::Annotation& r = ann_.anns().get(ann_.binding(op.result));
  if (r.kind == AnnKind::BuiltinMethod) return Convert(op.args[0]);  // a bound classmethod
  if (r.kind == AnnKind::PBC) return p_.Void();  // a function or class: a constant
  if (name == "__name__") {
    if (classes.size() == 1) return p_.Str(ann_.classdef(classes[0]).name);
    return Emit(LLOpKind::class_name, {Convert(op.args[0])}, types().str());
  }
  LLValue x = classes.size() == 1 ? LLValue() : Convert(op.args[0]);
  return ReadClassAttr(classes, name, x, false, rtype);
}

LLValue RTyper::LowerClassMethodCall(const flow::Operation& op, const CallTarget& t) {
  const flow::FunctionGraph& fg = ann_.store().graph(t.graph);
  LLTypeId want = TypeOf(ann_.binding(ann_.store().block(fg.startblock).inputargs[0]));
  LLValue self = p_.Void();
  if (types().kind(want) != LLKind::Void) {
    // The receiver's class: the bound method's value is its receiver.
    const annotator::Annotation& m = ann_.anns().get(ann_.annotation(op.args[0]));
    const annotator::Annotation& recv = ann_.anns().get(m.items[0]);
    LLValue r = Convert(op.args[0]);
    if (recv.kind == AnnKind::Instance) self = Emit(LLOpKind::inst_vtable, {r}, types().ptr());
    else if (recv.descs.size() == 1) self = ClassAddress(ann_.GetClassDef(recv.descs[0]));
    else self = r;
  }
  return EmitGraphCall(op, t.graph, t.arg_map, self);
}

// A constructor for class `classdef` taking __init__'s arguments after
// self: allocates, sets field defaults, calls __init__, returns the
// instance. Called through the vtable slot "#new" by class-family calls.
LLGraphId RTyper::ConstructorGraph(uint32_t classdef, flow::GraphId init) {
  auto it = ctor_graphs_.find(classdef);
  if (it != ctor_graphs_.end()) return it->second;
  LLGraphId saved_graph = cur_graph_;
  LLBlockId saved_block = cur_block_;
  const std::string& name = ann_.classdef(classdef).name;
  LLGraphId id = p_.NewGraph("new_" + name + "_" + std::to_string(p_.num_graphs()));
  ctor_graphs_[classdef] = id;
  std::vector<LLVarId> params;
  if (init.valid()) {
    const flow::Block& start = ann_.store().block(ann_.store().graph(init).startblock);
    for (size_t i = 1; i < start.inputargs.size(); ++i)
      params.push_back(p_.NewVar(TypeOf(ann_.binding(start.inputargs[i]))));
  }
  LLGraph& g = p_.graph(id);
  g.python_name = name;
  g.params = params;
  g.result = types().ptr();
  g.startblock = p_.NewBlock(id, params);
  g.returnblock = p_.NewBlock(id, {p_.NewVar(types().ptr())});
  cur_graph_ = id;
  cur_block_ = p_.graph(id).startblock;
  LLValue obj = EmitNewInstance(classdef);
  if (init.valid()) {
    std::vector<LLValue> args{obj};
    for (LLVarId v : params) args.push_back(LLValue::Var(v));
    const flow::FunctionGraph& fg = ann_.store().graph(init);
    LLTypeId result = TypeOf(ann_.binding(ann_.store().block(fg.returnblock).inputargs[0]));
    Emit(LLOpKind::direct_call, std::move(args), result, GraphOf(init).index);
  }
  p_.NewLink(cur_block_, p_.graph(id).returnblock, {obj}, LLExit::None);
  cur_graph_ = saved_graph;
  cur_block_ = saved_block;
  return id;
}

LLValue RTyper::LowerClassFamilyCall(const flow::Operation& op, const CallTarget& t) {
  LLValue vt = Convert(op.args[0]);
  uint32_t slot = MethodSlot(t.classdef, "#new");
  LLGraphId rep;
  for (const auto& [cls, init] : t.impls) {
    LLGraphId g = ConstructorGraph(cls, init);
    if (!rep.valid()) rep = g;
    p_.classes[LLClassOf(cls)].slots[slot] = g;
  }
  LLValue fn = Emit(LLOpKind::vtable_slot, {vt}, types().ptr(), slot);
  std::vector<LLValue> args{fn};
  const LLGraph& g = p_.graph(rep);
  size_t next = 0;
  for (int a : t.arg_map) {
    if (a < 0) continue;  // the receiver
    args.push_back(ConvertTo(op.args[static_cast<size_t>(a)], p_.var(g.params[next++]).type));
  }
  return Emit(LLOpKind::indirect_call, std::move(args), types().ptr(), rep.index);
}

}  // namespace rpyc::rtyper
