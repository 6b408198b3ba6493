"""Subset of rpython.rlib.rstring."""


class StringBuilder(object):
    """Accumulates pieces of a str; build() returns the result so far."""

    def __init__(self, init_size=16):
        self._pieces = []
        self._length = 0

    def append(self, s):
        assert isinstance(s, str)
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        assert 0 <= start <= end <= len(s)
        self.append(s[start:end])

    def append_multiple_char(self, c, times):
        assert isinstance(c, str) and len(c) == 1
        self.append(c * times)

    def build(self):
        s = "".join(self._pieces)
        self._pieces = [s]
        return s

    def getlength(self):
        return self._length


UnicodeBuilder = StringBuilder


def split(value, by=None, maxsplit=-1):
    return value.split(by, maxsplit)


def rsplit(value, by=None, maxsplit=-1):
    return value.rsplit(by, maxsplit)


def replace(value, old, new, maxcount=-1):
    return value.replace(old, new, maxcount)
