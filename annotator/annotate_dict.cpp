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

namespace rpyc::annotator {

using flow::OpKind;

namespace {

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

AnnId SetMadeBy(Annotator& ann, const flow::Operation& op, AnnId key) {
  AnnStore& a = ann.anns();
  AnnId l = ann.ListMadeBy(op, a.tuple({key, a.none()}));
  if (!l.valid() || a.get(l).kind != AnnKind::List) return a.impossible();
  return a.set(a.get(l).listdef);
}

// Checks a key annotation can be a dict/set key; reports otherwise.
bool CheckKey(Annotator& ann, const flow::Operation& op, AnnId key) {
  const Annotation k = ann.anns().get(key);
  // Instances whose class defines __eq__ are hashed and compared by
  // calling __hash__ and __eq__ (annotate_keys.cpp); others by identity.
  if (k.kind == AnnKind::Instance && ann.NeedsEqMethod(key)) return ann.AnnotateCustomKey(op, key);
  if (IsKeyKind(k.kind) && !k.can_be_none) return true;
  ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"a `" + ann.Describe(key) +
                        "` cannot be a dict key or set item yet (keys must be int, bool, float, "
                        "str or instances, and not None)"}));
  return false;
}

// Widens the DictDef of `container` with key (and value for dicts).
bool AddEntry(Annotator& ann, const flow::Operation& op, AnnId container, AnnId key,
              AnnId value) {
  AnnStore& a = ann.anns();
  const Annotation& c = a.get(container);
  if (!CheckKey(ann, op, key)) return false;
  AnnId item = a.tuple({key, c.kind == AnnKind::Set ? a.none() : value});
  if (a.GeneralizeItem(c.listdef, item)) return true;
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
    default:
      return AnnId();
  }
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
    case OpKind::newset: {
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
        if (a.get(a.Union(args[0], args[1])).kind == AnnKind::Object)
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
      // Both operands must share one key type: unify them.
      AnnId u = a.Union(args[0], args[1]);
      if (a.get(u).kind == AnnKind::Object)
        return bad("set operation on `" + ann.Describe(args[0]) + "` and `" +
                   ann.Describe(args[1]) + "`: the items must have one type");
      ann.ReadList(a.get(args[0]).listdef);
      if (inplace) return args[0];
      return SetMadeBy(ann, op, a.DictKey(a.get(args[0]).listdef));
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

// Values print()/str() can show: scalars, None, and lists, tuples, dicts
// and sets of those (nested).
bool Printable(Annotator& ann, AnnId x, int depth = 0) {
  AnnStore& a = ann.anns();
  const Annotation& v = a.get(x);
  if (depth > 8) return false;
  switch (v.kind) {
    case AnnKind::None: case AnnKind::Bool: case AnnKind::Int: case AnnKind::Float:
    case AnnKind::Str: case AnnKind::Impossible:
      return true;
    case AnnKind::List:
      ann.ReadList(v.listdef);
      return !v.can_be_none && Printable(ann, a.listdef(v.listdef).item, depth + 1);
    case AnnKind::Tuple:
      for (AnnId item : v.items)
        if (!Printable(ann, item, depth + 1)) return false;
      return true;
    case AnnKind::Dict:
    case AnnKind::Set:
      ann.ReadList(v.listdef);
      return !v.can_be_none && Printable(ann, a.DictKey(v.listdef), depth + 1) &&
             Printable(ann, a.DictValue(v.listdef), depth + 1);
    default:
      return false;
  }
}

// Needs the dict family's printing (the generic rule shows scalars and
// lists of scalars).
bool Deep(Annotator& ann, AnnId x) {
  AnnStore& a = ann.anns();
  const Annotation& v = a.get(x);
  if (v.kind == AnnKind::Tuple || v.kind == AnnKind::Dict || v.kind == AnnKind::Set) return true;
  if (v.kind != AnnKind::List) return false;
  AnnKind k = a.get(a.listdef(v.listdef).item).kind;
  return k == AnnKind::List || k == AnnKind::Tuple || k == AnnKind::Dict || k == AnnKind::Set ||
         k == AnnKind::None;
}

}  // namespace

