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
#     -> block3(False, False, 0, limit_0, 0, <undefined>, <undefined>, limit_0)
# block1(v1) (return):
# block2(evalue_2) (except):
# block3(v3, v4, v5, v6, found_7, i_8, j_9, limit_10):
#     v11 = range_cond(v5, v6, 1)
#     exitswitch v11
#     False: -> block4(v3, v4, v5, v6, found_7, i_8, j_9, limit_10)
#     True: -> block5(v3, v4, v5, v6, found_7, i_8, j_9, limit_10)
# block4(v12, v13, v14, v15, found_16, i_17, j_18, limit_19):
#     -> block1(found_16)
# block5(v20, v21, i_22, v23, found_24, i_25, j_26, limit_27):
#     v28 = range_advance(i_22, 1)
#     v29 = mod(i_22, 2)
#     v30 = eq(v29, 0)
#     v31 = bool_(v30)
#     exitswitch v31
#     False: -> block7(v31, v21, i_22, v28, v23, found_24, i_22, j_26, limit_27)
#     True: -> block6(v31, v21, i_22, v28, v23, found_24, i_22, j_26, limit_27)
# block6(v32, v33, v34, v35, v36, found_37, i_38, j_39, limit_40):
#     v41 = gt(i_38, 2)
#     v42 = bool_(v41)
#     -> block7(v42, v33, v34, v35, v36, found_37, i_38, j_39, limit_40)
# block7(v43, v44, v45, v46, v47, found_48, i_49, j_50, limit_51):
#     exitswitch v43
#     False: -> block9(v44, v45, v46, v47, found_48, i_49, j_50, limit_51)
#     True: -> block8(v44, v45, v46, v47, found_48, i_49, j_50, limit_51)
# block8(v52, v53, v54, v55, found_56, i_57, j_58, limit_59):
#     -> block3(True, v52, v54, v55, found_56, i_57, j_58, limit_59)
# block9(v60, v61, v62, v63, found_64, i_65, j_66, limit_67):
#     -> block10(v61, v62, 1, v63, found_64, i_65, 0, limit_67)
# block10(v68, v69, v70, v71, found_72, i_73, j_74, limit_75):
#     v76 = lt(j_74, i_73)
#     v77 = bool_(v76)
#     exitswitch v77
#     False: -> block11(v68, v69, v70, v71, found_72, i_73, j_74, limit_75)
#     True: -> block12(v68, v69, v70, v71, found_72, i_73, j_74, limit_75)
# block11(v78, v79, v80, v81, found_82, i_83, j_84, limit_85):
#     -> block17(v78, v79, v80, v81, found_82, i_83, j_84, limit_85)
# block12(v86, v87, v88, v89, found_90, i_91, j_92, limit_93):
#     v94 = mul(i_91, j_92)
#     v95 = gt(v94, 20)
#     v96 = bool_(v95)
#     exitswitch v96
#     False: -> block13(v96, v86, v87, v88, v89, found_90, i_91, j_92, limit_93)
#     True: -> block14(v96, v86, v87, v88, v89, found_90, i_91, j_92, limit_93)
# block13(v97, v98, v99, v100, v101, found_102, i_103, j_104, limit_105):
#     v106 = eq(j_104, 7)
#     v107 = bool_(v106)
#     -> block14(v107, v98, v99, v100, v101, found_102, i_103, j_104, limit_105)
# block14(v108, v109, v110, v111, v112, found_113, i_114, j_115, limit_116):
#     exitswitch v108
#     False: -> block16(v109, v110, v111, v112, found_113, i_114, j_115, limit_116)
#     True: -> block15(v109, v110, v111, v112, found_113, i_114, j_115, limit_116)
# block15(v117, v118, v119, v120, found_121, i_122, j_123, limit_124):
#     -> block17(v117, v118, v119, v120, found_121, i_122, j_123, limit_124)
# block16(v125, v126, v127, v128, found_129, i_130, j_131, limit_132):
#     j_133 = add(j_131, 1)
#     -> block10(v125, v126, v127, v128, found_129, i_130, j_133, limit_132)
# block17(v134, v135, v136, v137, found_138, i_139, j_140, limit_141):
#     found_142 = add(found_138, j_140)
#     -> block3(True, True, v135, v137, found_142, i_139, j_140, limit_141)
#
# exit: 0
