// RunDriver: the pipeline, phase by phase (phases.def), with timing,
// dumps and the link step.
#include "translator/driver/driver.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <set>

#include "annotator/annotator.h"
#include "backend-llvm/backend.h"
#include "common/diagnostics.h"
#include "rtyper/rtyper.h"
#include "translator/flow/builder.h"
#include "translator/flow/printer.h"
#include "translator/driver/js_outputs.h"
#include "translator/loader/host.h"

namespace rpyc::driver {
namespace {

const char* const kPhaseNames[] = {
#define RPYC_PHASE(Id, Name, Doc) Name,
#include "translator/driver/phases.def"
#undef RPYC_PHASE
};

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

std::string Stem(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.rfind('.');
  return dot == std::string::npos ? base : base.substr(0, dot);
}

std::string Absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return path;
  return std::string(buf) + "/" + path;
}

// Where rpyc's own files are: next to the executable (an install), or the
// source tree it was built from.
std::string FindSupportDir(const std::string& exe_dir) {
  if (Exists(exe_dir + "/support/rpyc_support")) return exe_dir + "/support";
  return std::string(RPYC_SOURCE_DIR) + "/support";
}

class Timer {
 public:
  explicit Timer(bool verbose) : verbose_(verbose) {}
  void Done(Phase p) {
    auto now = std::chrono::steady_clock::now();
    double s = std::chrono::duration<double>(now - start_).count();
    if (verbose_) std::fprintf(stderr, "rpyc: %-9s %7.3f s\n", PhaseName(p), s);
    start_ = now;
  }

