# stdin-file: data/poem.txt
# Reads text from stdin (a data file), writes a numbered copy to a file,
# reads that back and prints statistics.
import os
import sys


def main(argv):
    lines = []
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        lines.append(line.rstrip('\n'))
    print(len(lines), 'lines read')
    out = 'io_line_numbers.tmp.txt'
    with open(out, 'w') as f:
        for i in range(len(lines)):
            f.write('%3d: %s\n' % (i + 1, lines[i]))
    with open(out) as f:
        numbered = f.readlines()
    for l in numbered[:4]:
        print(l, end='')
    longest = max(lines, key=len)
    print('longest:', repr(longest), len(longest))
    words = 0
    for l in lines:
        words += len(l.split())
    print('words', words, 'blank', len([l for l in lines if not l.strip()]))
    os.remove(out)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
