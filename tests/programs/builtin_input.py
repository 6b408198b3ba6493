# stdin: 3
# stdin: alice 30
# stdin: bob 25
# stdin: carol 35
# input() reading a count and then that many lines; EOFError at the end.


def main(argv):
    n = int(input())
    people = []
    for i in range(n):
        line = input()
        name, age = line.split()
        people.append((name, int(age)))
        print('read', name, age)
    people.sort(key=lambda p: p[1])
    print(people)
    print('oldest', people[-1][0], 'mean age', sum([p[1] for p in people]) / n)
    try:
        extra = input()
        print('unexpected', extra)
    except EOFError:
        print('EOF reached')
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
