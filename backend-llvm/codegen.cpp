// CodeGen: module-level emission. Maps low-level types to LLVM types,
// declares one function per graph, and emits what rtlib expects from the
// generated module: rpy_entry, the built-in exception vtables and the
// traceback location table. Prebuilt strings are global rpy_str objects.
#include "backend-llvm/codegen.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>

#include "common/check.h"


namespace rpyc::backend {

using namespace rtyper;

CodeGen::CodeGen(const LLProgram& p, const SourceManager& sources, llvm::LLVMContext& ctx,
                 std::unique_ptr<llvm::Module> rtlib, bool gc_root_slots)
    : p_(p), sources_(sources), ctx_(ctx), module_(std::move(rtlib)),
      gc_root_slots_(gc_root_slots) {
  gcptr_ = llvm::Type::getInt8PtrTy(ctx_);
}

llvm::Type* CodeGen::TypeOf(LLTypeId t) {
  switch (p_.types.kind(t)) {
    case LLKind::Void: return nullptr;
    case LLKind::Bool: return llvm::Type::getInt1Ty(ctx_);
    case LLKind::Int: return llvm::Type::getInt64Ty(ctx_);
    case LLKind::UInt: return llvm::Type::getInt64Ty(ctx_);
    case LLKind::Int32: return llvm::Type::getInt32Ty(ctx_);
    case LLKind::Float: return llvm::Type::getDoubleTy(ctx_);
    case LLKind::Str:
    case LLKind::List:
    case LLKind::Tuple:
    case LLKind::Dict:
    case LLKind::Set:
    case LLKind::Ptr:
    case LLKind::Js:
      return gcptr_;
  }
  RPYC_UNREACHABLE("lltype kind");
}

// Storage type of a value inside a GC object: bools take a byte, Void
// fields take no space (an empty struct).
static llvm::Type* StorageType(CodeGen& cg, LLTypeId t) {
  LLKind k = cg.program().types.kind(t);
  if (k == LLKind::Bool) return llvm::Type::getInt8Ty(cg.ctx());
  if (k == LLKind::Void) return llvm::Type::getInt8Ty(cg.ctx());
  return cg.TypeOf(t);
}

llvm::StructType* CodeGen::TupleStruct(LLTypeId t) {
  auto it = tuples_.find(t.index);
  if (it != tuples_.end()) return it->second;
  std::vector<llvm::Type*> fields;
  for (LLTypeId f : p_.types.get(t).fields) fields.push_back(StorageType(*this, f));
  llvm::StructType* st = llvm::StructType::create(ctx_, fields, "rpy_tuple" + std::to_string(t.index));
  tuples_[t.index] = st;
  return st;
}

llvm::StructType* CodeGen::InstanceStruct(uint32_t c) {
  auto it = instances_.find(c);
  if (it != instances_.end()) return it->second;
  std::vector<llvm::Type*> fields{gcptr_};
  for (const auto& [name, type] : p_.classes[c].fields) fields.push_back(StorageType(*this, type));
  llvm::StructType* st = llvm::StructType::create(ctx_, fields, "rpy_inst_" + p_.classes[c].name);
  instances_[c] = st;
  return st;
}

llvm::StructType* CodeGen::VtableStruct() {
  if (vtable_struct_) return vtable_struct_;
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  vtable_struct_ = llvm::StructType::create(
      ctx_, {i32, i32, gcptr_, llvm::ArrayType::get(gcptr_, p_.num_slots)}, "rpy_class_vtable");
  return vtable_struct_;
}

llvm::Constant* CodeGen::ClassVtable(uint32_t c) {
  auto it = class_vtables_.find(c);
  if (it != class_vtables_.end()) return it->second;
  auto* g = new llvm::GlobalVariable(*module_, VtableStruct(), true,
                                     llvm::GlobalValue::InternalLinkage, nullptr,
                                     "rpy_class_" + p_.classes[c].name);
  class_vtables_[c] = g;
  return g;
}

llvm::Constant* CodeGen::AnyVtable(uint32_t c) {
  const LLClass& cls = p_.classes[c];
  llvm::Constant* vt = cls.builtin_exception >= 0 ? Vtable(BuiltinExc(cls.builtin_exception))
                                                  : ClassVtable(c);
  return llvm::ConstantExpr::getBitCast(vt, gcptr_);
}

void CodeGen::EmitClassVtables() {
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  for (size_t c = 0; c < p_.classes.size(); ++c) {
    const LLClass& cls = p_.classes[c];
    if (cls.builtin_exception >= 0) continue;  // rtlib's vtables (EmitVtables)
    std::vector<llvm::Constant*> slots;
    for (uint32_t s = 0; s < p_.num_slots; ++s) {
      auto it = cls.slots.find(s);
      auto attr = cls.attr_slots.find(s);
      slots.push_back(attr != cls.attr_slots.end()
                          ? llvm::ConstantExpr::getBitCast(Global(attr->second), gcptr_)
                      : it == cls.slots.end()
                          ? llvm::Constant::getNullValue(gcptr_)
                          : llvm::ConstantExpr::getBitCast(functions_[it->second.index], gcptr_));
    }
    auto* g = llvm::cast<llvm::GlobalVariable>(ClassVtable(static_cast<uint32_t>(c)));
    g->setInitializer(llvm::ConstantStruct::get(
        VtableStruct(),
        {llvm::ConstantInt::get(i32, cls.class_id), llvm::ConstantInt::get(i32, cls.class_max),
         StrConstant(cls.name),
         llvm::ConstantArray::get(llvm::ArrayType::get(gcptr_, p_.num_slots), slots)}));
  }
}

llvm::GlobalVariable* CodeGen::Global(uint32_t g) {
  auto it = globals_.find(g);
  if (it != globals_.end()) return it->second;
  const LLGlobal& gl = p_.globals[g];
  llvm::Type* storage = StorageType(*this, gl.type);
  // Created before its initializer, which may refer back to it (through
  // prebuilt objects).
  auto* v = new llvm::GlobalVariable(*module_, storage, false, llvm::GlobalValue::InternalLinkage,
                                     nullptr, gl.name);
  v->setAlignment(llvm::Align(8));
  globals_[g] = v;
  v->setInitializer(StoredConstant(gl.init, storage));
  return v;
}

llvm::Type* CodeGen::ListItemType(LLTypeId list) {
  return StorageType(*this, p_.types.get(list).fields[0]);
}

llvm::Function* CodeGen::Runtime(const char* name) {
  llvm::Function* f = module_->getFunction(name);
  RPYC_CHECK(f, std::string("rtlib bitcode lacks ") + name);
  return f;
}

llvm::Constant* CodeGen::StrConstant(const std::string& utf8, bool bytes) {
  // A bytes constant counts bytes; a str constant code points.
  std::string key = (bytes ? "b" : "s") + utf8;
  auto it = strings_.find(key);
  if (it != strings_.end()) return it->second;
  int64_t length = 0;
  for (unsigned char c : utf8)
    if (bytes || (c & 0xC0) != 0x80) ++length;
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  llvm::Constant* data = llvm::ConstantDataArray::getString(ctx_, utf8, /*AddNull=*/true);
  llvm::StructType* ty = llvm::StructType::get(ctx_, {i64, i64, i64, data->getType()});
  llvm::Constant* init = llvm::ConstantStruct::get(
      ty, {llvm::ConstantInt::get(i64, 0), llvm::ConstantInt::get(i64, length),
           llvm::ConstantInt::get(i64, static_cast<int64_t>(utf8.size())), data});
  // Not constant: rtlib caches the hash in the object.
  auto* g = new llvm::GlobalVariable(*module_, ty, /*isConstant=*/false,
                                     llvm::GlobalValue::PrivateLinkage, init, "str");
  g->setAlignment(llvm::Align(8));
  llvm::Constant* p = llvm::ConstantExpr::getBitCast(g, gcptr_);
  strings_[key] = p;
  return p;
}

llvm::Constant* CodeGen::StoredConstant(uint32_t cst, llvm::Type* storage) {
  const LLConst& c = p_.cst(cst);
  switch (p_.types.kind(c.type)) {
    case LLKind::Bool:
    case LLKind::Int:
    case LLKind::UInt:
    case LLKind::Int32:
      return llvm::ConstantInt::get(storage, static_cast<uint64_t>(c.i));
    case LLKind::Float:
      return llvm::ConstantFP::get(storage, c.f);
    case LLKind::Str:
      return c.i == -1 ? llvm::Constant::getNullValue(storage) : StrConstant(c.s, c.i == 1);
    case LLKind::List:
      return c.i > 0 ? PrebuiltList(cst) : llvm::Constant::getNullValue(storage);
    case LLKind::Ptr:
      if (c.cls >= 0 && c.i == LLConst::kClassVtable) return AnyVtable(static_cast<uint32_t>(c.cls));
      return c.i > 0 && c.cls >= 0 ? PrebuiltInstance(cst) : llvm::Constant::getNullValue(storage);
    default:
      return llvm::Constant::getNullValue(storage);
  }
}

llvm::Constant* CodeGen::PrebuiltList(uint32_t cst) {
  auto it = prebuilt_lists_.find(cst);
  if (it != prebuilt_lists_.end()) return it->second;
  const LLConst& c = p_.cst(cst);
  llvm::Type* item_ty = ListItemType(c.type);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  llvm::StructType* list_ty = llvm::StructType::getTypeByName(ctx_, "struct.rpy_list");
  // The list object first (items may refer back to it), then its items.
  auto* g = new llvm::GlobalVariable(*module_, list_ty, false, llvm::GlobalValue::PrivateLinkage,
                                     nullptr, "prebuilt_list");
  g->setAlignment(llvm::Align(8));
  llvm::Constant* p = llvm::ConstantExpr::getBitCast(g, gcptr_);
  prebuilt_lists_[cst] = p;
  std::vector<llvm::Constant*> items;
  for (uint32_t x : c.items) items.push_back(StoredConstant(x, item_ty));
  llvm::Constant* items_ptr = llvm::Constant::getNullValue(list_ty->getElementType(2));
  if (!items.empty()) {
    auto* arr_ty = llvm::ArrayType::get(item_ty, items.size());
    auto* arr = new llvm::GlobalVariable(*module_, arr_ty, false, llvm::GlobalValue::PrivateLinkage,
                                         llvm::ConstantArray::get(arr_ty, items), "prebuilt_items");
    arr->setAlignment(llvm::Align(8));
    items_ptr = llvm::ConstantExpr::getBitCast(arr, list_ty->getElementType(2));
  }
  int64_t n = static_cast<int64_t>(items.size());
  g->setInitializer(llvm::ConstantStruct::get(
      list_ty, {llvm::ConstantInt::get(i64, n), llvm::ConstantInt::get(i64, n), items_ptr}));
  return p;
}

llvm::Constant* CodeGen::PrebuiltInstance(uint32_t cst) {
  auto it = prebuilt_instances_.find(cst);
  if (it != prebuilt_instances_.end()) return it->second;
  const LLConst& c = p_.cst(cst);
  llvm::StructType* st = InstanceStruct(static_cast<uint32_t>(c.cls));
  // The object first (fields may refer back to it), then its initializer.
  auto* g = new llvm::GlobalVariable(*module_, st, false, llvm::GlobalValue::PrivateLinkage,
                                     nullptr, "prebuilt_" + p_.classes[c.cls].name);
  g->setAlignment(llvm::Align(8));
  llvm::Constant* p = llvm::ConstantExpr::getBitCast(g, gcptr_);
  prebuilt_instances_[cst] = p;
  std::vector<llvm::Constant*> fields{AnyVtable(static_cast<uint32_t>(c.cls))};
  for (size_t i = 0; i < c.items.size(); ++i)
    fields.push_back(StoredConstant(c.items[i], st->getElementType(static_cast<unsigned>(i + 1))));
  g->setInitializer(llvm::ConstantStruct::get(st, fields));
  return p;
}

llvm::Constant* CodeGen::CString(const std::string& text) {
  auto it = cstrings_.find(text);
  if (it != cstrings_.end()) return it->second;
  llvm::Constant* data = llvm::ConstantDataArray::getString(ctx_, text, true);
  auto* g = new llvm::GlobalVariable(*module_, data->getType(), true,
                                     llvm::GlobalValue::PrivateLinkage, data, "cstr");
  llvm::Constant* p = llvm::ConstantExpr::getBitCast(g, gcptr_);
  cstrings_[text] = p;
  return p;
}

llvm::Constant* CodeGen::Vtable(BuiltinExc e) {
  std::string name = std::string("rpy_vt_") + BuiltinExcName(e);
  llvm::GlobalVariable* g = module_->getGlobalVariable(name);
  if (g) return g;
  // rtlib declares only the vtables it uses itself.
  llvm::StructType* st = llvm::StructType::getTypeByName(ctx_, "struct.rpy_vtable");
  RPYC_CHECK(st, "rtlib lacks struct.rpy_vtable");
  return new llvm::GlobalVariable(*module_, st, true, llvm::GlobalValue::ExternalLinkage, nullptr,
                                  name);
}

void CodeGen::DeclareGraphs() {
  for (size_t i = 0; i < p_.num_graphs(); ++i) {
    const LLGraph& g = p_.graph(LLGraphId(static_cast<uint32_t>(i)));
    std::vector<llvm::Type*> params;
    for (LLVarId v : g.params)
      if (llvm::Type* t = TypeOf(p_.var(v).type)) params.push_back(t);
    llvm::Type* ret = TypeOf(g.result);
    if (!ret) ret = llvm::Type::getVoidTy(ctx_);
    auto* fty = llvm::FunctionType::get(ret, params, false);
    functions_.push_back(llvm::Function::Create(fty, llvm::GlobalValue::InternalLinkage, g.name,
                                                module_.get()));
    depth_functions_.push_back(nullptr);
    if (!g.recursion_guard) continue;
    params.push_back(llvm::Type::getInt64Ty(ctx_));
    depth_functions_.back() = llvm::Function::Create(
        llvm::FunctionType::get(ret, params, false), llvm::GlobalValue::InternalLinkage,
        g.name + ".depth", module_.get());
  }
}

// The recursion depth travels as an argument between the functions of a
// call-graph cycle (DepthFunction, emit_graph.cpp), and through rtlib's
// rpy_recursion_depth everywhere else. Each guarded graph g gets a wrapper,
// the function everything outside the depth-passing calls refers to:
//
//     r g(args) { d = rpy_recursion_depth; r = g.depth(args, d);
//                 rpy_recursion_depth = d; return r; }
//
// The store puts back what the depth functions called inside may have
// written (they store their depth before calls that may read it), on the
// normal and the exceptional return alike.
void CodeGen::EmitDepthWrappers() {
  llvm::GlobalVariable* depth = module_->getGlobalVariable("rpy_recursion_depth");
  for (size_t i = 0; i < p_.num_graphs(); ++i) {
    llvm::Function* inner = depth_functions_[i];
    if (!inner) continue;
    RPYC_CHECK(depth, "rtlib lacks rpy_recursion_depth");
    llvm::Function* outer = functions_[i];
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", outer));
    std::vector<llvm::Value*> args;
    for (llvm::Argument& a : outer->args()) args.push_back(&a);
    llvm::Value* d = b.CreateLoad(b.getInt64Ty(), depth);
    args.push_back(d);
    llvm::Value* r = b.CreateCall(inner, args);
    b.CreateStore(d, depth);
    if (outer->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(r);
  }
}

// Graphs that rtlib calls by a C name (LLGraph::symbol): the (weak)
// declaration gets a body forwarding to the graph's function.
void CodeGen::EmitSymbols() {
  for (size_t i = 0; i < p_.num_graphs(); ++i) {
    const LLGraph& g = p_.graph(LLGraphId(static_cast<uint32_t>(i)));
    if (g.symbol.empty()) continue;
    llvm::Function* decl = module_->getFunction(g.symbol);
    if (!decl || !decl->isDeclaration()) continue;  // rtlib does not call it
    decl->setLinkage(llvm::GlobalValue::ExternalLinkage);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", decl));
    llvm::Function* impl = functions_[i];
    std::vector<llvm::Value*> args;
    for (size_t a = 0; a < impl->arg_size() && a < decl->arg_size(); ++a)
      args.push_back(b.CreateBitOrPointerCast(decl->getArg(a), impl->getArg(a)->getType()));
    llvm::Value* r = b.CreateCall(impl, args);
    if (decl->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(b.CreateBitOrPointerCast(r, decl->getReturnType()));
  }
}

void CodeGen::EmitEntry() {
  // int64_t rpy_entry(rpy_list* argv): calls main(argv); a None result is
  // exit status 0, a bool is 0/1.
  llvm::Function* entry = module_->getFunction("rpy_entry");
  RPYC_CHECK(entry && entry->isDeclaration(), "rtlib must declare rpy_entry");
  llvm::BasicBlock* bb = llvm::BasicBlock::Create(ctx_, "entry", entry);
  llvm::IRBuilder<> b(bb);
  if (p_.init.valid()) b.CreateCall(functions_[p_.init.index]);
  // Programs using JS publish their exports before main runs.
  if (llvm::Function* reg = module_->getFunction("rpy_js_register_exports");
      reg && !reg->isDeclaration())
    b.CreateCall(reg, {});
  if (!p_.entry.valid()) {  // a library build: no main
    b.CreateRet(llvm::ConstantInt::get(entry->getReturnType(), 0));
    return;
  }
  llvm::Function* main = functions_[p_.entry.index];
  std::vector<llvm::Value*> args;
  if (main->arg_size() == 1)
    args.push_back(b.CreateBitCast(entry->getArg(0), main->getArg(0)->getType()));
  llvm::Value* r = b.CreateCall(main, args);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx_);
  llvm::Value* status;
  if (r->getType()->isVoidTy())
    status = llvm::ConstantInt::get(i64, 0);
  else if (r->getType()->isIntegerTy(1))
    status = b.CreateZExt(r, i64);
  else if (r->getType()->isIntegerTy(64))
    status = r;
  else
    status = llvm::ConstantInt::get(i64, 0);
  b.CreateRet(b.CreateIntCast(status, entry->getReturnType(), true));
}

void CodeGen::EmitVtables() {
  // The built-in exception classes: rtlib's rpy_vt_<Name>, numbered with
  // the program's classes by the rtyper (the first kNumBuiltinExc entries
  // of the class table).
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  for (size_t i = 0; i < kNumBuiltinExc; ++i) {
    const LLClass& cls = p_.classes[i];
    auto* g = llvm::cast<llvm::GlobalVariable>(Vtable(BuiltinExc(i)));
    auto* st = llvm::cast<llvm::StructType>(g->getValueType());
    llvm::Type* name_ty = st->getElementType(2);
    g->setInitializer(llvm::ConstantStruct::get(
        st, {llvm::ConstantInt::get(i32, cls.class_id), llvm::ConstantInt::get(i32, cls.class_max),
             llvm::ConstantExpr::getBitCast(StrConstant(BuiltinExcName(BuiltinExc(i))), name_ty)}));
    g->setConstant(true);
  }
}

void CodeGen::EmitTracebackTable() {
  llvm::GlobalVariable* g = module_->getGlobalVariable("rpy_tb_locs");
  RPYC_CHECK(g, "rtlib must declare rpy_tb_locs");
  llvm::StructType* st = llvm::StructType::getTypeByName(ctx_, "struct.rpy_tb_loc");
  RPYC_CHECK(st, "rtlib lacks struct.rpy_tb_loc");
  std::vector<llvm::Constant*> entries;
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx_);
  auto cstr = [&](const std::string& s, unsigned field) {
    return llvm::ConstantExpr::getBitCast(CString(s), st->getElementType(field));
  };
  for (const TracebackLoc& t : p_.traceback_locs()) {
    std::string source = sources_.Line(t.loc.file, t.loc.line);
    size_t a = source.find_first_not_of(" \t");
    source = a == std::string::npos ? "" : source.substr(a);
    std::string file = t.loc.file.valid() ? sources_.Path(t.loc.file) : "<unknown>";
    entries.push_back(llvm::ConstantStruct::get(
        st, {cstr(file, 0), cstr(t.function, 1), cstr(source, 2),
             llvm::ConstantInt::get(i32, static_cast<int32_t>(t.loc.line))}));
  }
  if (entries.empty()) entries.push_back(llvm::Constant::getNullValue(st));
  auto* arr_ty = llvm::ArrayType::get(st, entries.size());
  auto* table = new llvm::GlobalVariable(*module_, arr_ty, true, llvm::GlobalValue::InternalLinkage,
                                         llvm::ConstantArray::get(arr_ty, entries), "rpy_tb_table");
  // rtlib declares `extern const rpy_tb_loc rpy_tb_locs[]`: make that name
  // an alias of the table.
  g->replaceAllUsesWith(llvm::ConstantExpr::getBitCast(table, g->getType()));
  g->eraseFromParent();
}

// LLVM inlines a callee only into a caller whose target features include
// the callee's (TargetTransformInfo::areInlineCompatible). clang gives
// every rtlib function "target-cpu"/"target-features" (x86-64:
// +cx8,+fxsr,+mmx,+sse,+sse2,+x87); a function without them gets the
// TargetMachine's generic x86-64, which lacks fxsr and mmx, so no rtlib
// helper (rpy_list_check_index, rpy_str_len, ...) was inlined into
// generated code on native. Every function we define takes rtlib's
// target attributes, so both sides compile for the same machine.
void CodeGen::MatchRuntimeTargetAttributes() {
  static const char* const kTargetAttrs[] = {"target-cpu", "target-features", "tune-cpu"};
  const llvm::Function* model = nullptr;
  for (const llvm::Function& f : *module_)
    if (!f.isDeclaration() && f.hasFnAttribute("target-cpu")) {
      model = &f;
      break;
    }
  if (!model) return;
  for (llvm::Function& f : *module_) {
    if (f.isDeclaration() || f.hasFnAttribute("target-cpu")) continue;
    for (const char* kind : kTargetAttrs)
      if (model->hasFnAttribute(kind)) f.addFnAttr(model->getFnAttribute(kind));
  }
}

void CodeGen::EmitProgram() {
  DeclareGraphs();
  for (size_t i = 0; i < p_.num_graphs(); ++i) EmitGraph(*this, LLGraphId(static_cast<uint32_t>(i)));
  EmitDepthWrappers();
  EmitSymbols();
  EmitEntry();
  EmitVtables();
  EmitClassVtables();
  EmitTracebackTable();
  MatchRuntimeTargetAttributes();
}

}  // namespace rpyc::backend
