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
  Float,
  Str,
  Tuple,
  List,
  PBC,     // prebuilt constants: functions, builtins, modules
  Object,  // incompatible values met: an error has been reported
};

struct Annotation {
  AnnKind kind = AnnKind::Impossible;
  bool nonneg = false;       // Int: never negative
  bool can_be_none = false;  // Str, List: may also be None
  std::vector<AnnId> items;  // Tuple: one per item
  ListDefId listdef;         // List
  std::vector<loader::HostId> descs;  // PBC: sorted by id
};

struct ListDef {
  AnnId item;
  ListDefId forward;  // set when unified into another ListDef
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
  AnnId str(bool can_be_none = false);
  AnnId object() const { return object_; }
  AnnId tuple(std::vector<AnnId> items);
  AnnId list(ListDefId def, bool can_be_none = false);
  AnnId pbc(std::vector<loader::HostId> descs);

  ListDefId NewListDef(AnnId item);
  ListDefId Resolve(ListDefId d) const;
  ListDef& listdef(ListDefId d) { return listdefs_[Resolve(d).index]; }

  // The least upper bound; Object when the two cannot merge. Unifies
  // ListDefs of merged lists (which may widen their items; the caller
  // reflows readers through the annotator).
  AnnId Union(AnnId a, AnnId b);

  // Python-like name of the annotation for diagnostics: `int`, `str`,
  // `list[str]`, `tuple[int, float]`, `function f`, `str or None`.
  std::string ToString(AnnId a, loader::Host& host) const;

  bool IsNumeric(AnnId a) const {
    AnnKind k = get(a).kind;
    return k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float;
  }

 private:
  std::vector<Annotation> anns_;
  std::vector<ListDef> listdefs_;
  std::vector<std::pair<std::string, AnnId>> index_;  // key -> id (sorted)
  AnnId impossible_, none_, bool_, int_, nonneg_int_, float_, str_, object_;
};

}  // namespace rpyc::annotator
