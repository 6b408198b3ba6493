// Lowering of container operations: list displays, items, slices,
// iteration, unpacking, `in`, concatenation and repetition.
//
// A list iterator is a small GC struct (the list, the next index): the
// loop header's next_valid reads the list's current length each time, so
// appending while iterating behaves as in CPython. A loop over a tuple
// whose items have one type iterates over a list copy of its items.
#include "common/check.h"
#include "annotator/methods.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

using annotator::AnnKind;
using flow::OpKind;

LLValue RTyper::ItemSize(LLTypeId list) {
  return Emit(LLOpKind::list_item_size, {}, types().integer(), list.index);
}

LLValue RTyper::HasPointers(LLTypeId list) {
  return p_.Bool(types().IsGcPointer(ItemType(list)));
}

const char* RTyper::ItemSuffix(LLTypeId list) {
  switch (types().kind(ItemType(list))) {
    case LLKind::Int: case LLKind::UInt: return "i64";
    case LLKind::Bool: return "i8";
    case LLKind::Float: return "f64";
    case LLKind::Str: return "str";
    default: return "ptr";
  }
}

LLValue RTyper::EmitListTyped(const std::string& what, LLValue list, std::vector<LLValue> args,
                              LLTypeId result) {
  std::string name = "rpy_list_" + what + "_" + ItemSuffix(p_.TypeOf(list));
  RtFunc f;
  RPYC_CHECK(FindRtFunc(name, &f), "runtime function missing: " + name);
  args.insert(args.begin(), list);
  return EmitRt(f, std::move(args), result);
}

LLValue RTyper::TupleAsList(flow::Value tuple, LLValue t, LLTypeId list_t) {
  // The annotator allowed the loop only when every item has the item
  // type's representation or converts in place (FitsUnionRepr).
  LLTypeId item_t = ItemType(list_t);
  const std::vector<annotator::AnnId>& items = ann_.anns().get(ann_.annotation(tuple)).items;
  const LLType& tt = types().get(p_.TypeOf(t));
  LLValue l = EmitRt(RtFunc::rpy_list_new,
                     {p_.Int(static_cast<int64_t>(items.size())), ItemSize(list_t),
                      HasPointers(list_t)},
                     list_t);
  for (size_t i = 0; i < items.size(); ++i) {
    const annotator::Annotation& a = ann_.anns().get(items[i]);
    LLValue v;
    if (tt.fields[i] == item_t) {
      v = Emit(LLOpKind::getfield, {t}, tt.fields[i], static_cast<uint32_t>(i));
    } else if (a.kind == AnnKind::PBC && a.descs.size() == 1) {
      v = ConvertTo(ann_.store().NewConst(a.descs[0]), item_t);  // a known function or class
    } else {
      RPYC_CHECK(types().kind(tt.fields[i]) == LLKind::Void,
                 "tuple item of another representation in a loop over a tuple");
      v = p_.Zero(item_t);  // None: the null of a nullable item
    }
    Emit(LLOpKind::list_setitem, {l, p_.Int(static_cast<int64_t>(i)), v}, types().void_());
  }
  return l;
}

