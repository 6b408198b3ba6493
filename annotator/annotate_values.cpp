// The value family: operations that look inside values of any type --
// `==` and ordering of tuples and lists (lexicographic, as CPython),
// `==` of dicts, `in` over lists of tuples, hash() of ints, strings and
// tuples, and print()/str()/repr() of nested containers (instances inside
// them show their __repr__, as in CPython).
//
// The rtyper implements each of these with helper graphs built per type
// (rtyper/rtype_values.cpp). What the annotator must do is check that
// CPython's behaviour is reproducible for the types involved and annotate
// the special methods CPython would call on instances found inside the
// values (ImplicitCall: __repr__ for printing, __eq__ for equality, __lt__
// for ordering and sorting).
#include "annotator/annotator.h"
#include "common/check.h"

#include <algorithm>
#include <cstring>

namespace rpyc::annotator {

using flow::OpKind;

bool Annotator::AnnotateImplicitCall(const flow::Operation& op, uint32_t classdef,
                                     const std::string& name, size_t nargs) {
  auto key = std::make_pair(classdef, name);
  std::vector<flow::VarId>& vars = implicit_vars_[key];
  if (vars.empty()) {
    // Fresh variables stand for the receiver and the arguments; they are
    // in no block, only their annotations matter.
    flow::GraphId g = store_.block(current_block_).graph;
    for (size_t i = 0; i <= nargs; ++i) vars.push_back(store_.NewVar(g, "", op.loc));
  }
  for (flow::VarId v : vars) SetBinding(v, anns_.instance(classdef), op.loc);
  flow::Operation fake;
  fake.kind = OpKind::call;
  fake.loc = op.loc;
  fake.result = vars[0];
  for (flow::VarId v : vars) fake.args.push_back(v);
  flow::CallShape shape;
  shape.positional = static_cast<uint32_t>(nargs);
  fake.shape = store_.InternCallShape(shape);
  ImplicitCall ic;
  AnnId recv = anns_.instance(classdef);
  ic.result = AnnotateInstanceCall(current_block_, fake, anns_.builtin_method(recv, name),
                                   &ic.target);
  if (failed_) return false;
  implicit_calls_[key] = std::move(ic);
  return true;
}

bool Annotator::CheckExceptionArgs(const flow::Operation& op, size_t first) {
  const flow::CallShape shape = store_.call_shape(op.shape);  // a copy: implicit calls intern shapes
  if (!shape.keywords.empty()) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"exceptions take no keyword arguments in rpyc"}));
    return false;
  }
  for (size_t i = first; i < 1 + shape.positional; ++i) {
    AnnId x = annotation(op.args[i]);
    AnnKind k = anns_.get(x).kind;
    if (k == AnnKind::Instance || k == AnnKind::PBC || k == AnnKind::Iterator) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"the arguments of an exception must be numbers, strings, None or "
                        "containers of those, not `" + Describe(x) + "`"}));
      return false;
    }
    if (std::string e = LazyShownError(*this, x); !e.empty()) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {e}));
      return false;
    }
    if (!ValuesPrintable(*this, op, x)) return false;
  }
  return true;
}

bool Annotator::ExceptClasses(flow::Value v, std::vector<loader::HostId>* out) {
  out->clear();
  if (v.is_const()) {
    loader::HostId c = store_.cst(v.cst()).value;
    if (host_.Kind(c) == loader::HostKind::Tuple) *out = host_.TupleItems(c);
    else out->push_back(c);
    return true;
  }
  const Annotation& a = anns_.get(annotation(v));
  if (a.kind != AnnKind::Tuple) return false;
  for (AnnId item : a.items) {
    const Annotation& x = anns_.get(item);
    if (x.kind != AnnKind::PBC || x.descs.size() != 1) return false;
    out->push_back(x.descs[0]);
  }
  return true;
}

namespace {

// True when the subtree of `n` calls `<something>.__init__(...)`.
bool CallsInit(const ast::Node* n) {
  if (!n) return false;
  if (auto* call = ast::dyn_cast<ast::Call>(n))
    if (auto* attr = ast::dyn_cast<ast::Attribute>(call->func))
      if (attr->attr == "__init__") return true;
  for (const ast::Node* child : ast::ChildNodes(n))
    if (CallsInit(child)) return true;
  return false;
}

}  // namespace

