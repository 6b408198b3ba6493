#!/usr/bin/env python3
"""JS interop tests: programs that use the `javascript` module, run in node.

CPython cannot run these programs (they need a JS engine), so each
tests/js/NAME.py has its expected stdout in tests/js/NAME.expected. Header
comments of the program:

    # targets: wasm,js,torture    (default: wasm; torture: wasm with
                                  #  RPYC_GC_TORTURE=1, a collection per allocation;
                                  #  native: programs that need no JS engine)
    # stderr-contains: TEXT       (repeatable)
    # exit: N                     (default: 0)

examples/async/*.py with a NAME.expected next to them run the same way;
examples/async/fetch_pages.py fetches two pages from an HTTP server this
script starts on 127.0.0.1 (fetch.expected).

tests/js/lib/ is a library build (rpyc --lib --esm): its NAME.d.ts must
equal mathlib.d.ts.expected, and the plain JS scripts test_cjs.js
(require) and test_esm.mjs (import) must print cjs.expected / esm.expected.

    python3 tests/js_test.py [--rpyc build/rpyc] [--filter SUBSTR] [--measure]

--measure prints the numbers of the closing note instead of testing:
sizes of hello world with and without the bridge, the time of 100,000 JS
calls, and the memory after the million-object loop.
"""
import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JS_DIR = os.path.join(ROOT, 'tests', 'js')
ASYNC_DIR = os.path.join(ROOT, 'examples', 'async')


def run(cmd, cwd=None, timeout=300):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def headers(path):
    out = {'targets': ['wasm'], 'stderr': [], 'exit': 0}
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'#\s*(targets|stderr-contains|exit):\s*(.*)$', line.rstrip('\n'))
            if not m:
                continue
            key, value = m.groups()
            if key == 'targets':
                out['targets'] = [t.strip() for t in value.split(',') if t.strip()]
            elif key == 'stderr-contains':
                out['stderr'].append(value)
            else:
                out['exit'] = int(value)
    return out


def translate(rpyc, prog, outdir, extra=()):
    r = run([rpyc, *extra, '-o', outdir, prog])
    if r.returncode != 0:
        return 'rpyc failed (%d):\n%s%s' % (r.returncode, r.stdout, r.stderr)
    return None


def compare(name, got, want):
    if got == want:
        return None
    import difflib
    diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True), 'expected', 'got')
    return '%s differs:\n%s' % (name, ''.join(diff))


def test_program(rpyc, path, target, tmp):
    h = headers(path)
    name = os.path.splitext(os.path.basename(path))[0]
    outdir = os.path.join(tmp, name + '-' + target)
    flags = {'js': ['--js'], 'native': ['--native']}.get(target, [])
    err = translate(rpyc, path, outdir, flags)
    if err:
        return err
    env = dict(os.environ)
    if target == 'torture':  # wasm, collecting on every allocation
        env['RPYC_GC_TORTURE'] = '1'
    cmd = [os.path.join(outdir, name)] if target == 'native' else [
        'node', os.path.join(outdir, name + '.js')]
    r = subprocess.run(cmd, cwd=outdir, env=env, capture_output=True, text=True, timeout=300)
    with open(os.path.splitext(path)[0] + '.expected', encoding='utf-8') as f:
        want = f.read()
    problems = []
    diff = compare('stdout', r.stdout, want)
    if diff:
        problems.append(diff)
    if r.returncode != h['exit']:
        problems.append('exit code %d, expected %d' % (r.returncode, h['exit']))
    for text in h['stderr']:
        if text not in r.stderr:
            problems.append('stderr lacks %r' % text)
    if problems:
        return '\n'.join(problems) + '\nstderr:\n' + r.stderr
    return None


