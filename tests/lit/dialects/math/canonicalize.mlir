// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --canonicalize --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// Transcendental functions fold through the C library for f32 and f64 only.
// CHECK-LABEL: func.func @libm(
// CHECK-SAME: ) -> (f32, f64, f16, f32) {
// CHECK-NEXT: %cst = arith.constant 8.000000e+00 : f32
// CHECK-NEXT: %cst_0 = arith.constant 2.000000e+00 : f16
// CHECK-NEXT: %cst_1 = arith.constant 0.47942555 : f32
// CHECK-NEXT: %cst_2 = arith.constant 0.69314718055994529 : f64
// CHECK-NEXT: %[[V0:[0-9]+]] = math.exp %cst_0 : f16
// CHECK-NEXT: %[[V1:[0-9]+]] = math.cbrt %cst : f32
// CHECK-NEXT: return %cst_1, %cst_2, %[[V0]], %[[V1]] : f32, f64, f16, f32
func.func @libm() -> (f32, f64, f16, f32) {
  %a = arith.constant 0.5 : f32
  %r0 = math.sin %a : f32
  %b = arith.constant 2.0 : f64
  %r1 = math.log %b : f64
  %c = arith.constant 2.0 : f16
  %r2 = math.exp %c : f16
  %d = arith.constant 8.0 : f32
  %r3 = math.cbrt %d : f32
  return %r0, %r1, %r2, %r3 : f32, f64, f16, f32
}

// -----

/// sqrt of a negative number and log of zero follow the host library.
// CHECK-LABEL: func.func @libm_edges(
// CHECK-SAME: ) -> (f32, f64, f32) {
// CHECK-NEXT: %cst = arith.constant 0x7F800000 : f32
// CHECK-NEXT: %cst_0 = arith.constant 0xFFF0000000000000 : f64
// CHECK-NEXT: %cst_1 = arith.constant -4.000000e+00 : f32
// CHECK-NEXT: %[[V0:[0-9]+]] = math.sqrt %cst_1 : f32
// CHECK-NEXT: return %[[V0]], %cst_0, %cst : f32, f64, f32
func.func @libm_edges() -> (f32, f64, f32) {
  %m = arith.constant -4.0 : f32
  %r0 = math.sqrt %m : f32
  %z = arith.constant 0.0 : f64
  %r1 = math.log %z : f64
  %big = arith.constant 100.0 : f32
  %r2 = math.exp %big : f32
  return %r0, %r1, %r2 : f32, f64, f32
}

// -----

/// Rounding, absf and copysign fold exactly on every float type.
// CHECK-LABEL: func.func @exact(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) -> (bf16, f16, f8E4M3FN, f32, f64, f32) {
// CHECK-NEXT: %cst = arith.constant -2.000000e+00 : f32
// CHECK-NEXT: %cst_0 = arith.constant 7.000000e+00 : f64
// CHECK-NEXT: %cst_1 = arith.constant -0.000000e+00 : f32
// CHECK-NEXT: %cst_2 = arith.constant 3.000000e+00 : f8E4M3FN
// CHECK-NEXT: %cst_3 = arith.constant 2.000000e+00 : f16
// CHECK-NEXT: %cst_4 = arith.constant -2.500000e+00 : bf16
// CHECK-NEXT: %[[V0:[0-9]+]] = math.round %cst_4 : bf16
// CHECK-NEXT: return %[[V0]], %cst_3, %cst_2, %cst_1, %cst_0, %cst : bf16, f16, f8E4M3FN, f32, f64, f32
func.func @exact(%x: f32) -> (bf16, f16, f8E4M3FN, f32, f64, f32) {
  %a = arith.constant -2.5 : bf16
  %r0 = math.round %a : bf16
  %b = arith.constant 2.5 : f16
  %r1 = math.roundeven %b : f16
  %c = arith.constant -3.0 : f8E4M3FN
  %r2 = math.absf %c : f8E4M3FN
  %d = arith.constant -0.5 : f32
  %r3 = math.ceil %d : f32
  %e = arith.constant 7.75 : f64
  %r4 = math.trunc %e : f64
  %f = arith.constant -1.0 : f32
  %g = arith.constant 2.0 : f32
  %r5 = math.copysign %g, %f : f32
  return %r0, %r1, %r2, %r3, %r4, %r5 : bf16, f16, f8E4M3FN, f32, f64, f32
}

// -----

