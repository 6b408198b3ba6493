// Unit tests of the annotator: the lattice of AnnStore (union, interning,
// ListDef unification) on its own, then whole-program inference through
// the real loader and flow builder (return annotations, call targets with
// keyword/default argument mapping, and the UnionMismatch diagnostic).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "tests/unit/pipeline_fixture.h"

using namespace rpyc;
using namespace rpyc::annotator;
using rpyc::testing::FindOps;
using rpyc::testing::Pipeline;
using rpyc::testing::WithTarget;

// ---- the lattice ---------------------------------------------------------------

TEST_CASE("annotations are interned", "[annotator][lattice]") {
  AnnStore s;
  Annotation a;
  a.kind = AnnKind::Int;
  CHECK(s.Intern(a) == s.integer());
  a.nonneg = true;
  CHECK(s.Intern(a) == s.integer(true));
  CHECK(s.integer() != s.integer(true));
  CHECK(s.str(true) == s.str(true));
  CHECK(s.str(true) != s.str());
  CHECK(s.tuple({s.integer(), s.str()}) == s.tuple({s.integer(), s.str()}));
  CHECK(s.tuple({s.integer(), s.str()}) != s.tuple({s.str(), s.integer()}));
}

TEST_CASE("Union of ints keeps nonneg only when both are", "[annotator][lattice]") {
  AnnStore s;
  CHECK(s.Union(s.integer(true), s.integer(true)) == s.integer(true));
  CHECK(s.Union(s.integer(), s.integer(true)) == s.integer());
  CHECK(s.Union(s.integer(true), s.integer()) == s.integer());
}

TEST_CASE("Impossible is the bottom and Object the top", "[annotator][lattice]") {
  AnnStore s;
  for (AnnId a : {s.none(), s.boolean(), s.integer(), s.floating(), s.str(), s.object()}) {
    CHECK(s.Union(s.impossible(), a) == a);
    CHECK(s.Union(a, s.impossible()) == a);
    CHECK(s.Union(a, s.object()) == s.object());
    CHECK(s.Union(a, a) == a);
  }
}

TEST_CASE("str and None merge to a nullable str", "[annotator][lattice]") {
  AnnStore s;
  AnnId u = s.Union(s.str(), s.none());
  CHECK(u == s.str(true));
  CHECK(s.get(u).kind == AnnKind::Str);
  CHECK(s.get(u).can_be_none);
  CHECK(s.Union(s.none(), s.str()) == s.str(true));
  CHECK(s.Union(s.str(true), s.str()) == s.str(true));
  // None merges with nothing scalar.
  CHECK(s.Union(s.none(), s.integer()) == s.object());
  CHECK(s.Union(s.floating(), s.none()) == s.object());
}

TEST_CASE("int merges with neither float nor bool", "[annotator][lattice]") {
  AnnStore s;
  CHECK(s.Union(s.integer(), s.floating()) == s.object());
  CHECK(s.Union(s.floating(), s.integer(true)) == s.object());
  CHECK(s.Union(s.integer(), s.boolean()) == s.object());
  CHECK(s.Union(s.boolean(), s.integer(true)) == s.object());
  CHECK(s.Union(s.str(), s.integer()) == s.object());
  CHECK(s.IsNumeric(s.boolean()));
  CHECK(s.IsNumeric(s.floating()));
  CHECK_FALSE(s.IsNumeric(s.str()));
}

TEST_CASE("tuples merge item by item", "[annotator][lattice]") {
  AnnStore s;
  AnnId a = s.tuple({s.integer(true), s.str()});
  AnnId b = s.tuple({s.integer(), s.none()});
  AnnId u = s.Union(a, b);
  CHECK(u == s.tuple({s.integer(), s.str(true)}));
  // A bad item or a different length makes the whole tuple Object.
  CHECK(s.Union(a, s.tuple({s.floating(), s.str()})) == s.object());
  CHECK(s.Union(a, s.tuple({s.integer()})) == s.object());
}

