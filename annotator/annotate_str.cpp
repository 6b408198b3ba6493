// Annotation rules for str operations and str built-ins (the string
// family hook; see annotator.h).
#include "annotator/annotator.h"

namespace rpyc::annotator {

AnnId AnnotateStrOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  (void)ann;
  (void)op;
  (void)args;
  return AnnId();  // no str-specific rules yet: the generic ones apply
}

AnnId AnnotateStrBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                         const std::vector<AnnId>& args) {
  (void)ann;
  (void)op;
  (void)id;
  (void)args;
  return AnnId();
}

}  // namespace rpyc::annotator
