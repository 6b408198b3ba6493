# enumerate(sys.stdin, 1) and list(sys.stdin): built-ins that iterate
# sys.stdin read its lines, as a for loop does.
# stdin: alpha 1
# stdin: beta 22
# stdin:
# stdin: gamma 333
import sys


def main(argv):
    total = 0
    for lineno, line in enumerate(sys.stdin, 1):
        parts = line.split()
        if not parts:
            print('line %d: empty' % lineno)
            continue
        total += int(parts[1])
        print('line %d: %s (%d chars)' % (lineno, parts[0], len(line)))
    print('total', total, 'rest', list(sys.stdin))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    sys.exit(main(sys.argv))
