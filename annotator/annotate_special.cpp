// Special methods of user classes: operators, comparisons, len(), str(),
// print(), `in`, indexing and truth on instances become method calls
// `recv.__name__(args)`, annotated like `obj.m(args)` (dynamic dispatch
// included) and recorded as SpecialCalls for the rtyper.
#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

using flow::OpKind;

bool Annotator::HasSpecial(AnnId recv, const std::string& name) {
  const Annotation& a = anns_.get(recv);
  if (a.kind != AnnKind::Instance) return false;
  uint32_t definer;
  loader::HostId f = LookupClassAttr(a.classdef, name, &definer);
  return f.valid() && host_.Kind(f) == loader::HostKind::Function;
}

bool Annotator::HasSpecialOn(const flow::Operation& op, AnnId recv, const std::string& name) {
  if (HasSpecial(recv, name)) return true;
  const Annotation& a = anns_.get(recv);
  if (a.kind != AnnKind::Instance || !SubtreeHasMethod(a.classdef, name)) return false;
  RequireMethod(op, a.classdef, name);
  return true;
}

bool Annotator::CallStrForm(flow::BlockId b, const flow::Operation& op, int slot, flow::Value v,
                            bool repr) {
  AnnId x = annotation(v);
  uint32_t c = anns_.get(x).classdef;
  const std::string name = repr ? "__repr__" : kStrForm;
  const std::string shown = repr ? "__repr__" : "__str__ or __repr__";
  if (!SubtreeHasMethod(c, name)) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"the string form of an instance of `" + Describe(x) + "` without " + shown +
                      " (CPython shows its address) is not supported"}));
    return false;
  }
  RequireMethod(op, c, name);
  AnnId r = CallSpecial(b, op, slot, name, {v});
  if (failed_) return false;
  if (r != anns_.impossible() && anns_.get(r).kind != AnnKind::Str) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {shown + " must return a str, not `" + Describe(r) + "`"}));
    return false;
  }
  return true;
}

namespace {
const char* BinaryName(OpKind k, bool* inplace);
}  // namespace

// Whether special method `name`, called by `op`, may get a receiver that
// may be None: where CPython raises TypeError for None before any method
// would run, and the rtyper tests for None (EmitNoneChecks), and for the
// string forms, where the rtyper shows 'None' (InstanceStrForm). Others
// (==, <, bool(), hash()) give None a meaning of its own and stay refused.
bool Annotator::NoneReceiverHandled(const flow::Operation& op, const std::string& name) {
  if (name == kStrForm || name == "__repr__") return true;
  switch (op.kind) {
    case OpKind::getitem: case OpKind::setitem: case OpKind::delitem:
    case OpKind::contains: case OpKind::iter: case OpKind::unpack_check:
    case OpKind::neg: case OpKind::pos: case OpKind::invert:
      return true;
    case OpKind::mod: case OpKind::inplace_mod:
      return false;
    case OpKind::call: {
      if (!op.args[0].is_const()) return false;
      loader::HostId f = store_.cst(op.args[0].cst()).value;
      return (name == "__len__" && host_.Is(f, "builtins", "len")) ||
             (name == "__reversed__" && host_.Is(f, "builtins", "reversed"));
    }
    default: {
      bool inplace;
      return BinaryName(op.kind, &inplace) != nullptr;
    }
  }
}

AnnId Annotator::CallSpecial(flow::BlockId b, const flow::Operation& op, int slot,
                             const std::string& name, std::vector<flow::Value> args) {
  SpecialCall sc;
  sc.name = name;
  sc.args = std::move(args);
  flow::CallShape shape;
  shape.positional = static_cast<uint32_t>(sc.args.size() - 1);
  sc.shape = store_.InternCallShape(shape);
  flow::Operation fake;
  fake.kind = OpKind::call;
  fake.args = sc.args;
  fake.result = op.result;
  fake.loc = op.loc;
  fake.shape = sc.shape;
  AnnId recv = annotation(sc.args[0]);
  if (anns_.get(recv).can_be_none) {
    if (!NoneReceiverHandled(op, name)) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"calling `" + name + "` implicitly",
                        "`" + Describe(recv) + "` (it may be None)"}));
      return anns_.impossible();
    }
    // The rtyper tests for None first; the method sees the value that is
    // not.
    Annotation a = anns_.get(recv);
    a.can_be_none = false;
    recv = anns_.Intern(a);
    // The string form then goes through a helper testing for None
    // (rtyper InstanceStrForm), which makes an implicit call.
    if ((name == kStrForm || name == "__repr__") &&
        !AnnotateImplicitCall(op, a.classdef, name, 0))
      return anns_.impossible();
  }
  AnnId r = AnnotateInstanceCall(b, fake, anns_.builtin_method(recv, name), &sc.target);
  if (failed_) return anns_.impossible();
  sc.result = r;
  special_calls_[{op.result.index, slot}] = std::move(sc);
  return r;
}

