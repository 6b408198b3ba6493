// Annotation rules for str methods (the rtyper side is
// rtyper/lower_str_methods.cpp), and the str.format() parser shared with it.
#include "annotator/methods.h"

namespace rpyc::annotator {

// ---- shared helpers ----------------------------------------------------------------

const flow::Operation* DefiningOp(flow::FlowStore& store, flow::Value v) {
  if (!v.is_var()) return nullptr;
  flow::GraphId g = store.var(v.var()).graph;
  if (!g.valid()) return nullptr;
  for (flow::BlockId b : store.graph(g).blocks)
    for (const flow::Operation& op : store.block(b).operations)
      if (op.result == v.var()) return &op;
  return nullptr;
}

loader::HostId StrMethodReceiverConst(flow::FlowStore& store, flow::Value method) {
  const flow::Operation* op = DefiningOp(store, method);
  if (!op || op->kind != flow::OpKind::getattr || !op->args[0].is_const()) return {};
  return store.cst(op->args[0].cst()).value;
}

std::string StrFormattable(Annotator& ann, AnnId v, bool spec_empty) {
  AnnStore& anns = ann.anns();
  if (std::string e = LazyShownError(ann, v); !e.empty()) return e;
  const Annotation& a = anns.get(v);
  switch (a.kind) {
    case AnnKind::Int:
    case AnnKind::Bool:
    case AnnKind::Float:
      return "";
    case AnnKind::Str:
      if (a.can_be_none) return "formatting a `" + ann.Describe(v) + "` is not supported (it may be None)";
      return "";
    case AnnKind::UInt:
      return spec_empty ? "" : "a format spec for an `r_uint` is not supported";
    case AnnKind::None:
    case AnnKind::List: {
      if (!spec_empty)
        return "a format spec for a `" + ann.Describe(v) + "` is not supported";
      if (a.kind == AnnKind::None) return "";
      ann.ReadList(a.listdef);
      AnnKind item = anns.get(anns.listdef(a.listdef).item).kind;
      if (item == AnnKind::Bool || item == AnnKind::Int || item == AnnKind::Float ||
          item == AnnKind::Str || item == AnnKind::Impossible)
        return "";
      break;
    }
    default:
      break;
  }
  // Exceptions show their message; containers their repr (rtype_values.cpp).
  if (spec_empty && (IsExceptionValue(ann, v) || (IsDeepValue(ann, v) && !HasInstances(ann, v))))
    return "";
  return "formatting a value of type `" + ann.Describe(v) + "` is not supported yet";
}

bool ParseStrFormat(const std::string& fmt, std::vector<StrFormatPiece>* out,
                    std::string* error) {
  int auto_index = 0;
  bool used_auto = false, used_manual = false;
  std::string literal;
  auto flush = [&]() {
    if (literal.empty()) return;
    StrFormatPiece p;
    p.literal = literal;
    out->push_back(p);
    literal.clear();
  };
  for (size_t i = 0; i < fmt.size(); ++i) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        literal += '}';
        ++i;
        continue;
      }
      *error = "Single '}' encountered in format string";
      return false;
    }
    if (c != '{') {
      literal += c;
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
      literal += '{';
      ++i;
      continue;
    }
    // A replacement field: {name!conv:spec}
    size_t j = i + 1;
    std::string name;
    while (j < fmt.size() && fmt[j] != '}' && fmt[j] != '!' && fmt[j] != ':') {
      if (fmt[j] == '{') {
        *error = "unexpected '{' in field name";
        return false;
      }
      name += fmt[j++];
    }
    StrFormatPiece p;
    p.is_field = true;
    if (j < fmt.size() && fmt[j] == '!') {
      if (j + 1 >= fmt.size()) {
        *error = "end of string while looking for conversion specifier";
        return false;
      }
      p.conv = fmt[j + 1];
      if (p.conv != 'r' && p.conv != 's' && p.conv != 'a') {
        *error = std::string("Unknown conversion specifier ") + p.conv;
        return false;
      }
      j += 2;
      if (j < fmt.size() && fmt[j] != ':' && fmt[j] != '}') {
        *error = "expected ':' after conversion specifier";
        return false;
      }
    }
    if (j < fmt.size() && fmt[j] == ':') {
      ++j;
      while (j < fmt.size() && fmt[j] != '}') {
        if (fmt[j] == '{') {
          *error = "nested replacement fields in format specs are not supported by rpyc";
          return false;
        }
        p.spec += fmt[j++];
      }
    }
    if (j >= fmt.size()) {
      *error = "expected '}' before end of string";
      return false;
    }
    if (name.find_first_of(".[") != std::string::npos) {
      *error = "attribute and item access in format fields is not supported by rpyc";
      return false;
    }
    if (name.empty()) {
      if (used_manual) {
        *error = "cannot switch from manual field specification to automatic field numbering";
        return false;
      }
      used_auto = true;
      p.index = auto_index++;
    } else if (name.find_first_not_of("0123456789") == std::string::npos) {
      if (used_auto) {
        *error = "cannot switch from automatic field numbering to manual field specification";
        return false;
      }
      used_manual = true;
      p.index = std::stoi(name);
    } else {
      p.name = name;
    }
    flush();
    out->push_back(p);
    i = j;
  }
  flush();
  return true;
}

