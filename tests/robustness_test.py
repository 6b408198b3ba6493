#!/usr/bin/env python3
"""Robustness test: rpyc must never crash or hang on bad input.

Runs `rpyc --stop-after rtype` (a few cases: `--native --stop-after llvm`) on ~50 small malformed or out-of-subset
programs generated in a temporary directory. For each case:

  - the exit code is 0 or 1 (no signal, no abort from RPYC_CHECK);
  - stderr contains no "internal error";
  - it finishes within the timeout (default 30 s);
  - when the exit code is 1, stderr has an `error:` line and a `[Kind]` tag;
  - when the case names an expected exit code, it matches;
  - a second run prints the same stderr (determinism).

Usage: robustness_test.py RPYC [--timeout S] [--filter SUBSTR] [--keep] [-v]
Exit status 0 when every case passes; each failure is printed with its
input and output.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

TARGET = "\n\ndef target(*args):\n    return main, None\n"

# (name, content, expected exit or None for "0 or 1").
# content: str (written as UTF-8), bytes (written as is), or None for the
# special cases handled in Materialize (a directory, a missing file).
CASES = []


# Cases whose expected exit code is known not to hold yet (a refusal where
# CPython accepts the file, not a crash): reported as XFAIL, not failures.
# Crashes and hangs are never listed here.
KNOWN = {}


# Cases that also run through the LLVM backend (`--native --stop-after llvm`).
LLVM_PHASE = set()


def case(name, content, expect=None, known=None, llvm=False):
    CASES.append((name, content, expect))
    if llvm:
        LLVM_PHASE.add(name)
    if known:
        KNOWN[name] = known


def prog(body, expect=None, name=None):
    """A program with the usual target(); `body` defines main."""
    return body + TARGET


# ---- the entry point ---------------------------------------------------------
case("main_no_params", prog("def main():\n    return 0\n"), 1)
case("main_two_params", prog("def main(a, b):\n    return 0\n"), 1)
case("main_kwonly", prog("def main(argv, *, k):\n    return 0\n"), 1)
case("main_varargs", prog("def main(*argv):\n    return 0\n"))
case("target_returns_int", "def main(argv):\n    return 0\n\ndef target(*args):\n    return 42\n", 1)
case("target_returns_tuple_of_ints",
     "def main(argv):\n    return 0\n\ndef target(*args):\n    return 1, 2\n", 1)
case("target_returns_builtin", "def target(*args):\n    return len, None\n", 1)
case("target_returns_class",
     "class C:\n    pass\n\ndef target(*args):\n    return C, None\n", 1)
case("target_returns_lambda",
     "def target(*args):\n    return (lambda argv: 0), None\n", 0)
case("target_not_callable", "def main(argv):\n    return 0\n\ntarget = 5\n", 1)
case("target_raises",
     "def main(argv):\n    return 0\n\ndef target(*args):\n    raise ValueError('nope')\n", 1)
case("target_no_args",
     "def main(argv):\n    return 0\n\ndef target():\n    return main, None\n", 1)
case("no_target", "def main(argv):\n    return 0\n", 1)
case("module_raises_at_import", "raise RuntimeError('boom at import')\n" + prog("def main(argv):\n    return 0\n"), 1)
case("module_sys_exit_at_import", "import sys\nsys.exit(3)\n" + prog("def main(argv):\n    return 0\n"), 1)
case("module_keyboard_interrupt",
     "raise KeyboardInterrupt\n" + prog("def main(argv):\n    return 0\n"), 1)
case("module_imports_missing", "import no_such_module_xyz\n" + prog("def main(argv):\n    return 0\n"), 1)
case("main_returns_str", prog("def main(argv):\n    return 'x'\n"))
case("main_returns_float", prog("def main(argv):\n    return 1.5\n"))

# ---- type errors ------------------------------------------------------------------
case("recursion_mismatched_returns", prog(
    "def f(n):\n    if n == 0:\n        return 'done'\n    return f(n - 1) + 1\n\n"
    "def main(argv):\n    print(f(3))\n    return 0\n"), 1)
case("int_or_none_return", prog(
    "def f(n):\n    if n > 0:\n        return n\n    return None\n\n"
    "def main(argv):\n    print(f(len(argv)))\n    return 0\n"), 1)
case("print_function_object", prog(
    "def g():\n    return 1\n\ndef main(argv):\n    print(g)\n    return 0\n"), 1)
case("call_an_int", prog("def main(argv):\n    x = 3\n    return x(1)\n"), 1)
case("call_int_variable", prog(
    "def main(argv):\n    f = len(argv)\n    return f()\n"), 1)
case("call_open", prog("def main(argv):\n    f = open('x')\n    return 0\n"), 0)
case("call_open_binary", prog("def main(argv):\n    f = open('x', 'rb')\n    return 0\n"), 1)
case("call_eval", prog("def main(argv):\n    return eval('1')\n"), 1)
case("len_of_int", prog("def main(argv):\n    return len(5)\n"), 1)
case("compare_str_int", prog("def main(argv):\n    print('a' < 1)\n    return 0\n"), 1)
case("compare_str_int_var", prog("def main(argv):\n    print(argv[0] < len(argv))\n    return 0\n"), 1)
case("add_str_int", prog("def main(argv):\n    print(argv[0] + 1)\n    return 0\n"), 1)
case("int_bool_merge", prog(
    "def main(argv):\n    x = 1\n    if len(argv) > 1:\n        x = True\n    print(x)\n    return 0\n"), 1)
case("too_many_args", prog(
    "def f(a):\n    return a\n\ndef main(argv):\n    return f(1, 2, 3)\n"), 1)
case("unknown_keyword", prog(
    "def f(a):\n    return a\n\ndef main(argv):\n    return f(b=1)\n"), 1)
case("print_bad_kwarg", prog("def main(argv):\n    print(1, foo=2)\n    return 0\n"), 1)
case("bad_format", prog("def main(argv):\n    print('%d %d' % (1,))\n    return 0\n"), 1)
case("huge_int_constant", prog("def main(argv):\n    print(2 ** 100)\n    return 0\n"), 1)
# Folding fails, the operation stays and raises at run time as in CPython.
case("divide_by_zero_constant", prog("def main(argv):\n    print(1 // 0)\n    return 0\n"))
case("unsupported_global_object", "import os\n" + prog("def main(argv):\n    print(os)\n    return 0\n"), 1)
case("range_zero_step_constant", prog(
    "def main(argv):\n    for i in range(0, 10, 0):\n        print(i)\n    return 0\n"))
case("range_float", prog(
    "def main(argv):\n    for i in range(1.5):\n        print(i)\n    return 0\n"), 1)
case("range_no_args", prog(
    "def main(argv):\n    for i in range():\n        print(i)\n    return 0\n"), 1)
case("getattr_on_int", prog("def main(argv):\n    x = len(argv)\n    return x.real\n"))
case("subscript_int", prog("def main(argv):\n    x = len(argv)\n    return x[0]\n"), 1)

# ---- syntax outside the subset ---------------------------------------------------
case("try_except", prog("def main(argv):\n    try:\n        pass\n    except Exception:\n        pass\n    return 0\n"))
case("class_in_main", prog("def main(argv):\n    class C:\n        pass\n    return 0\n"), 1)
case("generator_main", prog("def main(argv):\n    yield 1\n"), 1)
case("async_main", prog("async def main(argv):\n    return 0\n"), 1)
case("global_stmt", prog("X = 1\ndef main(argv):\n    global X\n    X = 2\n    return 0\n"), 0)
case("global_undefined", prog("def main(argv):\n    global Y\n    Y = 2\n    return 0\n"), 1)
case("star_args_call", prog(
    "def f(*a):\n    return 0\n\ndef main(argv):\n    return f(*argv)\n"), 1)
case("walrus", prog("def main(argv):\n    if (n := len(argv)) > 1:\n        return n\n    return 0\n"))
case("break_outside_loop_in_if", prog("def main(argv):\n    if argv:\n        break\n    return 0\n"), 1)
case("del_local", prog("def main(argv):\n    x = 1\n    del x\n    return 0\n"))
case("del_then_use", prog("def main(argv):\n    x = 1\n    del x\n    return x\n"), 1)
case("assert_stmt", prog("def main(argv):\n    assert len(argv) > 0\n    return 0\n"))
case("match_stmt", prog("def main(argv):\n    match len(argv):\n        case 1:\n            return 1\n    return 0\n"))

# ---- sizes and shapes ------------------------------------------------------------
case("nested_parens_500",
     prog("def main(argv):\n    x = " + "(" * 500 + "len(argv)" + ")" * 500 + "\n    return x\n"))
case("nested_unary_minus_2000",
     prog("def main(argv):\n    x = " + "-" * 2000 + "len(argv)\n    return x\n"))
case("nested_binop_3000",
     prog("def main(argv):\n    x = len(argv)" + " + 1" * 3000 + "\n    return 0\n"))
case("nested_ifs_90", prog("def main(argv):\n    n = len(argv)\n" + "".join(
    "    " * (i + 1) + "if n > %d:\n" % i for i in range(90)) + "    " * 91 + "n = n + 1\n    return n\n"))
case("nested_calls_300", prog("def f(x):\n    return x\n\ndef main(argv):\n    return " +
                              "f(" * 300 + "len(argv)" + ")" * 300 + "\n"))
case("long_function_5000", prog("def main(argv):\n    x = len(argv)\n" +
                                "".join("    x = x + %d\n" % (i % 7) for i in range(5000)) +
                                "    return 0\n"))
case("many_locals_2000", prog("def main(argv):\n" +
                              "".join("    v%d = len(argv)\n" % i for i in range(2000)) +
                              "    return v1999 - v0\n"))
case("while_loop_many_locals", prog("def main(argv):\n" +
                                    "".join("    v%d = len(argv)\n" % i for i in range(300)) +
                                    "    while v0 < 10:\n" +
                                    "".join("        v%d = v%d + 1\n" % (i, i) for i in range(300)) +
                                    "    return v0\n"))
case("deep_call_chain_300", "".join(
    "def f%d(x):\n    return f%d(x) + 1\n\n" % (i, i + 1) for i in range(300)) +
    "def f300(x):\n    return x\n\n" + prog("def main(argv):\n    print(f0(len(argv)))\n    return 0\n"))

# ---- encodings and bytes -------------------------------------------------------------
case("unicode_identifiers", prog(
    "def größe(ä):\n    return ä + 1\n\ndef main(argv):\n    π = 3\n    print(größe(π), 'héllo ✓ 😀')\n    return 0\n"), 0)
case("unicode_error_location", prog(
    "def main(argv):\n    ü = 'é😀'\n    print(ü + 1)\n    return 0\n"), 1)
case("tabs", prog("def main(argv):\n\tx = 1\n\tif x:\n\t\tx = 2\n\treturn x\n"), 0)
case("mixed_tabs_spaces", "def main(argv):\n\tx = 1\n        return x\n" + TARGET, 1)
case("bom", b"\xef\xbb\xbf" + prog("def main(argv):\n    print('bom')\n    return 0\n").encode(), 0,
     known="NoSource: the loader re-parses the file without stripping the UTF-8 BOM")
case("crlf", prog("def main(argv):\n    x = 'a'\n    print(x + 1)\n    return 0\n").replace("\n", "\r\n").encode(), 1)
case("crlf_ok", prog("def main(argv):\n    print('crlf')\n    return 0\n").replace("\n", "\r\n").encode(), 0)
case("cr_only", prog("def main(argv):\n    print('cr')\n    return 0\n").replace("\n", "\r").encode())
case("latin1_declared", b"# -*- coding: latin-1 -*-\n" +
     prog("def main(argv):\n    print('caf\xe9')\n    return 0\n").encode("latin-1"), 0,
     known="NoSource: the loader decodes the source as UTF-8, ignoring the coding cookie")
case("invalid_utf8", b"def main(argv):\n    print('\xff\xfe')\n    return 0\n" + TARGET.encode(), 1)
case("nul_byte", b"def main(argv):\n    return 0\x00\n" + TARGET.encode(), 1)
case("empty_file", "", 1)
case("only_comment", "# nothing here\n", 1)
case("binary_garbage", bytes((i * 197 + 13) % 256 for i in range(4096)), 1)
case("syntax_error_at_eof", "def main(argv):\n    return 0\n\ndef target(*args):\n    return (main, None", 1)
case("syntax_error_mid", "def main(argv)\n    return 0\n" + TARGET, 1)
case("indent_error", "def main(argv):\nreturn 0\n" + TARGET, 1)
case("directory", None, 1)
case("missing_file", None, 1)

# ---- programs that loop or recurse forever (translation must finish) -----------------
case("while_true_pass", prog("def main(argv):\n    while True:\n        pass\n    return 0\n"), 0)
case("while_true_no_return", prog("def main(argv):\n    while True:\n        pass\n"), 0)
case("while_1_break_never", prog(
    "def main(argv):\n    n = 0\n    while 1:\n        n = n + 1\n    return n\n"))
case("infinite_mutual_recursion", prog(
    "def a(n):\n    return b(n) + 1\n\ndef b(n):\n    return a(n) - 1\n\n"
    "def main(argv):\n    return a(len(argv))\n"), 0)
case("infinite_self_recursion_no_base", prog(
    "def f(n):\n    return f(n)\n\ndef main(argv):\n    return f(1)\n"), llvm=True)
case("main_calls_itself", prog("def main(argv):\n    return main(argv)\n"), llvm=True)
case("main_returns_argv", prog("def main(argv):\n    return argv\n"), llvm=True)
case("while_true_pass_llvm", prog("def main(argv):\n    while True:\n        pass\n"), llvm=True)
case("recursion_never_returns_printed", prog(
    "def f(n):\n    return f(n)\n\ndef main(argv):\n    print(f(1))\n    return 0\n"))
NEVER = "def never(n):\n    return never(n)\n\n"
case("never_returns_used_in_add", prog(NEVER + "def main(argv):\n    return never(1) + 1\n"))
case("never_returns_used_in_float_mul", prog(NEVER + "def main(argv):\n    x = never(1) * 2.0\n    return 0\n"))
case("never_returns_in_condition", prog(NEVER + "def main(argv):\n    if never(1):\n        return 1\n    return 0\n"))
case("never_returns_str_of", prog(NEVER + "def main(argv):\n    print(str(never(1)))\n    return 0\n"))
case("never_returns_compared", prog(NEVER + "def main(argv):\n    print(never(1) < 3)\n    return 0\n"))
case("never_returns_indexed", prog(NEVER + "def main(argv):\n    print(never(1)[0])\n    return 0\n"))
case("never_returns_as_range_bound", prog(NEVER + "def main(argv):\n    for i in range(never(1)):\n        print(i)\n    return 0\n"))
case("never_returns_negated", prog(NEVER + "def main(argv):\n    return -never(1)\n"))
case("never_returns_formatted", prog(NEVER + "def main(argv):\n    print('%d' % never(1))\n    return 0\n"))
case("never_returns_passed_on", prog(NEVER + "def g(x):\n    return x + 1\n\ndef main(argv):\n    return g(never(1))\n"))
case("code_after_while_true", prog("def main(argv):\n    while True:\n        pass\n    print('never')\n    return 'x'\n"))
case("module_level_loop_bounded", "i = 0\nwhile i < 100000:\n    i += 1\n" +
     prog("def main(argv):\n    return 0\n"), 0)

# ---- the support package ------------------------------------------------------------
case("javascript_import_unused", "from javascript import js\n" + prog("def main(argv):\n    return 0\n"))
case("rpython_we_are_translated", "from rpyc_support import we_are_translated\n" + prog(
    "def main(argv):\n    if not we_are_translated():\n        print('host')\n    return 0\n"))
case("import_sys_in_main_unused", "import sys\n" + prog("def main(argv):\n    return 0\n"), 0)
case("sys_exit_in_main", "import sys\n" + prog("def main(argv):\n    sys.exit(1)\n"))


def Materialize(tmp, name, content):
    """Writes the case's input; returns the path to give rpyc."""
    if name == "directory":
        path = os.path.join(tmp, "a_directory.py")
        os.mkdir(path)
        return path
    if name == "missing_file":
        return os.path.join(tmp, "does_not_exist.py")
    path = os.path.join(tmp, name + ".py")
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return path


