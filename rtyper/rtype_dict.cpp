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
#include "rtyper/dict_family.h"
#include "rtyper/lower_methods.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using annotator::BuiltinId;
using flow::OpKind;

namespace {

enum { kKeyInt = 0, kKeyFloat = 1, kKeyStr = 2, kKeyPtr = 3 };

int KeyKind(LLTypeStore& t, LLTypeId key) {
  switch (t.kind(key)) {
    case LLKind::Float: return kKeyFloat;
    case LLKind::Str: return kKeyStr;
    case LLKind::Ptr: return kKeyPtr;
    default: return kKeyInt;
  }
}

LLValue NullPtr(LLProgram& p) {
  LLConst c{p.types.ptr()};
  c.i = -1;
  return LLValue::Const(p.NewConst(c));
}

// Emits operations into one block of some graph: the current graph being
// lowered (through the RTyper) or a helper graph.
struct Emitter {
  LLProgram& p;
  RTyper* rt;  // set: emit through the RTyper (current block)
  LLBlockId block;
  SourceLoc loc;
  std::vector<LLValue> keep;  // GC pointers to keep alive after the next call

  LLTypeStore& t() { return p.types; }
  LLValue Emit(LLOpKind kind, std::vector<LLValue> args, LLTypeId result, uint32_t aux = 0) {
    if (rt) return rt->Emit(kind, std::move(args), result, aux);
    LLOp op;
    op.kind = kind;
    op.args = std::move(args);
    op.result = p.NewVar(result);
    op.loc = loc;
    op.aux = aux;
    LLVarId r = op.result;
    p.block(block).ops.push_back(std::move(op));
    return LLValue::Var(r);
  }
  LLValue Rt(RtFunc f, std::vector<LLValue> args, LLTypeId result) {
    LLValue r = Emit(LLOpKind::rt_call, std::move(args), result, static_cast<uint32_t>(f));
    for (LLValue k : keep) Emit(LLOpKind::keepalive, {k}, t().void_());
    keep.clear();
    return r;
  }
  void RaiseIf(LLValue cond, BuiltinExc exc, const std::string& msg) {
    if (rt) return rt->EmitRaiseIf(cond, exc, msg);
    LLOp op;
    op.kind = LLOpKind::raise_if;
    op.args = {cond};
    op.result = p.NewVar(t().void_());
    op.loc = loc;
    op.aux = static_cast<uint32_t>(exc);
    op.text = msg;
    p.block(block).ops.push_back(std::move(op));
  }
  LLValue Bits(LLValue v) {
    LLTypeId ty = p.TypeOf(v);
    if (t().kind(ty) == LLKind::Void) return p.Int(0);
    if (t().IsGcPointer(ty) && v.is_var()) keep.push_back(v);
    if (t().kind(ty) == LLKind::Int) return v;
    return Emit(LLOpKind::to_bits, {v}, t().integer());
  }
  LLValue FromBits(LLValue b, LLTypeId type) {
    if (t().kind(type) == LLKind::Void) return p.Void();
    if (t().kind(type) == LLKind::Int) return b;
    return Emit(LLOpKind::from_bits, {b}, type);
  }
  LLValue Truth(LLValue v) {
    switch (t().kind(p.TypeOf(v))) {
      case LLKind::Bool: return v;
      case LLKind::Int: return Emit(LLOpKind::int_is_true, {v}, t().boolean());
      case LLKind::Float: return Emit(LLOpKind::float_is_true, {v}, t().boolean());
      case LLKind::Str:
        return Emit(LLOpKind::int_is_true, {Rt(RtFunc::rpy_str_len, {v}, t().integer())},
                    t().boolean());
      default: return p.Bool(true);
    }
  }
  // repr() of a scalar or string.
  LLValue Repr(LLValue v) {
    switch (t().kind(p.TypeOf(v))) {
      case LLKind::Int: return Rt(RtFunc::rpy_str_from_int, {v}, t().str());
      case LLKind::Float: return Rt(RtFunc::rpy_str_from_float, {v}, t().str());
      case LLKind::Bool: return Rt(RtFunc::rpy_str_from_bool, {v}, t().str());
      case LLKind::Str: return Rt(RtFunc::rpy_str_repr, {v}, t().str());
      default: return p.Str("None");
    }
  }
  LLValue NewContainer(LLTypeId type) {
    const LLType& ct = t().get(type);
    LLTypeId key = ct.fields[0];
    bool by_eq = t().KeysByEq(type);
    LLValue kind = p.Int32(by_eq ? 4 : KeyKind(t(), key));  // 4: RPY_KEY_CUSTOM
    LLValue kp = p.Bool(t().IsGcPointer(key));
    // Keys with __eq__: rtlib calls back the dispatchers of rtype_keys.cpp.
    LLValue hash = by_eq ? Emit(LLOpKind::graph_address, {}, t().ptr(), p.key_hash.index) : NullPtr(p);
    LLValue eq = by_eq ? Emit(LLOpKind::graph_address, {}, t().ptr(), p.key_eq.index) : NullPtr(p);
    if (ct.kind == LLKind::Set) return Rt(RtFunc::rpy_set_new, {kind, kp, hash, eq}, type);
    return Rt(RtFunc::rpy_dict_new, {kind, kp, p.Bool(t().IsGcPointer(ct.fields[1])), hash, eq},
              type);
  }
  // Appends v to list l.
  void Append(LLValue l, LLValue v) {
    LLTypeId lt = p.TypeOf(l), item = t().get(lt).fields[0];
    LLValue n = Emit(LLOpKind::list_len, {l}, t().integer());
    LLValue n1 = Emit(LLOpKind::int_add, {n, p.Int(1)}, t().integer());
    LLValue size = Emit(LLOpKind::list_item_size, {}, t().integer(), lt.index);
    Rt(RtFunc::rpy_list_resize, {l, n1, size, p.Bool(t().IsGcPointer(item))}, t().void_());
    Emit(LLOpKind::list_setitem, {l, n, v}, t().void_());
  }
};

// ---- helper graphs ----

struct HelperGraph {
  LLProgram& p;
  LLGraphId g;
  Emitter e;
  std::vector<LLValue> params;

