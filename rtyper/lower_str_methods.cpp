// Lowering of str methods onto rtlib's rt_strmeth.cpp (the annotator
// side is annotator/methods_str.cpp).
#include <climits>

#include "annotator/methods.h"
#include "common/check.h"
#include "rtyper/lower_methods.h"

namespace rpyc::rtyper {
namespace {

// Positional and keyword arguments mapped onto `names` (the annotator
// checked them); absent or None ones are invalid values.
std::vector<LLValue> Params(MethodLowering& c, std::vector<const char*> names) {
  std::vector<LLValue> out(names.size());
  for (size_t i = 0; i < c.args.size() && i < names.size(); ++i) out[i] = c.args[i];
  for (size_t k = 0; k < c.keywords.size(); ++k)
    for (size_t p = 0; p < names.size(); ++p)
      if (c.keywords[k] == names[p]) out[p] = c.kwargs[k];
  for (LLValue& v : out)
    if (v.valid() && c.types().kind(c.p().TypeOf(v)) == LLKind::Void) v = LLValue();
  return out;
}

LLValue NullStr(MethodLowering& c) {
  LLConst null;
  null.type = c.types().str();
  null.i = -1;  // marks the null string
  return LLValue::Const(c.p().NewConst(null));
}

LLValue IntOr(MethodLowering& c, LLValue v, int64_t dflt) {
  return v.valid() ? c.rt.ToInt(v) : c.p().Int(dflt);
}

LLValue Rt(MethodLowering& c, RtFunc f, std::vector<LLValue> args) {
  args.insert(args.begin(), c.self);
  return c.rt.EmitRt(f, std::move(args), c.result);
}

LLValue Split(MethodLowering& c, RtFunc f) {
  std::vector<LLValue> a = Params(c, {"sep", "maxsplit"});
  return Rt(c, f, {a[0].valid() ? a[0] : NullStr(c), IntOr(c, a[1], -1)});
}
LLValue SplitL(MethodLowering& c) { return Split(c, RtFunc::rpy_str_split); }
LLValue RSplit(MethodLowering& c) { return Split(c, RtFunc::rpy_str_rsplit); }

LLValue Splitlines(MethodLowering& c) {
  std::vector<LLValue> a = Params(c, {"keepends"});
  return Rt(c, RtFunc::rpy_str_splitlines, {a[0].valid() ? c.rt.Truth(a[0]) : c.p().Bool(false)});
}

LLValue Join(MethodLowering& c) {
  LLValue seq = c.args[0];
  LLTypeId t = c.p().TypeOf(seq);
  if (c.types().kind(t) == LLKind::Tuple) {
    // A tuple of str: its items copied into a list first.
    const std::vector<LLTypeId> fields = c.types().get(t).fields;
    LLTypeId lt = c.types().list(c.types().str());
    LLValue l = c.rt.EmitRt(RtFunc::rpy_list_new, {c.p().Int(static_cast<int64_t>(fields.size())),
                                                    c.rt.ItemSize(lt), c.rt.HasPointers(lt)}, lt);
    for (size_t i = 0; i < fields.size(); ++i) {
      LLValue item = c.rt.Emit(LLOpKind::getfield, {seq}, fields[i], static_cast<uint32_t>(i));
      c.rt.Emit(LLOpKind::list_setitem, {l, c.p().Int(static_cast<int64_t>(i)), item},
                c.types().void_());
    }
    seq = l;
  }
  return Rt(c, RtFunc::rpy_str_join, {seq});
}

LLValue StripLike(MethodLowering& c, RtFunc f) {
  std::vector<LLValue> a = Params(c, {"chars"});
  return Rt(c, f, {a[0].valid() ? a[0] : NullStr(c)});
}
LLValue Strip(MethodLowering& c) { return StripLike(c, RtFunc::rpy_str_strip); }
LLValue LStrip(MethodLowering& c) { return StripLike(c, RtFunc::rpy_str_lstrip); }
LLValue RStrip(MethodLowering& c) { return StripLike(c, RtFunc::rpy_str_rstrip); }

LLValue SearchLike(MethodLowering& c, RtFunc f, LLValue sub) {
  std::vector<LLValue> a = Params(c, {"sub", "start", "end"});
  return c.rt.EmitRt(f, {c.self, sub.valid() ? sub : a[0], IntOr(c, a[1], 0), IntOr(c, a[2], INT64_MAX)},
                     c.types().kind(c.result) == LLKind::Bool ? c.types().boolean()
                                                              : c.types().integer());
}
LLValue Find(MethodLowering& c) { return SearchLike(c, RtFunc::rpy_str_find, {}); }
LLValue RFind(MethodLowering& c) { return SearchLike(c, RtFunc::rpy_str_rfind, {}); }
LLValue Index(MethodLowering& c) { return SearchLike(c, RtFunc::rpy_str_index, {}); }
LLValue RIndex(MethodLowering& c) { return SearchLike(c, RtFunc::rpy_str_rindex, {}); }
LLValue Count(MethodLowering& c) { return SearchLike(c, RtFunc::rpy_str_count, {}); }

LLValue Replace(MethodLowering& c) {
  std::vector<LLValue> a = Params(c, {"old", "new", "count"});
  return Rt(c, RtFunc::rpy_str_replace, {a[0], a[1], IntOr(c, a[2], -1)});
}

LLValue StartsLike(MethodLowering& c, RtFunc f) {
  LLValue prefix = c.args[0];
  LLTypeId pt = c.p().TypeOf(prefix);
  if (c.types().kind(pt) != LLKind::Tuple) return SearchLike(c, f, prefix);
  // A tuple of prefixes: true when any matches.
  const std::vector<LLTypeId> fields = c.types().get(pt).fields;
  LLValue any = c.p().Bool(false);
  for (size_t i = 0; i < fields.size(); ++i) {
    LLValue item = c.rt.Emit(LLOpKind::getfield, {prefix}, fields[i], static_cast<uint32_t>(i));
    LLValue r = SearchLike(c, f, item);
    any = i == 0 ? r : c.rt.Emit(LLOpKind::int_or, {any, r}, c.types().boolean());
  }
  return any;
}
LLValue StartsWith(MethodLowering& c) { return StartsLike(c, RtFunc::rpy_str_startswith); }
LLValue EndsWith(MethodLowering& c) { return StartsLike(c, RtFunc::rpy_str_endswith); }

template <RtFunc F>
LLValue Unary(MethodLowering& c) {
  return Rt(c, F, {});
}

LLValue ZFill(MethodLowering& c) { return Rt(c, RtFunc::rpy_str_zfill, {c.rt.ToInt(c.args[0])}); }

LLValue PadLike(MethodLowering& c, RtFunc f) {
  LLValue fill = c.p().Int32(' ');
  if (c.args.size() > 1) {
    LLValue s = c.args[1];
    if (s.is_const()) {
      const std::string& text = c.p().cst(s.cst()).s;
      size_t pos = 0;
      uint32_t cp = static_cast<unsigned char>(text[0]);
      int extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
      if (extra) cp &= (1u << (6 - extra)) - 1;
      for (pos = 1; pos <= static_cast<size_t>(extra); ++pos)
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos]) & 0x3F);
      fill = c.p().Int32(static_cast<int32_t>(cp));
    } else {
      LLValue n = c.rt.EmitRt(RtFunc::rpy_str_len, {s}, c.types().integer());
      c.rt.EmitRaiseIf(c.rt.Emit(LLOpKind::int_ne, {n, c.p().Int(1)}, c.types().boolean()),
                       BuiltinExc::TypeError,
                       "The fill character must be exactly one character long");
      LLValue cp = c.rt.EmitRt(RtFunc::rpy_str_ord, {s}, c.types().integer());
      fill = c.rt.Emit(LLOpKind::cast_int_to_int32, {cp}, c.types().int32());
    }
  }
  return Rt(c, f, {c.rt.ToInt(c.args[0]), fill});
}
LLValue Center(MethodLowering& c) { return PadLike(c, RtFunc::rpy_str_center); }
LLValue LJust(MethodLowering& c) { return PadLike(c, RtFunc::rpy_str_ljust); }
LLValue RJust(MethodLowering& c) { return PadLike(c, RtFunc::rpy_str_rjust); }

