// Annotation of calls: calls to Python functions (argument matching with
// keywords and defaults, merging into the callee's parameters, reading
// its return annotation) and the rules for built-in functions.
#include "annotator/annotator.h"
#include "annotator/math_functions.h"
#include "common/check.h"

namespace rpyc::annotator {

namespace {

struct BuiltinName {
  const char* module;
  const char* name;
};
const BuiltinName kBuiltins[] = {
#define RPYC_BUILTIN(Id, Module, Name) {Module, Name},
#include "annotator/builtins.def"
#undef RPYC_BUILTIN
};

}  // namespace

BuiltinId Annotator::BuiltinOf(loader::HostId obj) {
  auto it = builtin_cache_.find(obj.index);
  if (it != builtin_cache_.end()) return it->second;
  BuiltinId found = BuiltinId::kNone;
  for (size_t i = 0; i < static_cast<size_t>(BuiltinId::kNone); ++i) {
    if (host_.Is(obj, kBuiltins[i].module, kBuiltins[i].name)) {
      found = static_cast<BuiltinId>(i);
      break;
    }
  }
  builtin_cache_[obj.index] = found;
  return found;
}

AnnId Annotator::AnnotateCall(flow::BlockId b, const flow::Operation& op) {
  // Calls of JS values and of the `javascript` module (annotate_js.cpp).
  if (AnnId r = AnnotateJsCall(*this, op); r.valid() || failed_)
    return failed_ ? anns_.impossible() : r;
  if (op.args[0].is_const()) {
    // `Base.__init__(self, ...)` where Base is object or a built-in
    // exception: a slot wrapper, not a Python function.
    loader::HostId c = store_.cst(op.args[0].cst()).value;
    std::string r = host_.Kind(c) == loader::HostKind::Other ? host_.Repr(c) : "";
    const std::string prefix = "<slot wrapper '__init__' of '";
    if (r.compare(0, prefix.size(), prefix) == 0) {
      std::string cls = r.substr(prefix.size(), r.find('\'', prefix.size()) - prefix.size());
      const flow::CallShape& shape = store_.call_shape(op.shape);
      CallTarget target;
      target.kind = CallTarget::Kind::SuperCall;
      bool exc = BuiltinExceptionIndex(host_.Builtin(cls)) >= 0;
      if ((cls != "object" && !exc) || shape.positional < 1 || !shape.keywords.empty() ||
          (!exc && shape.positional > 1)) {
        Error(Diagnostic(DiagKind::UnsupportedCall, op.loc, {"`" + cls + ".__init__` this way"}));
        return anns_.impossible();
      }
      if (exc && !CheckExceptionArgs(op, 2)) return anns_.impossible();
      if (exc) {
        target.method = "__exc_init_explicit__";
        const Annotation& self = anns_.get(annotation(op.args[1]));
        if (self.kind == AnnKind::Instance) NoteExceptionArgs(op, self.classdef, true, 2);
      }
      call_targets_[op.result.index] = std::move(target);
      return anns_.none();
    }
  }
  AnnId callee = annotation(op.args[0]);
  const Annotation& c = anns_.get(callee);
  if (store_.call_shape(op.shape).star && !StarCallSupported(callee)) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"`*` of a tuple variable in a call of `" + Describe(callee) +
                      "` is not supported (only Python functions, methods and classes take "
                      "them); pass the items one by one"}));
    return anns_.impossible();
  }
  if (c.kind == AnnKind::BuiltinMethod && (IsClassFamily(c.items[0]) || IsClassMethod(callee))) {
    CallTarget target;
    AnnId r = AnnotateClassMethodCall(b, op, callee, &target);
    if (!failed_) call_targets_[op.result.index] = std::move(target);
    return r;
  }
  if (c.kind == AnnKind::BuiltinMethod &&
      (anns_.get(c.items[0]).kind == AnnKind::Instance ||
       anns_.get(c.items[0]).kind == AnnKind::Super)) {
    CallTarget target;
    AnnId r = AnnotateInstanceCall(b, op, callee, &target);
    if (!failed_) call_targets_[op.result.index] = std::move(target);
    return r;
  }
  if (c.kind == AnnKind::BuiltinMethod) {
    CallTarget target;
    // sep.join(iterable instance): a support helper (annotate_iter.cpp).
    AnnId r = AnnotateIterMethod(b, op, callee, &target);
    if (r.valid() || failed_) {
      if (!failed_) call_targets_[op.result.index] = std::move(target);
      return failed_ ? anns_.impossible() : r;
    }
    target.kind = CallTarget::Kind::Method;
    r = AnnotateMethodCall(op, callee);
    if (!failed_) call_targets_[op.result.index] = std::move(target);
    return r;
  }
  if (IsFunctionFamily(callee) || c.kind == AnnKind::Callables) {
    std::vector<loader::HostId> descs = c.descs;  // `c` may move as the store grows
    std::vector<AnnId> methods;
    if (c.kind == AnnKind::Callables) methods = c.items;
    CallTarget target;
    AnnId r = CallFamily(b, op, descs, methods, &target);
    if (!failed_) call_targets_[op.result.index] = std::move(target);
    return r;
  }
  if (IsClassFamily(callee) && c.descs.size() > 1) {
    std::vector<loader::HostId> descs = c.descs;
    for (loader::HostId d : descs)
      if (BuiltinExceptionIndex(d) >= 0) {
        // The constructor is called through a vtable slot, and rtlib's
        // vtables of the built-in exception classes have none.
        Error(Diagnostic(DiagKind::NotSupportedYet, op.loc,
                         {"calling a value that may be any of several classes when one is the "
                          "built-in `" + host_.QualifiedName(d) + "`",
                          "call each class by name (`raise ValueError(msg)`)"}));
        return anns_.impossible();
      }
    CallTarget target;
    AnnId r = AnnotateClassFamilyCall(b, op, descs, &target);
    if (!failed_) call_targets_[op.result.index] = std::move(target);
    return r;
  }
  if (c.kind != AnnKind::PBC || c.descs.size() != 1) {
    Error(Diagnostic(DiagKind::UnsupportedCall, op.loc, {"a value of type `" + Describe(callee) + "`"}));
    return anns_.impossible();
  }
  loader::HostId obj = c.descs[0];
  CallTarget target;
  AnnId result;
  switch (host_.Kind(obj)) {
    case loader::HostKind::Function:
      // A support function the annotator types itself (builtins.def).
      if (BuiltinId id = BuiltinOf(obj); id != BuiltinId::kNone) {
        // `await p` on a JS value waits for a task that p settles.
        if (id == BuiltinId::task_awaitable && op.args.size() == 2 &&
            anns_.get(annotation(op.args[1])).kind == AnnKind::Js) {
          bool seed = anns_.get(annotation(op.args[1])).name == "Object";
          obj = host_.SupportFunction("javascript", seed ? "_object_task" : "_js_task");
          js_.awaits = true;
        } else {
          result = CallBuiltin(op, id, &target);
          break;
        }
      }
      result = AnnotateRtPrimitive(*this, op, obj, &target);
      if (failed_) return anns_.impossible();
      if (!result.valid()) result = CallGraph(b, op, obj, &target);
      break;
    case loader::HostKind::Class:
      result = AnnotateClassCall(b, op, obj, &target);
      break;
    case loader::HostKind::BuiltinFunction: {
      if (BuiltinExceptionIndex(obj) >= 0) {
        result = AnnotateClassCall(b, op, obj, &target);
        break;
      }
      BuiltinId id = BuiltinOf(obj);
      std::string qname = host_.QualifiedName(obj);
      if (id == BuiltinId::kNone && qname.compare(0, 5, "math.") == 0) {
        result = AnnotateMath(op, qname.substr(5), &target);
        break;
      }
      if (id == BuiltinId::kNone) {
        Error(Diagnostic(DiagKind::UnsupportedBuiltin, op.loc,
                         {"the built-in `" + host_.QualifiedName(obj) + "`"}));
        return anns_.impossible();
      }
      result = CallBuiltin(op, id, &target);
      break;
    }
    default:
      Error(Diagnostic(DiagKind::UnsupportedCall, op.loc, {"`" + Describe(callee) + "`"}));
      return anns_.impossible();
  }
  if (!failed_) call_targets_[op.result.index] = std::move(target);
  return result;
}

