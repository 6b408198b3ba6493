// Lowering of dict and set operations and built-ins (the dict family
// hook; see rtyper.h), and of the built-ins over iterables.
//
// Dicts and sets are rtlib's rpy_dict (rpyc_rt.h); keys and values cross
// the API as uint64 bit patterns (to_bits / from_bits). A GC pointer whose
// bits are passed to a call that may allocate is kept rooted with a
// `keepalive` after the call.
//
// Iterators are GC structs:
//   dict_keys/dict_values/dict_items/set: {container, rpy_dict_iter (3 x
//     i64), current entry index}
//   enumerate/reversed: {list, index}; zip: {list, list, index}
// Views (d.keys(), ...) are the dict itself.
//
// Loops the lowering needs (repr, list(d), set(list), sum(list), ...) are
// helper LL graphs synthesized once per type and called directly.
#include <map>

#include "common/check.h"
#include "annotator/methods.h"
#include "rtyper/dict_family.h"
#include "rtyper/helper_graph.h"
#include "rtyper/value_family.h"
#include "rtyper/lower_methods.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::BuiltinId;
using flow::OpKind;

namespace {

// The element of entry `idx` of dict/set `d`: its key, value or (key,
// value) tuple.
LLValue EntryItem(Emitter& e, LLValue d, LLValue idx, const std::string& what) {
  LLTypeStore& t = e.t();
  const LLType& ct = t.get(e.p.TypeOf(d));
  auto key = [&]() {
    return e.FromBits(e.Rt(RtFunc::rpy_dict_entry_key, {d, idx}, t.integer()), ct.fields[0]);
  };
  auto value = [&]() {
    return e.FromBits(e.Rt(RtFunc::rpy_dict_entry_value, {d, idx}, t.integer()), ct.fields[1]);
  };
  if (what == "values") return value();
  if (what == "items") {
    LLValue k = key(), v = value();
    LLTypeId tt = t.tuple({ct.fields[0], ct.fields[1]});
    LLValue tup = e.Emit(LLOpKind::malloc_tuple, {}, tt);
    e.Emit(LLOpKind::setfield, {tup, k}, t.void_(), 0);
    e.Emit(LLOpKind::setfield, {tup, v}, t.void_(), 1);
    return tup;
  }
  return key();
}

// list(x) for a dict/set/view: `what` is keys, values or items.
LLValue ToList(RTyper& rt, LLValue d, const std::string& what, LLTypeId list_t) {
  LLProgram& p = rt.program();
  return CallHelper(rt, "dict_to_list:" + what + TypeKey(p, p.TypeOf(d)) + TypeKey(p, list_t), {d},
                    list_t, [&](HelperGraph& h) {
                      LLTypeStore& t = p.types;
                      LLTypeId item = t.get(list_t).fields[0];
                      LLValue size = h.e.Emit(LLOpKind::list_item_size, {}, t.integer(),
                                              list_t.index);
                      LLValue l = h.e.Rt(RtFunc::rpy_list_new,
                                         {p.Int(0), size, p.Bool(t.IsGcPointer(item))}, list_t);
                      auto x = h.DictLoop(h.params[0], {l}, [&](LLValue dd, LLValue idx,
                                                                std::vector<LLValue> st) {
                        h.e.Append(st[0], EntryItem(h.e, dd, idx, what));
                        return st;
                      });
                      h.Return(x[1]);
                    });
}

// A new set holding the items of list l.
LLValue SetFromList(RTyper& rt, LLValue l, LLTypeId set_t) {
  LLProgram& p = rt.program();
  return CallHelper(rt, "set_from_list:" + TypeKey(p, p.TypeOf(l)) + TypeKey(p, set_t), {l}, set_t,
                    [&](HelperGraph& h) {
                      LLValue s = h.e.NewContainer(set_t);
                      auto x = h.ListLoop(h.params[0], {s}, [&](LLValue, LLValue item,
                                                                std::vector<LLValue> st) {
                        h.e.Rt(RtFunc::rpy_set_add, {st[0], h.e.Bits(item)}, p.types.void_());
                        return st;
                      });
                      h.Return(x[1]);
                    });
}

// Calls rtlib's f(sets..., item) for each item of list l in order: how
// CPython's set methods consume an iterable that is not a set.
void SetEachOfList(RTyper& rt, RtFunc f, std::vector<LLValue> sets, LLValue l) {
  LLProgram& p = rt.program();
  std::string key = std::string("set_each:") + RtFuncName(f) + TypeKey(p, p.TypeOf(l));
  for (LLValue s : sets) key += TypeKey(p, p.TypeOf(s));
  std::vector<LLValue> args = sets;
  args.push_back(l);
  CallHelper(rt, key, args, p.types.void_(), [&](HelperGraph& h) {
    std::vector<LLValue> hs(h.params.begin(), h.params.end() - 1);
    auto x = h.ListLoop(h.params.back(), hs, [&](LLValue, LLValue item, std::vector<LLValue> st) {
      std::vector<LLValue> call_args = st;
      call_args.push_back(h.e.Bits(item));
      h.e.Rt(f, call_args, p.types.void_());
      return st;
    });
    (void)x;
    h.Return(p.Void());
  });
}

// d.update(list of pairs).
void UpdateFromPairs(RTyper& rt, LLValue d, LLValue l) {
  LLProgram& p = rt.program();
  CallHelper(rt, "dict_update_pairs:" + TypeKey(p, p.TypeOf(d)) + TypeKey(p, p.TypeOf(l)), {d, l},
             p.types.void_(), [&](HelperGraph& h) {
               LLTypeStore& t = p.types;
               LLTypeId pair = t.get(p.TypeOf(l)).fields[0];
               auto x = h.ListLoop(h.params[1], {h.params[0]}, [&](LLValue, LLValue item,
                                                                   std::vector<LLValue> st) {
                 LLValue k = h.e.Emit(LLOpKind::getfield, {item}, t.get(pair).fields[0], 0);
                 LLValue v = h.e.Emit(LLOpKind::getfield, {item}, t.get(pair).fields[1], 1);
                 h.e.Rt(RtFunc::rpy_dict_setitem, {st[0], h.e.Bits(k), h.e.Bits(v)}, t.void_());
                 return st;
               });
               (void)x;
               h.Return(p.Void());
             });
}

// The items of a dict, set, view or other iterator `v` as a new list (below).
LLValue AsList(RTyper& rt, flow::Value v, LLTypeId list_t);

}  // namespace

