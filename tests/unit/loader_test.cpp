// Unit tests of the loader: loading a target in the embedded CPython,
// classifying and reading host objects, describing functions, global
// lookup, constant folding, and the diagnostics for broken targets.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "translator/loader/host.h"

namespace fs = std::filesystem;
using namespace rpyc;
using namespace rpyc::loader;

namespace {

// A fresh directory under the system temp dir, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "rpyc_loader_XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return (path / name).string();
  }
};

// A Host with its own SourceManager and captured diagnostics.
struct Fixture {
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags{sources, out};
  Host host{sources, diags};

  HostId Load(const std::string& path) {
    LoadOptions options;
    options.target_path = path;
    options.support_dir = RPYC_SUPPORT_DIR;
    return host.LoadTarget(options);
  }
};

const char kProgram[] = R"(import helper

SCALE = 3

def deco(f):
    return f

def entry(argv):
    return helper.twice(len(argv)) * SCALE

@deco
def decorated(a, b=2, *, c=7):
    return a + b + c

def make_adder(n):
    def add(x):
        return x + n
    return add

adder = make_adder(10)
square = lambda v: v * v

class Point:
    def __init__(self, x):
        self.x = x

origin = Point(0)
big = 2 ** 70

def target(driver, args):
    return entry, None
)";

const char kHelper[] = "def twice(x):\n    return 2 * x\n";

}  // namespace

TEST_CASE("a target loads and returns its entry point", "[loader]") {
  TempDir dir;
  dir.Write("helper.py", kHelper);
  Fixture f;
  HostId entry = f.Load(dir.Write("prog.py", kProgram));
  INFO(f.out.str());
  REQUIRE(entry.valid());
  CHECK(f.diags.error_count() == 0);
  CHECK(f.host.Kind(entry) == HostKind::Function);
  CHECK(f.host.QualifiedName(entry) == "prog.entry");
  CHECK(f.host.Kind(f.host.target_module()) == HostKind::Module);

  const FunctionInfo* info = f.host.DescribeFunction(entry, SourceLoc{});
  REQUIRE(info != nullptr);
  CHECK(info->name == "entry");
  CHECK(info->module == "prog");
  const auto* def = ast::cast<ast::FunctionDef>(info->def);
  CHECK(def->name == "entry");
  CHECK(def->loc.line == 8);
  CHECK(def->loc.col == 0);
  REQUIRE(def->args->args.size() == 1);
  CHECK(def->args->args[0]->arg_name == "argv");
  CHECK(f.sources.Path(def->loc.file) == (dir.path / "prog.py").string());

  // Globals and builtins.
  HostId scale = f.host.LookupGlobal(info->globals, "SCALE");
  REQUIRE(scale.valid());
  CHECK(f.host.Kind(scale) == HostKind::Int);
  CHECK(f.host.AsInt(scale) == 3);
  HostId len = f.host.LookupGlobal(info->globals, "len");
  REQUIRE(len.valid());
  CHECK(f.host.Kind(len) == HostKind::BuiltinFunction);
  CHECK(f.host.QualifiedName(len) == "len");
  CHECK(f.host.Is(len, "builtins", "len"));
  CHECK_FALSE(f.host.Is(len, "builtins", "print"));
  CHECK_FALSE(f.host.LookupGlobal(info->globals, "no_such_name").valid());
  HostId helper = f.host.LookupGlobal(info->globals, "helper");
  CHECK(f.host.Kind(helper) == HostKind::Module);
  HostResult twice = f.host.GetAttr(helper, "twice");
  REQUIRE(twice.ok());
  const FunctionInfo* twice_info = f.host.DescribeFunction(twice.value, def->loc);
  REQUIRE(twice_info != nullptr);
  CHECK(twice_info->def->loc.line == 1);
}

