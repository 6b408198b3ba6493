# Digit reversal, palindromic numbers, reverse-and-add.


def reverse(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n = n // 10
    return r


def is_palindrome(n):
    return n == reverse(n)


def main(argv):
    print(reverse(12345), reverse(1200), reverse(7), reverse(0))
    print(is_palindrome(12321), is_palindrome(12345), is_palindrome(9))
    count = 0
    for n in range(1, 100000):
        if is_palindrome(n):
            count = count + 1
    print('palindromes below 100000:', count)
    n = 89
    steps = 0
    while not is_palindrome(n) and steps < 50:
        n = n + reverse(n)
        steps = steps + 1
    print('89 reaches', n, 'after', steps, 'steps')
    best = 0
    for a in range(900, 1000):
        for b in range(a, 1000):
            p = a * b
            if p > best and is_palindrome(p):
                best = p
    print('largest palindrome from two 3-digit factors:', best)
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