bool Annotator::StarCallSupported(AnnId callee) {
  const Annotation& c = anns_.get(callee);
  if (c.kind == AnnKind::Callables || IsFunctionFamily(callee)) return true;
  if (c.kind == AnnKind::BuiltinMethod)
    return anns_.get(c.items[0]).kind == AnnKind::Instance && !IsClassMethod(callee);
  if (c.kind != AnnKind::PBC || c.descs.size() != 1) return false;
  loader::HostId f = c.descs[0];
  if (host_.Kind(f) == loader::HostKind::Class) return !classdefs_[GetClassDef(f)].is_exception;
  return host_.Kind(f) == loader::HostKind::Function && BuiltinOf(f) == BuiltinId::kNone &&
         JsRule(*this, f).empty();
}

bool Annotator::PositionalSources(const flow::Operation& op, std::vector<int>* out) {
  const flow::CallShape& shape = store_.call_shape(op.shape);
  out->clear();
  uint32_t plain = shape.positional - (shape.star ? 1 : 0);
  for (uint32_t i = 0; i < plain; ++i) out->push_back(static_cast<int>(i + 1));
  if (!shape.star) return true;
  flow::Value t = op.args[shape.positional];
  const Annotation& a = anns_.get(annotation(t));
  if (a.kind == AnnKind::Impossible) {
    out->clear();  // wait for the tuple's type
    return true;
  }
  if (a.kind != AnnKind::Tuple || a.can_be_none) {
    Diagnostic d(DiagKind::UnsupportedSyntax, op.loc,
                 {"`*` arguments in calls whose number of items is not known at translation "
                  "time (here `" + Describe(annotation(t)) + "`)"});
    d.Note(DiagKind::UnsupportedSyntaxHint, op.loc,
           {"pass a tuple (its length is part of its type), a tuple display or a constant tuple"});
    Error(std::move(d));
    return false;
  }
  for (size_t k = 0; k < a.items.size(); ++k) out->push_back(kStarItem - static_cast<int>(k));
  return true;
}

