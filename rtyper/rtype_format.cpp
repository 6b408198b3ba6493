// Lowering of %-formatting with a constant format string, parsed at
// translation time: `fmt % value`, `fmt % (values...)` and, when the format
// names mapping keys, `fmt % {key: value}` (each `%(key)s` reads the dict,
// KeyError as in CPython). Each conversion becomes an rtlib call
// (rpy_format_int / _float / _str / _char); a `*` width is read from the
// values at run time. The pieces are joined with one str_join. A format
// that is not a constant is parsed at run time (LowerDynamicFormat).
#include "common/check.h"
#include "rtyper/rtyper.h"
#include "rtyper/value_family.h"

namespace rpyc::rtyper {

namespace {

struct FormatSpec {
  int flags = 0;  // bit 0 '-', 1 '+', 2 ' ', 3 '#', 4 '0'
  int width = -1;
  int prec = -1;
  LLValue star_width;  // `*`: the width is the next value (an int)
  char conv = 0;
};

}  // namespace

// The values `%` formats: the items of a tuple operand, or the operand
// itself (unless it is a mapping).
void RTyper::FormatValues(LLValue right, annotator::AnnId right_ann, bool mapping,
                          std::vector<LLValue>* values, std::vector<annotator::AnnId>* value_anns) {
  LLTypeId rt = p_.TypeOf(right);
  if (types().kind(rt) == LLKind::Tuple) {
    const LLType& tt = types().get(rt);
    for (size_t i = 0; i < tt.fields.size(); ++i) {
      values->push_back(types().kind(tt.fields[i]) == LLKind::Void
                            ? p_.Void()
                            : Emit(LLOpKind::getfield, {right}, tt.fields[i], static_cast<uint32_t>(i)));
      value_anns->push_back(ann_.anns().get(right_ann).items[i]);
    }
  } else if (!mapping) {
    values->push_back(right);
    value_anns->push_back(right_ann);
  }
}

// A format known only at run time: the values go, tagged with their
// types, into an rpy_fmt_args that rpy_format_dynamic converts.
LLValue RTyper::LowerDynamicFormat(const flow::Operation& op) {
  LLValue fmt = Convert(op.args[0]);
  std::vector<LLValue> values;
  std::vector<annotator::AnnId> value_anns;
  FormatValues(Convert(op.args[1]), ann_.annotation(op.args[1]), false, &values, &value_anns);
  LLTypeId ptr = types().ptr(), vd = types().void_();
  LLValue args = EmitRt(RtFunc::rpy_fmt_args_new, {p_.Int(static_cast<int64_t>(values.size()))}, ptr);
  for (LLValue v : values) {
    switch (types().kind(p_.TypeOf(v))) {
      case LLKind::Int: EmitRt(RtFunc::rpy_fmt_args_int, {args, v}, vd); break;
      case LLKind::Bool: EmitRt(RtFunc::rpy_fmt_args_bool, {args, v}, vd); break;
      case LLKind::Float: EmitRt(RtFunc::rpy_fmt_args_float, {args, v}, vd); break;
      case LLKind::Str: EmitRt(RtFunc::rpy_fmt_args_str, {args, v}, vd); break;
      case LLKind::Void: EmitRt(RtFunc::rpy_fmt_args_str, {args, p_.Zero(types().str())}, vd); break;
      default: RPYC_UNREACHABLE("a dynamic % value the annotator refuses");
    }
  }
  return EmitRt(RtFunc::rpy_format_dynamic, {fmt, args}, types().str());
}

LLValue RTyper::LowerFormat(const flow::Operation& op) {
  if (!op.args[0].is_const()) return LowerDynamicFormat(op);
  std::string fmt = ann_.host().AsStr(ann_.store().cst(op.args[0].cst()).value);
  std::vector<LLValue> values;
  std::vector<annotator::AnnId> value_anns;
  LLValue right = Convert(op.args[1]);
  LLTypeId rt = p_.TypeOf(right);
  annotator::AnnId right_ann = ann_.annotation(op.args[1]);
  const annotator::Annotation& ra = ann_.anns().get(right_ann);
  // A dict operand of a format naming keys is a mapping.
  bool mapping = ra.kind == annotator::AnnKind::Dict && fmt.find("%(") != std::string::npos;
  FormatValues(right, right_ann, mapping, &values, &value_anns);
  Emitter show{p_, this, LLBlockId(), op.loc, {}};
  auto bad = [&](const std::string& msg) {
    Error(Diagnostic(DiagKind::BadFormat, op.loc, {msg}));
    return p_.Void();
  };
  if (mapping && ann_.anns().get(ann_.anns().DictKey(ra.listdef)).kind != annotator::AnnKind::Str)
    return bad("a `%` format with mapping keys needs a dict with str keys");
  std::vector<LLValue> parts;
  std::string literal;
  size_t next = 0;
  LLTypeId str = types().str(), i32 = types().int32(), i64 = types().integer();
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      literal += fmt[i];
      continue;
    }
    if (++i >= fmt.size()) return bad("incomplete format");
    if (fmt[i] == '%') {
      literal += '%';
      continue;
    }
    std::string key;
    if (fmt[i] == '(') {
      if (!mapping) return bad("format requires a mapping");
      int depth = 1;
      size_t start = ++i;
      for (; i < fmt.size() && depth > 0; ++i) depth += fmt[i] == '(' ? 1 : fmt[i] == ')' ? -1 : 0;
      if (depth > 0) return bad("incomplete format key");
      key = fmt.substr(start, i - 1 - start);
    } else if (mapping) {
      return bad("a `%` format with mapping keys must name a key in every conversion");
    }
    FormatSpec spec;
    for (; i < fmt.size(); ++i) {
      char c = fmt[i];
      int bit = c == '-' ? 0 : c == '+' ? 1 : c == ' ' ? 2 : c == '#' ? 3 : c == '0' ? 4 : -1;
      if (bit < 0) break;
      spec.flags |= 1 << bit;
    }
    if (i < fmt.size() && fmt[i] == '*') {
      if (mapping) return bad("`*` widths need a tuple of values, not a mapping");
      if (next >= values.size()) return bad("not enough arguments for format string");
      LLKind wk = types().kind(p_.TypeOf(values[next]));
      if (wk != LLKind::Int && wk != LLKind::Bool) return bad("* wants int");
      spec.star_width = ToInt(values[next++]);
      ++i;
    } else if (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) {
      spec.width = 0;
      while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i])))
        spec.width = spec.width * 10 + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      spec.prec = 0;
      ++i;
      if (i < fmt.size() && fmt[i] == '*') return bad("`.*` precisions in `%` formats are not supported");
      while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i])))
        spec.prec = spec.prec * 10 + (fmt[i++] - '0');
    }
    while (i < fmt.size() && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return bad("incomplete format");
    spec.conv = fmt[i];
    annotator::AnnId v_ann;
    LLValue v;
    if (mapping) {
      // d[key], raising KeyError like CPython.
      LLTypeId val_t = types().get(rt).fields[1];
      LLValue bits = show.Rt(RtFunc::rpy_dict_getitem, {right, show.Bits(p_.Str(key))}, i64);
      v = show.FromBits(bits, val_t);
      v_ann = ann_.anns().DictValue(ra.listdef);
    } else {
      if (next >= values.size()) return bad("not enough arguments for format string");
      v_ann = value_anns[next];
      v = values[next++];
    }
    if (!literal.empty()) parts.push_back(p_.Str(literal));
    literal.clear();
    std::vector<LLValue> tail = {p_.Int32(spec.flags), p_.Int32(spec.width), p_.Int32(spec.prec)};
    if (spec.star_width.valid()) {
      // A negative `*` width left-justifies, as the '-' flag.
      LLValue neg = Emit(LLOpKind::int_lt, {spec.star_width, p_.Int(0)}, types().boolean());
      LLValue abs = Emit(LLOpKind::select,
                         {neg, Emit(LLOpKind::int_neg, {spec.star_width}, i64), spec.star_width}, i64);
      tail[0] = Emit(LLOpKind::select, {neg, p_.Int32(spec.flags | 1), p_.Int32(spec.flags)}, i32);
      tail[1] = Emit(LLOpKind::cast_int_to_int32, {abs}, i32);
    }
    LLKind vk = types().kind(p_.TypeOf(v));
    switch (spec.conv) {
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        if (vk == LLKind::Float) v = EmitRt(RtFunc::rpy_float_to_int, {v}, types().integer());
        else if (vk == LLKind::Int || vk == LLKind::Bool) v = ToInt(v);
        else return bad(std::string("%") + spec.conv + " format: a number is required");
        tail.push_back(p_.Int32(spec.conv));
        tail.insert(tail.begin(), v);
        parts.push_back(EmitRt(RtFunc::rpy_format_int, tail, str));
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if (vk != LLKind::Float && vk != LLKind::Int && vk != LLKind::Bool)
          return bad(std::string("%") + spec.conv + " format: a real number is required");
        tail.push_back(p_.Int32(spec.conv));
        tail.insert(tail.begin(), ToFloat(v));
        parts.push_back(EmitRt(RtFunc::rpy_format_float, tail, str));
        break;
      }
      case 's': case 'r': case 'c': {
        LLValue s;
        if (spec.conv == 'c') {
          if (vk == LLKind::Int || vk == LLKind::Bool) s = EmitRt(RtFunc::rpy_format_char, {ToInt(v)}, str);
          else if (vk == LLKind::Str && !ann_.anns().get(v_ann).can_be_none)
            s = EmitRt(RtFunc::rpy_format_char_str, {v}, str);
          else return bad("%c requires int or char");
          tail[2] = p_.Int32(-1);  // %c ignores the precision
        } else {
          s = spec.conv == 'r' ? ValueRepr(this, show, v, v_ann) : ValueStr(*this, show, v, v_ann);
        }
        if (spec.flags == 0 && spec.width < 0 && spec.prec < 0 && !spec.star_width.valid()) {
          parts.push_back(s);
        } else {
          tail.insert(tail.begin(), s);
          parts.push_back(EmitRt(RtFunc::rpy_format_str, tail, str));
        }
        break;
      }
      default:
        return bad(std::string("unsupported format character '") + spec.conv + "'");
    }
  }
  if (next < values.size()) return bad("not all arguments converted during string formatting");
  if (!literal.empty()) parts.push_back(p_.Str(literal));
  if (parts.empty()) return p_.Str("");
  if (parts.size() == 1 && types().kind(p_.TypeOf(parts[0])) == LLKind::Str) return parts[0];
  return Emit(LLOpKind::str_join, std::move(parts), str);
}

}  // namespace rpyc::rtyper
