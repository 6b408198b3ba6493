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
#     -> block3(False, False, 0, limit_0, 0, <undefined>, <undefined>, limit_0)
# block1(v1) (return):
# block2(etype_2, evalue_3) (except):
# block3(v4, v5, v6, v7, found_8, i_9, j_10, limit_11):
#     v12 = range_cond(v6, v7, 1)
#     exitswitch v12
#     False: -> block4(v4, v5, v6, v7, found_8, i_9, j_10, limit_11)
#     True: -> block5(v4, v5, v6, v7, found_8, i_9, j_10, limit_11)
# block4(v13, v14, v15, v16, found_17, i_18, j_19, limit_20):
#     -> block1(found_17)
# block5(v21, v22, i_23, v24, found_25, i_26, j_27, limit_28):
#     v29 = range_advance(i_23, 1)
#     v30 = mod(i_23, 2)
#     v31 = eq(v30, 0)
#     v32 = bool_(v31)
#     exitswitch v32
#     False: -> block7(v31, v22, i_23, v29, v24, found_25, i_23, j_27, limit_28)
#     True: -> block6(v31, v22, i_23, v29, v24, found_25, i_23, j_27, limit_28)
# block6(v33, v34, v35, v36, v37, found_38, i_39, j_40, limit_41):
#     v42 = gt(i_39, 2)
#     -> block7(v42, v34, v35, v36, v37, found_38, i_39, j_40, limit_41)
# block7(v43, v44, v45, v46, v47, found_48, i_49, j_50, limit_51):
#     v52 = bool_(v43)
#     exitswitch v52
#     False: -> block9(v44, v45, v46, v47, found_48, i_49, j_50, limit_51)
#     True: -> block8(v44, v45, v46, v47, found_48, i_49, j_50, limit_51)
# block8(v53, v54, v55, v56, found_57, i_58, j_59, limit_60):
#     -> block3(True, v53, v55, v56, found_57, i_58, j_59, limit_60)
# block9(v61, v62, v63, v64, found_65, i_66, j_67, limit_68):
#     -> block10(v62, v63, 1, v64, found_65, i_66, 0, limit_68)
# block10(v69, v70, v71, v72, found_73, i_74, j_75, limit_76):
#     v77 = lt(j_75, i_74)
#     v78 = bool_(v77)
#     exitswitch v78
#     False: -> block11(v69, v70, v71, v72, found_73, i_74, j_75, limit_76)
#     True: -> block12(v69, v70, v71, v72, found_73, i_74, j_75, limit_76)
# block11(v79, v80, v81, v82, found_83, i_84, j_85, limit_86):
#     -> block17(v79, v80, v81, v82, found_83, i_84, j_85, limit_86)
# block12(v87, v88, v89, v90, found_91, i_92, j_93, limit_94):
#     v95 = mul(i_92, j_93)
#     v96 = gt(v95, 20)
#     v97 = bool_(v96)
#     exitswitch v97
#     False: -> block13(v96, v87, v88, v89, v90, found_91, i_92, j_93, limit_94)
#     True: -> block14(v96, v87, v88, v89, v90, found_91, i_92, j_93, limit_94)
# block13(v98, v99, v100, v101, v102, found_103, i_104, j_105, limit_106):
#     v107 = eq(j_105, 7)
#     -> block14(v107, v99, v100, v101, v102, found_103, i_104, j_105, limit_106)
# block14(v108, v109, v110, v111, v112, found_113, i_114, j_115, limit_116):
#     v117 = bool_(v108)
#     exitswitch v117
#     False: -> block16(v109, v110, v111, v112, found_113, i_114, j_115, limit_116)
#     True: -> block15(v109, v110, v111, v112, found_113, i_114, j_115, limit_116)
# block15(v118, v119, v120, v121, found_122, i_123, j_124, limit_125):
#     -> block17(v118, v119, v120, v121, found_122, i_123, j_124, limit_125)
# block16(v126, v127, v128, v129, found_130, i_131, j_132, limit_133):
#     j_134 = add(j_132, 1)
#     -> block10(v126, v127, v128, v129, found_130, i_131, j_134, limit_133)
# block17(v135, v136, v137, v138, found_139, i_140, j_141, limit_142):
#     found_143 = add(found_139, j_141)
#     -> block3(True, True, v136, v138, found_143, i_140, j_141, limit_142)
#
# exit: 0