AnnId Annotator::ArgAnnotation(const flow::Operation& op, int source) {
  if (source >= 0) return annotation(op.args[static_cast<size_t>(source)]);
  const flow::CallShape& shape = store_.call_shape(op.shape);
  AnnId t = annotation(op.args[shape.positional]);
  return anns_.get(t).items[static_cast<size_t>(kStarItem - source)];
}

AnnId Annotator::CallGraph(flow::BlockId b, const flow::Operation& op, loader::HostId func,
                           CallTarget* target) {
  target->kind = CallTarget::Kind::Graph;
  return CallMethodGraph(b, op, func, AnnId(), &target->graph, &target->arg_map,
                         /*specialize=*/true);
}

// Calls `func` with the operation's arguments, preceded by the receiver
// `self` when it is valid (a method call). Arguments are matched to
// parameters as CPython does; arg_map gets, per parameter, the index in
// op.args, -1 for its default, or -3 for the receiver.
AnnId Annotator::CallMethodGraph(flow::BlockId b, const flow::Operation& op, loader::HostId func,
                                 AnnId self, flow::GraphId* graph_out, std::vector<int>* arg_map,
                                 bool specialize) {
  flow::GraphId gid = GraphFor(func, op.loc);
  if (!gid.valid()) return anns_.impossible();
  const flow::FunctionGraph& g = store_.graph(gid);
  const flow::Signature& sig = g.signature;
  const flow::CallShape& shape = store_.call_shape(op.shape);
  std::string fname = g.name + "()";
  auto bad = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {fname + " " + msg}));
    return anns_.impossible();
  };
  // Match arguments to parameters as CPython does.
  std::vector<int> positional;
  if (!PositionalSources(op, &positional)) return anns_.impossible();
  if (shape.star && positional.empty() &&
      anns_.get(annotation(op.args[shape.positional])).kind == AnnKind::Impossible)
    return anns_.impossible();  // the spread tuple's type is not known yet
  uint32_t npos = static_cast<uint32_t>(positional.size());
  std::vector<int> map(sig.params.size(), -2);
  uint32_t skip = self.valid() ? 1 : 0;
  if (skip && sig.num_positional == 0) return bad("takes no arguments (it needs `self`)");
  if (npos + skip > sig.num_positional && sig.vararg < 0) {
    return bad("takes " + std::to_string(sig.num_positional) + " positional argument" +
               (sig.num_positional == 1 ? "" : "s") + " but " + std::to_string(npos + skip) +
               (npos + skip == 1 ? " was" : " were") + " given");
  }
  if (skip) map[0] = -3;
  // Extra positional arguments go to *args (their op.args indices are
  // appended to the map after one entry per parameter).
  std::vector<int> extra;
  for (uint32_t i = 0; i < npos; ++i) {
    if (i + skip < sig.num_positional) map[i + skip] = positional[i];
    else extra.push_back(positional[i]);
  }
  if (sig.vararg >= 0) map[static_cast<size_t>(sig.vararg)] = kVarargTuple;
  for (size_t k = 0; k < shape.keywords.size(); ++k) {
    const std::string& name = shape.keywords[k];
    size_t p = 0;
    while (p < sig.params.size() && sig.params[p] != name) ++p;
    if (p == sig.params.size() || static_cast<int32_t>(p) == sig.vararg)
      return bad("got an unexpected keyword argument '" + name + "'");
    if (map[p] != -2) return bad("got multiple values for argument '" + name + "'");
    map[p] = static_cast<int>(1 + shape.positional + k);
  }
  std::vector<AnnId> incoming;
  std::vector<SourceLoc> locs;
  for (size_t p = 0; p < sig.params.size(); ++p) {
    if (map[p] == -2) {
      if (!sig.defaults[p].valid())
        return bad("missing required argument: '" + sig.params[p] + "'");
      map[p] = -1;
      locs.push_back(g.loc);
      if (sig.defaults[p] == host_.Undefined()) {
        // A default computed where a nested function was defined: the
        // closure carries it (annotate_closures.cpp).
        map[p] = kClosureDefault;
        incoming.push_back(ClosureDefault(func, sig.params[p]));
        continue;
      }
      incoming.push_back(ConstantAnnotation(sig.defaults[p]));
      continue;
    }
    if (map[p] == -3) {
      incoming.push_back(self);
      locs.push_back(op.loc);
      continue;
    }
    if (map[p] == kVarargTuple) {
      std::vector<AnnId> items;
      for (int i : extra) items.push_back(ArgAnnotation(op, i));
      incoming.push_back(anns_.tuple(std::move(items)));
      locs.push_back(op.loc);
      continue;
    }
    incoming.push_back(ArgAnnotation(op, map[p]));
    locs.push_back(op.loc);
  }
  for (size_t i = 0; i < incoming.size(); ++i) {
    if (anns_.get(incoming[i]).kind == AnnKind::Object) {
      // Name the constant when the argument is one.
      std::string what;
      if (map[i] >= 0 && op.args[static_cast<size_t>(map[i])].is_const()) {
        loader::HostId c = store_.cst(op.args[static_cast<size_t>(map[i])].cst()).value;
        what = host_.Repr(c);
        if (what.size() > 60) what = what.substr(0, 57) + "...";
        what = "`" + what + "`" +
               (host_.Kind(c) == loader::HostKind::BigInt ? " (an int beyond 64 bits)" : "") + " ";
      }
      Error(Diagnostic(DiagKind::UnsupportedConstant, locs[i],
                       {what + "passed as argument '" + sig.params[i] + "'"}));
      return anns_.impossible();
    }
  }
  if (!CheckCountedIterable(op, func, sig, incoming)) return anns_.impossible();
  if (specialize) {
    gid = Specialize(func, gid, incoming, op.loc);
    if (failed_) return anns_.impossible();
  }
  const flow::FunctionGraph& version = store_.graph(gid);
  *graph_out = gid;
  *arg_map = map;
  arg_map->insert(arg_map->end(), extra.begin(), extra.end());
  callers_[gid.index].insert(b.index);
  std::vector<Origin> sources(map.size());
  for (size_t p = 0; p < map.size(); ++p) {
    sources[p].how = FlowKind::Argument;
    sources[p].graph = gid;
    if (map[p] >= 0 && op.args[static_cast<size_t>(map[p])].is_var())
      sources[p].from = op.args[static_cast<size_t>(map[p])].var();
  }
  MergeInputs(
      version.startblock, incoming, locs,
      [&](size_t i) { return "argument `" + sig.params[i] + "` of `" + version.name + "`"; },
      sources);
  if (failed_) return anns_.impossible();
  return binding(store_.block(version.returnblock).inputargs[0]);
}

