# Text files: open for 'w', 'a' and 'r', write/read/readline/readlines,
# iteration over lines, `with open(...)`, closed files, os.path.exists,
# os.remove, and FileNotFoundError with CPython's message. The file name
# is made unique from the clock (each target runs at the same time in the
# same directory) and never printed.
import os
import time


def unique_path():
    stamp = int(time.time() * 1000000) % 1000000007
    tick = int(time.perf_counter() * 1000000000) % 1000000007
    return '/tmp/rpyc_io_files_%d_%d.txt' % (stamp, tick)


def main(argv):
    path = unique_path()
    print(os.path.exists(path))
    f = open(path, 'w')
    print(f.write('alpha\n'), f.write('beta gamma\n'))
    f.write('un café, 日本\n')
    f.close()
    print(f.closed, os.path.exists(path))
    with open(path, 'a') as g:
        g.write('last line without newline')
    print(g.closed)
    with open(path) as f:
        first = f.readline()
        rest = f.readlines()
    print(repr(first), rest)
    f = open(path, 'r')
    text = f.read()
    print(len(text), text.count('\n'), repr(f.read()), repr(f.readline()))
    f.close()
    n = 0
    for line in open(path):
        n += 1
        print(n, line.rstrip('\n').upper())
    words = 0
    with open(path) as f:
        for line in f:
            words += len(line.split())
    print('words', words)
    try:
        f.read()
    except ValueError as e:
        print('ValueError:', str(e))
    os.remove(path)
    print(os.path.exists(path))
    try:
        open('no/such/dir/file.txt')
    except FileNotFoundError as e:
        print('FileNotFoundError:', str(e))
    try:
        os.remove(path)
    except OSError as e:
        print('OSError caught')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
