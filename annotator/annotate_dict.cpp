// Annotation rules for dict and set operations and built-ins (the dict
// family hook; see annotator.h), and for the built-ins over iterables
// (list(), sorted(), sum(), min()/max() of one list, any(), all(),
// enumerate(), zip(), reversed()).
//
// A dict's DictDef (a ListDef) has item tuple[key, value]; a set's
// tuple[key, None]. Iterators over dicts and sets are Iterator
// annotations named dict_keys / dict_values / dict_items / set with the
// container's annotation as items[1]; enumerate / zip / reversed over
// lists are named so too, with the list(s) as items[1..].
#include "annotator/annotator.h"
#include "annotator/dict_family.h"
#include "annotator/methods.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

// `x` (a set or frozenset) as a set: unifying the DictDefs of a set and a
// frozenset operand must not merge their kinds.
AnnId PlainSet(AnnStore& a, AnnId x) {
  const Annotation& s = a.get(x);
  return a.set(s.listdef, s.can_be_none);
}

bool IsKeyKind(AnnKind k) {
  return k == AnnKind::Int || k == AnnKind::Bool || k == AnnKind::Float || k == AnnKind::Str ||
         k == AnnKind::Instance || k == AnnKind::Impossible;
}

}  // namespace

AnnId DictMadeBy(Annotator& ann, const flow::Operation& op, AnnId key, AnnId value) {
  AnnStore& a = ann.anns();
  AnnId l = ann.ListMadeBy(op, a.tuple({key, value}));
  if (!l.valid() || a.get(l).kind != AnnKind::List) return a.impossible();
  return a.dict(a.get(l).listdef);
}

AnnId SetMadeBy(Annotator& ann, const flow::Operation& op, AnnId key, bool frozen) {
  AnnStore& a = ann.anns();
  AnnId l = ann.ListMadeBy(op, a.tuple({key, a.none()}));
  if (!l.valid() || a.get(l).kind != AnnKind::List) return a.impossible();
  return a.set(a.get(l).listdef, false, frozen);
}

// Checks a key annotation can be a dict/set key; reports otherwise.
bool CheckKey(Annotator& ann, const flow::Operation& op, AnnId key) {
  const Annotation k = ann.anns().get(key);
  // Instances whose class defines __eq__ are hashed and compared by
  // calling __hash__ and __eq__ (annotate_keys.cpp); others by identity.
  if (k.kind == AnnKind::Instance && ann.NeedsEqMethod(key)) return ann.AnnotateCustomKey(op, key);
  if (IsKeyKind(k.kind) && !k.can_be_none) return true;
  // A frozenset hashes its items' hashes independently of their order
  // (rtlib's rpy_frozenset_hash); its items were checked when it was made.
  if (ann.anns().IsFrozenSet(key) && !k.can_be_none) return true;
  // Classes as values hash and compare by identity, as in CPython (by
  // their vtables: each needs a ClassDef).
  if (ann.IsClassFamily(key) && !k.can_be_none) {
    for (loader::HostId c : k.descs) ann.GetClassDef(c);
    return true;
  }
  if (k.kind == AnnKind::Tuple) {
    // Tuples hash and compare item by item (rtype_values.cpp), knowing
    // only the items' low-level types: instances inside by identity.
    bool ok = true;
    for (AnnId item : k.items) {
      const Annotation& x = ann.anns().get(item);
      if (x.kind == AnnKind::Instance && ann.NeedsEqMethod(item)) {
        ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                             {"tuples holding instances of `" + ann.classdef(x.classdef).name +
                              "` (which defines `__eq__`) cannot be dict keys or set items yet"}));
        return false;
      }
      ok = ok && (x.kind == AnnKind::None || CheckKey(ann, op, item));
    }
    return ok;
  }
  ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {k.kind == AnnKind::Set && !k.can_be_none
                            ? "unhashable type: 'set' (a set cannot be a dict key or set item; "
                              "use a frozenset)"
                            : "a `" + ann.Describe(key) +
                                  "` cannot be a dict key or set item yet (keys must be int, "
                                  "bool, float, str, frozensets, instances, classes or tuples of "
                                  "those, and not None)"}));
  return false;
}

