// Annotation rules for JS interop: the `javascript` module (support/
// javascript/__init__.py) and values of the JS host.
//
// A JS value has its own annotation kind, Js, in two flavours that differ
// only in how attributes read:
//   JsProxy  (`js`, and every value reached from it): `p.name` is the JS
//            property `name`, `p.name(...)` a method call, `p.new(...)`
//            construction;
//   Object   (the seed's handle, `Object('console')`): the seed's methods
//            (`call`, `new`, `toInt`, `log`, ...) win over properties;
//            other names are properties too.
// Values going to JS (arguments, property values, results of callbacks)
// must be convertible: None, bool, int, float, str, JS values, lists and
// tuples of those, dicts with str keys, and functions (which become JS
// functions: "callbacks", called from JS with JS values as arguments).
// Everything else is refused here, at translation time.
//
// Support objects are recognised by their `_rpyc_js` attribute (the rule
// name); user functions by the markers the decorators set.
#include "annotator/annotator.h"
#include "annotator/dict_family.h"
#include "annotator/methods.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

// The seed's methods of `Object`, by name.
const char* const kSeedMethods[] = {
    "call",     "call_list", "new",       "toString",  "toStr",      "toInteger", "toInt",
    "toFloat",  "toBoolean", "toBool",    "toList",    "toDict",     "toArray",   "toFunction",
    "toRef",    "log",       "keep",      "release",   "free",       "unsafe_get_item",
};

bool IsSeedMethod(const std::string& name) {
  for (const char* m : kSeedMethods)
    if (name == m) return true;
  return false;
}

bool HasMarker(Annotator& ann, loader::HostId func, const char* marker) {
  loader::HostResult r = ann.host().GetAttr(func, marker);
  return r.ok() && ann.host().Kind(r.value) == loader::HostKind::Bool && ann.host().AsBool(r.value);
}

AnnId Refuse(Annotator& ann, DiagKind kind, SourceLoc loc, std::vector<std::string> args) {
  ann.Error(Diagnostic(kind, loc, std::move(args)));
  return ann.anns().impossible();
}

bool IsScalar(AnnKind k) {
  return k == AnnKind::None || k == AnnKind::Bool || k == AnnKind::Int || k == AnnKind::Float ||
         k == AnnKind::Str || k == AnnKind::Js;
}

// Why a value of annotation `a` cannot be converted to a JS value
// ("what|why"), or "" when it can. Functions are handled by the caller (they are registered
// as callbacks).
std::string ToJsProblem(Annotator& ann, AnnId a) {
  AnnStore& anns = ann.anns();
  const Annotation x = anns.get(a);
  if (IsScalar(x.kind) || x.kind == AnnKind::Impossible) return "";
  std::string what = "a value of type `" + ann.Describe(a) + "`";
  switch (x.kind) {
    case AnnKind::List: {
      ann.ReadList(x.listdef);
      AnnKind item = anns.get(anns.listdef(x.listdef).item).kind;
      if (IsScalar(item) || item == AnnKind::Impossible) return "";
      return what + "|list items must be None, bool, int, float, str or JS values";
    }
    case AnnKind::Dict: {
      ann.ReadList(x.listdef);
      AnnKind key = anns.get(anns.DictKey(x.listdef)).kind;
      AnnKind value = anns.get(anns.DictValue(x.listdef)).kind;
      if ((key == AnnKind::Str || key == AnnKind::Impossible) &&
          (IsScalar(value) || value == AnnKind::Impossible))
        return "";
      return what + "|dicts need str keys and None, bool, int, float, str or JS values";
    }
    case AnnKind::Tuple:
      for (AnnId item : x.items) {
        std::string p = ToJsProblem(ann, item);
        if (!p.empty()) return p;
      }
      return "";
    default:
      return what + "|only None, bool, int, float, str, JS values, functions, and lists, tuples "
                    "and dicts of those convert";
  }
}

// The single function of a PBC annotation, or an invalid id.
loader::HostId SingleFunction(Annotator& ann, AnnId a) {
  const Annotation& x = ann.anns().get(a);
  if (x.kind != AnnKind::PBC || x.descs.size() != 1) return loader::HostId();
  if (ann.host().Kind(x.descs[0]) != loader::HostKind::Function) return loader::HostId();
  return x.descs[0];
}