void DictUpdateFromPairs(RTyper& rt, LLValue d, LLValue pairs) { UpdateFromPairs(rt, d, pairs); }
void DictSetEachOfList(RTyper& rt, RtFunc f, std::vector<LLValue> sets, LLValue l) {
  SetEachOfList(rt, f, std::move(sets), l);
}
LLValue DictSetFromList(RTyper& rt, LLValue l, LLTypeId set_t) { return SetFromList(rt, l, set_t); }

LLValue DictFromEntries(RTyper& rt, LLTypeId type,
                        const std::vector<std::pair<flow::Value, flow::Value>>& entries) {
  Emitter e{rt.program(), &rt, LLBlockId(), rt.current_op() ? rt.current_op()->loc : SourceLoc(), {}};
  LLTypeStore& t = rt.types();
  LLValue d = e.NewContainer(type);
  for (const auto& [key, value] : entries)
    e.Rt(RtFunc::rpy_dict_setitem,
         {d, e.Bits(rt.ConvertTo(key, t.get(type).fields[0])),
          e.Bits(rt.ConvertTo(value, t.get(type).fields[1]))},
         t.void_());
  return d;
}

LLTypeId DictIteratorType(RTyper& rt, const annotator::Annotation& a) {
  LLTypeStore& t = rt.types();
  LLTypeId i64 = t.integer();
  if (a.name == "keys_view" || a.name == "values_view" || a.name == "items_view")
    return rt.TypeOf(a.items[1]);  // the dict itself
  if (a.name == "reversed") return t.tuple({rt.TypeOf(a.items[1]), i64});
  // enumerate: {list, next index, start}
  if (a.name == "enumerate") return t.tuple({rt.TypeOf(a.items[1]), i64, i64});
  if (a.name == "zip") {
    // {list_1, ..., list_n, next index}
    std::vector<LLTypeId> fields;
    for (size_t i = 1; i < a.items.size(); ++i) fields.push_back(rt.TypeOf(a.items[i]));
    fields.push_back(i64);
    return t.tuple(fields);
  }
  // dict_keys, dict_values, dict_items, set
  return t.tuple({rt.TypeOf(a.items[1]), i64, i64, i64, i64});
}