  HelperGraph(LLProgram& prog, const std::string& name, std::vector<LLTypeId> param_types,
              LLTypeId result, SourceLoc loc)
      : p(prog), e{prog, nullptr, LLBlockId(), loc, {}} {
    g = p.NewGraph(name + "_" + std::to_string(p.num_graphs()));
    p.graph(g).python_name = name;
    p.graph(g).loc = loc;
    std::vector<LLVarId> ins;
    for (LLTypeId t : param_types) {
      ins.push_back(p.NewVar(t));
      params.push_back(LLValue::Var(ins.back()));
    }
    LLBlockId start = p.NewBlock(g, ins);
    LLVarId rv = p.NewVar(result);
    LLBlockId ret = p.NewBlock(g, {rv});
    p.graph(g).startblock = start;
    p.graph(g).returnblock = ret;
    p.graph(g).params = ins;
    p.graph(g).result = result;
    e.block = start;
  }
  // A new block with inputs of the types of `like`; `vars` gets them.
  LLBlockId Block(const std::vector<LLValue>& like, std::vector<LLValue>* vars) {
    std::vector<LLVarId> ins;
    vars->clear();
    for (LLValue v : like) {
      ins.push_back(p.NewVar(p.TypeOf(v)));
      vars->push_back(LLValue::Var(ins.back()));
    }
    return p.NewBlock(g, ins);
  }
  void Return(LLValue v) {
    p.NewLink(e.block, p.graph(g).returnblock, {v}, LLExit::None);
  }

