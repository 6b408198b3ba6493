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

/* Preorder numbering of the tree in builtin_exceptions.def (NameError and
 * UnboundLocalError left out: rtlib never raises them):
 *   BaseException 0..25
 *     Exception 1..23
 *       ArithmeticError 2..4 (ZeroDivisionError 3, OverflowError 4)
 *       LookupError 5..7 (IndexError 6, KeyError 7)
 *       ValueError 8..10 (UnicodeError 9..10 (UnicodeDecodeError 10))
 *       TypeError 11, AssertionError 12, AttributeError 13, StopIteration 14
 *       RuntimeError 15..17 (NotImplementedError 16, RecursionError 17)
 *       MemoryError 18, OSError 19..22 (FileNotFoundError 20,
 *       PermissionError 21, IsADirectoryError 22), EOFError 23
 *     SystemExit 24, KeyboardInterrupt 25 */
#define VT(Name, id, max)       \
  NAME_STR(name_##Name, #Name); \
  const rpy_vtable rpy_vt_##Name = {id, max, (const rpy_str*)&name_##Name};

VT(BaseException, 0, 25)
VT(Exception, 1, 23)
VT(ArithmeticError, 2, 4)
VT(ZeroDivisionError, 3, 3)
VT(OverflowError, 4, 4)
VT(LookupError, 5, 7)
VT(IndexError, 6, 6)
VT(KeyError, 7, 7)
VT(ValueError, 8, 10)
VT(UnicodeError, 9, 10)
VT(UnicodeDecodeError, 10, 10)
VT(TypeError, 11, 11)
VT(AssertionError, 12, 12)
VT(AttributeError, 13, 13)
VT(StopIteration, 14, 14)
VT(RuntimeError, 15, 17)
VT(NotImplementedError, 16, 16)
VT(RecursionError, 17, 17)
VT(MemoryError, 18, 18)
VT(OSError, 19, 22)
VT(FileNotFoundError, 20, 20)
VT(PermissionError, 21, 21)
VT(IsADirectoryError, 22, 22)
VT(EOFError, 23, 23)
VT(SystemExit, 24, 24)
VT(KeyboardInterrupt, 25, 25)

const rpy_tb_loc rpy_tb_locs[] = {
    {"prog.py", "main", "return f(x)", 12},
    {"prog.py", "f", "return 1 // x", 5},
    {"prog.py", "<module>", "", 20},
};
