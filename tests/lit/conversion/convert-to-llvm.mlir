// RUN: pymlir-opt %s -convert-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -convert-to-llvm=dynamic=1 | FileCheck %s
// RUN: pymlir-opt %s -convert-to-llvm=allow-pattern-rollback=0 | FileCheck %s
// RUN: pymlir-opt %s -convert-to-llvm=filter-dialects=arith | FileCheck %s --check-prefix=ARITH
// RUN: pymlir-opt %s '-convert-to-llvm=filter-dialects=index,func' | FileCheck %s --check-prefix=INDEX-FUNC
// RUN: not pymlir-opt %s -convert-to-llvm=filter-dialects=scf 2>&1 | FileCheck %s --check-prefix=NOT-LOADED
// RUN: not pymlir-opt %s -convert-to-llvm=filter-dialects=builtin 2>&1 | FileCheck %s --check-prefix=NO-IFACE

/// Every loaded dialect with a conversion interface (arith, func, index, ub) in one
/// conversion; dynamic takes the dialects of the IR's ops, the same here. With
/// filter-dialects only those dialects' patterns run.
// CHECK-LABEL: llvm.func @f
//  CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i64) -> !llvm.struct<(i32, i64)>
//       CHECK:   %[[X:.*]] = llvm.add %[[A]], %[[A]] : i32
//       CHECK:   %[[Y:.*]] = llvm.add %[[B]], %[[B]] : i64
//       CHECK:   llvm.mlir.poison : i32
//       CHECK:   %[[S:.*]] = llvm.mlir.poison : !llvm.struct<(i32, i64)>
//       CHECK:   %[[S0:.*]] = llvm.insertvalue %[[X]], %[[S]][0] : !llvm.struct<(i32, i64)>
//       CHECK:   %[[S1:.*]] = llvm.insertvalue %[[Y]], %[[S0]][1] : !llvm.struct<(i32, i64)>
//       CHECK:   llvm.return %[[S1]] : !llvm.struct<(i32, i64)>
// ARITH-LABEL: func.func @f
//       ARITH:   llvm.add %{{.*}}, %{{.*}} : i32
//       ARITH:   index.add
//       ARITH:   ub.poison : i32
//       ARITH:   return
// INDEX-FUNC-LABEL: llvm.func @f
//       INDEX-FUNC:   arith.addi %{{.*}}, %{{.*}} : i32
//       INDEX-FUNC:   llvm.add %{{.*}}, %{{.*}} : i64
//       INDEX-FUNC:   ub.poison : i32
//       INDEX-FUNC:   llvm.return
// NOT-LOADED: <unknown>:0: error: dialect not loaded: scf
// NO-IFACE: <unknown>:0: error: dialect does not implement ConvertToLLVMPatternInterface: builtin
func.func @f(%a: i32, %b: index) -> (i32, index) {
  %0 = arith.addi %a, %a : i32
  %1 = index.add %b, %b
  %2 = ub.poison : i32
  return %0, %1 : i32, index
}