// Widens the DictDef of `container` with key (and value for dicts).
bool AddEntry(Annotator& ann, const flow::Operation& op, AnnId container, AnnId key,
              AnnId value) {
  AnnStore& a = ann.anns();
  const Annotation c = a.get(container);  // a copy: interning below grows the store
  if (!CheckKey(ann, op, key)) return false;
  AnnId item = a.tuple({key, c.kind == AnnKind::Set ? a.none() : value});
  // Keys of several classes generalize to their common base: that class's
  // __hash__/__eq__ hash and compare them.
  if (a.GeneralizeItem(c.listdef, item)) return CheckKey(ann, op, a.DictKey(c.listdef));
  ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"cannot put a `" + ann.Describe(key) +
                        (c.kind == AnnKind::Set ? "" : ": " + ann.Describe(value)) +
                        "` entry into a `" + ann.Describe(container) + "`"}));
  return false;
}

// The item annotation of iterating over `it` (a list, dict, set or
// iterator); invalid when not iterable this way.
AnnId IterItem(Annotator& ann, AnnId it) {
  AnnStore& a = ann.anns();
  const Annotation& x = a.get(it);
  switch (x.kind) {
    case AnnKind::List:
      ann.ReadList(x.listdef);
      return a.listdef(x.listdef).item;
    case AnnKind::Dict:
    case AnnKind::Set:
      ann.ReadList(x.listdef);
      return a.DictKey(x.listdef);
    case AnnKind::Iterator:
      return x.items[0];
    case AnnKind::Str:  // its characters
      return x.can_be_none ? AnnId() : a.str();
    default:
      return AnnId();
  }
}

AnnId SequenceList(Annotator& ann, const flow::Operation& op, AnnId seq, uint32_t slot) {
  AnnStore& a = ann.anns();
  const Annotation& x = a.get(seq);
  if (x.kind == AnnKind::List && !x.can_be_none) {
    ann.ReadList(x.listdef);
    return seq;
  }
  AnnId item;
  if (x.kind == AnnKind::Str && !x.can_be_none) item = a.str();
  else if (x.kind == AnnKind::Dict || x.kind == AnnKind::Set ||
           (x.kind == AnnKind::Iterator && x.name != "list"))
    item = IterItem(ann, seq);
  else if (x.kind == AnnKind::Tuple && !x.can_be_none)
    item = ann.TupleLoopItem(seq);  // items of one type (RTyper::TupleAsList)
  if (!item.valid()) return AnnId();
  return ann.ListMadeBy(op, item, slot + 1);
}

std::string TupleOfUnknownLength(Annotator& ann, AnnId x) {
  return "tuple() of `" + ann.Describe(x) +
         "` is not supported: a tuple's length is part of its type, so it must be known at "
         "translation time (a constant, range() of constants or a list display); use list() "
         "for a sequence of any length";
}

loader::HostId StaticTuple(Annotator& ann, const flow::Operation& op, int64_t* display_len) {
  loader::Host& host = ann.host();
  flow::FlowStore& store = ann.store();
  flow::Value x = op.args[1];
  *display_len = -1;
  auto host_tuple = [&](loader::HostId v) {
    loader::HostResult r = host.Call(host.Builtin("tuple"), {v});
    return r.ok() ? r.value : loader::HostId();
  };
  if (x.is_const()) return host_tuple(store.cst(x.cst()).value);
  const flow::Operation* def = DefiningOp(store, x);
  if (!def) return {};
  if (def->kind == flow::OpKind::call && def->args[0].is_const() &&
      host.Identical(store.cst(def->args[0].cst()).value, host.Builtin("range")) &&
      store.call_shape(def->shape).keywords.empty()) {
    std::vector<loader::HostId> args;
    for (size_t i = 1; i < def->args.size(); ++i) {
      if (!def->args[i].is_const()) return {};
      args.push_back(store.cst(def->args[i].cst()).value);
    }
    loader::HostResult r = host.Call(host.Builtin("range"), args);
    return r.ok() ? host_tuple(r.value) : loader::HostId();
  }
  if (def->kind != flow::OpKind::newlist) return {};
  // The display must reach nothing but this call (else it could grow).
  flow::VarId v = x.var();
  for (flow::BlockId b : store.graph(store.var(v).graph).blocks) {
    const flow::Block& block = store.block(b);
    for (const flow::Operation& o : block.operations)
      for (flow::Value a : o.args)
        if (a.is_var() && a.var() == v && &o != &op) return {};
    for (flow::LinkId l : block.exits)
      for (flow::Value a : store.link(l).args)
        if (a.is_var() && a.var() == v) return {};
  }
  *display_len = static_cast<int64_t>(def->args.size());
  return {};
}

