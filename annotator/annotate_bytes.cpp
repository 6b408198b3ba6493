// Annotation rules for bytes (the bytes family hook; see annotator.h):
// literals, str.encode / bytes.decode (UTF-8), len, items (ints), slices,
// iteration (ints), `in`, ==, ordering, +, *, bytes(list of int), list(b),
// and the methods below. bytes and str never mix (CPython raises
// TypeError or compares them unequal): such operations are refused.
// Showing a bytes value (b'...') is the value family's (IsDeepValue).
#include "annotator/annotator.h"
#include "annotator/methods.h"

namespace rpyc::annotator {

using flow::OpKind;

namespace {

// An optional 'utf-8' encoding argument (the only one supported).
bool Utf8Only(MethodCall& c, const char* what) {
  if (!c.Arity(0, 1)) return false;
  if (c.args.empty()) return true;
  flow::Value v = c.op.args[1];
  if (v.is_const()) {
    std::string enc = c.ann.host().AsStr(c.ann.store().cst(v.cst()).value);
    for (char& ch : enc) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
    if (enc == "utf-8" || enc == "utf8" || enc == "utf_8") return true;
  }
  c.Bad(std::string(what) + "() supports only the 'utf-8' encoding, given as a constant");
  return false;
}

bool AllBytes(MethodCall& c) {
  for (size_t i = 0; i < c.args.size(); ++i)
    if (c.kind(i) != AnnKind::Bytes) {
      c.Bad("a bytes method needs bytes arguments, not `" + c.ann.Describe(c.args[i]) + "`");
      return false;
    }
  return true;
}

AnnId Encode(MethodCall& c) {
  return Utf8Only(c, "str.encode") ? c.anns().bytes() : c.anns().impossible();
}
AnnId Decode(MethodCall& c) {
  c.ann.NoteBuiltinRaised("UnicodeDecodeError");
  return Utf8Only(c, "bytes.decode") ? c.anns().str() : c.anns().impossible();
}
// Methods whose arguments are all bytes, by result.
AnnId ToBool(MethodCall& c) {
  if (!c.Arity(1, 1) || !AllBytes(c)) return c.anns().impossible();
  return c.anns().boolean();
}
AnnId ToInt(MethodCall& c) {
  if (!c.Arity(1, 1) || !AllBytes(c)) return c.anns().impossible();
  return c.kind(0) == AnnKind::Bytes ? c.anns().integer() : c.anns().impossible();
}
AnnId ToBytes(MethodCall& c) {  // strip/lstrip/rstrip([chars]), replace(old, new), upper(), lower()
  if (!c.Arity(0, 2) || !AllBytes(c)) return c.anns().impossible();
  return c.anns().bytes();
}
AnnId Split(MethodCall& c) {
  if (!c.Arity(1, 1) || !AllBytes(c)) return c.anns().impossible();
  return c.ann.ListMadeBy(c.op, c.anns().bytes());
}
AnnId Join(MethodCall& c) {
  if (!c.Arity(1, 1)) return c.anns().impossible();
  const Annotation& l = c.anns().get(c.args[0]);
  if (l.kind != AnnKind::List ||
      c.anns().get(c.anns().listdef(l.listdef).item).kind != AnnKind::Bytes)
    return c.Bad("bytes.join() of `" + c.ann.Describe(c.args[0]) + "` is not supported (a list of bytes is)");
  c.ann.ReadList(l.listdef);
  return c.anns().bytes();
}
AnnId Hex(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return c.anns().str();
}

}  // namespace

void AddBytesMethods(MethodTable& t) {
  t.Add(AnnKind::Str, "encode", Encode);
  t.Add(AnnKind::Bytes, "decode", Decode);
  t.Add(AnnKind::Bytes, "startswith", ToBool);
  t.Add(AnnKind::Bytes, "endswith", ToBool);
  t.Add(AnnKind::Bytes, "find", ToInt);
  t.Add(AnnKind::Bytes, "count", ToInt);
  t.Add(AnnKind::Bytes, "split", Split);
  t.Add(AnnKind::Bytes, "join", Join);
  for (const char* m : {"strip", "lstrip", "rstrip", "replace", "upper", "lower"})
    t.Add(AnnKind::Bytes, m, ToBytes);
  t.Add(AnnKind::Bytes, "hex", Hex);
}

AnnId AnnotateBytesOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  AnnStore& anns = ann.anns();
  auto kind = [&](size_t i) { return anns.get(args[i]).kind; };
  bool any = false, both = args.size() >= 2;
  for (size_t i = 0; i < args.size(); ++i) {
    any = any || kind(i) == AnnKind::Bytes;
    both = both && (i > 1 || kind(i) == AnnKind::Bytes);
  }
  if (!any) {
    if ((op.kind == OpKind::next_valid || op.kind == OpKind::next_item) &&
        anns.get(args[0]).kind == AnnKind::Iterator && anns.get(args[0]).name == "bytes")
      return op.kind == OpKind::next_valid ? anns.boolean() : anns.integer(true);
    return AnnId();
  }
  switch (op.kind) {
    case OpKind::getitem:
      if (kind(0) != AnnKind::Bytes || !IsIntLike(kind(1))) break;
      return anns.integer(true);
    case OpKind::getslice:
      if (kind(0) != AnnKind::Bytes) break;
      for (size_t i = 1; i <= 3; ++i)
        if (!IsIntLike(kind(i)) && kind(i) != AnnKind::None)
          return Refuse(ann, op, "slice indices must be integers or None");
      return anns.bytes();
    case OpKind::add:
    case OpKind::inplace_add:
      if (!both) break;
      return anns.bytes();
    case OpKind::mul:
    case OpKind::inplace_mul:
      if ((kind(0) == AnnKind::Bytes && IsIntLike(kind(1))) ||
          (IsIntLike(kind(0)) && kind(1) == AnnKind::Bytes))
        return anns.bytes();
      break;
    case OpKind::contains:  // `x in b`: a byte (int) or a bytes substring
      if (kind(0) != AnnKind::Bytes || (!IsIntLike(kind(1)) && kind(1) != AnnKind::Bytes)) break;
      return anns.boolean();
    case OpKind::eq: case OpKind::ne: case OpKind::lt: case OpKind::le: case OpKind::gt:
    case OpKind::ge:
      if (!both) break;
      return anns.boolean();
    case OpKind::iter:
      if (kind(0) != AnnKind::Bytes) break;
      return anns.iterator(anns.integer(true), "bytes");
    default:
      return AnnId();  // the generic rules (displays, calls, truth, ...)
  }
  std::string on = "`" + ann.Describe(args[0]) + "`";
  if (args.size() > 1) on += " and `" + ann.Describe(args[1]) + "`";
  ann.Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {std::string("`") + flow::OpSymbol(op.kind) + "`", on}));
  return anns.impossible();
}

