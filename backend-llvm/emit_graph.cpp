// GraphEmitter: one low-level graph as one LLVM function. Blocks become
// basic blocks, block input arguments become phi nodes, links become
// branches. GC pointers found by FindGcRoots get a stack slot in the entry
// block and are stored there (volatile, so the store survives
// optimization) as soon as they are defined; Boehm scans the stack, so the
// object stays alive while the function still needs it.
#include <llvm/IR/Constants.h>
#include <llvm/IR/Intrinsics.h>

#include <cstring>

#include "backend-llvm/codegen.h"
#include "common/check.h"

namespace rpyc::backend {

using namespace rtyper;

namespace {

class GraphEmitter {
 public:
  GraphEmitter(CodeGen& cg, LLGraphId gid)
      : cg_(cg), p_(cg.program()), g_(p_.graph(gid)),
        fn_(cg.DepthFunction(gid) ? cg.DepthFunction(gid) : cg.GraphFunction(gid)),
        b_(cg.ctx()) {}

  void Emit() {
    CheckContext ctx("emitting LLVM IR for " + g_.name);
    llvm::BasicBlock* entry = llvm::BasicBlock::Create(cg_.ctx(), "entry", fn_);
    for (LLBlockId bid : g_.blocks)
      blocks_[bid.index] = llvm::BasicBlock::Create(cg_.ctx(), "b" + std::to_string(bid.index), fn_);
    b_.SetInsertPoint(entry);
    if (cg_.gc_root_slots()) {
      for (uint32_t v : FindGcRoots(p_, LLGraphId(graph_index()))) {
        slots_[v] = b_.CreateAlloca(cg_.GcPtr(), nullptr, "root");
        // Start null so a collection before the first store sees no stale
        // pointer.
        b_.CreateStore(llvm::Constant::getNullValue(cg_.GcPtr()), slots_[v], true);
      }
    }
    // Phis first (so links can add incoming values), then bodies.
    for (LLBlockId bid : g_.blocks) {
      if (bid == g_.startblock) continue;
      b_.SetInsertPoint(blocks_[bid.index]);
      for (LLVarId v : p_.block(bid).inputargs) {
        llvm::Type* t = cg_.TypeOf(p_.var(v).type);
        if (!t) continue;
        values_[v.index] = b_.CreatePHI(t, 2, p_.var(v).name);
      }
    }
    b_.SetInsertPoint(entry);
    if (g_.recursion_guard) {
      // The recursion depth on entry (rtyper/recursion_guard.cpp), the
      // depth function's last parameter.
      depth_ = fn_->getArg(fn_->arg_size() - 1);
      depth_->setName("depth");
    }
    unsigned ai = 0;
    for (LLVarId v : g_.params) {
      if (!cg_.TypeOf(p_.var(v).type)) continue;
      llvm::Argument* a = fn_->getArg(ai++);
      a->setName(p_.var(v).name);
      values_[v.index] = a;
      Root(v);
    }
    b_.CreateBr(blocks_[g_.startblock.index]);
    for (LLBlockId bid : g_.blocks) EmitBlock(bid);
  }

 private:
  uint32_t graph_index() const {
    for (size_t i = 0; i < p_.num_graphs(); ++i)
      if (&p_.graph(LLGraphId(static_cast<uint32_t>(i))) == &g_) return static_cast<uint32_t>(i);
    RPYC_UNREACHABLE("graph not in program");
  }

  void Root(LLVarId v) {
    auto it = slots_.find(v.index);
    if (it != slots_.end()) b_.CreateStore(values_.at(v.index), it->second, /*isVolatile=*/true);
  }

