#!/usr/bin/env python3
"""Test runner for rpyc's end-to-end suites (stdlib only).

Three suites (the first two run by default):

differential
    Every tests/programs/*.py runs under CPython, which gives the expected
    stdout and exit code; then the program is translated for each target and
    run, and stdout and exit code must match exactly.  When CPython dies
    with a traceback, the last line of the translated program's stderr must
    equal CPython's (e.g. `ZeroDivisionError: division by zero`).
    Targets: native (`rpyc --native`), wasm (default, run in node), js
    (`rpyc --js`, run in node) and torture (the wasm build run again with
    RPYC_GC_TORTURE=1).  Optional header lines at the top of a program:
        # args: a b c          program arguments (shlex syntax)
        # stdin: text          one line of stdin (repeatable)
        # stdin-file: name     stdin is this file (relative to the
                               program's directory, e.g. data/words.txt)
        # skip-targets: js     targets this program is not run on
    `--js-share N` runs the js target on one program in N (a stable hash
    of the name picks them); ctest uses 2, a plain run every program.
    Only files that define `def target(` are programs; other .py files
    (helper modules imported by mod_* programs) are skipped.  CPython runs
    with support/ on PYTHONPATH, so `from rpython.rlib... import ...` works.

pending
    tests/pending/*.py, programs for features that are not translated yet,
    run exactly like the differential suite (not run by default, not in
    ctest).  Prints a per-target pass count, then
    `pending: N of M programs pass on all targets` and the passing names
    (candidates to move into tests/programs/).  `--verbose` also prints
    every PASS/FAIL line with its diff.  Exit status is 0 unless CPython
    itself fails on a program (timeout).

golden
    Every tests/golden/*.py is a file test (see STYLE.md):
        # RUN: rpyc <options> %s [args]
        # ENV: NAME=value      (optional, repeatable)
        <program>
        # ---- expected output ----
        # <stdout, then stderr, each line prefixed "# ", or "#" if empty>
        # exit: N
    The command runs with cwd = repository root.  Substitutions in RUN:
    `%s` the test file relative to the root, `%t` a fresh temporary
    directory.  In ENV values `%t` and `$VAR` are expanded too.  In the
    output the temporary directory reads `%t` and the root `<root>`, so
    expectations do not depend on where the tree lives.  Each test runs
    twice; differing output is a failure ("non-deterministic").  The file
    name starts with `fail_` if and only if the expected exit code is
    non-zero.  `--update` rewrites everything after the marker.

Prints one PASS/FAIL/SKIP line per test and target, a unified diff for each
failure, and a final line `N passed, N failed[, N skipped]`.  Exit status
is 1 if anything failed.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS_DIR = os.path.join(ROOT, "tests", "programs")
PENDING_DIR = os.path.join(ROOT, "tests", "pending")
SUPPORT_DIR = os.path.join(ROOT, "support")
GOLDEN_DIR = os.path.join(ROOT, "tests", "golden")
ALL_TARGETS = ("native", "wasm", "js", "torture")
MARKER = "# ---- expected output ----"
NO_EOL = "<no newline at end of output>"
PLACEHOLDER_HINT = "run `tests/run_tests.py --update golden` to fill in"


# --------------------------------------------------------------------------
# Processes

class Proc:
    """The outcome of one command: exit code (negative = signal), bytes."""

    def __init__(self, code, out, err, timed_out=False, missing=None):
        self.code = code
        self.out = out
        self.err = err
        self.timed_out = timed_out
        self.missing = missing  # set when the executable could not start


def run(cmd, cwd, timeout, env=None, stdin=b""):
    """Runs cmd in its own process group so a timeout kills grandchildren
    too (emcc, node); never raises for a failing or missing command."""
    try:
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return Proc(127, b"", (str(e) + "\n").encode(), missing=str(e))
    try:
        out, err = p.communicate(stdin, timeout=timeout)
        return Proc(p.returncode, out, err)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        return Proc(p.returncode, out, err, timed_out=True)


def text(b):
    return b.decode("utf-8", errors="replace")


def describe_code(code):
    if code < 0:
        try:
            return "killed by %s" % signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit %d" % code


def last_line(b):
    lines = [l for l in text(b).splitlines() if l.strip()]
    return lines[-1] if lines else ""


def diff(expected, actual, a="expected", b="actual"):
    lines = difflib.unified_diff(expected.splitlines(True),
                                 actual.splitlines(True), a, b)
    out = []
    for l in lines:
        out.append(l if l.endswith("\n") else l + "\n\\ No newline\n")
    return "".join(out)


class Result:
    """One reported line: status is PASS, FAIL or SKIP."""

    def __init__(self, status, name, target=None, detail=""):
        self.status = status
        self.name = name
        self.target = target
        self.detail = detail
        self.steps = []  # (label, wall seconds) of translating and running

    def line(self):
        t = " [%s]" % self.target if self.target else ""
        return "%s %s%s" % (self.status, self.name, t)


# --------------------------------------------------------------------------
# Differential suite

def parse_program_header(path):
    """Reads the leading comment block: args, stdin, stdin-file,
    skip-targets."""
    args, stdin, skip = [], [], set()
    stdin_file = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            key, sep, value = body.partition(":")
            if not sep:
                continue
            key = key.strip()
            if key == "args":
                args = shlex.split(value)
            elif key == "stdin":
                stdin.append(value[1:] if value.startswith(" ") else value)
            elif key == "stdin-file":
                stdin_file = value.strip()
            elif key == "skip-targets":
                skip |= {t.strip() for t in value.split(",") if t.strip()}
    data = "".join(l.rstrip("\n") + "\n" for l in stdin).encode()
    if stdin_file:
        with open(os.path.join(os.path.dirname(path), stdin_file), "rb") as f:
            data += f.read()
    return args, data, skip


def is_program(path):
    """A .py file is a program iff it defines target(); anything else in a
    programs directory is a helper module imported by a program."""
    with open(path, encoding="utf-8") as f:
        return "def target(" in f.read()


class Program:
    def __init__(self, path):
        self.path = path
        self.name = os.path.splitext(os.path.basename(path))[0]
        self.rel = os.path.relpath(path, ROOT)
        self.args, self.stdin, self.skip = parse_program_header(path)
        self.expected = None  # Proc from CPython


def compare(prog, target, actual):
    """Compares a translated run with CPython's; returns a Result."""
    exp = prog.expected
    name = prog.name
    if actual.timed_out:
        return Result("FAIL", name, target, "timed out\n")
    problems = []
    if actual.out != exp.out:
        problems.append("stdout differs:\n" +
                        diff(text(exp.out), text(actual.out),
                             "expected (CPython)", "actual (%s)" % target))
    if actual.code != exp.code:
        problems.append("exit code: expected %s, got %s\n" %
                        (describe_code(exp.code), describe_code(actual.code)))
    if exp.code == 1 and b"Traceback" in exp.err:
        want, got = last_line(exp.err), last_line(actual.err)
        if want != got:
            problems.append("last stderr line: expected %r, got %r\n" %
                            (want, got))
    if problems and actual.err and not any("stderr" in p for p in problems):
        problems.append("stderr:\n" + text(actual.err))
    if problems:
        return Result("FAIL", name, target, "".join(problems))
    return Result("PASS", name, target)