def test_library(rpyc, tmp):
    lib = os.path.join(JS_DIR, 'lib')
    outdir = os.path.join(tmp, 'lib')
    err = translate(rpyc, os.path.join(lib, 'mathlib.py'), outdir, ['--lib', '--esm'])
    if err:
        return err
    problems = []
    with open(os.path.join(outdir, 'mathlib.d.ts'), encoding='utf-8') as f:
        got = f.read()
    with open(os.path.join(lib, 'mathlib.d.ts.expected'), encoding='utf-8') as f:
        diff = compare('mathlib.d.ts', got, f.read())
    if diff:
        problems.append(diff)
    r = run(['node', os.path.join(lib, 'test_cjs.js'), os.path.join(outdir, 'mathlib.js')])
    with open(os.path.join(lib, 'cjs.expected'), encoding='utf-8') as f:
        diff = compare('test_cjs.js output', r.stdout, f.read())
    if diff or r.returncode:
        problems.append((diff or '') + '\nexit %d, stderr:\n%s' % (r.returncode, r.stderr))
    shutil.copy(os.path.join(lib, 'test_esm.mjs'), outdir)
    r = run(['node', os.path.join(outdir, 'test_esm.mjs')], cwd=outdir)
    with open(os.path.join(lib, 'esm.expected'), encoding='utf-8') as f:
        diff = compare('test_esm.mjs output', r.stdout, f.read())
    if diff or r.returncode:
        problems.append((diff or '') + '\nexit %d, stderr:\n%s' % (r.returncode, r.stderr))
    return '\n'.join(problems) or None


