// Lowering of module-level variables assigned through `global`
// (translator/flow/build_globals.cpp): each is an LLGlobal of its
// annotation's type, read with global_get and written with global_set.
// Its initializer is the variable's value after import when that is a
// static constant; otherwise (a prebuilt dict, a tuple) the init graph
// stores it before main runs. A GC pointer in the cell is a root: the
// cell lives in the data segment, which Boehm scans on every target.
#include "common/check.h"
#include "rtyper/rtyper.h"

namespace rpyc::rtyper {

uint32_t RTyper::GlobalCellOf(const std::string& qualname) {
  auto it = global_cells_.find(qualname);
  if (it != global_cells_.end()) return it->second;
  const flow::GlobalCell* cell = ann_.store().FindGlobalCell(qualname);
  RPYC_CHECK(cell, "global cell the flow builder did not make: " + qualname);
  LLTypeId type = TypeOf(ann_.GlobalCellAnnotation(qualname));
  uint32_t id = StaticCell("rpy_global_" + qualname, cell->initial, type);
  global_cells_[qualname] = id;
  return id;
}

LLValue RTyper::LowerGlobalOp(const flow::Operation& op) {
  std::string qualname = ann_.host().AsStr(ann_.store().cst(op.args[0].cst()).value);
  // A variable that is only ever None (or one known function) has no
  // run-time value.
  if (types().kind(TypeOf(ann_.GlobalCellAnnotation(qualname))) == LLKind::Void) return p_.Void();
  uint32_t cell = GlobalCellOf(qualname);
  LLTypeId type = p_.globals[cell].type;
  if (op.kind == flow::OpKind::global_set) {
    Emit(LLOpKind::global_set, {ConvertTo(op.args[1], type)}, types().void_(), cell);
    return p_.Void();
  }
  return Emit(LLOpKind::global_get, {}, type, cell);
}

}  // namespace rpyc::rtyper
