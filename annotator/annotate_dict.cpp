// Annotation rules for dict and set operations and built-ins (the dict
// family hook; see annotator.h).
#include "annotator/annotator.h"

namespace rpyc::annotator {

AnnId AnnotateDictOp(Annotator& ann, const flow::Operation& op, const std::vector<AnnId>& args) {
  (void)ann;
  (void)op;
  (void)args;
  return AnnId();  // no dict rules yet
}

AnnId AnnotateDictBuiltin(Annotator& ann, const flow::Operation& op, BuiltinId id,
                          const std::vector<AnnId>& args) {
  (void)ann;
  (void)op;
  (void)id;
  (void)args;
  return AnnId();
}

}  // namespace rpyc::annotator