TEST_CASE("functions are described with defaults, closures and lambdas", "[loader]") {
  TempDir dir;
  dir.Write("helper.py", kHelper);
  Fixture f;
  HostId entry = f.Load(dir.Write("prog.py", kProgram));
  REQUIRE(entry.valid());
  HostId globals = f.host.DescribeFunction(entry, SourceLoc{})->globals;

  HostId decorated = f.host.LookupGlobal(globals, "decorated");
  const FunctionInfo* d = f.host.DescribeFunction(decorated, SourceLoc{});
  REQUIRE(d != nullptr);
  CHECK(ast::cast<ast::FunctionDef>(d->def)->name == "decorated");
  CHECK(d->def->loc.line == 12);  // the def line, not the decorator's
  REQUIRE(d->defaults.size() == 1);
  CHECK(f.host.AsInt(d->defaults[0]) == 2);
  REQUIRE(d->kwdefaults.count("c") == 1);
  CHECK(f.host.AsInt(d->kwdefaults.at("c")) == 7);
  CHECK(f.host.DescribeFunction(decorated, SourceLoc{}) == d);  // cached

  HostId adder = f.host.LookupGlobal(globals, "adder");
  const FunctionInfo* a = f.host.DescribeFunction(adder, SourceLoc{});
  REQUIRE(a != nullptr);
  CHECK(a->qualname == "make_adder.<locals>.add");
  CHECK(a->def->loc.line == 16);
  REQUIRE(a->closure.size() == 1);
  CHECK(a->closure[0].first == "n");
  CHECK(f.host.AsInt(a->closure[0].second) == 10);

  HostId square = f.host.LookupGlobal(globals, "square");
  const FunctionInfo* s = f.host.DescribeFunction(square, SourceLoc{});
  REQUIRE(s != nullptr);
  REQUIRE(ast::isa<ast::Lambda>(s->def));
  CHECK(s->def->loc.line == 21);
  CHECK(ast::isa<ast::BinOp>(ast::cast<ast::Lambda>(s->def)->body));

  HostId len = f.host.LookupGlobal(globals, "len");
  std::ostringstream().swap(f.out);
  CHECK(f.host.DescribeFunction(len, SourceLoc{}) == nullptr);
  CHECK(f.out.str().find("[NoSource]") != std::string::npos);
}

TEST_CASE("host objects have kinds and values", "[loader]") {
  TempDir dir;
  dir.Write("helper.py", kHelper);
  Fixture f;
  HostId entry = f.Load(dir.Write("prog.py", kProgram));
  REQUIRE(entry.valid());
  Host& h = f.host;
  HostId globals = h.DescribeFunction(entry, SourceLoc{})->globals;

  CHECK(h.Kind(h.None()) == HostKind::None);
  CHECK(h.None() == h.None());
  CHECK(h.FromBool(true) == h.FromBool(true));
  CHECK(h.Kind(h.FromBool(false)) == HostKind::Bool);
  CHECK(h.AsBool(h.FromBool(true)));
  CHECK(h.Kind(h.FromInt(-5)) == HostKind::Int);
  CHECK(h.AsInt(h.FromInt(1234567890123)) == 1234567890123);
  HostId big = h.LookupGlobal(globals, "big");
  CHECK(h.Kind(big) == HostKind::BigInt);
  CHECK(h.Repr(big) == "1180591620717411303424");
  CHECK(h.Kind(h.FromBigIntText("1180591620717411303424")) == HostKind::BigInt);
  CHECK(h.AsFloat(h.FromFloat(2.5)) == 2.5);
  CHECK(h.Kind(h.FromFloat(2.5)) == HostKind::Float);
  CHECK(h.AsStr(h.FromStr("héllo")) == "héllo");
  CHECK(h.Kind(h.FromStr("x")) == HostKind::Str);
  CHECK(h.Kind(h.FromBytes(std::string("a\0b", 3))) == HostKind::Bytes);
  CHECK(h.AsStr(h.FromBytes(std::string("a\0b", 3))) == std::string("a\0b", 3));
  HostId tuple = h.NewTuple({h.FromInt(1), h.FromStr("two")});
  CHECK(h.Kind(tuple) == HostKind::Tuple);
  CHECK(h.Repr(tuple) == "(1, 'two')");
  REQUIRE(h.TupleItems(tuple).size() == 2);
  CHECK(h.AsStr(h.TupleItems(tuple)[1]) == "two");

  CHECK(h.Kind(h.LookupGlobal(globals, "Point")) == HostKind::Class);
  CHECK(h.Kind(h.LookupGlobal(globals, "origin")) == HostKind::Instance);
  CHECK(h.TypeName(h.LookupGlobal(globals, "origin")) == "Point");
  HostId int_type = h.LookupGlobal(globals, "int");
  CHECK(h.Kind(int_type) == HostKind::BuiltinFunction);
  CHECK(h.QualifiedName(int_type) == "int");
  HostId value_error = h.LookupGlobal(globals, "ValueError");
  CHECK(h.Kind(value_error) == HostKind::BuiltinFunction);
  CHECK(h.QualifiedName(value_error) == "ValueError");
  CHECK(h.Kind(h.LookupGlobal(globals, "__builtins__")) == HostKind::Dict);
  HostId math = h.Call(h.LookupGlobal(globals, "__import__"), {h.FromStr("math")}).value;
  HostResult sqrt = h.GetAttr(math, "sqrt");
  REQUIRE(sqrt.ok());
  CHECK(h.QualifiedName(sqrt.value) == "math.sqrt");
  CHECK(h.Is(sqrt.value, "math", "sqrt"));
  CHECK(h.Identical(sqrt.value, h.GetAttr(math, "sqrt").value));
}

