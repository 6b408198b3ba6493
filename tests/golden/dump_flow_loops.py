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
# block2(etype_4, evalue_5) (except):
#
# graph search at tests/golden/dump_flow_loops.py:5:1
# block0(limit_0):
#     -> block3(0, limit_0, 0, limit_0)
# block1(v1) (return):
# block2(etype_2, evalue_3) (except):
# block3(v4, v5, found_6, limit_7):
#     v8 = range_cond(v4, v5, 1)
#     exitswitch v8
#     False: -> block4(v4, v5, found_6, limit_7)
#     True: -> block5(v4, v5, found_6, limit_7)
# block4(v9, v10, found_11, limit_12):
#     -> block1(found_11)
# block5(i_13, v14, found_15, limit_16):
#     v17 = range_advance(i_13, 1)
#     v18 = mod(i_13, 2)
#     v19 = eq(v18, 0)
#     v20 = bool_(v19)
#     exitswitch v20
#     False: -> block7(v19, i_13, v17, v14, found_15, i_13, limit_16)
#     True: -> block6(v19, i_13, v17, v14, found_15, i_13, limit_16)
# block6(v21, v22, v23, v24, found_25, i_26, limit_27):
#     v28 = gt(i_26, 2)
#     -> block7(v28, v22, v23, v24, found_25, i_26, limit_27)
# block7(v29, v30, v31, v32, found_33, i_34, limit_35):
#     v36 = bool_(v29)
#     exitswitch v36
#     False: -> block9(v30, v31, v32, found_33, i_34, limit_35)
#     True: -> block8(v30, v31, v32, found_33, i_34, limit_35)
# block8(v37, v38, v39, found_40, i_41, limit_42):
#     -> block3(v38, v39, found_40, limit_42)
# block9(v43, v44, v45, found_46, i_47, limit_48):
#     -> block10(v43, v44, 1, v45, found_46, i_47, 0, limit_48)
# block10(v49, v50, v51, v52, found_53, i_54, j_55, limit_56):
#     v57 = lt(j_55, i_54)
#     v58 = bool_(v57)
#     exitswitch v58
#     False: -> block11(v49, v50, v51, v52, found_53, i_54, j_55, limit_56)
#     True: -> block12(v49, v50, v51, v52, found_53, i_54, j_55, limit_56)
# block11(v59, v60, v61, v62, found_63, i_64, j_65, limit_66):
#     -> block17(v59, v60, v61, v62, found_63, i_64, j_65, limit_66)
# block12(v67, v68, v69, v70, found_71, i_72, j_73, limit_74):
#     v75 = mul(i_72, j_73)
#     v76 = gt(v75, 20)
#     v77 = bool_(v76)
#     exitswitch v77
#     False: -> block13(v76, v67, v68, v69, v70, found_71, i_72, j_73, limit_74)
#     True: -> block14(v76, v67, v68, v69, v70, found_71, i_72, j_73, limit_74)
# block13(v78, v79, v80, v81, v82, found_83, i_84, j_85, limit_86):
#     v87 = eq(j_85, 7)
#     -> block14(v87, v79, v80, v81, v82, found_83, i_84, j_85, limit_86)
# block14(v88, v89, v90, v91, v92, found_93, i_94, j_95, limit_96):
#     v97 = bool_(v88)
#     exitswitch v97
#     False: -> block16(v89, v90, v91, v92, found_93, i_94, j_95, limit_96)
#     True: -> block15(v89, v90, v91, v92, found_93, i_94, j_95, limit_96)
# block15(v98, v99, v100, v101, found_102, i_103, j_104, limit_105):
#     -> block17(v98, v99, v100, v101, found_102, i_103, j_104, limit_105)
# block16(v106, v107, v108, v109, found_110, i_111, j_112, limit_113):
#     j_114 = add(j_112, 1)
#     -> block10(v106, v107, v108, v109, found_110, i_111, j_114, limit_113)
# block17(v115, v116, v117, v118, found_119, i_120, j_121, limit_122):
#     found_123 = add(found_119, j_121)
#     -> block3(v116, v118, found_123, limit_122)
#
# exit: 0