// Makes `func` callable from JS: its parameters receive JS values (seed
// callbacks receive Objects). An asynchronous function's task becomes a
// promise (RegisterTaskPromise, once the annotator knows the task class).
// Returns false after an error.
bool RegisterCallback(Annotator& ann, loader::HostId func, SourceLoc loc) {
  bool seed = HasMarker(ann, func, "_rpyc_js_callback");
  flow::GraphId g = ann.CallFromOutside(func, {}, ann.anns().js(seed), loc);
  if (!g.valid()) return false;
  std::vector<flow::GraphId>& cbs = ann.js().callbacks;
  for (flow::GraphId c : cbs)
    if (c == g) return true;
  cbs.push_back(g);
  return true;
}

}  // namespace

bool RegisterTaskPromise(Annotator& ann, AnnId task, SourceLoc loc) {
  uint32_t c = ann.anns().get(task).classdef;
  auto& promises = ann.js().task_promises;
  if (promises.count(c)) return true;
  loader::HostId fn = ann.host().SupportFunction("javascript", "_settle_promise");
  RPYC_CHECK(fn.valid(), "javascript._settle_promise is missing");
  // One copy per task class: each awaits its own frame type.
  flow::GraphId g = ann.CallFromOutside(ann.host().CopyFunction(fn),
                                        {ann.anns().instance(c), ann.anns().js(false)}, AnnId(), loc);
  if (!g.valid()) return false;
  promises[c] = g;
  return true;
}

namespace {

// Checks that a value can go to JS (registering functions as callbacks,
// tasks as promises).
bool CheckToJs(Annotator& ann, AnnId a, SourceLoc loc) {
  if (loader::HostId f = SingleFunction(ann, a); f.valid()) return RegisterCallback(ann, f, loc);
  if (IsTaskValue(ann, a) && !ann.anns().get(a).can_be_none) return RegisterTaskPromise(ann, a, loc);
  std::string problem = ToJsProblem(ann, a);
  if (problem.empty()) return true;
  size_t bar = problem.find('|');
  ann.Error(Diagnostic(DiagKind::JsUnconvertible, loc, {problem.substr(0, bar)})
                .Note(DiagKind::UnsupportedSyntaxHint, loc, {problem.substr(bar + 1)}));
  return false;
}

// Checks the arguments of a call into JS: positional only, convertible.
bool CheckJsArgs(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args,
                 size_t nkeywords) {
  if (nkeywords) {
    Refuse(ann, DiagKind::BadCallArgs, op.loc, {"JS functions take no keyword arguments"});
    return false;
  }
  for (AnnId a : args)
    if (!CheckToJs(ann, a, op.loc)) return false;
  return true;
}

// The positional argument annotations of a call operation (impossible
// ones make the caller wait: an invalid vector is signalled by `ok`).
std::vector<AnnId> CallArgs(Annotator& ann, const flow::Operation& op, bool* ready) {
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  std::vector<AnnId> args;
  *ready = true;
  for (uint32_t i = 0; i < shape.positional; ++i) {
    AnnId a = ann.annotation(op.args[1 + i]);
    if (a == ann.anns().impossible()) *ready = false;
    args.push_back(a);
  }
  return args;
}

// A call of a support function of the `javascript` module, by rule name.
AnnId CallRule(Annotator& ann, const flow::Operation& op, const std::string& rule) {
  AnnStore& anns = ann.anns();
  bool ready;
  std::vector<AnnId> args = CallArgs(ann, op, &ready);
  if (!ready) return anns.impossible();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  auto kind = [&](size_t i) { return anns.get(args[i]).kind; };
  auto one = [&](const char* what) {
    if (args.size() == 1 && shape.keywords.empty()) return true;
    Refuse(ann, DiagKind::BadCallArgs, op.loc,
           {std::string(what) + "() takes exactly one positional argument"});
    return false;
  };
  auto need = [&](bool ok, const std::string& what) {
    if (ok) return true;
    Refuse(ann, DiagKind::BadCallArgs, op.loc,
           {rule + "() needs " + what + ", not `" + ann.Describe(args[0]) + "`"});
    return false;
  };
  AnnId object = anns.js(true);
  if (rule == "live_handles") {
    if (!args.empty() || !shape.keywords.empty())
      return Refuse(ann, DiagKind::BadCallArgs, op.loc, {"live_handles() takes no arguments"});
    return anns.integer(true);
  }
  if (rule == "Object" || rule == "Object.get") {
    // Object(expr) / Object.get(name); Object(js value) re-wraps a value.
    if (!one(rule.c_str())) return anns.impossible();
    if (kind(0) == AnnKind::Js) return object;
    if (!need(kind(0) == AnnKind::Str && !anns.get(args[0]).can_be_none, "a str")) return anns.impossible();
    return object;
  }
  if (rule == "Object.wrap") {  // a typed struct wrapper of javascript.typing
    if (!one("Object") || !need(kind(0) == AnnKind::Js, "a JS value")) return anns.impossible();
    return object;
  }
  if (rule == "Object.fromString" || rule == "JSON.fromString" || rule == "JSON.rawString") {
    if (!one(rule.c_str()) || !need(kind(0) == AnnKind::Str, "a str")) return anns.impossible();
    return object;
  }
  if (rule == "Object.fromInt" || rule == "JSON.fromInt") {
    if (!one(rule.c_str()) || !need(kind(0) == AnnKind::Int || kind(0) == AnnKind::Bool, "an int"))
      return anns.impossible();
    return object;
  }
  if (rule == "Object.fromFloat" || rule == "JSON.fromFloat") {
    if (!one(rule.c_str()) || !need(anns.IsNumeric(args[0]), "a float")) return anns.impossible();
    return object;
  }
  if (rule == "Object.fromBool" || rule == "JSON.fromBool") {
    if (!one(rule.c_str()) || !need(kind(0) == AnnKind::Bool, "a bool")) return anns.impossible();
    return object;
  }
  if (rule == "Object.fromList" || rule == "JSON.fromList" || rule == "Object.fromDict" ||
      rule == "JSON.fromDict" || rule == "JSON.fromTuple") {
    if (!one(rule.c_str())) return anns.impossible();
    AnnKind want = rule.find("List") != std::string::npos   ? AnnKind::List
                   : rule.find("Dict") != std::string::npos ? AnnKind::Dict
                                                            : AnnKind::Tuple;
    if (!need(kind(0) == want, want == AnnKind::List   ? "a list"
                               : want == AnnKind::Dict ? "a dict"
                                                       : "a tuple") ||
        !CheckToJs(ann, args[0], op.loc))
      return anns.impossible();
    return object;
  }
  if (rule == "Function" || rule == "Object.fromFunction") {
    if (!one(rule.c_str())) return anns.impossible();
    loader::HostId f = SingleFunction(ann, args[0]);
    if (!need(f.valid(), "a function") || !RegisterCallback(ann, f, op.loc)) return anns.impossible();
    return object;
  }
  if (rule == "typeof") {
    if (!one("typeof") || !need(kind(0) == AnnKind::Js, "a JS value")) return anns.impossible();
    return anns.str();
  }
  if (rule == "await_promise") {  // javascript._js_task: internal
    RPYC_CHECK(args.size() == 2 && kind(0) == AnnKind::Js && kind(1) == AnnKind::Instance,
               "await_promise(promise, task)");
    return anns.none();
  }
  return Refuse(ann, DiagKind::UnsupportedCall, op.loc, {"`javascript." + rule + "` this way"});
}

}  // namespace