def Run(rpyc, path, timeout, llvm=False):
    """Returns (exit code or -signal, stdout, stderr, timed out)."""
    phase = ["--native", "--stop-after", "llvm"] if llvm else ["--stop-after", "rtype"]
    try:
        p = subprocess.run([rpyc] + phase + [path], capture_output=True,
                           timeout=timeout, cwd=os.path.dirname(path))
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), False
    except subprocess.TimeoutExpired as e:
        err = (e.stderr or b"").decode("utf-8", "replace")
        return None, "", err, True


KIND_TAG = re.compile(r"\[[A-Z][A-Za-z]+\]")


def Check(rpyc, name, content, expect, tmp, timeout):
    """Returns a list of problems (empty: pass) and the first stderr."""
    path = Materialize(tmp, name, content)
    llvm = name in LLVM_PHASE
    code, out, err, timed_out = Run(rpyc, path, timeout, llvm)
    problems = []
    if timed_out:
        return ["hang: no exit within %d s" % timeout], err, code
    if code < 0:
        problems.append("killed by signal %s" % signal.Signals(-code).name)
    elif code not in (0, 1):
        problems.append("exit code %d (expected 0 or 1)" % code)
    if "internal error" in err:
        problems.append("stderr has 'internal error'")
    if code == 1:
        if "error:" not in err:
            problems.append("exit 1 without an `error:` line")
        if not KIND_TAG.search(err):
            problems.append("exit 1 without a [Kind] tag")
    if expect is not None and code in (0, 1) and code != expect:
        problems.append("exit code %d, this case expects %d" % (code, expect))
    if not problems:
        code2, _, err2, timed_out2 = Run(rpyc, path, timeout, llvm)
        if timed_out2 or code2 != code or err2 != err:
            problems.append("second run differs (exit %s vs %s)" % (code, code2))
    return problems, err, code


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rpyc")
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--filter", default="")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    ap.add_argument("-v", "--verbose", action="store_true", help="show stderr of every case")
    args = ap.parse_args()
    rpyc = os.path.abspath(args.rpyc)
    tmp = tempfile.mkdtemp(prefix="rpyc_robustness_")
    failures = []
    try:
        for name, content, expect in CASES:
            if args.filter not in name:
                continue
            problems, err, code = Check(rpyc, name, content, expect, tmp, args.timeout)
            status = "FAIL" if problems else "PASS"
            if name in KNOWN:
                only_expect = problems and all("this case expects" in p for p in problems)
                if only_expect:
                    status, problems = "XFAIL", []
                    print("XFAIL %s (exit %s): known: %s" % (name, code, KNOWN[name]))
                    continue
                if not problems:
                    print("XPASS %s: fixed? remove it from KNOWN" % name)
            print("%s %s (exit %s)" % (status, name, code), flush=True)
            if args.verbose or problems:
                for p in problems:
                    print("  problem: " + p)
                if problems and not isinstance(content, bytes) and content is not None and len(content) < 2000:
                    print("  input:\n" + "".join("    | " + l + "\n" for l in content.splitlines()))
                tail = err.splitlines()[-15:]
                print("  stderr:\n" + "".join("    " + l + "\n" for l in tail))
            if problems:
                failures.append(name)
    finally:
        if args.keep:
            print("inputs kept in " + tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    total = sum(1 for n, _, _ in CASES if args.filter in n)
    if failures:
        print("failures: " + " ".join(failures))
    print("%d passed, %d failed" % (total - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
