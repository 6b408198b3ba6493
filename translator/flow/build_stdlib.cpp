// Flow graph builder: calls of the standard-library containers and
// iterators rpyc writes itself (support/rpyc_support/pycollections.py and
// pyitertools.py), and iteration over sys.stdin.
//
// collections: a container's item types are its class's field types, so
// every creation site gets a class of its own, made now by the support
// module's factory (as each list display gets its own ListDef):
//
//   deque(it, maxlen=n)    _fill(cls(n), it) (cls(-1) without maxlen)
//   defaultdict(factory)   cls() with the constant factory built in
//   Counter(it)            _count(cls(), it)
//
// A deque made in a function specialized for two argument types gets one
// class per version. Two deques from different sites are different
// classes: they cannot meet in one variable (the annotator reports the
// merge).
//
// itertools: the functions that make tuples come in one version per
// length (a tuple's length is part of its type), chosen here from what
// the call shows: product's number of iterables times a constant
// `repeat=`, permutations' and combinations' constant `r` (or the length
// of a display or constant for permutations without `r`).
#include "common/check.h"
#include "translator/flow/builder.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

using loader::HostKind;

namespace {

// The longest tuples pyitertools makes (its product<n>, permutations<r>,
// combinations<r>).
constexpr int64_t kMaxTupleLength = 6;

}  // namespace

loader::HostId GraphBuilder::SupportAttr(const char* module, const std::string& name) {
  loader::HostResult mod = host_.Import(module);
  loader::HostResult r = mod.ok() ? host_.GetAttr(mod.value, name) : mod;
  RPYC_CHECK(r.ok(), std::string(module) + "." + name + " is missing");
  return r.value;
}

Value GraphBuilder::CallValue(Value callee, std::vector<Value> args, SourceLoc loc) {
  CallShape shape{static_cast<uint32_t>(args.size()), {}};
  args.insert(args.begin(), callee);
  return Op(OpKind::call, std::move(args), loc, store_.InternCallShape(shape));
}

std::optional<int64_t> GraphBuilder::ConstInt(Value v) {
  if (!v.is_const()) return std::nullopt;
  loader::HostId c = store_.cst(v.cst()).value;
  if (host_.Kind(c) != HostKind::Int) return std::nullopt;
  return host_.AsInt(c);
}

bool GraphBuilder::IsConstNone(Value v) {
  return v.is_const() && host_.Kind(store_.cst(v.cst()).value) == HostKind::None;
}

// The arguments of `e` by parameter: positional ones first, then keywords
// by name; `*` and `**` are refused.
std::vector<Value> GraphBuilder::StdlibArgs(const ast::Call* e, const char* what,
                                            const std::vector<std::string>& params) {
  std::vector<Value> args(params.size());
  std::vector<bool> given(params.size(), false);
  if (e->args.size() > params.size())
    Unsupported("this call of " + std::string(what) + " (too many arguments)", e->loc);
  for (size_t i = 0; i < e->args.size(); ++i) {
    if (ast::isa<ast::Starred>(e->args[i])) Unsupported("`*` arguments", e->args[i]->loc);
    args[i] = Expr(e->args[i]);
    given[i] = true;
  }
  for (const ast::keyword* k : e->keywords) {
    size_t i = 0;
    while (i < params.size() && params[i] != k->arg_name) ++i;
    if (i == params.size() || given[i])
      Unsupported(std::string(what) + " with `" + k->arg_name + "=`", k->loc);
    args[i] = Expr(k->value);
    given[i] = true;
  }
  return args;
}

loader::HostId SiteClasses::Find(const std::string& factory, SourceLoc loc) const {
  auto it = made_.find({factory, Representative(KeyOf(loc))});
  return it == made_.end() ? loader::HostId() : it->second;
}

void SiteClasses::Add(loader::HostId cls, Site site) {
  made_[{site.factory, Representative(KeyOf(site.loc))}] = cls;
  sites_[cls.index] = std::move(site);
}

const SiteClasses::Site* SiteClasses::SiteOf(loader::HostId cls) const {
  auto it = sites_.find(cls.index);
  return it == sites_.end() ? nullptr : &it->second;
}

SiteClasses::Key SiteClasses::Representative(Key k) const {
  for (auto it = parent_.find(k); it != parent_.end(); it = parent_.find(k)) k = it->second;
  return k;
}

