// Unit tests of the flow graph builder (translator/flow): programs go
// through the real loader, then FlowBuilder::GetGraph; the tests check the
// shape of the graphs (blocks, switches, loop headers), constant folding
// and pruning, the verifier, the printer's determinism, and the
// UnsupportedSyntax diagnostics.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <set>

#include "tests/unit/pipeline_fixture.h"
#include "translator/flow/printer.h"
#include "translator/flow/resumable/resumable.h"
#include "translator/flow/verifier.h"

using namespace rpyc;
using namespace rpyc::flow;
using rpyc::testing::FindOps;
using rpyc::testing::Pipeline;
using rpyc::testing::TempDir;
using rpyc::testing::WithTarget;

namespace {

// Blocks of `g` that end in a two-way switch.
std::vector<BlockId> SwitchBlocks(const FlowStore& store, GraphId g) {
  std::vector<BlockId> found;
  for (BlockId b : store.graph(g).blocks)
    if (store.block(b).exitswitch.valid()) found.push_back(b);
  return found;
}

// True when some link goes from a block created after `header` back to it
// (a loop's back edge).
bool HasBackEdge(const FlowStore& store, GraphId g, BlockId header) {
  for (BlockId b : store.graph(g).blocks)
    for (LinkId l : store.block(b).exits)
      if (store.link(l).target == header && b.index > header.index) return true;
  return false;
}

}  // namespace

TEST_CASE("a straight-line function is one block plus return and except", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    n = len(argv)
    m = n + 1
    return m
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  const FunctionGraph& fg = p.store.graph(g);
  CHECK(fg.name == "main");
  REQUIRE(fg.blocks.size() == 3);
  const Block& start = p.store.block(fg.startblock);
  CHECK(start.inputargs.size() == 1);
  CHECK(p.store.var(start.inputargs[0]).name == "argv");
  CHECK_FALSE(start.exitswitch.valid());
  REQUIRE(start.exits.size() == 1);
  CHECK(p.store.link(start.exits[0]).target == fg.returnblock);
  CHECK(start.operations.size() == 2);  // call(len), add
  CHECK(FindOps(p.store, g, OpKind::call).size() == 1);
  CHECK(FindOps(p.store, g, OpKind::add).size() == 1);
  // Return block: one input, no operations; except block: one input (the
  // exception instance).
  CHECK(p.store.block(fg.returnblock).inputargs.size() == 1);
  CHECK(p.store.block(fg.returnblock).operations.empty());
  CHECK(p.store.block(fg.returnblock).exits.empty());
  CHECK(p.store.block(fg.exceptblock).inputargs.size() == 1);
  CHECK(p.store.block(fg.exceptblock).exits.empty());
  VerifyGraph(p.store, g);
  CHECK(p.diagnostics().empty());
}

TEST_CASE("an if makes a switch with False then True exits", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    if len(argv) > 1:
        x = 1
    else:
        x = 2
    return x
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  std::vector<BlockId> switches = SwitchBlocks(p.store, g);
  REQUIRE(switches.size() == 1);
  const Block& b = p.store.block(switches[0]);
  CHECK(b.exitswitch.is_var());
  REQUIRE(b.exits.size() == 2);
  CHECK(p.store.link(b.exits[0]).exitcase == ExitCase::False);
  CHECK(p.store.link(b.exits[1]).exitcase == ExitCase::True);
  CHECK(p.store.link(b.exits[0]).target != p.store.link(b.exits[1]).target);
  // The condition is a truth test of the comparison.
  CHECK(b.operations.back().kind == OpKind::bool_);
  CHECK(b.operations.back().result == b.exitswitch.var());
  CHECK(FindOps(p.store, g, OpKind::gt).size() == 1);
  VerifyGraph(p.store, g);
}

