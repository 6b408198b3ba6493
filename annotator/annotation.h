// The annotation lattice: what the annotator knows about a value. The
// model is RPython's (rpython/annotator/model.py), cut to what rpyc
// supports:
//
//                      Object (top: "no single type"; always an error)
//        ______________/  |   \   \  \________________________
//   Int  Float  Str?  None  Tuple(...)  List(ListDef)  PBC{descs}
//    |
//   Bool          (Bool is *not* merged into Int: print(True) differs
//                  from print(1), so an int/bool merge is an error)
//                      Impossible (bottom: no value yet)
//
// Annotations are immutable and interned in an AnnStore: equal
// annotations have equal AnnIds, so comparing ids compares annotations.
// Lists are the exception that proves the rule: every list value that can
// flow to the same place shares one ListDef, whose item annotation may
// still widen; ListDefs are unified union-find style.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/ids.h"
#include "translator/loader/host.h"

namespace rpyc::annotator {

struct AnnTag;
using AnnId = Id<AnnTag>;
struct ListDefTag;
using ListDefId = Id<ListDefTag>;

enum class AnnKind : uint8_t {
  Impossible,  // no value has reached this variable yet
  None,
  Bool,
  Int,
  UInt,    // rpython.rlib.rarithmetic.r_uint: an unsigned machine word
  Float,
  Str,
  Bytes,  // bytes (an rpy_str whose length counts bytes: rtlib/rt_bytes.cpp)
  Tuple,
  List,
  PBC,     // prebuilt constants: functions, builtins, modules, classes
  Callables,  // any of several functions (descs) and bound methods of
              // instances (items: their BuiltinMethod annotations), called
              // through one signature (annotate_families.cpp)
  Dict,           // dict with a DictDef (key and value), maybe None
  Set,            // set with a DictDef whose value is unused; `name` is
                  // "frozenset" for a frozenset (hashable, immutable)
  Instance,       // instance of a user class (classdef), maybe None
  Super,          // super() inside a method of class `classdef`
  Iterator,       // iterator over items[0]; `name` says over what ("list")
  BuiltinMethod,  // method `name` bound to a receiver of annotation items[0]
  Js,             // a JS value (annotate_js.cpp); `name`: "Object" (the seed's
                  // handle, whose methods are the seed's API) or "JsProxy"
                  // (attributes are JS properties), maybe None
  StrBuilder,     // a str being accumulated by `s += t` in a loop (acc_begin)
  Object,  // incompatible values met: an error has been reported
};

inline bool IsIntLike(AnnKind k) { return k == AnnKind::Int || k == AnnKind::Bool; }

struct Annotation {
  AnnKind kind = AnnKind::Impossible;
  bool nonneg = false;       // Int: never negative
  bool can_be_none = false;  // Str, List, Tuple, Dict, Instance...: may also be None
  std::vector<AnnId> items;  // Tuple: one per item
  ListDefId listdef;         // List; Dict and Set use it as their DictDef
  std::vector<loader::HostId> descs;  // PBC: sorted by id
  uint32_t classdef = 0xffffffffu;    // Instance: index of the ClassDef
  // Iterator, BuiltinMethod; for a List, "map" or "filter" when it is
  // the list a map()/filter() call built (flow op lazy_list): CPython's
  // value is an iterator whose string form is its address, so showing it
  // is refused (LazyShownError). Copies (list(), sorted()) are plain.
  std::string name;
};

struct ListDef {
  AnnId item;
  ListDefId forward;  // set when unified into another ListDef
  // Blocks that read items: reflowed when `item` widens.
  std::vector<uint32_t> readers;
};

class AnnStore {
 public:
  AnnStore();
  AnnId Intern(const Annotation& a);
  const Annotation& get(AnnId id) const { return anns_[id.index]; }

