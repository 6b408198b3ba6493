// Classes as values: class attributes read and written through a class
// (`Counter.created += 1`, `cls.SCALE`), classmethods, and calls of a
// value that may be one of several classes (a class family).
//
// Class attributes. A data attribute found in a class dictionary has one
// annotation per (root class, name): the union of the values every class
// of the root's subtree defines, and of every value assigned through a
// class at run time. So each class of a hierarchy stores the attribute
// with one low-level type (the rtyper gives every defining class a global
// cell and, where the attribute is read through an instance or a class
// value of several classes, a vtable slot pointing at the cell).
// Assigning through a class that only inherits the attribute would create
// a new attribute on that class in CPython: refused.
#include <algorithm>

#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

namespace {

bool IsDataKind(loader::HostKind k) {
  switch (k) {
    case loader::HostKind::None: case loader::HostKind::Bool: case loader::HostKind::Int:
    case loader::HostKind::Float: case loader::HostKind::Str: case loader::HostKind::Tuple:
    case loader::HostKind::List: case loader::HostKind::Dict: case loader::HostKind::Instance:
    case loader::HostKind::BigInt: case loader::HostKind::Bytes:
      return true;
    default:
      return false;
  }
}

}  // namespace

uint32_t Annotator::RootOf(uint32_t c) const {
  while (classdefs_[c].base != kNoClass) c = classdefs_[c].base;
  return c;
}

bool Annotator::IsClassFamily(AnnId a) {
  const Annotation& x = anns_.get(a);
  if (x.kind != AnnKind::PBC || x.descs.empty()) return false;
  // Built-in exception classes are classes of the program too: each has a
  // vtable (rtlib's rpy_vt_<Name>), so a value that may be several of them
  // is a vtable pointer like any class family.
  for (loader::HostId d : x.descs)
    if (host_.Kind(d) != loader::HostKind::Class && BuiltinExceptionIndex(d) < 0) return false;
  return true;
}

AnnId Annotator::CompareClasses(const std::vector<AnnId>& args) {
  // Compared by their vtables: each class needs a ClassDef (a built-in
  // exception class may have none yet).
  for (size_t i = 0; i < 2; ++i) {
    std::vector<loader::HostId> descs = anns_.get(args[i]).descs;
    for (loader::HostId d : descs) GetClassDef(d);
  }
  return anns_.boolean();
}

bool Annotator::IsClassMethod(AnnId method) {
  const Annotation& m = anns_.get(method);
  if (m.kind != AnnKind::BuiltinMethod || anns_.get(m.items[0]).kind != AnnKind::Instance)
    return false;
  uint32_t definer;
  loader::HostId v = LookupClassAttr(anns_.get(m.items[0]).classdef, m.name, &definer);
  bool is_static = false;
  return v.valid() && host_.UnwrapMethod(v, &is_static).valid() && !is_static;
}

bool Annotator::IsClassDataAttr(uint32_t c, const std::string& name) {
  uint32_t definer;
  loader::HostId v = LookupClassAttr(c, name, &definer);
  return v.valid() && IsDataKind(host_.Kind(v));
}

loader::HostId Annotator::ClassAttrDefiner(uint32_t c, const std::string& name) {
  for (loader::HostId k : host_.ClassMro(classdefs_[c].cls)) {
    if (host_.Kind(k) != loader::HostKind::Class) continue;
    if (host_.ClassDictGet(k, name).valid()) return k;
  }
  return loader::HostId();
}

bool Annotator::ClassAttrMutated(loader::HostId definer, const std::string& name) const {
  return mutated_class_attrs_.count({definer.index, name}) != 0;
}

AnnId Annotator::ClassAttrAnnotation(uint32_t c, const std::string& name) {
  uint32_t root = RootOf(c);
  auto it = class_attrs_.find({root, name});
  AnnId u = it == class_attrs_.end() ? anns_.impossible() : it->second;
  std::vector<uint32_t> below;
  Subtree(root, &below);
  for (uint32_t s : below) {
    uint32_t d;
    loader::HostId v = LookupClassAttr(s, name, &d);
    if (v.valid() && IsDataKind(host_.Kind(v))) u = anns_.Union(u, ConstantAnnotation(v));
  }
  return u;
}

