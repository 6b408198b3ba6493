# Helper module for glob_modules.py (not a program: no target()).
# TOTAL and HISTORY are assigned through `global`: mutable cells.
TOTAL = 10
HISTORY = None
SCALE = 3


def add(n):
    global TOTAL, HISTORY
    TOTAL += n * SCALE
    if HISTORY is None:
        HISTORY = []
    HISTORY.append(n)
    return TOTAL


def reset():
    global TOTAL
    TOTAL = 0