def test_fetch(rpyc, tmp):
    """examples/async/fetch_pages.py against a local HTTP server."""
    import functools
    import http.server
    import threading
    site = os.path.join(tmp, 'site')
    os.makedirs(site, exist_ok=True)
    with open(os.path.join(site, 'first.txt'), 'w') as f:
        f.write('the first page\n')
    with open(os.path.join(site, 'second.txt'), 'w') as f:
        f.write('the second page, a little longer\n')

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ('127.0.0.1', 0), functools.partial(Quiet, directory=site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        outdir = os.path.join(tmp, 'fetch')
        err = translate(rpyc, os.path.join(ASYNC_DIR, 'fetch_pages.py'), outdir)
        if err:
            return err
        base = 'http://127.0.0.1:%d/' % server.server_address[1]
        r = run(['node', os.path.join(outdir, 'fetch_pages.js'), base + 'first.txt',
                 base + 'missing.txt'], cwd=outdir)
        r2 = run(['node', os.path.join(outdir, 'fetch_pages.js'), base + 'first.txt',
                  base + 'second.txt'], cwd=outdir)
    finally:
        server.shutdown()
    got = r2.stdout + '---\n' + r.stdout.replace(base, 'BASE/')
    with open(os.path.join(ASYNC_DIR, 'fetch.expected'), encoding='utf-8') as f:
        diff = compare('fetch_pages output', got, f.read())
    if diff or r.returncode or r2.returncode:
        return '%s\nexit %d/%d, stderr:\n%s%s' % (diff or '', r2.returncode, r.returncode,
                                                 r2.stderr, r.stderr)
    return None


def best_time(cmd, runs=3):
    """The fastest of `runs` runs of cmd (seconds) and the last result."""
    best = None
    for _ in range(runs):
        start = time.time()
        r = run(cmd)
        elapsed = time.time() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, r


def measure(rpyc, tmp):
    """The closing note's numbers."""
    def sizes(d, name):
        total = raw = 0
        for ext in ('.js', '.wasm'):
            p = os.path.join(d, name + ext)
            if os.path.exists(p):
                data = open(p, 'rb').read()
                raw += len(data)
                total += len(gzip.compress(data, 9))
        return raw, total

    progs = {
        'hello': "def main(argv):\n    print('hello from rpython')\n    return 0\n\n"
                 "def target(*args):\n    return main, None\n",
        'hello_import': "import javascript\n\ndef main(argv):\n    print('hello from rpython')\n"
                        "    return 0\n\ndef target(*args):\n    return main, None\n",
        'hello_js': "from javascript import js\n\ndef main(argv):\n    js.console.log('hello from rpython')\n"
                    "    return 0\n\ndef target(*args):\n    return main, None\n",
        'calls': "from javascript import js\nimport time\n\ndef main(argv):\n"
                 "    n = 100000\n    t = 0\n    m = js.Math\n"
                 "    for i in range(n):\n        t += int(m.max(i, 3))\n"
                 "    print(t)\n    return 0\n\ndef target(*args):\n    return main, None\n",
        'awaits': "from javascript import js\n\nasync def count(n):\n    t = 0\n"
                  "    p = js.Promise\n    for i in range(n):\n        t += int(await p.resolve(i))\n"
                  "    print(t)\n\ndef main(argv):\n    count(100000)\n    return 0\n\n"
                  "def target(*args):\n    return main, None\n",
    }
    for name, text in progs.items():
        with open(os.path.join(tmp, name + '.py'), 'w') as f:
            f.write(text)
    for target in ('wasm', 'js'):
        flags = ['--js'] if target == 'js' else []
        res = {}
        for name in ('hello', 'hello_import', 'hello_js'):
            d = os.path.join(tmp, name + '-' + target)
            err = translate(rpyc, os.path.join(tmp, name + '.py'), d, flags)
            if err:
                print(err)
                return 1
            res[name] = sizes(d, name)
        print('%s: hello %d raw / %d gz; importing javascript %d / %d; using js %d / %d '
              '(+%d raw, +%d gz)' % (target, *res['hello'], *res['hello_import'], *res['hello_js'],
                                    res['hello_js'][0] - res['hello'][0],
                                    res['hello_js'][1] - res['hello'][1]))
    d = os.path.join(tmp, 'calls-wasm')
    err = translate(rpyc, os.path.join(tmp, 'calls.py'), d)
    if err:
        print(err)
        return 1
    best, r = best_time(['node', os.path.join(d, 'calls.js')])
    base, _ = best_time(['node', os.path.join(tmp, 'hello-wasm', 'hello.js')])
    print('100,000 js.Math.max calls: %.3f s (node start-up and hello: %.3f s)' % (best, base))
    d = os.path.join(tmp, 'awaits-wasm')
    err = translate(rpyc, os.path.join(tmp, 'awaits.py'), d)
    if err:
        print(err)
        return 1
    best, r = best_time(['node', os.path.join(d, 'awaits.js')])
    print('100,000 awaits of resolved promises: %.3f s (%s)' % (best, r.stdout.strip()))
    d = os.path.join(tmp, 'handles-wasm')
    err = translate(rpyc, os.path.join(JS_DIR, 'handles.py'), d)
    if err:
        print(err)
        return 1
    r = run(['node', os.path.join(d, 'handles.js')])
    print('million-object loop:', r.stderr.strip())
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rpyc', default=os.environ.get('RPYC', os.path.join(ROOT, 'build', 'rpyc')))
    ap.add_argument('--filter', default='')
    ap.add_argument('--measure', action='store_true')
    ap.add_argument('--keep', action='store_true')
    args = ap.parse_args()
    rpyc = os.path.abspath(args.rpyc)
    tmp = tempfile.mkdtemp(prefix='rpyc-js-')
    try:
        if args.measure:
            return measure(rpyc, tmp)
        failures = []
        passed = 0
        programs = [os.path.join(JS_DIR, f) for f in sorted(os.listdir(JS_DIR))]
        programs += [os.path.join(ASYNC_DIR, f) for f in sorted(os.listdir(ASYNC_DIR))
                     if os.path.exists(os.path.join(ASYNC_DIR, f[:-3] + '.expected'))]
        for path in programs:
            f = os.path.basename(path)
            if not f.endswith('.py') or args.filter not in f:
                continue
            for target in headers(path)['targets']:
                err = test_program(rpyc, path, target, tmp)
                label = '%s [%s]' % (f, target)
                print(('FAIL ' if err else 'PASS ') + label, flush=True)
                if err:
                    print(err)
                    failures.append(label)
                else:
                    passed += 1
        if args.filter in 'fetch_pages':
            err = test_fetch(rpyc, tmp)
            print(('FAIL ' if err else 'PASS ') + 'examples/async/fetch_pages.py [wasm, local HTTP]',
                  flush=True)
            if err:
                print(err)
                failures.append('fetch_pages')
            else:
                passed += 1
        if args.filter in 'lib/mathlib':
            err = test_library(rpyc, tmp)
            print(('FAIL ' if err else 'PASS ') + 'lib/mathlib [cjs, esm, d.ts]', flush=True)
            if err:
                print(err)
                failures.append('lib/mathlib')
            else:
                passed += 1
        print('%d passed, %d failed' % (passed, len(failures)))
        return 1 if failures else 0
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
