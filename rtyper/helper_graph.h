// Helper graphs: low-level graphs the rtyper synthesizes (once per type)
// for loops a lowering needs -- repr of containers, list(d), set(list),
// structural equality and ordering of tuples and lists, hashing of keys.
// An Emitter appends operations to one block, either the block the RTyper
// is lowering or a block of a helper graph; HelperGraph builds a graph with
// loops over lists and dicts; CallHelper builds a helper on first use (keyed
// by a string naming what it does and the types involved) and calls it.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

struct Emitter;
// The hash and equality helpers for dict/set keys of low-level type `key`
// and annotation `ann` (invalid when only the low-level type is known:
// tuples; rtype_values.cpp).
LLGraphId KeyHashGraph(RTyper* rt, Emitter& e, LLTypeId key, annotator::AnnId ann);
LLGraphId KeyEqGraph(RTyper* rt, Emitter& e, LLTypeId key, annotator::AnnId ann);
// Their function addresses when only the low-level type is known.
LLValue KeyHashFunction(Emitter& e, LLTypeId key);
LLValue KeyEqFunction(Emitter& e, LLTypeId key);
LLValue KeyReprFunction(Emitter& e, LLTypeId key);


// rtlib key kinds (RPY_KEY_* in rpyc_rt.h).
enum { kKeyInt = 0, kKeyFloat = 1, kKeyStr = 2, kKeyPtr = 3, kKeyCustom = 4 };

inline int KeyKind(LLTypeStore& t, LLTypeId key) {
  switch (t.kind(key)) {
    case LLKind::Float: return kKeyFloat;
    case LLKind::Str: return kKeyStr;
    case LLKind::Ptr:
    case LLKind::Js: return kKeyPtr;
    case LLKind::Tuple:
    case LLKind::Set:  // frozensets: rpy_frozenset_hash, rpy_set_eq
      return kKeyCustom;
    default: return kKeyInt;
  }
}

