// Asynchronous functions in the annotator: `await x` is built as
// rpyc_support.tasks.awaitable(x) (translator/flow/build_async.cpp), whose
// result has x's own type, so that reading the awaited task's
// `_rpyc_result` gives the awaited function's return type.
#include "annotator/annotator.h"

namespace rpyc::annotator {

bool IsTaskValue(Annotator& ann, AnnId x) {
  const Annotation& a = ann.anns().get(x);
  if (a.kind != AnnKind::Instance) return false;
  loader::HostId task = ann.host().SupportFunction("rpyc_support.tasks", "Task");
  return task.valid() && ann.IsSubclassDef(a.classdef, ann.GetClassDef(task));
}

AnnId AnnotateAsyncBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                           const std::vector<AnnId>& args) {
  if (id != BuiltinId::task_awaitable) return AnnId();
  RPYC_CHECK(args.size() == 1, "awaitable(x) takes one argument");
  if (IsTaskValue(ann, args[0]) && !ann.anns().get(args[0]).can_be_none) return args[0];
  ann.Error(Diagnostic(DiagKind::BadCallArgs, op.loc,
                       {"`await` needs the result of calling an asynchronous function, not `" +
                        ann.Describe(args[0]) + "`"}));
  return ann.anns().impossible();
}

}  // namespace rpyc::annotator
