"""Subset of rpython.rlib.jit: hints are no-ops under CPython."""


class JitDriver(object):
    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_printable_location=None, confirm_enter_jit=None,
                 can_never_inline=None, should_unroll_one_iteration=None,
                 name='jitdriver', check_untranslated=True, **kwds):
        self.greens = list(greens or [])
        self.reds = reds if reds == 'auto' else list(reds or [])
        self.name = name

    def jit_merge_point(self, **livevars):
        pass

    def can_enter_jit(self, **livevars):
        pass

    def loop_header(self):
        pass


def _identity(func):
    return func


elidable = _identity
elidable_promote = lambda promote_args='all': _identity
dont_look_inside = _identity
unroll_safe = _identity
loop_invariant = _identity
not_in_trace = _identity
oopspec = lambda spec: _identity


def look_inside_iff(predicate):
    return _identity


def promote(x):
    return x


def promote_string(x):
    return x


def hint(x, **kwds):
    return x


def we_are_jitted():
    return False


def isconstant(x):
    return False


def isvirtual(x):
    return False


def set_param(driver, name, value):
    pass
