# skip-targets: wasm,js,torture
# sys.setrecursionlimit lets a small function recurse 100000 deep (the
# native program runs main on a 256 MB stack). node's own stack is smaller:
# there a JS stack overflow ends the program with RecursionError (see
# docs/language.md), hence native only.
import sys


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


def main(argv):
    sys.setrecursionlimit(200000)
    print(sum_to(100000))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    sys.exit(main(sys.argv))
