// Low-level types: what the rtyper maps annotations to, and the backend
// maps to LLVM types. Scalars are unboxed machine values; everything else
// is a pointer to a GC object with the layouts of rtlib/rpyc_rt.h.
//
//   Void    no value (None, results of print)       -> no LLVM value
//   Bool    i1
//   Int     i64 (Python int, overflow-checked)
//   Float   double
//   Int32   i32 (arguments of runtime functions)
//   Str     rpy_str*
//   List    rpy_list* whose items have the type `item`
//   Tuple   pointer to a GC struct with one field per item
//   Dict    rpy_dict* with fields {key, value}; Set: rpy_dict* with {key}
//   Ptr     an untyped pointer (C strings, vtables); with fields {Ptr}: a
//           closure object (a function value: rtyper/rtype_closures.cpp),
//           the same machine type, told apart so that a bound method's
//           receiver is converted when it becomes a function value
//   Js      rpy_jsref*: a GC object owning one slot of the JS value table
//           (rtlib/rt_js.cpp)
#pragma once

#include <string>
#include <vector>

#include "common/ids.h"

namespace rpyc::rtyper {

struct LLTypeTag;
using LLTypeId = Id<LLTypeTag>;

// UInt: r_uint, an unsigned 64-bit word (the same machine type as Int;
// its operations and its string form differ).
enum class LLKind : uint8_t { Void, Bool, Int, Float, Int32, Str, List, Tuple, Dict, Set, Ptr, Js, UInt };

struct LLType {
  LLKind kind = LLKind::Void;
  std::vector<LLTypeId> fields;  // Tuple: field types; List: {item}
  // Dict/Set whose instance keys hash and compare by calling __hash__ and
  // __eq__: the annotator's ClassDef of the keys (each such class has its
  // own key functions, LLProgram::key_functions); else kNoKeyClass.
  static constexpr uint32_t kNoKeyClass = ~0u;
  uint32_t key_class = kNoKeyClass;
};

class LLTypeStore {
 public:
  LLTypeStore();
  LLTypeId Intern(const LLType& t);
  const LLType& get(LLTypeId id) const { return types_[id.index]; }
  LLKind kind(LLTypeId id) const { return types_[id.index].kind; }
  size_t size() const { return types_.size(); }

  LLTypeId void_() const { return void_id_; }
  LLTypeId boolean() const { return bool_id_; }
  LLTypeId integer() const { return int_id_; }
  LLTypeId floating() const { return float_id_; }
  LLTypeId int32() const { return int32_id_; }
  LLTypeId str() const { return str_id_; }
  LLTypeId ptr() const { return ptr_id_; }
  LLTypeId closure() const { return closure_id_; }
  LLTypeId js() const { return js_id_; }
  LLTypeId uinteger() const { return uint_id_; }
  LLTypeId list(LLTypeId item);
  LLTypeId tuple(std::vector<LLTypeId> fields);
  LLTypeId dict(LLTypeId key, LLTypeId value) { return Intern({LLKind::Dict, {key, value}}); }
  LLTypeId set(LLTypeId key) { return Intern({LLKind::Set, {key}}); }
  // Dicts and sets whose instance keys of class `key_class` are hashed
  // and compared by calling __hash__ and __eq__.
  LLTypeId dict_by_eq(LLTypeId key, LLTypeId value, uint32_t key_class) {
    return Intern({LLKind::Dict, {key, value}, key_class});
  }
  LLTypeId set_by_eq(LLTypeId key, uint32_t key_class) {
    return Intern({LLKind::Set, {key}, key_class});
  }

  // True for types whose values are GC pointers (need GC roots).
  bool IsGcPointer(LLTypeId t) const {
    LLKind k = kind(t);
    return k == LLKind::Str || k == LLKind::List || k == LLKind::Tuple || k == LLKind::Dict ||
           k == LLKind::Set || k == LLKind::Ptr || k == LLKind::Js;
  }
  // "Signed", "Float", "Ptr(Str)", "Ptr(List(Signed))", ...
  std::string ToString(LLTypeId t) const;

 private:
  std::vector<LLType> types_;
  LLTypeId void_id_, bool_id_, int_id_, float_id_, int32_id_, str_id_, ptr_id_, js_id_, uint_id_, closure_id_;
};

}  // namespace rpyc::rtyper