TEST_CASE("constant folding evaluates in CPython", "[loader]") {
  SourceManager sources;
  std::ostringstream out;
  DiagnosticEngine diags(sources, out);
  Host h(sources, diags);
  HostResult sum = h.BinaryOp("add", h.FromInt(3), h.FromInt(4));
  REQUIRE(sum.ok());
  CHECK(h.AsInt(sum.value) == 7);
  HostResult div = h.BinaryOp("floordiv", h.FromInt(1), h.FromInt(0));
  CHECK_FALSE(div.ok());
  CHECK(div.exception == "ZeroDivisionError: integer division or modulo by zero");
  CHECK(h.AsBool(h.BinaryOp("lt", h.FromInt(1), h.FromInt(2)).value));
  CHECK(h.AsBool(h.BinaryOp("contains", h.FromStr("abc"), h.FromStr("b")).value));
  CHECK(h.AsInt(h.BinaryOp("inplace_and", h.FromInt(6), h.FromInt(3)).value) == 2);
  CHECK(h.AsStr(h.BinaryOp("getitem", h.FromStr("abc"), h.FromInt(1)).value) == "b");
  CHECK(h.AsInt(h.UnaryOp("neg", h.FromInt(5)).value) == -5);
  CHECK(h.AsBool(h.UnaryOp("not_", h.FromInt(0)).value));
  CHECK(h.UnaryOp("neg", h.FromStr("x")).exception ==
        "TypeError: bad operand type for unary -: 'str'");
  HostResult upper = h.GetAttr(h.FromStr("abc"), "upper");
  REQUIRE(upper.ok());
  CHECK(h.AsStr(h.Call(upper.value, {}).value) == "ABC");
  CHECK(h.GetAttr(h.FromInt(1), "nope").exception ==
        "AttributeError: 'int' object has no attribute 'nope'");
  CHECK(diags.error_count() == 0);
}

TEST_CASE("broken targets give located diagnostics", "[loader]") {
  TempDir dir;
  SECTION("syntax error") {
    Fixture f;
    CHECK_FALSE(f.Load(dir.Write("file.py", "x = 1\ndef f(:\n    pass\n")).valid());
    std::string text = f.out.str();
    INFO(text);
    CHECK(text.find("file.py:2:") != std::string::npos);
    CHECK(text.find("[PythonSyntaxError]") != std::string::npos);
    CHECK(text.find("def f(:") != std::string::npos);  // the snippet
  }
  SECTION("indentation error") {
    Fixture f;
    CHECK_FALSE(f.Load(dir.Write("ind.py", "def f():\nreturn 1\n")).valid());
    CHECK(f.out.str().find("ind.py:2:1: error: expected an indented block") != std::string::npos);
  }
  SECTION("no target function") {
    Fixture f;
    CHECK_FALSE(f.Load(dir.Write("notarget.py", "x = 1\n")).valid());
    std::string text = f.out.str();
    INFO(text);
    CHECK(text.find("module `notarget` has no `target` function [NoTargetFunction]") !=
          std::string::npos);
  }
  SECTION("missing file") {
    Fixture f;
    CHECK_FALSE(f.Load((dir.path / "absent.py").string()).valid());
    CHECK(f.out.str().find("No such file or directory [FileNotFound]") != std::string::npos);
  }
  SECTION("exception at import") {
    Fixture f;
    dir.Write("bad_helper.py", "def boom():\n    raise ValueError('boom')\n");
    CHECK_FALSE(f.Load(dir.Write("imp.py", "import bad_helper\nbad_helper.boom()\n")).valid());
    std::string text = f.out.str();
    INFO(text);
    CHECK(text.find("importing the target raised `ValueError: boom` [ImportFailed]") !=
          std::string::npos);
    CHECK(text.find("bad_helper.py:2:1: note: `ValueError` raised here, in `boom`") !=
          std::string::npos);
  }
  SECTION("target raises or returns a non-function") {
    Fixture f;
    CHECK_FALSE(f.Load(dir.Write("t1.py", "def target(d, a):\n    return 1 / 0\n")).valid());
    CHECK(f.out.str().find("[TargetFailed]") != std::string::npos);
    CHECK(f.out.str().find("t1.py:2:1: note: `ZeroDivisionError` raised here") !=
          std::string::npos);
  }
  SECTION("bad entry point") {
    Fixture f;
    CHECK_FALSE(f.Load(dir.Write("t2.py", "def target(d, a):\n    return 42\n")).valid());
    CHECK(f.out.str().find("got `42` [BadEntryPoint]") != std::string::npos);
  }
}