bool SiteClasses::Merge(SourceLoc a, SourceLoc b) {
  Key ra = Representative(KeyOf(a)), rb = Representative(KeyOf(b));
  if (ra == rb) return false;
  if (rb < ra) std::swap(ra, rb);  // the earlier site names the group
  parent_[rb] = ra;
  return true;
}

loader::HostId GraphBuilder::SiteClass(const char* factory, std::vector<loader::HostId> args,
                                       SourceLoc loc) {
  if (site_classes_)
    if (loader::HostId shared = site_classes_->Find(factory, loc); shared.valid()) return shared;
  loader::HostResult cls = host_.Call(SupportAttr("rpyc_support.pycollections", factory), args);
  RPYC_CHECK(cls.ok(), std::string("pycollections.") + factory + " failed");
  // Diagnostics name the class by its creation site ("deque made at line 9").
  loader::HostResult name = host_.GetAttr(cls.value, "__name__");
  std::string shown = (name.ok() ? host_.AsStr(name.value) : std::string(factory)) +
                      " made at line " + std::to_string(loc.line);
  host_.Call(host_.Builtin("setattr"),
             {cls.value, host_.FromStr("__qualname__"), host_.FromStr(shown)});
  if (site_classes_) site_classes_->Add(cls.value, {factory, loc, std::move(args)});
  return cls.value;
}

bool GraphBuilder::CollectionsCall(const ast::Call* e, loader::HostId callee, Value* result) {
  const char* kModule = "rpyc_support.pycollections";
  if (host_.Is(callee, "collections", "deque")) {
    std::vector<Value> a = StdlibArgs(e, "deque()", {"iterable", "maxlen"});
    loader::HostId cls = SiteClass("_make_deque", {}, e->loc);
    Value maxlen = a[1].valid() && !IsConstNone(a[1]) ? a[1] : ConstValue(host_.FromInt(-1));
    if (std::optional<int64_t> n = ConstInt(maxlen); n && *n < -1)
      Unsupported("deque() with a negative maxlen", e->loc);
    Value d = CallValue(ConstValue(cls), {maxlen}, e->loc);
    if (a[0].valid() && !IsConstNone(a[0]))
      d = CallValue(ConstValue(SupportAttr(kModule, "_fill")), {d, a[0]}, e->loc);
    *result = d;
    return true;
  }
  if (host_.Is(callee, "collections", "Counter")) {
    if (e->args.size() == 1 && (ast::isa<ast::Dict>(e->args[0]) || ast::isa<ast::DictComp>(e->args[0])))
      Unsupported("Counter() of a mapping", e->args[0]->loc,
                  "rpyc counts the items of an iterable; add counts with c[k] += n");
    std::vector<Value> a = StdlibArgs(e, "Counter()", {"iterable"});
    loader::HostId cls = SiteClass("_make_counter", {}, e->loc);
    Value c = CallValue(ConstValue(cls), {}, e->loc);
    if (a[0].valid()) c = CallValue(ConstValue(SupportAttr(kModule, "_count")), {c, a[0]}, e->loc);
    *result = c;
    return true;
  }
  if (!host_.Is(callee, "collections", "defaultdict")) return false;
  if (e->args.size() != 1 || !e->keywords.empty() || ast::isa<ast::Starred>(e->args[0]))
    Unsupported("this call of defaultdict()", e->loc,
                "pass the factory only: defaultdict(list), defaultdict(int), ...");
  Value factory = Expr(e->args[0]);
  if (!factory.is_const() || IsConstNone(factory))
    Unsupported("defaultdict() with a factory that is not known at translation time",
                e->args[0]->loc,
                "pass a class, a built-in type, a module-level function or a lambda that "
                "uses no local variable");
  loader::HostId f = store_.cst(factory.cst()).value;
  // CPython shows the factory with its repr; only a built-in type's has no
  // address or module name that would differ (printing the others is
  // refused, as for instances without __repr__).
  std::string shown = host_.Kind(f) == HostKind::BuiltinFunction && host_.Is(host_.TypeOf(f), "builtins", "type")
                          ? host_.Repr(f) : "";
  loader::HostId cls = SiteClass("_make_defaultdict", {f, host_.FromStr(shown)}, e->loc);
  *result = CallValue(ConstValue(cls), {}, e->loc);
  return true;
}

