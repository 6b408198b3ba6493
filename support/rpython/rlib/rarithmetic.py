"""Subset of rpython.rlib.rarithmetic for a 64-bit target."""

LONG_BIT = 64
LONG_MASK = (1 << LONG_BIT) - 1
LONG_TEST = 1 << (LONG_BIT - 1)
MAXINT = LONG_TEST - 1
MININT = -LONG_TEST


def intmask(n):
    """Wraps an int (or r_uint) to a signed 64-bit int."""
    if isinstance(n, float):
        n = int(n)
    n = int(n) & LONG_MASK
    if n >= LONG_TEST:
        n -= 2 * LONG_TEST
    return int(n)


def ovfcheck(r):
    """Returns r, or raises OverflowError if it is outside the signed
    64-bit range (the translated program checks the operation itself)."""
    assert not isinstance(r, r_uint), "ovfcheck() on an unsigned value"
    if r > MAXINT or r < MININT:
        raise OverflowError("signed integer expression did overflow")
    return r


def is_valid_int(r):
    return isinstance(r, int) and MININT <= r <= MAXINT


def widen(n):
    return int(n)


class r_uint(int):
    """An unsigned 64-bit machine word: arithmetic wraps modulo 2**64 and
    mixed operations with ints give r_uint."""

    def __new__(cls, value=0):
        return int.__new__(cls, int(value) & LONG_MASK)

    def __add__(self, other):
        return r_uint(int(self) + int(other))
    __radd__ = __add__

    def __sub__(self, other):
        return r_uint(int(self) - int(other))

    def __rsub__(self, other):
        return r_uint(int(other) - int(self))

    def __mul__(self, other):
        return r_uint(int(self) * int(other))
    __rmul__ = __mul__

    def __floordiv__(self, other):
        return r_uint(int(self) // int(r_uint(other)))

    def __rfloordiv__(self, other):
        return r_uint(int(r_uint(other)) // int(self))

    def __mod__(self, other):
        return r_uint(int(self) % int(r_uint(other)))

    def __rmod__(self, other):
        return r_uint(int(r_uint(other)) % int(self))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __and__(self, other):
        return r_uint(int(self) & int(other))
    __rand__ = __and__

    def __or__(self, other):
        return r_uint(int(self) | int(other))
    __ror__ = __or__

    def __xor__(self, other):
        return r_uint(int(self) ^ int(other))
    __rxor__ = __xor__

    def __lshift__(self, n):
        return r_uint(int(self) << int(n))

    def __rshift__(self, n):
        return r_uint(int(self) >> int(n))

    def __neg__(self):
        return r_uint(-int(self))

    def __pos__(self):
        return self

    def __invert__(self):
        return r_uint(~int(self))

    def __pow__(self, other, mod=None):
        if mod is None:
            return r_uint(pow(int(self), int(other), 1 << LONG_BIT))
        return r_uint(pow(int(self), int(other), int(mod)))



def r_int(n):
    return intmask(n)
