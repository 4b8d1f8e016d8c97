// RUN: pymlir-opt %s -split-input-file -convert-arith-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -convert-arith-to-llvm=index-bitwidth=32 | FileCheck %s --check-prefix=I32

/// Index values become i64 (the data layout's width) or the index-bitwidth; the
/// function keeps its signature through unrealized casts.
// CHECK-LABEL: func.func @index_ops
//  CHECK-SAME: (%[[A:.*]]: index, %[[B:.*]]: i32)
//       CHECK:   %[[AI:.*]] = builtin.unrealized_conversion_cast %[[A]] : index to i64
//       CHECK:   %[[E:.*]] = llvm.sext %[[B]] : i32 to i64
//       CHECK:   %[[S:.*]] = llvm.add %[[AI]], %[[E]] : i64
//       CHECK:   %[[R:.*]] = builtin.unrealized_conversion_cast %[[S]] : i64 to index
//       CHECK:   return %[[R]] : index
// I32-LABEL: func.func @index_ops
//  I32-SAME: (%[[A:.*]]: index, %[[B:.*]]: i32)
//       I32:   %[[AI:.*]] = builtin.unrealized_conversion_cast %[[A]] : index to i32
//   I32-NOT:   llvm.sext
//       I32:   %[[S:.*]] = llvm.add %[[AI]], %[[B]] : i32
//       I32:   builtin.unrealized_conversion_cast %[[S]] : i32 to index
func.func @index_ops(%a: index, %b: i32) -> index {
  %c = arith.index_cast %b : i32 to index
  %s = arith.addi %a, %c : index
  return %s : index
}

// -----

/// Comparisons of n-D vectors are unrolled over their 1-D vectors.
// CHECK-LABEL: func.func @cmp_2d
//       CHECK:   %[[P:.*]] = llvm.mlir.poison : !llvm.array<2 x vector<3xi1>>
//       CHECK:   %[[C0:.*]] = llvm.icmp "ult" %{{.*}}, %{{.*}} : vector<3xi32>
//       CHECK:   %[[I0:.*]] = llvm.insertvalue %[[C0]], %[[P]][0] : !llvm.array<2 x vector<3xi1>>
//       CHECK:   %[[C1:.*]] = llvm.icmp "ult" %{{.*}}, %{{.*}} : vector<3xi32>
//       CHECK:   llvm.insertvalue %[[C1]], %[[I0]][1] : !llvm.array<2 x vector<3xi1>>
func.func @cmp_2d(%a: vector<2x3xi32>, %b: vector<2x3xi32>) -> vector<2x3xi1> {
  %0 = arith.cmpi ult, %a, %b : vector<2x3xi32>
  return %0 : vector<2x3xi1>
}
