"""Subset of rpython.rlib.objectmodel."""


def we_are_translated():
    """False when running on CPython; the translated program sees True."""
    return False


class _Specialize(object):
    """specialize.memo(), specialize.argtype(0), ... return decorators that
    are identities under CPython (they only guide the annotator)."""

    def _identity_decorator(self, *args, **kwds):
        def decorated(func):
            return func
        return decorated

    memo = _identity_decorator
    arg = _identity_decorator
    argtype = _identity_decorator
    arglistitemtype = _identity_decorator
    call_location = _identity_decorator
    ll = _identity_decorator
    ll_and_arg = _identity_decorator


specialize = _Specialize()


def always_inline(func):
    return func


def dont_inline(func):
    return func


def not_rpython(func):
    return func


def enforceargs(*args, **kwds):
    def decorated(func):
        return func
    return decorated


def import_from_mixin(M, special_methods=['__init__', '__del__']):
    """Copies the methods of mixin class M into the calling class body
    (as PyPy does); only usable at class-definition time."""
    import sys
    frame = sys._getframe(1)
    ns = frame.f_locals
    for key, value in M.__dict__.items():
        if key.startswith('__') and key.endswith('__') and key not in special_methods:
            continue
        if key not in ns:
            ns[key] = value


def compute_hash(x):
    return hash(x)


def compute_identity_hash(x):
    return object.__hash__(x)


class Symbolic(object):
    pass


def instantiate(cls, nonmovable=False):
    return cls.__new__(cls)