def translator_env():
    """rpyc imports the target with an embedded CPython; keep it from
    writing __pycache__ into the source tree."""
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def translate_failure(prog, targets, proc, rpyc_cmd):
    if proc.missing:
        why = "cannot run rpyc: %s\n" % proc.missing
    elif proc.timed_out:
        why = "translation timed out\n"
    else:
        why = "translation failed (%s): %s\n%s" % (
            describe_code(proc.code), " ".join(rpyc_cmd), text(proc.out + proc.err))
    return [Result("FAIL", prog.name, t, why) for t in targets]


def run_build(prog, build, targets, opts):
    """Translates prog once for `build` (native, wasm or js) and runs it for
    each of `targets` (torture shares the wasm build)."""
    if not opts.rpyc_ok:
        return [Result("FAIL", prog.name, t, "rpyc not found at %s\n" % opts.rpyc)
                for t in targets]
    tmp = tempfile.mkdtemp(prefix="rpyc-%s-%s-" % (prog.name, build))
    try:
        flag = {"native": ["--native"], "wasm": [], "js": ["--js"]}[build]
        cmd = [opts.rpyc] + flag + ["-o", tmp, prog.rel]
        start = time.monotonic()
        proc = run(cmd, ROOT, opts.timeout, translator_env())
        translated = ("%s translate %s" % (prog.name, build), time.monotonic() - start)
        if proc.code != 0 or proc.timed_out:
            return translate_failure(prog, targets, proc, cmd)
        if build == "native":
            exe = [os.path.join(tmp, prog.name)]
        else:
            exe = [opts.node, os.path.join(tmp, prog.name + ".js")]
        results = []
        for t in targets:
            env = dict(os.environ)
            if t == "torture":
                env["RPYC_GC_TORTURE"] = "1"
            start = time.monotonic()
            actual = run(exe + prog.args, os.path.dirname(prog.path),
                         opts.timeout, env, prog.stdin)
            results.append(compare(prog, t, actual))
            results[-1].steps.append(("%s run %s" % (prog.name, t),
                                      time.monotonic() - start))
        results[0].steps.insert(0, translated)
        return results
    finally:
        if opts.keep:
            sys.stderr.write("kept %s\n" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def cpython_env():
    """CPython sees support/ (rpython.rlib.*) like the translator does."""
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    old = env.get("PYTHONPATH")
    env["PYTHONPATH"] = SUPPORT_DIR + (os.pathsep + old if old else "")
    return env


def run_cpython(prog, opts):
    prog.expected = run([sys.executable, os.path.basename(prog.path)] + prog.args,
                        os.path.dirname(prog.path), opts.timeout, cpython_env(),
                        prog.stdin)
    return prog


def in_js_share(name, share):
    """`--js-share N`: the js target's translation costs twice the wasm
    one (wasm2js and emcc's JS optimizer), and the JS runs the same
    optimized wasm, so a sample of the programs keeps the suite's time
    down. The choice is a stable hash of the name: the same programs every
    run, and a new program does not reshuffle the others."""
    return share <= 1 or zlib.crc32(name.encode()) % share == 0


def differential_jobs(opts, pool, report, directory=PROGRAMS_DIR):
    """Runs CPython on every program, then returns one future per build;
    each future gives a list of Results."""
    files = sorted(f for f in os.listdir(directory) if f.endswith(".py"))
    progs = [Program(os.path.join(directory, f)) for f in files
             if opts.filter in f and is_program(os.path.join(directory, f))]
    # CPython first, so every build knows what to expect.
    for p in pool.map(lambda p: run_cpython(p, opts), progs):
        if p.expected.timed_out:
            report([Result("FAIL", p.name, None, "CPython timed out\n")])
    futures = []
    for p in progs:
        if p.expected.timed_out:
            continue
        wanted = [t for t in opts.targets if t not in p.skip
                  and (t != "js" or in_js_share(p.name, opts.js_share))]
        skipped = [Result("SKIP", p.name, t) for t in opts.targets if t in p.skip]
        if skipped:
            report(skipped)
        if opts.node is None:
            report([Result("SKIP", p.name, t, "node not found\n")
                    for t in wanted if t != "native"])
            wanted = [t for t in wanted if t == "native"]
        builds = {}
        for t in wanted:
            builds.setdefault("wasm" if t == "torture" else t, []).append(t)
        for build, targets in builds.items():
            futures.append(pool.submit(run_build, p, build, targets, opts))
    return futures


# --------------------------------------------------------------------------
# Golden suite

class Golden:
    """A parsed golden file: header directives, program text, expectation."""

    def __init__(self, path):
        self.path = path
        self.rel = os.path.relpath(path, ROOT)
        self.name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            content = f.read()
        before, sep, after = content.partition(MARKER + "\n")
        if not sep and content.rstrip("\n").endswith(MARKER):
            before, sep, after = content.rstrip("\n")[:-len(MARKER)], MARKER, ""
        self.has_marker = bool(sep)
        self.prefix = before  # everything up to the marker line
        self.run_lines, self.env = [], []
        for line in before.splitlines():
            if line.startswith("# RUN:"):
                self.run_lines.append(line[len("# RUN:"):].strip())
            elif line.startswith("# ENV:"):
                self.env.append(line[len("# ENV:"):].strip())
        self.expected_text, self.expected_code, self.parse_error = \
            self._parse_expectation(after) if sep else ("", None, None)

    @staticmethod
    def _parse_expectation(block):
        """Turns the comment block after the marker into (text, exit code)."""
        lines = block.splitlines()
        while lines and lines[-1] == "":
            lines.pop()
        if not lines or not lines[-1].startswith("# exit: "):
            return "", None, "expectation does not end with `# exit: N`"
        try:
            code = int(lines[-1][len("# exit: "):])
        except ValueError:
            return "", None, "bad exit line %r" % lines[-1]
        out = []
        for l in lines[:-1]:
            if l == "#":
                out.append("")
            elif l.startswith("# "):
                out.append(l[2:])
            else:
                return "", None, "expectation line not a comment: %r" % l
        if out and out[-1] == NO_EOL:
            return "\n".join(out[:-1]), code, None
        return "".join(l + "\n" for l in out), code, None


def render_expectation(output, code):
    lines = output.split("\n")
    if lines[-1] == "":
        lines.pop()
    else:
        lines.append(NO_EOL)
    body = "".join("#\n" if l == "" else "# " + l + "\n" for l in lines)
    return MARKER + "\n" + body + "# exit: %d\n" % code


def run_golden_once(g, opts):
    """Runs the RUN command once; returns (output text, Proc)."""
    tmp = tempfile.mkdtemp(prefix="rpyc-golden-")
    try:
        argv = shlex.split(g.run_lines[0])
        subst = lambda s: s.replace("%s", g.rel).replace("%t", tmp)
        argv = [subst(a) for a in argv]
        if argv and argv[0] == "rpyc":
            argv[0] = opts.rpyc
        env = translator_env()
        for e in g.env:
            k, _, v = e.partition("=")
            env[k.strip()] = subst(expand_vars(v, env))
        proc = run(argv, ROOT, opts.timeout, env)
        out = text(proc.out) + text(proc.err)
        out = out.replace(tmp, "%t").replace(ROOT, "<root>")
        if proc.timed_out:
            out += "<timed out after %d s>\n" % opts.timeout
        return out, proc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def expand_vars(value, env):
    """Expands $NAME and ${NAME} from env (the test's environment so far),
    like a shell; unknown names expand to the empty string."""
    return re.sub(r"\$(\w+|\{\w+\})",
                  lambda m: env.get(m.group(1).strip("{}"), ""), value)


def run_golden(path, opts):
    g = Golden(path)
    name = g.name
    if len(g.run_lines) != 1:
        return [Result("FAIL", name, None,
                       "expected exactly one `# RUN:` line, found %d\n" %
                       len(g.run_lines))]
    if not opts.rpyc_ok:
        return [Result("FAIL", name, None, "rpyc not found at %s\n" % opts.rpyc)]
    out1, p1 = run_golden_once(g, opts)
    out2, p2 = run_golden_once(g, opts)
    if (out1, p1.code) != (out2, p2.code):
        return [Result("FAIL", name, None,
                       "non-deterministic: two runs differ\n" +
                       diff(render_expectation(out1, p1.code),
                            render_expectation(out2, p2.code),
                            "first run", "second run"))]
    is_fail = name.startswith("fail_")
    if opts.update:
        with open(path, "w", encoding="utf-8") as f:
            prefix = g.prefix
            if prefix and not prefix.endswith("\n"):
                prefix += "\n"
            f.write(prefix + render_expectation(out1, p1.code))
        if is_fail != (p1.code != 0):
            return [Result("FAIL", name, None, naming_problem(is_fail, p1.code))]
        return [Result("PASS", name, None, "")]
    if not g.has_marker:
        return [Result("FAIL", name, None,
                       "no `%s` marker; %s\n" % (MARKER, PLACEHOLDER_HINT))]
    if g.parse_error:
        return [Result("FAIL", name, None, g.parse_error + "\n")]
    if is_fail != (g.expected_code != 0):
        return [Result("FAIL", name, None, naming_problem(is_fail, g.expected_code))]
    # Compare in the file's own notation so the diff reads like the file.
    expected = render_expectation(g.expected_text, g.expected_code)
    actual = render_expectation(out1, p1.code)
    if expected != actual:
        return [Result("FAIL", name, None, diff(expected, actual))]
    return [Result("PASS", name, None)]


def naming_problem(is_fail, code):
    if is_fail:
        return "name starts with `fail_` but exit code is %d\n" % code
    return "exit code is %d but name does not start with `fail_`\n" % code


def golden_jobs(opts, pool, report):
    files = sorted(f for f in os.listdir(GOLDEN_DIR)
                   if f.endswith(".py") and opts.filter in f)
    return [pool.submit(run_golden, os.path.join(GOLDEN_DIR, f), opts)
            for f in files]


# --------------------------------------------------------------------------
# Driver

def default_rpyc():
    if os.environ.get("RPYC"):
        return os.environ["RPYC"]
    return os.path.join(ROOT, "build", "rpyc")


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suites", nargs="*", metavar="suite",
                    help="differential, golden (default both), pending")
    ap.add_argument("--rpyc", default=default_rpyc(),
                    help="the translator (default $RPYC or build/rpyc)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--update", action="store_true",
                    help="rewrite golden expectations with actual output")
    ap.add_argument("--filter", default="", help="only tests whose file name "
                    "contains this substring")
    ap.add_argument("--targets", default=",".join(ALL_TARGETS),
                    help="comma-separated subset of " + ",".join(ALL_TARGETS))
    ap.add_argument("--js-share", type=int, default=1, metavar="N",
                    help="run the js target on 1 program in N (chosen by a "
                    "stable hash of the name; default 1: every program)")
    ap.add_argument("--timeout", type=int, default=120,
                    help="seconds per command (default 120)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the differential build directories")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="pending suite: print every result and diff")
    opts = ap.parse_args(argv)
    opts.suites = opts.suites or ["differential", "golden"]
    for s in opts.suites:
        if s not in ("differential", "golden", "pending"):
            ap.error("unknown suite %r (known: differential, golden, pending)" % s)
    if "pending" in opts.suites and len(opts.suites) > 1:
        ap.error("the pending suite runs on its own")
    opts.targets = [t.strip() for t in opts.targets.split(",") if t.strip()]
    for t in opts.targets:
        if t not in ALL_TARGETS:
            ap.error("unknown target %r (known: %s)" % (t, ", ".join(ALL_TARGETS)))
    opts.rpyc = os.path.abspath(opts.rpyc)
    opts.node = shutil.which("node")
    opts.rpyc_ok = os.path.isfile(opts.rpyc) and os.access(opts.rpyc, os.X_OK)
    return opts