TEST_CASE("the driver object carries the arguments", "[loader]") {
  TempDir dir;
  Fixture f;
  LoadOptions options;
  options.target_path = dir.Write(
      "drv.py",
      "def main(argv):\n    return 0\n"
      "def target(driver, args):\n"
      "    assert driver.args == ['-O2'] and args == ['-O2'] and driver.exe_name is None\n"
      "    driver.exe_name = 'drv'\n"
      "    return (main, None)\n"
      "if __name__ == '__main__':\n    raise SystemExit(3)\n");
  options.target_args = {"-O2"};
  options.support_dir = RPYC_SUPPORT_DIR;
  HostId entry = f.host.LoadTarget(options);
  INFO(f.out.str());
  REQUIRE(entry.valid());
  CHECK(f.host.QualifiedName(entry) == "drv.main");
}

TEST_CASE("every kind of statement and expression converts", "[loader][ast]") {
  TempDir dir;
  Fixture f;
  HostId entry = f.Load(dir.Write("many.py", R"(import os.path as osp
from . import nothing_here if False else None
)"));
  CHECK_FALSE(entry.valid());  // a syntax error: just checks the diagnostic path
  std::ostringstream().swap(f.out);
  entry = f.Load(dir.Write("many2.py", R"(
async def co(xs, /, y=1, *rest, z, **kw):
    global G
    async for a in xs:
        await a
    async with y as (p, q):
        pass
    return [i * 2 for i in xs if i], {k: v for k, v in kw.items()}, {*xs}

def main(argv):
    x = f"{argv!r:>{10}} and {len(argv)}"
    y = b"\x00" + 3j.imag.__class__.__name__.encode() if argv else ...
    del x
    try:
        assert argv, "no"
    except (ValueError, KeyError) as e:
        raise RuntimeError() from e
    else:
        pass
    finally:
        pass
    match argv:
        case []:
            pass
    while (n := len(argv)) > 99999999999999999999:
        break
    else:
        n -= 1
    for i, *rest in [(1, 2)]:
        continue
    with open("x") as fh, open("y"):
        pass
    lst: list = [a for a in argv][1:2:-1]
    return not n is not None and -n < ~n or (lambda q=2: (yield q))

def target(d, a):
    return main
)"));
  INFO(f.out.str());
  REQUIRE(entry.valid());
  const FunctionInfo* info = f.host.DescribeFunction(entry, SourceLoc{});
  REQUIRE(info != nullptr);
  std::string dump = ast::Dump(info->def);
  INFO(dump);
  for (const char* expected : {"JoinedStr",
                               "FormattedValue conversion=r",
                               "Unsupported what='Match'",
                               "NamedExpr",
                               "Constant value=99999999999999999999",
                               "Constant value=b'\\x00'",
                               "Constant value=3j",
                               "Constant value=Ellipsis",
                               "Try",
                               "ExceptHandler name='e'",
                               "AugAssign op=-",
                               "Starred ctx=Store",
                               "withitem",
                               "AnnAssign simple=1",
                               "Slice",
                               "Compare ops=[is not]",
                               "UnaryOp op=not",
                               "BoolOp op=or",
                               "Yield",
                               "Delete",
                               "Raise",
                               "Assert"})
    CHECK(dump.find(expected) != std::string::npos);

  HostId co = f.host.LookupGlobal(info->globals, "co");
  const FunctionInfo* co_info = f.host.DescribeFunction(co, SourceLoc{});
  REQUIRE(co_info != nullptr);
  std::string co_dump = ast::Dump(co_info->def);
  INFO(co_dump);
  for (const char* expected :
       {"FunctionDef name='co' is_async=1", "For is_async=1", "With is_async=1", "Await",
        "posonlyargs:", "vararg:", "kwonlyargs:", "kw_defaults:", "kwarg:", "ListComp", "DictComp",
        "comprehension", "Set", "Global names=['G']"})
    CHECK(co_dump.find(expected) != std::string::npos);
}