TEST_CASE("lists that meet share one ListDef", "[annotator][lattice]") {
  AnnStore s;
  ListDefId d1 = s.NewListDef(s.integer(true));
  ListDefId d2 = s.NewListDef(s.integer());
  CHECK(s.Resolve(d1) != s.Resolve(d2));
  AnnId u = s.Union(s.list(d1), s.list(d2));
  CHECK(s.get(u).kind == AnnKind::List);
  CHECK(s.Resolve(d1) == s.Resolve(d2));
  // The surviving ListDef's item widened to the union of both.
  CHECK(s.listdef(d1).item == s.integer());
  CHECK(s.listdef(d2).item == s.integer());
  // Later merges see the unified def; a third list joins it.
  ListDefId d3 = s.NewListDef(s.impossible());
  s.Union(s.list(d3), s.list(d2));
  CHECK(s.Resolve(d3) == s.Resolve(d1));
  CHECK(s.listdef(d3).item == s.integer());
  // None makes a nullable list; incompatible items make Object.
  AnnId nullable = s.Union(s.list(d1), s.none());
  CHECK(s.get(nullable).can_be_none);
  CHECK(s.Resolve(s.get(nullable).listdef) == s.Resolve(d1));
  ListDefId strs = s.NewListDef(s.str());
  CHECK(s.Union(s.list(d1), s.list(strs)) == s.object());
}

// ---- whole-program inference ---------------------------------------------------------

namespace {

// The annotation of `name`'s return value, as text.
std::string ReturnType(Pipeline& p, const std::string& name) {
  flow::GraphId g = p.GraphOf(name);
  REQUIRE(g.valid());
  flow::BlockId ret = p.store.graph(g).returnblock;
  return p.ann().Describe(p.ann().binding(p.store.block(ret).inputargs[0]));
}

}  // namespace

TEST_CASE("return annotations of a small program", "[annotator]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def count(n):
    return n + 1

def half(x):
    return x / 2

def name(flag):
    if flag:
        return 'yes'
    return None

def check(a, b):
    return a < b

def nothing():
    print('x')

def pair(a):
    return (a, str(a))

def main(argv):
    nothing()
    t = pair(7)
    print(count(len(argv)), half(3), name(len(argv) > 1), check(1, 2))
    return 0
)")).valid());
  REQUIRE(p.Annotate());
  INFO(p.diagnostics());
  CHECK(p.diagnostics().empty());
  CHECK(ReturnType(p, "main") == "int");
  CHECK(ReturnType(p, "count") == "int");
  CHECK(ReturnType(p, "half") == "float");
  CHECK(ReturnType(p, "name") == "str or None");
  CHECK(ReturnType(p, "check") == "bool");
  CHECK(ReturnType(p, "nothing") == "None");
  CHECK(ReturnType(p, "pair") == "tuple[int, str]");
  // argv is list[str], main's parameter.
  flow::GraphId main = p.ann().entry_graph();
  REQUIRE(main.valid());
  flow::VarId argv = p.store.block(p.store.graph(main).startblock).inputargs[0];
  CHECK(p.ann().Describe(p.ann().binding(argv)) == "list[str]");
  // Every reached graph is listed, entry first.
  REQUIRE(p.ann().graphs().size() == 7);
  CHECK(p.ann().graphs()[0] == main);
}

TEST_CASE("keyword and default arguments map to parameters", "[annotator]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def power(base, exp=2, *, scale=1):
    return scale * base ** exp

def main(argv):
    a = power(len(argv))
    b = power(exp=3, base=len(argv))
    c = power(2, 5, scale=10)
    d = power(4, scale=3)
    return a + b + c + d
)")).valid());
  REQUIRE(p.Annotate());
  flow::GraphId main = p.ann().entry_graph();
  flow::GraphId power = p.GraphOf("power");
  REQUIRE(power.valid());
  std::vector<std::vector<int>> maps;
  for (const flow::Operation* op : FindOps(p.store, main, flow::OpKind::call)) {
    const CallTarget* t = p.ann().call_target(op->result);
    REQUIRE(t != nullptr);
    if (t->kind != CallTarget::Kind::Graph) continue;  // len
    CHECK(t->graph == power);
    maps.push_back(t->arg_map);
  }
  // Indices are into op.args: args[0] is the callee.
  REQUIRE(maps.size() == 4);
  CHECK(maps[0] == std::vector<int>{1, -1, -1});
  CHECK(maps[1] == std::vector<int>{2, 1, -1});
  CHECK(maps[2] == std::vector<int>{1, 2, 3});
  CHECK(maps[3] == std::vector<int>{1, -1, 2});
  CHECK(ReturnType(p, "power") == "int");
}

