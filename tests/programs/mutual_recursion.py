# Mutual recursion: even/odd and Hofstadter's female/male sequences.


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def female(n):
    if n == 0:
        return 1
    return n - male(female(n - 1))


def male(n):
    if n == 0:
        return 0
    return n - female(male(n - 1))


def main(argv):
    print(is_even(10), is_odd(10), is_even(7), is_odd(7), is_even(0))
    print(is_even(500), is_odd(333))
    f = ''
    m = ''
    for i in range(20):
        f = f + str(female(i)) + ' '
        m = m + str(male(i)) + ' '
    print('F:', f)
    print('M:', m)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
