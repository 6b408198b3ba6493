"""Typed struct wrappers of the seed (`Response = Object({'text': Function})`).

The seed imported these from `typing`, which shadows Python's own module;
rpyc offers them as `javascript.typing`. A wrapper is callable on a JS
value and gives it back: property access is dynamic anyway.
"""
from javascript import Object, Function  # noqa: F401
