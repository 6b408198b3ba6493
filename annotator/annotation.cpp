// AnnStore: interning and the union of annotations.
#include "annotator/annotation.h"

#include <algorithm>

#include "common/check.h"

namespace rpyc::annotator {
namespace {

std::string Key(const Annotation& a) {
  std::string k = std::to_string(static_cast<int>(a.kind)) + (a.nonneg ? "n" : "") +
                  (a.can_be_none ? "?" : "");
  for (AnnId i : a.items) k += "," + std::to_string(i.index);
  if (a.listdef.valid()) k += "L" + std::to_string(a.listdef.index);
  for (loader::HostId d : a.descs) k += "D" + std::to_string(d.index);
  if (a.classdef != 0xffffffffu) k += "C" + std::to_string(a.classdef);
  if (!a.name.empty()) k += "N" + a.name;
  return k;
}

}  // namespace

AnnStore::AnnStore() {
  impossible_ = Intern({AnnKind::Impossible});
  none_ = Intern({AnnKind::None});
  bool_ = Intern({AnnKind::Bool});
  Annotation i{AnnKind::Int};
  int_ = Intern(i);
  i.nonneg = true;
  nonneg_int_ = Intern(i);
  float_ = Intern({AnnKind::Float});
  uint_ = Intern({AnnKind::UInt});
  str_ = Intern({AnnKind::Str});
  object_ = Intern({AnnKind::Object});
}

AnnId AnnStore::Intern(const Annotation& a) {
  std::string key = Key(a);
  auto it = std::lower_bound(index_.begin(), index_.end(), key,
                             [](const auto& e, const std::string& k) { return e.first < k; });
  if (it != index_.end() && it->first == key) return it->second;
  anns_.push_back(a);
  AnnId id(static_cast<uint32_t>(anns_.size() - 1));
  index_.insert(it, {key, id});
  return id;
}

AnnId AnnStore::str(bool can_be_none) {
  Annotation a{AnnKind::Str};
  a.can_be_none = can_be_none;
  return Intern(a);
}

AnnId AnnStore::tuple(std::vector<AnnId> items, bool can_be_none) {
  Annotation a{AnnKind::Tuple};
  a.items = std::move(items);
  a.can_be_none = can_be_none;
  return Intern(a);
}

AnnId AnnStore::list(ListDefId def, bool can_be_none) {
  Annotation a{AnnKind::List};
  a.listdef = Resolve(def);
  a.can_be_none = can_be_none;
  return Intern(a);
}

AnnId AnnStore::pbc(std::vector<loader::HostId> descs) {
  std::sort(descs.begin(), descs.end());
  descs.erase(std::unique(descs.begin(), descs.end()), descs.end());
  Annotation a{AnnKind::PBC};
  a.descs = std::move(descs);
  return Intern(a);
}

AnnId AnnStore::dict(ListDefId def, bool can_be_none) {
  Annotation a{AnnKind::Dict};
  a.listdef = Resolve(def);
  a.can_be_none = can_be_none;
  return Intern(a);
}

AnnId AnnStore::set(ListDefId def, bool can_be_none, bool frozen) {
  Annotation a{AnnKind::Set};
  a.listdef = Resolve(def);
  a.can_be_none = can_be_none;
  if (frozen) a.name = "frozenset";
  return Intern(a);
}

AnnId AnnStore::instance(uint32_t classdef, bool can_be_none) {
  Annotation a{AnnKind::Instance};
  a.classdef = classdef;
  a.can_be_none = can_be_none;
  return Intern(a);
}

AnnId AnnStore::iterator(AnnId item, const std::string& over) {
  Annotation a{AnnKind::Iterator};
  a.items = {item};
  a.name = over;
  return Intern(a);
}

AnnId AnnStore::builtin_method(AnnId receiver, const std::string& name) {
  Annotation a{AnnKind::BuiltinMethod};
  a.items = {receiver};
  a.name = name;
  return Intern(a);
}

AnnId AnnStore::js(bool seed, bool can_be_none) {
  Annotation a{AnnKind::Js};
  a.name = seed ? "Object" : "JsProxy";
  a.can_be_none = can_be_none;
  return Intern(a);
}

bool AnnStore::GeneralizeItem(ListDefId d, AnnId item) {
  ListDef& def = listdefs_[Resolve(d).index];
  AnnId u = Union(def.item, item);
  if (get(u).kind == AnnKind::Object) return false;
  ListDef& again = listdefs_[Resolve(d).index];  // Union may unify listdefs
  if (u != again.item) {
    again.item = u;
    widened_.push_back(Resolve(d));
  }
  return true;
}

std::vector<ListDefId> AnnStore::TakeWidened() {
  std::vector<ListDefId> w;
  w.swap(widened_);
  return w;
}

ListDefId AnnStore::NewListDef(AnnId item) {
  listdefs_.push_back({item, ListDefId(), {}});
  return ListDefId(static_cast<uint32_t>(listdefs_.size() - 1));
}

ListDefId AnnStore::Resolve(ListDefId d) const {
  while (listdefs_[d.index].forward.valid()) d = listdefs_[d.index].forward;
  return d;
}

AnnId AnnStore::Union(AnnId a, AnnId b) {
  if (a == b) return a;
  const Annotation x = get(a);
  const Annotation y = get(b);
  if (x.kind == AnnKind::Impossible) return b;
  if (y.kind == AnnKind::Impossible) return a;
  if (x.kind == AnnKind::Object || y.kind == AnnKind::Object) return object_;
  // None merges into nullable references.
  if (x.kind == AnnKind::None || y.kind == AnnKind::None) {
    const Annotation& other = x.kind == AnnKind::None ? y : x;
    if (other.kind == AnnKind::Str) return str(true);
    if (other.kind == AnnKind::List) return list(other.listdef, true);
    if (other.kind == AnnKind::Tuple) return tuple(other.items, true);
    if (other.kind == AnnKind::Dict) return dict(other.listdef, true);
    if (other.kind == AnnKind::Set) return set(other.listdef, true, !other.name.empty());
    if (other.kind == AnnKind::Instance) return instance(other.classdef, true);
    if (other.kind == AnnKind::Js) return js(other.name == "Object", true);
    return object_;
  }
  if (AnnId u = UnionCallables(a, b); u.valid()) return u;
  if (x.kind != y.kind) return object_;
  switch (x.kind) {
    case AnnKind::Int:
      return integer(x.nonneg && y.nonneg);
    case AnnKind::UInt:
      return a;
    case AnnKind::Str:
      return str(x.can_be_none || y.can_be_none);
    case AnnKind::Tuple: {
      if (x.items.size() != y.items.size()) return object_;
      std::vector<AnnId> items;
      for (size_t i = 0; i < x.items.size(); ++i) {
        AnnId u = Union(x.items[i], y.items[i]);
        if (get(u).kind == AnnKind::Object) return object_;
        items.push_back(u);
      }
      return tuple(std::move(items), x.can_be_none || y.can_be_none);
    }
    case AnnKind::List:
    case AnnKind::Dict:
    case AnnKind::Set: {
      // A set and a frozenset print and hash differently: they do not merge.
      if (x.kind == AnnKind::Set && x.name != y.name) return object_;
      ListDefId dx = Resolve(x.listdef), dy = Resolve(y.listdef);
      if (dx != dy) {
        AnnId item = Union(listdefs_[dx.index].item, listdefs_[dy.index].item);
        if (get(item).kind == AnnKind::Object) return object_;
        // Unify: readers of either now read the merged list.
        AnnId old_x = listdefs_[dx.index].item, old_y = listdefs_[dy.index].item;
        listdefs_[dy.index].forward = dx;
        listdefs_[dx.index].item = item;
        std::vector<uint32_t> moved = std::move(listdefs_[dy.index].readers);
        listdefs_[dx.index].readers.insert(listdefs_[dx.index].readers.end(), moved.begin(),
                                           moved.end());
        if (item != old_x || item != old_y) widened_.push_back(dx);
      }
      bool none = x.can_be_none || y.can_be_none;
      if (x.kind == AnnKind::List && (!x.name.empty() || !y.name.empty())) {
        Annotation lazy = get(list(dx, none));  // a map()/filter() list on either side
        lazy.name = x.name.empty() ? y.name : x.name;
        return Intern(lazy);
      }
      return x.kind == AnnKind::List   ? list(dx, none)
             : x.kind == AnnKind::Dict ? dict(dx, none)
                                       : set(dx, none, !x.name.empty());
    }
    case AnnKind::PBC: {
      std::vector<loader::HostId> d = x.descs;
      d.insert(d.end(), y.descs.begin(), y.descs.end());
      return pbc(std::move(d));
    }
    case AnnKind::Instance: {
      uint32_t base = common_base ? common_base(x.classdef, y.classdef) : 0xffffffffu;
      if (base == 0xffffffffu) return object_;
      return instance(base, x.can_be_none || y.can_be_none);
    }
    case AnnKind::Super:
      return x.classdef == y.classdef ? a : object_;
    case AnnKind::Js:
      // An Object and a JsProxy have different attribute rules.
      if (x.name != y.name) return object_;
      return js(x.name == "Object", x.can_be_none || y.can_be_none);
    case AnnKind::StrBuilder:
      return a;
    case AnnKind::Callables:
      RPYC_UNREACHABLE("Callables are merged by UnionCallables");
    case AnnKind::Iterator:
    case AnnKind::BuiltinMethod: {
      if (x.name != y.name || x.items.size() != y.items.size()) return object_;
      // Pointwise: dict/set iterators carry their container as items[1].
      Annotation a = x;
      for (size_t i = 0; i < x.items.size(); ++i) {
        AnnId item = Union(x.items[i], y.items[i]);
        if (get(item).kind == AnnKind::Object) return object_;
        a.items[i] = item;
      }
      return Intern(a);
    }
    case AnnKind::Impossible:
    case AnnKind::None:
    case AnnKind::Bool:
    case AnnKind::Float:
    case AnnKind::Bytes:
    case AnnKind::Object:
      return a;
  }
  RPYC_UNREACHABLE("annotation kind");
}

std::string AnnStore::ToString(AnnId id, loader::Host& host) const {
  const Annotation& a = get(id);
  std::string s;
  switch (a.kind) {
    case AnnKind::Impossible: return "impossible";
    case AnnKind::None: return "None";
    case AnnKind::Bool: return "bool";
    case AnnKind::Int: return "int";
    case AnnKind::UInt: return "r_uint";
    case AnnKind::Float: return "float";
    case AnnKind::Object: return "object";
    case AnnKind::Bytes: return "bytes";
    case AnnKind::Str:
      s = "str";
      break;
    case AnnKind::Tuple:
      s = "tuple[";
      for (size_t i = 0; i < a.items.size(); ++i)
        s += (i ? ", " : "") + ToString(a.items[i], host);
      s += "]";
      break;
    case AnnKind::List:
      s = "list[" + ToString(listdefs_[Resolve(a.listdef).index].item, host) + "]";
      break;
    case AnnKind::Instance:
      s = class_name ? class_name(a.classdef) : "instance";
      break;
    case AnnKind::Dict: {
      const Annotation& kv = get(listdefs_[Resolve(a.listdef).index].item);
      s = "dict[" + ToString(kv.items[0], host) + ", " + ToString(kv.items[1], host) + "]";
      break;
    }
    case AnnKind::Set:
      s = (a.name.empty() ? "set[" : "frozenset[") +
          ToString(get(listdefs_[Resolve(a.listdef).index].item).items[0], host) + "]";
      break;
    case AnnKind::Super:
      return "super()";
    case AnnKind::StrBuilder:
      return "str";
    case AnnKind::Iterator:
      return "iterator over " + ToString(a.items[0], host);
    case AnnKind::BuiltinMethod:
      return "method " + ToString(a.items[0], host) + "." + a.name;
    case AnnKind::Js:
      s = a.name;
      break;
    case AnnKind::Callables:
      for (size_t i = 0; i < a.descs.size(); ++i)
        s += (i ? " | function " : "function ") + host.QualifiedName(a.descs[i]);
      for (AnnId m : a.items) s += (s.empty() ? "" : " | ") + ToString(m, host);
      break;
    case AnnKind::PBC:
      for (size_t i = 0; i < a.descs.size(); ++i) {
        // A family of many classes (type(e) of an exception): the first
        // few and how many.
        if (i == 3 && a.descs.size() > 5) {
          s += " | ... (" + std::to_string(a.descs.size()) + " values)";
          break;
        }
        loader::HostKind k = host.Kind(a.descs[i]);
        std::string what = k == loader::HostKind::Function ? "function "
                           : k == loader::HostKind::Module ? "module "
                           : k == loader::HostKind::Class || host.IsClass(a.descs[i])
                               ? "class "
                               : "builtin ";
        s += (i ? " | " : "") + what + host.QualifiedName(a.descs[i]);
      }
      break;
  }
  if (a.can_be_none) s += " or None";
  return s;
}

}  // namespace rpyc::annotator
