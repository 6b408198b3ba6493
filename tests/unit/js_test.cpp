// Unit tests of JS interop in the annotator and rtyper (annotate_js.cpp,
// rtype_js.cpp): a program using `js` is annotated and lowered; the tests
// check the Js annotations of proxies and seed Objects, that a callback is
// annotated with JS parameters and gets a verified adapter graph, that a
// property read followed by a call fuses into one rpy_js_callmethod, that
// @export functions get their declared parameter types, and that a program
// that never touches JS records no use of the bridge.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "tests/unit/pipeline_fixture.h"

using namespace rpyc;
using namespace rpyc::rtyper;
using rpyc::testing::Pipeline;
using rpyc::testing::WithTarget;

namespace {

const char kProgram[] = R"(
from javascript import js, Object, export

def on_event(ev):
    return str(ev.type)

@export
def add(a: int, b: float):
    return a + b

def main(argv):
    n = js.Math.max(1, 2)
    o = Object('console')
    js.setTimeout(on_event, 0)
    print(int(n), o.type)
    return 0
)";

int CountRtCalls(const LLProgram& p, LLGraphId g, RtFunc f) {
  int n = 0;
  for (LLBlockId b : p.graph(g).blocks)
    for (const LLOp& op : p.block(b).ops)
      if (op.kind == LLOpKind::rt_call && op.aux == static_cast<uint32_t>(f)) ++n;
  return n;
}

}  // namespace

TEST_CASE("JS values are annotated and lowered through rtlib") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(kProgram), "jsprog.py").valid());
  bool ok = p.Rtype();
  INFO(p.diagnostics());
  REQUIRE(ok);
  annotator::Annotator& ann = p.ann();
  CHECK(ann.js().used);
  // The callback's parameter is a JS value; the export has its declared types.
  REQUIRE(ann.js().callbacks.size() == 1);
  flow::GraphId cb = ann.js().callbacks[0];
  const flow::Block& start = ann.store().block(ann.store().graph(cb).startblock);
  CHECK(ann.Describe(ann.binding(start.inputargs[0])) == "JsProxy");
  REQUIRE(ann.js().exports.size() == 1);
  CHECK(ann.js().exports[0].first == "add");
  flow::GraphId ex = ann.js().exports[0].second;
  const flow::Block& ex_start = ann.store().block(ann.store().graph(ex).startblock);
  CHECK(ann.Describe(ann.binding(ex_start.inputargs[0])) == "int");
  CHECK(ann.Describe(ann.binding(ex_start.inputargs[1])) == "float");

  LLProgram& prog = p.program();
  for (uint32_t i = 0; i < prog.num_graphs(); ++i) VerifyLLGraph(prog, LLGraphId(i));
  // One adapter per callback and export: int32 -> int32.
  int adapters = 0;
  for (uint32_t i = 0; i < prog.num_graphs(); ++i) {
    const LLGraph& g = prog.graph(LLGraphId(i));
    if (g.name.rfind("rpy_jsadapter_", 0) != 0) continue;
    ++adapters;
    REQUIRE(g.params.size() == 1);
    CHECK(prog.types.kind(prog.var(g.params[0]).type) == LLKind::Int32);
    CHECK(prog.types.kind(g.result) == LLKind::Int32);
  }
  CHECK(adapters == 2);
  // js.Math.max(1, 2) and js.setTimeout(...) are method calls: the
  // property read fuses into the call.
  LLGraphId main = p.LLGraphNamed("main");
  REQUIRE(main.valid());
  CHECK(CountRtCalls(prog, main, RtFunc::rpy_js_callmethod) == 2);
  CHECK(CountRtCalls(prog, main, RtFunc::rpy_js_call) == 0);
  CHECK(CountRtCalls(prog, main, RtFunc::rpy_js_push_fn) == 1);
}

TEST_CASE("a program that does not touch JS does not use the bridge") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget("import javascript\n\ndef main(argv):\n    print('hi')\n    return 0\n"),
                 "nojs.py")
              .valid());
  REQUIRE(p.Rtype());
  CHECK(!p.ann().js().used);
}

TEST_CASE("passing an instance to JS is refused") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget("from javascript import js\n\nclass P:\n    pass\n\n"
                            "def main(argv):\n    js.console.log(P())\n    return 0\n"),
                 "bad.py")
              .valid());
  CHECK(!p.Annotate());
  CHECK(p.diagnostics().find("cannot pass a value of type `P` to JS") != std::string::npos);
}