  // A loop over the live entries of dict/set `d` carrying `state`; the
  // body gets (d, entry index, state) and returns the new state. After
  // it, emission continues after the loop; returns {d, state...} there.
  template <typename Body>
  std::vector<LLValue> DictLoop(LLValue d, std::vector<LLValue> state, Body body) {
    LLTypeStore& t = p.types;
    LLTypeId it_t = t.tuple({t.integer(), t.integer(), t.integer()});
    LLValue it = e.Emit(LLOpKind::malloc_tuple, {}, it_t);
    e.Rt(RtFunc::rpy_dict_iter_init, {d, e.Emit(LLOpKind::field_address, {it}, t.ptr(), 0)},
         t.void_());
    std::vector<LLValue> carried{d, it};
    carried.insert(carried.end(), state.begin(), state.end());
    std::vector<LLValue> h;
    LLBlockId header = Block(carried, &h);
    p.NewLink(e.block, header, carried, LLExit::None);
    e.block = header;
    LLValue idx = e.Rt(RtFunc::rpy_dict_iter_next,
                       {h[0], e.Emit(LLOpKind::field_address, {h[1]}, t.ptr(), 0)}, t.integer());
    LLValue ok = e.Emit(LLOpKind::int_ge, {idx, p.Int(0)}, t.boolean());
    p.block(header).exitswitch = ok;
    std::vector<LLValue> exit_like{h[0]};
    exit_like.insert(exit_like.end(), h.begin() + 2, h.end());
    std::vector<LLValue> x;
    LLBlockId exit = Block(exit_like, &x);
    p.NewLink(header, exit, exit_like, LLExit::False);
    std::vector<LLValue> body_like = h;
    body_like.push_back(idx);
    std::vector<LLValue> b;
    LLBlockId bodyb = Block(body_like, &b);
    p.NewLink(header, bodyb, body_like, LLExit::True);
    e.block = bodyb;
    std::vector<LLValue> st(b.begin() + 2, b.end() - 1);
    std::vector<LLValue> next = body(b[0], b.back(), st);
    std::vector<LLValue> back{b[0], b[1]};
    back.insert(back.end(), next.begin(), next.end());
    p.NewLink(e.block, header, back, LLExit::None);
    e.block = exit;
    return x;
  }