static bool kind_is_tuple(const std::vector<AnnId>& args, AnnStore& a) {
  return args.size() == 1 && a.get(args[0]).kind == AnnKind::Tuple;
}

AnnId MakeIterator(Annotator& ann, AnnId item, const std::string& name,
                   std::vector<AnnId> extra) {
  Annotation it;
  it.kind = AnnKind::Iterator;
  it.items = {item};
  it.items.insert(it.items.end(), extra.begin(), extra.end());
  it.name = name;
  return ann.anns().Intern(it);
}

AnnId AnnotateDictOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  auto kind = [&](size_t i) { return a.get(args[i]).kind; };
  auto is_dict = [&](size_t i) { return args.size() > i && kind(i) == AnnKind::Dict; };
  auto is_set = [&](size_t i) { return args.size() > i && kind(i) == AnnKind::Set; };
  auto bad = [&](const std::string& msg) {
    ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return a.impossible();
  };
  switch (op.kind) {
    case OpKind::newdict: {
      AnnId key = a.impossible(), value = a.impossible();
      for (size_t i = 0; i + 1 < args.size(); i += 2) {
        key = a.Union(key, args[i]);
        value = a.Union(value, args[i + 1]);
        if (a.get(key).kind == AnnKind::Object)
          return bad("dict keys must have one type; this dict mixes `" + ann.Describe(args[0]) +
                     "` and `" + ann.Describe(args[i]) + "`");
        if (a.get(value).kind == AnnKind::Object)
          return bad("dict values must have one type; this dict mixes `" +
                     ann.Describe(args[1]) + "` and `" + ann.Describe(args[i + 1]) + "`");
      }
      if (!CheckKey(ann, op, key)) return a.impossible();
      return DictMadeBy(ann, op, key, value);
    }
    case OpKind::newset:
    case OpKind::newset_const:
    case OpKind::newset_folded: {
      AnnId key = a.impossible();
      for (AnnId x : args) {
        key = a.Union(key, x);
        if (a.get(key).kind == AnnKind::Object)
          return bad("set items must have one type; this set mixes `" + ann.Describe(args[0]) +
                     "` and `" + ann.Describe(x) + "`");
      }
      if (!CheckKey(ann, op, key)) return a.impossible();
      return SetMadeBy(ann, op, key);
    }
    case OpKind::list_append: {
      if (kind(0) != AnnKind::List) return AnnId();
      if (!a.GeneralizeItem(a.get(args[0]).listdef, args[1]))
        return bad("list items must have one type; cannot append a `" + ann.Describe(args[1]) +
                   "` to a `" + ann.Describe(args[0]) + "`");
      return a.none();
    }
    case OpKind::set_add:
      if (!is_set(0)) return AnnId();
      if (!AddEntry(ann, op, args[0], args[1], a.none())) return a.impossible();
      return a.none();
    case OpKind::getitem:
      if (!is_dict(0)) return AnnId();
      ann.ReadList(a.get(args[0]).listdef);
      if (!AddEntry(ann, op, args[0], args[1], a.impossible())) return a.impossible();
      return a.DictValue(a.get(args[0]).listdef);
    case OpKind::setitem:
      if (!is_dict(0)) return AnnId();
      if (!AddEntry(ann, op, args[0], args[1], args[2])) return a.impossible();
      return a.none();
    case OpKind::delitem:
      if (!is_dict(0)) return AnnId();
      if (!AddEntry(ann, op, args[0], args[1], a.impossible())) return a.impossible();
      return a.none();
    case OpKind::contains:
      if (kind(0) == AnnKind::Iterator && a.get(args[0]).name.find("_view") != std::string::npos) {
        // `x in view`: keys as in the dict; values and items searched with
        // the value family's == (rtype_dict.cpp).
        const Annotation& view = a.get(args[0]);
        if (view.name == "keys_view") {
          if (!AddEntry(ann, op, view.items[1], args[1], a.impossible())) return a.impossible();
          return a.boolean();
        }
        ann.ReadList(a.get(view.items[1]).listdef);
        if (!ValuesComparable(ann, op, view.items[0]) || !ValuesComparable(ann, op, args[1]))
          return a.impossible();
        return a.boolean();
      }
      if (!is_dict(0) && !is_set(0)) return AnnId();
      ann.ReadList(a.get(args[0]).listdef);
      if (!AddEntry(ann, op, args[0], args[1], a.impossible())) return a.impossible();
      return a.boolean();
    case OpKind::iter:
      if (kind(0) == AnnKind::Iterator) {
        const std::string& name = a.get(args[0]).name;
        // iter(view) starts a fresh iteration over the dict.
        if (name == "keys_view") return MakeIterator(ann, a.get(args[0]).items[0], "dict_keys", {a.get(args[0]).items[1]});
        if (name == "values_view") return MakeIterator(ann, a.get(args[0]).items[0], "dict_values", {a.get(args[0]).items[1]});
        if (name == "items_view") return MakeIterator(ann, a.get(args[0]).items[0], "dict_items", {a.get(args[0]).items[1]});
        return AnnId();
      }
      if (is_dict(0)) return MakeIterator(ann, IterItem(ann, args[0]), "dict_keys", {args[0]});
      if (is_set(0)) return MakeIterator(ann, IterItem(ann, args[0]), "set", {args[0]});
      return AnnId();
    case OpKind::bool_:
    case OpKind::not_:
      if (is_dict(0) || is_set(0)) return a.boolean();
      return AnnId();
    case OpKind::eq:
    case OpKind::ne:
      if (is_set(0) && is_set(1)) return a.boolean();
      return AnnId();
    case OpKind::le:
    case OpKind::lt:
    case OpKind::ge:
    case OpKind::gt:
      if (is_set(0) && is_set(1)) {
        if (a.get(a.Union(PlainSet(a, args[0]), PlainSet(a, args[1]))).kind == AnnKind::Object)
          return bad("comparing sets of different item types is not supported");
        return a.boolean();
      }
      return AnnId();
    case OpKind::or_:
    case OpKind::and_:
    case OpKind::sub:
    case OpKind::xor_:
    case OpKind::inplace_or:
    case OpKind::inplace_and:
    case OpKind::inplace_sub:
    case OpKind::inplace_xor: {
      if (!is_set(0) || !is_set(1)) return AnnId();
      bool inplace = op.kind == OpKind::inplace_or || op.kind == OpKind::inplace_and ||
                     op.kind == OpKind::inplace_sub || op.kind == OpKind::inplace_xor;
      // Both operands must share one key type: unify them (a set with a
      // frozenset too: one representation).
      AnnId u = a.Union(PlainSet(a, args[0]), PlainSet(a, args[1]));
      if (a.get(u).kind == AnnKind::Object)
        return bad("set operation on `" + ann.Describe(args[0]) + "` and `" +
                   ann.Describe(args[1]) + "`: the items must have one type");
      ann.ReadList(a.get(args[0]).listdef);
      // A frozenset has no in-place operators: `f |= s` rebinds f to a new
      // frozenset. The result has the left operand's type.
      bool frozen = a.IsFrozenSet(args[0]);
      if (inplace && !frozen) return args[0];
      return SetMadeBy(ann, op, a.DictKey(a.get(args[0]).listdef), frozen);
    }
    default:
      return AnnId();
  }
}


