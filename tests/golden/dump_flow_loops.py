# RUN: rpyc --stop-after flow --dump flow %s
# break and continue in nested loops, and short-circuit conditions.


def search(limit):
    found = 0
    for i in range(limit):
        if i % 2 == 0 and i > 2:
            continue
        j = 0
        while j < i:
            if i * j > 20 or j == 7:
                break
            j = j + 1
        found = found + j
    return found


def main(argv):
    print(search(12))
    return 0


def target(*args):
    return main, None
# ---- expected output ----
# graph main at tests/golden/dump_flow_loops.py:19:1
# block0(argv_0):
#     v1 = call(<dump_flow_loops.search>, 12)
#     v2 = call(<print>, v1)
#     -> block1(0)
# block1(v3) (return):
# block2(evalue_4) (except):
#
# graph search at tests/golden/dump_flow_loops.py:5:1
# block0(limit_0):
#     -> block3(0, limit_0, 0)
# block1(v1) (return):
# block2(evalue_2) (except):
# block3(v3, v4, found_5):
#     v6 = range_cond(v3, v4, 1)
#     exitswitch v6
#     False: -> block4(found_5)
#     True: -> block5(v3, v4, found_5)
# block4(found_7):
#     -> block1(found_7)
# block5(i_8, v9, found_10):
#     v11 = range_advance(i_8, 1)
#     v12 = mod(i_8, 2)
#     v13 = eq(v12, 0)
#     v14 = bool_(v13)
#     exitswitch v14
#     False: -> block7(v14, v11, v9, found_10, i_8)
#     True: -> block6(v11, v9, found_10, i_8)
# block6(v15, v16, found_17, i_18):
#     v19 = gt(i_18, 2)
#     v20 = bool_(v19)
#     -> block7(v20, v15, v16, found_17, i_18)
# block7(v21, v22, v23, found_24, i_25):
#     exitswitch v21
#     False: -> block9(v22, v23, found_24, i_25)
#     True: -> block8(v22, v23, found_24)
# block8(v26, v27, found_28):
#     -> block3(v26, v27, found_28)
# block9(v29, v30, found_31, i_32):
#     -> block10(v29, v30, found_31, i_32, 0)
# block10(v33, v34, found_35, i_36, j_37):
#     v38 = lt(j_37, i_36)
#     v39 = bool_(v38)
#     exitswitch v39
#     False: -> block11(v33, v34, found_35, j_37)
#     True: -> block12(v33, v34, found_35, i_36, j_37)
# block11(v40, v41, found_42, j_43):
#     -> block17(v40, v41, found_42, j_43)
# block12(v44, v45, found_46, i_47, j_48):
#     v49 = mul(i_47, j_48)
#     v50 = gt(v49, 20)
#     v51 = bool_(v50)
#     exitswitch v51
#     False: -> block13(v44, v45, found_46, i_47, j_48)
#     True: -> block14(v51, v44, v45, found_46, i_47, j_48)
# block13(v52, v53, found_54, i_55, j_56):
#     v57 = eq(j_56, 7)
#     v58 = bool_(v57)
#     -> block14(v58, v52, v53, found_54, i_55, j_56)
# block14(v59, v60, v61, found_62, i_63, j_64):
#     exitswitch v59
#     False: -> block16(v60, v61, found_62, i_63, j_64)
#     True: -> block15(v60, v61, found_62, j_64)
# block15(v65, v66, found_67, j_68):
#     -> block17(v65, v66, found_67, j_68)
# block16(v69, v70, found_71, i_72, j_73):
#     j_74 = add(j_73, 1)
#     -> block10(v69, v70, found_71, i_72, j_74)
# block17(v75, v76, found_77, j_78):
#     found_79 = add(found_77, j_78)
#     -> block3(v75, v76, found_79)
#
# exit: 0