bool GraphBuilder::ItertoolsCall(const ast::Call* e, loader::HostId callee, Value* result) {
  const char* kModule = "rpyc_support.pyitertools";
  auto is = [&](const char* name) { return host_.Is(callee, "itertools", name); };
  auto call = [&](const std::string& name, std::vector<Value> args) {
    *result = CallValue(ConstValue(SupportAttr(kModule, name)), std::move(args), e->loc);
    return true;
  };
  auto length = [&](int64_t n, const char* what) {
    if (n < 1 || n > kMaxTupleLength)
      Unsupported(std::string(what) + " making tuples of " + std::to_string(n) + " items", e->loc,
                  "rpyc makes tuples of 1 to " + std::to_string(kMaxTupleLength) + " items here");
    return std::to_string(n);
  };
  if (is("chain")) {
    std::vector<Value> a;
    for (const ast::Expr* x : e->args) {
      if (ast::isa<ast::Starred>(x)) Unsupported("chain() of `*` arguments", x->loc);
      a.push_back(Expr(x));
    }
    if (a.size() < 2 || a.size() > 3 || !e->keywords.empty())
      Unsupported("chain() of " + std::to_string(a.size()) + " iterables", e->loc,
                  "rpyc chains two or three iterables");
    std::string name = "chain" + std::to_string(a.size());
    return call(name, std::move(a));
  }
  if (is("islice")) {
    if (!e->keywords.empty() || e->args.size() < 2 || e->args.size() > 4)
      Unsupported("this call of islice()", e->loc);
    std::vector<Value> a = StdlibArgs(e, "islice()", {"iterable", "a", "b", "c"});
    auto or_default = [&](Value v, int64_t d) {
      return v.valid() && !IsConstNone(v) ? v : ConstValue(host_.FromInt(d));
    };
    if (!a[2].valid()) return call("islice", {a[0], ConstValue(host_.FromInt(0)), or_default(a[1], -1),
                                              ConstValue(host_.FromInt(1))});
    return call("islice", {a[0], or_default(a[1], 0), or_default(a[2], -1), or_default(a[3], 1)});
  }
  // The iterables of product() and zip_longest(): how many must be known.
  auto iterables = [&](const std::string& what) {
    std::vector<Value> its;
    for (const ast::Expr* x : e->args) {
      if (ast::isa<ast::Starred>(x))
        Unsupported(what + " of `*` arguments", x->loc,
                    "the number of iterables must be known at translation time");
      its.push_back(Expr(x));
    }
    return its;
  };
  if (is("product")) {
    std::vector<Value> pools = iterables("product()");
    int64_t repeat = 1;
    for (const ast::keyword* k : e->keywords) {
      std::optional<int64_t> r = k->arg_name == "repeat" ? ConstInt(Expr(k->value)) : std::nullopt;
      if (!r) Unsupported("product() with `" + k->arg_name + "=` not a constant int", k->loc);
      repeat = *r;
    }
    std::string n = length(static_cast<int64_t>(pools.size()) * repeat, "product()");
    if (repeat > 1)  // each pool is iterated once, as CPython does
      for (Value& p : pools) p = CallValue(ConstValue(host_.Builtin("list")), {p}, e->loc);
    std::vector<Value> args;
    for (int64_t i = 0; i < repeat; ++i) args.insert(args.end(), pools.begin(), pools.end());
    return call("product" + n, std::move(args));
  }
  if (is("zip_longest")) {
    std::vector<Value> its = iterables("zip_longest()");
    Value fill = ConstValue(host_.None());
    for (const ast::keyword* k : e->keywords) {
      if (k->arg_name != "fillvalue") Unsupported("zip_longest() with `" + k->arg_name + "=`", k->loc);
      fill = Expr(k->value);
    }
    std::string n = length(static_cast<int64_t>(its.size()), "zip_longest()");
    its.push_back(fill);
    return call("zip_longest" + n, std::move(its));
  }
  if (is("accumulate")) {
    if (e->args.size() > 2)  // initial= is keyword-only
      Unsupported("accumulate() with more than 2 positional arguments", e->loc);
    std::vector<Value> a = StdlibArgs(e, "accumulate()", {"iterable", "func", "initial"});
    if (!a[0].valid()) Unsupported("this call of accumulate()", e->loc);
    bool add = !a[1].valid() || IsConstNone(a[1]);
    bool initial = a[2].valid() && !IsConstNone(a[2]);
    std::vector<Value> args{a[0]};
    if (!add) args.push_back(a[1]);
    if (initial) args.push_back(a[2]);
    std::string name = std::string(add ? "accumulate_add" : "accumulate") + (initial ? "_initial" : "");
    if (add) return call(name, std::move(args));
    // With a function: a copy of the generator per call site, so that
    // sites passing different functions (or built-ins such as min) do not
    // make one value that may be any of them.
    loader::HostId site = host_.CopyFunction(SupportAttr(kModule, name));
    *result = CallValue(ConstValue(site), std::move(args), e->loc);
    return true;
  }
  bool perm = is("permutations");
  if (!perm && !is("combinations")) return false;
  const char* what = perm ? "permutations()" : "combinations()";
  std::vector<Value> a = StdlibArgs(e, what, {"iterable", "r"});
  if (!a[0].valid()) Unsupported(std::string("this call of ") + what, e->loc);
  std::optional<int64_t> r = a[1].valid() ? ConstInt(a[1]) : std::nullopt;
  if (!r && perm && (!a[1].valid() || IsConstNone(a[1]))) {
    // permutations(xs): r is len(xs), known for a display or a constant.
    const ast::Expr* it = e->args.empty() ? nullptr : e->args[0];
    if (auto* l = it ? ast::dyn_cast<ast::List>(it) : nullptr) r = l->elts.size();
    if (auto* t = it ? ast::dyn_cast<ast::Tuple>(it) : nullptr) r = t->elts.size();
    if (!r && a[0].is_const()) {
      loader::HostResult n = host_.Call(host_.Builtin("len"), {store_.cst(a[0].cst()).value});
      if (n.ok() && host_.Kind(n.value) == HostKind::Int) r = host_.AsInt(n.value);
    }
  }
  if (!r)
    Unsupported(std::string(what) + " with a length `r` not known at translation time", e->loc,
                "a tuple's length is part of its type: pass r as a constant");
  return call((perm ? "permutations" : "combinations") + length(*r, what), {a[0]});
}

