// Annotation of classes and instances: ClassDefs (classdef.h), attribute
// reads and writes, instantiation, method calls with dynamic dispatch,
// super(), isinstance.
//
// Method calls. `obj.m(args)` with obj an instance of C may run the `m`
// of any class in C's subtree. Every distinct implementation is annotated
// with its receiver and the call's arguments; the result is the union of
// their results. A subclass discovered later (instantiated somewhere)
// reflows the call site, so its override joins the family.
#include "annotator/annotator.h"
#include "common/check.h"
#include "translator/flow/builder.h"

namespace rpyc::annotator {

namespace {
struct ExcName {
  const char* name;
  const char* parent;
};
const ExcName kExcNames[] = {
#define RPY_BUILTIN_EXCEPTION(Name, Parent) {#Name, #Parent},
#include "rtlib/builtin_exceptions.def"
#undef RPY_BUILTIN_EXCEPTION
};
}  // namespace

int Annotator::BuiltinExceptionIndex(loader::HostId cls) {
  for (size_t i = 0; i < sizeof kExcNames / sizeof kExcNames[0]; ++i)
    if (host_.Is(cls, "builtins", kExcNames[i].name)) return static_cast<int>(i);
  return -1;
}

void Annotator::AddBuiltinSubclasses(uint32_t c) {
  int index = classdefs_[c].builtin_exception;
  if (index < 0) return;
  for (size_t i = 1; i < sizeof kExcNames / sizeof kExcNames[0]; ++i)
    if (std::string(kExcNames[i].parent) == kExcNames[index].name)
      AddBuiltinSubclasses(GetClassDef(host_.Builtin(kExcNames[i].name)));
}

uint32_t Annotator::BaseExceptionDef() {
  loader::HostId base = host_.Builtin("BaseException");
  return GetClassDef(base);
}

uint32_t Annotator::GetClassDef(loader::HostId cls) {
  auto it = classdef_of_.find(cls.index);
  if (it != classdef_of_.end()) return it->second;
  int builtin = BuiltinExceptionIndex(cls);
  // The primary base: the first base that is a user class or a built-in
  // exception (mixins after it contribute methods through the MRO, not
  // fields). A built-in exception's base comes from builtin_exceptions.def.
  uint32_t base = kNoClass;
  if (builtin > 0) {
    const char* parent = kExcNames[builtin].parent;
    base = GetClassDef(host_.Builtin(parent));
  }
  for (loader::HostId b : builtin >= 0 ? std::vector<loader::HostId>() : host_.ClassBases(cls)) {
    if (host_.Kind(b) == loader::HostKind::Class || BuiltinExceptionIndex(b) >= 0) {
      base = GetClassDef(b);
      break;
    }
  }
  ClassDef def;
  def.cls = cls;
  def.name = host_.QualifiedName(cls);
  size_t dot = def.name.rfind('.');
  if (dot != std::string::npos) def.name = def.name.substr(dot + 1);
  def.base = base;
  def.builtin_exception = builtin;
  def.is_exception = builtin >= 0 || (base != kNoClass && classdefs_[base].is_exception);
  classdefs_.push_back(def);
  uint32_t id = static_cast<uint32_t>(classdefs_.size() - 1);
  classdef_of_[cls.index] = id;
  if (builtin == 0) {
    // Every exception carries its message (str(exc)) as the first field,
    // where rtlib's traceback printer reads it.
    classdefs_[id].fields["#message"] = FieldInfo{anns_.str(true), SourceLoc(), {}};
    // And what repr(exc) shows between its parentheses (rtlib's
    // rpy_exception.repr_args; the name sorts after #message).
    classdefs_[id].fields["#repr_args"] = FieldInfo{anns_.str(true), SourceLoc(), {}};
  }
  if (base != kNoClass) {
    classdefs_[base].subclasses.push_back(id);
    // Method calls and attribute reads on ancestors must see the newcomer.
    for (uint32_t a = base; a != kNoClass; a = classdefs_[a].base)
      for (uint32_t blk : class_readers_[a]) Schedule(flow::BlockId(blk));
  }
  return id;
}

bool Annotator::NeedsEqMethod(AnnId a) {
  const Annotation x = anns_.get(a);
  if (x.kind != AnnKind::Instance) return false;
  std::vector<uint32_t> classes;
  Subtree(x.classdef, &classes);
  for (uint32_t c : classes) {
    uint32_t definer;
    if (LookupClassAttr(c, "__eq__", &definer).valid()) return true;
  }
  return false;
}

bool Annotator::IsSubclassDef(uint32_t sub, uint32_t base) const {
  for (uint32_t c = sub; c != kNoClass; c = classdefs_[c].base)
    if (c == base) return true;
  return false;
}

uint32_t Annotator::CommonBase(uint32_t a, uint32_t b) const {
  for (uint32_t x = a; x != kNoClass; x = classdefs_[x].base)
    if (IsSubclassDef(b, x)) return x;
  return kNoClass;
}

bool Annotator::RequestSiteMerge(uint32_t a, uint32_t b) {
  const flow::SiteClasses* sites = builder_.site_classes();
  if (!sites || failed_) return false;
  const flow::SiteClasses::Site* sa = sites->SiteOf(classdefs_[a].cls);
  const flow::SiteClasses::Site* sb = sites->SiteOf(classdefs_[b].cls);
  if (!sa || !sb || sa->factory != sb->factory || sa->args.size() != sb->args.size()) return false;
  for (size_t i = 0; i < sa->args.size(); ++i) {
    loader::HostId x = sa->args[i], y = sb->args[i];
    bool same_str = host_.Kind(x) == loader::HostKind::Str && host_.Kind(y) == loader::HostKind::Str &&
                    host_.AsStr(x) == host_.AsStr(y);
    if (!host_.Identical(x, y) && !same_str) return false;  // e.g. defaultdict(list) and (int)
  }
  site_merges_.push_back({sa->loc, sb->loc});
  failed_ = true;  // stops the fixpoint without a diagnostic
  return true;
}

void Annotator::Subtree(uint32_t c, std::vector<uint32_t>* out) const {
  out->push_back(c);
  for (uint32_t s : classdefs_[c].subclasses) Subtree(s, out);
}

uint32_t Annotator::FieldOwner(uint32_t c, const std::string& name) const {
  for (uint32_t x = c; x != kNoClass; x = classdefs_[x].base)
    if (classdefs_[x].fields.count(name)) return x;
  return kNoClass;
}

loader::HostId Annotator::LookupClassAttr(uint32_t c, const std::string& name, uint32_t* definer) {
  if (name == kStrForm) {
    loader::HostId s = LookupClassAttr(c, "__str__", definer);
    return s.valid() ? s : LookupClassAttr(c, "__repr__", definer);
  }
  *definer = kNoClass;
  for (loader::HostId k : host_.ClassMro(classdefs_[c].cls)) {
    if (host_.Kind(k) != loader::HostKind::Class) continue;  // object, builtins
    loader::HostId v = host_.ClassDictGet(k, name);
    if (!v.valid()) continue;
    auto it = classdef_of_.find(k.index);
    if (it != classdef_of_.end() && IsSubclassDef(c, it->second)) *definer = it->second;
    return v;
  }
  return loader::HostId();
}

bool Annotator::SubtreeHasMethod(uint32_t c, const std::string& name) {
  std::vector<uint32_t> below;
  Subtree(c, &below);
  for (uint32_t s : below) {
    uint32_t definer;
    loader::HostId f = LookupClassAttr(s, name, &definer);
    if (f.valid() && host_.Kind(f) == loader::HostKind::Function) return true;
  }
  return false;
}

void Annotator::RequireMethod(const flow::Operation& op, uint32_t c, const std::string& name) {
  for (const RequiredMethod& r : required_methods_)
    if (r.op == &op && r.classdef == c && r.name == name) return;
  required_methods_.push_back({&op, c, name});
}

// The field `name` as seen from class c: owned by c or an ancestor, or
// created on c, pulling up any copies owned by subclasses.
FieldInfo& Annotator::Field(uint32_t c, const std::string& name, SourceLoc loc) {
  uint32_t owner = FieldOwner(c, name);
  if (owner != kNoClass) return classdefs_[owner].fields[name];
  FieldInfo merged{anns_.impossible(), loc, {}};
  std::vector<uint32_t> below;
  Subtree(c, &below);
  for (uint32_t s : below) {
    auto it = classdefs_[s].fields.find(name);
    if (it == classdefs_[s].fields.end()) continue;
    AnnId u = anns_.Union(merged.ann, it->second.ann);
    if (anns_.get(u).kind == AnnKind::Object) {
      Diagnostic d(DiagKind::UnionMismatch, loc,
                   {Describe(merged.ann), Describe(it->second.ann), "attribute `" + name + "`"});
      d.Note(DiagKind::FirstInferred, it->second.origin,
             {"attribute `" + name + "`", Describe(it->second.ann)});
      Error(std::move(d));
    } else {
      merged.ann = u;
    }
    if (merged.origin.line == 0 || it->second.origin.known()) merged.origin = it->second.origin;
    merged.readers.insert(merged.readers.end(), it->second.readers.begin(), it->second.readers.end());
    classdefs_[s].fields.erase(it);
  }
  for (uint32_t r : merged.readers) Schedule(flow::BlockId(r));
  for (uint32_t blk : class_readers_[c]) Schedule(flow::BlockId(blk));
  return classdefs_[c].fields[name] = merged;
}

AnnId Annotator::AnnotateSetAttr(const flow::Operation& op, AnnId obj, const std::string& name,
                                 AnnId value, flow::VarId from) {
  const Annotation& o = anns_.get(obj);
  if (o.kind != AnnKind::Instance) {
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {"setting attribute `" + name + "`", "`" + Describe(obj) + "`"}));
    return anns_.impossible();
  }
  if (anns_.get(value).kind == AnnKind::BuiltinMethod) {
    // A method of a built-in value is resolved where it is called; it is
    // not a value that can be stored.
    const std::string what = "the method `" + anns_.get(value).name + "` of `" +
                             Describe(anns_.get(value).items[0]) + "`";
    if (name.compare(0, 6, "_rpyc_") == 0)
      Error(Diagnostic(DiagKind::NotSupportedYet, op.loc,
                       {"inside `try`, calling a method read before an `await` or `yield` (" +
                            what + ")",
                        "assign the awaited value to a variable first, then call the method"}));
    else
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"storing " + what, "an attribute (call the method instead)"}));
    return anns_.impossible();
  }
  FieldInfo& f = Field(o.classdef, name, op.loc);
  AnnId u = anns_.Union(f.ann, value);
  if (anns_.get(u).kind == AnnKind::Object) {
    Diagnostic d(DiagKind::UnionMismatch, op.loc,
                 {Describe(f.ann), Describe(value), "attribute `" + name + "`"});
    NoteFlowChain(d, from, op.loc);
    d.Note(DiagKind::FirstInferred, f.origin, {"attribute `" + name + "`", Describe(f.ann)});
    NoteFlowChain(d, f.from, f.origin);
    Error(std::move(d));
    return anns_.impossible();
  }
  if (f.ann == anns_.impossible()) {
    f.origin = op.loc;
    f.from = from;
  }
  if (u != f.ann) {
    f.ann = u;
    for (uint32_t r : f.readers) Schedule(flow::BlockId(r));
  }
  return anns_.none();
}

