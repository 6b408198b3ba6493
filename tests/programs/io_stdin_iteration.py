# stdin: alpha beta
# stdin: 
# stdin: gamma
# stdin:   delta  epsilon
# `for line in sys.stdin` and comprehensions over it.
import sys


def main(argv):
    n = 0
    words = []
    for line in sys.stdin:
        n += 1
        print(n, repr(line))
        words.extend(line.split())
    print(words, [l for l in sys.stdin])
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    sys.exit(main(sys.argv))
