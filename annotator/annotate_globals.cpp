// Annotation of module-level variables assigned through `global` (see
// translator/flow/build_globals.cpp): each is a static cell whose
// annotation starts as that of its value after import and is widened by
// every global_set, as a class's field is by every setattr; blocks with a
// global_get of it are reflowed when it widens. Types that do not merge
// are reported with the first place that stored the other type.
#include "annotator/annotator.h"
#include "common/check.h"

namespace rpyc::annotator {

Annotator::GlobalCellDef& Annotator::GlobalCell(const std::string& qualname) {
  auto it = global_cells_.find(qualname);
  if (it != global_cells_.end()) return it->second;
  const flow::GlobalCell* cell = store_.FindGlobalCell(qualname);
  RPYC_CHECK(cell, "global cell the flow builder did not make: " + qualname);
  GlobalCellDef def;
  def.ann = ConstantAnnotation(cell->initial);
  return global_cells_.emplace(qualname, def).first->second;
}

AnnId Annotator::GlobalCellAnnotation(const std::string& qualname) const {
  auto it = global_cells_.find(qualname);
  RPYC_CHECK(it != global_cells_.end(), "global cell never annotated: " + qualname);
  return it->second.ann;
}

AnnId Annotator::AnnotateGlobalOp(const flow::Operation& op, const std::vector<AnnId>& args) {
  if (op.kind != flow::OpKind::global_get && op.kind != flow::OpKind::global_set) return AnnId();
  std::string qualname = host_.AsStr(store_.cst(op.args[0].cst()).value);
  GlobalCellDef& cell = GlobalCell(qualname);
  if (op.kind == flow::OpKind::global_get) {
    cell.readers.insert(current_block_.index);
    return cell.ann;
  }
  AnnId value = args[1];
  flow::VarId from = op.args[1].is_var() ? op.args[1].var() : flow::VarId();
  AnnId u = anns_.Union(cell.ann, value);
  if (anns_.get(u).kind == AnnKind::Object) {
    const std::string& name = store_.FindGlobalCell(qualname)->name;
    std::string what = "module-level variable `" + name + "`";
    if (!cell.origin.known())
      what += " (its value after import is `" + Describe(cell.ann) + "`)";
    Diagnostic d(DiagKind::UnionMismatch, op.loc, {Describe(cell.ann), Describe(value), what});
    NoteFlowChain(d, from, op.loc);
    if (cell.origin.known()) {
      d.Note(DiagKind::FirstInferred, cell.origin, {"`" + name + "`", Describe(cell.ann)});
      NoteFlowChain(d, cell.from, cell.origin);
    }
    Error(std::move(d));
    return anns_.impossible();
  }
  if (u != cell.ann) {
    // The first store that changed the type is where a later conflict
    // points back to.
    if (!cell.origin.known()) {
      cell.origin = op.loc;
      cell.from = from;
    }
    cell.ann = u;
    for (uint32_t r : cell.readers) Schedule(flow::BlockId(r));
  }
  return anns_.none();
}

}  // namespace rpyc::annotator