LLValue LowerDictOp(RTyper& rt, const flow::Operation& op) {
  LLProgram& p = rt.program();
  LLTypeStore& t = rt.types();
  annotator::Annotator& ann = rt.ann();
  Emitter e{p, &rt, LLBlockId(), op.loc, {}};
  auto akind = [&](size_t i) { return ann.anns().get(ann.annotation(op.args[i])).kind; };
  auto aname = [&](size_t i) { return ann.anns().get(ann.annotation(op.args[i])).name; };
  auto is_dict = [&](size_t i) { return op.args.size() > i && akind(i) == AnnKind::Dict; };
  auto is_set = [&](size_t i) { return op.args.size() > i && akind(i) == AnnKind::Set; };
  auto my_iter = [&](size_t i) {
    return op.args.size() > i && akind(i) == AnnKind::Iterator && aname(i) != "list";
  };
  LLTypeId rtype = rt.TypeOf(ann.binding(op.result));
  LLTypeId void_t = t.void_(), i64 = t.integer(), boolean = t.boolean();
  auto key_t = [&](LLValue c) { return t.get(p.TypeOf(c)).fields[0]; };
  auto val_t = [&](LLValue c) { return t.get(p.TypeOf(c)).fields[1]; };
  switch (op.kind) {
    case OpKind::newdict: {
      LLValue d = e.NewContainer(rtype);
      for (size_t i = 0; i + 1 < op.args.size(); i += 2)
        e.Rt(RtFunc::rpy_dict_setitem,
             {d, e.Bits(rt.ConvertTo(op.args[i], key_t(d))),
              e.Bits(rt.ConvertTo(op.args[i + 1], val_t(d)))},
             void_t);
      return d;
    }
    case OpKind::newset:
    case OpKind::newset_const:
    case OpKind::newset_folded: {
      LLValue s = e.NewContainer(rtype);
      for (flow::Value v : op.args)
        e.Rt(RtFunc::rpy_set_add, {s, e.Bits(rt.ConvertTo(v, key_t(s)))}, void_t);
      if (op.kind == OpKind::newset) return s;
      // The compiler's constant: rebuilt from the first set's order.
      s = e.Rt(RtFunc::rpy_set_refold, {s}, rtype);
      if (op.kind == OpKind::newset_const) return s;
      // BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE.
      LLValue r = e.NewContainer(rtype);
      e.Rt(RtFunc::rpy_set_update, {r, s}, void_t);
      return r;
    }
    case OpKind::list_append: {
      LLValue l = rt.Convert(op.args[0]);
      e.Append(l, rt.ConvertTo(op.args[1], t.get(p.TypeOf(l)).fields[0]));
      return p.Void();
    }
    case OpKind::set_add: {
      LLValue s = rt.Convert(op.args[0]);
      e.Rt(RtFunc::rpy_set_add, {s, e.Bits(rt.ConvertTo(op.args[1], key_t(s)))}, void_t);
      return p.Void();
    }
    case OpKind::getitem: {
      if (!is_dict(0)) return LLValue();
      LLValue d = rt.Convert(op.args[0]);
      LLValue b = e.Rt(RtFunc::rpy_dict_getitem, {d, e.Bits(rt.ConvertTo(op.args[1], key_t(d)))}, i64);
      return e.FromBits(b, val_t(d));
    }
    case OpKind::setitem: {
      if (!is_dict(0)) return LLValue();
      LLValue d = rt.Convert(op.args[0]);
      e.Rt(RtFunc::rpy_dict_setitem,
           {d, e.Bits(rt.ConvertTo(op.args[1], key_t(d))), e.Bits(rt.ConvertTo(op.args[2], val_t(d)))},
           void_t);
      return p.Void();
    }
    case OpKind::delitem: {
      if (!is_dict(0)) return LLValue();
      LLValue d = rt.Convert(op.args[0]);
      e.Rt(RtFunc::rpy_dict_delitem, {d, e.Bits(rt.ConvertTo(op.args[1], key_t(d)))}, void_t);
      return p.Void();
    }
    case OpKind::contains: {
      const annotator::Annotation& view = ann.anns().get(ann.annotation(op.args[0]));
      if (view.kind == AnnKind::Iterator && view.name.find("_view") != std::string::npos) {
        LLValue x = rt.Convert(op.args[1]);
        annotator::AnnId x_ann = ann.annotation(op.args[1]);
        if (view.name == "keys_view") {
          LLValue d = rt.Convert(op.args[0]);  // a view is its dict
          return e.Rt(RtFunc::rpy_dict_contains, {d, e.Bits(rt.ConvertTo(op.args[1], key_t(d)))},
                      boolean);
        }
        annotator::AnnId item_ann = view.items[0];
        LLValue l = AsList(rt, op.args[0], t.list(rt.TypeOf(item_ann)));
        std::string key = "view_contains:" + ValueKey(&rt, p.TypeOf(l), annotator::AnnId()) + "|" +
                          ValueKey(&rt, p.TypeOf(x), x_ann) + "|" + std::to_string(item_ann.index);
        return CallHelper(e, key, {l, x}, boolean, [&](HelperGraph& h) {
          h.SearchLoop(
              h.params[0], {h.params[1]},
              [&](LLValue item, std::vector<LLValue> st) {
                return ValueEq(&rt, h.e, item, st[0], item_ann, x_ann);
              },
              [&](LLValue) { return p.Bool(true); });
          h.Return(p.Bool(false));
        });
      }
      if (!is_dict(0) && !is_set(0)) return LLValue();
      LLValue d = rt.Convert(op.args[0]);
      return e.Rt(is_set(0) ? RtFunc::rpy_set_contains : RtFunc::rpy_dict_contains,
                  {d, e.Bits(rt.ConvertTo(op.args[1], key_t(d)))}, boolean);
    }
    case OpKind::iter: {
      if (!is_dict(0) && !is_set(0) && !my_iter(0)) return LLValue();
      LLValue c = rt.Convert(op.args[0]);
      LLKind ck = t.kind(p.TypeOf(c));
      if (ck != LLKind::Dict && ck != LLKind::Set) return c;  // iter(iterator)
      LLValue it = e.Emit(LLOpKind::malloc_tuple, {}, rtype);
      e.Emit(LLOpKind::setfield, {it, c}, void_t, 0);
      e.Rt(RtFunc::rpy_dict_iter_init, {c, e.Emit(LLOpKind::field_address, {it}, t.ptr(), 1)},
           void_t);
      return it;
    }
    case OpKind::next_valid:
    case OpKind::next_item: {
      if (!my_iter(0)) return LLValue();
      std::string name = aname(0);
      LLValue it = rt.Convert(op.args[0]);
      const LLType tt = t.get(p.TypeOf(it));
      bool valid = op.kind == OpKind::next_valid;
      if (name == "enumerate" || name == "reversed" || name == "zip") {
        uint32_t ix = name == "zip" ? static_cast<uint32_t>(tt.fields.size() - 1) : 1;
        LLValue l = e.Emit(LLOpKind::getfield, {it}, tt.fields[0], 0);
        LLValue i = e.Emit(LLOpKind::getfield, {it}, i64, ix);
        if (valid) {
          LLValue n = e.Emit(LLOpKind::list_len, {l}, i64);
          if (name == "reversed") {
            // The index counts down from len; it starts at -1 meaning
            // "not started" is not needed: iter() stores len.
            LLValue i1 = e.Emit(LLOpKind::int_sub, {i, p.Int(1)}, i64);
            LLValue ge = e.Emit(LLOpKind::int_ge, {i1, p.Int(0)}, boolean);
            LLValue lt = e.Emit(LLOpKind::int_lt, {i1, n}, boolean);
            e.Emit(LLOpKind::setfield, {it, i1}, void_t, ix);
            return e.Emit(LLOpKind::select, {ge, lt, p.Bool(false)}, boolean);
          }
          LLValue ok = e.Emit(LLOpKind::int_lt, {i, n}, boolean);
          // zip stops at its shortest list.
          for (uint32_t k = 1; name == "zip" && k < ix; ++k) {
            LLValue lk = e.Emit(LLOpKind::getfield, {it}, tt.fields[k], k);
            LLValue nk = e.Emit(LLOpKind::list_len, {lk}, i64);
            LLValue okk = e.Emit(LLOpKind::int_lt, {i, nk}, boolean);
            ok = e.Emit(LLOpKind::select, {ok, okk, p.Bool(false)}, boolean);
          }
          e.Emit(LLOpKind::setfield, {it, e.Emit(LLOpKind::int_add, {i, p.Int(1)}, i64)}, void_t, ix);
          return ok;
        }
        if (name == "reversed")
          return e.Emit(LLOpKind::list_getitem, {l, i}, t.get(tt.fields[0]).fields[0]);
        LLValue i0 = e.Emit(LLOpKind::int_sub, {i, p.Int(1)}, i64);
        const LLType rt_t = t.get(rtype);
        LLValue tup = e.Emit(LLOpKind::malloc_tuple, {}, rtype);
        if (name == "enumerate") {
          LLValue x = e.Emit(LLOpKind::list_getitem, {l, i0}, rt_t.fields[1]);
          LLValue start = e.Emit(LLOpKind::getfield, {it}, i64, 2);
          e.Emit(LLOpKind::setfield, {tup, e.Emit(LLOpKind::int_add_ovf, {i0, start}, i64)}, void_t, 0);
          e.Emit(LLOpKind::setfield, {tup, x}, void_t, 1);
        } else {
          for (uint32_t k = 0; k < ix; ++k) {
            LLValue lk = e.Emit(LLOpKind::getfield, {it}, tt.fields[k], k);
            if (t.kind(rt_t.fields[k]) == LLKind::Void) continue;
            LLValue x = e.Emit(LLOpKind::list_getitem, {lk, i0}, rt_t.fields[k]);
            e.Emit(LLOpKind::setfield, {tup, x}, void_t, k);
          }
        }
        return tup;
      }
      LLValue d = e.Emit(LLOpKind::getfield, {it}, tt.fields[0], 0);
      if (valid) {
        LLValue idx = e.Rt(RtFunc::rpy_dict_iter_next,
                           {d, e.Emit(LLOpKind::field_address, {it}, t.ptr(), 1)}, i64);
        e.Emit(LLOpKind::setfield, {it, idx}, void_t, 4);
        return e.Emit(LLOpKind::int_ge, {idx, p.Int(0)}, boolean);
      }
      LLValue idx = e.Emit(LLOpKind::getfield, {it}, i64, 4);
      std::string what = name == "dict_values" ? "values" : name == "dict_items" ? "items" : "keys";
      return EntryItem(e, d, idx, what);
    }
    case OpKind::eq:
    case OpKind::ne: {
      if (!is_set(0) || !is_set(1)) return LLValue();
      LLValue r = e.Rt(RtFunc::rpy_set_eq, {rt.Convert(op.args[0]), rt.Convert(op.args[1])}, boolean);
      if (op.kind == OpKind::ne) r = e.Emit(LLOpKind::bool_not, {r}, boolean);
      return r;
    }
    case OpKind::le:
    case OpKind::lt:
    case OpKind::ge:
    case OpKind::gt: {
      if (!is_set(0) || !is_set(1)) return LLValue();
      LLValue a = rt.Convert(op.args[0]), b = rt.Convert(op.args[1]);
      bool sub = op.kind == OpKind::le || op.kind == OpKind::lt;
      LLValue r = e.Rt(sub ? RtFunc::rpy_set_issubset : RtFunc::rpy_set_issuperset, {a, b}, boolean);
      if (op.kind == OpKind::lt || op.kind == OpKind::gt) {
        LLValue na = e.Rt(RtFunc::rpy_dict_len, {a}, i64);
        LLValue nb = e.Rt(RtFunc::rpy_dict_len, {b}, i64);
        LLValue ne = e.Emit(LLOpKind::int_ne, {na, nb}, boolean);
        r = e.Emit(LLOpKind::select, {r, ne, p.Bool(false)}, boolean);
      }
      return r;
    }
    case OpKind::or_:
    case OpKind::and_:
    case OpKind::sub:
    case OpKind::xor_:
    case OpKind::inplace_or:
    case OpKind::inplace_and:
    case OpKind::inplace_sub:
    case OpKind::inplace_xor: {
      if (!is_set(0) || !is_set(1)) return LLValue();
      LLValue a = rt.Convert(op.args[0]), b = rt.Convert(op.args[1]);
      RtFunc f = RtFunc::rpy_set_union;
      switch (op.kind) {
        case OpKind::and_: case OpKind::inplace_and: f = RtFunc::rpy_set_intersection; break;
        case OpKind::sub: case OpKind::inplace_sub: f = RtFunc::rpy_set_difference; break;
        case OpKind::xor_: case OpKind::inplace_xor: f = RtFunc::rpy_set_symmetric_difference; break;
        default: break;
      }
      // A frozenset operand of `op=` is not mutated: `f |= s` makes a new
      // frozenset (the annotator gave the result its own DictDef).
      bool inplace = (op.kind == OpKind::inplace_or || op.kind == OpKind::inplace_and ||
                      op.kind == OpKind::inplace_sub || op.kind == OpKind::inplace_xor) &&
                     aname(0) != "frozenset";
      if (!inplace) return e.Rt(f, {a, b}, p.TypeOf(a));
      // a op= b mutates a, as CPython's set_ior/iand/isub/ixor do.
      switch (op.kind) {
        case OpKind::inplace_and: f = RtFunc::rpy_set_intersection_update; break;
        case OpKind::inplace_sub: f = RtFunc::rpy_set_difference_update; break;
        case OpKind::inplace_xor: f = RtFunc::rpy_set_symmetric_difference_update; break;
        default: f = RtFunc::rpy_set_update; break;
      }
      e.Rt(f, {a, b}, void_t);
      return a;
    }
    default:
      return LLValue();
  }
}

