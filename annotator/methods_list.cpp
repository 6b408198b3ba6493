// Annotation rules for list methods.
#include "annotator/methods.h"

namespace rpyc::annotator {
namespace {

AnnId ItemOf(MethodCall& c) { return c.anns().listdef(c.anns().get(c.self).listdef).item; }

// Widens the list's items with `item`, reporting a merge failure.
bool AddItem(MethodCall& c, AnnId item) {
  ListDefId def = c.anns().get(c.self).listdef;
  if (c.anns().GeneralizeItem(def, item)) return true;
  c.Bad("cannot put a `" + c.ann.Describe(item) + "` into a `" + c.ann.Describe(c.self) + "`");
  return false;
}

AnnId Append(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0])) return c.anns().impossible();
  return c.anns().none();
}

AnnId Insert(MethodCall& c) {
  if (!c.Arity(2, 2)) return c.anns().impossible();
  if (c.kind(0) != AnnKind::Int && c.kind(0) != AnnKind::Bool) return c.Bad("list.insert() index must be an int");
  if (!AddItem(c, c.args[1])) return c.anns().impossible();
  return c.anns().none();
}

AnnId Extend(MethodCall& c) {
  if (!c.Arity(1, 1)) return c.anns().impossible();
  if (c.kind(0) != AnnKind::List) return c.Bad("list.extend() of a non-list is not supported yet");
  AnnId other = c.anns().listdef(c.anns().get(c.args[0]).listdef).item;
  if (!AddItem(c, other)) return c.anns().impossible();
  return c.anns().none();
}

AnnId Pop(MethodCall& c) {
  if (!c.Arity(0, 1)) return c.anns().impossible();
  return ItemOf(c);
}

// list.remove/index/count compare with ==: refuse instances with __eq__
// (they are compared by identity).
bool ItemsComparable(MethodCall& c) {
  // Instances with __eq__, tuples and containers compare with the value
  // family's == (annotate_values.cpp), which annotates __eq__.
  return ValuesComparable(c.ann, c.op, ItemOf(c));
}

AnnId Remove(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0]) || !ItemsComparable(c)) return c.anns().impossible();
  return c.anns().none();
}

AnnId Index(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0]) || !ItemsComparable(c)) return c.anns().impossible();
  // ValueError shows repr(x): an instance's __repr__.
  const Annotation& x = c.anns().get(c.args[0]);
  if (x.kind == AnnKind::Instance && c.ann.ClassHasMethod(x.classdef, "__repr__") &&
      !c.ann.AnnotateImplicitCall(c.op, x.classdef, "__repr__", 0))
    return c.anns().impossible();
  return c.anns().integer(true);
}

AnnId Count(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0]) || !ItemsComparable(c)) return c.anns().impossible();
  return c.anns().integer(true);
}

AnnId NoArgsNone(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return c.anns().none();
}

AnnId Copy(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return c.anns().list(c.anns().get(c.self).listdef);  // raw copy: same ListDef
}

AnnId Sort(MethodCall& c) {
  if (!c.Arity(0, 0, /*allow_keywords=*/true)) return c.anns().impossible();
  for (size_t k = 0; k < c.keywords.size(); ++k) {
    if (c.keywords[k] == "reverse") continue;
    return c.Bad("list.sort() keyword `" + c.keywords[k] + "` is not supported yet");
  }
  AnnKind k = c.anns().get(ItemOf(c)).kind;
  if (k == AnnKind::Tuple || k == AnnKind::List || k == AnnKind::Instance) {
    // Compared with the value family's `<` (annotate_values.cpp).
    if (!ValuesOrderable(c.ann, c.op, ItemOf(c))) return c.anns().impossible();
    return c.anns().none();
  }
  if (k != AnnKind::Int && k != AnnKind::Float && k != AnnKind::Str && k != AnnKind::Bool &&
      k != AnnKind::Impossible)
    return c.Bad("sorting a `" + c.ann.Describe(c.self) + "` is not supported yet");
  return c.anns().none();
}

// tuple.count(x) / tuple.index(x): compared item by item with the value
// family's == (unrolled by the rtyper).
AnnId TupleSearch(MethodCall& c) {
  const std::string& name = c.anns().get(c.ann.annotation(c.op.args[0])).name;
  if (name == "index" && c.keywords.empty() && (c.args.size() == 2 || c.args.size() == 3))
    return c.Bad("tuple.index() with start and stop is not supported yet");
  if (!c.Arity(1, 1)) return c.anns().impossible();
  for (AnnId item : c.anns().get(c.self).items)
    if (!ValuesComparable(c.ann, c.op, item)) return c.anns().impossible();
  if (!ValuesComparable(c.ann, c.op, c.args[0])) return c.anns().impossible();
  return c.anns().integer(true);
}

}  // namespace

void AddListMethods(MethodTable& t) {
  t.Add(AnnKind::Tuple, "count", TupleSearch);
  t.Add(AnnKind::Tuple, "index", TupleSearch);
  t.Add(AnnKind::List, "append", Append);
  t.Add(AnnKind::List, "insert", Insert);
  t.Add(AnnKind::List, "extend", Extend);
  t.Add(AnnKind::List, "pop", Pop);
  t.Add(AnnKind::List, "remove", Remove);
  t.Add(AnnKind::List, "index", Index);
  t.Add(AnnKind::List, "count", Count);
  t.Add(AnnKind::List, "reverse", NoArgsNone);
  t.Add(AnnKind::List, "clear", NoArgsNone);
  t.Add(AnnKind::List, "copy", Copy);
  t.Add(AnnKind::List, "sort", Sort);
}

}  // namespace rpyc::annotator