namespace {
const char* BinaryName(OpKind k, bool* inplace) {
  *inplace = false;
  switch (k) {
    case OpKind::inplace_add: *inplace = true; [[fallthrough]];
    case OpKind::add: return "add";
    case OpKind::inplace_sub: *inplace = true; [[fallthrough]];
    case OpKind::sub: return "sub";
    case OpKind::inplace_mul: *inplace = true; [[fallthrough]];
    case OpKind::mul: return "mul";
    case OpKind::inplace_truediv: *inplace = true; [[fallthrough]];
    case OpKind::truediv: return "truediv";
    case OpKind::inplace_floordiv: *inplace = true; [[fallthrough]];
    case OpKind::floordiv: return "floordiv";
    case OpKind::inplace_mod: *inplace = true; [[fallthrough]];
    case OpKind::mod: return "mod";
    case OpKind::inplace_pow: *inplace = true; [[fallthrough]];
    case OpKind::pow: return "pow";
    case OpKind::inplace_lshift: *inplace = true; [[fallthrough]];
    case OpKind::lshift: return "lshift";
    case OpKind::inplace_rshift: *inplace = true; [[fallthrough]];
    case OpKind::rshift: return "rshift";
    case OpKind::inplace_and: *inplace = true; [[fallthrough]];
    case OpKind::and_: return "and";
    case OpKind::inplace_or: *inplace = true; [[fallthrough]];
    case OpKind::or_: return "or";
    case OpKind::inplace_xor: *inplace = true; [[fallthrough]];
    case OpKind::xor_: return "xor";
    case OpKind::matmul: return "matmul";
    default: return nullptr;
  }
}

// Comparison: its method and the reflected one.
bool CompareNames(OpKind k, std::string* name, std::string* reflected) {
  switch (k) {
    case OpKind::lt: *name = "__lt__"; *reflected = "__gt__"; return true;
    case OpKind::le: *name = "__le__"; *reflected = "__ge__"; return true;
    case OpKind::gt: *name = "__gt__"; *reflected = "__lt__"; return true;
    case OpKind::ge: *name = "__ge__"; *reflected = "__le__"; return true;
    case OpKind::eq: *name = "__eq__"; *reflected = "__eq__"; return true;
    case OpKind::ne: *name = "__ne__"; *reflected = "__ne__"; return true;
    default: return false;
  }
}
}  // namespace

AnnId Annotator::AnnotateSpecialOp(flow::BlockId b, const flow::Operation& op,
                                   const std::vector<AnnId>& args) {
  if (args.empty()) return AnnId();
  bool inst0 = anns_.get(args[0]).kind == AnnKind::Instance;
  bool inst1 = args.size() > 1 && anns_.get(args[1]).kind == AnnKind::Instance;
  if (!inst0 && !inst1) return AnnId();
  const auto& a = op.args;
  bool inplace;
  if (const char* bn = BinaryName(op.kind, &inplace)) {
    std::string n = bn;
    if (inst0 && inplace && HasSpecialOn(op, args[0], "__i" + n + "__"))
      return CallSpecial(b, op, 0, "__i" + n + "__", {a[0], a[1]});
    if (inst0 && HasSpecialOn(op, args[0], "__" + n + "__"))
      return CallSpecial(b, op, 0, "__" + n + "__", {a[0], a[1]});
    if (inst1 && HasSpecialOn(op, args[1], "__r" + n + "__"))
      return CallSpecial(b, op, 0, "__r" + n + "__", {a[1], a[0]});
    return AnnId();
  }
  std::string name, refl;
  if (CompareNames(op.kind, &name, &refl)) {
    if (inst0 && HasSpecialOn(op, args[0], name)) return CallSpecial(b, op, 0, name, {a[0], a[1]});
    // `!=` without __ne__ is `not __eq__` (the rtyper negates).
    if (op.kind == OpKind::ne && inst0 && HasSpecialOn(op, args[0], "__eq__")) {
      CallSpecial(b, op, 0, "__eq__", {a[0], a[1]});
      return failed_ ? anns_.impossible() : anns_.boolean();
    }
    if (inst1 && HasSpecialOn(op, args[1], refl)) return CallSpecial(b, op, 0, refl, {a[1], a[0]});
    if (op.kind == OpKind::ne && inst1 && HasSpecialOn(op, args[1], "__eq__")) {
      CallSpecial(b, op, 0, "__eq__", {a[1], a[0]});
      return failed_ ? anns_.impossible() : anns_.boolean();
    }
    // `==` / `!=` without __eq__: identity.
    if ((op.kind == OpKind::eq || op.kind == OpKind::ne) && inst0 && inst1)
      return anns_.boolean();
    return AnnId();
  }
  if (!inst0) return AnnId();
  auto unary = [&](const char* n) -> AnnId {
    if (!HasSpecialOn(op, args[0], n)) return AnnId();
    return CallSpecial(b, op, 0, n, {a[0]});
  };
  switch (op.kind) {
    case OpKind::iter:
    case OpKind::next_valid:
    case OpKind::next_item:
      return AnnotateIterOp(b, op, args);
    case OpKind::neg: return unary("__neg__");
    case OpKind::pos: return unary("__pos__");
    case OpKind::invert: return unary("__invert__");
    case OpKind::bool_:
    case OpKind::not_: {
      AnnId r = unary("__bool__");
      if (!r.valid()) r = unary("__len__");
      if (!r.valid() || failed_) return r;
      return anns_.boolean();
    }
    case OpKind::format_value: {
      // f'{obj}': str(obj) (a non-empty spec goes to the generic rule).
      if (classdefs_[anns_.get(args[0]).classdef].is_exception) return AnnId();
      if (!a[1].is_const() || !host_.AsStr(store_.cst(a[1].cst()).value).empty()) return AnnId();
      return CallStrForm(b, op, 0, a[0], false) ? anns_.str() : anns_.impossible();
    }
    case OpKind::contains:
      if (!HasSpecialOn(op, args[0], "__contains__")) return AnnId();
      CallSpecial(b, op, 0, "__contains__", {a[0], a[1]});
      return failed_ ? anns_.impossible() : anns_.boolean();
    case OpKind::getitem:
      if (!HasSpecialOn(op, args[0], "__getitem__")) return AnnId();
      return CallSpecial(b, op, 0, "__getitem__", {a[0], a[1]});
    case OpKind::setitem:
      if (!HasSpecialOn(op, args[0], "__setitem__")) return AnnId();
      CallSpecial(b, op, 0, "__setitem__", {a[0], a[1], a[2]});
      return failed_ ? anns_.impossible() : anns_.none();
    case OpKind::delitem:
      if (!HasSpecialOn(op, args[0], "__delitem__")) return AnnId();
      CallSpecial(b, op, 0, "__delitem__", {a[0], a[1]});
      return failed_ ? anns_.impossible() : anns_.none();
    default:
      return AnnId();
  }
}