namespace {

// Maps positional and keyword arguments onto the parameters `names`
// (keywords allowed only for those in `kw_ok`); absent ones are invalid.
bool Bind(MethodCall& c, const char* method, std::vector<const char*> names, size_t required,
          std::vector<const char*> kw_ok, std::vector<AnnId>* out) {
  out->assign(names.size(), AnnId());
  if (c.args.size() > names.size()) {
    c.Bad(std::string("str.") + method + "() takes at most " + std::to_string(names.size()) +
          " argument" + (names.size() == 1 ? "" : "s") + " (" + std::to_string(c.args.size()) +
          " given)");
    return false;
  }
  for (size_t i = 0; i < c.args.size(); ++i) (*out)[i] = c.args[i];
  for (size_t k = 0; k < c.keywords.size(); ++k) {
    size_t p = 0;
    while (p < names.size() && c.keywords[k] != names[p]) ++p;
    bool ok = p < names.size();
    if (ok) {
      ok = false;
      for (const char* n : kw_ok) ok = ok || c.keywords[k] == n;
    }
    if (!ok) {
      c.Bad(std::string("str.") + method + "() takes no keyword argument '" + c.keywords[k] + "'");
      return false;
    }
    if ((*out)[p].valid()) {
      c.Bad(std::string("str.") + method + "() got multiple values for argument '" +
            c.keywords[k] + "'");
      return false;
    }
    (*out)[p] = c.kwargs[k];
  }
  for (size_t i = 0; i < required; ++i)
    if (!(*out)[i].valid()) {
      c.Bad(std::string("str.") + method + "() missing required argument '" + names[i] + "'");
      return false;
    }
  return true;
}

bool IsStr(MethodCall& c, AnnId a) {
  const Annotation& x = c.anns().get(a);
  return x.kind == AnnKind::Str && !x.can_be_none;
}

bool CheckStr(MethodCall& c, const char* method, AnnId a, const char* what, bool none_ok) {
  if (!a.valid() || IsStr(c, a)) return true;
  if (none_ok && c.anns().get(a).kind == AnnKind::None) return true;
  c.Bad(std::string("str.") + method + "() " + what + " must be " + (none_ok ? "None or " : "") +
        "a str, not `" + c.ann.Describe(a) + "`");
  return false;
}

bool CheckInt(MethodCall& c, const char* method, AnnId a, const char* what, bool none_ok) {
  if (!a.valid() || IsIntLike(c.anns().get(a).kind)) return true;
  if (none_ok && c.anns().get(a).kind == AnnKind::None) return true;
  c.Bad(std::string("str.") + method + "() " + what + " must be " + (none_ok ? "None or " : "") +
        "an int, not `" + c.ann.Describe(a) + "`");
  return false;
}

AnnId ListOfStr(MethodCall& c) { return c.ann.ListMadeBy(c.op, c.anns().str()); }

AnnId Split(MethodCall& c, const char* name) {
  std::vector<AnnId> a;
  if (!Bind(c, name, {"sep", "maxsplit"}, 0, {"sep", "maxsplit"}, &a)) return c.anns().impossible();
  if (!CheckStr(c, name, a[0], "separator", true) ||
      !CheckInt(c, name, a[1], "maxsplit", false))
    return c.anns().impossible();
  return ListOfStr(c);
}
AnnId SplitL(MethodCall& c) { return Split(c, "split"); }
AnnId RSplit(MethodCall& c) { return Split(c, "rsplit"); }

AnnId Splitlines(MethodCall& c) {
  std::vector<AnnId> a;
  if (!Bind(c, "splitlines", {"keepends"}, 0, {"keepends"}, &a)) return c.anns().impossible();
  if (!CheckInt(c, "splitlines", a[0], "keepends", false)) return c.anns().impossible();
  return ListOfStr(c);
}

AnnId Join(MethodCall& c) {
  if (!c.Arity(1, 1)) return c.anns().impossible();
  const Annotation& l = c.anns().get(c.args[0]);
  if (l.kind == AnnKind::List && !l.can_be_none) {
    c.ann.ReadList(l.listdef);
    const Annotation& item = c.anns().get(c.anns().listdef(l.listdef).item);
    if (item.kind == AnnKind::Impossible || (item.kind == AnnKind::Str && !item.can_be_none))
      return c.anns().str();
  }
  if (l.kind == AnnKind::Tuple) {  // ''.join(p) for p in itertools.permutations(s)
    bool strs = true;
    for (AnnId item : l.items)
      strs = strs && c.anns().get(item).kind == AnnKind::Str && !c.anns().get(item).can_be_none;
    if (strs) return c.anns().str();
  }
  return c.Bad("str.join() needs a list of str, not `" + c.ann.Describe(c.args[0]) + "`");
}

AnnId StripLike(MethodCall& c, const char* name) {
  std::vector<AnnId> a;
  if (!Bind(c, name, {"chars"}, 0, {}, &a) || !CheckStr(c, name, a[0], "argument", true))
    return c.anns().impossible();
  return c.anns().str();
}
AnnId Strip(MethodCall& c) { return StripLike(c, "strip"); }
AnnId LStrip(MethodCall& c) { return StripLike(c, "lstrip"); }
AnnId RStrip(MethodCall& c) { return StripLike(c, "rstrip"); }

AnnId SearchLike(MethodCall& c, const char* name, AnnId result) {
  std::vector<AnnId> a;
  if (!Bind(c, name, {"sub", "start", "end"}, 1, {}, &a) ||
      !CheckStr(c, name, a[0], "argument", false) || !CheckInt(c, name, a[1], "start", true) ||
      !CheckInt(c, name, a[2], "end", true))
    return c.anns().impossible();
  return result;
}
AnnId Find(MethodCall& c) { return SearchLike(c, "find", c.anns().integer()); }
AnnId RFind(MethodCall& c) { return SearchLike(c, "rfind", c.anns().integer()); }
AnnId Index(MethodCall& c) { return SearchLike(c, "index", c.anns().integer(true)); }
AnnId RIndex(MethodCall& c) { return SearchLike(c, "rindex", c.anns().integer(true)); }
AnnId Count(MethodCall& c) { return SearchLike(c, "count", c.anns().integer(true)); }

AnnId Replace(MethodCall& c) {
  std::vector<AnnId> a;
  if (!Bind(c, "replace", {"old", "new", "count"}, 2, {}, &a) ||
      !CheckStr(c, "replace", a[0], "argument 1", false) ||
      !CheckStr(c, "replace", a[1], "argument 2", false) ||
      !CheckInt(c, "replace", a[2], "count", false))
    return c.anns().impossible();
  return c.anns().str();
}

AnnId StartsLike(MethodCall& c, const char* name) {
  std::vector<AnnId> a;
  if (!Bind(c, name, {"prefix", "start", "end"}, 1, {}, &a) ||
      !CheckInt(c, name, a[1], "start", true) || !CheckInt(c, name, a[2], "end", true))
    return c.anns().impossible();
  const Annotation& p = c.anns().get(a[0]);
  bool ok = IsStr(c, a[0]);
  if (p.kind == AnnKind::Tuple) {
    ok = true;
    for (AnnId item : p.items) ok = ok && IsStr(c, item);
  }
  if (!ok)
    return c.Bad(std::string("str.") + name + "() argument must be a str or a tuple of str, not `" +
                 c.ann.Describe(a[0]) + "`");
  return c.anns().boolean();
}
AnnId StartsWith(MethodCall& c) { return StartsLike(c, "startswith"); }
AnnId EndsWith(MethodCall& c) { return StartsLike(c, "endswith"); }

AnnId NoArgsStr(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return c.anns().str();
}
AnnId NoArgsBool(MethodCall& c) {
  if (!c.Arity(0, 0)) return c.anns().impossible();
  return c.anns().boolean();
}

AnnId ZFill(MethodCall& c) {
  if (!c.Arity(1, 1) || !CheckInt(c, "zfill", c.args[0], "width", false))
    return c.anns().impossible();
  return c.anns().str();
}

AnnId PadLike(MethodCall& c, const char* name) {
  if (!c.Arity(1, 2) || !CheckInt(c, name, c.args[0], "width", false) ||
      (c.args.size() > 1 && !CheckStr(c, name, c.args[1], "fill character", false)))
    return c.anns().impossible();
  if (c.args.size() > 1 && c.op.args[2].is_const() &&
      c.ann.host().Kind(c.ann.store().cst(c.op.args[2].cst()).value) == loader::HostKind::Str) {
    std::string f = c.ann.host().AsStr(c.ann.store().cst(c.op.args[2].cst()).value);
    size_t cps = 0;
    for (unsigned char ch : f) cps += (ch & 0xC0) != 0x80;
    if (cps != 1) return c.Bad("The fill character must be exactly one character long");
  }
  return c.anns().str();
}
AnnId Center(MethodCall& c) { return PadLike(c, "center"); }
AnnId LJust(MethodCall& c) { return PadLike(c, "ljust"); }
AnnId RJust(MethodCall& c) { return PadLike(c, "rjust"); }

AnnId PartitionLike(MethodCall& c, const char* name) {
  if (!c.Arity(1, 1) || !CheckStr(c, name, c.args[0], "separator", false))
    return c.anns().impossible();
  AnnId s = c.anns().str();
  return c.anns().tuple({s, s, s});
}
AnnId Partition(MethodCall& c) { return PartitionLike(c, "partition"); }
AnnId RPartition(MethodCall& c) { return PartitionLike(c, "rpartition"); }

AnnId Format(MethodCall& c) {
  loader::HostId recv = StrMethodReceiverConst(c.ann.store(), c.op.args[0]);
  if (!recv.valid() || c.ann.host().Kind(recv) != loader::HostKind::Str) {
    c.ann.Error(Diagnostic(DiagKind::BadFormat, c.op.loc,
                           {"the format string of str.format() must be a string literal or "
                            "constant"}));
    return c.anns().impossible();
  }
  std::vector<StrFormatPiece> pieces;
  std::string error;
  if (!ParseStrFormat(c.ann.host().AsStr(recv), &pieces, &error)) {
    c.ann.Error(Diagnostic(DiagKind::BadFormat, c.op.loc, {error}));
    return c.anns().impossible();
  }
  for (const StrFormatPiece& p : pieces) {
    if (!p.is_field) continue;
    AnnId v;
    if (p.name.empty()) {
      if (p.index >= static_cast<int>(c.args.size())) {
        c.ann.Error(Diagnostic(
            DiagKind::BadFormat, c.op.loc,
            {"Replacement index " + std::to_string(p.index) + " out of range for positional args tuple"}));
        return c.anns().impossible();
      }
      v = c.args[static_cast<size_t>(p.index)];
    } else {
      for (size_t k = 0; k < c.keywords.size(); ++k)
        if (c.keywords[k] == p.name) v = c.kwargs[k];
      if (!v.valid()) {
        c.ann.Error(Diagnostic(DiagKind::BadFormat, c.op.loc,
                               {"str.format() has no keyword argument '" + p.name + "'"}));
        return c.anns().impossible();
      }
    }
    if (p.conv) {
      std::string e = StrFormattable(c.ann, v, true);
      if (!e.empty()) return c.Bad(e);
      v = c.anns().str();
    }
    std::string e = StrFormattable(c.ann, v, p.spec.empty());
    if (!e.empty()) return c.Bad(e);
  }
  return c.anns().str();
}

}  // namespace

void AddStrMethods(MethodTable& t) {
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
  for (const char* m : {"upper", "lower", "title", "capitalize", "swapcase"})
    t.Add(AnnKind::Str, m, NoArgsStr);
  for (const char* m : {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower"})
    t.Add(AnnKind::Str, m, NoArgsBool);
  t.Add(AnnKind::Str, "zfill", ZFill);
  t.Add(AnnKind::Str, "center", Center);
  t.Add(AnnKind::Str, "ljust", LJust);
  t.Add(AnnKind::Str, "rjust", RJust);
  t.Add(AnnKind::Str, "partition", Partition);
  t.Add(AnnKind::Str, "rpartition", RPartition);
  t.Add(AnnKind::Str, "format", Format);
}

}  // namespace rpyc::annotator
