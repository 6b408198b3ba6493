/* rt_test_support.c: what the generated module provides to rtlib, written
 * by hand for rtlib's own tests: the built-in exception vtables (numbered
 * in preorder of the class tree, as the rtyper numbers them) and a small
 * traceback location table. */
#include "rtlib/rpyc_rt.h"

#define NAME_STR(id, text)      \
  static const struct {         \
    int64_t hash, length, size; \
    char data[sizeof(text)];    \
  } id = {0, sizeof(text) - 1, sizeof(text) - 1, text}

/* Preorder numbering of the tree in builtin_exceptions.def:
 *   BaseException 0..24
 *     Exception 1..22
 *       ArithmeticError 2..4 (ZeroDivisionError 3, OverflowError 4)
 *       LookupError 5..7 (IndexError 6, KeyError 7)
 *       ValueError 8..9 (UnicodeError 9)
 *       TypeError 10, AssertionError 11, AttributeError 12, StopIteration 13
 *       RuntimeError 14..16 (NotImplementedError 15, RecursionError 16)
 *       MemoryError 17, OSError 18..21 (FileNotFoundError 19,
 *       PermissionError 20, IsADirectoryError 21), EOFError 22
 *     SystemExit 23, KeyboardInterrupt 24 */
#define VT(Name, id, max)       \
  NAME_STR(name_##Name, #Name); \
  const rpy_vtable rpy_vt_##Name = {id, max, (const rpy_str*)&name_##Name};

VT(BaseException, 0, 24)
VT(Exception, 1, 22)
VT(ArithmeticError, 2, 4)
VT(ZeroDivisionError, 3, 3)
VT(OverflowError, 4, 4)
VT(LookupError, 5, 7)
VT(IndexError, 6, 6)
VT(KeyError, 7, 7)
VT(ValueError, 8, 9)
VT(UnicodeError, 9, 9)
VT(TypeError, 10, 10)
VT(AssertionError, 11, 11)
VT(AttributeError, 12, 12)
VT(StopIteration, 13, 13)
VT(RuntimeError, 14, 16)
VT(NotImplementedError, 15, 15)
VT(RecursionError, 16, 16)
VT(MemoryError, 17, 17)
VT(OSError, 18, 21)
VT(FileNotFoundError, 19, 19)
VT(PermissionError, 20, 20)
VT(IsADirectoryError, 21, 21)
VT(EOFError, 22, 22)
VT(SystemExit, 23, 23)
VT(KeyboardInterrupt, 24, 24)

const rpy_tb_loc rpy_tb_locs[] = {
    {"prog.py", "main", "return f(x)", 12},
    {"prog.py", "f", "return 1 // x", 5},
    {"prog.py", "<module>", "", 20},
};
