// Annotation rules for dict and set methods. keys()/values()/items()
// return views: Iterator annotations named keys_view / values_view /
// items_view with the dict as items[1]; iter() of a view starts a fresh
// iteration (annotate_dict.cpp).
#include "annotator/dict_family.h"
#include "annotator/methods.h"

namespace rpyc::annotator {
namespace {

ListDefId Def(MethodCall& c) {
  ListDefId d = c.anns().get(c.self).listdef;
  c.ann.ReadList(d);  // reflowed when the entries widen
  return d;
}
AnnId Key(MethodCall& c) { return c.anns().DictKey(Def(c)); }
AnnId Value(MethodCall& c) { return c.anns().DictValue(Def(c)); }
AnnId Fail(MethodCall& c) { return c.anns().impossible(); }

// ---- dict ----

AnnId Get(MethodCall& c) {
  if (!c.Arity(1, 2)) return Fail(c);
  AnnId dflt = c.args.size() == 2 ? c.args[1] : c.anns().none();
  if (!AddEntry(c.ann, c.op, c.self, c.args[0], c.anns().impossible())) return Fail(c);
  AnnId u = c.anns().Union(Value(c), dflt);
  if (c.anns().get(u).kind == AnnKind::Object && c.args.size() == 1)
    return c.Bad("dict.get(key) returns None for a missing key, and a value of type `" +
                 c.ann.Describe(Value(c)) +
                 "` cannot also be None in rpyc; give a default of that type: "
                 "d.get(key, default)");
  if (c.anns().get(u).kind == AnnKind::Object)
    return c.Bad("dict.get() default of type `" + c.ann.Describe(dflt) +
                 "` does not match the values' type `" + c.ann.Describe(Value(c)) + "`");
  return u;
}

AnnId SetDefault(MethodCall& c) {
  if (!c.Arity(2, 2)) return Fail(c);
  if (!AddEntry(c.ann, c.op, c.self, c.args[0], c.args[1])) return Fail(c);
  return Value(c);
}

AnnId Pop(MethodCall& c) {
  if (!c.Arity(1, 2)) return Fail(c);
  AnnId value = c.args.size() == 2 ? c.args[1] : c.anns().impossible();
  if (!AddEntry(c.ann, c.op, c.self, c.args[0], value)) return Fail(c);
  return Value(c);
}

AnnId PopItem(MethodCall& c) {
  if (!c.Arity(0, 0)) return Fail(c);
  return c.anns().tuple({Key(c), Value(c)});
}

AnnId View(MethodCall& c, AnnId item, const char* name) {
  if (!c.Arity(0, 0)) return Fail(c);
  return MakeIterator(c.ann, item, name, {c.self});
}
AnnId Keys(MethodCall& c) { return View(c, Key(c), "keys_view"); }
AnnId Values(MethodCall& c) { return View(c, Value(c), "values_view"); }
AnnId Items(MethodCall& c) {
  return View(c, c.anns().tuple({Key(c), Value(c)}), "items_view");
}

AnnId Update(MethodCall& c) {
  if (!c.Arity(1, 1)) return Fail(c);
  const Annotation& o = c.anns().get(c.args[0]);
  if (o.kind == AnnKind::Dict) {
    if (!AddEntry(c.ann, c.op, c.self, c.anns().DictKey(o.listdef), c.anns().DictValue(o.listdef)))
      return Fail(c);
    return c.anns().none();
  }
  AnnId item = IterItem(c.ann, c.args[0]);
  if (item.valid() && c.anns().get(item).kind == AnnKind::Tuple &&
      c.anns().get(item).items.size() == 2 && o.kind == AnnKind::List) {
    if (!AddEntry(c.ann, c.op, c.self, c.anns().get(item).items[0], c.anns().get(item).items[1]))
      return Fail(c);
    return c.anns().none();
  }
  return c.Bad("dict.update() of `" + c.ann.Describe(c.args[0]) + "` is not supported yet");
}

AnnId Clear(MethodCall& c) {
  if (!c.Arity(0, 0)) return Fail(c);
  return c.anns().none();
}

AnnId DictCopy(MethodCall& c) {
  if (!c.Arity(0, 0)) return Fail(c);
  return DictMadeBy(c.ann, c.op, Key(c), Value(c));
}

// ---- set ----

AnnId SetOne(MethodCall& c) {  // add, discard, remove
  if (!c.Arity(1, 1)) return Fail(c);
  if (!AddEntry(c.ann, c.op, c.self, c.args[0], c.anns().none())) return Fail(c);
  return c.anns().none();
}

AnnId SetPop(MethodCall& c) {
  if (!c.Arity(0, 0)) return Fail(c);
  return Key(c);
}

AnnId SetCopy(MethodCall& c) {
  if (!c.Arity(0, 0)) return Fail(c);
  return SetMadeBy(c.ann, c.op, Key(c), c.anns().IsFrozenSet(c.self));
}

// Every argument must be an iterable of the set's key type.
bool SetArgs(MethodCall& c) {
  for (AnnId x : c.args) {
    AnnId item = IterItem(c.ann, x);
    if (!item.valid() || (c.anns().get(x).kind != AnnKind::Set && c.anns().get(x).kind != AnnKind::List)) {
      c.Bad("set methods take sets or lists, not `" + c.ann.Describe(x) + "`");
      return false;
    }
    if (!AddEntry(c.ann, c.op, c.self, item, c.anns().none())) return false;
  }
  return true;
}

AnnId SetNew(MethodCall& c) {  // union, intersection, difference
  if (!c.keywords.empty()) return c.Bad("this method takes no keyword arguments");
  if (!SetArgs(c)) return Fail(c);
  return SetMadeBy(c.ann, c.op, Key(c), c.anns().IsFrozenSet(c.self));
}

AnnId SetSymDiff(MethodCall& c) {  // symmetric_difference takes exactly one
  if (!c.Arity(1, 1)) return Fail(c);
  return SetNew(c);
}

AnnId SetInPlace(MethodCall& c) {  // update
  if (!c.keywords.empty()) return c.Bad("this method takes no keyword arguments");
  if (!SetArgs(c)) return Fail(c);
  return c.anns().none();
}

AnnId SetPredicate(MethodCall& c) {  // issubset, issuperset, isdisjoint
  if (!c.Arity(1, 1) || !SetArgs(c)) return Fail(c);
  return c.anns().boolean();
}

}  // namespace

void AddDictMethods(MethodTable& t) {
  t.Add(AnnKind::Dict, "get", Get);
  t.Add(AnnKind::Dict, "setdefault", SetDefault);
  t.Add(AnnKind::Dict, "pop", Pop);
  t.Add(AnnKind::Dict, "popitem", PopItem);
  t.Add(AnnKind::Dict, "keys", Keys);
  t.Add(AnnKind::Dict, "values", Values);
  t.Add(AnnKind::Dict, "items", Items);
  t.Add(AnnKind::Dict, "update", Update);
  t.Add(AnnKind::Dict, "clear", Clear);
  t.Add(AnnKind::Dict, "copy", DictCopy);
  t.Add(AnnKind::Set, "add", SetOne);
  t.Add(AnnKind::Set, "discard", SetOne);
  t.Add(AnnKind::Set, "remove", SetOne);
  t.Add(AnnKind::Set, "pop", SetPop);
  t.Add(AnnKind::Set, "clear", Clear);
  t.Add(AnnKind::Set, "copy", SetCopy);
  t.Add(AnnKind::Set, "update", SetInPlace);
  t.Add(AnnKind::Set, "union", SetNew);
  t.Add(AnnKind::Set, "intersection", SetNew);
  t.Add(AnnKind::Set, "difference", SetNew);
  t.Add(AnnKind::Set, "symmetric_difference", SetSymDiff);
  t.Add(AnnKind::Set, "issubset", SetPredicate);
  t.Add(AnnKind::Set, "issuperset", SetPredicate);
  t.Add(AnnKind::Set, "isdisjoint", SetPredicate);
}

}  // namespace rpyc::annotator