bool Annotator::ExceptionInitSetsMessage(uint32_t c) {
  uint32_t definer;
  loader::HostId init = LookupClassAttr(c, "__init__", &definer);
  if (!init.valid() || host_.Kind(init) != loader::HostKind::Function) return false;
  const loader::FunctionInfo* info = host_.DescribeFunction(init, SourceLoc());
  return info && CallsInit(info->def);
}

namespace {

bool IsScalar(AnnKind k) {
  return k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float || k == AnnKind::Str ||
         k == AnnKind::None || k == AnnKind::Impossible;
}

// What a deep walk checks at each instance it meets.
enum class Need { Eq, Order, Repr, Hash };

// Walks annotation `x` (and everything inside it), annotating the special
// methods `need` calls on instances; reports the first value CPython would
// treat differently and returns false.
bool Walk(Annotator& ann, const flow::Operation& op, AnnId x, Need need, int depth = 0) {
  AnnStore& a = ann.anns();
  const Annotation v = a.get(x);
  auto refuse = [&](const std::string& why) {
    ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {why}));
    return false;
  };
  if (depth > 16) return refuse("values nested this deeply are not supported");
  switch (v.kind) {
    case AnnKind::None: case AnnKind::Bool: case AnnKind::Int: case AnnKind::Float:
    case AnnKind::Str: case AnnKind::Bytes: case AnnKind::Impossible:
      return true;
    case AnnKind::UInt:
      return refuse("r_uint values inside containers, compared or hashed as values, are not "
                    "supported yet (show or compare them one by one)");
    case AnnKind::Tuple:
      for (AnnId item : v.items)
        if (!Walk(ann, op, item, need, depth + 1)) return false;
      return true;
    case AnnKind::List:
      if (need == Need::Hash) return refuse("unhashable type: 'list'");
      ann.ReadList(v.listdef);
      return Walk(ann, op, a.listdef(v.listdef).item, need, depth + 1);
    case AnnKind::Dict:
    case AnnKind::Set:
      if (need == Need::Hash) return refuse(std::string("unhashable type: '") +
                                            (v.kind == AnnKind::Dict ? "dict'" : "set'"));
      if (need == Need::Order && v.kind == AnnKind::Dict)
        return refuse("`<` is not supported between instances of 'dict' and 'dict'");
      ann.ReadList(v.listdef);
      return Walk(ann, op, a.DictKey(v.listdef), need, depth + 1) &&
             (v.kind == AnnKind::Set || Walk(ann, op, a.DictValue(v.listdef), need, depth + 1));
    case AnnKind::Instance: {
      const char* name = need == Need::Eq ? "__eq__" : need == Need::Order ? "__lt__"
                         : need == Need::Repr ? "__repr__" : "__hash__";
      // The method may come from each subclass: the call dispatches per
      // class, and RequireMethod checks every instantiated one has it.
      bool inherited = ann.ClassHasMethod(v.classdef, name);
      bool has = inherited || (need != Need::Hash && ann.SubtreeHasMethod(v.classdef, name));
      if (!has) {
        // Without __eq__/__hash__ CPython compares and hashes by identity,
        // as the translation does; without __lt__ or __repr__ it cannot
        // order them / shows an address.
        if (need == Need::Eq || need == Need::Hash) return true;
        std::string cls = ann.classdef(v.classdef).name;
        if (need == Need::Order)
          return refuse("ordering instances of `" + cls + "` needs a `__lt__` method");
        return refuse("showing an instance of `" + cls +
                      "` inside a container needs a `__repr__` method (CPython would print its "
                      "address)");
      }
      if (need == Need::Hash)
        return refuse("instances of `" + ann.classdef(v.classdef).name +
                      "` with `__hash__` inside tuples are not supported yet");
      if (!inherited) ann.RequireMethod(op, v.classdef, name);
      return ann.AnnotateImplicitCall(op, v.classdef, name, need == Need::Repr ? 0 : 1);
    }
    case AnnKind::PBC:
      // Classes as values compare by identity, as in CPython; their hash
      // and repr show addresses and module names, and they have no order.
      if (!ann.IsClassFamily(x)) break;
      switch (need) {
        case Need::Eq:
          for (loader::HostId c : v.descs) ann.GetClassDef(c);  // compared by vtable
          return true;
        case Need::Hash: return refuse("hash() of a class (CPython's is its address) is not supported");
        case Need::Order: return refuse("`<` is not supported between classes ('type' and 'type')");
        case Need::Repr:
          return refuse("showing a class inside a container (CPython shows <class '...'> with "
                        "its module) is not supported; show its __name__");
      }
      break;
    default:
      break;
  }
  return refuse("`" + ann.Describe(x) + "` values are not supported here");
}

