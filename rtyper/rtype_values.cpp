// Lowering of the value family (annotator/annotate_values.cpp): repr,
// ==, < and hash of values of any type, and the operations and built-ins
// built on them (tuple and list comparisons, `in` over lists of tuples,
// hash(), sorting lists of tuples or of instances with __lt__, printing
// nested containers).
//
// Each of repr/eq/less/hash is a helper graph per type (helper_graph.h),
// keyed by ValueKey, so recursive and nested types share code: repr of a
// list[tuple[int, str]] calls the tuple's repr helper once per item.
// Scalars are handled inline. Instances call the special methods the
// annotator recorded as ImplicitCalls, through their vtable when
// subclasses override them.
//
// Dicts and sets keyed by tuples use the eq and hash helpers (without
// annotations: their items are scalars, strings, tuples or instances
// compared by identity) as rtlib's RPY_KEY_CUSTOM callbacks.
#include "common/check.h"
#include "rtyper/lower_methods.h"
#include "rtyper/value_family.h"

namespace rpyc::rtyper {

using annotator::AnnId;
using annotator::AnnKind;
using annotator::BuiltinId;
using flow::OpKind;

LLGraphId RTyper::ImplicitCallGraph(uint32_t classdef, const std::string& name, int64_t* slot,
                                    LLTypeId* result) {
  const annotator::ImplicitCall* ic = ann_.implicit_call(classdef, name);
  if (!ic || ic->target.impls.empty()) return LLGraphId();
  const annotator::CallTarget& t = ic->target;
  *result = TypeOf(ic->result);
  bool single = true;
  for (const auto& [cls, g] : t.impls) single = single && g == t.impls[0].second;
  *slot = -1;
  if (!single) {
    uint32_t s = MethodSlot(t.classdef, t.method);
    for (const auto& [cls, g] : t.impls) p_.classes[LLClassOf(cls)].slots[s] = GraphOf(g);
    *slot = s;
  }
  return GraphOf(t.impls[0].second);
}

namespace {

// ---- annotations of the parts of a value (invalid stays invalid) ----

const annotator::Annotation* Ann(RTyper* rt, AnnId a) {
  return rt && a.valid() ? &rt->ann().anns().get(a) : nullptr;
}
AnnId ItemAnn(RTyper* rt, AnnId a, size_t i) {
  const annotator::Annotation* x = Ann(rt, a);
  return x && x->kind == AnnKind::Tuple && i < x->items.size() ? x->items[i] : AnnId();
}
AnnId ListItemAnn(RTyper* rt, AnnId a) {
  const annotator::Annotation* x = Ann(rt, a);
  return x && x->kind == AnnKind::List ? rt->ann().anns().listdef(x->listdef).item : AnnId();
}
AnnId DictPartAnn(RTyper* rt, AnnId a, bool value) {
  const annotator::Annotation* x = Ann(rt, a);
  if (!x || (x->kind != AnnKind::Dict && x->kind != AnnKind::Set)) return AnnId();
  return value ? rt->ann().anns().DictValue(x->listdef) : rt->ann().anns().DictKey(x->listdef);
}
bool MayBeNone(RTyper* rt, AnnId a) {
  const annotator::Annotation* x = Ann(rt, a);
  return !x || x->can_be_none;
}
uint32_t ClassOf(RTyper* rt, AnnId a) {
  const annotator::Annotation* x = Ann(rt, a);
  return x && x->kind == AnnKind::Instance ? x->classdef : annotator::kNoClass;
}

bool IsClass(RTyper* rt, AnnId a) { return Ann(rt, a) && rt->ann().IsClassFamily(a); }

// A class value as a pointer to its vtable: a single known class has no
// run-time value (Void), its address is a constant.
LLValue ClassPointer(RTyper* rt, LLValue v, AnnId a) {
  const annotator::Annotation* x = Ann(rt, a);
  if (!IsClass(rt, a) || x->descs.size() != 1 ||
      rt->types().kind(rt->program().TypeOf(v)) != LLKind::Void)
    return v;
  return rt->ClassAddress(rt->ann().GetClassDef(x->descs[0]));
}

bool IsNumberKind(LLKind k) { return k == LLKind::Int || k == LLKind::Bool || k == LLKind::Float; }

LLValue AsInt(Emitter& e, LLValue v) {
  if (e.t().kind(e.p.TypeOf(v)) == LLKind::Bool)
    return e.Emit(LLOpKind::cast_bool_to_int, {v}, e.t().integer());
  return v;
}
LLValue AsFloat(Emitter& e, LLValue v) {
  if (e.t().kind(e.p.TypeOf(v)) == LLKind::Float) return v;
  return e.Emit(LLOpKind::cast_int_to_float, {AsInt(e, v)}, e.t().floating());
}

// Calls the implicit special method `name` of the instance `self` (of
// annotation `ann`) with `args`; invalid when none was recorded.
LLValue CallImplicit(RTyper* rt, Emitter& e, const std::string& name, LLValue self,
                     std::vector<LLValue> args, AnnId ann) {
  uint32_t cls = ClassOf(rt, ann);
  if (cls == annotator::kNoClass) return LLValue();
  int64_t slot;
  LLTypeId result;
  LLGraphId g = rt->ImplicitCallGraph(cls, name, &slot, &result);
  if (!g.valid()) return LLValue();
  args.insert(args.begin(), self);
  if (slot < 0) return e.Emit(LLOpKind::direct_call, std::move(args), result, g.index);
  return e.Emit(LLOpKind::vtable_call, std::move(args), result, g.index,
                static_cast<uint32_t>(slot));
}

// Starts a helper graph's body: a None value (null pointer) returns
// `none_result` at once. Returns the parameters as seen after the check.
std::vector<LLValue> NoneCheck(HelperGraph& h, size_t param, LLValue none_result, bool may_be_none) {
  if (!may_be_none) return h.params;
  LLValue null = h.e.Emit(LLOpKind::ptr_is_null, {h.params[param]}, h.p.types.boolean());
  return h.ReturnIf(null, none_result, h.params);
}

// ---- repr ----

LLValue Join(Emitter& e, std::vector<LLValue> parts) {
  return e.Emit(LLOpKind::str_join, std::move(parts), e.t().str());
}

// A string builder appending each piece of a container's repr.
struct Builder {
  Emitter& e;
  LLValue b;
  void Add(LLValue s) { e.Rt(RtFunc::rpy_builder_append_str, {b, s}, e.t().void_()); }
};

LLValue ReprList(RTyper* rt, Emitter& e, LLValue l, AnnId ann) {
  LLProgram& p = e.p;
  LLTypeId lt = p.TypeOf(l);
  // Lists of numbers, and of strings that are never None, have rtlib's
  // typed repr.
  const char* typed = nullptr;
  switch (p.types.kind(p.types.get(lt).fields[0])) {
    case LLKind::Int: typed = "rpy_list_repr_i64"; break;
    case LLKind::Bool: typed = "rpy_list_repr_i8"; break;
    case LLKind::Float: typed = "rpy_list_repr_f64"; break;
    case LLKind::Str:
      if (Ann(rt, ann) && !MayBeNone(rt, ListItemAnn(rt, ann)) &&
          Ann(rt, ListItemAnn(rt, ann))->kind == AnnKind::Str)  // not bytes
        typed = "rpy_list_repr_str";
      break;
    default: break;
  }
  if (typed && Ann(rt, ann) && !MayBeNone(rt, ann)) {
    RtFunc f;
    RPYC_CHECK(FindRtFunc(typed, &f), std::string("runtime function missing: ") + typed);
    return e.Rt(f, {l}, p.types.str());
  }
  return CallHelper(e, "repr_list:" + ValueKey(rt, lt, ann), {l}, p.types.str(),
                    [&](HelperGraph& h) {
                      LLTypeStore& t = p.types;
                      std::vector<LLValue> ps = NoneCheck(h, 0, p.Str("None"), MayBeNone(rt, ann));
                      LLValue b = h.e.Rt(RtFunc::rpy_builder_new, {p.Int(16)}, t.ptr());
                      h.e.Rt(RtFunc::rpy_builder_append_str, {b, p.Str("[")}, t.void_());
                      auto x = h.ListLoop(ps[0], {b, p.Bool(true)},
                                          [&](LLValue, LLValue item, std::vector<LLValue> st) {
                                            Builder bb{h.e, st[0]};
                                            bb.Add(h.e.Emit(LLOpKind::select,
                                                            {st[1], p.Str(""), p.Str(", ")}, t.str()));
                                            bb.Add(ValueRepr(rt, h.e, item, ListItemAnn(rt, ann)));
                                            return std::vector<LLValue>{st[0], p.Bool(false)};
                                          });
                      h.e.Rt(RtFunc::rpy_builder_append_str, {x[1], p.Str("]")}, t.void_());
                      h.Return(h.e.Rt(RtFunc::rpy_builder_build, {x[1]}, t.str()));
                    });
}

LLValue ReprDictOrSet(RTyper* rt, Emitter& e, LLValue c, AnnId ann) {
  LLProgram& p = e.p;
  LLTypeId ct = p.TypeOf(c);
  bool is_set = p.types.kind(ct) == LLKind::Set;
  // Without an annotation (a KeyError's key repr, KeyReprFunction) a set
  // is a key, hence a frozenset.
  const annotator::Annotation* a = Ann(rt, ann);
  bool frozen = is_set && (!a || a->name == "frozenset");
  std::string open = frozen ? "frozenset({" : "{", close = frozen ? "})" : "}";
  return CallHelper(e, "repr_dict:" + ValueKey(rt, ct, ann) + (frozen ? " frozen" : ""), {c},
                    p.types.str(),
                    [&](HelperGraph& h) {
                      LLTypeStore& t = p.types;
                      const LLType& cty = t.get(ct);
                      LLValue b = h.e.Rt(RtFunc::rpy_builder_new, {p.Int(16)}, t.ptr());
                      h.e.Rt(RtFunc::rpy_builder_append_str, {b, p.Str(open)}, t.void_());
                      auto x = h.DictLoop(h.params[0], {b, p.Bool(true)},
                                          [&](LLValue d, LLValue idx, std::vector<LLValue> st) {
                                            Builder bb{h.e, st[0]};
                                            bb.Add(h.e.Emit(LLOpKind::select,
                                                            {st[1], p.Str(""), p.Str(", ")}, t.str()));
                                            LLValue k = h.e.FromBits(
                                                h.e.Rt(RtFunc::rpy_dict_entry_key, {d, idx}, t.integer()),
                                                cty.fields[0]);
                                            bb.Add(ValueRepr(rt, h.e, k, DictPartAnn(rt, ann, false)));
                                            if (!is_set) {
                                              bb.Add(p.Str(": "));
                                              LLValue v = h.e.FromBits(
                                                  h.e.Rt(RtFunc::rpy_dict_entry_value, {d, idx},
                                                         t.integer()),
                                                  cty.fields[1]);
                                              bb.Add(ValueRepr(rt, h.e, v, DictPartAnn(rt, ann, true)));
                                            }
                                            return std::vector<LLValue>{st[0], p.Bool(false)};
                                          });
                      h.e.Rt(RtFunc::rpy_builder_append_str, {x[1], p.Str(close)}, t.void_());
                      LLValue full = h.e.Rt(RtFunc::rpy_builder_build, {x[1]}, t.str());
                      // An empty set shows as set(); an empty dict as {}.
                      if (is_set)
                        full = h.e.Emit(LLOpKind::select,
                                        {x[2], p.Str(frozen ? "frozenset()" : "set()"), full},
                                        t.str());
                      h.Return(full);
                    });
}

LLValue ReprTuple(RTyper* rt, Emitter& e, LLValue v, AnnId ann) {
  LLProgram& p = e.p;
  LLTypeId tt = p.TypeOf(v);
  return CallHelper(e, "repr_tuple:" + ValueKey(rt, tt, ann), {v}, p.types.str(),
                    [&](HelperGraph& h) {
                      const LLType ty = p.types.get(tt);
                      std::vector<LLValue> ps = NoneCheck(h, 0, p.Str("None"), MayBeNone(rt, ann));
                      std::vector<LLValue> parts{p.Str("(")};
                      for (size_t i = 0; i < ty.fields.size(); ++i) {
                        if (i) parts.push_back(p.Str(", "));
                        LLValue f = p.types.kind(ty.fields[i]) == LLKind::Void
                                        ? p.Void()
                                        : h.e.Emit(LLOpKind::getfield, {ps[0]}, ty.fields[i],
                                                   static_cast<uint32_t>(i));
                        parts.push_back(ValueRepr(rt, h.e, f, ItemAnn(rt, ann, i)));
                      }
                      parts.push_back(p.Str(ty.fields.size() == 1 ? ",)" : ")"));
                      h.Return(Join(h.e, parts));
                    });
}

LLValue ReprInstance(RTyper* rt, Emitter& e, LLValue v, AnnId ann) {
  LLProgram& p = e.p;
  uint32_t cls = ClassOf(rt, ann);
  if (cls == annotator::kNoClass) {
    // Only the low-level type is known here (e.g. a %-format of a list of
    // instances): nothing says which __repr__ to call.
    if (rt)
      rt->Error(Diagnostic(DiagKind::UnsupportedOperation, e.loc,
                           {"repr()", "an instance inside a container here"}));
    return p.Str("");
  }
  return CallHelper(e, "repr_inst:" + ValueKey(rt, p.TypeOf(v), ann), {v}, p.types.str(),
                    [&](HelperGraph& h) {
                      std::vector<LLValue> ps = NoneCheck(h, 0, p.Str("None"), MayBeNone(rt, ann));
                      LLValue r = CallImplicit(rt, h.e, "__repr__", ps[0], {}, ann);
                      RPYC_CHECK(r.valid(), "no __repr__ recorded for an instance being shown");
                      h.Return(r);
                    });
}

// ---- equality ----

// Instances: identical ones are equal without calling __eq__ (as CPython
// compares the items of containers and dict keys); else v.__eq__(w), or
// identity without one.
LLValue EqInstance(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av) {
  LLProgram& p = e.p;
  LLTypeId boolean = p.types.boolean();
  LLValue same = e.Emit(LLOpKind::ptr_eq, {v, w}, boolean);
  uint32_t cls = ClassOf(rt, av);
  if (cls == annotator::kNoClass || !rt->ann().implicit_call(cls, "__eq__")) return same;
  return CallHelper(e, "eq_inst:" + ValueKey(rt, p.TypeOf(v), av), {v, w}, boolean,
                    [&](HelperGraph& h) {
                      LLValue same = h.e.Emit(LLOpKind::ptr_eq, {h.params[0], h.params[1]}, boolean);
                      std::vector<LLValue> ps = h.ReturnIf(same, p.Bool(true), h.params);
                      if (MayBeNone(rt, av)) {
                        // None == x (x not None): False, as NoneType.__eq__.
                        LLValue null = h.e.Emit(LLOpKind::ptr_is_null, {ps[0]}, boolean);
                        ps = h.ReturnIf(null, p.Bool(false), ps);
                      }
                      LLValue r = CallImplicit(rt, h.e, "__eq__", ps[0], {ps[1]}, av);
                      h.Return(h.e.Truth(r));
                    });
}

LLValue EqTuple(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeId vt = p.TypeOf(v), wt = p.TypeOf(w);
  if (p.types.get(vt).fields.size() != p.types.get(wt).fields.size()) return p.Bool(false);
  std::string key = "eq_tuple:" + ValueKey(rt, vt, av) + "|" + ValueKey(rt, wt, aw);
  return CallHelper(e, key, {v, w}, p.types.boolean(), [&](HelperGraph& h) {
    const LLType a = p.types.get(vt), b = p.types.get(wt);
    std::vector<LLValue> ps = h.params;
    if (MayBeNone(rt, av) || MayBeNone(rt, aw)) {
      // A nullable tuple: None equals only None.
      LLTypeId boolean = p.types.boolean();
      LLValue either = h.e.Emit(LLOpKind::int_or,
                                {h.e.Emit(LLOpKind::ptr_is_null, {ps[0]}, boolean),
                                 h.e.Emit(LLOpKind::ptr_is_null, {ps[1]}, boolean)},
                                boolean);
      ps = h.ReturnIf(either, h.e.Emit(LLOpKind::ptr_eq, {ps[0], ps[1]}, boolean), ps);
    }
    for (size_t i = 0; i < a.fields.size(); ++i) {
      auto field = [&](LLValue x, const LLType& ty) {
        return p.types.kind(ty.fields[i]) == LLKind::Void
                   ? p.Void()
                   : h.e.Emit(LLOpKind::getfield, {x}, ty.fields[i], static_cast<uint32_t>(i));
      };
      LLValue eq = ValueEq(rt, h.e, field(ps[0], a), field(ps[1], b), ItemAnn(rt, av, i),
                           ItemAnn(rt, aw, i));
      // The first unequal item decides (later items are not compared).
      ps = h.ReturnIf(h.e.Emit(LLOpKind::bool_not, {eq}, p.types.boolean()), p.Bool(false), ps);
    }
    h.Return(p.Bool(true));
  });
}

LLValue EqList(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeId vt = p.TypeOf(v), wt = p.TypeOf(w);
  std::string key = "eq_list:" + ValueKey(rt, vt, av) + "|" + ValueKey(rt, wt, aw);
  return CallHelper(e, key, {v, w}, p.types.boolean(), [&](HelperGraph& h) {
    LLTypeStore& t = p.types;
    LLTypeId i64 = t.integer(), boolean = t.boolean();
    LLValue n = h.e.Emit(LLOpKind::list_len, {h.params[0]}, i64);
    LLValue m = h.e.Emit(LLOpKind::list_len, {h.params[1]}, i64);
    std::vector<LLValue> ps = h.ReturnIf(h.e.Emit(LLOpKind::int_ne, {n, m}, boolean), p.Bool(false),
                                         {h.params[0], h.params[1], n});
    auto x = h.CountLoop(ps[2], {ps[0], ps[1], p.Bool(true)}, [&](LLValue i, std::vector<LLValue> st) {
      LLValue a = h.e.Emit(LLOpKind::list_getitem, {st[0], i}, t.get(vt).fields[0]);
      LLValue b = h.e.Emit(LLOpKind::list_getitem, {st[1], i}, t.get(wt).fields[0]);
      LLValue eq = ValueEq(rt, h.e, a, b, ListItemAnn(rt, av), ListItemAnn(rt, aw));
      return std::vector<LLValue>{st[0], st[1], h.e.Emit(LLOpKind::select, {st[2], eq, st[2]}, boolean)};
    });
    h.Return(x[2]);
  });
}

LLValue EqDict(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeId vt = p.TypeOf(v), wt = p.TypeOf(w);
  if (vt != wt) return p.Bool(false);
  std::string key = "eq_dict:" + ValueKey(rt, vt, av) + "|" + ValueKey(rt, wt, aw);
  return CallHelper(e, key, {v, w}, p.types.boolean(), [&](HelperGraph& h) {
    LLTypeStore& t = p.types;
    LLTypeId i64 = t.integer(), boolean = t.boolean();
    const LLType ct = t.get(vt);
    LLValue n = h.e.Rt(RtFunc::rpy_dict_len, {h.params[0]}, i64);
    LLValue m = h.e.Rt(RtFunc::rpy_dict_len, {h.params[1]}, i64);
    std::vector<LLValue> ps =
        h.ReturnIf(h.e.Emit(LLOpKind::int_ne, {n, m}, boolean), p.Bool(false), h.params);
    auto x = h.DictLoop(ps[0], {ps[1], p.Bool(true)}, [&](LLValue d, LLValue idx,
                                                         std::vector<LLValue> st) {
      LLValue kbits = h.e.Rt(RtFunc::rpy_dict_entry_key, {d, idx}, i64);
      h.e.keep.push_back(d);
      LLValue found = h.e.Rt(RtFunc::rpy_dict_lookup, {st[0], kbits}, i64);
      LLValue has = h.e.Emit(LLOpKind::int_ge, {found, p.Int(0)}, boolean);
      // A missing key compares the entry's value with itself (never
      // reading a dead entry of the other dict); `has` decides then.
      LLValue od = h.e.Emit(LLOpKind::select, {has, st[0], d}, vt);
      LLValue oi = h.e.Emit(LLOpKind::select, {has, found, idx}, i64);
      LLValue a = h.e.FromBits(h.e.Rt(RtFunc::rpy_dict_entry_value, {d, idx}, i64), ct.fields[1]);
      LLValue b = h.e.FromBits(h.e.Rt(RtFunc::rpy_dict_entry_value, {od, oi}, i64), ct.fields[1]);
      LLValue eq = ValueEq(rt, h.e, a, b, DictPartAnn(rt, av, true), DictPartAnn(rt, aw, true));
      LLValue ok = h.e.Emit(LLOpKind::select, {has, eq, p.Bool(false)}, boolean);
      return std::vector<LLValue>{st[0], h.e.Emit(LLOpKind::select, {st[1], ok, st[1]}, boolean)};
    });
    h.Return(x[2]);
  });
}

// ---- ordering ----

LLValue LessTuple(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeId vt = p.TypeOf(v), wt = p.TypeOf(w);
  std::string key = "lt_tuple:" + ValueKey(rt, vt, av) + "|" + ValueKey(rt, wt, aw);
  return CallHelper(e, key, {v, w}, p.types.boolean(), [&](HelperGraph& h) {
    const LLType a = p.types.get(vt), b = p.types.get(wt);
    size_t n = std::min(a.fields.size(), b.fields.size());
    std::vector<LLValue> ps = h.params;
    for (size_t i = 0; i < n; ++i) {
      auto field = [&](LLValue x, const LLType& ty) {
        return p.types.kind(ty.fields[i]) == LLKind::Void
                   ? p.Void()
                   : h.e.Emit(LLOpKind::getfield, {x}, ty.fields[i], static_cast<uint32_t>(i));
      };
      LLValue x = field(ps[0], a), y = field(ps[1], b);
      AnnId ax = ItemAnn(rt, av, i), ay = ItemAnn(rt, aw, i);
      LLValue eq = ValueEq(rt, h.e, x, y, ax, ay);
      // The first unequal pair decides with its own `<`.
      std::vector<LLValue> live = ps;
      live.push_back(x);
      live.push_back(y);
      std::vector<LLValue> differ;
      LLBlockId decide = h.Block(live, &differ);
      std::vector<LLValue> same;
      LLBlockId next = h.Block(ps, &same);
      p.block(h.e.block).exitswitch = eq;
      p.NewLink(h.e.block, next, ps, LLExit::True);
      p.NewLink(h.e.block, decide, live, LLExit::False);
      h.e.block = decide;
      h.Return(ValueLess(rt, h.e, differ[2], differ[3], ax, ay));
      h.e.block = next;
      ps = same;
    }
    h.Return(p.Bool(a.fields.size() < b.fields.size()));
  });
}

LLValue LessList(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeId vt = p.TypeOf(v), wt = p.TypeOf(w);
  std::string key = "lt_list:" + ValueKey(rt, vt, av) + "|" + ValueKey(rt, wt, aw);
  return CallHelper(e, key, {v, w}, p.types.boolean(), [&](HelperGraph& h) {
    LLTypeStore& t = p.types;
    LLTypeId i64 = t.integer(), boolean = t.boolean();
    LLValue n = h.e.Emit(LLOpKind::list_len, {h.params[0]}, i64);
    LLValue m = h.e.Emit(LLOpKind::list_len, {h.params[1]}, i64);
    LLValue shorter = h.e.Emit(LLOpKind::int_lt, {n, m}, boolean);
    LLValue k = h.e.Emit(LLOpKind::select, {shorter, n, m}, i64);
    // State: (v, w, decided, result); the first unequal pair decides.
    auto x = h.CountLoop(k, {h.params[0], h.params[1], p.Bool(false), shorter},
                         [&](LLValue i, std::vector<LLValue> st) {
                           LLValue a = h.e.Emit(LLOpKind::list_getitem, {st[0], i}, t.get(vt).fields[0]);
                           LLValue b = h.e.Emit(LLOpKind::list_getitem, {st[1], i}, t.get(wt).fields[0]);
                           AnnId ia = ListItemAnn(rt, av), ib = ListItemAnn(rt, aw);
                           LLValue eq = ValueEq(rt, h.e, a, b, ia, ib);
                           LLValue lt = ValueLess(rt, h.e, a, b, ia, ib);
                           LLValue now = h.e.Emit(LLOpKind::select, {eq, p.Bool(false), p.Bool(true)}, boolean);
                           LLValue decides = h.e.Emit(LLOpKind::select, {st[2], p.Bool(false), now}, boolean);
                           LLValue r = h.e.Emit(LLOpKind::select, {decides, lt, st[3]}, boolean);
                           LLValue d = h.e.Emit(LLOpKind::select, {st[2], st[2], now}, boolean);
                           return std::vector<LLValue>{st[0], st[1], d, r};
                         });
    h.Return(x[3]);
  });
}

// ---- hashing ----

LLValue HashTuple(RTyper* rt, Emitter& e, LLValue v, AnnId ann) {
  LLProgram& p = e.p;
  LLTypeId vt = p.TypeOf(v);
  return CallHelper(e, "hash_tuple:" + ValueKey(rt, vt, ann), {v}, p.types.integer(),
                    [&](HelperGraph& h) {
                      const LLType ty = p.types.get(vt);
                      LLTypeId i64 = p.types.integer();
                      LLValue acc = h.e.Rt(RtFunc::rpy_hash_tuple_start, {}, i64);
                      for (size_t i = 0; i < ty.fields.size(); ++i) {
                        LLValue f = p.types.kind(ty.fields[i]) == LLKind::Void
                                        ? p.Void()
                                        : h.e.Emit(LLOpKind::getfield, {h.params[0]}, ty.fields[i],
                                                   static_cast<uint32_t>(i));
                        LLValue lane = ValueHash(rt, h.e, f, ItemAnn(rt, ann, i));
                        acc = h.e.Rt(RtFunc::rpy_hash_tuple_step, {acc, lane}, i64);
                      }
                      h.Return(h.e.Rt(RtFunc::rpy_hash_tuple_finish,
                                      {acc, p.Int(static_cast<int64_t>(ty.fields.size()))}, i64));
                    });
}

}  // namespace

std::string ValueKey(RTyper* rt, LLTypeId type, AnnId ann) {
  const annotator::Annotation* a = Ann(rt, ann);
  if (!a) return "ll " + (rt ? rt->types().ToString(type) : std::to_string(type.index));
  // Annotations distinguish what low-level types do not: the class of an
  // instance, whether it may be None.
  std::string k = rt->ann().Describe(ann);
  std::vector<AnnId> todo{ann};
  while (!todo.empty()) {
    const annotator::Annotation& x = rt->ann().anns().get(todo.back());
    todo.pop_back();
    if (x.kind == AnnKind::Instance) k += "#" + std::to_string(x.classdef);
    if (x.can_be_none) k += "?";
    for (AnnId i : x.items) todo.push_back(i);
    if (x.kind == AnnKind::List) todo.push_back(rt->ann().anns().listdef(x.listdef).item);
    if (x.kind == AnnKind::Dict || x.kind == AnnKind::Set)
      todo.push_back(rt->ann().anns().listdef(x.listdef).item);
  }
  return k + " " + rt->types().ToString(type);
}

LLValue ValueRepr(RTyper* rt, Emitter& e, LLValue v, AnnId ann) {
  if (rt && ann.valid() && annotator::IsExceptionValue(rt->ann(), ann) &&
      !rt->ann().ClassHasMethod(Ann(rt, ann)->classdef, "__repr__"))
    return e.Rt(RtFunc::rpy_exc_repr, {v}, e.t().str());
  if (const annotator::Annotation* a = Ann(rt, ann); a && a->kind == AnnKind::Bytes)
    return e.Rt(RtFunc::rpy_bytes_repr, {v}, e.t().str());
  switch (e.t().kind(e.p.TypeOf(v))) {
    case LLKind::Int:
    case LLKind::UInt:
    case LLKind::Float:
    case LLKind::Bool:
    case LLKind::Str:  // rpy_str_repr shows a null (None) string as None
    case LLKind::Void:
      return e.Repr(v);
    case LLKind::List: return ReprList(rt, e, v, ann);
    case LLKind::Tuple: return ReprTuple(rt, e, v, ann);
    case LLKind::Dict:
    case LLKind::Set: return ReprDictOrSet(rt, e, v, ann);
    case LLKind::Ptr: return ReprInstance(rt, e, v, ann);
    case LLKind::Js:
      // '%r' % v shows String(v), as str() does. Inside containers (helper
      // graphs, no RTyper to emit through) the annotator refuses JS values.
      if (e.rt) return JsToStr(*e.rt, v);
      break;
    case LLKind::Int32: break;
  }
  RPYC_UNREACHABLE("repr of an unsupported representation");
}

LLValue ValueEq(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeStore& t = e.t();
  LLTypeId boolean = t.boolean();
  LLKind kv = t.kind(p.TypeOf(v)), kw = t.kind(p.TypeOf(w));
  if (IsNumberKind(kv) && IsNumberKind(kw)) {
    if (kv == LLKind::Float || kw == LLKind::Float)
      return e.Emit(LLOpKind::float_eq, {AsFloat(e, v), AsFloat(e, w)}, boolean);
    return e.Emit(LLOpKind::int_eq, {AsInt(e, v), AsInt(e, w)}, boolean);
  }
  if (IsClass(rt, av) || IsClass(rt, aw)) {
    // Classes as values: by identity (a single known class is Void).
    LLValue x = ClassPointer(rt, v, av), y = ClassPointer(rt, w, aw);
    if (t.kind(p.TypeOf(x)) == LLKind::Ptr && t.kind(p.TypeOf(y)) == LLKind::Ptr)
      return e.Emit(LLOpKind::ptr_eq, {x, y}, boolean);
  }
  if (kv == LLKind::Void && kw == LLKind::Void) return p.Bool(true);
  if (kv == LLKind::Void || kw == LLKind::Void) {
    // None against a value that may be None (a null pointer).
    LLValue other = kv == LLKind::Void ? w : v;
    if (!t.IsGcPointer(p.TypeOf(other))) return p.Bool(false);
    return e.Emit(LLOpKind::ptr_is_null, {other}, boolean);
  }
  if (kv != kw) return p.Bool(false);
  switch (kv) {
    case LLKind::Str: return e.Rt(RtFunc::rpy_str_eq, {v, w}, boolean);
    case LLKind::Tuple: return EqTuple(rt, e, v, w, av, aw);
    case LLKind::List: return EqList(rt, e, v, w, av, aw);
    case LLKind::Dict: return EqDict(rt, e, v, w, av, aw);
    case LLKind::Set: return e.Rt(RtFunc::rpy_set_eq, {v, w}, boolean);
    case LLKind::Ptr: return EqInstance(rt, e, v, w, av);
    default: break;
  }
  return p.Bool(false);
}

LLValue ValueLess(RTyper* rt, Emitter& e, LLValue v, LLValue w, AnnId av, AnnId aw) {
  LLProgram& p = e.p;
  LLTypeStore& t = e.t();
  LLTypeId boolean = t.boolean();
  LLKind kv = t.kind(p.TypeOf(v)), kw = t.kind(p.TypeOf(w));
  if (IsNumberKind(kv) && IsNumberKind(kw)) {
    if (kv == LLKind::Float || kw == LLKind::Float)
      return e.Emit(LLOpKind::float_lt, {AsFloat(e, v), AsFloat(e, w)}, boolean);
    return e.Emit(LLOpKind::int_lt, {AsInt(e, v), AsInt(e, w)}, boolean);
  }
  RPYC_CHECK(kv == kw, "ordering values of different types");
  switch (kv) {
    case LLKind::Str: {
      LLValue c = e.Rt(RtFunc::rpy_str_cmp, {v, w}, t.integer());
      return e.Emit(LLOpKind::int_lt, {c, p.Int(0)}, boolean);
    }
    case LLKind::Tuple: return LessTuple(rt, e, v, w, av, aw);
    case LLKind::List: return LessList(rt, e, v, w, av, aw);
    case LLKind::Ptr: {
      LLValue r = CallImplicit(rt, e, "__lt__", v, {w}, av);
      RPYC_CHECK(r.valid(), "no __lt__ recorded for instances being ordered");
      return e.Truth(r);
    }
    default: break;
  }
  RPYC_UNREACHABLE("ordering of an unsupported representation");
}

LLValue ValueHash(RTyper* rt, Emitter& e, LLValue v, AnnId ann) {
  LLProgram& p = e.p;
  LLTypeId i64 = e.t().integer();
  switch (e.t().kind(p.TypeOf(v))) {
    case LLKind::Int: return e.Rt(RtFunc::rpy_hash_int, {v}, i64);
    case LLKind::Bool: return AsInt(e, v);
    case LLKind::Float: return e.Rt(RtFunc::rpy_hash_float, {v}, i64);
    case LLKind::Str: return e.Rt(RtFunc::rpy_hash_str, {v}, i64);
    case LLKind::Void: return p.Int(0x5f3759df);  // hash(None): any fixed value will do
    case LLKind::Tuple: return HashTuple(rt, e, v, ann);
    // Only frozensets are hashed (the annotator refuses sets).
    case LLKind::Set: return e.Rt(RtFunc::rpy_frozenset_hash, {v}, i64);
    case LLKind::Ptr: {
      // An instance with __hash__ (a dict key, annotate_keys.cpp), else
      // its identity.
      LLValue r = CallImplicit(rt, e, "__hash__", v, {}, ann);
      if (r.valid()) return r;
      return e.Rt(RtFunc::rpy_hash_ptr, {v}, i64);
    }
    default: break;
  }
  RPYC_UNREACHABLE("hash of an unhashable representation");
}

LLGraphId KeyHashGraph(RTyper* rt, Emitter& e, LLTypeId key, AnnId ann) {
  return GetHelper(e.p, "key_hash:" + ValueKey(rt, key, ann), {key}, e.t().integer(), e.loc,
                   [&](HelperGraph& h) { h.Return(ValueHash(rt, h.e, h.params[0], ann)); });
}

LLGraphId KeyEqGraph(RTyper* rt, Emitter& e, LLTypeId key, AnnId ann) {
  return GetHelper(e.p, "key_eq:" + ValueKey(rt, key, ann), {key, key}, e.t().boolean(), e.loc,
                   [&](HelperGraph& h) {
                     h.Return(ValueEq(rt, h.e, h.params[0], h.params[1], ann, ann));
                   });
}

LLValue KeyHashFunction(Emitter& e, LLTypeId key) {
  LLGraphId g = KeyHashGraph(nullptr, e, key, AnnId());
  return e.Emit(LLOpKind::graph_address, {}, e.t().ptr(), g.index);
}

LLValue KeyEqFunction(Emitter& e, LLTypeId key) {
  LLGraphId g = KeyEqGraph(nullptr, e, key, AnnId());
  return e.Emit(LLOpKind::graph_address, {}, e.t().ptr(), g.index);
}

LLValue KeyReprFunction(Emitter& e, LLTypeId key) {
  LLGraphId g = GetHelper(e.p, "key_repr:" + ValueKey(nullptr, key, AnnId()), {key}, e.t().str(),
                          e.loc, [&](HelperGraph& h) {
                            h.Return(ValueRepr(nullptr, h.e, h.params[0], AnnId()));
                          });
  return e.Emit(LLOpKind::graph_address, {}, e.t().ptr(), g.index);
}

bool ListSearchNeedsValues(RTyper& rt, AnnId list_ann) {
  AnnId item = ListItemAnn(&rt, list_ann);
  const annotator::Annotation* a = Ann(&rt, item);
  if (!a) return false;
  switch (a->kind) {
    case AnnKind::Tuple: case AnnKind::List: case AnnKind::Dict: case AnnKind::Set:
      return true;
    case AnnKind::Instance:
      return rt.ann().implicit_call(a->classdef, "__eq__") != nullptr;
    case AnnKind::PBC:
      return IsClass(&rt, item);  // a single known class has no run-time value
    default:
      return false;
  }
}

LLValue ListSearchValues(RTyper& rt, LLValue l, LLValue x, AnnId list_ann, AnnId x_ann,
                         const std::string& what) {
  LLProgram& p = rt.program();
  Emitter e{p, &rt, LLBlockId(), rt.current_op() ? rt.current_op()->loc : SourceLoc(), {}};
  LLTypeId i64 = p.types.integer();
  std::string key = "list_" + what + ":" + ValueKey(&rt, p.TypeOf(l), list_ann) + "|" +
                    ValueKey(&rt, p.TypeOf(x), x_ann);
  return CallHelper(e, key, {l, x}, i64, [&](HelperGraph& h) {
    if (what == "count") {
      LLValue n = h.e.Emit(LLOpKind::list_len, {h.params[0]}, i64);
      // (`r` below: the list, x, and the count after the loop.)
      auto r = h.CountLoop(n, {h.params[0], h.params[1], p.Int(0)}, [&](LLValue i, std::vector<LLValue> st) {
        LLValue item = h.e.Emit(LLOpKind::list_getitem, {st[0], i}, rt.ItemType(p.TypeOf(st[0])));
        LLValue eq = ValueEq(&rt, h.e, item, st[1], ListItemAnn(&rt, list_ann), x_ann);
        LLValue next = h.e.Emit(LLOpKind::int_add, {st[2], h.e.Emit(LLOpKind::cast_bool_to_int, {eq}, i64)}, i64);
        return std::vector<LLValue>{st[0], st[1], next};
      });
      h.Return(r[2]);
      return;
    }
    // find/index: the first equal item's index (no __eq__ call after it).
    std::vector<LLValue> rest = h.SearchLoop(
        h.params[0], {h.params[1]},
        [&](LLValue item, std::vector<LLValue> st) {
          return ValueEq(&rt, h.e, item, st[0], ListItemAnn(&rt, list_ann), x_ann);
        },
        [](LLValue i) { return i; });
    if (what == "find") {
      h.Return(p.Int(-1));
      return;
    }
    // list.index: ValueError '<repr(x)> is not in list' when absent.
    // An instance without __repr__ would show its address in CPython
    // (the annotator records __repr__ for a plain instance argument).
    uint32_t cls = ClassOf(&rt, x_ann);
    bool no_repr = cls == annotator::kNoClass ? annotator::HasInstances(rt.ann(), x_ann)
                                              : !rt.ann().implicit_call(cls, "__repr__");
    LLValue shown = no_repr ? p.Str("<object>") : ValueRepr(&rt, h.e, rest[0], x_ann);
    h.e.Rt(RtFunc::rpy_list_not_found, {shown, p.Bool(false)}, p.types.void_());
    h.Return(p.Int(-1));
  });
}

void SortListValues(RTyper& rt, LLValue l, AnnId list_ann, LLValue reverse) {
  LLProgram& p = rt.program();
  LLTypeId item = rt.ItemType(p.TypeOf(l));
  LLKind k = p.types.kind(item);
  if (k == LLKind::Void) return;  // a list that is always empty
  if (k != LLKind::Tuple && k != LLKind::List && k != LLKind::Ptr) {
    rt.EmitListTyped("sort", l, {reverse}, p.types.void_());
    return;
  }
  rt.EmitRt(RtFunc::rpy_list_sort_cmp, {l, ValueLessFunction(rt, item, list_ann), reverse},
            p.types.void_());
}

LLValue ValueLessFunction(RTyper& rt, LLTypeId item, AnnId list_ann) {
  LLProgram& p = rt.program();
  Emitter e{p, &rt, LLBlockId(), rt.current_op() ? rt.current_op()->loc : SourceLoc(), {}};
  AnnId ia = ListItemAnn(&rt, list_ann);
  LLGraphId g = GetHelper(p, "sort_less:" + ValueKey(&rt, item, ia), {item, item},
                          p.types.boolean(), e.loc, [&](HelperGraph& h) {
                            h.Return(ValueLess(&rt, h.e, h.params[0], h.params[1], ia, ia));
                          });
  return e.Emit(LLOpKind::graph_address, {}, p.types.ptr(), g.index);
}

LLValue ValueStr(RTyper& rt, Emitter& e, LLValue v, AnnId ann) {
  const annotator::Annotation* a = Ann(&rt, ann);
  if (a && a->kind == AnnKind::Instance) {
    if (annotator::IsExceptionValue(rt.ann(), ann)) return ExceptionStr(rt, v);
    LLValue r = CallImplicit(&rt, e, annotator::kStrForm, v, {}, ann);
    RPYC_CHECK(r.valid(), "no __str__/__repr__ recorded for an instance being shown");
    return r;
  }
  if (a && annotator::IsDeepValue(rt.ann(), ann)) return ValueRepr(&rt, e, v, ann);
  return rt.ToStr(v);
}

LLValue InstanceStrForm(RTyper& rt, LLValue v, AnnId ann, const std::string& name) {
  uint32_t cls = ClassOf(&rt, ann);
  return CallHelper(rt, "str_or_none:" + name + ":" + std::to_string(cls), {v}, rt.types().str(),
                    [&](HelperGraph& h) {
                      std::vector<LLValue> ps = NoneCheck(h, 0, h.p.Str("None"), true);
                      LLValue r = CallImplicit(&rt, h.e, name, ps[0], {}, ann);
                      RPYC_CHECK(r.valid(), "no string form recorded for an instance shown");
                      h.Return(r);
                    });
}

LLValue ExceptionStr(RTyper& rt, LLValue exc) {
  LLTypeStore& t = rt.types();
  // The message is field 0 of BaseException (class 0), NULL without one.
  LLValue m = rt.Emit(LLOpKind::inst_getfield, {exc}, t.str(), 0, 0);
  LLValue none = rt.Emit(LLOpKind::ptr_is_null, {m}, t.boolean());
  return rt.Emit(LLOpKind::select, {none, rt.program().Str(""), m}, t.str());
}

LLValue ExceptionMessage(RTyper& rt, const flow::Operation& op, size_t first, uint32_t classdef) {
  LLProgram& p = rt.program();
  const flow::CallShape& shape = rt.ann().store().call_shape(op.shape);
  size_t end = 1 + shape.positional;
  if (first >= end) return p.Str("");
  // str(KeyError(k)) is repr(k).
  bool key_error = false;
  for (uint32_t c = classdef; c != annotator::kNoClass; c = rt.ann().classdef(c).base)
    key_error = key_error || rt.ann().classdef(c).builtin_exception ==
                                 static_cast<int>(BuiltinExc::KeyError);
  if (first + 1 == end && key_error) {
    Emitter e{p, &rt, LLBlockId(), op.loc, {}};
    return ValueRepr(&rt, e, rt.Convert(op.args[first]), rt.ann().annotation(op.args[first]));
  }
  if (first + 1 == end) {
    if (annotator::IsDeepValue(rt.ann(), rt.ann().annotation(op.args[first]))) {
      Emitter e{p, &rt, LLBlockId(), op.loc, {}};
      return ValueRepr(&rt, e, rt.Convert(op.args[first]), rt.ann().annotation(op.args[first]));
    }
    return rt.ToStr(rt.Convert(op.args[first]));
  }
  Emitter e{p, &rt, LLBlockId(), op.loc, {}};
  std::vector<LLValue> parts{p.Str("(")};
  for (size_t i = first; i < end; ++i) {
    if (i > first) parts.push_back(p.Str(", "));
    parts.push_back(ValueRepr(&rt, e, rt.Convert(op.args[i]), rt.ann().annotation(op.args[i])));
  }
  parts.push_back(p.Str(")"));
  return Join(e, parts);
}

void SetExceptionReprArgs(RTyper& rt, const flow::Operation& op, size_t first, LLValue exc) {
  LLProgram& p = rt.program();
  const flow::CallShape& shape = rt.ann().store().call_shape(op.shape);
  size_t end = 1 + shape.positional;
  if (first + 1 == end) {
    const annotator::Annotation& a = rt.ann().anns().get(rt.ann().annotation(op.args[first]));
    if (a.kind == AnnKind::Str && !a.can_be_none) return;
  }
  Emitter e{p, &rt, LLBlockId(), op.loc, {}};
  std::vector<LLValue> parts;
  for (size_t i = first; i < end; ++i) {
    if (i > first) parts.push_back(p.Str(", "));
    parts.push_back(ValueRepr(&rt, e, rt.Convert(op.args[i]), rt.ann().annotation(op.args[i])));
  }
  LLValue text = parts.empty() ? p.Str("") : Join(e, parts);
  // Field 1 of BaseException (class 0), after the message.
  rt.Emit(LLOpKind::inst_setfield, {exc, text}, p.types.void_(), 0, 1);
}

LLValue LowerValueOp(RTyper& rt, const flow::Operation& op) {
  annotator::Annotator& ann = rt.ann();
  LLProgram& p = rt.program();
  auto kind = [&](size_t i) { return ann.anns().get(ann.annotation(op.args[i])).kind; };
  auto container = [&](size_t i) {
    AnnKind k = kind(i);
    return k == AnnKind::Tuple || k == AnnKind::List || k == AnnKind::Dict;
  };
  if (op.args.empty()) return LLValue();
  Emitter e{p, &rt, LLBlockId(), op.loc, {}};
  LLTypeId boolean = p.types.boolean();
  AnnId a0 = ann.annotation(op.args[0]);
  AnnId a1 = op.args.size() > 1 ? ann.annotation(op.args[1]) : AnnId();
  bool builder = kind(0) == AnnKind::StrBuilder;
  switch (op.kind) {
    case OpKind::acc_begin: {
      LLValue s = rt.Convert(op.args[0]);
      if (kind(0) != AnnKind::Str) return s;
      LLValue b = e.Rt(RtFunc::rpy_builder_new, {p.Int(0)}, p.types.ptr());
      e.Rt(RtFunc::rpy_builder_append_str, {b, s}, p.types.void_());
      return b;
    }
    case OpKind::acc_end:
      if (!builder) return rt.Convert(op.args[0]);
      return e.Rt(RtFunc::rpy_builder_build, {rt.Convert(op.args[0])}, p.types.str());
    case OpKind::inplace_add: {
      if (!builder) return LLValue();
      LLValue b = rt.Convert(op.args[0]);
      e.Rt(RtFunc::rpy_builder_append_str, {b, rt.Convert(op.args[1])}, p.types.void_());
      return b;
    }
    case OpKind::eq:
    case OpKind::ne: {
      if (!container(0) && !container(1)) return LLValue();
      if (kind(0) == AnnKind::Set || kind(1) == AnnKind::Set) return LLValue();
      LLValue r = ValueEq(&rt, e, rt.Convert(op.args[0]), rt.Convert(op.args[1]), a0, a1);
      if (op.kind == OpKind::ne) r = e.Emit(LLOpKind::bool_not, {r}, boolean);
      return r;
    }
    case OpKind::lt:
    case OpKind::le:
    case OpKind::gt:
    case OpKind::ge: {
      if (kind(0) != kind(1) || (kind(0) != AnnKind::Tuple && kind(0) != AnnKind::List))
        return LLValue();
      LLValue v = rt.Convert(op.args[0]), w = rt.Convert(op.args[1]);
      // a > b is b < a; a <= b is not b < a; a >= b is not a < b.
      bool swap = op.kind == OpKind::gt || op.kind == OpKind::le;
      LLValue r = swap ? ValueLess(&rt, e, w, v, a1, a0) : ValueLess(&rt, e, v, w, a0, a1);
      if (op.kind == OpKind::le || op.kind == OpKind::ge) r = e.Emit(LLOpKind::bool_not, {r}, boolean);
      return r;
    }
    case OpKind::contains: {
      if (!annotator::ContainsNeedsValues(ann, a0, a1)) return LLValue();
      LLValue c = rt.Convert(op.args[0]), x = rt.Convert(op.args[1]);
      if (kind(0) == AnnKind::Tuple) {
        const LLType ct = p.types.get(p.TypeOf(c));
        LLValue r = p.Bool(false);
        for (size_t i = 0; i < ct.fields.size(); ++i) {
          LLValue f = p.types.kind(ct.fields[i]) == LLKind::Void
                          ? p.Void()
                          : e.Emit(LLOpKind::getfield, {c}, ct.fields[i], static_cast<uint32_t>(i));
          LLValue eq = ValueEq(&rt, e, f, x, ItemAnn(&rt, a0, i), a1);
          r = e.Emit(LLOpKind::select, {r, r, eq}, boolean);
        }
        return r;
      }
      std::string key = "contains:" + ValueKey(&rt, p.TypeOf(c), a0) + "|" +
                        ValueKey(&rt, p.TypeOf(x), a1);
      return CallHelper(e, key, {c, x}, boolean, [&](HelperGraph& h) {
        h.SearchLoop(
            h.params[0], {h.params[1]},
            [&](LLValue item, std::vector<LLValue> st) {
              return ValueEq(&rt, h.e, item, st[0], ListItemAnn(&rt, a0), a1);
            },
            [&](LLValue) { return p.Bool(true); });
        h.Return(p.Bool(false));
      });
    }
    default:
      return LLValue();
  }
}

LLValue LowerValueBuiltin(RTyper& rt, const flow::Operation& op, BuiltinId id) {
  annotator::Annotator& ann = rt.ann();
  LLProgram& p = rt.program();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  Emitter e{p, &rt, LLBlockId(), op.loc, {}};
  LLTypeId i64 = p.types.integer(), f64 = p.types.floating();
  LLTypeId rtype = rt.TypeOf(ann.binding(op.result));
  std::vector<LLValue> args;
  auto arg = [&](size_t i) {
    while (args.size() <= i) args.push_back(rt.Convert(op.args[1 + args.size()]));
    return args[i];
  };
  auto is_float = [&](size_t i) { return p.types.kind(p.TypeOf(arg(i))) == LLKind::Float; };
  switch (id) {
    case BuiltinId::divmod: {
      LLValue q, r;
      if (is_float(0) || is_float(1)) {
        LLValue x = rt.ToFloat(arg(0)), y = rt.ToFloat(arg(1));
        q = e.Rt(RtFunc::rpy_float_floordiv, {x, y}, f64);
        r = e.Rt(RtFunc::rpy_float_mod, {x, y}, f64);
      } else {
        LLValue x = rt.ToInt(arg(0)), y = rt.ToInt(arg(1));
        q = e.Rt(RtFunc::rpy_int_floordiv, {x, y}, i64);
        r = e.Rt(RtFunc::rpy_int_mod, {x, y}, i64);
      }
      LLValue t = e.Emit(LLOpKind::malloc_tuple, {}, rtype);
      e.Emit(LLOpKind::setfield, {t, q}, p.types.void_(), 0);
      e.Emit(LLOpKind::setfield, {t, r}, p.types.void_(), 1);
      return t;
    }
    case BuiltinId::pow:
      if (shape.positional == 3)
        return e.Rt(RtFunc::rpy_int_powmod,
                    {rt.ToInt(arg(0)), rt.ToInt(arg(1)), rt.ToInt(arg(2))}, i64);
      if (p.types.kind(rtype) == LLKind::Float)
        return e.Rt(RtFunc::rpy_float_pow, {rt.ToFloat(arg(0)), rt.ToFloat(arg(1))}, f64);
      return e.Rt(RtFunc::rpy_int_pow, {rt.ToInt(arg(0)), rt.ToInt(arg(1))}, i64);
    case BuiltinId::round:
      if (shape.positional == 1) {
        if (is_float(0)) return e.Rt(RtFunc::rpy_float_round_int, {arg(0)}, i64);
        return rt.ToInt(arg(0));
      }
      if (is_float(0)) return e.Rt(RtFunc::rpy_float_round, {arg(0), rt.ToInt(arg(1))}, f64);
      return e.Rt(RtFunc::rpy_int_round, {rt.ToInt(arg(0)), rt.ToInt(arg(1))}, i64);
    default:
      break;
  }
  if (shape.positional != 1 || !shape.keywords.empty()) return LLValue();
  AnnId a = ann.annotation(op.args[1]);
  switch (id) {
    case BuiltinId::hash:
      return ValueHash(&rt, e, rt.Convert(op.args[1]), a);
    case BuiltinId::str:
    case BuiltinId::repr:
      if (!annotator::IsDeepValue(ann, a)) return LLValue();
      return ValueRepr(&rt, e, rt.Convert(op.args[1]), a);
    default:
      return LLValue();
  }
}

}  // namespace rpyc::rtyper