  // A loop over the items of list `l`; the body gets (l, item, state).
  template <typename Body>
  std::vector<LLValue> ListLoop(LLValue l, std::vector<LLValue> state, Body body) {
    LLTypeStore& t = p.types;
    LLTypeId item_t = t.get(p.TypeOf(l)).fields[0];
    std::vector<LLValue> carried{l, p.Int(0)};
    carried.insert(carried.end(), state.begin(), state.end());
    std::vector<LLValue> h;
    LLBlockId header = Block(carried, &h);
    p.NewLink(e.block, header, carried, LLExit::None);
    e.block = header;
    LLValue n = e.Emit(LLOpKind::list_len, {h[0]}, t.integer());
    LLValue ok = e.Emit(LLOpKind::int_lt, {h[1], n}, t.boolean());
    p.block(header).exitswitch = ok;
    std::vector<LLValue> exit_like{h[0]};
    exit_like.insert(exit_like.end(), h.begin() + 2, h.end());
    std::vector<LLValue> x;
    LLBlockId exit = Block(exit_like, &x);
    p.NewLink(header, exit, exit_like, LLExit::False);
    std::vector<LLValue> b;
    LLBlockId bodyb = Block(h, &b);
    p.NewLink(header, bodyb, h, LLExit::True);
    e.block = bodyb;
    LLValue item = e.Emit(LLOpKind::list_getitem, {b[0], b[1]}, item_t);
    std::vector<LLValue> st(b.begin() + 2, b.end());
    std::vector<LLValue> next = body(b[0], item, st);
    std::vector<LLValue> back{b[0], e.Emit(LLOpKind::int_add, {b[1], p.Int(1)}, t.integer())};
    back.insert(back.end(), next.begin(), next.end());
    p.NewLink(e.block, header, back, LLExit::None);
    e.block = exit;
    return x;
  }
};

// Helper graphs, one per (program, key).
std::map<std::pair<const LLProgram*, std::string>, LLGraphId>& HelperCache() {
  static std::map<std::pair<const LLProgram*, std::string>, LLGraphId> cache;
  return cache;
}

template <typename Build>
LLValue CallHelper(Emitter& e, const std::string& key, std::vector<LLValue> args, LLTypeId result,
                   Build build) {
  LLProgram& p = e.p;
  auto& cache = HelperCache();
  auto it = cache.find({&p, key});
  LLGraphId g;
  if (it != cache.end() && it->second.index < p.num_graphs()) {
    g = it->second;
  } else {
    std::vector<LLTypeId> types;
    for (LLValue a : args) types.push_back(p.TypeOf(a));
    HelperGraph h(p, key.substr(0, key.find(':')), types, result, e.loc);
    cache[{&p, key}] = h.g;  // before building: recursive types refer to it
    build(h);
    g = h.g;
  }
  return e.Emit(LLOpKind::direct_call, std::move(args), result, g.index);
}

template <typename Build>
LLValue CallHelper(RTyper& rt, const std::string& key, std::vector<LLValue> args, LLTypeId result,
                   Build build) {
  Emitter e{rt.program(), &rt, LLBlockId(), rt.current_op() ? rt.current_op()->loc : SourceLoc(), {}};
  return CallHelper(e, key, std::move(args), result, build);
}

std::string TypeKey(LLProgram& p, LLTypeId t) { return p.types.ToString(t); }

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

LLValue ReprDeep(Emitter& e, LLValue v);

// repr() of a dict or set, in a helper graph.
LLValue ContainerRepr(Emitter& e, LLValue c) {
  LLProgram& p = e.p;
  LLTypeId ct = p.TypeOf(c);
  bool is_set = p.types.kind(ct) == LLKind::Set;
  return CallHelper(e, "repr:" + TypeKey(p, ct), {c}, p.types.str(), [&](HelperGraph& h) {
    LLTypeStore& t = p.types;
    auto x = h.DictLoop(h.params[0], {p.Str(""), p.Bool(true)},
                        [&](LLValue d, LLValue idx, std::vector<LLValue> st) {
                          LLValue sep = h.e.Emit(LLOpKind::select, {st[1], p.Str(""), p.Str(", ")},
                                                 t.str());
                          LLValue k = ReprDeep(h.e, EntryItem(h.e, d, idx, "keys"));
                          LLValue s;
                          if (is_set) {
                            s = h.e.Emit(LLOpKind::str_join, {st[0], sep, k}, t.str());
                          } else {
                            LLValue v = ReprDeep(h.e, EntryItem(h.e, d, idx, "values"));
                            s = h.e.Emit(LLOpKind::str_join, {st[0], sep, k, p.Str(": "), v},
                                         t.str());
                          }
                          return std::vector<LLValue>{s, p.Bool(false)};
                        });
    LLValue full = h.e.Emit(LLOpKind::str_join, {p.Str("{"), x[1], p.Str("}")}, t.str());
    if (is_set) full = h.e.Emit(LLOpKind::select, {x[2], p.Str("set()"), full}, t.str());
    h.Return(full);
  });
}

// repr() of a list of anything printable, in a helper graph.
LLValue ListReprDeep(Emitter& e, LLValue l) {
  LLProgram& p = e.p;
  LLTypeId lt = p.TypeOf(l);
  return CallHelper(e, "list_repr:" + TypeKey(p, lt), {l}, p.types.str(), [&](HelperGraph& h) {
    LLTypeStore& t = p.types;
    auto x = h.ListLoop(h.params[0], {p.Str(""), p.Bool(true)},
                        [&](LLValue, LLValue item, std::vector<LLValue> st) {
                          LLValue sep = h.e.Emit(LLOpKind::select, {st[1], p.Str(""), p.Str(", ")},
                                                 t.str());
                          LLValue r = ReprDeep(h.e, item);
                          return std::vector<LLValue>{
                              h.e.Emit(LLOpKind::str_join, {st[0], sep, r}, t.str()), p.Bool(false)};
                        });
    h.Return(h.e.Emit(LLOpKind::str_join, {p.Str("["), x[1], p.Str("]")}, t.str()));
  });
}

LLValue ReprDeep(Emitter& e, LLValue v) {
  LLTypeStore& t = e.t();
  LLTypeId ty = e.p.TypeOf(v);
  switch (t.kind(ty)) {
    case LLKind::List: return ListReprDeep(e, v);
    case LLKind::Dict:
    case LLKind::Set: return ContainerRepr(e, v);
    case LLKind::Tuple: {
      const LLType tt = t.get(ty);
      std::vector<LLValue> parts{e.p.Str("(")};
      for (size_t i = 0; i < tt.fields.size(); ++i) {
        if (i) parts.push_back(e.p.Str(", "));
        LLValue f = t.kind(tt.fields[i]) == LLKind::Void
                        ? e.p.Void()
                        : e.Emit(LLOpKind::getfield, {v}, tt.fields[i], static_cast<uint32_t>(i));
        parts.push_back(ReprDeep(e, f));
      }
      parts.push_back(e.p.Str(tt.fields.size() == 1 ? ",)" : ")"));
      return e.Emit(LLOpKind::str_join, parts, t.str());
    }
    default: return e.Repr(v);
  }
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

}  // namespace

void DictUpdateFromPairs(RTyper& rt, LLValue d, LLValue pairs) { UpdateFromPairs(rt, d, pairs); }
LLValue DictSetFromList(RTyper& rt, LLValue l, LLTypeId set_t) { return SetFromList(rt, l, set_t); }

LLValue DictRepr(RTyper& rt, LLValue c) {
  Emitter e{rt.program(), &rt, LLBlockId(), rt.current_op() ? rt.current_op()->loc : SourceLoc(), {}};
  return ReprDeep(e, c);
}

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
  if (a.name == "enumerate" || a.name == "reversed") return t.tuple({rt.TypeOf(a.items[1]), i64});
  if (a.name == "zip") return t.tuple({rt.TypeOf(a.items[1]), rt.TypeOf(a.items[2]), i64});
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
    case OpKind::newset: {
      LLValue s = e.NewContainer(rtype);
      for (flow::Value v : op.args)
        e.Rt(RtFunc::rpy_set_add, {s, e.Bits(rt.ConvertTo(v, key_t(s)))}, void_t);
      return s;
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
      if (!is_dict(0) && !is_set(0)) return LLValue();
      LLValue d = rt.Convert(op.args[0]);
      return e.Rt(RtFunc::rpy_dict_contains, {d, e.Bits(rt.ConvertTo(op.args[1], key_t(d)))},
                  boolean);
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
        uint32_t ix = name == "zip" ? 2 : 1;
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
          if (name == "zip") {
            LLValue l2 = e.Emit(LLOpKind::getfield, {it}, tt.fields[1], 1);
            LLValue n2 = e.Emit(LLOpKind::list_len, {l2}, i64);
            LLValue ok2 = e.Emit(LLOpKind::int_lt, {i, n2}, boolean);
            ok = e.Emit(LLOpKind::select, {ok, ok2, p.Bool(false)}, boolean);
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
          // re-read the list: malloc_tuple may have moved nothing, but
          // keep the value flow simple
          LLValue x = e.Emit(LLOpKind::list_getitem, {l, i0}, rt_t.fields[1]);
          e.Emit(LLOpKind::setfield, {tup, i0}, void_t, 0);
          e.Emit(LLOpKind::setfield, {tup, x}, void_t, 1);
        } else {
          LLValue l2 = e.Emit(LLOpKind::getfield, {it}, tt.fields[1], 1);
          LLValue x = e.Emit(LLOpKind::list_getitem, {l, i0}, rt_t.fields[0]);
          LLValue y = e.Emit(LLOpKind::list_getitem, {l2, i0}, rt_t.fields[1]);
          e.Emit(LLOpKind::setfield, {tup, x}, void_t, 0);
          e.Emit(LLOpKind::setfield, {tup, y}, void_t, 1);
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
      bool inplace = op.kind == OpKind::inplace_or || op.kind == OpKind::inplace_and ||
                     op.kind == OpKind::inplace_sub || op.kind == OpKind::inplace_xor;
      if (op.kind == OpKind::inplace_or) {
        e.Rt(RtFunc::rpy_set_update, {a, b}, void_t);
        return a;
      }
      LLValue r = e.Rt(f, {a, b}, p.TypeOf(a));
      if (!inplace) return r;
      // a op= b mutates a: replace its contents.
      e.Rt(RtFunc::rpy_set_clear, {a}, void_t);
      e.Rt(RtFunc::rpy_set_update, {a, r}, void_t);
      return a;
    }
    default:
      return LLValue();
  }
}

