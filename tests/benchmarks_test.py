#!/usr/bin/env python3
"""Translates every program of ../shared/benchmarks (or $RPYC_BENCHMARKS)
and checks it prints what CPython prints: natively at the default size
(the README's contract), and as wasm in node at a small size, plainly and
under GC torture (collect at every allocation).

Usage: benchmarks_test.py RPYC [BENCH_DIR]. Ends with `N passed, N failed`.
"""
import os
import subprocess
import sys
import tempfile

SMALL = {'fib': 20, 'nbody': 100, 'spectral_norm': 20, 'mandelbrot': 40, 'fannkuch': 6,
         'sieve': 5000, 'binary_trees': 6, 'scheduler': 500, 'wordfreq': 2000, 'toyvm': 200}


def run(cmd, env=None, timeout=300):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def main():
    rpyc = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    bench = sys.argv[2] if len(sys.argv) > 2 else os.environ.get(
        'RPYC_BENCHMARKS', os.path.join(os.path.dirname(root), 'shared', 'benchmarks'))
    if not os.path.isdir(bench):
        print('no benchmarks at %s' % bench)
        print('0 passed, 1 failed')
        return 1
    passed = failed = 0
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
    for name in sorted(SMALL):
        prog = os.path.join(bench, name + '.py')
        with tempfile.TemporaryDirectory() as tmp:
            checks = []
            rc, _, err = run([rpyc, '--native', '-o', tmp, prog], env)
            if rc != 0:
                print('FAIL %s: translation (native)\n%s' % (name, err))
                failed += 1
                continue
            rc, _, err = run([rpyc, '-o', tmp, prog], env)
            if rc != 0:
                print('FAIL %s: translation (wasm)\n%s' % (name, err))
                failed += 1
                continue
            expected = run([sys.executable, prog], env)
            checks.append(('native default size', run([os.path.join(tmp, name)]), expected))
            small = str(SMALL[name])
            expected_small = run([sys.executable, prog, small], env)
            js = os.path.join(tmp, name + '.js')
            checks.append(('wasm', run(['node', js, small]), expected_small))
            torture = dict(env, RPYC_GC_TORTURE='1')
            checks.append(('wasm torture', run(['node', js, small], torture), expected_small))
            for what, got, want in checks:
                if got[0] == want[0] and got[1] == want[1]:
                    print('PASS %s [%s]' % (name, what))
                    passed += 1
                else:
                    print('FAIL %s [%s]: exit %d vs %d\n  got: %r\n  want: %r'
                          % (name, what, got[0], want[0], got[1][-300:], want[1][-300:]))
                    failed += 1
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
