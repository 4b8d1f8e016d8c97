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

// -----

/// index_cast(ui) of n-D vectors compares the converted element widths and
/// truncates or extends each 1-D vector.
// CHECK-LABEL: func.func @index_cast_2d
//       CHECK:   %[[B:.*]] = builtin.unrealized_conversion_cast %{{.*}} : vector<2x2xi16> to !llvm.array<2 x vector<2xi16>>
//       CHECK:   %[[A:.*]] = builtin.unrealized_conversion_cast %{{.*}} : vector<2x3xindex> to !llvm.array<2 x vector<3xi64>>
//       CHECK:   %[[P:.*]] = llvm.mlir.poison : !llvm.array<2 x vector<3xi32>>
//       CHECK:   %[[E0:.*]] = llvm.extractvalue %[[A]][0] : !llvm.array<2 x vector<3xi64>>
//       CHECK:   %[[T0:.*]] = llvm.trunc %[[E0]] : vector<3xi64> to vector<3xi32>
//       CHECK:   %[[I0:.*]] = llvm.insertvalue %[[T0]], %[[P]][0] : !llvm.array<2 x vector<3xi32>>
//       CHECK:   %[[E1:.*]] = llvm.extractvalue %[[A]][1] : !llvm.array<2 x vector<3xi64>>
//       CHECK:   %[[T1:.*]] = llvm.trunc %[[E1]] : vector<3xi64> to vector<3xi32>
//       CHECK:   llvm.insertvalue %[[T1]], %[[I0]][1] : !llvm.array<2 x vector<3xi32>>
//       CHECK:   %[[Q:.*]] = llvm.mlir.poison : !llvm.array<2 x vector<2xi64>>
//       CHECK:   %[[F0:.*]] = llvm.extractvalue %[[B]][0] : !llvm.array<2 x vector<2xi16>>
//       CHECK:   %[[Z0:.*]] = llvm.zext %[[F0]] : vector<2xi16> to vector<2xi64>
//       CHECK:   %[[J0:.*]] = llvm.insertvalue %[[Z0]], %[[Q]][0] : !llvm.array<2 x vector<2xi64>>
//       CHECK:   %[[F1:.*]] = llvm.extractvalue %[[B]][1] : !llvm.array<2 x vector<2xi16>>
//       CHECK:   %[[Z1:.*]] = llvm.zext %[[F1]] : vector<2xi16> to vector<2xi64>
//       CHECK:   llvm.insertvalue %[[Z1]], %[[J0]][1] : !llvm.array<2 x vector<2xi64>>
//   I32-LABEL: func.func @index_cast_2d
//         I32:   builtin.unrealized_conversion_cast %{{.*}} : vector<2x3xindex> to !llvm.array<2 x vector<3xi32>>
//     I32-NOT:   llvm.trunc
//         I32:   llvm.zext %{{.*}} : vector<2xi16> to vector<2xi32>
func.func @index_cast_2d(%a: vector<2x3xindex>, %b: vector<2x2xi16>) -> (vector<2x3xi32>, vector<2x2xindex>) {
  %0 = arith.index_cast %a : vector<2x3xindex> to vector<2x3xi32>
  %1 = arith.index_castui %b : vector<2x2xi16> to vector<2x2xindex>
  return %0, %1 : vector<2x3xi32>, vector<2x2xindex>
}