  llvm::Value* Value(LLValue v) {
    if (v.is_var()) {
      if (!cg_.TypeOf(p_.var(v.var()).type)) return nullptr;  // Void: no value
      auto it = values_.find(v.var().index);
      RPYC_CHECK(it != values_.end(), "use of an undefined LL variable");
      return it->second;
    }
    const LLConst& c = p_.cst(v.cst());
    switch (p_.types.kind(c.type)) {
      case LLKind::Void: return nullptr;
      case LLKind::Bool: return b_.getInt1(c.i != 0);
      case LLKind::Int: return b_.getInt64(static_cast<uint64_t>(c.i));
      case LLKind::UInt: return b_.getInt64(static_cast<uint64_t>(c.i));
      case LLKind::Int32: return b_.getInt32(static_cast<uint32_t>(c.i));
      case LLKind::Float: return llvm::ConstantFP::get(b_.getDoubleTy(), c.f);
      case LLKind::Str:
        if (c.i == -1) return llvm::Constant::getNullValue(cg_.GcPtr());
        return cg_.StrConstant(c.s, c.i == 1);
      case LLKind::List:
        if (c.i > 0) return cg_.PrebuiltList(v.cst());
        return llvm::Constant::getNullValue(cg_.GcPtr());
      case LLKind::Ptr:
        if (c.cls >= 0 && c.i == LLConst::kClassVtable)
          return cg_.AnyVtable(static_cast<uint32_t>(c.cls));
        if (c.i > 0 && c.cls >= 0) return cg_.PrebuiltInstance(v.cst());
        return llvm::Constant::getNullValue(cg_.GcPtr());
      default:
        return llvm::Constant::getNullValue(cg_.GcPtr());
    }
  }

  void Define(LLVarId v, llvm::Value* value) {
    if (!value) return;
    values_[v.index] = value;
    Root(v);
  }

  void EmitBlock(LLBlockId bid) {
    const LLBlock& blk = p_.block(bid);
    b_.SetInsertPoint(blocks_[bid.index]);
    if (bid != g_.startblock)
      for (LLVarId v : blk.inputargs) Root(v);
    for (const LLOp& op : blk.ops) Define(op.result, EmitOp(op));
    if (bid == g_.returnblock) {
      llvm::Value* r = values_.count(blk.inputargs[0].index) ? values_[blk.inputargs[0].index] : nullptr;
      if (r) b_.CreateRet(r);
      else b_.CreateRetVoid();
      return;
    }
    llvm::BasicBlock* here = b_.GetInsertBlock();
    if (blk.noreturn) {
      b_.CreateUnreachable();
      return;
    }
    if (!blk.exitswitch.valid()) {
      AddIncoming(blk.exits[0], here);
      b_.CreateBr(blocks_[p_.link(blk.exits[0]).target.index]);
      return;
    }
    const LLLink& l0 = p_.link(blk.exits[0]);
    const LLLink& l1 = p_.link(blk.exits[1]);
    const LLLink& t = l0.exitcase == LLExit::True ? l0 : l1;
    const LLLink& f = l0.exitcase == LLExit::True ? l1 : l0;
    AddIncoming(blk.exits[0], here);
    AddIncoming(blk.exits[1], here);
    llvm::Value* cond = Value(blk.exitswitch);
    if (&t == &f) RPYC_UNREACHABLE("switch with identical exits");
    b_.CreateCondBr(cond, blocks_[t.target.index], blocks_[f.target.index]);
  }

  void AddIncoming(LLLinkId lid, llvm::BasicBlock* from) {
    const LLLink& l = p_.link(lid);
    const LLBlock& target = p_.block(l.target);
    for (size_t i = 0; i < l.args.size(); ++i) {
      llvm::Value* v = Value(l.args[i]);
      if (!v) continue;
      auto* phi = llvm::cast<llvm::PHINode>(values_.at(target.inputargs[i].index));
      phi->addIncoming(v, from);
    }
  }

  // Converts a value to the type a runtime function expects (pointer
  // casts, C bool as i1/i8, int widths).
  llvm::Value* Coerce(llvm::Value* v, llvm::Type* want) {
    llvm::Type* have = v->getType();
    if (have == want) return v;
    if (have->isPointerTy() && want->isPointerTy()) return b_.CreateBitCast(v, want);
    if (have->isIntegerTy() && want->isIntegerTy()) {
      if (have->isIntegerTy(1)) return b_.CreateZExt(v, want);
      if (want->isIntegerTy(1)) return b_.CreateICmpNE(v, llvm::ConstantInt::get(have, 0));
      return b_.CreateIntCast(v, want, true);
    }
    RPYC_UNREACHABLE("cannot coerce a runtime call argument");
  }