// Counter(x), c.update(x) and c.subtract(x) count the items of an
// iterable (support/rpyc_support/pycollections.py); given a mapping,
// CPython adds its values instead, so a mapping is refused.
bool Annotator::CheckCountedIterable(const flow::Operation& op, loader::HostId func,
                                     const flow::Signature& sig,
                                     const std::vector<AnnId>& incoming) {
  static const std::string kModule = "rpyc_support.pycollections.";
  std::string name = host_.QualifiedName(func);
  if (name.compare(0, kModule.size(), kModule) != 0) return true;
  bool counts = name == kModule + "_count" ||
                (name.find(".mapping.") != std::string::npos &&
                 (name.size() > 7 && (name.compare(name.size() - 7, 7, ".update") == 0 ||
                                      (name.size() > 9 &&
                                       name.compare(name.size() - 9, 9, ".subtract") == 0))));
  if (!counts) return true;
  for (size_t p = 0; p < sig.params.size() && p < incoming.size(); ++p) {
    if (sig.params[p] != "iterable") continue;
    const Annotation& a = anns_.get(incoming[p]);
    bool mapping = a.kind == AnnKind::Dict ||
                   (a.kind == AnnKind::Instance &&
                    host_.QualifiedName(classdefs_[a.classdef].cls).find("._make_mapping.") !=
                        std::string::npos);
    if (!mapping) continue;
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {"Counter(), update() and subtract() of a mapping (`" +
                      Describe(incoming[p]) +
                      "`) are not supported: CPython adds the mapping's values where rpyc "
                      "counts the items of an iterable; add counts with c[k] += n"}));
    return false;
  }
  return true;
}

