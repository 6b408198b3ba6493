# File I/O: write text, read it back with read/readline/readlines/iteration.
import os

FILENAME = 'io_write_read.tmp.txt'


def main(argv):
    f = open(FILENAME, 'w')
    f.write('first line\n')
    f.write('second line with é and 日本\n')
    n = f.write('third\n')
    f.write('no newline at end')
    f.close()
    print('write returned', n)
    f = open(FILENAME, 'r')
    data = f.read()
    f.close()
    print(repr(data), len(data))
    f = open(FILENAME)
    print(repr(f.readline()))
    print(repr(f.readline()))
    rest = f.readlines()
    print(rest)
    print(repr(f.readline()), repr(f.read()))
    f.close()
    count = 0
    f = open(FILENAME)
    for line in f:
        count += 1
        print(count, line.rstrip('\n').upper())
    f.close()
    f = open(FILENAME, 'a')
    f.write('\nappended\n')
    f.close()
    f = open(FILENAME)
    lines = f.read().splitlines()
    f.close()
    print(len(lines), lines[-1])
    os.remove(FILENAME)
    print(os.path.exists(FILENAME))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