/// Vectors and tensors fold element by element.
// CHECK-LABEL: func.func @shaped(
// CHECK-SAME: ) -> (vector<3xf32>, tensor<2xi8>) {
// CHECK-NEXT: %cst = arith.constant dense<[1.000000e+00, -2.000000e+00, 0.000000e+00]> : vector<3xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<[7, 3]> : tensor<2xi8>
// CHECK-NEXT: return %cst, %cst_0 : vector<3xf32>, tensor<2xi8>
func.func @shaped() -> (vector<3xf32>, tensor<2xi8>) {
  %v = arith.constant dense<[1.0, -2.0, 0.0]> : vector<3xf32>
  %r0 = math.floor %v : vector<3xf32>
  %t = arith.constant dense<[1, 16]> : tensor<2xi8>
  %r1 = math.ctlz %t : tensor<2xi8>
  return %r0, %r1 : vector<3xf32>, tensor<2xi8>
}

// -----

/// Integer ops work at the type's width.
// CHECK-LABEL: func.func @int(
// CHECK-SAME: ) -> (i32, i8, i64, i16, i32) {
// CHECK-NEXT: %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT: %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT: %c64_i64 = arith.constant 64 : i64
// CHECK-NEXT: %c16_i16 = arith.constant 16 : i16
// CHECK-NEXT: %c81_i32 = arith.constant 81 : i32
// CHECK-NEXT: return %c5_i32, %c-128_i8, %c64_i64, %c16_i16, %c81_i32 : i32, i8, i64, i16, i32
func.func @int() -> (i32, i8, i64, i16, i32) {
  %a = arith.constant -5 : i32
  %r0 = math.absi %a : i32
  %b = arith.constant -128 : i8
  %r1 = math.absi %b : i8
  %c = arith.constant -1 : i64
  %r2 = math.ctpop %c : i64
  %d = arith.constant 0 : i16
  %r3 = math.cttz %d : i16
  %e = arith.constant 3 : i32
  %f = arith.constant 4 : i32
  %r4 = math.ipowi %e, %f : i32
  return %r0, %r1, %r2, %r3, %r4 : i32, i8, i64, i16, i32
}

// -----

/// Classification folds to i1.
// CHECK-LABEL: func.func @classify(
// CHECK-SAME: ) -> (i1, i1, i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: return %true, %false, %true, %false : i1, i1, i1, i1
func.func @classify() -> (i1, i1, i1, i1) {
  %inf = arith.constant 0x7F800000 : f32
  %r0 = math.isinf %inf : f32
  %r1 = math.isfinite %inf : f32
  %nan = arith.constant 0x7FC00000 : f32
  %r2 = math.isnan %nan : f32
  %tiny = arith.constant 1.0e-40 : f32
  %r3 = math.isnormal %tiny : f32
  return %r0, %r1, %r2, %r3 : i1, i1, i1, i1
}

// -----

/// Binary float functions; non-constant operands stay.
// CHECK-LABEL: func.func @binary(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) -> (f32, f64, f32) {
// CHECK-NEXT: %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %cst_0 = arith.constant 1.024000e+03 : f32
// CHECK-NEXT: %cst_1 = arith.constant 2.3561944901923448 : f64
// CHECK-NEXT: %[[V0:[0-9]+]] = math.powf %[[ARG0]], %cst : f32
// CHECK-NEXT: return %cst_0, %cst_1, %[[V0]] : f32, f64, f32
func.func @binary(%x: f32) -> (f32, f64, f32) {
  %a = arith.constant 2.0 : f32
  %b = arith.constant 10.0 : f32
  %r0 = math.powf %a, %b : f32
  %c = arith.constant 1.0 : f64
  %d = arith.constant -1.0 : f64
  %r1 = math.atan2 %c, %d : f64
  %r2 = math.powf %x, %a : f32
  return %r0, %r1, %r2 : f32, f64, f32
}

// -----

/// Folders return a poison operand; classification ops keep it.
// CHECK-LABEL: func.func @poison(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) -> (f32, f32, i32, i1) {
// CHECK-NEXT: %[[P:[0-9]+]] = ub.poison : f32
// CHECK-NEXT: %[[I:[0-9]+]] = ub.poison : i32
// CHECK-NEXT: %[[C:[0-9]+]] = math.isinf %[[P]] : f32
// CHECK-NEXT: return %[[P]], %[[P]], %[[I]], %[[C]] : f32, f32, i32, i1
func.func @poison(%x: f32) -> (f32, f32, i32, i1) {
  %p = ub.poison : f32
  %i = ub.poison : i32
  %0 = math.exp %p : f32
  %1 = math.copysign %x, %p : f32
  %2 = math.ctlz %i : i32
  %3 = math.isinf %p : f32
  return %0, %1, %2, %3 : f32, f32, i32, i1
}
