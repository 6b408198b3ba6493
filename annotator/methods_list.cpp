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

// list.remove/index/count compare with ==: instances whose class defines
// __eq__ are compared by calling it.
bool EqByIdentity(MethodCall& c) {
  if (!c.ann.NeedsEqMethod(ItemOf(c))) return true;
  return c.ann.CallItemEq(c.op, ItemOf(c), c.op.args[1]);
}

AnnId Remove(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0]) || !EqByIdentity(c)) return c.anns().impossible();
  return c.anns().none();
}

AnnId Index(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0]) || !EqByIdentity(c)) return c.anns().impossible();
  return c.anns().integer(true);
}

AnnId Count(MethodCall& c) {
  if (!c.Arity(1, 1) || !AddItem(c, c.args[0]) || !EqByIdentity(c)) return c.anns().impossible();
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
  if (k != AnnKind::Int && k != AnnKind::Float && k != AnnKind::Str && k != AnnKind::Bool &&
      k != AnnKind::Impossible)
    return c.Bad("sorting a `" + c.ann.Describe(c.self) + "` is not supported yet");
  return c.anns().none();
}

}  // namespace

void AddListMethods(MethodTable& t) {
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