AnnId AnnotateBytesBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                           const std::vector<AnnId>& args) {
  AnnStore& anns = ann.anns();
  bool one = args.size() == 1 && ann.store().call_shape(op.shape).keywords.empty();
  if (id == BuiltinId::bytes_) {
    if (args.empty()) return anns.bytes();
    const Annotation& l = one ? anns.get(args[0]) : anns.get(anns.none());
    if (l.kind == AnnKind::Bytes) return anns.bytes();
    if (l.kind == AnnKind::List) {
      ann.ReadList(l.listdef);
      AnnKind item = anns.get(anns.listdef(l.listdef).item).kind;
      if (item == AnnKind::Int || item == AnnKind::Impossible) return anns.bytes();
    }
    return Refuse(ann, op, "bytes() of a list of ints or of bytes is supported, not of `" +
                               (args.empty() ? std::string("?") : ann.Describe(args[0])) + "`");
  }
  if (!one || anns.get(args[0]).kind != AnnKind::Bytes) return AnnId();
  switch (id) {
    case BuiltinId::len:
    case BuiltinId::hash:
      return anns.integer(id == BuiltinId::len);
    case BuiltinId::list:
      return ann.ListMadeBy(op, anns.integer(true));
    case BuiltinId::print:
    case BuiltinId::str:
    case BuiltinId::repr:
      return AnnId();  // the value family shows b'...'
    default:
      return Refuse(ann, op, "this built-in of `bytes` is not supported yet");
  }
}

}  // namespace rpyc::annotator
