# math functions and constants (correctly rounded ones only).
import math


def main(argv):
    print(math.pi, math.e, math.inf, -math.inf, math.tau)
    print(math.sqrt(2.0), math.sqrt(144.0), math.floor(-2.5), math.ceil(-2.5))
    print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.fabs(-4.5))
    print(math.isnan(float('nan')), math.isinf(math.inf), math.isfinite(1.0))
    print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10), math.factorial(20))
    print(math.copysign(3.0, -0.0), math.fmod(7.5, 2.0), math.fmod(-7.5, 2.0))
    print(math.hypot(3.0, 4.0), math.isqrt(10 ** 12 + 1), math.isqrt(99))
    print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.75, 4))
    print(math.log(1.0), math.log2(1024.0), math.log10(1000.0), math.exp(0.0))
    print(math.sin(0.0), math.cos(0.0), math.atan2(0.0, 1.0), math.degrees(math.pi))
    print('%.6f %.6f %.6f' % (math.sin(1.0), math.cos(1.0), math.tan(0.5)))
    print('%.6f %.6f %.6f' % (math.log(10.0), math.exp(1.5), math.atan(1.0) * 4))
    print('%.4f' % math.radians(180.0), math.pow(2.0, 10.0), math.sqrt(0.25))
    return 0


def target(*args):
    return main, None


if __name__ == '__main__':
    import sys
    sys.exit(main(sys.argv))
