"""rpyc's version of functools.reduce: the flow builder calls reduce2 or
reduce3 by the number of arguments (translator/flow/build_rlib.cpp), so
the accumulator always has one type."""


def reduce2(function, sequence):
    items = list(sequence)
    if not items:
        raise TypeError('reduce() of empty iterable with no initial value')
    acc = items[0]
    for i in range(1, len(items)):
        acc = function(acc, items[i])
    return acc


def reduce3(function, sequence, initial):
    acc = initial
    for x in sequence:
        acc = function(acc, x)
    return acc