  // Before a call that may read rpy_recursion_depth (a runtime function:
  // sys.setrecursionlimit, or one calling generated code back; a graph
  // reached through its wrapper), a depth function stores the depth its
  // callees have, d + 1. LLVM drops the stores that a previous one makes
  // redundant.
  void PublishDepth() {
    if (!depth_) return;
    llvm::GlobalVariable* dg = cg_.module().getGlobalVariable("rpy_recursion_depth");
    RPYC_CHECK(dg, "rtlib lacks rpy_recursion_depth");
    b_.CreateStore(b_.CreateAdd(depth_, b_.getInt64(1)), dg);
  }

  llvm::Value* CallRuntime(const char* name, std::vector<llvm::Value*> args,
                           llvm::Type* result) {
    // Allocation never runs generated code (and is the hot one).
    if (std::strncmp(name, "rpy_gc_malloc", 13) != 0) PublishDepth();
    llvm::Function* f = cg_.Runtime(name);
    llvm::FunctionType* ft = f->getFunctionType();
    RPYC_CHECK(ft->getNumParams() == args.size(), std::string("arity of ") + name);
    for (size_t i = 0; i < args.size(); ++i) args[i] = Coerce(args[i], ft->getParamType(i));
    llvm::Value* r = b_.CreateCall(f, args);
    if (!result) return nullptr;
    return Coerce(r, result);
  }

  llvm::Value* Intrinsic(llvm::Intrinsic::ID id, std::vector<llvm::Value*> args) {
    llvm::Function* f = llvm::Intrinsic::getDeclaration(&cg_.module(), id, {args[0]->getType()});
    return b_.CreateCall(f, args);
  }

  llvm::Value* EmitOp(const LLOp& op);

  CodeGen& cg_;
  const LLProgram& p_;
  const LLGraph& g_;
  llvm::Function* fn_;
  llvm::IRBuilder<> b_;
  std::map<uint32_t, llvm::BasicBlock*> blocks_;
  std::map<uint32_t, llvm::Value*> values_;
  std::map<uint32_t, llvm::AllocaInst*> slots_;
  std::map<size_t, llvm::AllocaInst*> join_arrays_;
  // The recursion depth on entry of a recursion_guard graph (its depth
  // function's last argument), else nullptr.
  llvm::Value* depth_ = nullptr;

