"""rpython.rlib: helpers for RPython programs (see support/README.md)."""