// Functions of the math module (math_functions.def): float arguments
// accept ints, as in CPython.
AnnId Annotator::AnnotateMath(const flow::Operation& op, const std::string& name,
                              CallTarget* target) {
  const flow::CallShape& shape = store_.call_shape(op.shape);
  if (const MathFn* found = FindMathFn(name)) {
    const MathFn& f = *found;
    size_t want = std::string(f.args).size();
    bool log2args = name == "log" && shape.positional == 2;
    if (!shape.keywords.empty() || (shape.positional != want && !log2args)) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"math." + name + "() takes " + std::to_string(want) + " argument(s)"}));
      return anns_.impossible();
    }
    for (uint32_t i = 0; i < shape.positional; ++i) {
      AnnId a = annotation(op.args[1 + i]);
      if (a == anns_.impossible()) return a;
      AnnKind k = anns_.get(a).kind;
      char need = log2args ? 'F' : f.args[i];
      bool ok = need == 'F' ? (k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float)
                            : (k == AnnKind::Int || k == AnnKind::Bool);
      if (!ok) {
        Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                         {"math." + name + "() argument " + std::to_string(i + 1) +
                          " must be a number, not `" + Describe(a) + "`"}));
        return anns_.impossible();
      }
    }
    target->kind = CallTarget::Kind::Builtin;
    target->builtin = BuiltinId::kNone;
    target->method = "math." + name;
    switch (f.result) {
      case 'F': return anns_.floating();
      case 'B': return anns_.boolean();
      case 'P': return anns_.tuple({anns_.floating(), anns_.floating()});
      case 'E': return anns_.tuple({anns_.floating(), anns_.integer()});
      default: return anns_.integer();
    }
  }
  Error(Diagnostic(DiagKind::UnsupportedBuiltin, op.loc, {"`math." + name + "`"}));
  return anns_.impossible();
}