LLValue PartitionLike(MethodLowering& c, RtFunc f) {
  LLTypeId str = c.types().str();
  LLValue l = c.rt.EmitRt(f, {c.self, c.args[0]}, c.types().list(str));
  LLValue t = c.rt.Emit(LLOpKind::malloc_tuple, {}, c.result);
  for (int64_t i = 0; i < 3; ++i) {
    LLValue item = c.rt.Emit(LLOpKind::list_getitem, {l, c.p().Int(i)}, str);
    c.rt.Emit(LLOpKind::setfield, {t, item}, c.types().void_(), static_cast<uint32_t>(i));
  }
  return t;
}
LLValue Partition(MethodLowering& c) { return PartitionLike(c, RtFunc::rpy_str_partition); }
LLValue RPartition(MethodLowering& c) { return PartitionLike(c, RtFunc::rpy_str_rpartition); }

LLValue Format(MethodLowering& c) {
  annotator::Annotator& ann = c.rt.ann();
  loader::HostId recv = annotator::StrMethodReceiverConst(ann.store(), c.op.args[0]);
  RPYC_CHECK(recv.valid(), "str.format() without a constant format");
  std::vector<annotator::StrFormatPiece> pieces;
  std::string error;
  RPYC_CHECK(annotator::ParseStrFormat(ann.host().AsStr(recv), &pieces, &error),
             "str.format() format rejected late");
  std::vector<LLValue> parts;
  for (const annotator::StrFormatPiece& piece : pieces) {
    if (!piece.is_field) {
      parts.push_back(c.p().Str(piece.literal));
      continue;
    }
    LLValue v;
    if (piece.name.empty()) {
      v = c.args[static_cast<size_t>(piece.index)];
    } else {
      v = c.Keyword(piece.name);
    }
    if (piece.conv) v = StrConvert(c.rt, v, piece.conv);
    parts.push_back(StrFormatValue(c.rt, v, c.p().Str(piece.spec), piece.spec.empty()));
  }
  if (parts.empty()) return c.p().Str("");
  if (parts.size() == 1) return parts[0];
  return c.rt.Emit(LLOpKind::str_join, std::move(parts), c.types().str());
}

}  // namespace