AnnId Annotator::AnnotateGetAttr(const flow::Operation& op, AnnId obj, const std::string& name) {
  const Annotation o = anns_.get(obj);
  if (o.kind == AnnKind::Super) return anns_.builtin_method(obj, name);
  if (name == "__class__") return ClassesOfInstance(op, obj, "`__class__`");
  uint32_t c = o.classdef;
  uint32_t args_definer;
  if (name == "args" && classdefs_[c].is_exception && !o.can_be_none &&
      !LookupClassAttr(c, name, &args_definer).valid()) {
    // e.args, unless a class of the subtree has a field `args` of its own.
    std::vector<uint32_t> below;
    Subtree(c, &below);
    bool field = FieldOwner(c, name) != kNoClass;
    for (uint32_t s : below) field = field || classdefs_[s].fields.count(name);
    if (!field) return AnnotateExceptionArgs(op, c);
  }
  class_readers_[c].insert(current_block_.index);
  // A field of c or of an ancestor, or one owned by subclasses (pulled
  // up to c on read).
  bool field = FieldOwner(c, name) != kNoClass;
  if (!field) {
    std::vector<uint32_t> below;
    Subtree(c, &below);
    for (uint32_t s : below) field = field || classdefs_[s].fields.count(name);
  }
  uint32_t definer;
  loader::HostId attr = LookupClassAttr(c, name, &definer);
  if (!field && !attr.valid()) {
    // A method only subclasses define: called on an instance of another
    // class it raises AttributeError, as in CPython.
    std::vector<uint32_t> below;
    Subtree(c, &below);
    for (uint32_t s : below) {
      uint32_t d;
      loader::HostId v = LookupClassAttr(s, name, &d);
      if (v.valid() && host_.Kind(v) == loader::HostKind::Function)
        return anns_.builtin_method(obj, name);
    }
  }
  if (!field && attr.valid()) {
    bool is_static = false;
    loader::HostId inner = host_.UnwrapMethod(attr, &is_static);
    if (host_.Kind(attr) == loader::HostKind::Function) return anns_.builtin_method(obj, name);
    if (inner.valid() && is_static) return anns_.pbc({inner});
    if (inner.valid()) return anns_.builtin_method(obj, name);  // a classmethod
    if (IsClassDataAttr(c, name)) return ReadClassAttr(op, c, name);
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {"class attribute `" + name + "` (" + host_.TypeName(attr) + ")",
                      "`" + Describe(obj) + "`"}));
    return anns_.impossible();
  }
  FieldInfo& f = Field(c, name, op.loc);
  if (std::find(f.readers.begin(), f.readers.end(), current_block_.index) == f.readers.end())
    f.readers.push_back(current_block_.index);
  if (f.ann == anns_.impossible()) unset_reads_.push_back({&op, c});
  return f.ann;
}

