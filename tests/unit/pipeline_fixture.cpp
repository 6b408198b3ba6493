// The load and flow steps of the test pipeline (see pipeline_fixture.h).
#include "tests/unit/pipeline_fixture.h"

#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "translator/flow/printer.h"

namespace fs = std::filesystem;

namespace rpyc::testing {

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "rpyc_stage_test_XXXXXX").string();
  REQUIRE(mkdtemp(tmpl.data()) != nullptr);
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& text) const {
  std::ofstream(path_ / name, std::ios::binary) << text;
  return (path_ / name).string();
}

std::string WithTarget(const std::string& body) {
  return body + "\n\ndef target(*args):\n    return main, None\n";
}

Pipeline::Pipeline() = default;
Pipeline::~Pipeline() = default;

loader::HostId Pipeline::LoadFile(const std::string& path) {
  loader::LoadOptions options;
  options.target_path = path;
  options.support_dir = RPYC_SUPPORT_DIR;
  entry_ = host.LoadTarget(options);
  return entry_;
}

loader::HostId Pipeline::Load(const std::string& source, const std::string& name) {
  return LoadFile(dir_.Write(name, source));
}

flow::GraphId Pipeline::EntryGraph() {
  if (!entry_.valid()) return flow::GraphId();
  return builder.GetGraph(entry_, SourceLoc());
}

flow::GraphId Pipeline::GraphOf(const std::string& name) {
  loader::HostResult func = host.GetAttr(host.target_module(), name);
  if (!func.ok()) return flow::GraphId();
  return builder.GetGraph(func.value, SourceLoc());
}

std::string Pipeline::Print(flow::GraphId g) { return flow::PrintGraph(store, host, g); }

std::vector<const flow::Operation*> FindOps(const flow::FlowStore& store, flow::GraphId g,
                                            flow::OpKind kind) {
  std::vector<const flow::Operation*> found;
  for (flow::BlockId b : store.graph(g).blocks)
    for (const flow::Operation& op : store.block(b).operations)
      if (op.kind == kind) found.push_back(&op);
  return found;
}

}  // namespace rpyc::testing