def pending_main(opts):
    """Runs tests/pending like the differential suite, quietly, and prints
    which programs already pass on every requested target."""
    by_prog = {}   # name -> {target: status}
    cpython_failed = []

    def report(results):
        for r in results:
            if r.target is None:  # CPython itself failed
                cpython_failed.append(r.name)
            else:
                by_prog.setdefault(r.name, {})[r.target] = r.status
            if opts.verbose:
                print(r.line())
                if r.status == "FAIL" and r.detail:
                    sys.stdout.write("".join("    " + l + "\n"
                                             for l in r.detail.splitlines()))
                sys.stdout.flush()

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = differential_jobs(opts, pool, report, PENDING_DIR)
        for fut in concurrent.futures.as_completed(futures):
            report(fut.result())

    names = sorted(set(by_prog) | set(cpython_failed))
    total = len(names)
    for t in opts.targets:
        n = sum(1 for p in names if by_prog.get(p, {}).get(t) == "PASS")
        skipped = sum(1 for p in names if by_prog.get(p, {}).get(t) == "SKIP")
        extra = " (%d skipped)" % skipped if skipped else ""
        print("%s: %d of %d pass%s" % (t, n, total, extra))
    passing = [p for p in names if p not in cpython_failed and by_prog.get(p)
               and all(s in ("PASS", "SKIP") for s in by_prog[p].values())
               and any(s == "PASS" for s in by_prog[p].values())]
    print("pending: %d of %d programs pass on all targets (%s)" %
          (len(passing), total, ",".join(opts.targets)))
    for p in passing:
        print("    " + p)
    if cpython_failed:
        print("CPython failed on:")
        for p in sorted(cpython_failed):
            print("    " + p)
        return 1
    return 0


