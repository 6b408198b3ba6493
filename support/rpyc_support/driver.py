"""The object passed as `driver` to a target's `target(driver, args)`.

PyPy targets read and set a few attributes on it (exe_name, config,
options); rpyc accepts the same names so such targets load unchanged.
"""
import types


class Driver:
    def __init__(self, args=None):
        self.exe_name = None
        self.config = types.SimpleNamespace()
        self.options = {}
        self.args = list(args) if args is not None else []
