# A local name reused for values of another type once its old value is
# dead (the flow graph passes only live values between blocks).


def main(argv):
    total = 0
    for x in [1, 2, 3]:
        total += x
    for x in ['a', 'bb']:
        total += len(x)
    print(total)
    item = 3.5
    if total > 5:
        print(item * 2)
    item = 'now a string'
    print(item.upper())
    for k in range(3):
        tmp = k * 2
        print(tmp)
    tmp = [1, 2]
    print(tmp)
    i = 0
    while i < 2:
        v = i
        i += 1
    v = 'done'
    print(v, i)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
