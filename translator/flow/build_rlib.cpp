// Flow graph builder: calls with a translation-time meaning, and the
// standard-library objects rpyc replaces by its own.
//
// RPython programs call helpers from rpython.rlib whose CPython versions
// (support/rpython/rlib) only emulate the translated behaviour. The
// builder gives them their translated meaning directly:
//
//   we_are_translated()               the constant True
//   we_are_jitted(), isconstant(x), isvirtual(x)   the constant False
//   promote(x), promote_string(x), hint(x, ...), ovfcheck(x)   x itself
//       (ovfcheck: int arithmetic already raises OverflowError)
//   driver.jit_merge_point(...), can_enter_jit(...), loop_header()   nothing
//   intmask(expr)                     expr computed modulo 2**64
//   getattr(obj, 'name')              obj.name (the name must be constant)
//   format(value[, spec])             f'{value:{spec}}' (format_value)
//   issubclass(A, B)                  folded when both are constants
//   for x in unrolling_iterable(...)  the body once per item (ForUnrolled)
//   functools.reduce(f, seq[, init])  pyfunctools.reduce2 / reduce3
//   open(path[, mode])                pyfile.open, a constant mode checked now
//   sys.exit(code)                    pysys.raise_exit(SystemExit(code))
//
// intmask: CPython computes the exact value and keeps its low 64 bits.
// For + - * (and the bitwise operators, which never overflow) the low bits
// of the result depend only on the low bits of the operands, so the
// operators directly inside the argument are built as wrapping operations
// (add_wrap, ...); any other sub-expression (a call, //, %, >>, an item)
// is computed normally, since its value depends on the exact operands.
//
// Substitutions: some objects of CPython's standard library are replaced,
// where the program names them, by rpyc's own versions written in
// translatable Python (support/rpyc_support), e.g. sys.stdout by the
// module rpyc_support.stdout whose write() calls a runtime primitive.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {

using loader::HostKind;

namespace {

// The objects replaced at translation time: module.name -> module.name
// (an empty name: the module itself).
struct Substitution {
  const char* module;
  const char* name;
  const char* by_module;
  const char* by_name;
};
const Substitution kSubstitutions[] = {
    {"sys", "stdout", "rpyc_support.stdout", ""},
    {"sys", "stderr", "rpyc_support.stderr", ""},
    {"sys", "stdin", "rpyc_support.stdin", ""},
    {"sys", "exit", "rpyc_support.pysys", "exit"},
    {"sys", "setrecursionlimit", "rpyc_support.pysys", "setrecursionlimit"},
    {"sys", "getrecursionlimit", "rpyc_support.pysys", "getrecursionlimit"},
    {"builtins", "input", "rpyc_support.pysys", "input"},
    {"time", "time", "rpyc_support.pytime", "time"},
    {"time", "perf_counter", "rpyc_support.pytime", "perf_counter"},
    {"time", "monotonic", "rpyc_support.pytime", "perf_counter"},
    {"builtins", "open", "rpyc_support.pyfile", "open"},
    {"os", "remove", "rpyc_support.pyfile", "remove"},
    {"os", "unlink", "rpyc_support.pyfile", "remove"},
    {"os.path", "exists", "rpyc_support.pyfile", "exists"},
    {"heapq", "heappush", "rpyc_support.pyheapq", "heappush"},
    {"heapq", "heappop", "rpyc_support.pyheapq", "heappop"},
    {"heapq", "heapify", "rpyc_support.pyheapq", "heapify"},
    {"heapq", "heapreplace", "rpyc_support.pyheapq", "heapreplace"},
    {"heapq", "heappushpop", "rpyc_support.pyheapq", "heappushpop"},
    {"heapq", "nsmallest", "rpyc_support.pyheapq", "nsmallest"},
    {"heapq", "nlargest", "rpyc_support.pyheapq", "nlargest"},
    {"random", "seed", "rpyc_support.pyrandom", "seed"},
    {"random", "random", "rpyc_support.pyrandom", "random"},
    {"random", "getrandbits", "rpyc_support.pyrandom", "getrandbits"},
    {"random", "randrange", "rpyc_support.pyrandom", "randrange"},
    {"random", "randint", "rpyc_support.pyrandom", "randint"},
    {"random", "uniform", "rpyc_support.pyrandom", "uniform"},
    {"random", "choice", "rpyc_support.pyrandom", "choice"},
    {"random", "shuffle", "rpyc_support.pyrandom", "shuffle"},
    {"random", "sample", "rpyc_support.pyrandom", "sample"},
    {"random", "Random", "rpyc_support.pyrandom", "Random"},
    {"itertools", "count", "rpyc_support.pyitertools", "count"},
    {"itertools", "repeat", "rpyc_support.pyitertools", "repeat"},
    {"operator", "add", "rpyc_support.pyoperator", "add"},
    {"operator", "sub", "rpyc_support.pyoperator", "sub"},
    {"operator", "mul", "rpyc_support.pyoperator", "mul"},
    {"operator", "truediv", "rpyc_support.pyoperator", "truediv"},
    {"operator", "floordiv", "rpyc_support.pyoperator", "floordiv"},
    {"operator", "mod", "rpyc_support.pyoperator", "mod"},
    {"operator", "and_", "rpyc_support.pyoperator", "and_"},
    {"operator", "or_", "rpyc_support.pyoperator", "or_"},
    {"operator", "xor", "rpyc_support.pyoperator", "xor"},
    {"operator", "lt", "rpyc_support.pyoperator", "lt"},
    {"operator", "le", "rpyc_support.pyoperator", "le"},
    {"operator", "eq", "rpyc_support.pyoperator", "eq"},
    {"operator", "ne", "rpyc_support.pyoperator", "ne"},
    {"operator", "gt", "rpyc_support.pyoperator", "gt"},
    {"operator", "ge", "rpyc_support.pyoperator", "ge"},
    {"operator", "neg", "rpyc_support.pyoperator", "neg"},
};

}  // namespace

