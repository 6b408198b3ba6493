// LLTypeStore: interning of low-level types.
#include "rtyper/lltype.h"

namespace rpyc::rtyper {

LLTypeStore::LLTypeStore() {
  void_id_ = Intern({LLKind::Void, {}});
  bool_id_ = Intern({LLKind::Bool, {}});
  int_id_ = Intern({LLKind::Int, {}});
  float_id_ = Intern({LLKind::Float, {}});
  int32_id_ = Intern({LLKind::Int32, {}});
  str_id_ = Intern({LLKind::Str, {}});
  ptr_id_ = Intern({LLKind::Ptr, {}});
  js_id_ = Intern({LLKind::Js, {}});
  uint_id_ = Intern({LLKind::UInt, {}});
  closure_id_ = Intern({LLKind::Ptr, {ptr_id_}});
}

LLTypeId LLTypeStore::Intern(const LLType& t) {
  for (size_t i = 0; i < types_.size(); ++i)
    if (types_[i].kind == t.kind && types_[i].fields == t.fields &&
        types_[i].key_class == t.key_class)
      return LLTypeId(static_cast<uint32_t>(i));
  types_.push_back(t);
  return LLTypeId(static_cast<uint32_t>(types_.size() - 1));
}

LLTypeId LLTypeStore::list(LLTypeId item) { return Intern({LLKind::List, {item}}); }
LLTypeId LLTypeStore::tuple(std::vector<LLTypeId> fields) {
  return Intern({LLKind::Tuple, std::move(fields)});
}

namespace {

// " by __eq__ #<classdef>" for dicts and sets keyed by __eq__.
std::string ByEq(const LLType& ty) {
  if (ty.key_class == LLType::kNoKeyClass) return "";
  return " by __eq__ #" + std::to_string(ty.key_class);
}

}  // namespace

std::string LLTypeStore::ToString(LLTypeId t) const {
  const LLType& ty = get(t);
  switch (ty.kind) {
    case LLKind::Void: return "Void";
    case LLKind::Bool: return "Bool";
    case LLKind::Int: return "Signed";
    case LLKind::UInt: return "Unsigned";
    case LLKind::Float: return "Float";
    case LLKind::Int32: return "Int32";
    case LLKind::Str: return "Ptr(Str)";
    case LLKind::Ptr: return ty.fields.empty() ? "Ptr" : "Ptr(Closure)";
    case LLKind::Js: return "Ptr(Js)";
    case LLKind::List: return "Ptr(List(" + ToString(ty.fields[0]) + "))";
    case LLKind::Dict:
      return "Ptr(Dict(" + ToString(ty.fields[0]) + ", " + ToString(ty.fields[1]) + ")" +
             ByEq(ty) + ")";
    case LLKind::Set:
      return "Ptr(Set(" + ToString(ty.fields[0]) + ")" + ByEq(ty) + ")";
    case LLKind::Tuple: {
      std::string s = "Ptr(Tuple(";
      for (size_t i = 0; i < ty.fields.size(); ++i) s += (i ? ", " : "") + ToString(ty.fields[i]);
      return s + "))";
    }
  }
  return "?";
}

}  // namespace rpyc::rtyper