// print()'s keywords: sep/end (None or a string), flush (any value: only
// its truth is used) and file (sys.stdout or sys.stderr, which the flow
// builder replaced by the modules rpyc_support.stdout / .stderr). Shared by
// the scalar rule below and the value family's (annotate_values.cpp).
bool Annotator::CheckPrintKeywords(const flow::Operation& op) {
  const flow::CallShape& shape = store_.call_shape(op.shape);
  auto bad = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return false;
  };
  for (size_t k = 0; k < shape.keywords.size(); ++k) {
    const std::string& name = shape.keywords[k];
    flow::Value kv = op.args[1 + shape.positional + k];
    if (name == "flush") continue;
    if (name == "file") {
      loader::HostId f = kv.is_const() ? store_.cst(kv.cst()).value : loader::HostId();
      auto is_module = [&](const char* module) {
        loader::HostResult m = host_.Import(module);
        return f.valid() && m.ok() && host_.Identical(f, m.value);
      };
      if (!is_module("rpyc_support.stdout") && !is_module("rpyc_support.stderr"))
        return bad("print(file=...) supports only sys.stdout and sys.stderr");
      continue;
    }
    if (name != "sep" && name != "end")
      return bad("print() keyword argument '" + name + "' is not supported yet");
    AnnId a = annotation(kv);
    AnnKind ak = anns_.get(a).kind;
    if (ak != AnnKind::Str && ak != AnnKind::None)
      return bad(name + " must be None or a string, not " + Describe(a));
  }
  return true;
}