const std::string& JsRule(Annotator& ann, loader::HostId value) {
  auto& rules = ann.js().rules;
  auto it = rules.find(value.index);
  if (it != rules.end()) return it->second;
  std::string rule;
  loader::HostKind k = ann.host().Kind(value);
  if (k == loader::HostKind::Instance || k == loader::HostKind::Class) {
    loader::HostResult r = ann.host().GetAttr(value, "_rpyc_js");
    if (r.ok() && ann.host().Kind(r.value) == loader::HostKind::Str) rule = ann.host().AsStr(r.value);
  } else if (k == loader::HostKind::Function && HasMarker(ann, value, "_rpyc_js_async")) {
    rule = "async";  // an @asynchronous function
  }
  return rules.emplace(value.index, rule).first->second;
}

AnnId AnnotateJsConstant(Annotator& ann, loader::HostId value) {
  if (ann.host().Kind(value) != loader::HostKind::Instance) return AnnId();
  const std::string& rule = JsRule(ann, value);
  if (rule.empty()) return AnnId();
  ann.js().used = true;
  if (rule == "proxy") return ann.anns().js(false);
  return ann.anns().pbc({value});  // a support function (or typed wrapper), called
}

AnnId AnnotateJsCall(Annotator& ann, const flow::Operation& op) {
  AnnStore& anns = ann.anns();
  const Annotation c = anns.get(ann.annotation(op.args[0]));
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
  if (c.kind == AnnKind::Js) {
    // Calling a JS function (with `this` when it was read as a property).
    ann.js().used = true;
    bool ready;
    std::vector<AnnId> args = CallArgs(ann, op, &ready);
    if (!ready) return anns.impossible();
    if (!CheckJsArgs(ann, op, args, shape.keywords.size())) return anns.impossible();
    return anns.js(c.name == "Object");
  }
  if (c.kind != AnnKind::PBC || c.descs.size() != 1) return AnnId();
  loader::HostId obj = c.descs[0];
  if (ann.host().Kind(obj) == loader::HostKind::Function) {
    return AnnId();  // asynchronous functions too: calling one starts a task
  }
  const std::string rule = JsRule(ann, obj);
  if (rule.empty()) return AnnId();
  ann.js().used = true;
  if (rule == "Object" && ann.host().Kind(obj) == loader::HostKind::Instance)
    return CallRule(ann, op, "Object.wrap");
  return CallRule(ann, op, rule);
}