def print_timing(steps):
    """Where the differential suite's time went: totals per kind of step
    (`translate wasm`, `run torture`, ...) and the slowest single steps."""
    if not steps:
        return
    totals = {}
    for label, seconds in steps:
        kind = label.split(" ", 1)[1]
        n, total = totals.get(kind, (0, 0.0))
        totals[kind] = (n + 1, total + seconds)
    print("time (wall seconds, summed over parallel jobs):")
    for kind, (n, total) in sorted(totals.items()):
        print("    %-20s %4d steps %8.1f s" % (kind, n, total))
    print("slowest steps:")
    for label, seconds in sorted(steps, key=lambda s: -s[1])[:8]:
        print("    %6.1f s  %s" % (seconds, label))


def main(argv):
    # Behave like a Unix filter when piped into `head`.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    opts = parse_args(argv)
    if opts.suites == ["pending"]:
        if not opts.rpyc_ok:
            print("rpyc not found at %s (build it, or pass --rpyc PATH)" % opts.rpyc)
        return pending_main(opts)
    if not opts.rpyc_ok:
        print("rpyc not found at %s (build it, or pass --rpyc PATH)" % opts.rpyc)
        if opts.update:
            print("refusing to --update without a translator")
            return 2
    counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    failed = []
    steps = []

    def report(results):
        for r in results:
            counts[r.status] += 1
            steps.extend(r.steps)
            if r.status == "FAIL":
                failed.append(r.line()[len("FAIL "):])
            print(r.line())
            if r.status == "FAIL" and r.detail:
                sys.stdout.write("".join("    " + l + "\n"
                                         for l in r.detail.splitlines()))
            sys.stdout.flush()

    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = []
        if "differential" in opts.suites:
            futures += differential_jobs(opts, pool, report)
        if "golden" in opts.suites:
            futures += golden_jobs(opts, pool, report)
        for fut in concurrent.futures.as_completed(futures):
            report(fut.result())

    print_timing(steps)
    if failed:
        print("failed:")
        for f in sorted(failed):
            print("    " + f)
    summary = "%d passed, %d failed" % (counts["PASS"], counts["FAIL"])
    if counts["SKIP"]:
        summary += ", %d skipped" % counts["SKIP"]
    print(summary)
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
