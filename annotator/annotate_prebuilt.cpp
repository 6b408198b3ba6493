// Prebuilt instances and dicts: objects built at import time (module-level
// constants, class attributes, items of prebuilt lists) that the program
// reads and mutates (RPython's prebuilt instances).
//
// A prebuilt instance is an instance of its class like any other: each
// entry of its __dict__ is assigned to the instance's field, so the field
// annotations cover the prebuilt values (the rtyper then emits the object
// with its fields initialized statically). A prebuilt dict gets one DictDef
// per dict object, its entries merged, as prebuilt lists get a ListDef.
#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

AnnId Annotator::PrebuiltInstance(loader::HostId obj) {
  auto it = prebuilt_instances_.find(obj.index);
  if (it != prebuilt_instances_.end()) return it->second;
  loader::HostId cls = host_.TypeOf(obj);
  if (host_.Kind(cls) != loader::HostKind::Class) return anns_.object();
  uint32_t c = GetClassDef(cls);
  if (classdefs_[c].is_exception) return anns_.object();
  classdefs_[c].instantiated = true;
  AnnId self = anns_.instance(c);
  // Recorded first: the fields may refer back to the object.
  prebuilt_instances_[obj.index] = self;
  flow::Operation fake;
  fake.kind = flow::OpKind::setattr;
  for (const auto& [name, value] : host_.InstanceDict(obj)) {
    AnnId v = ConstantAnnotation(value);
    if (anns_.get(v).kind == AnnKind::Object) {
      Error(Diagnostic(DiagKind::UnsupportedConstant, SourceLoc(),
                       {host_.Repr(value) + " (attribute `" + name + "` of the prebuilt " +
                        classdefs_[c].name + " instance " + host_.Repr(obj) + ")"}));
      return anns_.object();
    }
    AnnotateSetAttr(fake, self, name, v);
    if (failed_) return anns_.object();
  }
  return self;
}

bool Annotator::PrebuiltKeyOk(AnnId k) {
  // Keys the init graph can hash as the program will: scalars, instances
  // compared by identity, and tuples of those (the value family's hash,
  // rtyper/rtype_values.cpp, at init time and at run time alike).
  const Annotation& a = anns_.get(k);
  switch (a.kind) {
    case AnnKind::Int: case AnnKind::Str: case AnnKind::Bool: case AnnKind::Float:
      return !a.can_be_none;
    case AnnKind::Instance:
      return !NeedsEqMethod(k);
    case AnnKind::Tuple: {
      const std::vector<AnnId> items = a.items;
      for (AnnId item : items)
        if (anns_.get(item).kind != AnnKind::None && !PrebuiltKeyOk(item)) return false;
      return true;
    }
    default:
      return false;
  }
}

AnnId Annotator::PrebuiltDict(loader::HostId obj) {
  auto it = prebuilt_dicts_.find(obj.index);
  if (it != prebuilt_dicts_.end()) return anns_.dict(it->second);
  ListDefId def = anns_.NewListDef(anns_.impossible());
  prebuilt_dicts_[obj.index] = def;
  for (const auto& [key, value] : host_.DictItems(obj)) {
    AnnId k = ConstantAnnotation(key);
    AnnId v = ConstantAnnotation(value);
    if (!PrebuiltKeyOk(k) || anns_.get(v).kind == AnnKind::Object ||
        !anns_.GeneralizeItem(def, anns_.tuple({k, v})))
      return anns_.object();
  }
  return anns_.dict(def);
}

}  // namespace rpyc::annotator
