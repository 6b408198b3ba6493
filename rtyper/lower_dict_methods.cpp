// Lowering of dict and set methods onto rtlib's rpy_dict_* / rpy_set_*.
#include "rtyper/dict_family.h"
#include "rtyper/lower_methods.h"

namespace rpyc::rtyper {
namespace {

LLTypeId KeyT(MethodLowering& c) { return c.types().get(c.p().TypeOf(c.self)).fields[0]; }
LLTypeId ValT(MethodLowering& c) { return c.types().get(c.p().TypeOf(c.self)).fields[1]; }

// Bit pattern of v (see rtype_dict.cpp); GC pointers are kept alive
// across the following call by `keep`.
LLValue Bits(MethodLowering& c, LLValue v, std::vector<LLValue>* keep) {
  LLTypeId t = c.p().TypeOf(v);
  if (c.types().kind(t) == LLKind::Void) return c.p().Int(0);
  if (c.types().IsGcPointer(t) && v.is_var()) keep->push_back(v);
  if (c.types().kind(t) == LLKind::Int) return v;
  return c.rt.Emit(LLOpKind::to_bits, {v}, c.types().integer());
}
LLValue FromBits(MethodLowering& c, LLValue b, LLTypeId t) {
  if (c.types().kind(t) == LLKind::Void) return c.p().Void();
  if (c.types().kind(t) == LLKind::Int) return b;
  return c.rt.Emit(LLOpKind::from_bits, {b}, t);
}
LLValue Call(MethodLowering& c, RtFunc f, std::vector<LLValue> args, LLTypeId result,
             const std::vector<LLValue>& keep) {
  LLValue r = c.rt.EmitRt(f, std::move(args), result);
  for (LLValue k : keep) c.rt.Emit(LLOpKind::keepalive, {k}, c.types().void_());
  return r;
}
LLTypeId I64(MethodLowering& c) { return c.types().integer(); }
LLTypeId VoidT(MethodLowering& c) { return c.types().void_(); }

// An argument converted to the key/value representation: arguments of
// the same annotation share the representation already, except None
// constants and nonneg ints (same LL type).
LLValue Get(MethodLowering& c) {
  std::vector<LLValue> keep;
  LLValue k = Bits(c, c.args[0], &keep);
  if (c.args.size() == 1 && c.types().kind(ValT(c)) != LLKind::Void &&
      !c.types().IsGcPointer(c.result)) {
    // d.get(k) with a non-nullable result type cannot happen: the
    // annotator unions the value with None.
  }
  LLValue dflt = c.args.size() == 2 ? c.args[1] : LLValue();
  LLValue dbits;
  if (dflt.valid() && c.types().kind(c.p().TypeOf(dflt)) != LLKind::Void) {
    dbits = Bits(c, dflt, &keep);
  } else if (c.types().IsGcPointer(c.result)) {
    dbits = c.p().Int(0);  // None: a null pointer
  } else {
    dbits = c.p().Int(0);
  }
  LLConst null{c.types().ptr()};
  null.i = -1;
  LLValue found = LLValue::Const(c.p().NewConst(null));
  LLValue r = Call(c, RtFunc::rpy_dict_get, {c.self, k, dbits, found}, I64(c), keep);
  return FromBits(c, r, c.result);
}

LLValue SetDefault(MethodLowering& c) {
  std::vector<LLValue> keep;
  LLValue k = Bits(c, c.args[0], &keep), v = Bits(c, c.args[1], &keep);
  return FromBits(c, Call(c, RtFunc::rpy_dict_setdefault, {c.self, k, v}, I64(c), keep), ValT(c));
}

LLValue Pop(MethodLowering& c) {
  std::vector<LLValue> keep;
  LLValue k = Bits(c, c.args[0], &keep);
  LLValue r;
  if (c.args.size() == 2)
    r = Call(c, RtFunc::rpy_dict_pop_default, {c.self, k, Bits(c, c.args[1], &keep)}, I64(c), keep);
  else
    r = Call(c, RtFunc::rpy_dict_pop, {c.self, k}, I64(c), keep);
  return FromBits(c, r, ValT(c));
}

LLValue PopItem(MethodLowering& c) {
  LLTypeStore& t = c.types();
  LLTypeId cell_t = t.tuple({t.integer(), t.integer()});
  LLValue cell = c.rt.Emit(LLOpKind::malloc_tuple, {}, cell_t);
  LLValue kp = c.rt.Emit(LLOpKind::field_address, {cell}, t.ptr(), 0);
  LLValue vp = c.rt.Emit(LLOpKind::field_address, {cell}, t.ptr(), 1);
  c.rt.EmitRt(RtFunc::rpy_dict_popitem, {c.self, kp, vp}, t.boolean());
  LLValue kb = c.rt.Emit(LLOpKind::getfield, {cell}, t.integer(), 0);
  LLValue vb = c.rt.Emit(LLOpKind::getfield, {cell}, t.integer(), 1);
  LLValue k = FromBits(c, kb, KeyT(c));
  LLValue v = FromBits(c, vb, ValT(c));
  LLValue tup = c.rt.Emit(LLOpKind::malloc_tuple, {}, c.result);
  c.rt.Emit(LLOpKind::setfield, {tup, k}, VoidT(c), 0);
  c.rt.Emit(LLOpKind::setfield, {tup, v}, VoidT(c), 1);
  return tup;
}

LLValue View(MethodLowering& c) { return c.self; }  // views are the dict itself

LLValue Update(MethodLowering& c) {
  if (c.types().kind(c.p().TypeOf(c.args[0])) == LLKind::Dict) {
    c.rt.EmitRt(RtFunc::rpy_dict_update, {c.self, c.args[0]}, VoidT(c));
    return c.p().Void();
  }
  DictUpdateFromPairs(c.rt, c.self, c.args[0]);
  return c.p().Void();
}

LLValue Clear(MethodLowering& c) {
  c.rt.EmitRt(RtFunc::rpy_dict_clear, {c.self}, VoidT(c));
  return c.p().Void();
}

LLValue DictCopy(MethodLowering& c) {
  return c.rt.EmitRt(RtFunc::rpy_dict_copy, {c.self}, c.result);
}

LLValue SetOne(MethodLowering& c, RtFunc f) {
  std::vector<LLValue> keep;
  LLValue k = Bits(c, c.args[0], &keep);
  Call(c, f, {c.self, k}, VoidT(c), keep);
  return c.p().Void();
}
LLValue Add(MethodLowering& c) { return SetOne(c, RtFunc::rpy_set_add); }
LLValue Discard(MethodLowering& c) { return SetOne(c, RtFunc::rpy_set_discard); }
LLValue Remove(MethodLowering& c) { return SetOne(c, RtFunc::rpy_set_remove); }

LLValue SetPop(MethodLowering& c) {
  return FromBits(c, c.rt.EmitRt(RtFunc::rpy_set_pop, {c.self}, I64(c)), KeyT(c));
}

bool SelfIsFrozen(MethodLowering& c) {
  annotator::Annotator& ann = c.rt.ann();
  const annotator::Annotation& m = ann.anns().get(ann.annotation(c.op.args[0]));
  return ann.anns().IsFrozenSet(m.items[0]);
}

bool IsSet(MethodLowering& c, LLValue v) { return c.types().kind(c.p().TypeOf(v)) == LLKind::Set; }

// frozenset.copy() is the frozenset itself, as in CPython.
LLValue SetCopy(MethodLowering& c) {
  if (SelfIsFrozen(c) && c.p().TypeOf(c.self) == c.result) return c.self;
  return c.rt.EmitRt(RtFunc::rpy_set_copy, {c.self}, c.result);
}

// A set argument as a set (lists are converted).
LLValue AsSet(MethodLowering& c, LLValue v) {
  if (IsSet(c, v)) return v;
  return DictSetFromList(c.rt, v, c.p().TypeOf(c.self));
}

// The set methods below take sets or lists (annotator/methods_dict.cpp)
// and follow CPython's set_union, set_intersection_multi,
// set_difference_multi and set_symmetric_difference, whose insertion
// order decides the result's layout: a list is consumed item by item.

LLValue Union(MethodLowering& c) {
  LLValue r = c.rt.EmitRt(RtFunc::rpy_set_copy, {c.self}, c.result);
  for (LLValue a : c.args) {
    if (IsSet(c, a))
      c.rt.EmitRt(RtFunc::rpy_set_union_more, {r, c.self, a}, VoidT(c));
    else
      DictSetEachOfList(c.rt, RtFunc::rpy_set_add, {r}, a);
  }
  return r;
}

LLValue Intersection(MethodLowering& c) {
  if (c.args.empty()) return c.rt.EmitRt(RtFunc::rpy_set_copy, {c.self}, c.result);
  LLValue r = c.self;
  for (LLValue a : c.args) {
    if (IsSet(c, a)) {
      r = c.rt.EmitRt(RtFunc::rpy_set_intersection, {r, a}, c.result);
      continue;
    }
    LLValue n = c.rt.EmitRt(RtFunc::rpy_set_new_like, {r}, c.result);
    DictSetEachOfList(c.rt, RtFunc::rpy_set_add_if_in, {n, r}, a);
    r = n;
  }
  return r;
}

// s -= list: each item discarded, then the dummies purged.
void DifferenceUpdateList(MethodLowering& c, LLValue s, LLValue l) {
  DictSetEachOfList(c.rt, RtFunc::rpy_set_discard, {s}, l);
  c.rt.EmitRt(RtFunc::rpy_set_shrink, {s}, VoidT(c));
}

LLValue Difference(MethodLowering& c) {
  if (c.args.empty()) return c.rt.EmitRt(RtFunc::rpy_set_copy, {c.self}, c.result);
  LLValue r;
  if (IsSet(c, c.args[0])) {
    r = c.rt.EmitRt(RtFunc::rpy_set_difference, {c.self, c.args[0]}, c.result);
  } else {
    r = c.rt.EmitRt(RtFunc::rpy_set_copy, {c.self}, c.result);
    DifferenceUpdateList(c, r, c.args[0]);
  }
  for (size_t i = 1; i < c.args.size(); ++i) {
    if (IsSet(c, c.args[i]))
      c.rt.EmitRt(RtFunc::rpy_set_difference_update, {r, c.args[i]}, VoidT(c));
    else
      DifferenceUpdateList(c, r, c.args[i]);
  }
  return r;
}

// CPython: a new set from the argument, updated with self.
LLValue SymDiff(MethodLowering& c) {
  LLValue a = c.args[0];
  if (IsSet(c, a)) return c.rt.EmitRt(RtFunc::rpy_set_symmetric_difference, {c.self, a}, c.result);
  LLValue r = AsSet(c, a);
  c.rt.EmitRt(RtFunc::rpy_set_symmetric_difference_update, {r, c.self}, VoidT(c));
  return r;
}

LLValue SetUpdate(MethodLowering& c) {
  for (LLValue a : c.args) {
    if (IsSet(c, a))
      c.rt.EmitRt(RtFunc::rpy_set_update, {c.self, a}, VoidT(c));
    else
      DictSetEachOfList(c.rt, RtFunc::rpy_set_add, {c.self}, a);
  }
  return c.p().Void();
}

LLValue SetClear(MethodLowering& c) {
  c.rt.EmitRt(RtFunc::rpy_set_clear, {c.self}, VoidT(c));
  return c.p().Void();
}

LLValue Pred(MethodLowering& c, RtFunc f) {
  return c.rt.EmitRt(f, {c.self, AsSet(c, c.args[0])}, c.types().boolean());
}
LLValue IsSubset(MethodLowering& c) { return Pred(c, RtFunc::rpy_set_issubset); }
LLValue IsSuperset(MethodLowering& c) { return Pred(c, RtFunc::rpy_set_issuperset); }
LLValue IsDisjoint(MethodLowering& c) { return Pred(c, RtFunc::rpy_set_isdisjoint); }

}  // namespace

void AddDictLowerings(LowerTable& t) {
  using annotator::AnnKind;
  t.Add(AnnKind::Dict, "get", Get);
  t.Add(AnnKind::Dict, "setdefault", SetDefault);
  t.Add(AnnKind::Dict, "pop", Pop);
  t.Add(AnnKind::Dict, "popitem", PopItem);
  t.Add(AnnKind::Dict, "keys", View);
  t.Add(AnnKind::Dict, "values", View);
  t.Add(AnnKind::Dict, "items", View);
  t.Add(AnnKind::Dict, "update", Update);
  t.Add(AnnKind::Dict, "clear", Clear);
  t.Add(AnnKind::Dict, "copy", DictCopy);
  t.Add(AnnKind::Set, "add", Add);
  t.Add(AnnKind::Set, "discard", Discard);
  t.Add(AnnKind::Set, "remove", Remove);
  t.Add(AnnKind::Set, "pop", SetPop);
  t.Add(AnnKind::Set, "clear", SetClear);
  t.Add(AnnKind::Set, "copy", SetCopy);
  t.Add(AnnKind::Set, "update", SetUpdate);
  t.Add(AnnKind::Set, "union", Union);
  t.Add(AnnKind::Set, "intersection", Intersection);
  t.Add(AnnKind::Set, "difference", Difference);
  t.Add(AnnKind::Set, "symmetric_difference", SymDiff);
  t.Add(AnnKind::Set, "issubset", IsSubset);
  t.Add(AnnKind::Set, "issuperset", IsSuperset);
  t.Add(AnnKind::Set, "isdisjoint", IsDisjoint);
}

}  // namespace rpyc::rtyper
