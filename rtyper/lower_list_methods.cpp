// Lowering of list methods onto rtlib's list functions.
#include "rtyper/lower_methods.h"
#include "rtyper/value_family.h"

namespace rpyc::rtyper {
using annotator::AnnId;
namespace {

LLTypeId ListType(MethodLowering& c) { return c.p().TypeOf(c.self); }
LLValue Item(MethodLowering& c, size_t i) {
  // Arguments arrive in their own representation; an item may have a
  // narrower annotation than the list's items (one class going into a list
  // of several: Void into a vtable pointer), so it is converted.
  LLTypeId item = c.types().get(ListType(c)).fields[0];
  return c.rt.ConvertLL(c.args[i], c.rt.ann().annotation(c.op.args[1 + i]), item);
}

LLValue Append(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  LLValue n = c.rt.Emit(LLOpKind::list_len, {c.self}, c.types().integer());
  LLValue n1 = c.rt.Emit(LLOpKind::int_add, {n, c.p().Int(1)}, c.types().integer());
  c.rt.EmitRt(RtFunc::rpy_list_resize, {c.self, n1, c.rt.ItemSize(lt), c.rt.HasPointers(lt)},
              c.types().void_());
  c.rt.Emit(LLOpKind::list_setitem, {c.self, n, Item(c, 0)}, c.types().void_());
  return c.p().Void();
}

LLValue Insert(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  LLValue pos = c.rt.EmitRt(RtFunc::rpy_list_insert_slot,
                            {c.self, c.rt.ToInt(c.args[0]), c.rt.ItemSize(lt), c.rt.HasPointers(lt)},
                            c.types().integer());
  c.rt.Emit(LLOpKind::list_setitem, {c.self, pos, Item(c, 1)}, c.types().void_());
  return c.p().Void();
}

LLValue Extend(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  c.rt.EmitRt(RtFunc::rpy_list_extend, {c.self, c.args[0], c.rt.ItemSize(lt), c.rt.HasPointers(lt)},
              c.types().void_());
  return c.p().Void();
}

LLValue Pop(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  bool has = !c.args.empty();
  LLValue idx = c.rt.EmitRt(RtFunc::rpy_list_pop_index,
                            {c.self, has ? c.rt.ToInt(c.args[0]) : c.p().Int(0), c.p().Bool(has)},
                            c.types().integer());
  LLValue v = c.rt.Emit(LLOpKind::list_getitem, {c.self, idx}, c.rt.ItemType(lt));
  c.rt.EmitRt(RtFunc::rpy_list_delitem, {c.self, idx, c.rt.ItemSize(lt), c.rt.HasPointers(lt)},
              c.types().void_());
  return v;
}

// The list's annotation: the bound method's receiver.
AnnId ListAnn(MethodLowering& c) {
  annotator::Annotator& ann = c.rt.ann();
  return ann.anns().get(ann.annotation(c.op.args[0])).items[0];
}

// list.index/count/remove's search: by the value family's == for items
// that need it, else rtlib's typed search.
LLValue Search(MethodLowering& c, const std::string& what) {
  if (ListSearchNeedsValues(c.rt, ListAnn(c)))
    return ListSearchValues(c.rt, c.self, c.args[0], ListAnn(c), c.rt.ann().annotation(c.op.args[1]),
                            what);
  return c.rt.EmitListTyped(what, c.self, {Item(c, 0)}, c.types().integer());
}

LLValue Remove(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  LLValue i = Search(c, "find");
  LLValue missing = c.rt.Emit(LLOpKind::int_lt, {i, c.p().Int(0)}, c.types().boolean());
  c.rt.EmitRaiseIf(missing, BuiltinExc::ValueError, "list.remove(x): x not in list");
  c.rt.EmitRt(RtFunc::rpy_list_delitem, {c.self, i, c.rt.ItemSize(lt), c.rt.HasPointers(lt)},
              c.types().void_());
  return c.p().Void();
}

LLValue Index(MethodLowering& c) {
  return Search(c, "index");
}

LLValue Count(MethodLowering& c) { return Search(c, "count"); }

LLValue Reverse(MethodLowering& c) {
  c.rt.EmitRt(RtFunc::rpy_list_reverse, {c.self, c.rt.ItemSize(ListType(c))}, c.types().void_());
  return c.p().Void();
}

LLValue Clear(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  c.rt.EmitRt(RtFunc::rpy_list_resize,
              {c.self, c.p().Int(0), c.rt.ItemSize(lt), c.rt.HasPointers(lt)}, c.types().void_());
  return c.p().Void();
}

LLValue Copy(MethodLowering& c) {
  LLTypeId lt = ListType(c);
  LLValue f = c.p().Bool(false);
  return c.rt.EmitRt(RtFunc::rpy_list_getslice,
                     {c.self, c.p().Int(0), c.p().Int(0), c.p().Int(1), f, f, f,
                      c.rt.ItemSize(lt), c.rt.HasPointers(lt)},
                     c.result);
}

LLValue Sort(MethodLowering& c) {
  LLValue reverse = c.Keyword("reverse");
  reverse = reverse.valid() ? c.rt.Truth(reverse) : c.p().Bool(false);
  SortListValues(c.rt, c.self, ListAnn(c), reverse);
  return c.p().Void();
}

// tuple.count(x) / tuple.index(x): one value-family == per item, unrolled
// (the items may have different types). index keeps the first match.
LLValue TupleSearch(MethodLowering& c, bool count) {
  annotator::AnnStore& anns = c.rt.ann().anns();
  AnnId tuple_ann = ListAnn(c);
  AnnId x_ann = c.rt.ann().annotation(c.op.args[1]);
  Emitter e{c.p(), &c.rt, LLBlockId(), c.op.loc, {}};
  LLTypeId i64 = c.types().integer(), boolean = c.types().boolean();
  const LLType tt = c.types().get(c.p().TypeOf(c.self));
  LLValue r = c.p().Int(count ? 0 : -1);
  for (size_t i = 0; i < tt.fields.size(); ++i) {
    LLValue f = c.types().kind(tt.fields[i]) == LLKind::Void
                    ? c.p().Void()
                    : e.Emit(LLOpKind::getfield, {c.self}, tt.fields[i], static_cast<uint32_t>(i));
    LLValue eq = ValueEq(&c.rt, e, f, c.args[0], anns.get(tuple_ann).items[i], x_ann);
    if (count) {
      LLValue one = e.Emit(LLOpKind::cast_bool_to_int, {eq}, i64);
      r = e.Emit(LLOpKind::int_add, {r, one}, i64);
      continue;
    }
    LLValue unset = e.Emit(LLOpKind::int_lt, {r, c.p().Int(0)}, boolean);
    LLValue take = e.Emit(LLOpKind::int_and, {unset, eq}, boolean);
    r = e.Emit(LLOpKind::select, {take, c.p().Int(static_cast<int64_t>(i)), r}, i64);
  }
  if (!count)
    c.rt.EmitRaiseIf(e.Emit(LLOpKind::int_lt, {r, c.p().Int(0)}, boolean), BuiltinExc::ValueError,
                     "tuple.index(x): x not in tuple");
  return r;
}

LLValue TupleCount(MethodLowering& c) { return TupleSearch(c, true); }
LLValue TupleIndex(MethodLowering& c) { return TupleSearch(c, false); }

}  // namespace

void AddListLowerings(LowerTable& t) {
  using annotator::AnnKind;
  t.Add(AnnKind::Tuple, "count", TupleCount);
  t.Add(AnnKind::Tuple, "index", TupleIndex);
  t.Add(AnnKind::List, "append", Append);
  t.Add(AnnKind::List, "insert", Insert);
  t.Add(AnnKind::List, "extend", Extend);
  t.Add(AnnKind::List, "pop", Pop);
  t.Add(AnnKind::List, "remove", Remove);
  t.Add(AnnKind::List, "index", Index);
  t.Add(AnnKind::List, "count", Count);
  t.Add(AnnKind::List, "reverse", Reverse);
  t.Add(AnnKind::List, "clear", Clear);
  t.Add(AnnKind::List, "copy", Copy);
  t.Add(AnnKind::List, "sort", Sort);
}

}  // namespace rpyc::rtyper