 private:
  bool verbose_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// Builds the flow graphs of the entry point and of every Python function
// it calls directly (by a constant callee), transitively. The annotator
// reuses these graphs; this pass only serves `--stop-after flow`.
std::vector<flow::GraphId> BuildReachableGraphs(flow::FlowStore& store, flow::FlowBuilder& fb,
                                                loader::Host& host, loader::HostId entry) {
  std::vector<flow::GraphId> order;
  std::set<uint32_t> seen;
  std::vector<std::pair<loader::HostId, SourceLoc>> work;
  if (entry.valid()) work.push_back({entry, SourceLoc()});
  while (!work.empty()) {
    auto [func, site] = work.back();
    work.pop_back();
    if (!seen.insert(func.index).second) continue;
    flow::GraphId g = fb.GetGraph(func, site);
    if (!g.valid()) continue;
    order.push_back(g);
    for (flow::BlockId b : store.graph(g).blocks)
      for (const flow::Operation& op : store.block(b).operations)
        if (op.kind == flow::OpKind::call && op.args[0].is_const()) {
          loader::HostId callee = store.cst(op.args[0].cst()).value;
          if (host.Kind(callee) == loader::HostKind::Function) work.push_back({callee, op.loc});
          // A generator's frame class: its synthetic methods (the resume
          // graph made by the resumable transform, __next__, ...).
          if (host.Kind(callee) == loader::HostKind::Class)
            for (const std::string& name : host.ClassDictKeys(callee)) {
              loader::HostId m = host.ClassDictGet(callee, name);
              if (m.valid() && store.RegisteredGraph(m).valid()) work.push_back({m, op.loc});
            }
        }
  }
  return order;
}

}  // namespace

const char* PhaseName(Phase p) { return kPhaseNames[static_cast<int>(p)]; }

bool ParsePhase(const std::string& name, Phase* out) {
  for (int i = 0; i <= static_cast<int>(Phase::Link); ++i)
    if (name == kPhaseNames[i]) {
      *out = static_cast<Phase>(i);
      return true;
    }
  return false;
}

int RunDriver(const DriverOptions& o) {
  SourceManager sources;
  DiagnosticEngine diags(sources, std::cerr);
  Timer timer(o.verbose);

  // ---- load ----
  loader::Host host(sources, diags);
  loader::LoadOptions lo;
  lo.target_path = o.target;
  lo.target_args = o.args;
  lo.support_dir = FindSupportDir(o.exe_dir);
  lo.library = o.library;
  loader::HostId entry = host.LoadTarget(lo);
  if (!entry.valid()) return 1;
  // A library without `target` (or whose target returns None): no main.
  if (o.library && host.Kind(entry) == loader::HostKind::None) entry = loader::HostId();
  timer.Done(Phase::Load);
  if (o.stop_after == Phase::Load) return 0;

  // ---- flow, annotate ----
  // Another round when the annotator finds the values of two deque (or
  // Counter, defaultdict) creation sites meeting: the flow builder then
  // gives those sites one class (flow::SiteClasses). Each round merges two
  // groups, so the rounds are fewer than the creation sites.
  flow::SiteClasses site_classes;
  std::unique_ptr<flow::FlowStore> store_ptr;
  std::unique_ptr<flow::FlowBuilder> builder_ptr;
  std::unique_ptr<annotator::Annotator> ann_ptr;
  for (;;) {
    ann_ptr.reset();
    builder_ptr.reset();
    store_ptr = std::make_unique<flow::FlowStore>();
    builder_ptr = std::make_unique<flow::FlowBuilder>(*store_ptr, host, diags);
    builder_ptr->set_site_classes(&site_classes);
    std::vector<flow::GraphId> graphs = BuildReachableGraphs(*store_ptr, *builder_ptr, host, entry);
    if (diags.error_count()) return 1;
    timer.Done(Phase::Flow);
    if (o.stop_after == Phase::Flow) {
      if (o.dump_flow)
        for (flow::GraphId g : graphs) std::cout << flow::PrintGraph(*store_ptr, host, g) << "\n";
      return 0;
    }
    ann_ptr = std::make_unique<annotator::Annotator>(*store_ptr, *builder_ptr, host, diags);
    bool ok = ann_ptr->Run(entry);
    if (ok || ann_ptr->site_merges().empty()) {
      if (o.dump_flow)
        for (flow::GraphId g : graphs) std::cout << flow::PrintGraph(*store_ptr, host, g) << "\n";
      if (!ok) return 1;
      break;
    }
    bool merged = false;
    for (const auto& [a, b] : ann_ptr->site_merges()) {
      merged |= site_classes.Merge(a, b);
      if (o.verbose)
        std::cerr << "rpyc: the collections made at lines " << a.line << " and " << b.line
                  << " meet: one class for both, annotating again\n";
    }
    if (!merged || diags.error_count()) return 1;
  }
  annotator::Annotator& ann = *ann_ptr;
  if (ann.js().used && o.kind == OutputKind::Native) {
    diags.Emit(DiagKind::BadOption, SourceLoc(),
               {"the program uses the `javascript` module: translate it for node or a browser "
                "(the default wasm output, or --js), not --native"});
    return 1;
  }
  timer.Done(Phase::Annotate);
  if (o.dump_annotations) std::cout << ann.Dump();
  if (o.stop_after == Phase::Annotate) return 0;

  // ---- rtype ----
  rtyper::LLProgram program;
  rtyper::RTyper rtyper(ann, program, diags);
  if (!rtyper.Run()) return 1;
  rtyper::InsertRecursionGuards(program);
  rtyper::ExceptionTransform(program, sources);
  rtyper::FinishRecursionGuards(program);
  timer.Done(Phase::Rtype);
  if (o.dump_lltypes) std::cout << rtyper::PrintLLProgram(program, sources);
  if (o.stop_after == Phase::Rtype) return 0;

  // ---- llvm ----
  std::string out_dir = Absolute(o.output_dir);
  std::string name = Stem(o.target);
  char tmp_template[] = "/tmp/rpyc-XXXXXX";
  const char* tmp = mkdtemp(tmp_template);
  if (!tmp) {
    diags.Emit(DiagKind::OutputNotWritable, SourceLoc(), {"/tmp", "cannot create a directory"});
    return 1;
  }
  std::string tmp_dir = tmp;
  std::string bitcode = tmp_dir + "/" + name + ".bc";
  backend::BackendOptions bo;
  std::string rtlib_dir = o.exe_dir + "/rtlib";
  bo.rtlib_bitcode =
      rtlib_dir + (o.kind == OutputKind::Native ? "/rtlib-native.bc" : "/rtlib-wasm.bc");
  bo.output = bitcode;
  bo.opt_level = o.opt_level;
  bo.gc_root_slots = o.kind != OutputKind::Native;
  bo.outline_loops = o.kind == OutputKind::Js;
  if (ann.js().used) bo.keep_symbols = {"rpy_js_invoke", "rpy_js_settle"};
  // The loader flushes stdout through rpy_flush when node's stack
  // overflows (rtlib/pre.js).
  if (o.kind != OutputKind::Native) bo.keep_symbols.push_back("rpy_flush");
  std::string ir;
  if (o.dump_llvm) bo.ir_text = &ir;
  bool ok = backend::Generate(program, sources, bo, diags);
  if (o.dump_llvm) std::cout << ir;
  auto cleanup = [&] {
    if (o.save_temps) {
      mkdir(out_dir.c_str(), 0777);
      std::string kept = out_dir + "/" + name + ".bc";
      if (std::rename(bitcode.c_str(), kept.c_str()) != 0) {
        // Across file systems: copy.
        FILE* in = std::fopen(bitcode.c_str(), "rb");
        FILE* out = std::fopen(kept.c_str(), "wb");
        char buf[65536];
        size_t n;
        while (in && out && (n = std::fread(buf, 1, sizeof buf, in)) > 0) std::fwrite(buf, 1, n, out);
        if (in) std::fclose(in);
        if (out) std::fclose(out);
      }
    }
    std::remove(bitcode.c_str());
    rmdir(tmp_dir.c_str());
  };
  if (!ok) {
    cleanup();
    return 1;
  }
  timer.Done(Phase::Llvm);
  if (o.stop_after == Phase::Llvm) {
    cleanup();
    return 0;
  }

  // ---- link ----
  LinkOptions link;
  link.kind = o.kind;
  link.bitcode = bitcode;
  link.output_dir = out_dir;
  link.name = name;
  link.opt_level = o.opt_level;
  link.debug = o.debug;
  link.docker = o.docker;
  link.verbose = o.verbose;
  link.js_bridge = ann.js().used;
  link.library = o.library;
  Toolchain tools = FindToolchain(rtlib_dir);
  std::vector<std::string> outputs;
  ok = Link(link, tools, diags, &outputs);
  cleanup();
  if (!ok) return 1;
  if (o.library && !WriteJsLibraryFiles(ann, out_dir, name, o.esm, diags)) return 1;
  timer.Done(Phase::Link);
  if (o.run) return RunProgram(link, tools, o.args);
  return 0;
}

}  // namespace rpyc::driver
