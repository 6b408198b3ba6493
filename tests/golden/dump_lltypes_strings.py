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
#     -> block2(0)
# block1(v1: Signed) (return):
# block2(v2: Signed):
#     v3: Bool = int_range_cond(v2, 3, 1)
#     exitswitch v3
#     False: -> block3()
#     True: -> block4(v2)
# block3():
#     -> block1(0)
# block4(i_4: Signed):
#     v5: Signed = int_add_sat(i_4, 1)
#     v6: Ptr(Str) = direct_call pyfn_describe_1(i_4)
#     v7: Bool = exc_occurred()
#     exitswitch v7
#     False: -> block6(i_4, v6, v5)
#     True: -> block5(i32 0)
# block5(tbloc_8: Int32):
#     rt_call rpy_traceback_add(tbloc_8)
#     -> block1(0)
# block6(i_9: Signed, v10: Ptr(Str), v11: Signed):
#     v12: Bool = int_mul_ovf_check(i_9, 255)
#     exitswitch v12
#     False: -> block7(i_9, v10, v11)
#     True: -> block8()
# block7(i_13: Signed, v14: Ptr(Str), v15: Signed):
#     v16: Signed = int_mul(i_13, 255)
#     v17: Ptr(Tuple(Signed, Signed)) = malloc_tuple()
#     setfield #0(v17, i_13)
#     setfield #1(v17, v16)
#     v18: Signed = getfield #0(v17)
#     v19: Signed = getfield #1(v17)
#     v20: Ptr(Str) = rt_call rpy_format_int(v18, i32 0, i32 5, i32 -1, i32 100)
#     v21: Ptr(Str) = rt_call rpy_format_int(v19, i32 0, i32 -1, i32 -1, i32 120)
#     v22: Ptr(Str) = str_join(v20, "|", v21)
#     rt_call rpy_write_str(v14)
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_str(v22)
#     rt_call rpy_write_str("\n")
#     same_as(void)
#     -> block2(v15)
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
#     False: -> block6(v3, s_2)
#     True: -> block5(i32 1)
# block1(v5: Ptr(Str)) (return):
# block2(s_6: Ptr(Str)):
#     s_7: Ptr(Str) = rt_call rpy_str_concat(s_6, " even")
#     -> block4(s_7)
# block3(s_8: Ptr(Str)):
#     -> block4(s_8)
# block4(s_9: Ptr(Str)):
#     -> block1(s_9)
# block5(tbloc_10: Int32):
#     rt_call rpy_traceback_add(tbloc_10)
#     -> block1("")
# block6(v11: Signed, s_12: Ptr(Str)):
#     v13: Bool = int_eq(v11, 0)
#     exitswitch v13
#     False: -> block3(s_12)
#     True: -> block2(s_12)
#
# exit: 0