TEST_CASE("operations on constants are folded", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    x = 2 * 3
    return x
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  CHECK(FindOps(p.store, g, OpKind::mul).empty());
  const FunctionGraph& fg = p.store.graph(g);
  const Block& start = p.store.block(fg.startblock);
  CHECK(start.operations.empty());
  REQUIRE(start.exits.size() == 1);
  const Link& ret = p.store.link(start.exits[0]);
  CHECK(ret.target == fg.returnblock);
  REQUIRE(ret.args.size() == 1);
  REQUIRE(ret.args[0].is_const());
  loader::HostId six = p.store.cst(ret.args[0].cst()).value;
  CHECK(p.host.Kind(six) == loader::HostKind::Int);
  CHECK(p.host.AsInt(six) == 6);
  VerifyGraph(p.store, g);
}

TEST_CASE("a constant condition prunes the dead branch", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
DEBUG = False

def main(argv):
    if DEBUG:
        print('debugging')
    if not DEBUG:
        n = 1
    else:
        n = 'never'
    return n
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  CHECK(SwitchBlocks(p.store, g).empty());
  CHECK(FindOps(p.store, g, OpKind::call).empty());
  CHECK(p.store.graph(g).blocks.size() == 3);
  VerifyGraph(p.store, g);
  CHECK(p.Print(g).find("debugging") == std::string::npos);
}

TEST_CASE("a while loop has a header with a back edge", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    n = len(argv)
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  std::vector<BlockId> switches = SwitchBlocks(p.store, g);
  REQUIRE(switches.size() == 1);
  BlockId header = switches[0];
  CHECK(header != p.store.graph(g).startblock);
  CHECK(HasBackEdge(p.store, g, header));
  // The header receives the loop-carried locals as block arguments.
  CHECK(p.store.block(header).inputargs.size() >= 2);
  CHECK(FindOps(p.store, g, OpKind::gt).size() == 1);
  VerifyGraph(p.store, g);
}

TEST_CASE("for-range is a counting loop", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    total = 0
    for i in range(1, len(argv), 2):
        total = total + i
    return total
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  std::vector<const Operation*> conds = FindOps(p.store, g, OpKind::range_cond);
  REQUIRE(conds.size() == 1);
  CHECK(conds[0]->args.size() == 3);
  CHECK(FindOps(p.store, g, OpKind::range_advance).size() == 1);
  // The step is the constant 2, so no run-time check for step == 0.
  CHECK(FindOps(p.store, g, OpKind::range_check).empty());
  std::vector<BlockId> switches = SwitchBlocks(p.store, g);
  REQUIRE(switches.size() == 1);
  CHECK(p.store.block(switches[0]).exitswitch.var() == conds[0]->result);
  CHECK(HasBackEdge(p.store, g, switches[0]));
  VerifyGraph(p.store, g);
}

TEST_CASE("a range step that is not constant is checked", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    total = 0
    for i in range(0, 10, len(argv)):
        total = total + i
    return total
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  CHECK(FindOps(p.store, g, OpKind::range_check).size() == 1);
  VerifyGraph(p.store, g);
}

TEST_CASE("calls record their shape and callee constant", "[flow]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def power(base, exp=2):
    return base ** exp

def main(argv):
    return power(exp=3, base=len(argv))
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  std::vector<const Operation*> calls = FindOps(p.store, g, OpKind::call);
  REQUIRE(calls.size() == 2);  // len, power
  const Operation* call = calls[1];
  REQUIRE(call->args[0].is_const());
  CHECK(p.host.Kind(p.store.cst(call->args[0].cst()).value) == loader::HostKind::Function);
  const CallShape& shape = p.store.call_shape(call->shape);
  CHECK(shape.positional == 0);
  CHECK(shape.keywords == std::vector<std::string>{"exp", "base"});
  GraphId callee = p.GraphOf("power");
  REQUIRE(callee.valid());
  const Signature& sig = p.store.graph(callee).signature;
  CHECK(sig.params == std::vector<std::string>{"base", "exp"});
  CHECK(sig.num_positional == 2);
  REQUIRE(sig.defaults.size() == 2);
  CHECK_FALSE(sig.defaults[0].valid());
  REQUIRE(sig.defaults[1].valid());
  CHECK(p.host.AsInt(sig.defaults[1]) == 2);
  VerifyGraph(p.store, callee);
}

