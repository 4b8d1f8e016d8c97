// RUN: pymlir-opt %s -convert-ub-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -convert-ub-to-llvm=index-bitwidth=32 | FileCheck %s --check-prefix=I32

/// ub.poison becomes llvm.mlir.poison of the converted type (index of the index
/// bitwidth, a memref its descriptor); ub.unreachable becomes llvm.unreachable.
// CHECK-LABEL: func.func @p
//       CHECK:   %[[A:.*]] = llvm.mlir.poison : i32
//       CHECK:   %[[B:.*]] = llvm.mlir.poison : i64
//       CHECK:   %[[BI:.*]] = builtin.unrealized_conversion_cast %[[B]] : i64 to index
//       CHECK:   %[[C:.*]] = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
//       CHECK:   %[[CM:.*]] = builtin.unrealized_conversion_cast %[[C]] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<2xf32>
//       CHECK:   llvm.cond_br
//       CHECK:   llvm.unreachable
//       CHECK:   return %[[A]], %[[BI]], %[[CM]]
// I32-LABEL: func.func @p
//       I32:   llvm.mlir.poison : i32
//       I32:   %[[B:.*]] = llvm.mlir.poison : i32
//       I32:   builtin.unrealized_conversion_cast %[[B]] : i32 to index
func.func @p(%c: i1) -> (i32, index, memref<2xf32>) {
  %0 = ub.poison : i32
  %1 = ub.poison : index
  %2 = ub.poison : memref<2xf32>
  llvm.cond_br %c, ^a, ^b
^a:
  ub.unreachable
^b:
  return %0, %1, %2 : i32, index, memref<2xf32>
}
