"""Subset of rpython.rlib.unroll."""


class unrolling_iterable(object):
    """A constant sequence whose `for` loops the translator unrolls; under
    CPython, a plain iterable over the items."""

    def __init__(self, iterable):
        self._items = list(iterable)

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def get_unroller(self):
        return iter(self._items)
