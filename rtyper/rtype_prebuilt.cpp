// Prebuilt objects: module-level instances, lists and dicts (and those
// reachable from other constants) that the program reads and mutates.
//
// A prebuilt instance is a constant (LLConst with `cls`): the backend
// emits it as a global object whose vtable and fields are initialized
// statically, shared by every use. A field whose value cannot be a static
// constant (a tuple, a dict) starts as zero and is stored by the program's
// init graph (LLProgram::init, run before main); so does an item of a
// prebuilt list that is not a static constant. A prebuilt dict lives in
// a global cell that the init graph fills, since its layout depends on
// run-time hashes; every use reads the cell.
#include "common/check.h"
#include "rtyper/dict_family.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

// Runs `emit` with the init graph's block as the emission point.
template <typename F>
LLValue RTyper::InInitGraph(F emit) {
  if (!p_.init.valid()) {
    p_.init = p_.NewGraph("rpy_init_prebuilt");
    LLGraph& g = p_.graph(p_.init);
    g.python_name = "<module>";
    g.result = types().void_();
    g.startblock = p_.NewBlock(p_.init, {});
    g.returnblock = p_.NewBlock(p_.init, {p_.NewVar(types().void_())});
  }
  LLGraphId saved_graph = cur_graph_;
  LLBlockId saved_block = cur_block_;
  cur_graph_ = p_.init;
  cur_block_ = p_.graph(p_.init).startblock;
  LLValue r = emit();
  cur_graph_ = saved_graph;
  cur_block_ = saved_block;
  return r;
}

void RTyper::FinishInitGraph() {
  if (!p_.init.valid()) return;
  const LLGraph& g = p_.graph(p_.init);
  p_.NewLink(g.startblock, g.returnblock, {p_.Void()}, LLExit::None);
}

LLValue RTyper::PrebuiltInstance(loader::HostId obj) {
  auto it = prebuilt_instances_.find(obj.index);
  if (it != prebuilt_instances_.end()) return LLValue::Const(it->second);
  loader::Host& host = ann_.host();
  uint32_t classdef = ann_.GetClassDef(host.TypeOf(obj));
  uint32_t cls = LLClassOf(classdef);
  LLConst k{types().ptr()};
  k.i = static_cast<int64_t>(obj.index) + 1;
  k.cls = static_cast<int32_t>(cls);
  uint32_t id = p_.NewConst(k);
  prebuilt_instances_[obj.index] = id;
  std::map<std::string, loader::HostId> dict;
  for (const auto& [name, value] : host.InstanceDict(obj)) dict[name] = value;
  std::vector<uint32_t> items;
  const std::vector<std::pair<std::string, LLTypeId>> fields = p_.classes[cls].fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    const auto& [name, type] = fields[i];
    if (name.compare(0, 5, "#has ") == 0) {
      items.push_back(p_.Bool(dict.count(name.substr(5)) != 0).cst());
      continue;
    }
    bool flagged = HasFlagIndex(cls, name) != annotator::kNoClass;
    loader::HostId v;
    auto d = dict.find(name);
    uint32_t definer;
    if (d != dict.end()) v = d->second;
    else if (!flagged) v = ann_.LookupClassAttr(classdef, name, &definer);  // a class-level default
    if (!v.valid() || host.Kind(v) == loader::HostKind::Function) {
      items.push_back(p_.Zero(type).cst());  // never set: never read either
      continue;
    }
    LLValue x = InInitGraph([&] { return ConvertTo(ann_.store().NewConst(v), type); });
    if (x.is_const()) {
      items.push_back(x.cst());
      continue;
    }
    items.push_back(p_.Zero(type).cst());
    InInitGraph([&] {
      return Emit(LLOpKind::inst_setfield, {LLValue::Const(id), x}, types().void_(), cls,
                  static_cast<uint32_t>(i));
    });
  }
  p_.mutable_cst(id).items = std::move(items);
  return LLValue::Const(id);
}

LLValue RTyper::PrebuiltList(loader::HostId obj, LLTypeId type) {
  auto key = std::make_pair(obj.index, type.index);
  auto it = prebuilt_lists_.find(key);
  if (it != prebuilt_lists_.end()) return LLValue::Const(it->second);
  // One global object per Python list. Items that are static constants
  // are its initializer; the others (tuples) start as zero and are
  // stored by the init graph.
  LLConst k{type};
  k.i = static_cast<int64_t>(obj.index) + 1;
  LLTypeId item = types().get(type).fields[0];
  std::vector<std::pair<int64_t, LLValue>> later;
  std::vector<loader::HostId> items = ann_.host().TupleItems(obj);
  for (size_t i = 0; i < items.size(); ++i) {
    LLValue iv = InInitGraph([&] { return ConvertTo(ann_.store().NewConst(items[i]), item); });
    if (!iv.is_const()) {
      later.emplace_back(static_cast<int64_t>(i), iv);
      iv = p_.Zero(item);
    }
    k.items.push_back(iv.cst());
  }
  uint32_t id = p_.NewConst(k);
  prebuilt_lists_[key] = id;
  for (const auto& [index, value] : later)
    InInitGraph([&] {
      return Emit(LLOpKind::list_setitem, {LLValue::Const(id), p_.Int(index), value},
                  types().void_());
    });
  return LLValue::Const(id);
}

uint32_t RTyper::StaticCell(const std::string& name, loader::HostId init, LLTypeId type) {
  LLGlobal g;
  g.name = name;
  g.type = type;
  g.init = p_.Zero(type).cst();
  p_.globals.push_back(g);
  uint32_t id = static_cast<uint32_t>(p_.globals.size() - 1);
  LLValue v = InInitGraph([&] { return ConvertTo(ann_.store().NewConst(init), type); });
  if (v.is_const())
    p_.globals[id].init = v.cst();
  else
    InInitGraph([&] { return Emit(LLOpKind::global_set, {v}, types().void_(), id); });
  return id;
}

LLValue RTyper::PrebuiltDict(loader::HostId obj, LLTypeId type) {
  auto it = prebuilt_dicts_.find(obj.index);
  if (it == prebuilt_dicts_.end()) {
    LLGlobal g;
    g.name = "rpy_prebuilt_dict";
    g.type = type;
    g.init = p_.Zero(type).cst();
    p_.globals.push_back(g);
    uint32_t cell = static_cast<uint32_t>(p_.globals.size() - 1);
    it = prebuilt_dicts_.emplace(obj.index, cell).first;
    std::vector<std::pair<flow::Value, flow::Value>> entries;
    for (const auto& [key, value] : ann_.host().DictItems(obj))
      entries.emplace_back(ann_.store().NewConst(key), ann_.store().NewConst(value));
    InInitGraph([&] {
      LLValue d = DictFromEntries(*this, type, entries);
      return Emit(LLOpKind::global_set, {d}, types().void_(), cell);
    });
  }
  return Emit(LLOpKind::global_get, {}, type, it->second);
}

}  // namespace rpyc::rtyper