namespace {

bool Sortable(AnnKind k) {
  return k == AnnKind::Int || k == AnnKind::Float || k == AnnKind::Str || k == AnnKind::Bool ||
         k == AnnKind::Impossible;
}

// Items ordered by the value family's `<` (annotate_values.cpp).
bool Orderable(AnnKind k) {
  return k == AnnKind::Tuple || k == AnnKind::List || k == AnnKind::Instance;
}

}  // namespace

AnnId AnnotateDictBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                          const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  const flow::CallShape shape = ann.store().call_shape(op.shape);  // a copy: implicit calls intern shapes
  auto kind = [&](size_t i) { return a.get(args[i]).kind; };
  auto bad = [&](const std::string& msg) {
    ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {msg}));
    return a.impossible();
  };
  auto dictlike = [&](size_t i) {
    if (args.size() <= i) return false;
    AnnKind k = kind(i);
    if (k == AnnKind::Dict || k == AnnKind::Set) return true;
    return k == AnnKind::Iterator && a.get(args[i]).name != "list";
  };
  auto list_item = [&](size_t i) {
    ListDefId d = a.get(args[i]).listdef;
    ann.ReadList(d);
    return a.listdef(d).item;
  };
  bool no_kw = shape.keywords.empty();
  switch (id) {
    case BuiltinId::len:
      if (args.size() == 1 && no_kw && dictlike(0)) return a.integer(true);
      return AnnId();
    case BuiltinId::set:
    case BuiltinId::frozenset: {
      bool frozen = id == BuiltinId::frozenset;
      std::string fn = frozen ? "frozenset" : "set";
      if (!no_kw) return bad(fn + "() takes no keyword arguments");
      if (args.empty()) return SetMadeBy(ann, op, a.impossible(), frozen);
      if (args.size() != 1)
        return bad(fn + " expected at most 1 argument, got " + std::to_string(args.size()));
      AnnId item = IterItem(ann, args[0]);
      if (kind(0) == AnnKind::Tuple && !a.get(args[0]).can_be_none) {
        // A tuple whose items have one type (rtype_dict.cpp adds each).
        item = a.impossible();
        for (AnnId x : a.get(args[0]).items) item = a.Union(item, x);
        if (a.get(item).kind == AnnKind::Object) item = AnnId();
      }
      if (!item.valid()) return bad(fn + "() of `" + ann.Describe(args[0]) + "` is not supported yet");
      if (!CheckKey(ann, op, item)) return a.impossible();
      return SetMadeBy(ann, op, item, frozen);
    }
    case BuiltinId::dict: {
      if (!no_kw && args.empty()) {
        // dict(a=1, b=2): str keys, values of one type.
        AnnId value = a.impossible();
        for (size_t k = 0; k < shape.keywords.size(); ++k)
          value = a.Union(value, ann.annotation(op.args[1 + k]));
        if (a.get(value).kind == AnnKind::Object)
          return bad("dict() with keyword arguments of different types");
        return DictMadeBy(ann, op, a.str(), value);
      }
      if (!no_kw) return bad("dict() with both a positional and keyword arguments is not supported yet");
      if (args.empty()) return DictMadeBy(ann, op, a.impossible(), a.impossible());
      if (args.size() != 1) return bad("dict expected at most 1 argument, got " + std::to_string(args.size()));
      if (kind(0) == AnnKind::Dict) {
        ann.ReadList(a.get(args[0]).listdef);
        return DictMadeBy(ann, op, a.DictKey(a.get(args[0]).listdef), a.DictValue(a.get(args[0]).listdef));
      }
      AnnId item = IterItem(ann, args[0]);
      if (item.valid() && a.get(item).kind == AnnKind::Tuple && a.get(item).items.size() == 2) {
        if (!CheckKey(ann, op, a.get(item).items[0])) return a.impossible();
        return DictMadeBy(ann, op, a.get(item).items[0], a.get(item).items[1]);
      }
      return bad("dict() of `" + ann.Describe(args[0]) + "` is not supported yet");
    }
    case BuiltinId::tuple: {
      if (args.empty() && no_kw) return a.tuple({});
      if (args.size() != 1 || !no_kw) return bad("tuple() takes at most one argument");
      if (kind(0) == AnnKind::Tuple) return args[0];
      int64_t n;
      loader::HostId c = StaticTuple(ann, op, &n);
      if (c.valid()) return ann.ConstantAnnotation(c);
      AnnId item = n >= 0 ? IterItem(ann, args[0]) : AnnId();
      if (!item.valid())
        return bad(TupleOfUnknownLength(ann, args[0]));
      return a.tuple(std::vector<AnnId>(static_cast<size_t>(n), item));
    }
    case BuiltinId::list:
    case BuiltinId::sorted: {
      bool sorted = id == BuiltinId::sorted;
      if (kind_is_tuple(args, a) && !sorted && no_kw) {
        // list(tuple): the items must have one type.
        AnnId item = a.impossible();
        for (AnnId x : a.get(args[0]).items) item = a.Union(item, x);
        if (a.get(item).kind == AnnKind::Object)
          return bad("list() of `" + ann.Describe(args[0]) + "`: the items must have one type");
        return ann.ListMadeBy(op, item);
      }
      for (const std::string& k : shape.keywords)
        if (!sorted || k != "reverse")
          return bad(std::string(sorted ? "sorted" : "list") + "() keyword `" + k + "` is not supported yet");
      if (args.size() != 1) {
        if (!sorted && args.empty()) return ann.ListMadeBy(op, a.impossible());
        return bad(std::string(sorted ? "sorted" : "list") + "() takes exactly one argument");
      }
      if (kind(0) != AnnKind::List && kind(0) != AnnKind::Str && !dictlike(0)) return AnnId();
      AnnId item = IterItem(ann, args[0]);
      if (!item.valid()) return AnnId();
      if (sorted && Orderable(a.get(item).kind)) {
        if (!ValuesOrderable(ann, op, item)) return a.impossible();
      } else if (sorted && !Sortable(a.get(item).kind))
        return bad("sorted() of `" + ann.Describe(args[0]) + "` is not supported yet (items must be int, float, bool or str)");
      // Copying a list copies its items raw: share its ListDef (and so
      // its representation).
      if (kind(0) == AnnKind::List) return a.list(a.get(args[0]).listdef);
      return ann.ListMadeBy(op, item);
    }
    case BuiltinId::sum: {
      if (id == BuiltinId::sum && args.size() == 1 && no_kw && kind(0) == AnnKind::Tuple) {
        // sum() of a tuple of ints (itertools' combinations): the items
        // added one by one.
        for (AnnId item : a.get(args[0]).items)
          if (a.get(item).kind != AnnKind::Int && a.get(item).kind != AnnKind::Bool)
            return bad("sum() of `" + ann.Describe(args[0]) + "` is not supported (items must be int)");
        return a.integer();
      }
      if (args.empty() || (kind(0) != AnnKind::List && !dictlike(0))) return AnnId();
      // sum(seq[, start]) / sum(seq, start=x).
      bool start_kw = shape.keywords.size() == 1 && shape.keywords[0] == "start";
      if (!(args.size() == 1 && (no_kw || start_kw)) && !(args.size() == 2 && no_kw))
        return bad("sum() takes an iterable and an optional start");
      AnnId start = args.size() == 2 ? args[1] : start_kw ? ann.annotation(op.args[2]) : AnnId();
      AnnKind sk = start.valid() ? a.get(start).kind : AnnKind::Int;
      if (sk != AnnKind::Int && sk != AnnKind::Bool && sk != AnnKind::Float)
        return bad("sum() with a start of type `" + ann.Describe(start) +
                   "` is not supported (only numbers are summed)");
      AnnId item = IterItem(ann, args[0]);
      AnnKind k = a.get(item).kind;
      if (k == AnnKind::Impossible) {
        // Items not known yet: wait, or (the list is always empty) the
        // start's type.
        if (!ann.ItemsSettled(op)) return a.impossible();
        k = AnnKind::Bool;
      }
      if (k != AnnKind::Int && k != AnnKind::Bool && k != AnnKind::Float)
        return bad("sum() of `" + ann.Describe(args[0]) + "` is not supported (items must be int or float)");
      if (k == AnnKind::Float || sk == AnnKind::Float) return a.floating();
      bool nonneg = (k == AnnKind::Bool || a.get(item).nonneg) &&
                    (!start.valid() || sk == AnnKind::Bool || a.get(start).nonneg);
      return a.integer(nonneg);
    }
    case BuiltinId::any:
    case BuiltinId::all: {
      bool views = id == BuiltinId::sum && args.size() == 1 && dictlike(0);  // sum(d.values())
      if (args.size() != 1 || !no_kw || (kind(0) != AnnKind::List && !views)) return AnnId();
      AnnId item = views ? IterItem(ann, args[0]) : list_item(0);
      if (!item.valid()) return AnnId();
      AnnKind k = a.get(item).kind;
      if (k == AnnKind::Int || k == AnnKind::Float || k == AnnKind::Bool || k == AnnKind::Str ||
          k == AnnKind::Impossible)
        return a.boolean();
      return bad(std::string(id == BuiltinId::any ? "any" : "all") + "() of `" +
                 ann.Describe(args[0]) + "` is not supported yet");
    }
    case BuiltinId::min:
    case BuiltinId::max: {
      // min/max(seq[, default=x]).
      bool has_default = shape.keywords.size() == 1 && shape.keywords[0] == "default";
      if (args.size() != 1 || (!no_kw && !has_default)) return AnnId();
      if (kind(0) != AnnKind::List && kind(0) != AnnKind::Str && !dictlike(0)) return AnnId();
      AnnId item = IterItem(ann, args[0]);
      AnnKind k = a.get(item).kind;
      auto result = [&](AnnId r) {
        if (!has_default) return r;
        AnnId dflt = ann.annotation(op.args[2]);
        AnnId u = a.Union(r, dflt);
        if (a.get(u).kind == AnnKind::Object)
          return bad(std::string(id == BuiltinId::min ? "min" : "max") + "() with a default of type `" +
                     ann.Describe(dflt) + "` for items of type `" + ann.Describe(r) +
                     "` (one value would have two types)");
        return u;
      };
      if (k == AnnKind::Int || k == AnnKind::Float || k == AnnKind::Str) return result(item);
      if (k == AnnKind::Impossible) return has_default ? result(item) : a.impossible();  // items not known yet
      if (Orderable(k)) return ValuesOrderable(ann, op, item) ? result(item) : a.impossible();
      return bad(std::string(id == BuiltinId::min ? "min" : "max") + "() of `" +
                 ann.Describe(args[0]) + "` is not supported yet (items must be int, float or str)");
    }
    case BuiltinId::enumerate: {
      // enumerate(seq[, start]) / enumerate(seq, start=n); the iterator
      // carries the list it walks (a copy for strings and dicts).
      bool start_kw = shape.keywords.size() == 1 && shape.keywords[0] == "start";
      size_t n = shape.positional;
      if (!(n == 1 && (no_kw || start_kw)) && !(n == 2 && no_kw))
        return bad("enumerate() takes a sequence and an optional start");
      AnnId l = SequenceList(ann, op, args[0], 0);
      if (!l.valid()) return bad("enumerate() of `" + ann.Describe(args[0]) + "` is not supported yet");
      AnnId start = n == 2 ? args[1] : start_kw ? ann.annotation(op.args[2]) : a.integer(true);
      AnnKind sk = a.get(start).kind;
      if (sk != AnnKind::Int && sk != AnnKind::Bool)
        return bad("enumerate() start must be an int, not `" + ann.Describe(start) + "`");
      bool nonneg = sk == AnnKind::Bool || a.get(start).nonneg;
      return MakeIterator(ann, a.tuple({a.integer(nonneg), a.listdef(a.get(l).listdef).item}),
                          "enumerate", {l});
    }
    case BuiltinId::zip: {
      if (args.empty() || !no_kw) return bad("zip() needs at least one sequence (and no keywords)");
      std::vector<AnnId> items, lists;
      for (size_t i = 0; i < args.size(); ++i) {
        AnnId l = SequenceList(ann, op, args[i], static_cast<uint32_t>(i));
        if (!l.valid()) return bad("zip() of `" + ann.Describe(args[i]) + "` is not supported yet");
        lists.push_back(l);
        items.push_back(a.listdef(a.get(l).listdef).item);
      }
      return MakeIterator(ann, a.tuple(items), "zip", lists);
    }
    case BuiltinId::reversed: {
      // Sequences and dicts (with their views) are reversible; sets and
      // other iterators are not (TypeError in CPython).
      bool reversible = args.size() == 1 && no_kw &&
                        (kind(0) == AnnKind::List || kind(0) == AnnKind::Str ||
                         kind(0) == AnnKind::Dict ||
                         (kind(0) == AnnKind::Iterator &&
                          a.get(args[0]).name.find("_view") != std::string::npos));
      AnnId l = reversible ? SequenceList(ann, op, args[0], 0) : AnnId();
      if (!l.valid())
        return bad("reversed() is only supported over a list, a str, a dict or a range");
      return MakeIterator(ann, a.listdef(a.get(l).listdef).item, "reversed", {l});
    }
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
