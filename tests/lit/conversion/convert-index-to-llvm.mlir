// RUN: pymlir-opt %s -split-input-file -convert-index-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -convert-index-to-llvm=index-bitwidth=32 | FileCheck %s --check-prefix=I32

/// index ops compute on integers of the index bitwidth.
// CHECK-LABEL: func.func @ops
//  CHECK-SAME: (%[[X:.*]]: index, %[[Y:.*]]: index)
//       CHECK:   %[[B:.*]] = builtin.unrealized_conversion_cast %[[Y]] : index to i64
//       CHECK:   %[[A:.*]] = builtin.unrealized_conversion_cast %[[X]] : index to i64
//       CHECK:   %[[M:.*]] = llvm.mul %[[A]], %[[B]] : i64
//       CHECK:   %[[C:.*]] = llvm.icmp "slt" %[[M]], %[[B]] : i64
//       CHECK:   %[[K:.*]] = llvm.mlir.constant(42 : i64) : i64
// I32-LABEL: func.func @ops
//       I32:   builtin.unrealized_conversion_cast %{{.*}} : index to i32
//       I32:   llvm.mul %{{.*}}, %{{.*}} : i32
//       I32:   llvm.mlir.constant(42 : i32) : i32
func.func @ops(%a: index, %b: index) -> (index, i1, index) {
  %m = index.mul %a, %b
  %c = index.cmp slt(%m, %b)
  %k = index.constant 42
  return %m, %c, %k : index, i1, index
}
