// Flow graph builder: built-ins that take a function — sorted(),
// list.sort(), min() and max() with key=, map() and filter().
//
// They are desugared into comprehensions built from synthesized AST, so
// the function is called by ordinary call operations (a lambda, a nested
// function, a module-level function or a built-in; the annotator handles
// each call as usual):
//
//   sorted(xs, key=f, reverse=r)  items = [x for x in xs]
//                                 keys = [f(x) for x in items]
//                                 keyed_sort(items, keys, r); -> items
//   l.sort(key=f, reverse=r)      keys = [f(x) for x in l]; keyed_sort(l, keys, r)
//   min(xs, key=f)                items, keys as for sorted; keyed_pick(items, keys, False)
//   map(f, xs[, ys])              [f(x) for x in xs]   ([f(x, y) for x, y in zip(xs, ys)])
//   filter(f, xs)                 [x for x in xs if f(x)]   (filter(None, xs): `if x`)
//   list(range(...))              [x for x in range(...)]
//
// map() and filter() therefore give lists, which iterate and convert with
// list() as the iterators CPython returns do. They differ where the
// iterator shows itself: its string form is `<map object at 0x...>`, so
// the list is wrapped in lazy_list(list, "map"), which makes the annotator
// refuse to print, str(), repr() or format it. (They also differ in that
// the function runs for every item before the first is used, and in that
// the list can be iterated twice.) Intermediate values live in hidden
// locals ('#hof<n>_...'), which no Python name can spell.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

ast::Name* GraphBuilder::HiddenName(const std::string& id, bool store, SourceLoc loc) {
  local_names_.insert(id);
  auto* n = synth_.New<ast::Name>();
  n->id = id;
  n->ctx = store ? ast::ExprContext::Store : ast::ExprContext::Load;
  n->loc = loc;
  return n;
}

Value GraphBuilder::SynthComprehension(ast::Expr* elt, ast::Expr* target, ast::Expr* iter,
                                       ast::Expr* cond, SourceLoc loc) {
  auto* gen = synth_.New<ast::comprehension>();
  gen->target = target;
  gen->iter = iter;
  gen->loc = loc;
  if (cond) gen->ifs.push_back(cond);
  auto* comp = synth_.New<ast::ListComp>();
  comp->elt = elt;
  comp->generators.push_back(gen);
  comp->loc = loc;
  return Comprehension(comp);
}

ast::Call* GraphBuilder::SynthCall(const std::string& callee, std::vector<ast::Expr*> args,
                                   SourceLoc loc) {
  auto* call = synth_.New<ast::Call>();
  call->func = HiddenName(callee, false, loc);
  call->args = std::move(args);
  call->loc = loc;
  return call;
}