bool GraphBuilder::RandomCall(const ast::Call* e, loader::HostId callee, Value* result) {
  // random.choice(range(...)): the range is never made (its items would be
  // a lazy iterator without len()); pyrandom.choice_range draws as CPython.
  if (!host_.Is(callee, "rpyc_support.pyrandom", "choice") || e->args.size() != 1 ||
      !e->keywords.empty())
    return false;
  auto* r = ast::dyn_cast<ast::Call>(e->args[0]);
  if (!r || r->args.empty() || r->args.size() > 3 || !r->keywords.empty()) return false;
  for (const ast::Expr* a : r->args)
    if (ast::isa<ast::Starred>(a)) return false;
  Value range = Expr(r->func);
  if (!range.is_const() || !host_.Is(store_.cst(range.cst()).value, "builtins", "range"))
    return false;
  std::vector<Value> a;
  for (const ast::Expr* x : r->args) a.push_back(Expr(x));
  if (a.size() == 1) a.insert(a.begin(), ConstValue(host_.FromInt(0)));
  if (a.size() == 2) a.push_back(ConstValue(host_.FromInt(1)));
  *result = CallValue(ConstValue(SupportAttr("rpyc_support.pyrandom", "choice_range")), a, e->loc);
  return true;
}

Value GraphBuilder::StdinLines(Value seq, SourceLoc loc) {
  // sys.stdin is the module rpyc_support.stdin, whose lines() generator
  // reads a line at a time.
  if (!seq.is_const()) return seq;
  loader::HostResult stdin_mod = host_.Import("rpyc_support.stdin");
  if (!stdin_mod.ok() || store_.cst(seq.cst()).value != stdin_mod.value) return seq;
  return CallValue(ConstValue(SupportAttr("rpyc_support.stdin", "lines")), {}, loc);
}

Value GraphBuilder::IterOf(Value seq, SourceLoc loc) {
  return Op(OpKind::iter, {StdinLines(seq, loc)}, loc);
}

}  // namespace rpyc::flow