loader::HostId GraphBuilder::Substitute(loader::HostId v) {
  HostKind k = host_.Kind(v);
  if (k != HostKind::BuiltinFunction && k != HostKind::Other && k != HostKind::Function &&
      k != HostKind::Class)
    return v;
  for (const Substitution& s : kSubstitutions) {
    if (!host_.Is(v, s.module, s.name)) continue;
    loader::HostResult mod = host_.Import(s.by_module);
    if (!mod.ok() || !*s.by_name) return mod.ok() ? mod.value : v;
    loader::HostResult r = host_.GetAttr(mod.value, s.by_name);
    return r.ok() ? r.value : v;
  }
  return v;
}

bool GraphBuilder::TranslationTimeCall(const ast::Call* e, loader::HostId callee, Value* result) {
  auto is = [&](const char* module, const char* name) { return host_.Is(callee, module, name); };
  const char* kObjectModel = "rpython.rlib.objectmodel";
  const char* kJit = "rpython.rlib.jit";
  const char* kArith = "rpython.rlib.rarithmetic";
  auto constant = [&](bool b) {
    *result = ConstValue(host_.FromBool(b));
    return true;
  };
  if (is(kObjectModel, "we_are_translated")) return constant(true);
  if (is(kJit, "we_are_jitted")) return constant(false);
  if (is(kJit, "isconstant") || is(kJit, "isvirtual")) {
    for (const ast::Expr* a : e->args) Expr(a);
    return constant(false);
  }
  bool identity = is(kJit, "promote") || is(kJit, "promote_string") || is(kJit, "hint") ||
                  is(kArith, "ovfcheck");
  if (identity) {
    if (e->args.size() != 1)
      Unsupported("this call of `" + host_.QualifiedName(callee) + "` (it takes one value)",
                  e->loc);
    *result = Expr(e->args[0]);
    return true;
  }
  std::string qname = host_.QualifiedName(callee);
  if (qname == "rpython.rlib.jit.JitDriver.jit_merge_point" ||
      qname == "rpython.rlib.jit.JitDriver.can_enter_jit" ||
      qname == "rpython.rlib.jit.JitDriver.loop_header") {
    *result = ConstValue(host_.None());
    return true;
  }
  if (is(kArith, "intmask")) {
    if (e->args.size() != 1 || !e->keywords.empty())
      Unsupported("this call of `intmask` (it takes one value)", e->loc);
    bool saved = wrap_ints_;
    wrap_ints_ = true;
    Value v = Expr(e->args[0]);
    wrap_ints_ = saved;
    // The annotator types intmask() itself (int, bool, r_uint or float).
    *result = Op(OpKind::call, {ConstValue(callee), v}, e->loc,
                 store_.InternCallShape(CallShape{1, {}}));
    return true;
  }
  if (is("builtins", "getattr") && e->args.size() == 2 && e->keywords.empty()) {
    // getattr(obj, 'name') with a name known at translation time (often
    // the variable of an unrolled loop).
    Value obj = Expr(e->args[0]);
    Value name = Expr(e->args[1]);
    if (!name.is_const() || host_.Kind(store_.cst(name.cst()).value) != HostKind::Str)
      Unsupported("getattr() with an attribute name computed at run time", e->args[1]->loc,
                  "loop over an unrolling_iterable of names to make each name a constant");
    *result = Op(OpKind::getattr, {obj, name}, e->loc);
    return true;
  }
  if (is("builtins", "format") && (e->args.size() == 1 || e->args.size() == 2) &&
      e->keywords.empty()) {
    // format(value, spec) is f'{value:{spec}}'.
    for (const ast::Expr* a : e->args)
      if (ast::isa<ast::Starred>(a)) Unsupported("`*` arguments to format()", a->loc);
    Value v = Expr(e->args[0]);
    Value spec = e->args.size() == 2 ? Expr(e->args[1]) : ConstValue(host_.FromStr(""));
    *result = Op(OpKind::format_value, {v, spec}, e->loc);
    return true;
  }
  if (is("builtins", "len") && e->args.size() == 1 && e->keywords.empty()) {
    // len() of an unrolling_iterable is known at translation time.
    Value v = Expr(e->args[0]);
    loader::HostId c = v.is_const() ? store_.cst(v.cst()).value : loader::HostId();
    if (c.valid() && host_.Is(host_.TypeOf(c), "rpython.rlib.unroll", "unrolling_iterable")) {
      loader::HostResult items = host_.GetAttr(c, "_items");
      if (items.ok()) {
        *result = ConstValue(
            host_.FromInt(static_cast<int64_t>(host_.TupleItems(items.value).size())));
        return true;
      }
    }
    *result = Op(OpKind::call, {ConstValue(callee), v}, e->loc,
                 store_.InternCallShape(CallShape{1, {}}));
    return true;
  }
  if (is("builtins", "issubclass") && e->args.size() == 2 && e->keywords.empty()) {
    // issubclass() of classes known now is known now.
    Value a = Expr(e->args[0]);
    Value b = Expr(e->args[1]);
    if (a.is_const() && b.is_const()) {
      loader::HostResult r = host_.Call(callee, {store_.cst(a.cst()).value,
                                                 store_.cst(b.cst()).value});
      if (r.ok()) {
        *result = ConstValue(r.value);
        return true;
      }
    }
    *result = Op(OpKind::call, {ConstValue(callee), a, b}, e->loc,
                 store_.InternCallShape(CallShape{2, {}}));
    return true;
  }
  if (is("rpyc_support.pysys", "exit")) {
    // sys.exit(code): SystemExit(code) made here, so each call site may
    // pass its own type; sys.exit() and sys.exit(None) exit with 0.
    if (e->args.size() > 1 || !e->keywords.empty())
      Unsupported("this call of sys.exit()", e->loc, "call sys.exit() or sys.exit(code)");
    std::vector<Value> args{ConstValue(host_.Builtin("SystemExit"))};
    if (!e->args.empty()) {
      Value code = Expr(e->args[0]);
      bool none = code.is_const() && host_.Kind(store_.cst(code.cst()).value) == HostKind::None;
      if (!none) args.push_back(code);
    }
    CallShape shape{static_cast<uint32_t>(args.size() - 1), {}};
    Value exc = Op(OpKind::call, std::move(args), e->loc, store_.InternCallShape(shape));
    loader::HostResult mod = host_.Import("rpyc_support.pysys");
    loader::HostResult raise = mod.ok() ? host_.GetAttr(mod.value, "raise_exit") : mod;
    RPYC_CHECK(raise.ok(), "rpyc_support.pysys.raise_exit is missing");
    *result = Op(OpKind::call, {ConstValue(raise.value), exc}, e->loc,
                 store_.InternCallShape(CallShape{1, {}}));
    return true;
  }
  if (is("rpyc_support.pyfile", "open")) {
    // open(): text modes only; a mode known now is checked now.
    std::vector<Value> args{ConstValue(callee)};
    for (const ast::Expr* a : e->args) args.push_back(Expr(a));
    for (const ast::keyword* k : e->keywords) {
      Value v = Expr(k->value);
      std::string text = v.is_const() && host_.Kind(store_.cst(v.cst()).value) == HostKind::Str
                             ? host_.AsStr(store_.cst(v.cst()).value) : "";
      bool utf8 = k->arg_name == "encoding" && (text == "utf-8" || text == "utf8" ||
                                                text == "UTF-8");
      if (k->arg_name == "mode" && args.size() == 2) {
        args.push_back(v);
        continue;
      }
      if (!utf8)
        Unsupported("open() with `" + k->arg_name + "=`", k->loc,
                    "rpyc opens text files in UTF-8 with universal newlines only");
    }
    if (args.size() < 2 || args.size() > 3)
      Unsupported("this call of open()", e->loc, "call open(path) or open(path, mode)");
    if (args.size() == 3 && args[2].is_const()) {
      std::string mode = host_.Kind(store_.cst(args[2].cst()).value) == HostKind::Str
                             ? host_.AsStr(store_.cst(args[2].cst()).value) : "?";
      if (mode != "r" && mode != "w" && mode != "a" && mode != "rt" && mode != "wt" &&
          mode != "at")
        Unsupported("open() in mode '" + mode + "'", e->args.size() > 1 ? e->args[1]->loc : e->loc,
                    "rpyc supports the text modes 'r', 'w' and 'a'");
    }
    CallShape shape{static_cast<uint32_t>(args.size() - 1), {}};
    *result = Op(OpKind::call, std::move(args), e->loc, store_.InternCallShape(shape));
    return true;
  }
  if (is("functools", "reduce") && (e->args.size() == 2 || e->args.size() == 3) &&
      e->keywords.empty()) {
    // reduce(f, seq) and reduce(f, seq, initial) are two functions in
    // rpyc_support.pyfunctools (an absent initial has no type).
    loader::HostResult mod = host_.Import("rpyc_support.pyfunctools");
    loader::HostResult fn =
        mod.ok() ? host_.GetAttr(mod.value, e->args.size() == 2 ? "reduce2" : "reduce3")
                 : mod;
    if (fn.ok()) {
      std::vector<Value> args{ConstValue(fn.value)};
      for (const ast::Expr* a : e->args) args.push_back(Expr(a));
      CallShape shape{static_cast<uint32_t>(e->args.size()), {}};
      *result = Op(OpKind::call, std::move(args), e->loc, store_.InternCallShape(shape));
      return true;
    }
  }
  if (CollectionsCall(e, callee, result) || ItertoolsCall(e, callee, result) ||
      RandomCall(e, callee, result))
    return true;
  if (is(kArith, "r_uint") || is(kArith, "r_ulonglong")) {
    // r_uint(constant) is made now (an r_uint constant); otherwise
    // rt.r_uint, which the annotator types (annotate_uint.cpp).
    if (e->args.size() != 1 || !e->keywords.empty() || ast::isa<ast::Starred>(e->args[0]))
      Unsupported("this call of r_uint()", e->loc, "r_uint takes one value");
    Value v = Expr(e->args[0]);
    if (v.is_const()) {
      loader::HostResult r = host_.Call(callee, {store_.cst(v.cst()).value});
      if (r.ok()) {
        *result = ConstValue(r.value);
        return true;
      }
    }
    loader::HostResult mod = host_.Import("rpyc_support.rt");
    loader::HostResult fn = mod.ok() ? host_.GetAttr(mod.value, "r_uint") : mod;
    RPYC_CHECK(fn.ok(), "rpyc_support.rt.r_uint is missing");
    *result = Op(OpKind::call, {ConstValue(fn.value), v}, e->loc,
                 store_.InternCallShape(CallShape{1, {}}));
    return true;
  }
  return false;
}

