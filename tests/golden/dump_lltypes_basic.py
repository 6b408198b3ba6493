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
#     -> block2(false, 0, argv_0, 0, 0)
# block1(v1: Signed) (return):
# block2(v2: Bool, v3: Signed, argv_4: Ptr(List(Ptr(Str))), i_5: Signed, total_6: Signed):
#     v7: Bool = int_range_cond(v3, 10, 1)
#     exitswitch v7
#     False: -> block3(v2, v3, argv_4, i_5, total_6)
#     True: -> block4(v2, v3, argv_4, i_5, total_6)
# block3(v8: Bool, v9: Signed, argv_10: Ptr(List(Ptr(Str))), i_11: Signed, total_12: Signed):
#     m_13: Float = direct_call pyfn_mean_1(total_12, 10)
#     v14: Bool = exc_occurred()
#     exitswitch v14
#     False: -> block6(m_13)
#     True: -> block5(i32 0)
# block4(v15: Bool, i_16: Signed, argv_17: Ptr(List(Ptr(Str))), i_18: Signed, total_19: Signed):
#     v20: Signed = int_add_sat(i_16, 1)
#     v21: Bool = int_mul_ovf_check(i_16, i_16)
#     exitswitch v21
#     False: -> block7(i_16, total_19, v20, argv_17)
#     True: -> block8()
# block5(tbloc_22: Int32):
#     rt_call rpy_traceback_add(tbloc_22)
#     -> block1(0)
# block6(m_23: Float):
#     v24: Bool = float_gt(m_23, 20)
#     rt_call rpy_write_str("mean")
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_float(m_23)
#     rt_call rpy_write_str(" ")
#     rt_call rpy_write_bool(v24)
#     rt_call rpy_write_str("\n")
#     same_as(void)
#     -> block1(0)
# block7(i_25: Signed, total_26: Signed, v27: Signed, argv_28: Ptr(List(Ptr(Str)))):
#     v29: Signed = int_mul(i_25, i_25)
#     v30: Bool = int_add_ovf_check(total_26, v29)
#     exitswitch v30
#     False: -> block9(total_26, v29, v27, argv_28, i_25)
#     True: -> block10()
# block8():
#     raise_builtin OverflowError "integer overflow"()
#     -> block5(i32 1)
# block9(total_31: Signed, v32: Signed, v33: Signed, argv_34: Ptr(List(Ptr(Str))), i_35: Signed):
#     total_36: Signed = int_add(total_31, v32)
#     -> block2(true, v33, argv_34, i_35, total_36)
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