LLValue RTyper::LowerContainerOp(const flow::Operation& op) {
  LLTypeId rtype = TypeOf(ann_.binding(op.result));
  LLTypeId i64 = types().integer(), boolean = types().boolean(), void_t = types().void_();
  // Slice bounds: (value, present) pairs for start, stop, step.
  auto bounds = [&](size_t first, std::vector<LLValue>* out) {
    std::vector<LLValue> present;
    for (size_t i = first; i < first + 3; ++i) {
      bool none = types().kind(TypeOfValue(op.args[i])) == LLKind::Void;
      out->push_back(none ? p_.Int(0) : ToInt(Convert(op.args[i])));
      present.push_back(p_.Bool(!none));
    }
    out->insert(out->end(), present.begin(), present.end());
  };
  switch (op.kind) {
    case OpKind::newlist: {
      LLValue l = EmitRt(RtFunc::rpy_list_new,
                         {p_.Int(static_cast<int64_t>(op.args.size())), ItemSize(rtype),
                          HasPointers(rtype)},
                         rtype);
      for (size_t i = 0; i < op.args.size(); ++i)
        Emit(LLOpKind::list_setitem,
             {l, p_.Int(static_cast<int64_t>(i)), ConvertTo(op.args[i], ItemType(rtype))}, void_t);
      return l;
    }
    case OpKind::getitem: {
      LLValue obj = Convert(op.args[0]);
      LLTypeId ot = p_.TypeOf(obj);
      if (types().kind(ot) == LLKind::List) {
        LLValue idx = EmitRt(RtFunc::rpy_list_check_index, {obj, ToInt(Convert(op.args[1]))}, i64);
        return Emit(LLOpKind::list_getitem, {obj, idx}, rtype);
      }
      RPYC_CHECK(types().kind(ot) == LLKind::Tuple, "getitem on an unexpected representation");
      const LLType& tt = types().get(ot);
      int64_t n = static_cast<int64_t>(tt.fields.size());
      if (op.args[1].is_const()) {
        int64_t i = ann_.host().AsInt(ann_.store().cst(op.args[1].cst()).value);
        if (i < 0) i += n;
        return Emit(LLOpKind::getfield, {obj}, tt.fields[static_cast<size_t>(i)],
                    static_cast<uint32_t>(i));
      }
      // A variable index into a uniform tuple: bounds check, then select.
      LLValue i = ToInt(Convert(op.args[1]));
      LLValue neg = Emit(LLOpKind::int_lt, {i, p_.Int(0)}, boolean);
      LLValue fixed = Emit(LLOpKind::int_add, {i, p_.Int(n)}, i64);
      i = Emit(LLOpKind::select, {neg, fixed, i}, i64);
      LLValue low = Emit(LLOpKind::int_lt, {i, p_.Int(0)}, boolean);
      LLValue high = Emit(LLOpKind::int_ge, {i, p_.Int(n)}, boolean);
      EmitRaiseIf(Emit(LLOpKind::int_or, {low, high}, boolean), BuiltinExc::IndexError,
                  "tuple index out of range");
      LLValue v = Emit(LLOpKind::getfield, {obj}, tt.fields[0], 0);
      for (int64_t k = 1; k < n; ++k) {
        LLValue is_k = Emit(LLOpKind::int_eq, {i, p_.Int(k)}, boolean);
        LLValue f = Emit(LLOpKind::getfield, {obj}, tt.fields[static_cast<size_t>(k)],
                         static_cast<uint32_t>(k));
        v = Emit(LLOpKind::select, {is_k, f, v}, rtype);
      }
      return v;
    }
    case OpKind::setitem: {
      LLValue l = Convert(op.args[0]);
      LLValue idx = EmitRt(RtFunc::rpy_list_check_index, {l, ToInt(Convert(op.args[1]))}, i64);
      Emit(LLOpKind::list_setitem, {l, idx, ConvertTo(op.args[2], ItemType(p_.TypeOf(l)))}, void_t);
      return p_.Void();
    }
    case OpKind::delitem: {
      LLValue l = Convert(op.args[0]);
      LLTypeId lt = p_.TypeOf(l);
      LLValue idx = EmitRt(RtFunc::rpy_list_check_index, {l, ToInt(Convert(op.args[1]))}, i64);
      EmitRt(RtFunc::rpy_list_delitem, {l, idx, ItemSize(lt), HasPointers(lt)}, void_t);
      return p_.Void();
    }
    case OpKind::getslice:
    case OpKind::delslice: {
      LLValue l = Convert(op.args[0]);
      LLTypeId lt = p_.TypeOf(l);
      if (types().kind(lt) == LLKind::Tuple) {
        // A tuple slice with constant bounds (annotate_containers.cpp): a
        // new tuple of the selected fields.
        std::vector<size_t> picked;
        ann_.ConstantSliceIndices(op, types().get(lt).fields.size(), &picked);
        LLValue r = Emit(LLOpKind::malloc_tuple, {}, rtype);
        const LLType tt = types().get(lt);
        for (size_t k = 0; k < picked.size(); ++k) {
          LLTypeId ft = tt.fields[picked[k]];
          if (types().kind(ft) == LLKind::Void) continue;
          LLValue f = Emit(LLOpKind::getfield, {l}, ft, static_cast<uint32_t>(picked[k]));
          Emit(LLOpKind::setfield, {r, f}, void_t, static_cast<uint32_t>(k));
        }
        return r;
      }
      std::vector<LLValue> args{l};
      bounds(1, &args);
      args.push_back(ItemSize(lt));
      args.push_back(HasPointers(lt));
      if (op.kind == OpKind::getslice) return EmitRt(RtFunc::rpy_list_getslice, args, rtype);
      EmitRt(RtFunc::rpy_list_delslice, args, void_t);
      return p_.Void();
    }
    case OpKind::setslice: {
      LLValue l = Convert(op.args[0]);
      LLTypeId lt = p_.TypeOf(l);
      std::vector<LLValue> args{l};
      bounds(1, &args);
      args.push_back(ConvertTo(op.args[4], lt));
      args.push_back(ItemSize(lt));
      args.push_back(HasPointers(lt));
      EmitRt(RtFunc::rpy_list_setslice, args, void_t);
      return p_.Void();
    }
    case OpKind::iter: {
      LLValue seq = Convert(op.args[0]);
      if (types().kind(p_.TypeOf(seq)) == LLKind::Tuple &&
          ann_.anns().get(ann_.annotation(op.args[0])).kind == AnnKind::Iterator)
        return seq;  // iter(iterator) is the iterator itself
      if (types().kind(p_.TypeOf(seq)) == LLKind::Tuple) seq = TupleAsList(op.args[0], seq, types().get(rtype).fields[0]);
      LLValue it = Emit(LLOpKind::malloc_tuple, {}, rtype);
      Emit(LLOpKind::setfield, {it, seq}, void_t, 0);
      Emit(LLOpKind::setfield, {it, p_.Int(0)}, void_t, 1);
      return it;
    }
    case OpKind::next_valid: {
      LLValue it = Convert(op.args[0]);
      const LLType& tt = types().get(p_.TypeOf(it));
      LLValue l = Emit(LLOpKind::getfield, {it}, tt.fields[0], 0);
      LLValue i = Emit(LLOpKind::getfield, {it}, i64, 1);
      LLValue n = Emit(LLOpKind::list_len, {l}, i64);
      LLValue ok = Emit(LLOpKind::int_lt, {i, n}, boolean);
      Emit(LLOpKind::setfield, {it, Emit(LLOpKind::int_add, {i, p_.Int(1)}, i64)}, void_t, 1);
      return ok;
    }
    case OpKind::next_item: {
      LLValue it = Convert(op.args[0]);
      const LLType& tt = types().get(p_.TypeOf(it));
      LLValue l = Emit(LLOpKind::getfield, {it}, tt.fields[0], 0);
      LLValue i = Emit(LLOpKind::getfield, {it}, i64, 1);
      return Emit(LLOpKind::list_getitem, {l, Emit(LLOpKind::int_sub, {i, p_.Int(1)}, i64)}, rtype);
    }
    case OpKind::unpack_check: {
      LLValue seq = Convert(op.args[0]);
      if (types().kind(p_.TypeOf(seq)) == LLKind::List) {
        LLValue n = Emit(LLOpKind::list_len, {seq}, i64);
        EmitRt(RtFunc::rpy_unpack_check, {n, ToInt(Convert(op.args[1]))}, void_t);
      }
      return p_.Void();
    }
    case OpKind::getattr: {
      AnnKind k = ann_.anns().get(ann_.annotation(op.args[0])).kind;
      if (k == AnnKind::Instance || k == AnnKind::Super) return LowerInstanceAttr(op);
      if (ann_.IsClassFamily(ann_.annotation(op.args[0]))) return LowerClassAttr(op);
      // A built-in method: its run-time value is the receiver.
      return Convert(op.args[0]);
    }
    case OpKind::contains: {
      LLValue l = Convert(op.args[0]);
      LLValue x = ConvertTo(op.args[1], ItemType(p_.TypeOf(l)));
      LLValue i = EmitListTyped("find", l, {x}, i64);
      return Emit(LLOpKind::int_ge, {i, p_.Int(0)}, boolean);
    }
    default:
      RPYC_UNREACHABLE(std::string("container operation ") + flow::OpName(op.kind));
  }
}

}  // namespace rpyc::rtyper