// str()/repr()/print()/len()/bool()/hash() of instances.
AnnId Annotator::AnnotateSpecialBuiltin(flow::BlockId b, const flow::Operation& op, BuiltinId id,
                                        const std::vector<AnnId>& args) {
  // Exceptions keep their built-in string form (the message).
  auto user_inst = [&](AnnId x) {
    const Annotation& a = anns_.get(x);
    return a.kind == AnnKind::Instance && !classdefs_[a.classdef].is_exception;
  };
  bool any = false;
  for (AnnId x : args) any = any || user_inst(x);
  if (!any) return AnnId();
  auto refuse = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return anns_.impossible();
  };
  // The string form of argument i (slot i + 1).
  auto strof = [&](size_t i, bool repr) {
    return CallStrForm(b, op, static_cast<int>(i) + 1, op.args[1 + i], repr);
  };
  switch (id) {
    case BuiltinId::print: {
      const uint32_t positional = store_.call_shape(op.shape).positional;
      for (size_t i = 0; i < positional; ++i) {
        if (!user_inst(args[i])) continue;
        if (!strof(i, false)) return anns_.impossible();
      }
      return AnnId();  // the generic rule checks the rest
    }
    case BuiltinId::str:
    case BuiltinId::repr:
      if (args.size() != 1 || !user_inst(args[0])) return AnnId();
      if (!strof(0, id == BuiltinId::repr)) return anns_.impossible();
      return anns_.str();
    case BuiltinId::len:
    case BuiltinId::hash: {
      const char* name = id == BuiltinId::len ? "__len__" : "__hash__";
      if (args.size() != 1 || !HasSpecialOn(op, args[0], name)) return AnnId();
      AnnId r = CallSpecial(b, op, 1, name, {op.args[1]});
      if (failed_) return anns_.impossible();
      if (r != anns_.impossible() && anns_.get(r).kind != AnnKind::Int &&
          anns_.get(r).kind != AnnKind::Bool)
        return refuse(std::string(name) + "() must return an int");
      return anns_.integer(id == BuiltinId::len);
    }
    case BuiltinId::reversed:
      if (args.size() != 1 || !HasSpecialOn(op, args[0], "__reversed__")) return AnnId();
      return CallSpecial(b, op, 1, "__reversed__", {op.args[1]});
    case BuiltinId::bool_: {
      if (args.size() != 1) return AnnId();
      const char* name = HasSpecialOn(op, args[0], "__bool__") ? "__bool__"
                         : HasSpecialOn(op, args[0], "__len__") ? "__len__" : nullptr;
      if (!name) return AnnId();
      CallSpecial(b, op, 1, name, {op.args[1]});
      return failed_ ? anns_.impossible() : anns_.boolean();
    }
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
