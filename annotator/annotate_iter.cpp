// The iteration protocol on instances: generators (whose frames are
// instances of synthetic classes, translator/flow/resumable/) and user
// classes with __iter__/__next__.
//
// Every iterator instance is driven through two methods: _rpyc_resume()
// (advance; False when exhausted) and _rpyc_item() (the current item).
// Generator frames have them; a user class that defines __next__ gets
// them from AddIteratorAdapter (a wrapper that catches StopIteration).
// So `for x in it` is
//     iter(it)        -> it.__iter__()   (a generator's returns itself)
//     next_valid(it)  -> it._rpyc_resume()
//     next_item(it)   -> it._rpyc_item()
// as special method calls; next(it) calls __next__, iter(x) __iter__.
//
// Built-ins that consume an iterable instance (list, sorted, sum, min,
// ...) are calls of helpers written in Python (support/rpyc_support/
// iterables.py), one specialized graph per argument type.
#include "annotator/annotator.h"
#include "annotator/methods.h"
#include "common/check.h"
#include "translator/flow/resumable/generator.h"

namespace rpyc::annotator {

using flow::OpKind;

bool Annotator::IsIterable(AnnId a) {
  return anns_.get(a).kind == AnnKind::Instance &&
         (HasSpecial(a, "__iter__") || HasSpecial(a, "_rpyc_resume"));
}

bool Annotator::MakeIteratorMethods(AnnId it, SourceLoc loc) {
  if (HasSpecial(it, "_rpyc_resume")) return true;
  uint32_t definer = kNoClass;
  loader::HostId next = LookupClassAttr(anns_.get(it).classdef, "__next__", &definer);
  if (!next.valid() || host_.Kind(next) != loader::HostKind::Function || definer == kNoClass) {
    Error(Diagnostic(DiagKind::BadCallArgs, loc,
                     {"`" + Describe(it) + "` is used as an iterator but its class has no "
                      "__next__ method"}));
    return false;
  }
  flow::AddIteratorAdapter(store_, host_, classdefs_[definer].cls, loc);
  return true;
}

AnnId Annotator::AnnotateIterOp(flow::BlockId b, const flow::Operation& op,
                                const std::vector<AnnId>& args) {
  const auto& a = op.args;
  switch (op.kind) {
    case OpKind::iter: {
      if (!HasSpecial(args[0], "__iter__")) {
        Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                         {"`" + Describe(args[0]) + "` is not iterable (its class has no "
                          "__iter__ method)"}));
        return anns_.impossible();
      }
      AnnId r = CallSpecial(b, op, 0, "__iter__", {a[0]});
      if (failed_ || r == anns_.impossible()) return r;
      // An instance (self, another iterator object, a generator) or the
      // iterator of a built-in container (`return iter(self.items)`).
      if (anns_.get(r).kind != AnnKind::Instance && anns_.get(r).kind != AnnKind::Iterator) {
        Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                         {"__iter__ returning `" + Describe(r) +
                          "` is not supported (it must return an instance: self, another "
                          "iterator object, or a generator; or iter() of a list, str, dict "
                          "or set)"}));
        return anns_.impossible();
      }
      return r;
    }
    case OpKind::next_valid:
      if (!MakeIteratorMethods(args[0], op.loc)) return anns_.impossible();
      CallSpecial(b, op, 0, "_rpyc_resume", {a[0]});
      return failed_ ? anns_.impossible() : anns_.boolean();
    case OpKind::next_item:
      if (!MakeIteratorMethods(args[0], op.loc)) return anns_.impossible();
      return CallSpecial(b, op, 0, "_rpyc_item", {a[0]});
    default:
      return AnnId();
  }
}

