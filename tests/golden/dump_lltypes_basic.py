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
#     -> block2(0, 0)
# block1(v1: Signed) (return):
# block2(v2: Signed, total_3: Signed):
#     v4: Bool = int_range_cond(v2, 10, 1)
#     exitswitch v4
#     False: -> block3(total_3)
#     True: -> block4(v2, total_3)
# block3(total_5: Signed):
#     m_6: Float = direct_call pyfn_mean_1(total_5, 10)
#     v7: Bool = exc_occurred()
#     exitswitch v7
#     False: -> block6(m_6)
#     True: -> block5(i32 0)
# block4(i_8: Signed, total_9: Signed):
#     v10: Signed = int_add_sat(i_8, 1)
#     v11: Bool = int_mul_ovf_check(i_8, i_8)
#     exitswitch v11
#     False: -> block7(i_8, total_9, v10)
#     True: -> block8()
# block5(tbloc_12: Int32):
#     rt_call rpy_traceback_add(tbloc_12)
#     -> block1(0)
# block6(m_13: Float):
#     v14: Bool = float_gt(m_13, 20)
#     rt_call rpy_write_str("mean")
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_float(m_13)
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_bool(v14)
#     rt_call rpy_write_str("\n")
#     same_as(void)
#     -> block1(0)
# block7(i_15: Signed, total_16: Signed, v17: Signed):
#     v18: Signed = int_mul(i_15, i_15)
#     v19: Bool = int_add_ovf_check(total_16, v18)
#     exitswitch v19
#     False: -> block9(total_16, v18, v17)
#     True: -> block10()
# block8():
#     raise_builtin OverflowError "integer overflow"()
#     -> block5(i32 1)
# block9(total_20: Signed, v21: Signed, v22: Signed):
#     total_23: Signed = int_add(total_20, v21)
#     -> block2(v22, total_23)
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