namespace {

// list(it) for an enumerate, zip or reversed iterator `it` (its lists and
// next index: see the file comment), from where it stands.
LLValue SequenceIteratorToList(RTyper& rt, LLValue it, const std::string& name, LLTypeId list_t) {
  LLProgram& p = rt.program();
  LLTypeId it_t = p.TypeOf(it);
  return CallHelper(rt, "seq_iter_to_list:" + name + TypeKey(p, it_t) + TypeKey(p, list_t), {it},
                    list_t, [&](HelperGraph& h) {
    LLTypeStore& t = p.types;
    LLTypeId i64 = t.integer(), item_t = t.get(list_t).fields[0];
    const LLType fields = t.get(it_t);
    uint32_t nlists = name == "zip" ? static_cast<uint32_t>(fields.fields.size() - 1) : 1;
    LLValue first = h.e.Emit(LLOpKind::getfield, {h.params[0]}, fields.fields[0], 0);
    LLValue n = h.e.Emit(LLOpKind::list_len, {first}, i64);
    for (uint32_t k = 1; k < nlists; ++k) {
      LLValue lk = h.e.Emit(LLOpKind::getfield, {h.params[0]}, fields.fields[k], k);
      LLValue nk = h.e.Emit(LLOpKind::list_len, {lk}, i64);
      n = h.e.Emit(LLOpKind::select, {h.e.Emit(LLOpKind::int_lt, {nk, n}, t.boolean()), nk, n}, i64);
    }
    // reversed counts down from its index; the others up from theirs.
    LLValue at = h.e.Emit(LLOpKind::getfield, {h.params[0]}, i64, nlists);
    LLValue count = name == "reversed" ? at : h.e.Emit(LLOpKind::int_sub, {n, at}, i64);
    LLValue size = h.e.Emit(LLOpKind::list_item_size, {}, i64, list_t.index);
    LLValue out = h.e.Rt(RtFunc::rpy_list_new, {count, size, p.Bool(t.IsGcPointer(item_t))}, list_t);
    auto x = h.CountLoop(count, {h.params[0], out, at}, [&](LLValue i, std::vector<LLValue> st) {
      LLValue pos = name == "reversed"
                        ? h.e.Emit(LLOpKind::int_sub, {h.e.Emit(LLOpKind::int_sub, {st[2], i}, i64), p.Int(1)}, i64)
                        : h.e.Emit(LLOpKind::int_add, {st[2], i}, i64);
      LLValue item;
      if (name == "reversed") {
        LLValue l = h.e.Emit(LLOpKind::getfield, {st[0]}, fields.fields[0], 0);
        item = h.e.Emit(LLOpKind::list_getitem, {l, pos}, item_t);
      } else {
        const LLType tup_t = t.get(item_t);
        item = h.e.Emit(LLOpKind::malloc_tuple, {}, item_t);
        if (name == "enumerate") {
          LLValue l = h.e.Emit(LLOpKind::getfield, {st[0]}, fields.fields[0], 0);
          LLValue start = h.e.Emit(LLOpKind::getfield, {st[0]}, i64, 2);
          h.e.Emit(LLOpKind::setfield, {item, h.e.Emit(LLOpKind::int_add_ovf, {pos, start}, i64)},
                   t.void_(), 0);
          if (t.kind(tup_t.fields[1]) != LLKind::Void)
            h.e.Emit(LLOpKind::setfield, {item, h.e.Emit(LLOpKind::list_getitem, {l, pos}, tup_t.fields[1])},
                     t.void_(), 1);
        } else {
          for (uint32_t k = 0; k < nlists; ++k) {
            if (t.kind(tup_t.fields[k]) == LLKind::Void) continue;
            LLValue l = h.e.Emit(LLOpKind::getfield, {st[0]}, fields.fields[k], k);
            h.e.Emit(LLOpKind::setfield, {item, h.e.Emit(LLOpKind::list_getitem, {l, pos}, tup_t.fields[k])},
                     t.void_(), k);
          }
        }
      }
      h.e.Emit(LLOpKind::list_setitem, {st[1], i, item}, t.void_());
      return st;
    });
    h.Return(x[1]);
  });
}

// Any iterable the annotator accepted for list()/sorted()/set(): as a list
// (a copy when it already is one).
LLValue AsList(RTyper& rt, flow::Value v, LLTypeId list_t) {
  LLProgram& p = rt.program();
  annotator::Annotator& ann = rt.ann();
  const annotator::Annotation& a = ann.anns().get(ann.annotation(v));
  LLValue x = rt.Convert(v);
  if (a.kind == AnnKind::Str) return rt.EmitRt(RtFunc::rpy_str_chars, {x}, list_t);
  if (a.kind == AnnKind::Tuple) return rt.TupleAsList(v, x, list_t);
  if (a.kind == AnnKind::List) {
    LLValue f = p.Bool(false);
    return rt.EmitRt(RtFunc::rpy_list_getslice,
                     {x, p.Int(0), p.Int(0), p.Int(1), f, f, f, rt.ItemSize(list_t),
                      rt.HasPointers(list_t)},
                     list_t);
  }
  if (a.name == "enumerate" || a.name == "zip" || a.name == "reversed")
    return SequenceIteratorToList(rt, x, a.name, list_t);
  std::string what = a.name == "values_view" ? "values" : a.name == "items_view" ? "items" : "keys";
  return ToList(rt, x, what, list_t);
}

// sum(seq[, start]) over a list, a dict, a set or a dict view: a helper
// looping over the items (as a list) from the start value; int items of a
// float sum are converted one by one, as CPython adds them.
LLValue LowerSum(RTyper& rt, const flow::Operation& op) {
  LLProgram& p = rt.program();
  LLTypeStore& t = rt.types();
  annotator::Annotator& ann = rt.ann();
  annotator::AnnStore& anns = ann.anns();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  LLTypeId rtype = rt.TypeOf(ann.binding(op.result));
  LLTypeId i64 = t.integer();
  const annotator::Annotation& seq = anns.get(ann.annotation(op.args[1]));
  bool is_float = t.kind(rtype) == LLKind::Float;
  if (seq.kind == AnnKind::Tuple) {
    // sum() of a tuple of ints (itertools' combinations): the items added
    // one by one.
    LLValue tup = rt.Convert(op.args[1]);
    const std::vector<LLTypeId> fields = t.get(p.TypeOf(tup)).fields;
    LLValue total = p.Int(0);
    for (size_t i = 0; i < fields.size(); ++i) {
      LLValue item = rt.Emit(LLOpKind::getfield, {tup}, fields[i], static_cast<uint32_t>(i));
      total = rt.Emit(LLOpKind::int_add_ovf, {total, rt.ToInt(item)}, i64);
    }
    return total;
  }
  LLValue l;
  if (seq.kind == AnnKind::List) {
    l = rt.Convert(op.args[1]);
  } else {
    annotator::AnnId item = seq.kind == AnnKind::Iterator ? seq.items[0] : anns.DictKey(seq.listdef);
    l = AsList(rt, op.args[1], t.list(rt.TypeOf(item)));
  }
  LLValue start = is_float ? p.Float(0.0) : p.Int(0);
  if (shape.positional == 2 || !shape.keywords.empty()) {
    LLValue s = rt.Convert(op.args[2]);
    if (t.kind(p.TypeOf(s)) == LLKind::Bool) s = rt.Emit(LLOpKind::cast_bool_to_int, {s}, i64);
    if (is_float && t.kind(p.TypeOf(s)) != LLKind::Float)
      s = rt.Emit(LLOpKind::cast_int_to_float, {s}, rtype);
    start = s;
  }
  LLTypeId elem = t.get(p.TypeOf(l)).fields[0];
  if (t.kind(elem) == LLKind::Void) return start;  // items never known: always empty
  return CallHelper(rt, "sum:" + TypeKey(p, p.TypeOf(l)) + TypeKey(p, rtype), {l, start}, rtype,
                    [&](HelperGraph& h) {
    LLKind ek = t.kind(elem);
    auto x = h.ListLoop(h.params[0], {h.params[1]}, [&](LLValue, LLValue item, std::vector<LLValue> st) {
      LLValue v = ek == LLKind::Bool ? h.e.Emit(LLOpKind::cast_bool_to_int, {item}, i64) : item;
      if (!is_float) return std::vector<LLValue>{h.e.Emit(LLOpKind::int_add_ovf, {st[0], v}, i64)};
      if (ek != LLKind::Float) v = h.e.Emit(LLOpKind::cast_int_to_float, {v}, rtype);
      return std::vector<LLValue>{h.e.Emit(LLOpKind::float_add, {st[0], v}, rtype)};
    });
    h.Return(x[1]);
  });
}

}  // namespace

