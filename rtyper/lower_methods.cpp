// LowerTable and the dispatch of built-in method calls.
#include "rtyper/lower_methods.h"

#include "common/check.h"

namespace rpyc::rtyper {

const LowerTable& LowerTable::Get() {
  static const LowerTable table = [] {
    LowerTable t;
    AddListLowerings(t);
    AddDictLowerings(t);
    AddStrLowerings(t);
    AddBytesLowerings(t);
    AddJsLowerings(t);
    return t;
  }();
  return table;
}

LowerFn LowerTable::Find(annotator::AnnKind receiver, const std::string& name) const {
  auto it = fns_.find({receiver, name});
  return it == fns_.end() ? nullptr : it->second;
}

LLValue RTyper::LowerMethodCall(const flow::Operation& op) {
  const annotator::Annotation& m = ann_.anns().get(ann_.annotation(op.args[0]));
  annotator::AnnKind receiver = ann_.anns().get(m.items[0]).kind;
  LowerFn fn = LowerTable::Get().Find(receiver, m.name);
  RPYC_CHECK(fn, "no lowering for method " + m.name);
  const flow::CallShape& shape = ann_.store().call_shape(op.shape);
  MethodLowering call{*this, op, Convert(op.args[0]), {}, shape.keywords, {},
                 TypeOf(ann_.binding(op.result))};
  for (uint32_t i = 0; i < shape.positional; ++i) call.args.push_back(Convert(op.args[1 + i]));
  for (size_t k = 0; k < shape.keywords.size(); ++k)
    call.kwargs.push_back(Convert(op.args[1 + shape.positional + k]));
  return fn(call);
}

}  // namespace rpyc::rtyper