AnnId Annotator::CallBuiltin(const flow::Operation& op, BuiltinId id, CallTarget* target) {
  target->kind = CallTarget::Kind::Builtin;
  target->builtin = id;
  const flow::CallShape shape = store_.call_shape(op.shape);  // a copy: special calls intern shapes
  std::vector<AnnId> args;
  for (uint32_t i = 0; i < shape.positional; ++i) {
    AnnId a = annotation(op.args[1 + i]);
    if (a == anns_.impossible()) return anns_.impossible();
    args.push_back(a);
  }
  if (id == BuiltinId::print || id == BuiltinId::str || id == BuiltinId::repr)
    for (AnnId a : args)
      if (std::string e = LazyShownError(*this, a); !e.empty()) {
        Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {e}));
        return anns_.impossible();
      }
  if (id == BuiltinId::super) {
    // Zero-argument super(): the class comes from the method's __class__
    // cell, the receiver is the method's first parameter.
    const flow::FunctionGraph& g = store_.graph(store_.block(current_block_).graph);
    const loader::FunctionInfo* info = host_.DescribeFunction(g.function, op.loc);
    loader::HostId cls;
    if (info)
      for (const auto& [name, cell] : info->closure)
        if (name == "__class__") cls = cell;
    if (args.size() == 2) {
      // super(Cls, obj) with obj an instance of Cls (or a subclass).
      const Annotation& c = anns_.get(args[0]);
      const Annotation& o = anns_.get(args[1]);
      bool ok = c.kind == AnnKind::PBC && c.descs.size() == 1 &&
                host_.Kind(c.descs[0]) == loader::HostKind::Class && o.kind == AnnKind::Instance &&
                IsSubclassDef(o.classdef, GetClassDef(c.descs[0]));
      cls = ok ? c.descs[0] : loader::HostId();
    }
    if (!cls.valid() || args.size() == 1 || args.size() > 2) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"only super() and super(Class, instance of Class) inside a method are "
                        "supported"}));
      return anns_.impossible();
    }
    Annotation a{AnnKind::Super};
    a.classdef = GetClassDef(cls);
    return anns_.Intern(a);
  }
  if (id == BuiltinId::type_) return AnnotateTypeOf(op, args);
  if (id == BuiltinId::isinstance || id == BuiltinId::issubclass)
    return AnnotateIsInstance(op, id == BuiltinId::issubclass, args);
  // A first argument that is only None so far (the result of a function
  // whose other returns are still being inferred) where CPython raises
  // TypeError for None: wait, as for attributes (CheckReads).
  if (!args.empty() && anns_.get(args[0]).kind == AnnKind::None) {
    switch (id) {
      case BuiltinId::len: case BuiltinId::reversed: case BuiltinId::enumerate:
      case BuiltinId::sorted: case BuiltinId::list: case BuiltinId::tuple: case BuiltinId::set:
      case BuiltinId::frozenset: case BuiltinId::sum: case BuiltinId::any: case BuiltinId::all:
      case BuiltinId::iter_: case BuiltinId::min: case BuiltinId::max: case BuiltinId::abs:
        none_blocked_.push_back(&op);
        return anns_.impossible();
      default:
        break;
    }
  }
  {
    AnnId r = AnnotateIterBuiltin(current_block_, op, id, args, target);
    if (r.valid() || failed_) return failed_ ? anns_.impossible() : r;
  }
  {
    AnnId r = AnnotateSpecialBuiltin(current_block_, op, id, args);
    if (r.valid() || failed_) return failed_ ? anns_.impossible() : r;
  }
  for (auto hook : {AnnotateUIntBuiltin, AnnotateAsyncBuiltin, AnnotateBytesBuiltin, AnnotateValueBuiltin, AnnotateStrBuiltin,
                    AnnotateDictBuiltin, AnnotateJsBuiltin}) {
    AnnId r = hook(*this, op, id, args);
    if (r.valid() || failed_) return failed_ ? anns_.impossible() : r;
  }
  auto kind = [&](size_t i) { return anns_.get(args[i]).kind; };
  auto bad = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return anns_.impossible();
  };
  auto no_keywords = [&](const char* name) {
    return shape.keywords.empty() ? true
                                  : (bad(std::string(name) + "() takes no keyword arguments"), false);
  };
  auto scalar = [&](AnnKind k) {
    return k == AnnKind::None || k == AnnKind::Bool || k == AnnKind::Int ||
           k == AnnKind::UInt || k == AnnKind::Float || k == AnnKind::Str;
  };
  // Values print() and str() can show: scalars, lists of scalars, and
  // exceptions (their message; not KeyError's family, whose str() is the
  // repr of the key in CPython while rpyc keeps str()).
  auto plain_ann = [&](AnnId a) {
    const Annotation& x = anns_.get(a);
    if (x.kind == AnnKind::Instance && !x.can_be_none && classdefs_[x.classdef].is_exception &&
        (id == BuiltinId::print || id == BuiltinId::str))
      return !IsSubclassDef(x.classdef, GetClassDef(host_.Builtin("KeyError")));
    if (x.kind == AnnKind::List) {
      ReadList(x.listdef);
      AnnKind item = anns_.get(anns_.listdef(x.listdef).item).kind;
      return item == AnnKind::Bool || item == AnnKind::Int || item == AnnKind::Float ||
             item == AnnKind::Str || item == AnnKind::Impossible;
    }
    // An exception shows its message (str(exc)).
    if (x.kind == AnnKind::Instance && !x.can_be_none && classdefs_[x.classdef].is_exception &&
        !HasSpecial(a, "__str__"))
      return true;
    return scalar(x.kind) || x.kind == AnnKind::Js;  // JS values print as String(v)
  };
  std::vector<bool> plain_args;
  for (size_t i = 0; i < args.size(); ++i)
    plain_args.push_back(plain_ann(args[i]) ||
                         (id == BuiltinId::print && special_call(op.result, int(i) + 1)));
  auto plain = [&](AnnKind) { return true; };
  (void)plain;
  switch (id) {
    case BuiltinId::print:
      for (size_t i = 0; i < args.size(); ++i)
        if (!plain_args[i])
          return bad("print() of a value of type `" + Describe(args[i]) + "` is not supported yet");
      if (!CheckPrintKeywords(op)) return anns_.impossible();
      return anns_.none();
    case BuiltinId::len:
      if (!no_keywords("len")) return anns_.impossible();
      if (args.size() != 1) return bad("len() takes exactly one argument");
      if (kind(0) == AnnKind::List || kind(0) == AnnKind::Str || kind(0) == AnnKind::Tuple)
        return anns_.integer(true);
      return bad("len() of a value of type `" + Describe(args[0]) + "` is not supported");
    case BuiltinId::str:
      if (!no_keywords("str")) return anns_.impossible();
      if (args.empty()) return anns_.str();
      if (args.size() == 1 && plain_args[0]) return anns_.str();
      return bad("str() of `" + Describe(args[0]) + "` is not supported");
    case BuiltinId::repr:
      if (args.size() == 1 && plain_args[0]) return anns_.str();
      return bad("repr() takes one argument of a supported type");
    case BuiltinId::int_:
      if (!no_keywords("int")) return anns_.impossible();
      if (args.empty()) return anns_.integer(true);
      if (args.size() == 1 &&
          (kind(0) == AnnKind::Str || kind(0) == AnnKind::Float || kind(0) == AnnKind::Int ||
           kind(0) == AnnKind::Bool) && !anns_.get(args[0]).can_be_none)
        return anns_.integer(kind(0) != AnnKind::Str && kind(0) != AnnKind::Float &&
                             (kind(0) == AnnKind::Bool || anns_.get(args[0]).nonneg));
      if (args.size() == 2 && kind(0) == AnnKind::Str && !anns_.get(args[0]).can_be_none &&
          (kind(1) == AnnKind::Int || kind(1) == AnnKind::Bool))
        return anns_.integer();  // int(s, base)
      if (args.size() == 2 && kind(0) != AnnKind::Str)
        return bad("int() can't convert non-string with explicit base");
      return bad("int() of `" + Describe(args[0]) + "` is not supported");
    case BuiltinId::float_:
      if (!no_keywords("float")) return anns_.impossible();
      if (args.empty()) return anns_.floating();
      if (args.size() == 1 && (kind(0) == AnnKind::Str || anns_.IsNumeric(args[0])) &&
          !anns_.get(args[0]).can_be_none)
        return anns_.floating();
      return bad("float() of `" + Describe(args[0]) + "` is not supported");
    case BuiltinId::bool_:
      if (args.size() <= 1) return anns_.boolean();
      return bad("bool() takes at most one argument");
    case BuiltinId::abs:
      if (args.size() != 1) return bad("abs() takes exactly one argument");
      if (kind(0) == AnnKind::Int || kind(0) == AnnKind::Bool) return anns_.integer(true);
      if (kind(0) == AnnKind::Float) return anns_.floating();
      return bad("abs() of `" + Describe(args[0]) + "` is not supported");
    case BuiltinId::min:
    case BuiltinId::max: {
      const char* name = id == BuiltinId::min ? "min" : "max";
      if (!no_keywords(name)) return anns_.impossible();
      if (args.size() < 2)
        return bad(std::string(name) + "() of a single iterable is not supported yet");
      AnnId u = args[0];
      for (size_t i = 1; i < args.size(); ++i) u = anns_.Union(u, args[i]);
      AnnKind k = anns_.get(u).kind;
      if (k == AnnKind::Int || k == AnnKind::Float || k == AnnKind::Str || k == AnnKind::Bool)
        return u;
      return bad(std::string(name) +
                 "() arguments must all be int, all float, all bool or all str (mixing changes the "
                 "result's type depending on the values)");
    }
    case BuiltinId::range:
      return bad("range() is only supported directly in a `for` loop");
    default:
      // Built-ins handled by a family hook or a later rule; reaching here
      // means the arguments are not supported.
      return bad(std::string(kBuiltins[static_cast<size_t>(id)].name) +
                 "() with these arguments is not supported yet");
  }
  RPYC_UNREACHABLE("builtin id");
}

}  // namespace rpyc::annotator