LLValue LowerDictBuiltin(RTyper& rt, const flow::Operation& op, annotator::BuiltinId id) {
  LLProgram& p = rt.program();
  LLTypeStore& t = rt.types();
  annotator::Annotator& ann = rt.ann();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  Emitter e{p, &rt, LLBlockId(), op.loc, {}};
  LLTypeId rtype = rt.TypeOf(ann.binding(op.result));
  LLTypeId i64 = t.integer(), boolean = t.boolean(), void_t = t.void_();
  auto arg_ann = [&](size_t i) { return ann.anns().get(ann.annotation(op.args[1 + i])); };
  auto akind = [&](size_t i) { return arg_ann(i).kind; };
  size_t n = shape.positional;
  auto dictlike = [&](size_t i) {
    AnnKind k = akind(i);
    return k == AnnKind::Dict || k == AnnKind::Set ||
           (k == AnnKind::Iterator && arg_ann(i).name != "list");
  };
  switch (id) {
    case BuiltinId::len:
      if (n != 1 || !dictlike(0)) return LLValue();
      return e.Rt(RtFunc::rpy_dict_len, {rt.Convert(op.args[1])}, i64);
    case BuiltinId::set:
    case BuiltinId::frozenset: {
      if (n == 0) return e.NewContainer(rtype);
      AnnKind k = akind(0);
      LLValue x = rt.Convert(op.args[1]);
      // frozenset(f) is f itself, as in CPython (it keeps f's layout).
      if (id == BuiltinId::frozenset && ann.anns().IsFrozenSet(ann.annotation(op.args[1])) &&
          p.TypeOf(x) == rtype)
        return x;
      if (k == AnnKind::Set) return e.Rt(RtFunc::rpy_set_copy, {x}, rtype);
      if (k == AnnKind::Dict && t.get(p.TypeOf(x)).fields[0] == t.get(rtype).fields[0]) {
        // set_update_internal's exact-dict case: one resize, then the keys.
        LLValue s = e.NewContainer(rtype);
        e.Rt(RtFunc::rpy_set_update_dict, {s, x}, void_t);
        return s;
      }
      if (k == AnnKind::List) return SetFromList(rt, x, rtype);
      if (k == AnnKind::Tuple) {
        LLValue s = e.NewContainer(rtype);
        const LLType tt = t.get(p.TypeOf(x));
        LLTypeId key = t.get(rtype).fields[0];
        for (size_t i = 0; i < tt.fields.size(); ++i) {
          // The items merge into the key's annotation: one representation.
          RPYC_CHECK(tt.fields[i] == key, "set() of a tuple with items of another representation");
          LLValue item = e.Emit(LLOpKind::getfield, {x}, key, static_cast<uint32_t>(i));
          e.Rt(RtFunc::rpy_set_add, {s, e.Bits(item)}, void_t);
        }
        return s;
      }
      LLTypeId lt = t.list(t.get(rtype).fields[0]);
      return SetFromList(rt, AsList(rt, op.args[1], lt), rtype);
    }
    case BuiltinId::dict: {
      if (n == 0) {
        LLValue d = e.NewContainer(rtype);
        const LLType dt = t.get(rtype);
        for (size_t k = 0; k < shape.keywords.size(); ++k)  // dict(a=1, b=2)
          e.Rt(RtFunc::rpy_dict_setitem,
               {d, e.Bits(p.Str(shape.keywords[k])),
                e.Bits(rt.ConvertTo(op.args[1 + k], dt.fields[1]))},
               void_t);
        return d;
      }
      LLValue x = rt.Convert(op.args[1]);
      if (akind(0) == AnnKind::Dict) return e.Rt(RtFunc::rpy_dict_copy, {x}, rtype);
      LLValue d = e.NewContainer(rtype);
      if (akind(0) == AnnKind::List) {
        UpdateFromPairs(rt, d, x);
      } else {
        const LLType& dt = t.get(rtype);
        LLTypeId lt = t.list(t.tuple({dt.fields[0], dt.fields[1]}));
        UpdateFromPairs(rt, d, AsList(rt, op.args[1], lt));
      }
      return d;
    }
    case BuiltinId::tuple: {
      if (n == 0) return e.Emit(LLOpKind::malloc_tuple, {}, rtype);
      if (akind(0) == AnnKind::Tuple) return rt.Convert(op.args[1]);  // the same tuple
      int64_t len;
      loader::HostId c = annotator::StaticTuple(ann, op, &len);
      if (c.valid()) return rt.Convert(flow::Value(ann.store().NewConst(c)));
      // A list display's items, read back one by one.
      LLValue l = rt.Convert(op.args[1]);
      LLValue r = e.Emit(LLOpKind::malloc_tuple, {}, rtype);
      const LLType tt = t.get(rtype);
      for (size_t i = 0; i < tt.fields.size(); ++i) {
        LLValue item = e.Emit(LLOpKind::list_getitem, {l, p.Int(static_cast<int64_t>(i))}, tt.fields[i]);
        e.Emit(LLOpKind::setfield, {r, item}, void_t, static_cast<uint32_t>(i));
      }
      return r;
    }
    case BuiltinId::list:
    case BuiltinId::sorted: {
      if (n == 1 && akind(0) == AnnKind::Tuple && id == BuiltinId::list) {
        // list(tuple): a new list with each item.
        LLValue x = rt.Convert(op.args[1]);
        const LLType xt = t.get(p.TypeOf(x));
        LLValue l = rt.EmitRt(RtFunc::rpy_list_new,
                              {p.Int(static_cast<int64_t>(xt.fields.size())), rt.ItemSize(rtype),
                               rt.HasPointers(rtype)},
                              rtype);
        for (size_t i = 0; i < xt.fields.size(); ++i) {
          LLValue item = t.kind(xt.fields[i]) == LLKind::Void
                             ? p.Void()
                             : e.Emit(LLOpKind::getfield, {x}, xt.fields[i], static_cast<uint32_t>(i));
          e.Emit(LLOpKind::list_setitem, {l, p.Int(static_cast<int64_t>(i)), item}, void_t);
        }
        return l;
      }
      if (n == 0) {
        if (id == BuiltinId::sorted) return LLValue();
        return rt.EmitRt(RtFunc::rpy_list_new, {p.Int(0), rt.ItemSize(rtype), rt.HasPointers(rtype)},
                         rtype);
      }
      if (akind(0) != AnnKind::List && akind(0) != AnnKind::Str && !dictlike(0)) return LLValue();
      LLValue l = AsList(rt, op.args[1], rtype);
      if (id == BuiltinId::sorted) {
        LLValue reverse = p.Bool(false);
        for (size_t k = 0; k < shape.keywords.size(); ++k)
          if (shape.keywords[k] == "reverse") reverse = rt.Truth(rt.Convert(op.args[1 + n + k]));
        SortListValues(rt, l, ann.binding(op.result), reverse);
      }
      return l;
    }
    case BuiltinId::sum:
      return LowerSum(rt, op);
    case BuiltinId::any:
    case BuiltinId::all:
    case BuiltinId::min:
    case BuiltinId::max: {
      // min/max(seq, default=x): x when seq is empty.
      bool has_default = shape.keywords.size() == 1 && shape.keywords[0] == "default";
      if (n != 1 || (!shape.keywords.empty() && !has_default)) return LLValue();
      if (akind(0) != AnnKind::List && akind(0) != AnnKind::Str && !dictlike(0)) return LLValue();
      LLValue l;
      if (akind(0) == AnnKind::List) {
        l = rt.Convert(op.args[1]);
      } else {
        l = AsList(rt, op.args[1], t.list(rtype));
      }
      LLTypeId lt = p.TypeOf(l);
      LLTypeId elem = t.get(lt).fields[0];
      std::string name = id == BuiltinId::any ? "any"
                         : id == BuiltinId::all ? "all" : id == BuiltinId::min ? "min" : "max";
      annotator::AnnId list_ann =
          akind(0) == AnnKind::List ? ann.annotation(op.args[1]) : annotator::AnnId();
      annotator::AnnId item_ann;
      if (list_ann.valid()) item_ann = ann.anns().listdef(arg_ann(0).listdef).item;
      std::vector<LLValue> helper_args{l};
      if (has_default) {
        helper_args.push_back(rt.ConvertTo(op.args[2], rtype));
        if (t.kind(elem) == LLKind::Void) return helper_args[1];  // always empty
        name += "_default";
      }
      return CallHelper(rt, name + ":" + ValueKey(&rt, lt, list_ann) + TypeKey(p, rtype), helper_args,
                        rtype, [&](HelperGraph& h) {
        LLTypeStore& tt = p.types;
        LLValue l0 = h.params[0];
        if (name == "any" || name == "all") {
          bool is_any = name == "any";
          auto x = h.ListLoop(l0, {p.Bool(!is_any)}, [&](LLValue, LLValue item, std::vector<LLValue> st) {
            LLValue tr = h.e.Truth(item);
            LLValue r = is_any ? h.e.Emit(LLOpKind::select, {tr, p.Bool(true), st[0]}, boolean)
                               : h.e.Emit(LLOpKind::select, {tr, st[0], p.Bool(false)}, boolean);
            return std::vector<LLValue>{r};
          });
          h.Return(x[1]);
          return;
        }
        // min / max: the first item, then each strictly smaller / larger.
        bool is_min = name.compare(0, 3, "min") == 0;
        LLValue len = h.e.Emit(LLOpKind::list_len, {l0}, i64);
        LLValue empty = h.e.Emit(LLOpKind::int_eq, {len, p.Int(0)}, boolean);
        if (has_default)
          l0 = h.ReturnIf(empty, h.params[1], {l0})[0];
        else
          h.e.RaiseIf(empty, BuiltinExc::ValueError,
                      std::string(is_min ? "min" : "max") + "() arg is an empty sequence");
        // Guard the read: after raise_if the exception transform splits.
        LLValue first = h.e.Emit(LLOpKind::list_getitem, {l0, p.Int(0)}, elem);
        auto x = h.ListLoop(l0, {first}, [&](LLValue, LLValue item, std::vector<LLValue> st) {
          LLValue better;
          LLValue a = item, b = st[0];
          if (!is_min) std::swap(a, b);
          switch (tt.kind(elem)) {
            case LLKind::Float: better = h.e.Emit(LLOpKind::float_lt, {a, b}, boolean); break;
            case LLKind::Str: {
              LLValue c = h.e.Rt(RtFunc::rpy_str_cmp, {a, b}, i64);
              better = h.e.Emit(LLOpKind::int_lt, {c, p.Int(0)}, boolean);
              break;
            }
            case LLKind::Tuple:
            case LLKind::List:
            case LLKind::Ptr:
              better = ValueLess(&rt, h.e, a, b, item_ann, item_ann);
              break;
            default: better = h.e.Emit(LLOpKind::int_lt, {a, b}, boolean); break;
          }
          return std::vector<LLValue>{h.e.Emit(LLOpKind::select, {better, item, st[0]}, elem)};
        });
        h.Return(x[1]);
      });
    }
    case BuiltinId::enumerate:
    case BuiltinId::reversed:
    case BuiltinId::zip: {
      const LLType it_t = t.get(rtype);
      // The lists walked: the arguments, or lists made of them.
      auto seq = [&](size_t i) {
        if (akind(i) == AnnKind::List) return rt.Convert(op.args[1 + i]);
        return AsList(rt, op.args[1 + i], it_t.fields[i]);
      };
      std::vector<LLValue> lists;
      size_t nlists = id == BuiltinId::zip ? n : 1;
      for (size_t i = 0; i < nlists; ++i) lists.push_back(seq(i));
      LLValue start = p.Int(0);
      if (id == BuiltinId::enumerate && (n == 2 || !shape.keywords.empty()))
        start = rt.ToInt(rt.Convert(op.args[n == 2 ? 2 : 1 + n]));
      LLValue it = e.Emit(LLOpKind::malloc_tuple, {}, rtype);
      for (size_t i = 0; i < lists.size(); ++i)
        e.Emit(LLOpKind::setfield, {it, lists[i]}, void_t, static_cast<uint32_t>(i));
      uint32_t ix = static_cast<uint32_t>(lists.size());
      if (id == BuiltinId::reversed)
        e.Emit(LLOpKind::setfield, {it, e.Emit(LLOpKind::list_len, {lists[0]}, i64)}, void_t, ix);
      else
        e.Emit(LLOpKind::setfield, {it, p.Int(0)}, void_t, ix);
      if (id == BuiltinId::enumerate) e.Emit(LLOpKind::setfield, {it, start}, void_t, 2);
      return it;
    }
    default:
      return LLValue();
  }
}

}  // namespace rpyc::rtyper