AnnId Annotator::AnnotateIterBuiltin(flow::BlockId b, const flow::Operation& op, BuiltinId id,
                                     const std::vector<AnnId>& args, CallTarget* target) {
  const flow::CallShape shape = store_.call_shape(op.shape);  // a copy: special calls intern shapes
  auto inst = [&](size_t i) { return i < args.size() && anns_.get(args[i]).kind == AnnKind::Instance; };
  auto bad = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return anns_.impossible();
  };
  // iter()/next() on the built-in iterators (list, str, dict, set): the
  // for-loop operations, by the family rules.
  auto fake_op = [&](OpKind kind) { return flow::IteratorOpOf(op, kind); };
  auto family = [&](const flow::Operation& f) {
    AnnId r = AnnotateStrOp(*this, f, {args[0]});
    if (!r.valid() && !failed_) r = AnnotateDictOp(*this, f, {args[0]});
    if (!r.valid() && !failed_) r = AnnotateContainerOp(b, f, {args[0]});
    return r;
  };
  if ((id == BuiltinId::iter_ || id == BuiltinId::next_) && !args.empty() && !inst(0) &&
      shape.keywords.empty()) {
    if (id == BuiltinId::iter_ && args.size() == 1) return family(fake_op(OpKind::iter));
    if (id == BuiltinId::next_ && anns_.get(args[0]).kind == AnnKind::Iterator) {
      if (args.size() == 1) return family(fake_op(OpKind::next_item));
      if (args.size() != 2) return bad("next() takes an iterator and an optional default");
      // An iterator over a container that never holds items: the default.
      AnnId item = family(fake_op(OpKind::next_item));
      if (failed_) return anns_.impossible();
      if (item == anns_.impossible()) return args[1];
      // next(it, default): a support helper catching StopIteration.
    }
  }
  switch (id) {
    case BuiltinId::next_: {
      if (!inst(0) && anns_.get(args.empty() ? anns_.none() : args[0]).kind == AnnKind::Iterator)
        break;
      if (!inst(0)) return AnnId();
      if (!shape.keywords.empty() || args.size() > 2)
        return bad("next() takes an iterator and an optional default");
      if (args.size() == 1) {
        if (!HasSpecial(args[0], "__next__") && !MakeIteratorMethods(args[0], op.loc))
          return anns_.impossible();
        if (!HasSpecial(args[0], "__next__"))
          return bad("`" + Describe(args[0]) + "` is not an iterator (no __next__ method)");
        return CallSpecial(b, op, 1, "__next__", {op.args[1]});
      }
      // next(it, default): the default when exhausted.
      if (!MakeIteratorMethods(args[0], op.loc)) return anns_.impossible();
      CallSpecial(b, op, 1, "_rpyc_resume", {op.args[1]});
      if (failed_) return anns_.impossible();
      AnnId item = CallSpecial(b, op, 2, "_rpyc_item", {op.args[1]});
      if (failed_) return anns_.impossible();
      AnnId u = anns_.Union(item, args[1]);
      if (anns_.get(u).kind == AnnKind::Object)
        return bad("next() with a default of type `" + Describe(args[1]) +
                   "` for items of type `" + Describe(item) + "` (one value would have two types)");
      return u;
    }
    case BuiltinId::iter_:
      if (!inst(0)) return AnnId();
      if (args.size() != 1 || !shape.keywords.empty()) return bad("iter() takes one argument");
      if (!HasSpecial(args[0], "__iter__"))
        return bad("`" + Describe(args[0]) + "` is not iterable (its class has no __iter__ method)");
      return CallSpecial(b, op, 1, "__iter__", {op.args[1]});
    default:
      break;
  }
  // Consumers of iterables: a support helper specialized per argument.
  bool any_iterable = false;
  for (size_t i = 0; i < args.size(); ++i) any_iterable = any_iterable || inst(i);
  if (id == BuiltinId::next_) any_iterable = true;  // next(builtin iterator, default)
  // list('abc'), sorted('cab'): the helpers iterate strings too.
  if ((id == BuiltinId::list || id == BuiltinId::sorted) && args.size() == 1 &&
      anns_.get(args[0]).kind == AnnKind::Str && !anns_.get(args[0]).can_be_none)
    any_iterable = true;
  // range() as a value (not directly in a for loop): a generator.
  if (id == BuiltinId::range && shape.keywords.empty() && !args.empty() && args.size() <= 3)
    any_iterable = true;
  if (!any_iterable) return AnnId();
  std::string helper = host_.QualifiedName(store_.cst(op.args[0].cst()).value);
  if (id == BuiltinId::next_) helper = "next_default";
  if (id == BuiltinId::range && args.size() == 1) helper = "range1";
  // dict(m) of an instance with keys() copies it as a mapping, as CPython
  // does (collections' defaultdict and Counter are such classes).
  if (id == BuiltinId::dict && args.size() == 1 && inst(0) && HasSpecial(args[0], "keys"))
    helper = "dict_mapping";
  // zip() with an iterable instance: rpyc_zip1 .. rpyc_zip3.
  if (id == BuiltinId::zip) helper = "zip" + std::to_string(args.size());
  if (id == BuiltinId::sum && inst(0) && args.size() <= 2) {
    // sum's start: 0, or 0.0 for float items.
    AnnId item;
    if (HasSpecial(args[0], "__iter__") && !HasSpecial(args[0], "_rpyc_resume") &&
        !HasSpecial(args[0], "__next__")) {
      // An iterable that is not its own iterator (a range object): the
      // items are what rpyc_first_item returns (a call annotated only to
      // learn their type; it is never made).
      flow::GraphId g;
      std::vector<int> map;
      item = CallMethodGraph(b, op, SpecializedHelper("first_item", "," + std::to_string(args[0].index)),
                             AnnId(), &g, &map);
    } else {
      if (!MakeIteratorMethods(args[0], op.loc)) return anns_.impossible();
      // Annotating the resume method is what types the items.
      CallSpecial(b, op, 4, "_rpyc_resume", {op.args[1]});
      if (failed_) return anns_.impossible();
      item = CallSpecial(b, op, 3, "_rpyc_item", {op.args[1]});
    }
    if (failed_ || item == anns_.impossible()) return anns_.impossible();
    bool float_start = args.size() == 2 && anns_.get(args[1]).kind == AnnKind::Float;
    helper = anns_.get(item).kind == AnnKind::Float || float_start ? "sum_float" : "sum_int";
  }
  if (helper == "tuple") {
    int64_t n;
    loader::HostId c = StaticTuple(*this, op, &n);  // tuple(range(constants))
    if (c.valid()) return ConstantAnnotation(c);
    return bad(TupleOfUnknownLength(*this, args[0]));
  }
  // One copy of the helper per argument annotation (and helper).
  std::string key;
  for (AnnId x : args) key += "," + std::to_string(x.index);
  for (const std::string& k : shape.keywords) key += "," + k;
  loader::HostId fn = SpecializedHelper(helper, key);
  if (!fn.valid()) return AnnId();  // the generic rules refuse it
  target->kind = CallTarget::Kind::Graph;
  return CallMethodGraph(b, op, fn, AnnId(), &target->graph, &target->arg_map);
}

