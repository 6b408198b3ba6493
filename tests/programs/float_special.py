# inf, -inf, nan and signed zero.


def main(argv):
    inf = float('inf')
    ninf = float('-inf')
    nan = float('nan')
    print(inf, ninf, nan)
    print(inf + 1.0, inf * -2.0, ninf - 5.0)
    print(inf - inf, inf * 0.0)
    print(1.0 / inf, -1.0 / inf)
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
    print(inf > 1e308, ninf < -1e308, inf == inf)
    print(-0.0 == 0.0, 0.0 * -1.0, -0.0 + 0.0, -0.0 - 0.0)
    print(1e308 * 10.0, -1e308 * 10.0)
    print(str(inf), str(nan), str(-0.0))
    print(float('Infinity'), float('-INF'), float(' nan '))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
