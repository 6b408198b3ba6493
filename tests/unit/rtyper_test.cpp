// Unit tests of the rtyper and the exception transform: a small program is
// loaded, annotated and lowered; the tests check the low-level types of
// parameters and results, that calls to known functions are direct calls,
// which graphs the exception transform marks nothrow, the shape of an
// overflow check with its propagate block, and VerifyLLGraph.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "tests/unit/pipeline_fixture.h"

using namespace rpyc;
using namespace rpyc::rtyper;
using rpyc::testing::Pipeline;
using rpyc::testing::WithTarget;

namespace {

const char kProgram[] = R"(
def less(a, b):
    return a < b

def add(a, b):
    return a + b

def scale(x, k):
    return x * k

def greet(s, n):
    return s + str(n)

def main(argv):
    print(less(1, len(argv)), add(3, len(argv)), scale(2.0, 0.5), greet('hi', 5))
    return 0
)";

// Operations of kind `kind` in every block of `g`.
std::vector<const LLOp*> FindLLOps(const LLProgram& p, LLGraphId g, LLOpKind kind) {
  std::vector<const LLOp*> found;
  for (LLBlockId b : p.graph(g).blocks)
    for (const LLOp& op : p.block(b).ops)
      if (op.kind == kind) found.push_back(&op);
  return found;
}

// "(Signed, Signed) -> Bool": the signature of an LL graph as text.
std::string Signature(const LLProgram& p, LLGraphId g) {
  std::string s = "(";
  const LLGraph& graph = p.graph(g);
  for (size_t i = 0; i < graph.params.size(); ++i)
    s += (i ? ", " : "") + p.types.ToString(p.var(graph.params[i]).type);
  return s + ") -> " + p.types.ToString(graph.result);
}

// A loaded and rtyped kProgram.
struct Lowered {
  Pipeline p;
  Lowered() {
    REQUIRE(p.Load(WithTarget(kProgram), "lowered.py").valid());
    bool ok = p.Rtype();
    INFO(p.diagnostics());
    REQUIRE(ok);
  }
  LLGraphId Graph(const std::string& name) {
    LLGraphId g = p.LLGraphNamed(name);
    REQUIRE(g.valid());
    return g;
  }
};

}  // namespace

TEST_CASE("parameters and results get low-level types", "[rtyper]") {
  Lowered l;
  const LLProgram& p = l.p.program();
  CHECK(Signature(p, l.Graph("main")) == "(Ptr(List(Ptr(Str)))) -> Signed");
  CHECK(Signature(p, l.Graph("less")) == "(Signed, Signed) -> Bool");
  CHECK(Signature(p, l.Graph("add")) == "(Signed, Signed) -> Signed");
  CHECK(Signature(p, l.Graph("scale")) == "(Float, Float) -> Float");
  CHECK(Signature(p, l.Graph("greet")) == "(Ptr(Str), Signed) -> Ptr(Str)");
  CHECK(p.entry == l.Graph("main"));
  CHECK(p.num_graphs() == 5);
  // Graph names are unique symbols.
  CHECK(p.graph(l.Graph("add")).name.rfind("pyfn_add_", 0) == 0);
}

TEST_CASE("calls to known functions are direct calls", "[rtyper]") {
  Lowered l;
  const LLProgram& p = l.p.program();
  std::vector<const LLOp*> calls = FindLLOps(p, l.Graph("main"), LLOpKind::direct_call);
  REQUIRE(calls.size() == 4);
  std::vector<std::string> callees;
  for (const LLOp* op : calls) callees.push_back(p.graph(LLGraphId(op->aux)).python_name);
  CHECK(callees == std::vector<std::string>{"less", "add", "scale", "greet"});
  // Arguments match the callee's parameter types.
  for (const LLOp* op : calls) {
    const LLGraph& callee = p.graph(LLGraphId(op->aux));
    REQUIRE(op->args.size() == callee.params.size());
    for (size_t i = 0; i < op->args.size(); ++i)
      CHECK(p.TypeOf(op->args[i]) == p.var(callee.params[i]).type);
    CHECK(p.var(op->result).type == callee.result);
  }
}

TEST_CASE("a graph with only comparisons and float math is nothrow", "[rtyper]") {
  Lowered l;
  const LLProgram& p = l.p.program();
  CHECK_FALSE(p.graph(l.Graph("less")).can_raise);
  CHECK_FALSE(p.graph(l.Graph("scale")).can_raise);
  CHECK(FindLLOps(p, l.Graph("less"), LLOpKind::int_lt).size() == 1);
  std::string dump = PrintLLProgram(p, l.p.sources);
  std::string less = p.graph(l.Graph("less")).name;
  CHECK(dump.find("graph " + less + "(Signed, Signed) -> Bool [nothrow]\n") != std::string::npos);
  // A nothrow graph has no propagate block: start and return only.
  CHECK(p.graph(l.Graph("less")).blocks.size() == 2);
}

TEST_CASE("int + is overflow-checked and propagates", "[rtyper]") {
  Lowered l;
  const LLProgram& p = l.p.program();
  LLGraphId add = l.Graph("add");
  CHECK(p.graph(add).can_raise);
  CHECK(FindLLOps(p, add, LLOpKind::int_add_ovf_check).size() == 1);
  CHECK(FindLLOps(p, add, LLOpKind::int_add).size() == 1);
  CHECK(FindLLOps(p, add, LLOpKind::int_add_ovf).empty());  // rewritten by the transform
  CHECK(FindLLOps(p, add, LLOpKind::raise_builtin).size() == 1);
  // The propagate block: one Int32 input (the traceback location), records
  // it and returns a dummy value.
  int propagate_blocks = 0;
  for (LLBlockId b : p.graph(add).blocks) {
    const LLBlock& block = p.block(b);
    if (block.ops.size() != 1 || block.ops[0].kind != LLOpKind::rt_call) continue;
    if (block.ops[0].aux != static_cast<uint32_t>(RtFunc::rpy_traceback_add)) continue;
    ++propagate_blocks;
    REQUIRE(block.inputargs.size() == 1);
    CHECK(p.types.kind(p.var(block.inputargs[0]).type) == LLKind::Int32);
    REQUIRE(block.exits.size() == 1);
    CHECK(p.link(block.exits[0]).target == p.graph(add).returnblock);
  }
  CHECK(propagate_blocks == 1);
  // The caller checks exc_occurred after the call of a raising graph.
  CHECK_FALSE(FindLLOps(p, l.Graph("main"), LLOpKind::exc_occurred).empty());
  CHECK_FALSE(p.traceback_locs().empty());
}

TEST_CASE("every lowered graph verifies", "[rtyper]") {
  Lowered l;
  const LLProgram& p = l.p.program();
  for (uint32_t i = 0; i < p.num_graphs(); ++i) {
    INFO(p.graph(LLGraphId(i)).name);
    VerifyLLGraph(p, LLGraphId(i));
  }
}

TEST_CASE("PrintLLProgram is identical across two runs", "[rtyper]") {
  std::string first, second;
  {
    Lowered l;
    first = PrintLLProgram(l.p.program(), l.p.sources);
  }
  {
    Lowered l;
    second = PrintLLProgram(l.p.program(), l.p.sources);
  }
  CHECK(first.find("graph pyfn_main_") == 0);
  CHECK(first == second);
}