AnnId Annotator::ReadClassAttr(const flow::Operation& op, uint32_t c, const std::string& name) {
  uint32_t root = RootOf(c);
  class_attr_readers_[{root, name}].insert(current_block_.index);
  for (uint32_t x = c; x != kNoClass; x = classdefs_[x].base)
    class_readers_[x].insert(current_block_.index);
  AnnId u = ClassAttrAnnotation(c, name);
  if (anns_.get(u).kind == AnnKind::Object) {
    Error(Diagnostic(DiagKind::UnionMismatch, op.loc,
                     {"several types", "the classes of `" + classdefs_[root].name + "`'s hierarchy",
                      "class attribute `" + name + "`"}));
    return anns_.impossible();
  }
  return u;
}

AnnId Annotator::AnnotateClassGetAttr(const flow::Operation& op, AnnId cls, const std::string& name) {
  std::vector<loader::HostId> descs = anns_.get(cls).descs;
  if (name == "__name__") return anns_.str();
  // What the attribute is on every class the value may be.
  AnnId result = anns_.impossible();
  for (loader::HostId d : descs) {
    uint32_t c = GetClassDef(d);
    uint32_t definer;
    loader::HostId v = LookupClassAttr(c, name, &definer);
    AnnId r;
    bool is_static = false;
    loader::HostId inner = v.valid() ? host_.UnwrapMethod(v, &is_static) : loader::HostId();
    if (!v.valid()) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"attribute `" + name + "`", "class `" + classdefs_[c].name + "`"}));
      return anns_.impossible();
    } else if (inner.valid() && !is_static) {
      return anns_.builtin_method(cls, name);  // a classmethod, bound to the class value
    } else if (inner.valid() || host_.Kind(v) == loader::HostKind::Function ||
               host_.Kind(v) == loader::HostKind::Class) {
      r = anns_.pbc({inner.valid() ? inner : v});
    } else if (IsDataKind(host_.Kind(v))) {
      r = ReadClassAttr(op, c, name);
    } else {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"class attribute `" + name + "` (" + host_.TypeName(v) + ")",
                        "class `" + classdefs_[c].name + "`"}));
      return anns_.impossible();
    }
    if (failed_) return anns_.impossible();
    AnnId u = anns_.Union(result, r);
    if (anns_.get(u).kind == AnnKind::Object ||
        (anns_.get(u).kind == AnnKind::PBC && anns_.get(u).descs.size() > 1 && descs.size() > 1 &&
         !IsClassFamily(u))) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"attribute `" + name + "` that differs in kind or type between classes",
                        "a value that may be any of several classes"}));
      return anns_.impossible();
    }
    result = u;
  }
  return result;
}

AnnId Annotator::AnnotateClassSetAttr(const flow::Operation& op, AnnId cls, const std::string& name,
                                      AnnId value) {
  const Annotation c = anns_.get(cls);
  if (c.descs.size() != 1) {
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {"setting class attribute `" + name + "`",
                      "a value that may be any of several classes"}));
    return anns_.impossible();
  }
  uint32_t k = GetClassDef(c.descs[0]);
  loader::HostId own = host_.ClassDictGet(c.descs[0], name);
  if (!own.valid() || !IsDataKind(host_.Kind(own))) {
    loader::HostId definer = ClassAttrDefiner(k, name);
    std::string why = definer.valid() ? "inherited from `" + host_.QualifiedName(definer) +
                                            "` (CPython would create a new attribute on the class)"
                                      : "not defined in the class body";
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {"setting class attribute `" + name + "` " + why,
                      "class `" + classdefs_[k].name + "`"}));
    return anns_.impossible();
  }
  mutated_class_attrs_.insert({c.descs[0].index, name});
  uint32_t root = RootOf(k);
  AnnId before = ClassAttrAnnotation(k, name);
  AnnId& stored = class_attrs_[{root, name}];
  if (!stored.valid()) stored = anns_.impossible();
  stored = anns_.Union(stored, value);
  AnnId after = ClassAttrAnnotation(k, name);
  if (anns_.get(after).kind == AnnKind::Object) {
    Error(Diagnostic(DiagKind::UnionMismatch, op.loc,
                     {Describe(before), Describe(value), "class attribute `" + name + "`"}));
    return anns_.impossible();
  }
  if (after != before)
    for (uint32_t r : class_attr_readers_[{root, name}]) Schedule(flow::BlockId(r));
  return anns_.none();
}