namespace {

LLValue SortList(RTyper& rt, LLValue l, LLValue reverse) {
  return rt.EmitListTyped("sort", l, {reverse}, rt.types().void_());
}

// Any iterable the annotator accepted for list()/sorted()/set(): as a list
// (a copy when it already is one).
LLValue AsList(RTyper& rt, flow::Value v, LLTypeId list_t) {
  LLProgram& p = rt.program();
  annotator::Annotator& ann = rt.ann();
  const annotator::Annotation& a = ann.anns().get(ann.annotation(v));
  LLValue x = rt.Convert(v);
  if (a.kind == AnnKind::List) {
    LLValue f = p.Bool(false);
    return rt.EmitRt(RtFunc::rpy_list_getslice,
                     {x, p.Int(0), p.Int(0), p.Int(1), f, f, f, rt.ItemSize(list_t),
                      rt.HasPointers(list_t)},
                     list_t);
  }
  std::string what = a.name == "values_view" ? "values" : a.name == "items_view" ? "items" : "keys";
  return ToList(rt, x, what, list_t);
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
  auto deep = [&](size_t i) {
    const annotator::Annotation& a = arg_ann(i);
    if (a.kind == AnnKind::Tuple || a.kind == AnnKind::Dict || a.kind == AnnKind::Set) return true;
    if (a.kind != AnnKind::List) return false;
    AnnKind k = ann.anns().get(ann.anns().listdef(a.listdef).item).kind;
    return k == AnnKind::List || k == AnnKind::Tuple || k == AnnKind::Dict || k == AnnKind::Set ||
           k == AnnKind::None;
  };
  auto dictlike = [&](size_t i) {
    AnnKind k = akind(i);
    return k == AnnKind::Dict || k == AnnKind::Set ||
           (k == AnnKind::Iterator && arg_ann(i).name != "list");
  };
  switch (id) {
    case BuiltinId::len:
      if (n != 1 || !dictlike(0)) return LLValue();
      return e.Rt(RtFunc::rpy_dict_len, {rt.Convert(op.args[1])}, i64);
    case BuiltinId::str:
    case BuiltinId::repr: {
      if (n != 1 || !deep(0)) return LLValue();
      return ReprDeep(e, rt.Convert(op.args[1]));
    }
    case BuiltinId::print: {
      bool any = false;
      for (size_t i = 0; i < n; ++i) any = any || deep(i);
      if (!any) return LLValue();
      LLValue sep = p.Str(" "), end = p.Str("\n");
      for (size_t k = 0; k < shape.keywords.size(); ++k) {
        flow::Value v = op.args[1 + n + k];
        if (t.kind(rt.TypeOfValue(v)) == LLKind::Void) continue;
        (shape.keywords[k] == "sep" ? sep : end) = rt.Convert(v);
      }
      for (size_t i = 0; i < n; ++i) {
        if (i) rt.EmitRt(RtFunc::rpy_write_str, {sep}, void_t);
        LLValue v = rt.Convert(op.args[1 + i]);
        switch (t.kind(p.TypeOf(v))) {
          case LLKind::Int: rt.EmitRt(RtFunc::rpy_write_int, {v}, void_t); break;
          case LLKind::Float: rt.EmitRt(RtFunc::rpy_write_float, {v}, void_t); break;
          case LLKind::Bool: rt.EmitRt(RtFunc::rpy_write_bool, {v}, void_t); break;
          case LLKind::Str: rt.EmitRt(RtFunc::rpy_write_str, {v}, void_t); break;
          case LLKind::Void: rt.EmitRt(RtFunc::rpy_write_str, {p.Str("None")}, void_t); break;
          default: rt.EmitRt(RtFunc::rpy_write_str, {ReprDeep(e, v)}, void_t); break;
        }
      }
      rt.EmitRt(RtFunc::rpy_write_str, {end}, void_t);
      return p.Void();
    }
    case BuiltinId::set:
    case BuiltinId::frozenset: {
      if (n == 0) return e.NewContainer(rtype);
      AnnKind k = akind(0);
      LLValue x = rt.Convert(op.args[1]);
      if (k == AnnKind::Set) return e.Rt(RtFunc::rpy_set_copy, {x}, rtype);
      if (k == AnnKind::List) return SetFromList(rt, x, rtype);
      LLTypeId lt = t.list(t.get(rtype).fields[0]);
      return SetFromList(rt, AsList(rt, op.args[1], lt), rtype);
    }
    case BuiltinId::dict: {
      if (n == 0) return e.NewContainer(rtype);
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
    case BuiltinId::list:
    case BuiltinId::sorted: {
      if (n == 0) {
        if (id == BuiltinId::sorted) return LLValue();
        return rt.EmitRt(RtFunc::rpy_list_new, {p.Int(0), rt.ItemSize(rtype), rt.HasPointers(rtype)},
                         rtype);
      }
      if (akind(0) != AnnKind::List && !dictlike(0)) return LLValue();
      LLValue l = AsList(rt, op.args[1], rtype);
      if (id == BuiltinId::sorted) {
        LLValue reverse = p.Bool(false);
        for (size_t k = 0; k < shape.keywords.size(); ++k)
          if (shape.keywords[k] == "reverse") reverse = rt.Truth(rt.Convert(op.args[1 + n + k]));
        if (t.get(rtype).fields[0] != void_t) SortList(rt, l, reverse);
      }
      return l;
    }
    case BuiltinId::sum:
    case BuiltinId::any:
    case BuiltinId::all:
    case BuiltinId::min:
    case BuiltinId::max: {
      if (n != 1 || !shape.keywords.empty()) return LLValue();
      if (akind(0) != AnnKind::List && !dictlike(0)) return LLValue();
      LLTypeId item_t = (id == BuiltinId::sum) ? rtype
                        : (id == BuiltinId::any || id == BuiltinId::all)
                            ? LLTypeId()
                            : rtype;
      LLValue l;
      if (akind(0) == AnnKind::List) {
        l = rt.Convert(op.args[1]);
      } else {
        l = AsList(rt, op.args[1], t.list(rtype));
      }
      LLTypeId lt = p.TypeOf(l);
      LLTypeId elem = t.get(lt).fields[0];
      (void)item_t;
      std::string name = id == BuiltinId::sum ? "sum" : id == BuiltinId::any ? "any"
                         : id == BuiltinId::all ? "all" : id == BuiltinId::min ? "min" : "max";
      return CallHelper(rt, name + ":" + TypeKey(p, lt), {l}, rtype, [&](HelperGraph& h) {
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
        if (name == "sum") {
          LLKind ek = tt.kind(elem);
          LLValue zero = tt.kind(rtype) == LLKind::Float ? p.Float(0.0) : p.Int(0);
          auto x = h.ListLoop(l0, {zero}, [&](LLValue, LLValue item, std::vector<LLValue> st) {
            LLValue r;
            if (tt.kind(rtype) == LLKind::Float) {
              r = h.e.Emit(LLOpKind::float_add, {st[0], item}, rtype);
            } else {
              LLValue iv = ek == LLKind::Bool ? h.e.Emit(LLOpKind::cast_bool_to_int, {item}, i64) : item;
              r = h.e.Emit(LLOpKind::int_add_ovf, {st[0], iv}, i64);
            }
            return std::vector<LLValue>{r};
          });
          h.Return(x[1]);
          return;
        }
        // min / max: the first item, then each strictly smaller / larger.
        bool is_min = name == "min";
        LLValue len = h.e.Emit(LLOpKind::list_len, {l0}, i64);
        h.e.RaiseIf(h.e.Emit(LLOpKind::int_eq, {len, p.Int(0)}, boolean), BuiltinExc::ValueError,
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
      LLValue it = e.Emit(LLOpKind::malloc_tuple, {}, rtype);
      LLValue l = rt.Convert(op.args[1]);
      e.Emit(LLOpKind::setfield, {it, l}, void_t, 0);
      if (id == BuiltinId::zip) {
        e.Emit(LLOpKind::setfield, {it, rt.Convert(op.args[2])}, void_t, 1);
        e.Emit(LLOpKind::setfield, {it, p.Int(0)}, void_t, 2);
      } else if (id == BuiltinId::reversed) {
        e.Emit(LLOpKind::setfield, {it, e.Emit(LLOpKind::list_len, {l}, i64)}, void_t, 1);
      } else {
        e.Emit(LLOpKind::setfield, {it, p.Int(0)}, void_t, 1);
      }
      return it;
    }
    default:
      return LLValue();
  }
}

}  // namespace rpyc::rtyper
