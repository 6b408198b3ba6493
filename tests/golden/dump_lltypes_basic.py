# RUN: rpyc --stop-after rtype --dump lltypes %s
# Low-level types after rtyping: Signed, Float, Bool, string pointers.


def mean(total, count):
    return total / count


def main(argv):
    total = 0
    for i in range(10):
        total = total + i * i
    m = mean(total, 10)
    print('mean', m, m > 20.0)
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph pyfn_main_0(Ptr(List(Ptr(Str)))) -> Signed
# block0(argv_0: Ptr(List(Ptr(Str)))):
#     -> block2(0, argv_0, 0)
# block1(v1: Signed) (return):
# block2(v2: Signed, argv_3: Ptr(List(Ptr(Str))), total_4: Signed):
#     v5: Bool = int_range_cond(v2, 10, 1)
#     exitswitch v5
#     False: -> block3(v2, argv_3, total_4)
#     True: -> block4(v2, argv_3, total_4)
# block3(v6: Signed, argv_7: Ptr(List(Ptr(Str))), total_8: Signed):
#     m_9: Float = direct_call pyfn_mean_1(total_8, 10)
#     v10: Bool = exc_occurred()
#     exitswitch v10
#     False: -> block6(m_9)
#     True: -> block5(i32 0)
# block4(i_11: Signed, argv_12: Ptr(List(Ptr(Str))), total_13: Signed):
#     v14: Signed = int_add_sat(i_11, 1)
#     v15: Bool = int_mul_ovf_check(i_11, i_11)
#     exitswitch v15
#     False: -> block7(i_11, total_13, v14, argv_12)
#     True: -> block8()
# block5(tbloc_16: Int32):
#     rt_call rpy_traceback_add(tbloc_16)
#     -> block1(0)
# block6(m_17: Float):
#     v18: Bool = float_gt(m_17, 20)
#     rt_call rpy_write_str("mean")
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_float(m_17)
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_bool(v18)
#     rt_call rpy_write_str("\n")
#     same_as(void)
#     -> block1(0)
# block7(i_19: Signed, total_20: Signed, v21: Signed, argv_22: Ptr(List(Ptr(Str)))):
#     v23: Signed = int_mul(i_19, i_19)
#     v24: Bool = int_add_ovf_check(total_20, v23)
#     exitswitch v24
#     False: -> block9(total_20, v23, v21, argv_22)
#     True: -> block10()
# block8():
#     raise_builtin OverflowError "integer overflow"()
#     -> block5(i32 1)
# block9(total_25: Signed, v26: Signed, v27: Signed, argv_28: Ptr(List(Ptr(Str)))):
#     total_29: Signed = int_add(total_25, v26)
#     -> block2(v27, argv_28, total_29)
# block10():
#     raise_builtin OverflowError "integer overflow"()
#     -> block5(i32 1)
#
# graph pyfn_mean_1(Signed, Signed) -> Float
# block0(total_0: Signed, count_1: Signed):
#     v2: Float = cast_int_to_float(total_0)
#     v3: Float = cast_int_to_float(count_1)
#     v4: Float = rt_call rpy_int_truediv(total_0, count_1)
#     v5: Bool = exc_occurred()
#     exitswitch v5
#     False: -> block3(v4)
#     True: -> block2(i32 2)
# block1(v6: Float) (return):
# block2(tbloc_7: Int32):
#     rt_call rpy_traceback_add(tbloc_7)
#     -> block1(0)
# block3(v8: Float):
#     -> block1(v8)
#
# exit: 0