std::vector<loader::HostId> Annotator::ClassInfoClasses(AnnId classinfo) {
  const Annotation c = anns_.get(classinfo);
  std::vector<loader::HostId> out;
  if (c.kind == AnnKind::Tuple) {
    for (AnnId item : c.items) {
      std::vector<loader::HostId> sub = ClassInfoClasses(item);
      if (sub.empty()) return {};
      out.insert(out.end(), sub.begin(), sub.end());
    }
    return out;
  }
  if (c.kind != AnnKind::PBC) return {};
  for (loader::HostId d : c.descs) {
    if (!host_.IsClass(d)) return {};
    if (host_.Kind(d) == loader::HostKind::Class || BuiltinExceptionIndex(d) >= 0) GetClassDef(d);
    out.push_back(d);
  }
  return out;
}

AnnId Annotator::ClassesOfInstance(const flow::Operation& op, AnnId x, const char* what) {
  const Annotation a = anns_.get(x);
  if (a.kind != AnnKind::Instance || a.can_be_none) {
    Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                     {what, "`" + Describe(x) + "` (only instances that are never None)"}));
    return anns_.impossible();
  }
  class_readers_[a.classdef].insert(current_block_.index);
  // rtlib may raise any built-in subclass, named in the program or not.
  AddBuiltinSubclasses(a.classdef);
  std::vector<uint32_t> classes;
  Subtree(a.classdef, &classes);
  std::vector<loader::HostId> descs;
  for (uint32_t c : classes) descs.push_back(classdefs_[c].cls);
  return anns_.pbc(descs);
}

AnnId Annotator::AnnotateTypeOf(const flow::Operation& op, const std::vector<AnnId>& args) {
  if (args.size() != 1 || !store_.call_shape(op.shape).keywords.empty()) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc, {"type() takes 1 argument in rpyc"}));
    return anns_.impossible();
  }
  return ClassesOfInstance(op, args[0], "type()");
}

AnnId Annotator::AnnotateIsInstance(const flow::Operation& op, bool subclass,
                                    const std::vector<AnnId>& args) {
  const char* name = subclass ? "issubclass" : "isinstance";
  if (args.size() != 2 || !store_.call_shape(op.shape).keywords.empty()) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {std::string(name) + "() takes 2 positional arguments"}));
    return anns_.impossible();
  }
  std::vector<loader::HostId> classes = ClassInfoClasses(args[1]);
  const Annotation& c = anns_.get(args[1]);
  bool runtime = c.kind == AnnKind::PBC && c.descs.size() > 1;
  if (classes.empty() || (runtime && !subclass)) {
    Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                     {std::string(name) +
                      "() needs a class or a tuple of classes known at translation time"}));
    return anns_.impossible();
  }
  if (subclass) {
    bool ok = IsClassFamily(args[0]);
    for (loader::HostId d : classes)
      ok = ok && (host_.Kind(d) == loader::HostKind::Class || BuiltinExceptionIndex(d) >= 0);
    if (!ok) {
      Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"issubclass() of `" + Describe(args[0]) + "` and `" + Describe(args[1]) +
                        "` (only classes of the program are supported)"}));
      return anns_.impossible();
    }
  }
  return anns_.boolean();
}