// Annotations whose values the generic rules cannot handle: containers
// (other than lists of scalars) and nullable lists.
bool IsDeep(Annotator& ann, AnnId x) {
  AnnStore& a = ann.anns();
  const Annotation& v = a.get(x);
  switch (v.kind) {
    case AnnKind::Tuple: case AnnKind::Dict: case AnnKind::Set:
    case AnnKind::Bytes:  // shown by the value family (b'...')
      return true;
    case AnnKind::List: {
      if (v.can_be_none) return true;
      const Annotation& item = a.get(a.listdef(v.listdef).item);
      return !(IsScalar(item.kind) && item.kind != AnnKind::None) || item.can_be_none;
    }
    default:
      return false;
  }
}

// The annotation both sides of a comparison are seen as: their union when
// they merge, else the left one (the values then differ).
AnnId Common(Annotator& ann, AnnId a, AnnId b) {
  AnnId u = ann.anns().Union(a, b);
  return ann.anns().get(u).kind == AnnKind::Object ? a : u;
}

}  // namespace

bool IsDeepValue(Annotator& ann, AnnId x) { return IsDeep(ann, x); }

bool IsExceptionValue(Annotator& ann, AnnId x) {
  const Annotation& v = ann.anns().get(x);
  return v.kind == AnnKind::Instance && ann.classdef(v.classdef).is_exception &&
         !ann.ClassHasMethod(v.classdef, "__str__");
}

bool HasInstances(Annotator& ann, AnnId x, int depth) {
  AnnStore& a = ann.anns();
  const Annotation v = a.get(x);
  if (depth > 16) return true;
  switch (v.kind) {
    case AnnKind::Instance: return true;
    case AnnKind::Tuple:
      for (AnnId item : v.items)
        if (HasInstances(ann, item, depth + 1)) return true;
      return false;
    case AnnKind::List:
      ann.ReadList(v.listdef);
      return HasInstances(ann, a.listdef(v.listdef).item, depth + 1);
    case AnnKind::Dict:
    case AnnKind::Set:
      ann.ReadList(v.listdef);
      return HasInstances(ann, a.listdef(v.listdef).item, depth + 1);
    default:
      return false;
  }
}

bool ContainsNeedsValues(Annotator& ann, AnnId container, AnnId needle) {
  AnnStore& a = ann.anns();
  const Annotation& c = a.get(container);
  if (c.kind == AnnKind::Tuple) return true;
  if (c.kind != AnnKind::List) return false;
  auto typed = [&](AnnId x) {
    AnnKind k = a.get(x).kind;
    return (k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float || k == AnnKind::Str ||
            k == AnnKind::Impossible) &&
           !a.get(x).can_be_none;
  };
  return !(typed(a.listdef(c.listdef).item) && typed(needle));
}

namespace {
// True when a %-format has a %r conversion.
bool FormatUsesRepr(const std::string& fmt) {
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') continue;
    size_t j = i + 1;
    if (j < fmt.size() && fmt[j] == '(') j = std::min(fmt.find(')', j), fmt.size() - 1) + 1;
    while (j < fmt.size() && std::strchr("#0- +*.0123456789", fmt[j])) ++j;
    if (j < fmt.size() && fmt[j] == 'r') return true;
    i = j;  // also skips the second % of %%
  }
  return false;
}
}  // namespace

