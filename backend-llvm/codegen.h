// Internal interface of the LLVM backend (see backend.h). CodeGen owns the
// module being built; GraphEmitter (emit_graph.cpp, emit_ops.cpp) emits
// one low-level graph as one LLVM function.
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "rtyper/llgraph.h"

namespace rpyc::backend {

class CodeGen {
 public:
  CodeGen(const rtyper::LLProgram& p, const SourceManager& sources, llvm::LLVMContext& ctx,
          std::unique_ptr<llvm::Module> rtlib, bool gc_root_slots);

  // Emits every graph, the entry point and the tables rtlib expects.
  void EmitProgram();
  std::unique_ptr<llvm::Module> TakeModule() { return std::move(module_); }

  // ---- shared by the graph emitter ----
  llvm::Type* TypeOf(rtyper::LLTypeId t);        // nullptr for Void
  llvm::StructType* TupleStruct(rtyper::LLTypeId t);
  llvm::Type* ListItemType(rtyper::LLTypeId list);  // storage type of items
  // The function every reference to graph g uses (calls from unguarded
  // graphs, vtables, addresses, rtlib's symbols). For a recursion_guard
  // graph it is a wrapper around DepthFunction(g) (EmitDepthWrappers).
  llvm::Function* GraphFunction(rtyper::LLGraphId g) { return functions_[g.index]; }
  // The body of a recursion_guard graph, taking the recursion depth as an
  // extra last i64 parameter; nullptr for other graphs.
  llvm::Function* DepthFunction(rtyper::LLGraphId g) { return depth_functions_[g.index]; }
  llvm::Function* Runtime(const char* name);
  // As i8*; `bytes`: a bytes constant (its length counts bytes).
  llvm::Constant* StrConstant(const std::string& utf8, bool bytes = false);
  // The global rpy_list of a prebuilt list constant (LLProgram constant
  // index), as i8*.
  llvm::Constant* PrebuiltList(uint32_t cst);
  // The global object of a prebuilt instance constant, as i8*.
  llvm::Constant* PrebuiltInstance(uint32_t cst);
  // A constant's LLVM value as stored in memory (bools as i8).
  llvm::Constant* StoredConstant(uint32_t cst, llvm::Type* storage);
  llvm::Constant* CString(const std::string& text);      // as i8*
  llvm::Constant* Vtable(rtyper::BuiltinExc e);          // as the rtlib type
  llvm::PointerType* GcPtr() { return gcptr_; }
  // Instance layout {vtable, fields...} of class c; its vtable global.
  llvm::StructType* InstanceStruct(uint32_t c);
  llvm::StructType* VtableStruct();
  llvm::Constant* ClassVtable(uint32_t c);
  // The vtable of class c as i8* (rtlib's for built-in exceptions).
  llvm::Constant* AnyVtable(uint32_t c);
  // The LLVM global of program global g (a class attribute cell).
  llvm::GlobalVariable* Global(uint32_t g);

  const rtyper::LLProgram& program() const { return p_; }
  llvm::LLVMContext& ctx() { return ctx_; }
  llvm::Module& module() { return *module_; }
  bool gc_root_slots() const { return gc_root_slots_; }

 private:
  void DeclareGraphs();
  void EmitEntry();
  void EmitSymbols();
  void EmitVtables();
  void EmitTracebackTable();
  void MatchRuntimeTargetAttributes();
  void EmitDepthWrappers();

  const rtyper::LLProgram& p_;
  const SourceManager& sources_;
  llvm::LLVMContext& ctx_;
  std::unique_ptr<llvm::Module> module_;
  bool gc_root_slots_;
  llvm::PointerType* gcptr_;
  std::vector<llvm::Function*> functions_;
  std::vector<llvm::Function*> depth_functions_;
  std::map<std::string, llvm::Constant*> strings_;
  std::map<std::string, llvm::Constant*> cstrings_;
  std::map<uint32_t, llvm::StructType*> tuples_;
  std::map<uint32_t, llvm::StructType*> instances_;
  std::map<uint32_t, llvm::Constant*> prebuilt_lists_;
  std::map<uint32_t, llvm::Constant*> prebuilt_instances_;
  std::map<uint32_t, llvm::GlobalVariable*> class_vtables_;
  std::map<uint32_t, llvm::GlobalVariable*> globals_;
  llvm::StructType* vtable_struct_ = nullptr;
  void EmitClassVtables();
};

// Emits one graph into its (already declared) function.
void EmitGraph(CodeGen& cg, rtyper::LLGraphId g);

// The GC pointer variables of graph `g` that must live in a root slot:
// those live across an operation that may allocate (see gc_roots.cpp).
std::set<uint32_t> FindGcRoots(const rtyper::LLProgram& p, rtyper::LLGraphId g);

}  // namespace rpyc::backend