TEST_CASE("builtin calls have a builtin CallTarget", "[annotator]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget("\ndef main(argv):\n    return len(argv)\n")).valid());
  REQUIRE(p.Annotate());
  std::vector<const flow::Operation*> calls =
      FindOps(p.store, p.ann().entry_graph(), flow::OpKind::call);
  REQUIRE(calls.size() == 1);
  const CallTarget* t = p.ann().call_target(calls[0]->result);
  REQUIRE(t != nullptr);
  CHECK(t->kind == CallTarget::Kind::Builtin);
  CHECK(t->builtin != BuiltinId::kNone);
  CHECK(p.ann().Describe(p.ann().binding(calls[0]->result)) == "int");
}

TEST_CASE("UnionMismatch names both places", "[annotator]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def main(argv):
    if len(argv) > 1:
        x = 1
    else:
        x = 'a'
    print(x)
    return 0
)"), "mismatch.py").valid());
  CHECK_FALSE(p.Annotate());
  std::string out = p.diagnostics();
  INFO(out);
  CHECK(p.diags.error_count() == 1);
  CHECK(out.find("mismatch.py:6:9: error: cannot merge `int` and `str` for `x` [UnionMismatch]") !=
        std::string::npos);
  CHECK(out.find("mismatch.py:4:9: note: `x` first inferred as `int` here") != std::string::npos);
  CHECK(out.find("    6 |         x = 'a'") != std::string::npos);
  CHECK(out.find("    4 |         x = 1") != std::string::npos);
}

TEST_CASE("a return of int on one path and None on another is refused", "[annotator]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def pick(n):
    if n > 0:
        return n
    return None

def main(argv):
    print(pick(len(argv)))
    return 0
)"), "paths.py").valid());
  CHECK_FALSE(p.Annotate());
  std::string out = p.diagnostics();
  INFO(out);
  CHECK(p.diags.error_count() == 1);
  // Reported in source order: the error at the later `return None`.
  CHECK(out.find("paths.py:5:12: error: cannot merge `int` and `None` for the return value of "
                 "`pick` [UnionMismatch]") != std::string::npos);
  CHECK(out.find("note: the return value of `pick` first inferred as `int` here") !=
        std::string::npos);
}

// Known gap: the return-value merge is reported as "rpyc: error: ..." with
// no file:line for either return statement. Tagged !mayfail until fixed.
TEST_CASE("a return-value UnionMismatch points at both returns", "[annotator][!mayfail]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
def pick(n):
    if n > 0:
        return n
    return None

def main(argv):
    print(pick(len(argv)))
    return 0
)"), "paths.py").valid());
  CHECK_FALSE(p.Annotate());
  std::string out = p.diagnostics();
  INFO(out);
  CHECK(out.find("paths.py:5:") != std::string::npos);
  CHECK(out.find("paths.py:4:") != std::string::npos);
}

TEST_CASE("unsupported operations and calls are diagnosed", "[annotator]") {
  struct Case {
    const char* what;
    const char* body;
    const char* kind;
  };
  const Case cases[] = {
      {"str < int", "\ndef main(argv):\n    print('a' < len(argv))\n    return 0\n", "[UnsupportedOperation]"},
      {"calling an int", "\nN = 3\ndef main(argv):\n    return N(1)\n", "[Unsupported"},
      {"too many args", "\ndef f(a):\n    return a\ndef main(argv):\n    return f(1, 2)\n", "[BadCallArgs]"},
      {"len of an int", "\ndef main(argv):\n    return len(5)\n", "error: "},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Pipeline p;
    REQUIRE(p.Load(WithTarget(c.body), "bad.py").valid());
    CHECK_FALSE(p.Annotate());
    std::string out = p.diagnostics();
    INFO(out);
    CHECK(p.diags.error_count() >= 1);
    CHECK(out.find("/bad.py:") != std::string::npos);
    CHECK(out.find(c.kind) != std::string::npos);
  }
}

TEST_CASE("the annotation dump is deterministic", "[annotator]") {
  rpyc::testing::TempDir dir;
  std::string path = dir.Write("dump.py", WithTarget(R"(
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def main(argv):
    print(fib(10), 'x', 1.5)
    return 0
)"));
  std::string first, second;
  {
    Pipeline p;
    REQUIRE(p.LoadFile(path).valid());
    REQUIRE(p.Annotate());
    first = p.ann().Dump();
  }
  {
    Pipeline p;
    REQUIRE(p.LoadFile(path).valid());
    REQUIRE(p.Annotate());
    second = p.ann().Dump();
  }
  CHECK(first.find("graph fib") != std::string::npos);
  CHECK(first == second);
}
