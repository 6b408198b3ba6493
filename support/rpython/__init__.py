"""CPython stand-ins for the parts of PyPy's `rpython` package that RPython
programs import.  Under CPython they behave like PyPy's untranslated
versions; rpyc gives them their translated meaning."""