bool GraphBuilder::HigherOrderCall(const ast::Call* e, Value* out) {
  const ast::keyword* key = nullptr;
  const ast::keyword* reverse = nullptr;
  for (const ast::keyword* k : e->keywords) {
    if (k->arg_name == "key") key = k;
    if (k->arg_name == "reverse") reverse = k;
  }
  for (const ast::Expr* a : e->args)
    if (ast::isa<ast::Starred>(a)) return false;
  auto* attr = ast::dyn_cast<ast::Attribute>(e->func);
  bool list_sort = attr && attr->attr == "sort" && key && e->args.empty();
  std::string builtin;
  if (auto* name = ast::dyn_cast<ast::Name>(e->func); name && !local_names_.count(name->id) &&
                                                       !cells_.count(name->id) &&
                                                       !free_.count(name->id)) {
    loader::HostId g = host_.LookupGlobal(info_.globals, name->id);
    for (const char* b : {"sorted", "min", "max", "map", "filter", "list"})
      if (g.valid() && host_.Is(g, "builtins", b)) builtin = b;
  }
  bool keyed = (builtin == "sorted" || builtin == "min" || builtin == "max") && key &&
               !(ast::isa<ast::Constant>(key->value) &&
                 ast::cast<ast::Constant>(key->value)->value_kind == ast::Constant::Kind::None);
  bool mapping = (builtin == "map" && e->args.size() >= 2 && e->args.size() <= 3) ||
                 (builtin == "filter" && e->args.size() == 2);
  // list(range(...)): range() is only a loop, so this is [x for x in range(...)].
  bool list_range = false;
  if (builtin == "list" && e->args.size() == 1 && e->keywords.empty())
    if (auto* call = ast::dyn_cast<ast::Call>(e->args[0]))
      if (auto* callee = ast::dyn_cast<ast::Name>(call->func); callee && callee->id == "range") {
        loader::HostId g = host_.LookupGlobal(info_.globals, "range");
        list_range = !local_names_.count("range") && g.valid() && host_.Is(g, "builtins", "range");
      }
  if (list_range) {
    std::string x = "#hof" + std::to_string(hidden_counter_++) + "_x";
    *out = SynthComprehension(HiddenName(x, false, e->loc), HiddenName(x, true, e->loc),
                              e->args[0], nullptr, e->loc);
    return true;
  }
  if (!list_sort && !keyed && !mapping) return false;
  for (const ast::keyword* k : e->keywords)
    if (k != key && k != reverse)
      Unsupported("the keyword argument `" + k->arg_name + "` of `" +
                      (list_sort ? std::string("sort") : builtin) + "()` with a key function",
                  k->loc);
  if (mapping && !e->keywords.empty())
    Unsupported("keyword arguments to `" + builtin + "()`", e->keywords[0]->loc);
  if (reverse && (builtin == "min" || builtin == "max"))
    Unsupported("`reverse=` in `" + builtin + "()`", reverse->loc);

  std::string p = "#hof" + std::to_string(hidden_counter_++) + "_";
  SourceLoc loc = e->loc;
  auto x = [&](bool store) { return HiddenName(p + "x", store, loc); };
  std::vector<std::string> hidden;
  auto bind = [&](const std::string& name, Value v) {
    Bind(p + name, v, loc);
    hidden.push_back(p + name);
  };
  if (mapping) {
    bind("f", Expr(e->args[0]));
    bool none = state_.at(p + "f").is_const() &&
                host_.Kind(store_.cst(state_.at(p + "f").cst()).value) == loader::HostKind::None;
    if (builtin == "filter") {
      ast::Expr* cond = none ? static_cast<ast::Expr*>(x(false)) : SynthCall(p + "f", {x(false)}, loc);
      *out = SynthComprehension(x(false), x(true), e->args[1], cond, loc);
    } else if (e->args.size() == 2) {
      *out = SynthComprehension(SynthCall(p + "f", {x(false)}, loc), x(true), e->args[1],
                                nullptr, loc);
    } else {
      // Two iterables: zip them (pairs as long as the shorter, as map()).
      bind("zip", ConstValue(host_.Builtin("zip")));
      auto* pair = synth_.New<ast::Tuple>();
      pair->elts = {HiddenName(p + "a", true, loc), HiddenName(p + "b", true, loc)};
      pair->ctx = ast::ExprContext::Store;
      pair->loc = loc;
      ast::Expr* zipped = SynthCall(p + "zip", {e->args[1], e->args[2]}, loc);
      ast::Expr* call =
          SynthCall(p + "f", {HiddenName(p + "a", false, loc), HiddenName(p + "b", false, loc)}, loc);
      *out = SynthComprehension(call, pair, zipped, nullptr, loc);
    }
    *out = Op(OpKind::lazy_list, {*out, ConstValue(host_.FromStr(builtin))}, loc);
  } else {
    if (list_sort) {
      bind("items", Expr(attr->value));
    } else if (e->args.size() == 1) {
      bind("items", SynthComprehension(x(false), x(true), e->args[0], nullptr, loc));
    } else if (builtin != "sorted" && e->args.size() >= 2) {
      std::vector<Value> items;  // min(a, b, key=f)
      for (const ast::Expr* a : e->args) items.push_back(Expr(a));
      bind("items", Op(OpKind::newlist, std::move(items), loc));
    } else {
      Unsupported("`" + builtin + "()` with these arguments", loc);
    }
    bind("f", Expr(key->value));
    Value rev = reverse ? Expr(reverse->value) : ConstValue(host_.FromBool(false));
    Value keys = SynthComprehension(SynthCall(p + "f", {x(false)}, loc), x(true),
                                    HiddenName(p + "items", false, loc), nullptr, loc);
    Value items = state_.at(p + "items");
    if (builtin == "min" || builtin == "max") {
      *out = Op(OpKind::keyed_pick, {items, keys, ConstValue(host_.FromBool(builtin == "max"))},
                loc);
    } else {
      Op(OpKind::keyed_sort, {items, keys, rev}, loc);
      *out = list_sort ? ConstValue(host_.None()) : items;
    }
  }
  for (const std::string& name : hidden) state_.erase(name);
  return true;
}

}  // namespace rpyc::flow
