// Flow graph builder: expressions, name resolution and constant folding.
#include "common/check.h"
#include "translator/flow/graph_builder.h"

namespace rpyc::flow {
namespace {

// Operations that are evaluated by CPython when every argument is a
// constant. Calls are not folded (they may have side effects), nor are the
// in-place forms (they may mutate).
bool IsFoldable(OpKind kind) {
  switch (kind) {
    case OpKind::add: case OpKind::sub: case OpKind::mul: case OpKind::truediv:
    case OpKind::floordiv: case OpKind::mod: case OpKind::pow: case OpKind::lshift:
    case OpKind::rshift: case OpKind::and_: case OpKind::or_: case OpKind::xor_:
    case OpKind::lt: case OpKind::le: case OpKind::eq: case OpKind::ne: case OpKind::gt:
    case OpKind::ge: case OpKind::is_: case OpKind::neg: case OpKind::pos:
    case OpKind::invert: case OpKind::bool_: case OpKind::not_: case OpKind::getattr:
      return true;
    default:
      return false;
  }
}

// Operations that cannot raise: inside a try they do not end their block.
bool MayRaise(OpKind kind) {
  switch (kind) {
    case OpKind::bool_: case OpKind::not_: case OpKind::is_: case OpKind::same_as:
    case OpKind::nonnull: case OpKind::newtuple: case OpKind::newlist: case OpKind::range_cond:
    case OpKind::range_advance: case OpKind::exc_match: case OpKind::exc_cast:
    case OpKind::next_item: case OpKind::getattr: case OpKind::setattr: case OpKind::yield_:
    case OpKind::await_:
    case OpKind::cell_new: case OpKind::cell_get: case OpKind::cell_set:
    case OpKind::global_get: case OpKind::global_set:
    case OpKind::make_closure: case OpKind::closure_var: case OpKind::lazy_list:
    case OpKind::acc_begin:
    case OpKind::add_wrap: case OpKind::sub_wrap: case OpKind::mul_wrap:
      return false;
    default:
      return true;
  }
}

// Data attributes of user classes may be assigned at run time
// (`Counter.created += 1`), classmethods bind to the class they are read
// on, and prebuilt instances are mutable: these stay getattr operations
// for the annotator to resolve.
bool IsClassAttrOrClassMethod(loader::Host& host, loader::HostId obj, const std::string& name) {
  // A prebuilt instance's fields change and its methods bind to it
  // (TABLE.intern). rlib's JitDriver methods fold: build_rlib.cpp drops
  // their calls.
  if (host.Kind(obj) == loader::HostKind::Instance)
    return host.Kind(host.TypeOf(obj)) == loader::HostKind::Class &&
           !host.Is(host.TypeOf(obj), "rpython.rlib.jit", "JitDriver");
  if (host.Kind(obj) != loader::HostKind::Class) return false;
  for (loader::HostId k : host.ClassMro(obj)) {
    if (host.Kind(k) != loader::HostKind::Class) continue;
    loader::HostId v = host.ClassDictGet(k, name);
    if (!v.valid()) continue;
    bool is_static = false;
    if (host.UnwrapMethod(v, &is_static).valid()) return !is_static;
    switch (host.Kind(v)) {
      case loader::HostKind::None: case loader::HostKind::Bool: case loader::HostKind::Int:
      case loader::HostKind::Float: case loader::HostKind::Str: case loader::HostKind::Tuple:
      case loader::HostKind::List: case loader::HostKind::Dict: case loader::HostKind::Instance:
        return name.size() < 4 || name.compare(0, 2, "__") != 0;
      default:
        return false;
    }
  }
  return false;
}

const OpKind kBinOps[] = {OpKind::add,    OpKind::sub,    OpKind::mul, OpKind::matmul,
                          OpKind::truediv, OpKind::mod,   OpKind::pow, OpKind::lshift,
                          OpKind::rshift, OpKind::or_,    OpKind::xor_, OpKind::and_,
                          OpKind::floordiv};

}  // namespace

Value GraphBuilder::Op(OpKind kind, std::vector<Value> args, SourceLoc loc, CallShapeId shape) {
  RPYC_CHECK(reachable(), "operation in unreachable code");
  bool all_const = true;
  for (Value a : args) all_const = all_const && a.is_const();
  if (all_const && kind == OpKind::newtuple) {
    // A tuple of constants is a constant (except clauses, isinstance).
    std::vector<loader::HostId> items;
    for (Value a : args) items.push_back(store_.cst(a.cst()).value);
    return ConstValue(host_.NewTuple(items));
  }
  if (all_const && IsFoldable(kind)) {
    // getattr on a module, class or constant is resolved now; a failing
    // fold (1 // 0) is left for run time, where it raises as in CPython.
    loader::HostResult r;
    if (kind == OpKind::getattr) {
      loader::HostId obj = store_.cst(args[0].cst()).value;
      std::string name = host_.AsStr(store_.cst(args[1].cst()).value);
      if (Value cell; LoadModuleAttr(obj, name, loc, &cell)) return cell;
      if (!IsClassAttrOrClassMethod(host_, obj, name)) r = host_.GetAttr(obj, name);
    } else if (args.size() == 2) {
      r = host_.BinaryOp(OpName(kind), store_.cst(args[0].cst()).value,
                         store_.cst(args[1].cst()).value);
    } else {
      r = host_.UnaryOp(kind == OpKind::bool_ ? "bool" : OpName(kind),
                        store_.cst(args[0].cst()).value);
    }
    // A method of a constant str ('-'.join) stays a getattr: the
    // annotator gives it a BuiltinMethod annotation (str family).
    // So does a method of a prebuilt list, dict, tuple or bytes (LOG.append).
    loader::HostKind obj_kind = host_.Kind(store_.cst(args[0].cst()).value);
    bool str_method = kind == OpKind::getattr && r.ok() &&
                      (obj_kind == loader::HostKind::Str || obj_kind == loader::HostKind::List ||
                       obj_kind == loader::HostKind::Dict || obj_kind == loader::HostKind::Tuple ||
                       obj_kind == loader::HostKind::Bytes) &&
                      host_.Kind(r.value) == loader::HostKind::BuiltinFunction;
    // Attributes of prebuilt instances were not evaluated
    // (IsClassAttrOrClassMethod): the annotator dispatches them on the
    // instance's class.
    if (r.ok() && !str_method)
      return ConstValue(kind == OpKind::getattr ? Substitute(r.value) : r.value);
  }
  VarId result = NewVar("", loc);
  Operation op{kind, std::move(args), result, loc, shape};
  store_.block(current_).operations.push_back(std::move(op));
  if (!tries_.empty() && MayRaise(kind)) EndRaisingBlock();
  return result;
}

Value GraphBuilder::Expr(const ast::Expr* e) {
  if (wrap_ints_ && !WrapsThrough(e)) {
    // Inside intmask(): a sub-expression whose value depends on the exact
    // operands is computed normally (build_rlib.cpp).
    wrap_ints_ = false;
    Value v = Expr(e);
    wrap_ints_ = true;
    return v;
  }
  switch (e->kind) {
    case ast::NodeKind::Name:
      return Name(ast::cast<ast::Name>(e));
    case ast::NodeKind::Constant:
      return ConstantExpr(ast::cast<ast::Constant>(e));
    case ast::NodeKind::BinOp:
      return BinOp(ast::cast<ast::BinOp>(e));
    case ast::NodeKind::UnaryOp:
      return UnaryOp(ast::cast<ast::UnaryOp>(e));
    case ast::NodeKind::BoolOp:
      return BoolOp(ast::cast<ast::BoolOp>(e));
    case ast::NodeKind::Compare:
      return Compare(ast::cast<ast::Compare>(e));
    case ast::NodeKind::IfExp:
      return IfExp(ast::cast<ast::IfExp>(e));
    case ast::NodeKind::Call:
      return Call(ast::cast<ast::Call>(e));
    case ast::NodeKind::Attribute:
      return Attribute(ast::cast<ast::Attribute>(e));
    case ast::NodeKind::Subscript:
      return Subscript(ast::cast<ast::Subscript>(e));
    case ast::NodeKind::Tuple: {
      std::vector<Value> items;
      for (const ast::Expr* x : ast::cast<ast::Tuple>(e)->elts) {
        if (ast::isa<ast::Starred>(x)) Unsupported("`*` unpacking in a tuple", x->loc);
        items.push_back(Expr(x));
      }
      return Op(OpKind::newtuple, std::move(items), e->loc);
    }
    case ast::NodeKind::List: {
      std::vector<Value> items;
      for (const ast::Expr* x : ast::cast<ast::List>(e)->elts) {
        if (ast::isa<ast::Starred>(x)) Unsupported("`*` unpacking in a list", x->loc);
        items.push_back(Expr(x));
      }
      return Op(OpKind::newlist, std::move(items), e->loc);
    }
    case ast::NodeKind::Lambda:
      return MakeNested(e, "<lambda>", e->loc);
    case ast::NodeKind::Dict:
      return DictDisplay(ast::cast<ast::Dict>(e));
    case ast::NodeKind::Set:
      return SetDisplay(ast::cast<ast::Set>(e));
    case ast::NodeKind::ListComp:
    case ast::NodeKind::SetComp:
    case ast::NodeKind::DictComp:
      return Comprehension(e);
    case ast::NodeKind::GeneratorExp:
      return GeneratorExp(ast::cast<ast::GeneratorExp>(e));
    case ast::NodeKind::Yield:
      return Yield(ast::cast<ast::Yield>(e));
    case ast::NodeKind::YieldFrom:
      return YieldFrom(ast::cast<ast::YieldFrom>(e));
    case ast::NodeKind::Await:
      return Await(ast::cast<ast::Await>(e));
    case ast::NodeKind::JoinedStr: {
      // f-strings: each {value!conv:spec} is format_value(conv(value),
      // spec) (spec: a str, '' when absent; itself an f-string when it has
      // fields); the pieces are concatenated with `add`.
      Value acc;
      for (const ast::Expr* part : ast::cast<ast::JoinedStr>(e)->values) {
        Value piece;
        if (auto* fv = ast::dyn_cast<ast::FormattedValue>(part)) {
          Value v = Expr(fv->value);
          if (fv->conversion == 'a') Unsupported("the `!a` conversion in f-strings", fv->loc);
          if (fv->conversion == 'r' || fv->conversion == 's') {
            const char* fn = fv->conversion == 'r' ? "repr" : "str";
            loader::HostId callee = host_.LookupGlobal(info_.globals, fn);
            if (!callee.valid() || !host_.Is(callee, "builtins", fn))
              Unsupported(std::string("`!") + static_cast<char>(fv->conversion) +
                              "` in f-strings with `" + fn + "` redefined",
                          fv->loc);
            CallShape shape;
            shape.positional = 1;
            v = Op(OpKind::call, {ConstValue(callee), v}, fv->loc, store_.InternCallShape(shape));
          }
          Value spec = fv->format_spec ? Expr(fv->format_spec) : ConstValue(host_.FromStr(""));
          piece = Op(OpKind::format_value, {v, spec}, fv->loc);
        } else {
          piece = Expr(part);
        }
        acc = acc.valid() ? Op(OpKind::add, {acc, piece}, e->loc) : piece;
      }
      return acc.valid() ? acc : ConstValue(host_.FromStr(""));
    }
    case ast::NodeKind::NamedExpr:
      Unsupported("the `:=` operator", e->loc);
    case ast::NodeKind::Starred:
      Unsupported("`*` unpacking", e->loc);
    case ast::NodeKind::Slice:
      Unsupported("slicing", e->loc);
    default:
      Unsupported(std::string("the expression `") + ast::NodeKindName(e->kind) + "`", e->loc);
  }
}

Value GraphBuilder::Name(const ast::Name* e) {
  Value captured;
  if (LoadClosureName(e->id, e->loc, &captured)) return captured;
  if (local_names_.count(e->id)) {
    auto it = state_.find(e->id);
    if (it == state_.end()) Fail(Diagnostic(DiagKind::PossiblyUnbound, e->loc, {e->id}));
    Value v = it->second;
    auto flag = state_.find("#bound:" + e->id);
    if (flag != state_.end()) {
      if (flag->second.is_const() && !host_.AsBool(store_.cst(flag->second.cst()).value))
        Fail(Diagnostic(DiagKind::PossiblyUnbound, e->loc, {e->id}));
      if (!flag->second.is_const())
        Op(OpKind::check_bound, {flag->second, ConstValue(host_.FromStr(e->id))}, e->loc);
    }
    return v;
  }
  // Free variables of a closure: the cell's current content is a constant.
  for (const auto& [name, cell] : info_.closure) {
    if (name != e->id) continue;
    if (!cell.valid()) Fail(Diagnostic(DiagKind::UnknownName, e->loc, {e->id}));
    return ConstValue(cell);
  }
  return LoadGlobal(info_.globals, e->id, e->loc);
}

Value GraphBuilder::ConstantExpr(const ast::Constant* e) {
  using K = ast::Constant::Kind;
  switch (e->value_kind) {
    case K::None:
      return ConstValue(host_.None());
    case K::Bool:
      return ConstValue(host_.FromBool(e->bool_value));
    case K::Int:
      return ConstValue(host_.FromInt(e->int_value));
    case K::BigInt:
      return ConstValue(host_.FromBigIntText(e->str_value));
    case K::Float:
      return ConstValue(host_.FromFloat(e->float_value));
    case K::Str:
      return ConstValue(host_.FromStr(e->str_value));
    case K::Bytes:
      return ConstValue(host_.FromBytes(e->str_value));
    case K::Complex:
      Unsupported("complex numbers", e->loc);
    case K::Ellipsis:
      Unsupported("`...` as a value", e->loc);
  }
  RPYC_UNREACHABLE("constant kind");
}

Value GraphBuilder::BinOp(const ast::BinOp* e) {
  if (e->op == ast::BinOpKind::MatMult) Unsupported("the `@` operator", e->loc);
  Value l = Expr(e->left);
  Value r = Expr(e->right);
  if (wrap_ints_) {
    if (e->op == ast::BinOpKind::Add) return Op(OpKind::add_wrap, {l, r}, e->loc);
    if (e->op == ast::BinOpKind::Sub) return Op(OpKind::sub_wrap, {l, r}, e->loc);
    if (e->op == ast::BinOpKind::Mult) return Op(OpKind::mul_wrap, {l, r}, e->loc);
  }
  return Op(kBinOps[static_cast<int>(e->op)], {l, r}, e->loc);
}

Value GraphBuilder::UnaryOp(const ast::UnaryOp* e) {
  if (e->op == ast::UnaryOpKind::Not) return Condition(e);
  Value v = Expr(e->operand);
  switch (e->op) {
    case ast::UnaryOpKind::Not:
      return Condition(e);
    case ast::UnaryOpKind::USub:
      if (wrap_ints_) return Op(OpKind::sub_wrap, {ConstValue(host_.FromInt(0)), v}, e->loc);
      return Op(OpKind::neg, {v}, e->loc);
    case ast::UnaryOpKind::UAdd:
      return Op(OpKind::pos, {v}, e->loc);
    case ast::UnaryOpKind::Invert:
      return Op(OpKind::invert, {v}, e->loc);
  }
  RPYC_UNREACHABLE("unary op");
}

Value GraphBuilder::Condition(const ast::Expr* e) {
  // `and`/`or`/`not` tested for truth only: each operand is tested on its
  // own, so `r % 3 == 0 and r` never merges a bool with an int.
  if (auto* b = ast::dyn_cast<ast::BoolOp>(e)) return BoolOp(b, /*truth_only=*/true);
  if (auto* u = ast::dyn_cast<ast::UnaryOp>(e); u && u->op == ast::UnaryOpKind::Not)
    return Op(OpKind::not_, {Condition(u->operand)}, e->loc);
  Value v = Expr(e);
  if (v.is_const()) {
    loader::HostResult r = host_.UnaryOp("bool", store_.cst(v.cst()).value);
    if (r.ok()) return ConstValue(r.value);
  }
  return Op(OpKind::bool_, {v}, e->loc);
}

Value GraphBuilder::BoolOp(const ast::BoolOp* e, bool truth_only) {
  // `a and b`: a if not a else b; `a or b`: a if a else b. The result is
  // carried to the join in a hidden local. With `truth_only` (a condition)
  // each operand is replaced by its truth value: the result is a bool.
  std::string slot = "#boolop" + std::to_string(hidden_counter_++);
  bool is_and = e->op == ast::BoolOpKind::And;
  std::vector<PendingExit> ends;
  for (size_t i = 0; i < e->values.size(); ++i) {
    Value v = truth_only ? Condition(e->values[i]) : Expr(e->values[i]);
    if (i + 1 == e->values.size()) {
      Bind(slot, v, e->loc);
      ends.push_back(Leave());
      break;
    }
    Value c = truth_only   ? v
              : v.is_const() ? Condition(e->values[i])
                             : Op(OpKind::bool_, {v}, e->values[i]->loc);
    if (c.is_const()) {
      bool truth = host_.AsBool(store_.cst(c.cst()).value);
      if (truth == is_and) continue;  // the next operand decides
      Bind(slot, v, e->loc);
      ends.push_back(Leave());
      break;
    }
    Bind(slot, v, e->loc);
    auto [no, yes] = Branch(c);
    ends.push_back(is_and ? no : yes);
    Resume(is_and ? yes : no);
    NarrowNotNone(e->values[i], is_and);  // `x is not None and x.f`
  }
  Join(std::move(ends), e->loc);
  Value result = state_.at(slot);
  state_.erase(slot);
  return result;
}

Value GraphBuilder::Compare(const ast::Compare* e) {
  // a < b < c evaluates b once and stops at the first false comparison.
  std::string slot = "#cmp" + std::to_string(hidden_counter_++);
  std::vector<PendingExit> ends;
  Value left = Expr(e->left);
  for (size_t i = 0; i < e->ops.size(); ++i) {
    Value right = Expr(e->comparators[i]);
    Value r;
    SourceLoc loc = e->loc;
    switch (e->ops[i]) {
      case ast::CmpOpKind::Eq: r = Op(OpKind::eq, {left, right}, loc); break;
      case ast::CmpOpKind::NotEq: r = Op(OpKind::ne, {left, right}, loc); break;
      case ast::CmpOpKind::Lt: r = Op(OpKind::lt, {left, right}, loc); break;
      case ast::CmpOpKind::LtE: r = Op(OpKind::le, {left, right}, loc); break;
      case ast::CmpOpKind::Gt: r = Op(OpKind::gt, {left, right}, loc); break;
      case ast::CmpOpKind::GtE: r = Op(OpKind::ge, {left, right}, loc); break;
      case ast::CmpOpKind::Is: r = Op(OpKind::is_, {left, right}, loc); break;
      case ast::CmpOpKind::IsNot:
        r = Op(OpKind::not_, {Op(OpKind::is_, {left, right}, loc)}, loc);
        break;
      case ast::CmpOpKind::In: r = Op(OpKind::contains, {right, left}, loc); break;
      case ast::CmpOpKind::NotIn:
        r = Op(OpKind::not_, {Op(OpKind::contains, {right, left}, loc)}, loc);
        break;
    }
    Bind(slot, r, e->loc);
    if (i + 1 == e->ops.size()) {
      ends.push_back(Leave());
      break;
    }
    if (r.is_const()) {
      if (!host_.AsBool(store_.cst(r.cst()).value)) {
        ends.push_back(Leave());
        break;
      }
    } else {
      // `right` is needed after the branch: carry it in the frame state,
      // since the block after the branch sees only state values.
      std::string keep = slot + "r";
      Bind(keep, right, e->loc);
      Value c = Op(OpKind::bool_, {r}, loc);
      auto [no, yes] = Branch(c);
      ends.push_back(no);
      Resume(yes);
      right = state_.at(keep);
      state_.erase(keep);
      locs_.erase(keep);
    }
    left = right;
  }
  Join(std::move(ends), e->loc);
  Value result = state_.at(slot);
  state_.erase(slot);
  return result;
}

Value GraphBuilder::IfExp(const ast::IfExp* e) {
  Value c = Condition(e->test);
  if (c.is_const()) return Expr(host_.AsBool(store_.cst(c.cst()).value) ? e->body : e->orelse);
  std::string slot = "#ifexp" + std::to_string(hidden_counter_++);
  auto [no, yes] = Branch(c);
  std::vector<PendingExit> ends;
  Resume(yes);
  NarrowNotNone(e->test, true);
  Bind(slot, Expr(e->body), e->loc);
  ends.push_back(Leave());
  Resume(no);
  NarrowNotNone(e->test, false);
  Bind(slot, Expr(e->orelse), e->loc);
  ends.push_back(Leave());
  Join(std::move(ends), e->loc);
  Value result = state_.at(slot);
  state_.erase(slot);
  return result;
}

Value GraphBuilder::Call(const ast::Call* e) {
  if (IsWaitCall(e)) return AwaitValue(Expr(ast::cast<ast::Attribute>(e->func)->value), e->loc);
  if (Value r; HigherOrderCall(e, &r)) return r;
  Value callee = Expr(e->func);
  Value special;
  if (callee.is_const() && TranslationTimeCall(e, store_.cst(callee.cst()).value, &special))
    return special;
  std::vector<Value> args{callee};
  CallShape shape;
  for (const ast::Expr* a : e->args) {
    auto* star = ast::dyn_cast<ast::Starred>(a);
    if (shape.star)
      Unsupported("positional arguments after `*` of a tuple whose length is not known here",
                  a->loc, "pass the tuple last");
    if (!star) {
      args.push_back(Expr(a));
      continue;
    }
    // f(*xs): the items become positional arguments, so their number
    // must be known here: a tuple display, or a tuple or list constant.
    if (auto* display = ast::dyn_cast<ast::Tuple>(star->value)) {
      for (const ast::Expr* x : display->elts) {
        if (ast::isa<ast::Starred>(x)) Unsupported("`*` unpacking in a tuple", x->loc);
        args.push_back(Expr(x));
      }
      continue;
    }
    Value v = Expr(star->value);
    loader::HostId c = v.is_const() ? store_.cst(v.cst()).value : loader::HostId();
    if (!c.valid()) {
      // A variable: the annotator takes the items of its tuple annotation
      // (a list's length is not known; it refuses that).
      args.push_back(v);
      shape.star = true;
      continue;
    }
    if (host_.Kind(c) != loader::HostKind::Tuple && host_.Kind(c) != loader::HostKind::List)
      Unsupported("`*` arguments in calls whose number of items is not known at translation time",
                  a->loc, "pass a tuple display or a constant tuple");
    for (loader::HostId item : host_.TupleItems(c)) args.push_back(ConstValue(item));
  }
  // enumerate(sys.stdin), list(sys.stdin)...: built-ins that iterate an
  // argument get the lines of stdin, as a for loop does.
  if (callee.is_const()) {
    loader::HostId f = store_.cst(callee.cst()).value;
    for (const char* name : {"enumerate", "list", "tuple", "sorted", "zip", "map", "filter", "set",
                             "min", "max", "iter", "any", "all"})
      if (host_.Is(f, "builtins", name))
        for (size_t i = 1; i < args.size(); ++i) args[i] = StdinLines(args[i], e->loc);
  }
  shape.positional = static_cast<uint32_t>(args.size() - 1);
  for (const ast::keyword* k : e->keywords) {
    if (k->arg_name.empty()) Unsupported("`**` arguments in calls", k->loc);
    shape.keywords.push_back(k->arg_name);
    args.push_back(Expr(k->value));
  }
  return Op(OpKind::call, std::move(args), e->loc, store_.InternCallShape(shape));
}

Value GraphBuilder::Attribute(const ast::Attribute* e) {
  Value obj = Expr(e->value);
  Value r = Op(OpKind::getattr, {obj, ConstValue(host_.FromStr(e->attr))}, e->loc);
  return r;
}

Value GraphBuilder::Subscript(const ast::Subscript* e) {
  Value obj = Expr(e->value);
  if (auto* sl = ast::dyn_cast<ast::Slice>(e->slice)) {
    std::vector<Value> args{obj};
    SliceParts(sl, &args);
    return Op(OpKind::getslice, std::move(args), e->loc);
  }
  Value index = Expr(e->slice);
  return Op(OpKind::getitem, {obj, index}, e->loc);
}

void GraphBuilder::SliceParts(const ast::Slice* s, std::vector<Value>* args) {
  for (const ast::Expr* part : {s->lower, s->upper, s->step})
    args->push_back(part ? Expr(part) : ConstValue(host_.None()));
}

// ---- local names -------------------------------------------------------------

namespace {

void CollectTargets(const ast::Expr* t, std::set<std::string>* names) {
  if (!t) return;
  if (auto* n = ast::dyn_cast<ast::Name>(t)) {
    names->insert(n->id);
  } else if (auto* tu = ast::dyn_cast<ast::Tuple>(t)) {
    for (const ast::Expr* x : tu->elts) CollectTargets(x, names);
  } else if (auto* l = ast::dyn_cast<ast::List>(t)) {
    for (const ast::Expr* x : l->elts) CollectTargets(x, names);
  } else if (auto* s = ast::dyn_cast<ast::Starred>(t)) {
    CollectTargets(s->value, names);
  }
}

}  // namespace

void CollectAssignedNames(const std::vector<ast::Stmt*>& body, std::set<std::string>* names) {
  for (const ast::Stmt* s : body) {
    switch (s->kind) {
      case ast::NodeKind::Assign:
        for (const ast::Expr* t : ast::cast<ast::Assign>(s)->targets) CollectTargets(t, names);
        break;
      case ast::NodeKind::AugAssign:
        CollectTargets(ast::cast<ast::AugAssign>(s)->target, names);
        break;
      case ast::NodeKind::AnnAssign:
        CollectTargets(ast::cast<ast::AnnAssign>(s)->target, names);
        break;
      case ast::NodeKind::For: {
        auto* f = ast::cast<ast::For>(s);
        CollectTargets(f->target, names);
        CollectAssignedNames(f->body, names);
        CollectAssignedNames(f->orelse, names);
        break;
      }
      case ast::NodeKind::While:
        CollectAssignedNames(ast::cast<ast::While>(s)->body, names);
        CollectAssignedNames(ast::cast<ast::While>(s)->orelse, names);
        break;
      case ast::NodeKind::If:
        CollectAssignedNames(ast::cast<ast::If>(s)->body, names);
        CollectAssignedNames(ast::cast<ast::If>(s)->orelse, names);
        break;
      case ast::NodeKind::With: {
        auto* w = ast::cast<ast::With>(s);
        for (const ast::withitem* item : w->items) CollectTargets(item->optional_vars, names);
        CollectAssignedNames(w->body, names);
        break;
      }
      case ast::NodeKind::Try: {
        auto* t = ast::cast<ast::Try>(s);
        CollectAssignedNames(t->body, names);
        for (const ast::ExceptHandler* h : t->handlers) {
          if (!h->name.empty()) names->insert(h->name);
          CollectAssignedNames(h->body, names);
        }
        CollectAssignedNames(t->orelse, names);
        CollectAssignedNames(t->finalbody, names);
        break;
      }
      case ast::NodeKind::FunctionDef:
        names->insert(ast::cast<ast::FunctionDef>(s)->name);
        break;
      case ast::NodeKind::ClassDef:
        names->insert(ast::cast<ast::ClassDef>(s)->name);
        break;
      case ast::NodeKind::Import:
        for (const ast::alias* a : ast::cast<ast::Import>(s)->names) {
          std::string n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          names->insert(n);
        }
        break;
      case ast::NodeKind::ImportFrom:
        for (const ast::alias* a : ast::cast<ast::ImportFrom>(s)->names)
          names->insert(a->asname.empty() ? a->name : a->asname);
        break;
      default:
        break;
    }
  }
}

}  // namespace rpyc::flow