  friend void rpyc::backend::EmitGraph(CodeGen&, LLGraphId);
};

llvm::Value* GraphEmitter::EmitOp(const LLOp& op) {
  std::vector<llvm::Value*> a;
  for (LLValue v : op.args) a.push_back(Value(v));
  llvm::Type* rt = cg_.TypeOf(p_.var(op.result).type);
  llvm::Type* i64 = b_.getInt64Ty();
  switch (op.kind) {
    case LLOpKind::int_add: return b_.CreateNSWAdd(a[0], a[1]);
    case LLOpKind::int_sub: return b_.CreateNSWSub(a[0], a[1]);
    case LLOpKind::int_mul: return b_.CreateNSWMul(a[0], a[1]);
    case LLOpKind::int_add_wrap: return b_.CreateAdd(a[0], a[1]);
    case LLOpKind::int_sub_wrap: return b_.CreateSub(a[0], a[1]);
    case LLOpKind::int_mul_wrap: return b_.CreateMul(a[0], a[1]);
    case LLOpKind::int_add_ovf_check:
      return b_.CreateExtractValue(Intrinsic(llvm::Intrinsic::sadd_with_overflow, a), 1);
    case LLOpKind::int_sub_ovf_check:
      return b_.CreateExtractValue(Intrinsic(llvm::Intrinsic::ssub_with_overflow, a), 1);
    case LLOpKind::int_mul_ovf_check:
      return b_.CreateExtractValue(Intrinsic(llvm::Intrinsic::smul_with_overflow, a), 1);
    case LLOpKind::int_neg_ovf_check:
      return b_.CreateICmpEQ(a[0], llvm::ConstantInt::get(i64, INT64_MIN));
    case LLOpKind::int_neg: return b_.CreateNSWNeg(a[0]);
    case LLOpKind::int_abs:
      return b_.CreateSelect(b_.CreateICmpSLT(a[0], b_.getInt64(0)), b_.CreateNSWNeg(a[0]), a[0]);
    case LLOpKind::int_and: return b_.CreateAnd(a[0], a[1]);
    case LLOpKind::int_or: return b_.CreateOr(a[0], a[1]);
    case LLOpKind::int_xor: return b_.CreateXor(a[0], a[1]);
    case LLOpKind::int_invert: return b_.CreateNot(a[0]);
    case LLOpKind::int_lt: return b_.CreateICmpSLT(a[0], a[1]);
    case LLOpKind::int_le: return b_.CreateICmpSLE(a[0], a[1]);
    case LLOpKind::int_eq: return b_.CreateICmpEQ(a[0], a[1]);
    case LLOpKind::int_ne: return b_.CreateICmpNE(a[0], a[1]);
    case LLOpKind::int_gt: return b_.CreateICmpSGT(a[0], a[1]);
    case LLOpKind::int_ge: return b_.CreateICmpSGE(a[0], a[1]);
    case LLOpKind::int_is_true: return b_.CreateICmpNE(a[0], b_.getInt64(0));
    case LLOpKind::int_add_sat: return Intrinsic(llvm::Intrinsic::sadd_sat, a);
    case LLOpKind::int_range_cond: {
      if (auto* step = llvm::dyn_cast<llvm::ConstantInt>(a[2]))
        return step->isNegative() ? b_.CreateICmpSGT(a[0], a[1]) : b_.CreateICmpSLT(a[0], a[1]);
      return b_.CreateSelect(b_.CreateICmpSGT(a[2], b_.getInt64(0)), b_.CreateICmpSLT(a[0], a[1]),
                             b_.CreateICmpSGT(a[0], a[1]));
    }
    case LLOpKind::float_add: return b_.CreateFAdd(a[0], a[1]);
    case LLOpKind::float_sub: return b_.CreateFSub(a[0], a[1]);
    case LLOpKind::float_mul: return b_.CreateFMul(a[0], a[1]);
    case LLOpKind::float_neg: return b_.CreateFNeg(a[0]);
    case LLOpKind::float_abs: return Intrinsic(llvm::Intrinsic::fabs, a);
    case LLOpKind::float_lt: return b_.CreateFCmpOLT(a[0], a[1]);
    case LLOpKind::float_le: return b_.CreateFCmpOLE(a[0], a[1]);
    case LLOpKind::float_eq: return b_.CreateFCmpOEQ(a[0], a[1]);
    case LLOpKind::float_ne: return b_.CreateFCmpUNE(a[0], a[1]);
    case LLOpKind::float_gt: return b_.CreateFCmpOGT(a[0], a[1]);
    case LLOpKind::float_ge: return b_.CreateFCmpOGE(a[0], a[1]);
    case LLOpKind::float_is_true:
      return b_.CreateFCmpUNE(a[0], llvm::ConstantFP::get(b_.getDoubleTy(), 0.0));
    case LLOpKind::bool_not: return b_.CreateNot(a[0]);
    case LLOpKind::cast_bool_to_int: return b_.CreateZExt(a[0], i64);
    case LLOpKind::cast_int_to_float: return b_.CreateSIToFP(a[0], b_.getDoubleTy());
    case LLOpKind::cast_int_to_int32: return b_.CreateTrunc(a[0], b_.getInt32Ty());
    case LLOpKind::ptr_is_null: return b_.CreateIsNull(a[0]);
    case LLOpKind::ptr_eq: return b_.CreateICmpEQ(a[0], a[1]);
    case LLOpKind::same_as: return a[0];
    case LLOpKind::select: return b_.CreateSelect(a[0], a[1], a[2]);
    case LLOpKind::to_bits: {
      llvm::Type* t = a[0]->getType();
      if (t->isPointerTy()) return b_.CreatePtrToInt(a[0], b_.getInt64Ty());
      if (t->isDoubleTy()) return b_.CreateBitCast(a[0], b_.getInt64Ty());
      if (t->isIntegerTy(64)) return a[0];
      return b_.CreateZExt(a[0], b_.getInt64Ty());
    }
    case LLOpKind::from_bits: {
      llvm::Type* t = cg_.TypeOf(p_.var(op.result).type);
      if (!t) return nullptr;
      if (t->isPointerTy()) return b_.CreateIntToPtr(a[0], t);
      if (t->isDoubleTy()) return b_.CreateBitCast(a[0], t);
      if (t->isIntegerTy(64)) return a[0];
      if (t->isIntegerTy(1)) return b_.CreateICmpNE(a[0], b_.getInt64(0));
      return b_.CreateTrunc(a[0], t);
    }
    case LLOpKind::field_address: {
      llvm::StructType* st = cg_.TupleStruct(p_.TypeOf(op.args[0]));
      llvm::Value* obj = b_.CreateBitCast(a[0], st->getPointerTo());
      return b_.CreateBitCast(b_.CreateStructGEP(st, obj, op.aux), cg_.GcPtr());
    }
    case LLOpKind::keepalive: return nullptr;
    case LLOpKind::direct_call: {
      std::vector<llvm::Value*> args;
      for (llvm::Value* v : a)
        if (v) args.push_back(v);
      // From one guarded graph to another, the depth is an argument: the
      // callee's frame is one deeper.
      if (llvm::Function* inner = depth_ ? cg_.DepthFunction(LLGraphId(op.aux)) : nullptr) {
        args.push_back(b_.CreateAdd(depth_, b_.getInt64(1)));
        llvm::Value* r = b_.CreateCall(inner, args);
        return rt ? r : nullptr;
      }
      PublishDepth();
      llvm::Value* r = b_.CreateCall(cg_.GraphFunction(LLGraphId(op.aux)), args);
      return rt ? r : nullptr;
    }
    case LLOpKind::rt_call:
      return CallRuntime(RtFuncName(static_cast<RtFunc>(op.aux)), a, rt);
    case LLOpKind::malloc_tuple: {
      llvm::StructType* st = cg_.TupleStruct(p_.var(op.result).type);
      uint64_t size = cg_.module().getDataLayout().getTypeAllocSize(st);
      return CallRuntime("rpy_gc_malloc", {b_.getInt64(size)}, cg_.GcPtr());
    }
    case LLOpKind::getfield:
    case LLOpKind::setfield: {
      LLTypeId tt = p_.TypeOf(op.args[0]);
      llvm::StructType* st = cg_.TupleStruct(tt);
      llvm::Value* obj = b_.CreateBitCast(a[0], st->getPointerTo());
      llvm::Value* addr = b_.CreateStructGEP(st, obj, op.aux);
      LLTypeId ft = p_.types.get(tt).fields[op.aux];
      if (p_.types.kind(ft) == LLKind::Void) return nullptr;
      if (op.kind == LLOpKind::setfield) {
        llvm::Value* v = a[1];
        if (v->getType()->isIntegerTy(1)) v = b_.CreateZExt(v, b_.getInt8Ty());
        b_.CreateStore(v, addr);
        return nullptr;
      }
      llvm::Value* v = b_.CreateLoad(st->getElementType(op.aux), addr);
      if (p_.types.kind(ft) == LLKind::Bool) v = b_.CreateICmpNE(v, b_.getInt8(0));
      return v;
    }
    case LLOpKind::list_len: {
      llvm::StructType* st = llvm::StructType::getTypeByName(cg_.ctx(), "struct.rpy_list");
      RPYC_CHECK(st, "rtlib lacks struct.rpy_list");
      llvm::Value* l = b_.CreateBitCast(a[0], st->getPointerTo());
      return b_.CreateLoad(i64, b_.CreateStructGEP(st, l, 0));
    }
    case LLOpKind::list_getitem: {
      llvm::StructType* st = llvm::StructType::getTypeByName(cg_.ctx(), "struct.rpy_list");
      llvm::Value* l = b_.CreateBitCast(a[0], st->getPointerTo());
      llvm::Value* items = b_.CreateLoad(st->getElementType(2), b_.CreateStructGEP(st, l, 2));
      llvm::Type* item_ty = cg_.ListItemType(p_.TypeOf(op.args[0]));
      llvm::Value* base = b_.CreateBitCast(items, item_ty->getPointerTo());
      llvm::Value* v = b_.CreateLoad(item_ty, b_.CreateGEP(item_ty, base, a[1]));
      if (rt && rt->isIntegerTy(1)) v = b_.CreateICmpNE(v, b_.getInt8(0));
      return v;
    }
    case LLOpKind::list_setitem: {
      llvm::StructType* st = llvm::StructType::getTypeByName(cg_.ctx(), "struct.rpy_list");
      llvm::Value* l = b_.CreateBitCast(a[0], st->getPointerTo());
      llvm::Value* items = b_.CreateLoad(st->getElementType(2), b_.CreateStructGEP(st, l, 2));
      llvm::Type* item_ty = cg_.ListItemType(p_.TypeOf(op.args[0]));
      llvm::Value* base = b_.CreateBitCast(items, item_ty->getPointerTo());
      llvm::Value* v = a[2];
      if (!v) return nullptr;  // a list of None stores nothing
      if (v->getType()->isIntegerTy(1)) v = b_.CreateZExt(v, item_ty);
      b_.CreateStore(v, b_.CreateGEP(item_ty, base, a[1]));
      return nullptr;
    }
    case LLOpKind::list_item_size: {
      llvm::Type* item_ty = cg_.ListItemType(LLTypeId(op.aux));
      return b_.getInt64(cg_.module().getDataLayout().getTypeAllocSize(item_ty));
    }
    case LLOpKind::malloc_instance: {
      llvm::StructType* st = cg_.InstanceStruct(op.aux);
      uint64_t size = cg_.module().getDataLayout().getTypeAllocSize(st);
      llvm::Value* obj = CallRuntime("rpy_gc_malloc", {b_.getInt64(size)}, cg_.GcPtr());
      llvm::Value* typed = b_.CreateBitCast(obj, st->getPointerTo());
      llvm::Constant* vt = p_.classes[op.aux].builtin_exception >= 0
                               ? cg_.Vtable(BuiltinExc(p_.classes[op.aux].builtin_exception))
                               : cg_.ClassVtable(op.aux);
      b_.CreateStore(b_.CreateBitCast(vt, cg_.GcPtr()), b_.CreateStructGEP(st, typed, 0));
      return obj;
    }
    case LLOpKind::inst_getfield:
    case LLOpKind::inst_setfield: {
      llvm::StructType* st = cg_.InstanceStruct(op.aux);
      llvm::Value* typed = b_.CreateBitCast(a[0], st->getPointerTo());
      llvm::Value* addr = b_.CreateStructGEP(st, typed, op.aux2 + 1);
      llvm::Type* ft = st->getElementType(op.aux2 + 1);
      if (op.kind == LLOpKind::inst_setfield) {
        llvm::Value* v = a[1];
        if (!v) return nullptr;
        if (v->getType()->isIntegerTy(1)) v = b_.CreateZExt(v, ft);
        b_.CreateStore(v, addr);
        return nullptr;
      }
      if (!rt) return nullptr;
      llvm::Value* v = b_.CreateLoad(ft, addr);
      if (rt->isIntegerTy(1)) v = b_.CreateICmpNE(v, llvm::ConstantInt::get(ft, 0));
      return v;
    }
    case LLOpKind::isinstance: {
      // obj is not None and class_id(obj) in [id, max] of class aux.
      const LLClass& c = p_.classes[op.aux];
      llvm::BasicBlock* check = llvm::BasicBlock::Create(cg_.ctx(), "isinst", fn_);
      llvm::BasicBlock* done = llvm::BasicBlock::Create(cg_.ctx(), "isinst.done", fn_);
      llvm::BasicBlock* from = b_.GetInsertBlock();
      b_.CreateCondBr(b_.CreateIsNull(a[0]), done, check);
      b_.SetInsertPoint(check);
      llvm::Value* vt_slot = b_.CreateBitCast(a[0], cg_.GcPtr()->getPointerTo());
      llvm::Value* vt = b_.CreateLoad(cg_.GcPtr(), vt_slot);
      llvm::Value* id = b_.CreateLoad(b_.getInt32Ty(), b_.CreateBitCast(vt, b_.getInt32Ty()->getPointerTo()));
      llvm::Value* in = b_.CreateAnd(b_.CreateICmpSGE(id, b_.getInt32(c.class_id)),
                                     b_.CreateICmpSLE(id, b_.getInt32(c.class_max)));
      llvm::BasicBlock* check_end = b_.GetInsertBlock();
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      llvm::PHINode* phi = b_.CreatePHI(b_.getInt1Ty(), 2);
      phi->addIncoming(b_.getFalse(), from);
      phi->addIncoming(in, check_end);
      return phi;
    }
    case LLOpKind::inst_vtable:
      return b_.CreateLoad(cg_.GcPtr(), b_.CreateBitCast(a[0], cg_.GcPtr()->getPointerTo()));
    case LLOpKind::vtable_slot:
    case LLOpKind::vtable_attr: {
      llvm::Value* vt = a[0];
      if (op.kind == LLOpKind::vtable_attr && op.aux2 == 1)
        vt = b_.CreateLoad(cg_.GcPtr(), b_.CreateBitCast(a[0], cg_.GcPtr()->getPointerTo()));
      llvm::StructType* vst = cg_.VtableStruct();
      llvm::Value* slot = b_.CreateInBoundsGEP(
          vst, b_.CreateBitCast(vt, vst->getPointerTo()),
          {b_.getInt32(0), b_.getInt32(3), b_.getInt32(op.aux)});
      llvm::Value* p = b_.CreateLoad(cg_.GcPtr(), slot);
      if (op.kind == LLOpKind::vtable_slot) return p;
      if (!rt) return nullptr;
      llvm::Type* st = rt->isIntegerTy(1) ? b_.getInt8Ty() : rt;
      llvm::Value* v = b_.CreateLoad(st, b_.CreateBitCast(p, st->getPointerTo()));
      return rt->isIntegerTy(1) ? b_.CreateICmpNE(v, b_.getInt8(0)) : v;
    }
    case LLOpKind::class_name: {
      llvm::StructType* vst = cg_.VtableStruct();
      llvm::Value* f = b_.CreateStructGEP(vst, b_.CreateBitCast(a[0], vst->getPointerTo()), 2);
      return b_.CreateLoad(cg_.GcPtr(), f);
    }
    case LLOpKind::class_issubclass: {
      // Preorder numbering: id(a) in [id(b), max(b)].
      llvm::Type* i32p = b_.getInt32Ty()->getPointerTo();
      llvm::Value* ida = b_.CreateLoad(b_.getInt32Ty(), b_.CreateBitCast(a[0], i32p));
      llvm::Value* bp = b_.CreateBitCast(a[1], i32p);
      llvm::Value* idb = b_.CreateLoad(b_.getInt32Ty(), bp);
      llvm::Value* maxb = b_.CreateLoad(b_.getInt32Ty(), b_.CreateConstInBoundsGEP1_32(b_.getInt32Ty(), bp, 1));
      return b_.CreateAnd(b_.CreateICmpSGE(ida, idb), b_.CreateICmpSLE(ida, maxb));
    }
    case LLOpKind::global_get: {
      llvm::GlobalVariable* g = cg_.Global(op.aux);
      if (!rt) return nullptr;
      llvm::Value* v = b_.CreateLoad(g->getValueType(), g);
      return rt->isIntegerTy(1) ? b_.CreateICmpNE(v, b_.getInt8(0)) : v;
    }
    case LLOpKind::global_set: {
      llvm::GlobalVariable* g = cg_.Global(op.aux);
      llvm::Value* v = a[0];
      if (!v) return nullptr;
      if (v->getType()->isIntegerTy(1)) v = b_.CreateZExt(v, g->getValueType());
      b_.CreateStore(v, g);
      return nullptr;
    }
    case LLOpKind::graph_address:
      return b_.CreateBitCast(cg_.GraphFunction(LLGraphId(op.aux)), cg_.GcPtr());
    case LLOpKind::indirect_call: {
      llvm::Function* rep = cg_.GraphFunction(LLGraphId(op.aux));
      std::vector<llvm::Value*> args;
      for (size_t i = 1; i < a.size(); ++i)
        if (a[i]) args.push_back(a[i]);
      llvm::FunctionType* ft = rep->getFunctionType();
      llvm::Value* callee = b_.CreateBitCast(a[0], ft->getPointerTo());
      PublishDepth();
      llvm::Value* r = b_.CreateCall(ft, callee, args);
      return rt ? r : nullptr;
    }
    case LLOpKind::vtable_call: {
      llvm::Function* rep = cg_.GraphFunction(LLGraphId(op.aux));
      std::vector<llvm::Value*> args;
      for (llvm::Value* v : a)
        if (v) args.push_back(v);
      llvm::StructType* vst = cg_.VtableStruct();
      llvm::Value* vt_slot = b_.CreateBitCast(a[0], cg_.GcPtr()->getPointerTo());
      llvm::Value* vt = b_.CreateBitCast(b_.CreateLoad(cg_.GcPtr(), vt_slot), vst->getPointerTo());
      llvm::Value* slot = b_.CreateInBoundsGEP(
          vst, vt, {b_.getInt32(0), b_.getInt32(3), b_.getInt32(op.aux2)});
      llvm::Value* fp = b_.CreateLoad(cg_.GcPtr(), slot);
      llvm::FunctionType* ft = rep->getFunctionType();
      llvm::Value* callee = b_.CreateBitCast(fp, ft->getPointerTo());
      PublishDepth();
      llvm::Value* r = b_.CreateCall(ft, callee, args);
      return rt ? r : nullptr;
    }
    case LLOpKind::str_join: {
      // The parts go to a stack array (scanned by Boehm) for rpy_str_join_n.
      size_t n = a.size();
      llvm::AllocaInst*& arr = join_arrays_[n];
      if (!arr) {
        llvm::IRBuilder<> eb(&fn_->getEntryBlock(), fn_->getEntryBlock().begin());
        arr = eb.CreateAlloca(llvm::ArrayType::get(cg_.GcPtr(), n), nullptr, "parts");
      }
      auto* at = llvm::cast<llvm::ArrayType>(arr->getAllocatedType());
      for (size_t i = 0; i < n; ++i)
        b_.CreateStore(a[i], b_.CreateConstInBoundsGEP2_64(at, arr, 0, i), /*isVolatile=*/true);
      llvm::Value* first = b_.CreateConstInBoundsGEP2_64(at, arr, 0, 0);
      return CallRuntime("rpy_str_join_n", {b_.getInt64(n), first}, cg_.GcPtr());
    }
    case LLOpKind::exc_occurred: {
      llvm::GlobalVariable* g = cg_.module().getGlobalVariable("rpy_exc_type");
      RPYC_CHECK(g, "rtlib lacks rpy_exc_type");
      return b_.CreateIsNotNull(b_.CreateLoad(g->getValueType(), g));
    }
    case LLOpKind::recursion_enter: {
      // over = d + 1 > limit; the call that follows passes d + 1 itself.
      RPYC_CHECK(depth_, "recursion_enter outside a guarded graph");
      llvm::GlobalVariable* lg = cg_.module().getGlobalVariable("rpy_recursion_limit");
      RPYC_CHECK(lg, "rtlib lacks rpy_recursion_limit");
      return b_.CreateICmpSGT(b_.CreateAdd(depth_, b_.getInt64(1)),
                              b_.CreateLoad(b_.getInt64Ty(), lg));
    }
    case LLOpKind::recursion_leave:
      // The wrapper (CodeGen::EmitDepthWrappers) restores the global.
      return nullptr;
    case LLOpKind::raise_value:
      CallRuntime("rpy_raise", {a[0]}, nullptr);
      return nullptr;
    case LLOpKind::exc_fetch:
      return CallRuntime("rpy_exc_fetch", {}, cg_.GcPtr());
    case LLOpKind::raise_builtin:
      CallRuntime("rpy_raise_msg", {cg_.Vtable(BuiltinExc(op.aux)), cg_.CString(op.text)}, nullptr);
      return nullptr;
    case LLOpKind::int_add_ovf: case LLOpKind::int_sub_ovf: case LLOpKind::int_mul_ovf:
    case LLOpKind::int_neg_ovf: case LLOpKind::int_abs_ovf: case LLOpKind::raise_if:
      RPYC_UNREACHABLE("raising operation left by the exception transform");
  }
  RPYC_UNREACHABLE("llop kind");
}

}  // namespace

void EmitGraph(CodeGen& cg, LLGraphId g) { GraphEmitter(cg, g).Emit(); }

}  // namespace rpyc::backend
