#!/usr/bin/env python3
"""Times the programs of ../shared/benchmarks (or $RPYC_BENCHMARKS)
translated by rpyc against python3.

    python3 scripts/bench.py [--rpyc build/rpyc] [--size default|large]
                             [--targets native,wasm,js] [--filter NAME]
                             [--repeat N]

Each program is translated once per target (the translation time is
reported), then run --repeat times at the chosen size (best time kept).
At the default size python3 runs too: every target's output must equal
CPython's, and the table gives python3's time over each target's (how
many times faster). At the large size (README's "large N") CPython is
not run; the targets' outputs must agree with each other. Times are
wall-clock and include process start-up (node's is about 0.05 s).
Ends with the geometric mean of the speed-ups and exits 1 if any output
differed. --user reports user CPU time instead (steadier on a shared
machine).

    python3 scripts/bench.py --baseline OLD/rpyc [--repeat 5] ...

compares two builds instead: each program is translated by both, the
two executables run alternately (interleaved, so machine noise hits both
alike), and the table gives the best user time of each and new/old.
"""
import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

DEFAULT = {'fib': 36, 'nbody': 350000, 'spectral_norm': 450, 'mandelbrot': 750, 'fannkuch': 9,
           'sieve': 5000000, 'binary_trees': 15, 'scheduler': 400000, 'wordfreq': 500000,
           'toyvm': 80000}
LARGE = {'fib': 42, 'nbody': 20000000, 'spectral_norm': 3000, 'mandelbrot': 4000,
         'fannkuch': 10, 'sieve': 30000000, 'binary_trees': 18, 'scheduler': 10000000,
         'wordfreq': 5000000, 'toyvm': 2000000}


USER = False


def timed(cmd, env=None):
    """(seconds, exit status, stdout): wall-clock, or user time with --user."""
    start = time.perf_counter()
    user = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if USER:
        return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - user, p.returncode, p.stdout
    return time.perf_counter() - start, p.returncode, p.stdout


FLAGS = {'native': ['--native'], 'wasm': [], 'js': ['--js']}


def translate(rpyc, target, prog, out_dir, env):
    """The command running the translated program, or None (error printed)."""
    name = os.path.splitext(os.path.basename(prog))[0]
    p = subprocess.run([rpyc] + FLAGS[target] + ['-o', out_dir, prog],
                       capture_output=True, text=True, env=env)
    if p.returncode != 0:
        print('%s: translation for %s by %s failed\n%s' % (name, target, rpyc, p.stderr))
        return None
    return [os.path.join(out_dir, name)] if target == 'native' else \
        ['node', os.path.join(out_dir, name + '.js')]


def programs(opts, sizes):
    """(name, path, N as str) of each benchmark --filter selects, sorted."""
    for name in sorted(sizes):
        if opts.filter in name:
            yield name, os.path.join(opts.bench, name + '.py'), str(sizes[name])


def compare(opts, sizes, targets, env):
    """--baseline: new/old user time per program and target, runs interleaved."""
    print('%-14s %-7s %9s %9s %7s' % ('program', 'target', 'old (s)', 'new (s)', 'new/old'))
    ratios = {t: [] for t in targets}
    bad = 0
    for name, prog, n in programs(opts, sizes):
        for t in targets:
            with tempfile.TemporaryDirectory() as tmp:
                old = translate(opts.baseline, t, prog, os.path.join(tmp, 'old'), env)
                new = translate(opts.rpyc, t, prog, os.path.join(tmp, 'new'), env)
                if not old or not new:
                    return 1
                best = [None, None]
                outs = [None, None]
                for _ in range(opts.repeat):
                    for i, exe in enumerate((old, new)):
                        secs, rc, out = timed(exe + [n])
                        best[i] = secs if best[i] is None else min(best[i], secs)
                        outs[i] = (rc, out)
                mark = '' if outs[0] == outs[1] else '  outputs differ!'
                bad += bool(mark)
                ratios[t].append(best[1] / best[0])
                print('%-14s %-7s %9.3f %9.3f %7.3f%s' % (name, t, best[0], best[1],
                                                         best[1] / best[0], mark), flush=True)
    print('geometric mean of new/old: ' + ', '.join(
        '%s %.3f' % (t, math.exp(sum(map(math.log, v)) / len(v)))
        for t, v in ratios.items() if v))
    return 1 if bad else 0


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--rpyc', default=os.path.join(root, 'build', 'rpyc'))
    ap.add_argument('--size', choices=['default', 'large'], default='default')
    ap.add_argument('--targets', default='native,wasm,js')
    ap.add_argument('--filter', default='')
    ap.add_argument('--repeat', type=int, default=1)
    ap.add_argument('--user', action='store_true', help='user CPU time instead of wall-clock')
    ap.add_argument('--baseline', default='', help='an older rpyc to compare with (user time)')
    ap.add_argument('--bench', default=os.environ.get(
        'RPYC_BENCHMARKS', os.path.join(os.path.dirname(root), 'shared', 'benchmarks')))
    opts = ap.parse_args()
    global USER
    USER = opts.user or bool(opts.baseline)
    targets = opts.targets.split(',')
    sizes = DEFAULT if opts.size == 'default' else LARGE
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
    if opts.baseline:
        return compare(opts, sizes, targets, env)
    header = '%-14s %9s' % ('program', 'N')
    if opts.size == 'default':
        header += ' %9s' % 'python3'
    for t in targets:
        header += ' %9s' % t
    if opts.size == 'default':
        header += '   ' + ' '.join('%8s' % ('x' + t) for t in targets)
    header += '   translate (s)'
    print(header)
    speedups = {t: [] for t in targets}
    bad = 0
    for name, prog, n in programs(opts, sizes):
        with tempfile.TemporaryDirectory() as tmp:
            times, outs, trans = {}, {}, {}
            for t in targets:
                out_dir = os.path.join(tmp, t)
                start = time.perf_counter()
                exe = translate(opts.rpyc, t, prog, out_dir, env)
                trans[t] = time.perf_counter() - start
                if not exe:
                    return 1
                best = None
                for _ in range(opts.repeat):
                    secs, rc, out = timed(exe + [n])
                    best = secs if best is None else min(best, secs)
                times[t], outs[t] = best, (rc, out)
            line = '%-14s %9s' % (name, n)
            want = None
            if opts.size == 'default':
                secs, rc, out = timed([sys.executable, prog, n], env)
                want = (rc, out)
                line += ' %9.3f' % secs
            else:
                want = outs[targets[0]]
            for t in targets:
                mark = '' if outs[t] == want else '!'
                bad += bool(mark)
                line += ' %8.3f%1s' % (times[t], mark)
            if opts.size == 'default':
                line += '   '
                for t in targets:
                    speedups[t].append(secs / times[t])
                    line += ' %7.1fx' % (secs / times[t])
            line += '   ' + ' '.join('%.1f' % trans[t] for t in targets)
            print(line, flush=True)
    if opts.size == 'default':
        print('geometric mean of python3 time / target time: ' + ', '.join(
            '%s %.1fx' % (t, math.exp(sum(map(math.log, v)) / len(v)))
            for t, v in speedups.items() if v))
    if bad:
        print('%d outputs differ (marked !)' % bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
