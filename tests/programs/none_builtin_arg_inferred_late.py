# len() of a value first inferred as None (find() returns None before its
# other return is annotated) waits for the final type, then raises
# TypeError at run time for None as CPython does.

def find(vs, n):
    for v in vs:
        if len(v) == n:
            return v
    return None

def show(v):
    try:
        print(len(v))
    except TypeError as e:
        print('TE', e)

def main(argv):
    vs = [[1, 2], [3]]
    for n in (1, 2, 4):
        show(find(vs, n))
    return 0

def target(*args):
    return main, None

if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
