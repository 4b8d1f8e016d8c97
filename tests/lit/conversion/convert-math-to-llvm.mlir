// RUN: pymlir-opt %s -split-input-file -convert-math-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -convert-math-to-llvm=approximate-log1p=false | FileCheck %s --check-prefix=EXACT

/// log1p is approximated as log(1 + x) by default (fast-math flags kept); with
/// approximate-log1p=false it stays.
// CHECK-LABEL: func.func @log1p
//  CHECK-SAME: (%[[X:.*]]: f32)
//       CHECK:   %[[ONE:.*]] = llvm.mlir.constant(1.000000e+00 : f32) : f32
//       CHECK:   %[[A:.*]] = llvm.fadd %[[ONE]], %[[X]] {fastmathFlags = #llvm.fastmath<fast>} : f32
//       CHECK:   %[[L:.*]] = llvm.intr.log(%[[A]]) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
//       CHECK:   return %[[L]] : f32
// EXACT-LABEL: func.func @log1p
//       EXACT:   math.log1p %{{.*}} fastmath<fast> : f32
func.func @log1p(%x: f32) -> f32 {
  %0 = math.log1p %x fastmath<fast> : f32
  return %0 : f32
}

// -----

/// rsqrt of a 2-D vector: 1 / sqrt(x) on each 1-D vector.
// CHECK-LABEL: func.func @rsqrt_2d
//       CHECK:   %[[V:.*]] = builtin.unrealized_conversion_cast %{{.*}} : vector<2x4xf32> to !llvm.array<2 x vector<4xf32>>
//       CHECK:   %[[P:.*]] = llvm.mlir.poison : !llvm.array<2 x vector<4xf32>>
//       CHECK:   %[[E0:.*]] = llvm.extractvalue %[[V]][0] : !llvm.array<2 x vector<4xf32>>
//       CHECK:   %[[ONE:.*]] = llvm.mlir.constant(dense<1.000000e+00> : vector<4xf32>) : vector<4xf32>
//       CHECK:   %[[S:.*]] = llvm.intr.sqrt(%[[E0]]) : (vector<4xf32>) -> vector<4xf32>
//       CHECK:   %[[D:.*]] = llvm.fdiv %[[ONE]], %[[S]] : vector<4xf32>
//       CHECK:   llvm.insertvalue %[[D]], %[[P]][0] : !llvm.array<2 x vector<4xf32>>
//       CHECK:   llvm.extractvalue %[[V]][1] : !llvm.array<2 x vector<4xf32>>
func.func @rsqrt_2d(%x: vector<2x4xf32>) -> vector<2x4xf32> {
  %0 = math.rsqrt %x : vector<2x4xf32>
  return %0 : vector<2x4xf32>
}