AnnId Annotator::AnnotateClassCall(flow::BlockId b, const flow::Operation& op, loader::HostId cls,
                                   CallTarget* target) {
  uint32_t c = GetClassDef(cls);
  classdefs_[c].instantiated = true;
  target->kind = CallTarget::Kind::ClassCall;
  target->classdef = c;
  AnnId self = anns_.instance(c);
  // Class-level constants that are also instance fields are the fields'
  // initial values.
  for (uint32_t x = c; x != kNoClass; x = classdefs_[x].base)
    for (auto& [name, info] : classdefs_[x].fields) {
      uint32_t d;
      loader::HostId v = LookupClassAttr(c, name, &d);
      if (v.valid() && host_.Kind(v) != loader::HostKind::Function)
        AnnotateSetAttr(op, self, name, ConstantAnnotation(v));
    }
  uint32_t definer;
  loader::HostId init = LookupClassAttr(c, "__init__", &definer);
  const flow::CallShape& shape = store_.call_shape(op.shape);
  if (classdefs_[c].is_exception && !ExceptionInitSetsMessage(c)) {
    if (!CheckExceptionArgs(op, 1)) return anns_.impossible();
    NoteExceptionArgs(op, c, false, 1);
  }
  if (!init.valid() || host_.Kind(init) != loader::HostKind::Function) {
    if (classdefs_[c].is_exception) return self;
    if (shape.positional || !shape.keywords.empty()) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {classdefs_[c].name + "() takes no arguments"}));
      return anns_.impossible();
    }
    return self;
  }
  AnnId init_self = anns_.instance(definer == kNoClass ? c : definer);
  AnnId r = CallMethodGraph(b, op, init, init_self, &target->graph, &target->arg_map,
                            HasVarargs(init, op.loc));
  if (failed_) return anns_.impossible();
  if (r != anns_.impossible() && anns_.get(r).kind != AnnKind::None) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {"__init__() should return None"}));
    return anns_.impossible();
  }
  return self;
}

