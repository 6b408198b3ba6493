#!/usr/bin/env python3
"""Randomized check that translated sets iterate in CPython's order.

Translates the seeded set-order programs (tests/programs/set_order_*.py)
once with --native, runs each with many seeds under the translation and
under python3, and reports the first seeds whose output differs.

    scripts/set_order_fuzz.py [--rpyc build/rpyc] [--seeds 200] [--rounds 60]
                              [--first 1] [PROGRAM ...]
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rpyc", default=os.path.join(ROOT, "build", "rpyc"))
    ap.add_argument("--seeds", type=int, default=200)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=60)
    ap.add_argument("programs", nargs="*")
    opts = ap.parse_args()
    programs = opts.programs or sorted(
        glob.glob(os.path.join(ROOT, "tests", "programs", "set_order_*_fuzz.py")))
    failures = 0
    for prog in programs:
        name = os.path.splitext(os.path.basename(prog))[0]
        with tempfile.TemporaryDirectory() as tmp:
            code, out, err = run([opts.rpyc, "--native", "-o", tmp, prog])
            if code != 0:
                print("%s: translation failed\n%s%s" % (name, out, err))
                failures += 1
                continue
            exe = os.path.join(tmp, name)
            bad = []
            for seed in range(opts.first, opts.first + opts.seeds):
                args = [str(seed), str(opts.rounds)]
                want = run([sys.executable, prog] + args)
                got = run([exe] + args)
                if want != got:
                    bad.append(seed)
            print("%s: %d seeds, %d differ%s" % (name, opts.seeds, len(bad),
                                                ": " + " ".join(map(str, bad[:20])) if bad else ""))
            failures += len(bad)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
