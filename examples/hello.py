# The smallest rpyc program (see DESIGN.md §1): `rpyc examples/hello.py`
# writes hello.js + hello.wasm; `node hello.js` runs it.


def main(argv):
    print('hello from rpython')
    answer = 6 * 7
    print('the answer is', answer, 'and half of it is', answer / 2)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
