# args: 35
# FizzBuzz up to argv[1].


def word(i):
    if i % 15 == 0:
        return 'FizzBuzz'
    elif i % 3 == 0:
        return 'Fizz'
    elif i % 5 == 0:
        return 'Buzz'
    return str(i)


def main(argv):
    n = int(argv[1])
    fizz = 0
    for i in range(1, n + 1):
        w = word(i)
        print(w)
        if i % 3 == 0:
            fizz = fizz + 1
    print('fizz count', fizz)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
