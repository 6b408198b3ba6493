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
#     -> block2(false, 0, argv_0, 0)
# block1(v1: Signed) (return):
# block2(v2: Bool, v3: Signed, argv_4: Ptr(List(Ptr(Str))), i_5: Signed):
#     v6: Bool = int_range_cond(v3, 3, 1)
#     exitswitch v6
#     False: -> block3(v2, v3, argv_4, i_5)
#     True: -> block4(v2, v3, argv_4, i_5)
# block3(v7: Bool, v8: Signed, argv_9: Ptr(List(Ptr(Str))), i_10: Signed):
#     -> block1(0)
# block4(v11: Bool, i_12: Signed, argv_13: Ptr(List(Ptr(Str))), i_14: Signed):
#     v15: Signed = int_add_sat(i_12, 1)
#     v16: Ptr(Str) = direct_call pyfn_describe_1(i_12)
#     v17: Bool = exc_occurred()
#     exitswitch v17
#     False: -> block6(i_12, v16, v15, argv_13)
#     True: -> block5(i32 0)
# block5(tbloc_18: Int32):
#     rt_call rpy_traceback_add(tbloc_18)
#     -> block1(0)
# block6(i_19: Signed, v20: Ptr(Str), v21: Signed, argv_22: Ptr(List(Ptr(Str)))):
#     v23: Bool = int_mul_ovf_check(i_19, 255)
#     exitswitch v23
#     False: -> block7(i_19, v20, v21, argv_22)
#     True: -> block8()
# block7(i_24: Signed, v25: Ptr(Str), v26: Signed, argv_27: Ptr(List(Ptr(Str)))):
#     v28: Signed = int_mul(i_24, 255)
#     v29: Ptr(Tuple(Signed, Signed)) = malloc_tuple()
#     setfield #0(v29, i_24)
#     setfield #1(v29, v28)
#     v30: Signed = getfield #0(v29)
#     v31: Signed = getfield #1(v29)
#     v32: Ptr(Str) = rt_call rpy_format_int(v30, i32 0, i32 5, i32 -1, i32 100)
#     v33: Ptr(Str) = rt_call rpy_format_int(v31, i32 0, i32 -1, i32 -1, i32 120)
#     v34: Ptr(Str) = str_join(v32, "|", v33)
#     rt_call rpy_write_str(v25)
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_str(v34)
#     rt_call rpy_write_str("\n")
#     same_as(void)
#     -> block2(true, v26, argv_27, i_24)
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
