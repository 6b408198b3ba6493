// A test fixture that runs rpyc's pipeline on a small program, stage by
// stage, in the order of translator/driver/driver.cpp: load (embedded
// CPython), flow, annotate, rtype + exception transform, backend. Each
// unit test file drives it as far as the stage it tests and inspects the
// result.
//
// Loading and flow building live in pipeline_fixture.cpp; the later stages
// are inline here, so a test binary only links the libraries of the stages
// it actually calls (flow_tests links rpyc_flow alone).
//
// The loader embeds CPython and allows one Host at a time: keep at most
// one Pipeline alive (scope them when a test needs two runs).
#pragma once

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "annotator/annotator.h"
#include "common/diagnostics.h"
#include "rtyper/rtyper.h"
#include "translator/flow/builder.h"
#include "translator/flow/graph.h"
#include "translator/loader/host.h"

namespace rpyc::testing {

// A fresh directory under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to `name` in the directory and returns its full path.
  std::string Write(const std::string& name, const std::string& text) const;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Appends the usual `target` function to a program body.
std::string WithTarget(const std::string& body);

class Pipeline {
 public:
  Pipeline();
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Loads the target file at `path`; returns the entry function (invalid
  // after diagnostics).
  loader::HostId LoadFile(const std::string& path);
  // Writes `source` to `name` in a temp dir of the pipeline and loads it.
  loader::HostId Load(const std::string& source, const std::string& name = "prog.py");

  // The flow graph of the entry point (invalid after diagnostics).
  flow::GraphId EntryGraph();
  // The flow graph of the module-level function `name` of the target.
  flow::GraphId GraphOf(const std::string& name);
  // PrintGraph of a graph.
  std::string Print(flow::GraphId g);

  // Runs the annotator from the entry point; false after diagnostics.
  bool Annotate() {
    if (!entry_.valid()) return false;
    ann_ = std::make_unique<annotator::Annotator>(store, builder, host, diags);
    return ann_->Run(entry_);
  }
  annotator::Annotator& ann() { return *ann_; }

  // Annotates (unless done), lowers and runs the exception transform.
  bool Rtype() {
    if (!ann_ && !Annotate()) return false;
    if (ann_->failed()) return false;
    program_ = std::make_unique<rtyper::LLProgram>();
    rtyper::RTyper rtyper(*ann_, *program_, diags);
    if (!rtyper.Run()) return false;
    rtyper::InsertRecursionGuards(*program_);
    rtyper::ExceptionTransform(*program_, sources);
    rtyper::FinishRecursionGuards(*program_);
    return true;
  }
  // The low-level program (after Rtype).
  rtyper::LLProgram& program() { return *program_; }

  // The LL graph whose Python name is `python_name`, or invalid.
  rtyper::LLGraphId LLGraphNamed(const std::string& python_name) const {
    for (uint32_t i = 0; i < program_->num_graphs(); ++i)
      if (program_->graph(rtyper::LLGraphId(i)).python_name == python_name)
        return rtyper::LLGraphId(i);
    return rtyper::LLGraphId();
  }

  // Everything the diagnostics engine printed so far.
  std::string diagnostics() const { return diag_out.str(); }
  loader::HostId entry() const { return entry_; }

  SourceManager sources;
  std::ostringstream diag_out;
  DiagnosticEngine diags{sources, diag_out};
  loader::Host host{sources, diags};
  flow::FlowStore store;
  flow::FlowBuilder builder{store, host, diags};

 private:
  TempDir dir_;
  loader::HostId entry_;
  std::unique_ptr<annotator::Annotator> ann_;
  std::unique_ptr<rtyper::LLProgram> program_;
};

// Operations of kind `kind` over every block of a flow graph.
std::vector<const flow::Operation*> FindOps(const flow::FlowStore& store, flow::GraphId g,
                                            flow::OpKind kind);

}  // namespace rpyc::testing