AnnId AnnotateJsOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  AnnStore& anns = ann.anns();
  if (args.empty() || anns.get(args[0]).kind != AnnKind::Js) return AnnId();
  ann.js().used = true;
  bool seed = anns.get(args[0]).name == "Object";
  auto key_ok = [&](AnnId k) {
    AnnKind kk = anns.get(k).kind;
    if (kk == AnnKind::Int || kk == AnnKind::Bool || kk == AnnKind::Js ||
        (kk == AnnKind::Str && !anns.get(k).can_be_none))
      return true;
    Refuse(ann, DiagKind::BadCallArgs, op.loc,
           {"a JS property key must be a str, an int or a JS value, not `" + ann.Describe(k) + "`"});
    return false;
  };
  switch (op.kind) {
    case OpKind::getattr: {
      std::string name = ann.host().AsStr(ann.store().cst(op.args[1].cst()).value);
      // Inside an asynchronous function the builder made `x.wait()` an
      // await (translator/flow/build_async.cpp).
      if (name == "wait")
        return Refuse(ann, DiagKind::UnsupportedOperation, op.loc,
                      {"`.wait()`", "a JS value outside an asynchronous function (only an "
                                    "`async def` or `@asynchronous` function can wait)"});
      if (seed && name == "type") return anns.str();
      if (name == "new" || (seed && IsSeedMethod(name))) return anns.builtin_method(args[0], name);
      return anns.js(seed);
    }
    case OpKind::setattr:
      if (!CheckToJs(ann, args[2], op.loc)) return anns.impossible();
      return anns.none();
    case OpKind::getitem:
      if (!key_ok(args[1])) return anns.impossible();
      return anns.js(seed);
    case OpKind::setitem:
      if (!key_ok(args[1]) || !CheckToJs(ann, args[2], op.loc)) return anns.impossible();
      return anns.none();
    default:
      return AnnId();
  }
}

AnnId AnnotateJsBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                        const std::vector<AnnId>& args) {
  AnnStore& anns = ann.anns();
  if (args.size() != 1 || anns.get(args[0]).kind != AnnKind::Js) return AnnId();
  switch (id) {
    case BuiltinId::int_:
      return anns.integer();
    case BuiltinId::float_:
      return anns.floating();
    case BuiltinId::len:
      return anns.integer(true);
    default:
      return AnnId();
  }
}

// ---- methods of Object (the seed's API) ----

namespace {

AnnId JsMethodCall(MethodCall& c) {
  // call(*args) / new(*args)
  if (!CheckJsArgs(c.ann, c.op, c.args, c.keywords.size())) return c.anns().impossible();
  const std::string& name = c.anns().get(c.ann.annotation(c.op.args[0])).name;
  bool seed = c.anns().get(c.self).name == "Object";
  return c.anns().js(name == "call" || seed);
}

AnnId JsCallList(MethodCall& c) {
  if (!c.Arity(1, 1)) return c.anns().impossible();
  if (c.kind(0) != AnnKind::List) return c.Bad("call_list() needs a list of arguments");
  if (!CheckToJs(c.ann, c.args[0], c.op.loc)) return c.anns().impossible();
  return c.anns().js(true);
}

AnnId JsToStr(MethodCall& c) { return c.Arity(0, 0) ? c.anns().str() : c.anns().impossible(); }
AnnId JsToInt(MethodCall& c) { return c.Arity(0, 0) ? c.anns().integer() : c.anns().impossible(); }
AnnId JsToFloat(MethodCall& c) {
  return c.Arity(0, 0) ? c.anns().floating() : c.anns().impossible();
}
AnnId JsToBool(MethodCall& c) { return c.Arity(0, 0) ? c.anns().boolean() : c.anns().impossible(); }
AnnId JsSelf(MethodCall& c) { return c.Arity(0, 0) ? c.anns().js(true) : c.anns().impossible(); }
AnnId JsNone(MethodCall& c) { return c.Arity(0, 0) ? c.anns().none() : c.anns().impossible(); }

AnnId JsToList(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return c.ann.ListMadeBy(c.op, c.anns().js(true));
}

AnnId JsToDict(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return DictMadeBy(c.ann, c.op, c.anns().str(), c.anns().js(true));
}

AnnId JsGetItem(MethodCall& c) {
  if (!c.Arity(1, 1)) return c.anns().impossible();
  AnnKind k = c.kind(0);
  if (k != AnnKind::Str && k != AnnKind::Int && k != AnnKind::Bool && k != AnnKind::Js)
    return c.Bad("unsafe_get_item() needs a str, an int or a JS value key");
  return c.anns().js(true);
}

}  // namespace

