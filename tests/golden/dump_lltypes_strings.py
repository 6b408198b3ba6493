# RUN: rpyc --stop-after rtype --dump lltypes %s
# String concatenation, str() and % formatting after rtyping.


def describe(n):
    s = 'n=' + str(n)
    if n % 2 == 0:
        s = s + ' even'
    return s


def main(argv):
    for i in range(3):
        print(describe(i), "%5d|%x" % (i, i * 255))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph pyfn_main_0(Ptr(List(Ptr(Str)))) -> Signed
# block0(argv_0: Ptr(List(Ptr(Str)))):
#     -> block2(0, argv_0)
# block1(v1: Signed) (return):
# block2(v2: Signed, argv_3: Ptr(List(Ptr(Str)))):
#     v4: Bool = int_range_cond(v2, 3, 1)
#     exitswitch v4
#     False: -> block3(v2, argv_3)
#     True: -> block4(v2, argv_3)
# block3(v5: Signed, argv_6: Ptr(List(Ptr(Str)))):
#     -> block1(0)
# block4(i_7: Signed, argv_8: Ptr(List(Ptr(Str)))):
#     v9: Signed = int_add_sat(i_7, 1)
#     v10: Ptr(Str) = direct_call pyfn_describe_1(i_7)
#     v11: Bool = exc_occurred()
#     exitswitch v11
#     False: -> block6(i_7, v10, v9, argv_8)
#     True: -> block5(i32 0)
# block5(tbloc_12: Int32):
#     rt_call rpy_traceback_add(tbloc_12)
#     -> block1(0)
# block6(i_13: Signed, v14: Ptr(Str), v15: Signed, argv_16: Ptr(List(Ptr(Str)))):
#     v17: Bool = int_mul_ovf_check(i_13, 255)
#     exitswitch v17
#     False: -> block7(i_13, v14, v15, argv_16)
#     True: -> block8()
# block7(i_18: Signed, v19: Ptr(Str), v20: Signed, argv_21: Ptr(List(Ptr(Str)))):
#     v22: Signed = int_mul(i_18, 255)
#     v23: Ptr(Tuple(Signed, Signed)) = malloc_tuple()
#     setfield #0(v23, i_18)
#     setfield #1(v23, v22)
#     v24: Signed = getfield #0(v23)
#     v25: Signed = getfield #1(v23)
#     v26: Ptr(Str) = rt_call rpy_format_int(v24, i32 0, i32 5, i32 -1, i32 100)
#     v27: Ptr(Str) = rt_call rpy_format_int(v25, i32 0, i32 -1, i32 -1, i32 120)
#     v28: Ptr(Str) = str_join(v26, "|", v27)
#     rt_call rpy_write_str(v19)
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_str(v28)
#     rt_call rpy_write_str("\n")
#     same_as(void)
#     -> block2(v20, argv_21)
# block8():
#     raise_builtin OverflowError "integer overflow"()
#     -> block5(i32 0)
#
# graph pyfn_describe_1(Signed) -> Ptr(Str)
# block0(n_0: Signed):
#     v1: Ptr(Str) = rt_call rpy_str_from_int(n_0)
#     s_2: Ptr(Str) = rt_call rpy_str_concat("n=", v1)
#     v3: Signed = rt_call rpy_int_mod(n_0, 2)
#     v4: Bool = exc_occurred()
#     exitswitch v4
#     False: -> block6(v3, n_0, s_2)
#     True: -> block5(i32 1)
# block1(v5: Ptr(Str)) (return):
# block2(n_6: Signed, s_7: Ptr(Str)):
#     s_8: Ptr(Str) = rt_call rpy_str_concat(s_7, " even")
#     -> block4(n_6, s_8)
# block3(n_9: Signed, s_10: Ptr(Str)):
#     -> block4(n_9, s_10)
# block4(n_11: Signed, s_12: Ptr(Str)):
#     -> block1(s_12)
# block5(tbloc_13: Int32):
#     rt_call rpy_traceback_add(tbloc_13)
#     -> block1("")
# block6(v14: Signed, n_15: Signed, s_16: Ptr(Str)):
#     v17: Bool = int_eq(v14, 0)
#     exitswitch v17
#     False: -> block3(n_15, s_16)
#     True: -> block2(n_15, s_16)
#
# exit: 0