  AnnId impossible() const { return impossible_; }
  AnnId none() const { return none_; }
  AnnId boolean() const { return bool_; }
  AnnId integer(bool nonneg = false) const { return nonneg ? nonneg_int_ : int_; }
  AnnId floating() const { return float_; }
  AnnId uinteger() const { return uint_; }
  AnnId str(bool can_be_none = false);
  AnnId bytes() { return Intern({AnnKind::Bytes}); }
  AnnId object() const { return object_; }
  AnnId tuple(std::vector<AnnId> items, bool can_be_none = false);
  AnnId list(ListDefId def, bool can_be_none = false);
  AnnId pbc(std::vector<loader::HostId> descs);
  // A value that may be any of the functions `funcs` and the bound methods
  // `methods` (BuiltinMethod annotations on instances); members of one
  // method name whose receivers merge are one member.
  AnnId callables(std::vector<loader::HostId> funcs, std::vector<AnnId> methods);
  // True for a method bound to an instance, as a value.
  bool IsBoundMethod(AnnId a) const {
    const Annotation& x = get(a);
    return x.kind == AnnKind::BuiltinMethod && get(x.items[0]).kind == AnnKind::Instance;
  }

  ListDefId NewListDef(AnnId item);
  ListDefId Resolve(ListDefId d) const;
  ListDef& listdef(ListDefId d) { return listdefs_[Resolve(d).index]; }
  // Widens the item annotation of a list (append, setitem, ...). Returns
  // false when the new item cannot merge (the caller reports it).
  bool GeneralizeItem(ListDefId d, AnnId item);
  // ListDefs whose item widened since the last call (their readers must be
  // reflowed).
  std::vector<ListDefId> TakeWidened();

  // Dicts and sets reuse ListDefs as their DictDef: `item` is a
  // tuple[key, value] annotation (sets: tuple[key, None]); readers and
  // widening work as for lists.
  AnnId dict(ListDefId def, bool can_be_none = false);
  AnnId set(ListDefId def, bool can_be_none = false, bool frozen = false);
  // A frozenset (a Set annotation named "frozenset").
  bool IsFrozenSet(AnnId a) const { return get(a).kind == AnnKind::Set && get(a).name == "frozenset"; }
  AnnId DictKey(ListDefId def) { return get(listdef(def).item).items[0]; }
  AnnId DictValue(ListDefId def) { return get(listdef(def).item).items[1]; }

  AnnId instance(uint32_t classdef, bool can_be_none = false);
  AnnId iterator(AnnId item, const std::string& over);
  AnnId builtin_method(AnnId receiver, const std::string& name);
  // A JS value: the seed's `Object` (seed) or a `JsProxy`.
  AnnId js(bool seed, bool can_be_none = false);
  // Nearest common superclass of two classdefs (by index), or none. Set by
  // the annotator, which owns the class hierarchy. Union's may also ask
  // for two per-site collection classes to become one (Annotator::
  // RequestSiteMerge); CanMerge's only asks.
  std::function<uint32_t(uint32_t, uint32_t)> common_base;
  std::function<uint32_t(uint32_t, uint32_t)> common_base_query;
  std::function<std::string(uint32_t)> class_name;
  // True for a Python function (set by the annotator, which owns the host).
  std::function<bool(loader::HostId)> is_function;

  // The least upper bound; Object when the two cannot merge. Unifies
  // ListDefs of merged lists (which may widen their items; the caller
  // reflows readers through the annotator).
  AnnId Union(AnnId a, AnnId b);
  // True when Union(a, b) would not be Object; unlike Union it changes
  // nothing (specialize.cpp).
  bool CanMerge(AnnId a, AnnId b) const;

  // Python-like name of the annotation for diagnostics: `int`, `str`,
  // `list[str]`, `tuple[int, float]`, `function f`, `str or None`.
  std::string ToString(AnnId a, loader::Host& host) const;

  bool IsNumeric(AnnId a) const {
    AnnKind k = get(a).kind;
    return k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float;
  }

 private:
  // The union of two values of which one is a bound method or Callables and
  // the other a function or another bound method; invalid when it does not
  // apply (annotate_families.cpp).
  AnnId UnionCallables(AnnId a, AnnId b);
  // True when UnionCallables(a, b) gives a value (CanMerge's rule).
  bool CallablesMerge(AnnId a, AnnId b) const;
  // A function PBC, a bound method or Callables: what Callables hold.
  bool IsCallableMember(AnnId a) const;
  std::vector<Annotation> anns_;
  std::vector<ListDef> listdefs_;
  std::vector<std::pair<std::string, AnnId>> index_;  // key -> id (sorted)
  std::vector<ListDefId> widened_;
  AnnId impossible_, none_, bool_, int_, nonneg_int_, float_, str_, object_, uint_;
};

}  // namespace rpyc::annotator