AnnId AnnotateDictBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                          const std::vector<AnnId>& args) {
  AnnStore& a = ann.anns();
  const flow::CallShape& shape = ann.store().call_shape(op.shape);
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
  auto has_container = [&]() {
    for (size_t i = 0; i < args.size(); ++i)
      if (Deep(ann, args[i])) return true;
    return false;
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
    case BuiltinId::print: {
      if (!has_container()) return AnnId();
      for (size_t i = 0; i < args.size(); ++i)
        if (!Printable(ann, args[i]))
          return bad("print() of a value of type `" + ann.Describe(args[i]) +
                     "` is not supported yet");
      for (size_t k = 0; k < shape.keywords.size(); ++k) {
        const std::string& name = shape.keywords[k];
        if (name != "sep" && name != "end")
          return bad("print() keyword argument '" + name + "' is not supported yet");
        AnnId x = ann.annotation(op.args[1 + shape.positional + k]);
        if (a.get(x).kind != AnnKind::Str && a.get(x).kind != AnnKind::None)
          return bad(name + " must be None or a string, not " + ann.Describe(x));
      }
      return a.none();
    }
    case BuiltinId::str:
    case BuiltinId::repr:
      if (!has_container()) return AnnId();
      if (args.size() == 1 && no_kw && Printable(ann, args[0])) return a.str();
      return bad("str() of `" + ann.Describe(args[0]) + "` is not supported yet");
    case BuiltinId::set:
    case BuiltinId::frozenset: {
      if (!no_kw) return bad("set() takes no keyword arguments");
      if (args.empty()) return SetMadeBy(ann, op, a.impossible());
      if (args.size() != 1) return bad("set expected at most 1 argument, got " + std::to_string(args.size()));
      AnnId item = IterItem(ann, args[0]);
      if (!item.valid()) return bad("set() of `" + ann.Describe(args[0]) + "` is not supported yet");
      if (!CheckKey(ann, op, item)) return a.impossible();
      return SetMadeBy(ann, op, item);
    }
    case BuiltinId::dict: {
      if (!no_kw) return bad("dict() with keyword arguments is not supported yet");
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
    case BuiltinId::list:
    case BuiltinId::sorted: {
      bool sorted = id == BuiltinId::sorted;
      for (const std::string& k : shape.keywords)
        if (!sorted || k != "reverse")
          return bad(std::string(sorted ? "sorted" : "list") + "() keyword `" + k + "` is not supported yet");
      if (args.size() != 1) {
        if (!sorted && args.empty()) return ann.ListMadeBy(op, a.impossible());
        return bad(std::string(sorted ? "sorted" : "list") + "() takes exactly one argument");
      }
      if (kind(0) != AnnKind::List && !dictlike(0)) return AnnId();
      AnnId item = IterItem(ann, args[0]);
      if (!item.valid()) return AnnId();
      if (sorted && !Sortable(a.get(item).kind))
        return bad("sorted() of `" + ann.Describe(args[0]) + "` is not supported yet (items must be int, float, bool or str)");
      // Copying a list copies its items raw: share its ListDef (and so
      // its representation).
      if (kind(0) == AnnKind::List) return a.list(a.get(args[0]).listdef);
      return ann.ListMadeBy(op, item);
    }
    case BuiltinId::sum:
    case BuiltinId::any:
    case BuiltinId::all: {
      if (args.size() != 1 || !no_kw || kind(0) != AnnKind::List) return AnnId();
      AnnId item = list_item(0);
      AnnKind k = a.get(item).kind;
      if (id == BuiltinId::sum) {
        if (k == AnnKind::Int || k == AnnKind::Float) return k == AnnKind::Int ? a.integer() : item;
        if (k == AnnKind::Bool || k == AnnKind::Impossible) return a.integer(true);
        return bad("sum() of `" + ann.Describe(args[0]) + "` is not supported (items must be int or float)");
      }
      if (k == AnnKind::Int || k == AnnKind::Float || k == AnnKind::Bool || k == AnnKind::Str ||
          k == AnnKind::Impossible)
        return a.boolean();
      return bad(std::string(id == BuiltinId::any ? "any" : "all") + "() of `" +
                 ann.Describe(args[0]) + "` is not supported yet");
    }
    case BuiltinId::min:
    case BuiltinId::max: {
      if (args.size() != 1 || !no_kw) return AnnId();
      if (kind(0) != AnnKind::List && !dictlike(0)) return AnnId();
      AnnId item = IterItem(ann, args[0]);
      AnnKind k = a.get(item).kind;
      if (k == AnnKind::Int || k == AnnKind::Float || k == AnnKind::Str) return item;
      if (k == AnnKind::Impossible) return a.impossible();  // items not known yet
      return bad(std::string(id == BuiltinId::min ? "min" : "max") + "() of `" +
                 ann.Describe(args[0]) + "` is not supported yet (items must be int, float or str)");
    }
    case BuiltinId::enumerate:
      if (args.size() == 1 && no_kw && kind(0) == AnnKind::List)
        return MakeIterator(ann, a.tuple({a.integer(true), list_item(0)}), "enumerate", {args[0]});
      return bad("enumerate() is only supported over one list");
    case BuiltinId::zip:
      if (args.size() == 2 && no_kw && kind(0) == AnnKind::List && kind(1) == AnnKind::List)
        return MakeIterator(ann, a.tuple({list_item(0), list_item(1)}), "zip", {args[0], args[1]});
      return bad("zip() is only supported over two lists");
    case BuiltinId::reversed:
      if (args.size() == 1 && no_kw && kind(0) == AnnKind::List)
        return MakeIterator(ann, list_item(0), "reversed", {args[0]});
      return bad("reversed() is only supported over a list");
    default:
      return AnnId();
  }
}

}  // namespace rpyc::annotator