bool ValuesShowable(Annotator& ann, const flow::Operation& op, AnnId x, bool repr) {
  const Annotation& v = ann.anns().get(x);
  if (v.kind == AnnKind::Instance) {
    if (IsExceptionValue(ann, x)) return true;
    if (!ann.SubtreeHasMethod(v.classdef, kStrForm)) {
      ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                           {"the string form of an instance of `" + ann.Describe(x) +
                            "` without __str__ or __repr__ (CPython shows its address) is not "
                            "supported"}));
      return false;
    }
    ann.RequireMethod(op, v.classdef, kStrForm);
    if (!ann.AnnotateImplicitCall(op, v.classdef, kStrForm, 0)) return false;
    if (!ann.SubtreeHasMethod(v.classdef, "__repr__")) return true;
    if (repr) ann.RequireMethod(op, v.classdef, "__repr__");
    return ann.AnnotateImplicitCall(op, v.classdef, "__repr__", 0);
  }
  return !IsDeep(ann, x) || ValuesPrintable(ann, op, x);
}

bool ValuesComparable(Annotator& ann, const flow::Operation& op, AnnId a) {
  return Walk(ann, op, a, Need::Eq);
}
bool ValuesOrderable(Annotator& ann, const flow::Operation& op, AnnId a) {
  return Walk(ann, op, a, Need::Order) && Walk(ann, op, a, Need::Eq);
}
bool ValuesPrintable(Annotator& ann, const flow::Operation& op, AnnId a) {
  return Walk(ann, op, a, Need::Repr);
}
bool ValuesHashable(Annotator& ann, const flow::Operation& op, AnnId a) {
  return Walk(ann, op, a, Need::Hash);
}

AnnId AnnotateValueOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  if (args.empty()) return AnnId();
  auto kind = [&](size_t i) { return a.get(args[i]).kind; };
  auto container = [&](size_t i) {
    AnnKind k = kind(i);
    return k == AnnKind::Tuple || k == AnnKind::List || (k == AnnKind::Dict && i < 2);
  };
  switch (op.kind) {
    case OpKind::acc_begin:
      if (kind(0) == AnnKind::Str && !a.get(args[0]).can_be_none)
        return a.Intern(Annotation{AnnKind::StrBuilder});
      return args[0];
    case OpKind::acc_end:
      return kind(0) == AnnKind::StrBuilder ? a.str() : args[0];
    case OpKind::inplace_add:
      if (kind(0) != AnnKind::StrBuilder) return AnnId();
      if (kind(1) == AnnKind::Str && !a.get(args[1]).can_be_none) return args[0];
      ann.Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                           {"`+=`", "`str` and `" + ann.Describe(args[1]) + "`"}));
      return a.impossible();
    case OpKind::mod: {
      // '%s %r' % values: instances show through __str__/__repr__ and
      // containers through their repr (rtype_builtins.cpp).
      if (kind(0) != AnnKind::Str || !op.args[0].is_const()) return AnnId();
      std::vector<AnnId> values{args[1]};
      if (kind(1) == AnnKind::Tuple) values = a.get(args[1]).items;
      bool repr = FormatUsesRepr(ann.host().AsStr(ann.store().cst(op.args[0].cst()).value));
      for (AnnId v : values)
        if (!ValuesShowable(ann, op, v, repr)) return a.impossible();
      return a.str();
    }
    case OpKind::eq:
    case OpKind::ne: {
      if (!container(0) && !container(1)) return AnnId();
      if (kind(0) == AnnKind::Set || kind(1) == AnnKind::Set) return AnnId();
      for (size_t i = 0; i < 2; ++i)
        if (!ValuesComparable(ann, op, args[i])) return a.impossible();
      return a.boolean();
    }
    case OpKind::lt:
    case OpKind::le:
    case OpKind::gt:
    case OpKind::ge: {
      if (!container(0) && !container(1)) return AnnId();
      AnnKind k0 = kind(0), k1 = kind(1);
      if (k0 != k1 || (k0 != AnnKind::Tuple && k0 != AnnKind::List)) return AnnId();
      if (!ValuesOrderable(ann, op, Common(ann, args[0], args[1]))) return a.impossible();
      if (!ValuesOrderable(ann, op, args[1])) return a.impossible();
      return a.boolean();
    }
    case OpKind::contains: {
      if (kind(0) != AnnKind::List && kind(0) != AnnKind::Tuple) return AnnId();
      AnnId item;
      if (kind(0) == AnnKind::List) {
        ListDefId d = a.get(args[0]).listdef;
        ann.ReadList(d);
        item = a.listdef(d).item;
      } else {
        item = a.impossible();
        for (AnnId x : a.get(args[0]).items) item = Common(ann, item, x);
      }
      // Lists of scalars keep the typed searches (annotate_ops.cpp).
      if (!ContainsNeedsValues(ann, args[0], args[1])) return AnnId();
      if (!ValuesComparable(ann, op, item) || !ValuesComparable(ann, op, args[1]))
        return a.impossible();
      return a.boolean();
    }
    default:
      return AnnId();
  }
}