loader::HostId Annotator::SpecializedHelper(const std::string& name, const std::string& key) {
  auto it = specialized_.find(name + key);
  if (it != specialized_.end()) return it->second;
  loader::HostId fn = host_.SupportFunction("rpyc_support.iterables", "rpyc_" + name);
  if (!fn.valid()) return fn;
  return specialized_.emplace(name + key, host_.CopyFunction(fn)).first->second;
}

AnnId Annotator::AnnotateIterMethod(flow::BlockId b, const flow::Operation& op, AnnId method,
                                    CallTarget* target) {
  const Annotation& m = anns_.get(method);
  const flow::CallShape shape = store_.call_shape(op.shape);
  AnnKind recv = anns_.get(m.items[0]).kind;
  size_t n = shape.positional;
  std::string helper;
  // sep.join(iterable instance).
  if (m.name == "join" && recv == AnnKind::Str && n == 1 &&
      anns_.get(annotation(op.args[1])).kind == AnnKind::Instance)
    helper = "join";
  // list.index(x, start[, stop]).
  if (m.name == "index" && recv == AnnKind::List && (n == 2 || n == 3)) helper = "list_index";
  if (helper.empty() || !shape.keywords.empty()) return AnnId();
  // The receiver is the helper's first parameter (arg_map -3: the bound
  // method's value); one copy of the helper per receiver and arguments.
  std::string key = "," + std::to_string(m.items[0].index);
  for (size_t i = 1; i <= n; ++i) key += "," + std::to_string(annotation(op.args[i]).index);
  loader::HostId fn = SpecializedHelper(helper, key);
  if (!fn.valid()) return AnnId();
  target->kind = CallTarget::Kind::Graph;
  return CallMethodGraph(b, op, fn, m.items[0], &target->graph, &target->arg_map);
}

}  // namespace rpyc::annotator