void AddJsMethods(MethodTable& t) {
  t.Add(AnnKind::Js, "call", JsMethodCall);
  t.Add(AnnKind::Js, "new", JsMethodCall);
  t.Add(AnnKind::Js, "call_list", JsCallList);
  for (const char* n : {"toString", "toStr"}) t.Add(AnnKind::Js, n, JsToStr);
  for (const char* n : {"toInteger", "toInt"}) t.Add(AnnKind::Js, n, JsToInt);
  t.Add(AnnKind::Js, "toFloat", JsToFloat);
  for (const char* n : {"toBoolean", "toBool"}) t.Add(AnnKind::Js, n, JsToBool);
  for (const char* n : {"toList", "toArray"}) t.Add(AnnKind::Js, n, JsToList);
  t.Add(AnnKind::Js, "toDict", JsToDict);
  for (const char* n : {"toFunction", "toRef"}) t.Add(AnnKind::Js, n, JsSelf);
  for (const char* n : {"log", "keep", "release", "free"}) t.Add(AnnKind::Js, n, JsNone);
  t.Add(AnnKind::Js, "unsafe_get_item", JsGetItem);
}

// ---- roots from outside: callbacks and exports ----

flow::GraphId Annotator::CallFromOutside(loader::HostId func, const std::vector<AnnId>& params,
                                         AnnId fill, SourceLoc loc) {
  flow::GraphId g = GraphFor(func, loc);
  if (!g.valid()) return g;
  const flow::FunctionGraph& fg = store_.graph(g);
  const flow::Signature& sig = fg.signature;
  if (sig.params.size() != sig.num_positional) {
    Error(Diagnostic(DiagKind::BadCallArgs, loc,
                     {"`" + fg.name + "` is called from JS: keyword-only parameters are not supported"}));
    return flow::GraphId();
  }
  std::vector<AnnId> incoming = params;
  if (incoming.empty()) incoming.assign(sig.num_positional, fill);
  std::vector<SourceLoc> locs(incoming.size(), loc);
  std::string name = fg.name;
  MergeInputs(fg.startblock, incoming, locs, [&](size_t i) {
    return "argument `" + sig.params[i] + "` of `" + name + "` (called from JS)";
  });
  return failed_ ? flow::GraphId() : g;
}

bool Annotator::RunExports(loader::HostId entry) {
  loader::HostId import = host_.Builtin("__import__");
  loader::HostResult mod = host_.Call(import, {host_.FromStr("javascript")});
  if (!mod.ok()) return entry.valid();  // no support package: nothing exported
  loader::HostResult exports = host_.GetAttr(mod.value, "_exports");
  loader::HostResult sigfn = host_.GetAttr(mod.value, "_export_signature");
  if (!exports.ok() || !sigfn.ok()) return entry.valid();
  for (loader::HostId f : host_.TupleItems(exports.value)) {
    js_.used = true;
    loader::HostResult sig = host_.Call(sigfn.value, {f});
    if (!sig.ok()) {
      Error(Diagnostic(DiagKind::BadCallArgs, SourceLoc(), {"@export: " + sig.exception}));
      return false;
    }
    std::vector<AnnId> params;
    for (loader::HostId t : host_.TupleItems(sig.value)) {
      std::string name = host_.AsStr(t);
      params.push_back(name == "int"     ? anns_.integer()
                       : name == "float" ? anns_.floating()
                       : name == "str"   ? anns_.str()
                       : name == "bool"  ? anns_.boolean()
                                         : anns_.js(false));
    }
    const loader::FunctionInfo* info = host_.DescribeFunction(f, SourceLoc());
    flow::GraphId g = CallFromOutside(f, params, anns_.js(false), SourceLoc());
    if (!g.valid() || !info) return false;
    js_.exports.push_back({info->name, g});
  }
  if (!entry.valid() && js_.exports.empty()) {
    Error(Diagnostic(DiagKind::BadEntrySignature, SourceLoc(),
                     {"a library build needs at least one `@export` function"}));
    return false;
  }
  return true;
}

}  // namespace rpyc::annotator