AnnId Annotator::AnnotateInstanceCall(flow::BlockId b, const flow::Operation& op, AnnId method,
                                      CallTarget* target) {
  const Annotation m = anns_.get(method);
  const Annotation recv = anns_.get(m.items[0]);
  const std::string& name = m.name;
  if (recv.kind == AnnKind::Super) {
    // super().name: the first definition after the method's class in the
    // MRO, called directly with the same receiver.
    uint32_t c = recv.classdef;
    target->kind = CallTarget::Kind::SuperCall;
    std::vector<loader::HostId> mro = host_.ClassMro(classdefs_[c].cls);
    for (size_t i = 1; i < mro.size(); ++i) {
      if (host_.Kind(mro[i]) != loader::HostKind::Class) continue;
      loader::HostId f = host_.ClassDictGet(mro[i], name);
      if (!f.valid()) continue;
      if (host_.Kind(f) != loader::HostKind::Function) break;
      uint32_t owner = GetClassDef(mro[i]);
      return CallMethodGraph(b, op, f, anns_.instance(owner), &target->graph, &target->arg_map);
    }
    if (name == "__init__") {
      // object.__init__, or BaseException.__init__(msg) which sets the
      // message (the rtyper does it; target->method says so).
      target->graph = flow::GraphId();
      if (classdefs_[c].is_exception) {
        target->method = "__exc_init__";
        if (!CheckExceptionArgs(op, 1)) return anns_.impossible();
        NoteExceptionArgs(op, c, true, 1);
      }
      return anns_.none();
    }
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {"super()." + name, "`" + classdefs_[c].name + "`"}));
    return anns_.impossible();
  }
  uint32_t c = recv.classdef;
  class_readers_[c].insert(b.index);
  target->kind = CallTarget::Kind::MethodCall;
  target->classdef = c;
  target->method = name;
  std::vector<uint32_t> classes;
  Subtree(c, &classes);
  // A method with `*args` that every class of the receiver takes from one
  // definition is called directly (RTyper::DispatchLastCall), so it is
  // specialized per call shape as a function is (specialize.cpp); with
  // several definitions, one graph each fills a vtable slot.
  loader::HostId only;
  for (uint32_t s : classes) {
    uint32_t definer;
    loader::HostId f = LookupClassAttr(s, name, &definer);
    bool function = f.valid() && host_.Kind(f) == loader::HostKind::Function;
    if (!function || (only.valid() && f.index != only.index)) {
      only = loader::HostId();
      break;
    }
    only = f;
  }
  const bool specialize = only.valid() && HasVarargs(only, op.loc);
  AnnId result = anns_.impossible();
  std::map<uint32_t, flow::GraphId> done;  // function host id -> graph
  for (uint32_t s : classes) {
    uint32_t definer;
    loader::HostId f = LookupClassAttr(s, name, &definer);
    if (!f.valid() || host_.Kind(f) != loader::HostKind::Function) {
      if (s == c && f.valid()) {
        Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                         {"method `" + name + "`", "`" + classdefs_[c].name + "`"}));
        return anns_.impossible();
      }
      continue;  // raises AttributeError (the rtyper's stub)
    }
    auto it = done.find(f.index);
    if (it == done.end()) {
      uint32_t owner = definer == kNoClass ? s : definer;
      flow::GraphId g;
      std::vector<int> map;
      AnnId r = CallMethodGraph(b, op, f, anns_.instance(owner), &g, &map, specialize);
      if (failed_) return anns_.impossible();
      AnnId before = result;
      result = anns_.Union(result, r);
      if (anns_.get(result).kind == AnnKind::Object) {
        Error(Diagnostic(DiagKind::UnionMismatch, op.loc,
                         {Describe(before), Describe(r),
                          "the results of method `" + name + "`: `" + classdefs_[owner].name +
                              "." + name + "` returns `" + Describe(r) +
                              "`, an override called here returns `" + Describe(before) + "`"}));
        return anns_.impossible();
      }
      target->arg_map = map;
      it = done.emplace(f.index, g).first;
    }
    target->impls.push_back({s, it->second});
  }
  if (target->impls.empty()) {
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {"method `" + name + "`", "`" + classdefs_[c].name + "`"}));
    return anns_.impossible();
  }
  return result;
}

bool Annotator::HasVarargs(loader::HostId func, SourceLoc site) {
  flow::GraphId g = GraphFor(func, site);
  return g.valid() && store_.graph(g).signature.vararg >= 0;
}

}  // namespace rpyc::annotator