// `C.m(args)` with m a classmethod: m's function called with the class
// value first. Through an instance (`obj.m()`), the class is the
// instance's class: every class of the static class's subtree.
AnnId Annotator::AnnotateClassMethodCall(flow::BlockId b, const flow::Operation& op, AnnId method,
                                         CallTarget* target) {
  const Annotation m = anns_.get(method);
  const Annotation recv = anns_.get(m.items[0]);
  std::vector<uint32_t> classes;
  if (recv.kind == AnnKind::Instance) {
    Subtree(recv.classdef, &classes);
    target->classdef = recv.classdef;
  } else {
    for (loader::HostId d : recv.descs) classes.push_back(GetClassDef(d));
  }
  loader::HostId func;
  std::vector<loader::HostId> cls_descs;
  for (uint32_t c : classes) {
    uint32_t definer;
    loader::HostId v = LookupClassAttr(c, m.name, &definer);
    bool is_static = false;
    loader::HostId inner = v.valid() ? host_.UnwrapMethod(v, &is_static) : loader::HostId();
    if (!inner.valid() || is_static || (func.valid() && !host_.Identical(func, inner))) {
      Error(Diagnostic(DiagKind::UnsupportedOperation, op.loc,
                       {"classmethod `" + m.name + "` overridden or redefined in subclasses",
                        "a value that may be any of several classes"}));
      return anns_.impossible();
    }
    func = inner;
    cls_descs.push_back(classdefs_[c].cls);
  }
  target->kind = CallTarget::Kind::ClassMethod;
  target->method = m.name;
  return CallMethodGraph(b, op, func, anns_.pbc(cls_descs), &target->graph, &target->arg_map);
}

// A call of a value that may be any of several classes: every class is
// instantiated as by a direct call; their __init__ must take the arguments
// the same way (the rtyper calls a per-class constructor through the
// class's vtable).
AnnId Annotator::AnnotateClassFamilyCall(flow::BlockId b, const flow::Operation& op,
                                         const std::vector<loader::HostId>& descs,
                                         CallTarget* target) {
  AnnId result = anns_.impossible();
  std::vector<flow::GraphId> inits;
  for (size_t i = 0; i < descs.size(); ++i) {
    CallTarget t;
    AnnId r = AnnotateClassCall(b, op, descs[i], &t);
    if (failed_) return anns_.impossible();
    bool same = i == 0 || (t.arg_map == target->arg_map && t.graph.valid() == !inits.empty());
    for (int a : t.arg_map) same = same && a != -1;
    if (!same) {
      Error(Diagnostic(DiagKind::UnsupportedCall, op.loc,
                       {"a value that may be any of several classes with these arguments (the "
                        "__init__ of every class it may hold must take them all, the same way)"}));
      return anns_.impossible();
    }
    if (i == 0) target->arg_map = t.arg_map;
    if (t.graph.valid()) inits.push_back(t.graph);
    target->impls.push_back({t.classdef, t.graph});
    AnnId u = anns_.Union(result, r);
    if (anns_.get(u).kind == AnnKind::Object) {
      Error(Diagnostic(DiagKind::UnsupportedCall, op.loc,
                       {"a value that may be any of several classes without a common base class"}));
      return anns_.impossible();
    }
    result = u;
  }
  target->kind = CallTarget::Kind::ClassFamily;
  target->classdef = anns_.get(result).classdef;
  if (inits.size() > 1) {
    std::sort(inits.begin(), inits.end(),
              [](flow::GraphId x, flow::GraphId y) { return x.index < y.index; });
    inits.erase(std::unique(inits.begin(), inits.end()), inits.end());
    // The receivers differ; the other parameters must agree.
    const flow::FunctionGraph& g0 = store_.graph(inits[0]);
    size_t n = store_.block(g0.startblock).inputargs.size();
    std::vector<AnnId> params(n, anns_.impossible());
    for (flow::GraphId g : inits) {
      const flow::Block& start = store_.block(store_.graph(g).startblock);
      for (size_t p = 1; p < n && p < start.inputargs.size(); ++p)
        params[p] = anns_.Union(params[p], binding(start.inputargs[p]));
    }
    for (size_t p = 1; p < n; ++p)
      if (anns_.get(params[p]).kind == AnnKind::Object) {
        Error(Diagnostic(DiagKind::UnsupportedCall, op.loc,
                         {"classes whose __init__ parameters have different types through one "
                          "value"}));
        return anns_.impossible();
      }
    for (flow::GraphId g : inits) {
      const flow::FunctionGraph& fg = store_.graph(g);
      std::vector<AnnId> incoming = params;
      incoming[0] = binding(store_.block(fg.startblock).inputargs[0]);
      std::vector<SourceLoc> locs(n, op.loc);
      std::string name = fg.name;
      MergeInputs(fg.startblock, incoming, locs, [&](size_t i) {
        return "argument " + std::to_string(i + 1) + " of `" + name + "`";
      });
      if (failed_) return anns_.impossible();
    }
  }
  return result;
}

}  // namespace rpyc::annotator