void AddStrLowerings(LowerTable& t) {
  using annotator::AnnKind;
  t.Add(AnnKind::Str, "split", SplitL);
  t.Add(AnnKind::Str, "rsplit", RSplit);
  t.Add(AnnKind::Str, "splitlines", Splitlines);
  t.Add(AnnKind::Str, "join", Join);
  t.Add(AnnKind::Str, "strip", Strip);
  t.Add(AnnKind::Str, "lstrip", LStrip);
  t.Add(AnnKind::Str, "rstrip", RStrip);
  t.Add(AnnKind::Str, "find", Find);
  t.Add(AnnKind::Str, "rfind", RFind);
  t.Add(AnnKind::Str, "index", Index);
  t.Add(AnnKind::Str, "rindex", RIndex);
  t.Add(AnnKind::Str, "count", Count);
  t.Add(AnnKind::Str, "replace", Replace);
  t.Add(AnnKind::Str, "startswith", StartsWith);
  t.Add(AnnKind::Str, "endswith", EndsWith);
  t.Add(AnnKind::Str, "upper", Unary<RtFunc::rpy_str_upper>);
  t.Add(AnnKind::Str, "lower", Unary<RtFunc::rpy_str_lower>);
  t.Add(AnnKind::Str, "title", Unary<RtFunc::rpy_str_title>);
  t.Add(AnnKind::Str, "capitalize", Unary<RtFunc::rpy_str_capitalize>);
  t.Add(AnnKind::Str, "swapcase", Unary<RtFunc::rpy_str_swapcase>);
  t.Add(AnnKind::Str, "isdigit", Unary<RtFunc::rpy_str_isdigit>);
  t.Add(AnnKind::Str, "isalpha", Unary<RtFunc::rpy_str_isalpha>);
  t.Add(AnnKind::Str, "isalnum", Unary<RtFunc::rpy_str_isalnum>);
  t.Add(AnnKind::Str, "isspace", Unary<RtFunc::rpy_str_isspace>);
  t.Add(AnnKind::Str, "isupper", Unary<RtFunc::rpy_str_isupper>);
  t.Add(AnnKind::Str, "islower", Unary<RtFunc::rpy_str_islower>);
  t.Add(AnnKind::Str, "zfill", ZFill);
  t.Add(AnnKind::Str, "center", Center);
  t.Add(AnnKind::Str, "ljust", LJust);
  t.Add(AnnKind::Str, "rjust", RJust);
  t.Add(AnnKind::Str, "partition", Partition);
  t.Add(AnnKind::Str, "rpartition", RPartition);
  t.Add(AnnKind::Str, "format", Format);
}

}  // namespace rpyc::rtyper