TEST_CASE("PrintGraph is identical across two builds", "[flow]") {
  TempDir dir;
  std::string path = dir.Write("determinism.py", WithTarget(R"(
def helper(a, b=1):
    if a > b and a < 100:
        return a * b
    return b

def main(argv):
    total = 0
    i = 0
    while i < 10:
        for j in range(i):
            if j % 3 == 0:
                continue
            total = total + helper(j, b=i)
        i = i + 1
    print(total, 'done')
    return 0
)"));
  std::string first, second;
  {
    Pipeline p;
    REQUIRE(p.LoadFile(path).valid());
    GraphId main = p.EntryGraph();
    GraphId helper = p.GraphOf("helper");
    REQUIRE(main.valid());
    REQUIRE(helper.valid());
    VerifyGraph(p.store, main);
    VerifyGraph(p.store, helper);
    first = p.Print(main) + p.Print(helper);
  }
  {
    Pipeline p;
    REQUIRE(p.LoadFile(path).valid());
    // Build in the other order: store ids differ, the text must not.
    GraphId helper = p.GraphOf("helper");
    GraphId main = p.EntryGraph();
    REQUIRE(main.valid());
    REQUIRE(helper.valid());
    second = p.Print(main) + p.Print(helper);
  }
  CHECK(first.find("graph main at ") == 0);
  CHECK(first.find("exitswitch") != std::string::npos);
  CHECK(first == second);
}

TEST_CASE("unsupported constructs are UnsupportedSyntax at their line", "[flow]") {
  struct Case {
    const char* construct;
    const char* body;  // the offending statement is on line 3 of the file
    const char* column;
  };
  const Case cases[] = {
      {"global", "\ndef main(argv):\n    global X\n    return 0\n", ":3:5:"},
      {"class", "\ndef main(argv):\n    class C:\n        pass\n    return 0\n", ":3:5:"},
      {"yield in try/finally", "\ndef main(argv):\n    try: yield 1\n    finally: pass\n", ":3:10:"},
  };
  for (const Case& c : cases) {
    INFO(c.construct);
    Pipeline p;
    REQUIRE(p.Load(WithTarget(c.body), "unsupported.py").valid());
    GraphId g = p.EntryGraph();
    CHECK_FALSE(g.valid());
    CHECK(p.diags.error_count() >= 1);
    std::string out = p.diagnostics();
    INFO(out);
    CHECK(out.find("unsupported.py" + std::string(c.column) + " error: ") != std::string::npos);
    CHECK(out.find("is not supported by rpyc [UnsupportedSyntax]") != std::string::npos);
    // The snippet shows line 3 with a caret.
    CHECK(out.find("    3 | ") != std::string::npos);
    CHECK(out.find('^') != std::string::npos);
  }
}

TEST_CASE("flow diagnostics for names and loops", "[flow]") {
  SECTION("unknown name") {
    Pipeline p;
    REQUIRE(p.Load(WithTarget("\ndef main(argv):\n    return nowhere + 1\n"), "names.py").valid());
    CHECK_FALSE(p.EntryGraph().valid());
    CHECK(p.diagnostics().find("names.py:3:12: error: name `nowhere` is not defined [UnknownName]") !=
          std::string::npos);
  }
  SECTION("possibly unbound") {
    Pipeline p;
    // Assigned on no path (a constant condition prunes it). A local
    // assigned on some paths only is checked at run time instead.
    REQUIRE(p.Load(WithTarget("\nDEBUG = False\ndef main(argv):\n    if DEBUG:\n        y = 1\n"
                              "    return y\n"),
                   "unbound.py")
                .valid());
    CHECK_FALSE(p.EntryGraph().valid());
    CHECK(p.diagnostics().find("unbound.py:6:12: error: local variable `y` may be used before it "
                               "is assigned [PossiblyUnbound]") != std::string::npos);
  }
  SECTION("a failing graph is reported once") {
    Pipeline p;
    REQUIRE(p.Load(WithTarget("\ndef main(argv):\n    global X\n    return 0\n")).valid());
    CHECK_FALSE(p.EntryGraph().valid());
    CHECK_FALSE(p.EntryGraph().valid());
    CHECK(p.diags.error_count() == 1);
  }
}

// ---- the resumable transform (translator/flow/resumable/) ----------------------

TEST_CASE("a generator becomes a create graph and a resume state machine", "[flow][resumable]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def gen(n):
    i = 0
    s = 'x'
    while i < n:
        yield i
        s = s + 'y'
        yield len(s)
        i += 1

def main(argv):
    for x in gen(3):
        print(x)
    return 0
)")).valid());
  GraphId create = p.GraphOf("gen");
  REQUIRE(create.valid());
  // create(n): allocate the frame, store n and state 0, return the frame.
  CHECK(FindOps(p.store, create, OpKind::yield_).empty());
  auto sets = FindOps(p.store, create, OpKind::setattr);
  REQUIRE(sets.size() == 2);
  CHECK(p.host.AsStr(p.store.cst(sets[0]->args[1].cst()).value) == "_rpyc_arg_n");
  CHECK(p.host.AsStr(p.store.cst(sets[1]->args[1].cst()).value) == "_rpyc_state");
  auto calls = FindOps(p.store, create, OpKind::call);
  REQUIRE(calls.size() == 1);
  loader::HostId cls = p.store.cst(calls[0]->args[0].cst()).value;
  CHECK(p.host.IsClass(cls));

  // The frame class holds the resume graph and the protocol methods.
  loader::HostId resume_fn = p.host.ClassDictGet(cls, "_rpyc_resume");
  REQUIRE(resume_fn.valid());
  GraphId resume = p.store.RegisteredGraph(resume_fn);
  REQUIRE(resume.valid());
  for (const char* m : {"__next__", "__iter__", "_rpyc_item"})
    CHECK(p.store.RegisteredGraph(p.host.ClassDictGet(cls, m)).valid());
  VerifyGraph(p.store, resume);
  CHECK(FindOps(p.store, resume, OpKind::yield_).empty());

  // Dispatch: state 0 (entry), 1 and 2 (the two yields), else finished.
  const FunctionGraph& rg = p.store.graph(resume);
  const Block& start = p.store.block(rg.startblock);
  REQUIRE(start.operations.size() == 2);
  CHECK(start.operations[0].kind == OpKind::getattr);
  CHECK(start.operations[1].kind == OpKind::eq);
  CHECK(FindOps(p.store, resume, OpKind::eq).size() == 3);
  // Each yield saves the live variables in fields of its own: the second
  // yield keeps i, n and s (not the yielded temporary).
  std::set<std::string> fields;
  for (const Operation* op : FindOps(p.store, resume, OpKind::setattr))
    fields.insert(p.host.AsStr(p.store.cst(op->args[1].cst()).value));
  CHECK(fields.count("_rpyc_value"));
  CHECK(fields.count("_rpyc_1_0"));
  CHECK(fields.count("_rpyc_2_0"));
  // Every block but the final ones takes the frame first.
  for (BlockId b : rg.blocks) {
    if (b == rg.returnblock || b == rg.exceptblock) continue;
    REQUIRE_FALSE(p.store.block(b).inputargs.empty());
    CHECK(p.store.var(p.store.block(b).inputargs[0]).name == "frame");
  }
  // The printer shows the transformed graph, deterministically.
  std::string text = p.Print(resume);
  CHECK(text.find("getattr(frame_") != std::string::npos);
  CHECK(text == p.Print(resume));
}

TEST_CASE("live variables at a point are the uses not defined after it", "[flow][resumable]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    a = len(argv)
    b = a + 1
    c = b * a
    return c
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  BlockId start = p.store.graph(g).startblock;
  const Block& blk = p.store.block(start);
  REQUIRE(blk.operations.size() == 3);
  // After `a = len(argv)`: the rest uses a (b and c are defined later).
  std::vector<VarId> live = LiveVariablesAt(p.store, start, 1);
  REQUIRE(live.size() == 1);
  CHECK(live[0] == blk.operations[0].result);
  // At the end: only what the exit link passes.
  live = LiveVariablesAt(p.store, start, 3);
  REQUIRE(live.size() == 1);
  CHECK(live[0] == blk.operations[2].result);
}
