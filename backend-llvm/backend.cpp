// Generate(): reads rtlib's bitcode, emits the program into it, verifies,
// internalizes everything but the entry points, runs the O1-O3 pipeline
// and writes bitcode.
#include "backend-llvm/backend.h"

#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Analysis/CFG.h>
#include <llvm/Transforms/IPO/Internalize.h>

#include "backend-llvm/codegen.h"
#include "common/check.h"

namespace rpyc::backend {

namespace {

std::unique_ptr<llvm::TargetMachine> MakeTargetMachine(const llvm::Module& m) {
  static bool initialized = [] {
    llvm::InitializeAllTargetInfos();
    llvm::InitializeAllTargets();
    llvm::InitializeAllTargetMCs();
    return true;
  }();
  (void)initialized;
  std::string error;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(m.getTargetTriple(), error);
  if (!target) return nullptr;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      m.getTargetTriple(), "generic", "", llvm::TargetOptions(), llvm::None));
}

void Optimize(llvm::Module& m, int level) {
  std::unique_ptr<llvm::TargetMachine> tm = MakeTargetMachine(m);
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(tm.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel ol = level <= 0   ? llvm::OptimizationLevel::O0
                               : level == 1 ? llvm::OptimizationLevel::O1
                               : level == 2 ? llvm::OptimizationLevel::O2
                                            : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager mpm = level <= 0 ? pb.buildO0DefaultPipeline(ol)
                                           : pb.buildPerModuleDefaultPipeline(ol);
  mpm.run(m, mam);
}

// Everything but main (called by the C startup code) and EM_JS payloads is
// internal, so unused runtime code disappears and helpers inline.
void Internalize(llvm::Module& m, const std::vector<std::string>& keep) {
  llvm::internalizeModule(m, [&](const llvm::GlobalValue& gv) {
    llvm::StringRef name = gv.getName();
    for (const std::string& k : keep)
      if (name == k) return true;
    return name == "main" || name.startswith("__em_js") || name.startswith("__em_asm") ||
           gv.isDeclaration();
  });
}

// Marks the program's functions that contain a loop noinline (see
// BackendOptions::outline_loops). A call per loop entry costs nothing
// next to the loop.
void OutlineLoops(llvm::Module& m) {
  for (llvm::Function& f : m) {
    if (f.isDeclaration() || !f.getName().startswith("pyfn_")) continue;
    llvm::SmallVector<std::pair<const llvm::BasicBlock*, const llvm::BasicBlock*>, 4> edges;
    llvm::FindFunctionBackedges(f, edges);
    if (!edges.empty()) f.addFnAttr(llvm::Attribute::NoInline);
  }
}

}  // namespace

bool Generate(const rtyper::LLProgram& program, const SourceManager& sources,
              const BackendOptions& options, DiagnosticEngine& diags) {
  llvm::LLVMContext ctx;
  auto buffer = llvm::MemoryBuffer::getFile(options.rtlib_bitcode);
  if (!buffer) {
    diags.Emit(DiagKind::FileNotFound, SourceLoc(),
               {options.rtlib_bitcode, buffer.getError().message() +
                                           " (the runtime library; is rpyc built completely?)"});
    return false;
  }
  auto parsed = llvm::parseBitcodeFile((*buffer)->getMemBufferRef(), ctx);
  if (!parsed) {
    diags.Emit(DiagKind::FileNotFound, SourceLoc(),
               {options.rtlib_bitcode, llvm::toString(parsed.takeError())});
    return false;
  }
  CodeGen cg(program, sources, ctx, std::move(*parsed), options.gc_root_slots);
  cg.EmitProgram();
  std::unique_ptr<llvm::Module> m = cg.TakeModule();
  if (options.ir_text) {
    // Only the generated functions: the runtime's own IR is not interesting.
    llvm::raw_string_ostream os(*options.ir_text);
    for (llvm::Function& f : *m)
      if (f.getName().startswith("pyfn_") || f.getName() == "rpy_entry") f.print(os);
  }
  std::string errors;
  llvm::raw_string_ostream es(errors);
  RPYC_CHECK(!llvm::verifyModule(*m, &es), "LLVM IR verification failed:\n" + es.str());
  Internalize(*m, options.keep_symbols);
  if (options.outline_loops) OutlineLoops(*m);
  Optimize(*m, options.opt_level);
  std::error_code ec;
  llvm::raw_fd_ostream out(options.output, ec, llvm::sys::fs::OF_None);
  if (ec) {
    diags.Emit(DiagKind::OutputNotWritable, SourceLoc(), {options.output, ec.message()});
    return false;
  }
  llvm::WriteBitcodeToFile(*m, out);
  return true;
}

}  // namespace rpyc::backend