inline LLValue NullPtr(LLProgram& p) {
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
  LLValue Emit(LLOpKind kind, std::vector<LLValue> args, LLTypeId result, uint32_t aux = 0,
               uint32_t aux2 = 0) {
    if (rt) return rt->Emit(kind, std::move(args), result, aux, aux2);
    LLOp op;
    op.kind = kind;
    op.args = std::move(args);
    op.result = p.NewVar(result);
    op.loc = loc;
    op.aux = aux;
    op.aux2 = aux2;
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
    if (t().kind(ty) == LLKind::UInt) return Emit(LLOpKind::same_as, {v}, t().integer());
    return Emit(LLOpKind::to_bits, {v}, t().integer());
  }
  LLValue FromBits(LLValue b, LLTypeId type) {
    if (t().kind(type) == LLKind::Void) return p.Void();
    if (t().kind(type) == LLKind::Int) return b;
    if (t().kind(type) == LLKind::UInt) return Emit(LLOpKind::same_as, {b}, type);
    return Emit(LLOpKind::from_bits, {b}, type);
  }
  LLValue Truth(LLValue v) {
    switch (t().kind(p.TypeOf(v))) {
      case LLKind::Bool: return v;
      case LLKind::Int: case LLKind::UInt: return Emit(LLOpKind::int_is_true, {v}, t().boolean());
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
      case LLKind::UInt: return Rt(RtFunc::rpy_str_from_uint, {v}, t().str());
      case LLKind::Float: return Rt(RtFunc::rpy_str_from_float, {v}, t().str());
      case LLKind::Bool: return Rt(RtFunc::rpy_str_from_bool, {v}, t().str());
      case LLKind::Str: return Rt(RtFunc::rpy_str_repr, {v}, t().str());
      default: return p.Str("None");
    }
  }
  LLValue NewContainer(LLTypeId type) {
    const LLType ct = t().get(type);  // a copy: helpers intern new types
    LLTypeId key = ct.fields[0];
    LLValue kp = p.Bool(t().IsGcPointer(key));
    // Instance keys with __eq__ (rtype_keys.cpp) or tuples: rtlib calls
    // back the value family's hash and == helpers.
    bool by_eq = ct.key_class != LLType::kNoKeyClass;
    bool custom = by_eq || KeyKind(t(), key) == kKeyCustom;
    LLValue kind = p.Int32(custom ? kKeyCustom : KeyKind(t(), key));
    LLValue hash_fn = NullPtr(p), eq_fn = NullPtr(p);
    if (by_eq) {
      const auto& fns = p.key_functions.at(ct.key_class);
      hash_fn = Emit(LLOpKind::graph_address, {}, t().ptr(), fns.first.index);
      eq_fn = Emit(LLOpKind::graph_address, {}, t().ptr(), fns.second.index);
    } else if (custom) {
      hash_fn = KeyHashFunction(*this, key);
      eq_fn = KeyEqFunction(*this, key);
    }
    LLValue d = ct.kind == LLKind::Set
                    ? Rt(RtFunc::rpy_set_new, {kind, kp, hash_fn, eq_fn}, type)
                    : Rt(RtFunc::rpy_dict_new,
                         {kind, kp, p.Bool(t().IsGcPointer(ct.fields[1])), hash_fn, eq_fn}, type);
    // KeyError shows repr(key): tuples, instances by their __repr__ (an
    // instance without one would show its address).
    if (custom && !by_eq)
      Rt(RtFunc::rpy_dict_set_repr_fn, {d, KeyReprFunction(*this, key)}, t().void_());
    if (by_eq && p.key_reprs.count(ct.key_class))
      Rt(RtFunc::rpy_dict_set_repr_fn,
         {d, Emit(LLOpKind::graph_address, {}, t().ptr(), p.key_reprs.at(ct.key_class).index)},
         t().void_());
    return d;
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

  // Returns `value` from the graph when `cond` holds; emission continues
  // in a new block, which receives `live` (the values the rest of the
  // graph needs). Returns the new block's copies of `live`.
  std::vector<LLValue> ReturnIf(LLValue cond, LLValue value, const std::vector<LLValue>& live) {
    std::vector<LLValue> next;
    LLBlockId rest = Block(live, &next);
    p.block(e.block).exitswitch = cond;
    p.NewLink(e.block, p.graph(g).returnblock, {value}, LLExit::True);
    p.NewLink(e.block, rest, live, LLExit::False);
    e.block = rest;
    return next;
  }

  // A loop for i in [0, n) carrying `state` (everything the body uses);
  // the body gets (i, state) and returns the new state. Returns the state
  // after the loop.
  template <typename Body>
  std::vector<LLValue> CountLoop(LLValue n, std::vector<LLValue> state, Body body) {
    LLTypeStore& t = p.types;
    std::vector<LLValue> carried{n, p.Int(0)};
    carried.insert(carried.end(), state.begin(), state.end());
    std::vector<LLValue> h;
    LLBlockId header = Block(carried, &h);
    p.NewLink(e.block, header, carried, LLExit::None);
    e.block = header;
    p.block(header).exitswitch = e.Emit(LLOpKind::int_lt, {h[1], h[0]}, t.boolean());
    std::vector<LLValue> exit_like(h.begin() + 2, h.end()), x;
    LLBlockId exit = Block(exit_like, &x);
    p.NewLink(header, exit, exit_like, LLExit::False);
    std::vector<LLValue> b;
    LLBlockId bodyb = Block(h, &b);
    p.NewLink(header, bodyb, h, LLExit::True);
    e.block = bodyb;
    std::vector<LLValue> next = body(b[1], std::vector<LLValue>(b.begin() + 2, b.end()));
    std::vector<LLValue> back{b[0], e.Emit(LLOpKind::int_add, {b[1], p.Int(1)}, t.integer())};
    back.insert(back.end(), next.begin(), next.end());
    p.NewLink(e.block, header, back, LLExit::None);
    e.block = exit;
    return x;
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
    ItemLoop loop = OpenItemLoop(l, state);
    const std::vector<LLValue>& b = loop.body;
    std::vector<LLValue> st(b.begin() + 2, b.end());
    std::vector<LLValue> next = body(b[0], loop.item, st);
    std::vector<LLValue> back{b[0], b[1]};
    back.insert(back.end(), next.begin(), next.end());
    CloseItemLoop(loop, back);
    return loop.after;
  }

  // A search over the items of list `l` (its length read again at each
  // step: __eq__ may change the list) that stops at the first item for
  // which `test(item, state)` is true, returning `found(index)` from the
  // graph: CPython's searches call no __eq__ after a match. After the
  // loop (nothing matched), emission continues; returns `state` there.
  template <typename Test, typename Found>
  std::vector<LLValue> SearchLoop(LLValue l, std::vector<LLValue> state, Test test, Found found) {
    ItemLoop loop = OpenItemLoop(l, state);
    const std::vector<LLValue>& b = loop.body;
    LLValue hit = test(loop.item, std::vector<LLValue>(b.begin() + 2, b.end()));
    CloseItemLoop(loop, ReturnIf(hit, found(b[1]), b));
    return std::vector<LLValue>(loop.after.begin() + 1, loop.after.end());
  }

 private:
  // The blocks of a loop over the items of a list: the body block's
  // inputs (list, index, state...) and item; after the loop, (list,
  // state...).
  struct ItemLoop {
    LLBlockId header, exit;
    std::vector<LLValue> body, after;
    LLValue item;
  };
  // Emits the loop's header and moves emission into its body.
  ItemLoop OpenItemLoop(LLValue l, const std::vector<LLValue>& state) {
    LLTypeStore& t = p.types;
    LLTypeId item_t = t.get(p.TypeOf(l)).fields[0];
    ItemLoop loop;
    std::vector<LLValue> carried{l, p.Int(0)};
    carried.insert(carried.end(), state.begin(), state.end());
    std::vector<LLValue> h;
    loop.header = Block(carried, &h);
    p.NewLink(e.block, loop.header, carried, LLExit::None);
    e.block = loop.header;
    LLValue n = e.Emit(LLOpKind::list_len, {h[0]}, t.integer());
    p.block(loop.header).exitswitch = e.Emit(LLOpKind::int_lt, {h[1], n}, t.boolean());
    std::vector<LLValue> exit_like{h[0]};
    exit_like.insert(exit_like.end(), h.begin() + 2, h.end());
    loop.exit = Block(exit_like, &loop.after);
    p.NewLink(loop.header, loop.exit, exit_like, LLExit::False);
    LLBlockId bodyb = Block(h, &loop.body);
    p.NewLink(loop.header, bodyb, h, LLExit::True);
    e.block = bodyb;
    loop.item = e.Emit(LLOpKind::list_getitem, {loop.body[0], loop.body[1]}, item_t);
    return loop;
  }
  // Goes to the next item with `at` = (list, index, state...) of the
  // current block; emission continues after the loop.
  void CloseItemLoop(const ItemLoop& loop, const std::vector<LLValue>& at) {
    std::vector<LLValue> back{at[0], e.Emit(LLOpKind::int_add, {at[1], p.Int(1)}, p.types.integer())};
    back.insert(back.end(), at.begin() + 2, at.end());
    p.NewLink(e.block, loop.header, back, LLExit::None);
    e.block = loop.exit;
  }
};

// Helper graphs, one per (program, key).
inline std::map<std::pair<const LLProgram*, std::string>, LLGraphId>& HelperCache() {
  static std::map<std::pair<const LLProgram*, std::string>, LLGraphId> cache;
  return cache;
}

// The helper graph named `key` with parameters of `types`, built by
// `build` on first use.
template <typename Build>
LLGraphId GetHelper(LLProgram& p, const std::string& key, const std::vector<LLTypeId>& types,
                    LLTypeId result, SourceLoc loc, Build build) {
  auto& cache = HelperCache();
  auto it = cache.find({&p, key});
  if (it != cache.end() && it->second.index < p.num_graphs()) return it->second;
  HelperGraph h(p, key.substr(0, key.find(':')), types, result, loc);
  cache[{&p, key}] = h.g;  // before building: recursive types refer to it
  build(h);
  return h.g;
}

template <typename Build>
LLValue CallHelper(Emitter& e, const std::string& key, std::vector<LLValue> args, LLTypeId result,
                   Build build) {
  std::vector<LLTypeId> types;
  for (LLValue a : args) types.push_back(e.p.TypeOf(a));
  LLGraphId g = GetHelper(e.p, key, types, result, e.loc, build);
  return e.Emit(LLOpKind::direct_call, std::move(args), result, g.index);
}

template <typename Build>
LLValue CallHelper(RTyper& rt, const std::string& key, std::vector<LLValue> args, LLTypeId result,
                   Build build) {
  Emitter e{rt.program(), &rt, LLBlockId(), rt.current_op() ? rt.current_op()->loc : SourceLoc(), {}};
  return CallHelper(e, key, std::move(args), result, build);
}

inline std::string TypeKey(LLProgram& p, LLTypeId t) { return p.types.ToString(t); }

}  // namespace rpyc::rtyper
