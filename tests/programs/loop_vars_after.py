def main(argv):
    for r in range(3):
        primes = [r]
    print(primes)
    i = 0
    while i < 2:
        last = i
        i += 1
    print(last)
    return 0
def target(*args): return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
