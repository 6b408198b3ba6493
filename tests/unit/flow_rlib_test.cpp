// Unit tests of the flow builder's `with` statement (build_with.cpp) and
// of the calls it gives a translation-time meaning (build_rlib.cpp):
// __exit__ on every way out of a with block, the exception-type check,
// intmask's wrapping operations, rlib helpers folded away, unrolled loops
// and the standard-library substitutions.
#include <catch2/catch.hpp>

#include "tests/unit/pipeline_fixture.h"
#include "translator/flow/verifier.h"

using namespace rpyc;
using namespace rpyc::flow;
using rpyc::testing::FindOps;
using rpyc::testing::Pipeline;
using rpyc::testing::WithTarget;

namespace {

// getattr operations of `g` reading the attribute `name`.
size_t CountGetAttr(Pipeline& p, GraphId g, const std::string& name) {
  size_t n = 0;
  for (const Operation* op : FindOps(p.store, g, OpKind::getattr))
    if (op->args[1].is_const() && p.host.AsStr(p.store.cst(op->args[1].cst()).value) == name) ++n;
  return n;
}

const char* kManager = R"(
class R:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            return False
        return True
)";

}  // namespace

TEST_CASE("with calls __exit__ on every way out of its body", "[flow][with]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(std::string(kManager) + R"(
def main(argv):
    for a in argv:
        with R() as r:
            if a == 'x':
                return 1
            if a == 'y':
                break
            if a == 'z':
                continue
            print(a)
    return 0
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  VerifyGraph(p.store, g);
  CHECK(CountGetAttr(p, g, "__enter__") == 1);
  // Falling through, return, break, continue and the exception path.
  CHECK(CountGetAttr(p, g, "__exit__") == 5);
  CHECK(p.diagnostics().empty());
}

TEST_CASE("__exit__ may only test its type parameter against None", "[flow][with]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
class R:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return t == 3

def main(argv):
    with R():
        pass
    return 0
)"), "exit_type.py").valid());
  GraphId g = p.GraphOf("main");
  REQUIRE(g.valid());
  // The method's graph is built when the annotator reaches it; build it
  // directly through the class.
  loader::HostId cls = p.host.GetAttr(p.host.target_module(), "R").value;
  REQUIRE(cls.valid());
  loader::HostId exit = p.host.ClassDictGet(cls, "__exit__");
  REQUIRE(exit.valid());
  CHECK_FALSE(p.builder.GetGraph(exit, SourceLoc()).valid());
  CHECK(p.diagnostics().find("exit_type.py:7:16: error: using the exception type parameter `t` "
                             "of `__exit__` this way is not supported by rpyc") !=
        std::string::npos);
}

TEST_CASE("intmask builds wrapping operations for + - * only", "[flow][rlib]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
from rpython.rlib.rarithmetic import intmask, ovfcheck

def main(argv):
    n = len(argv)
    a = intmask(n * 1000003 + -n - (n // 3) * n)
    b = ovfcheck(n * n)
    return a + b
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  CHECK(FindOps(p.store, g, OpKind::mul_wrap).size() == 2);
  CHECK(FindOps(p.store, g, OpKind::add_wrap).size() == 1);
  CHECK(FindOps(p.store, g, OpKind::sub_wrap).size() == 2);  // `-` and unary `-`
  CHECK(FindOps(p.store, g, OpKind::floordiv).size() == 1);  // computed exactly
  CHECK(FindOps(p.store, g, OpKind::mul).size() == 1);       // n * n: ovfcheck's
  CHECK(FindOps(p.store, g, OpKind::add).size() == 1);       // a + b
}

TEST_CASE("rlib helpers disappear from the graph", "[flow][rlib]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.jit import JitDriver, promote
driver = JitDriver(greens=[], reds=['n'])

def main(argv):
    n = len(argv)
    driver.jit_merge_point(n=n)
    if not we_are_translated():
        print('untranslated')
    return promote(n)
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  // Only len() remains: the print is pruned, the hints are gone.
  CHECK(FindOps(p.store, g, OpKind::call).size() == 1);
}

TEST_CASE("a loop over an unrolling_iterable is unrolled with constants", "[flow][rlib]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
from rpython.rlib.unroll import unrolling_iterable
NAMES = unrolling_iterable([('a', 1), ('b', 2), ('c', 3)])

def main(argv):
    total = 0
    for name, k in NAMES:
        if name == 'b':
            continue
        total += k * len(argv)
    return total + len(NAMES)
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  VerifyGraph(p.store, g);
  // No iterator: the body is copied for 'a' and 'c' ('b' folds away).
  CHECK(FindOps(p.store, g, OpKind::iter).empty());
  CHECK(FindOps(p.store, g, OpKind::mul).size() == 2);
}

TEST_CASE("standard-library objects are replaced by rpyc's versions", "[flow][rlib]") {
  Pipeline p;
  REQUIRE(p.Load(WithTarget(R"(
import sys

def main(argv):
    sys.stdout.write('x')
    sys.exit(2)
)")).valid());
  GraphId g = p.EntryGraph();
  REQUIRE(g.valid());
  // write(), SystemExit(2), raise_exit(exc).
  std::vector<const Operation*> calls = FindOps(p.store, g, OpKind::call);
  REQUIRE(calls.size() == 3);
  CHECK(p.host.QualifiedName(p.store.cst(calls[0]->args[0].cst()).value) ==
        "rpyc_support.stdout.write");
  CHECK(p.host.QualifiedName(p.store.cst(calls[1]->args[0].cst()).value) == "SystemExit");
  CHECK(p.host.QualifiedName(p.store.cst(calls[2]->args[0].cst()).value) ==
        "rpyc_support.pysys.raise_exit");
}