void GraphBuilder::ForUnrolled(const ast::For* s, loader::HostId items) {
  std::vector<loader::HostId> values = host_.TupleItems(items);
  ForUnrolled(s, values.size(), [&](size_t i) { return ConstValue(values[i]); });
}

void GraphBuilder::ForUnrolled(const ast::For* s, size_t n,
                               const std::function<Value(size_t)>& item) {
  std::vector<PendingExit> breaks;
  for (size_t i = 0; i < n; ++i) {
    if (!reachable()) break;
    Assign(s->target, item(i), s->target->loc);
    std::vector<PendingExit> continues;
    Loop loop;
    loop.try_depth = tries_.size();
    loop.unrolled_continues = &continues;
    loops_.push_back(loop);
    Stmts(s->body);
    for (PendingExit& b : loops_.back().breaks) breaks.push_back(std::move(b));
    loops_.pop_back();
    if (reachable()) continues.push_back(Leave());
    Join(std::move(continues), s->loc);
  }
  if (reachable()) Stmts(s->orelse);
  if (reachable()) breaks.push_back(Leave());
  Join(std::move(breaks), s->loc);
}

bool GraphBuilder::WrapsThrough(const ast::Expr* e) const {
  if (auto* b = ast::dyn_cast<ast::BinOp>(e)) {
    switch (b->op) {
      case ast::BinOpKind::Add: case ast::BinOpKind::Sub: case ast::BinOpKind::Mult:
      case ast::BinOpKind::BitOr: case ast::BinOpKind::BitXor: case ast::BinOpKind::BitAnd:
        return true;
      default:
        return false;
    }
  }
  if (auto* u = ast::dyn_cast<ast::UnaryOp>(e))
    return u->op == ast::UnaryOpKind::USub || u->op == ast::UnaryOpKind::UAdd ||
           u->op == ast::UnaryOpKind::Invert;
  // Names and constants are the leaves.
  return ast::isa<ast::Name>(e) || ast::isa<ast::Constant>(e);
}

}  // namespace rpyc::flow
