"""rpyc's Python support package, first on sys.path while rpyc loads a
target: the Driver passed to target(driver, args) and, later, rlib-style
helpers (we_are_translated, specialize, intmask, ...)."""