AnnId AnnotateValueBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                           const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  // A copy: annotating implicit __repr__ calls interns call shapes.
  const flow::CallShape shape = ann.store().call_shape(op.shape);
  auto bad = [&](const std::string& msg) {
    ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return a.impossible();
  };
  auto kind = [&](size_t i) { return a.get(args[i]).kind; };
  auto intlike = [&](size_t i) { return kind(i) == AnnKind::Int || kind(i) == AnnKind::Bool; };
  bool numbers = shape.keywords.empty();
  for (size_t i = 0; i < args.size(); ++i) numbers = numbers && a.IsNumeric(args[i]);
  switch (id) {
    case BuiltinId::divmod:
      if (args.size() != 2 || !numbers) return AnnId();
      if (intlike(0) && intlike(1)) return a.tuple({a.integer(), a.integer()});
      return a.tuple({a.floating(), a.floating()});
    case BuiltinId::pow:
      if (args.size() == 3 && numbers && intlike(0) && intlike(1) && intlike(2))
        return a.integer();
      if (args.size() != 2 || !numbers) return AnnId();
      if (intlike(0) && intlike(1)) {
        // As `**`: a negative constant exponent makes a float.
        flow::Value e = op.args[2];
        if (e.is_const() && ann.host().AsInt(ann.store().cst(e.cst()).value) < 0)
          return a.floating();
        return a.integer();
      }
      return a.floating();
    case BuiltinId::round:
      if (args.empty() || args.size() > 2 || !numbers || (args.size() == 2 && !intlike(1)))
        return AnnId();
      if (args.size() == 2 && kind(0) == AnnKind::Float) return a.floating();
      return a.integer();
    case BuiltinId::hash: {
      if (args.size() != 1 || !shape.keywords.empty()) return AnnId();
      AnnKind k = a.get(args[0]).kind;
      if (k == AnnKind::Instance) return AnnId();  // __hash__ (annotate_special.cpp)
      if (k == AnnKind::List || k == AnnKind::Dict || k == AnnKind::Set)
        return bad(std::string("unhashable type: '") +
                   (k == AnnKind::List ? "list" : k == AnnKind::Dict ? "dict" : "set") + "'");
      if (k == AnnKind::None) return bad("hash(None) differs between CPython versions; not supported");
      if (!ValuesHashable(ann, op, args[0])) return a.impossible();
      return a.integer();
    }
    case BuiltinId::print: {
      bool any = false;
      for (size_t i = 0; i < shape.positional; ++i)
        any = any || IsDeep(ann, args[i]) || IsExceptionValue(ann, args[i]);
      if (!any) return AnnId();
      for (size_t i = 0; i < shape.positional; ++i)
        if (IsDeep(ann, args[i]) && !ValuesPrintable(ann, op, args[i])) return a.impossible();
      if (!ann.CheckPrintKeywords(op)) return a.impossible();
      // Instances at the top level print with __str__ (annotate_special.cpp
      // records those); the rest goes through the value family.
      for (size_t i = 0; i < shape.positional; ++i)
        if (a.get(args[i]).kind == AnnKind::Instance && !IsExceptionValue(ann, args[i]) &&
            !ann.special_call(op.result, static_cast<int>(i) + 1))
          return bad("print() of a value of type `" + ann.Describe(args[i]) +
                     "` is not supported yet");
      return a.none();
    }
    case BuiltinId::str:
    case BuiltinId::repr:
      if (args.size() == 1 && shape.keywords.empty() && id == BuiltinId::str &&
          IsExceptionValue(ann, args[0]))
        return a.str();  // the message
      if (args.size() != 1 || !shape.keywords.empty() || !IsDeep(ann, args[0])) return AnnId();
      if (!ValuesPrintable(ann, op, args[0])) return a.impossible();
      return a.str();
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
