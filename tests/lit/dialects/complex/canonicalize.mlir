// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --canonicalize --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// create(re(x), im(x)) -> x; not when the parts come from different numbers.
// CHECK-LABEL: func.func @create_of_parts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f32>, %[[ARG1:arg[0-9]+]]: complex<f32>) -> (complex<f32>, complex<f32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.re %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.im %[[ARG1]] : complex<f32>
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.create %[[V0]], %[[V1]] : complex<f32>
// CHECK-NEXT: return %[[ARG0]], %[[V2]] : complex<f32>, complex<f32>
// CHECK-NEXT: }
func.func @create_of_parts(%a: complex<f32>, %b: complex<f32>) -> (complex<f32>, complex<f32>) {
  %r = complex.re %a : complex<f32>
  %i = complex.im %a : complex<f32>
  %c = complex.create %r, %i : complex<f32>
  %j = complex.im %b : complex<f32>
  %d = complex.create %r, %j : complex<f32>
  return %c, %d : complex<f32>, complex<f32>
}

// -----

/// re/im of create(a, b) -> a/b; re/im of a constant -> arith.constant parts.
// CHECK-LABEL: func.func @parts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f64, %[[ARG1:arg[0-9]+]]: f64) -> (f64, f64, f64, f64) {
// CHECK-NEXT: %[[CST:cst(_[0-9]+)?]] = arith.constant 1.500000e+00 : f64
// CHECK-NEXT: %[[CST_0:cst(_[0-9]+)?]] = arith.constant -2.000000e+00 : f64
// CHECK-NEXT: return %[[ARG0]], %[[ARG1]], %[[CST]], %[[CST_0]] : f64, f64, f64, f64
// CHECK-NEXT: }
func.func @parts(%x: f64, %y: f64) -> (f64, f64, f64, f64) {
  %c = complex.create %x, %y : complex<f64>
  %r = complex.re %c : complex<f64>
  %i = complex.im %c : complex<f64>
  %k = complex.constant [1.5, -2.0] : complex<f64>
  %kr = complex.re %k : complex<f64>
  %ki = complex.im %k : complex<f64>
  return %r, %i, %kr, %ki : f64, f64, f64, f64
}

// -----

/// re/im of neg(create(a, b)) -> arith.negf of the part.
// CHECK-LABEL: func.func @parts_of_neg(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32, %[[ARG1:arg[0-9]+]]: f32) -> (f32, f32) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.negf %[[ARG0]] : f32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.negf %[[ARG1]] : f32
// CHECK-NEXT: return %[[V0]], %[[V1]] : f32, f32
// CHECK-NEXT: }
func.func @parts_of_neg(%x: f32, %y: f32) -> (f32, f32) {
  %c = complex.create %x, %y : complex<f32>
  %n = complex.neg %c : complex<f32>
  %r = complex.re %n : complex<f32>
  %i = complex.im %n : complex<f32>
  return %r, %i : f32, f32
}

// -----

/// add(sub(a, b), b), add(b, sub(a, b)) and sub(add(a, b), b) -> a; sub(add(a, b), a)
/// is left alone.
// CHECK-LABEL: func.func @add_sub(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f32>, %[[ARG1:arg[0-9]+]]: complex<f32>) -> (complex<f32>, complex<f32>, complex<f32>, complex<f32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.add %[[ARG0]], %[[ARG1]] : complex<f32>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.sub %[[V0]], %[[ARG0]] : complex<f32>
// CHECK-NEXT: return %[[ARG0]], %[[ARG0]], %[[ARG0]], %[[V1]] : complex<f32>, complex<f32>, complex<f32>, complex<f32>
// CHECK-NEXT: }
func.func @add_sub(%a: complex<f32>, %b: complex<f32>) -> (complex<f32>, complex<f32>, complex<f32>, complex<f32>) {
  %s = complex.sub %a, %b : complex<f32>
  %0 = complex.add %s, %b : complex<f32>
  %1 = complex.add %b, %s : complex<f32>
  %t = complex.add %a, %b : complex<f32>
  %2 = complex.sub %t, %b : complex<f32>
  %3 = complex.sub %t, %a : complex<f32>
  return %0, %1, %2, %3 : complex<f32>, complex<f32>, complex<f32>, complex<f32>
}

// -----

/// Adding or subtracting a zero constant (of either sign), multiplying or dividing by
/// [1.0, 0.0] -> the other operand; a constant on the left, or another constant, stays.
// CHECK-LABEL: func.func @identities(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f32>) -> (complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>) {
// CHECK-NEXT: %[[CST:cst(_[0-9]+)?]] = complex.constant [0.000000e+00 : f32, -0.000000e+00 : f32] : complex<f32>
// CHECK-NEXT: %[[CST_0:cst(_[0-9]+)?]] = complex.constant [1.000000e+00 : f32, 1.000000e+00 : f32] : complex<f32>
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.add %[[CST]], %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.mul %[[ARG0]], %[[CST_0]] : complex<f32>
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.div %[[ARG0]], %[[CST_0]] : complex<f32>
// CHECK-NEXT: return %[[ARG0]], %[[ARG0]], %[[ARG0]], %[[ARG0]], %[[V0]], %[[V1]], %[[V2]] : complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>
// CHECK-NEXT: }
func.func @identities(%a: complex<f32>) -> (complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>) {
  %z = complex.constant [0.0 : f32, -0.0 : f32] : complex<f32>
  %o = complex.constant [1.0 : f32, 0.0 : f32] : complex<f32>
  %t = complex.constant [1.0 : f32, 1.0 : f32] : complex<f32>
  %0 = complex.add %a, %z : complex<f32>
  %1 = complex.sub %a, %z : complex<f32>
  %2 = complex.mul %a, %o : complex<f32>
  %3 = complex.div %a, %o : complex<f32>
  %4 = complex.add %z, %a : complex<f32>
  %5 = complex.mul %a, %t : complex<f32>
  %6 = complex.div %a, %t : complex<f32>
  return %0, %1, %2, %3, %4, %5, %6 : complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>, complex<f32>
}

// -----

/// neg(neg(a)), conj(conj(a)), log(exp(a)) and exp(log(a)) -> a.
// CHECK-LABEL: func.func @inverses(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f32>) -> (complex<f32>, complex<f32>, complex<f32>, complex<f32>) {
// CHECK-NEXT: return %[[ARG0]], %[[ARG0]], %[[ARG0]], %[[ARG0]] : complex<f32>, complex<f32>, complex<f32>, complex<f32>
// CHECK-NEXT: }
func.func @inverses(%a: complex<f32>) -> (complex<f32>, complex<f32>, complex<f32>, complex<f32>) {
  %n = complex.neg %a : complex<f32>
  %0 = complex.neg %n : complex<f32>
  %c = complex.conj %a : complex<f32>
  %1 = complex.conj %c : complex<f32>
  %e = complex.exp %a : complex<f32>
  %2 = complex.log %e : complex<f32>
  %l = complex.log %a : complex<f32>
  %3 = complex.exp %l : complex<f32>
  return %0, %1, %2, %3 : complex<f32>, complex<f32>, complex<f32>, complex<f32>
}

// -----

/// Arithmetic on constants is not folded (upstream has no such folders); equal
/// constants are merged and hoisted.
// CHECK-LABEL: func.func @constants(
// CHECK-SAME: ) -> (complex<f32>, complex<f32>, f32, i1) {
// CHECK-NEXT: %[[CST:cst(_[0-9]+)?]] = complex.constant [1.000000e+00 : f32, 2.000000e+00 : f32] : complex<f32>
// CHECK-NEXT: %[[CST_0:cst(_[0-9]+)?]] = complex.constant [3.000000e+00 : f32, 4.000000e+00 : f32] : complex<f32>
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.add %[[CST]], %[[CST_0]] : complex<f32>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.neg %[[CST]] : complex<f32>
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.abs %[[CST]] : complex<f32>
// CHECK-NEXT: %[[V3:[0-9]+]] = complex.eq %[[CST]], %[[CST]] : complex<f32>
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]], %[[V3]] : complex<f32>, complex<f32>, f32, i1
// CHECK-NEXT: }
func.func @constants() -> (complex<f32>, complex<f32>, f32, i1) {
  %a = complex.constant [1.0 : f32, 2.0 : f32] : complex<f32>
  %b = complex.constant [3.0 : f32, 4.0 : f32] : complex<f32>
  %0 = complex.add %a, %b : complex<f32>
  %c = complex.constant [1.0 : f32, 2.0 : f32] : complex<f32>
  %1 = complex.neg %c : complex<f32>
  %2 = complex.abs %a : complex<f32>
  %3 = complex.eq %a, %c : complex<f32>
  return %0, %1, %2, %3 : complex<f32>, complex<f32>, f32, i1
}

// -----

/// Bitcast chains: an identity bitcast folds; two bitcasts merge into one complex.bitcast
/// when an end is complex, else into an arith.bitcast; arith.bitcast and complex.bitcast
/// merge both ways.
// CHECK-LABEL: func.func @bitcasts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f32>, %[[ARG1:arg[0-9]+]]: i64, %[[ARG2:arg[0-9]+]]: f64) -> (complex<f32>, f64, f64, complex<f32>, f64, i64) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.bitcast %[[ARG0]] : complex<f32> to f64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.bitcast %[[ARG1]] : i64 to f64
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.bitcast %[[ARG2]] : f64 to complex<f32>
// CHECK-NEXT: %[[V3:[0-9]+]] = complex.bitcast %[[ARG0]] : complex<f32> to i64
// CHECK-NEXT: return %[[ARG0]], %[[V0]], %[[V1]], %[[V2]], %[[ARG2]], %[[V3]] : complex<f32>, f64, f64, complex<f32>, f64, i64
// CHECK-NEXT: }
func.func @bitcasts(%a: complex<f32>, %i: i64, %f: f64) -> (complex<f32>, f64, f64, complex<f32>, f64, i64) {
  %0 = complex.bitcast %a : complex<f32> to complex<f32>
  %1 = complex.bitcast %a : complex<f32> to i64
  %2 = arith.bitcast %1 : i64 to f64
  %3 = complex.bitcast %i : i64 to complex<f32>
  %4 = complex.bitcast %3 : complex<f32> to f64
  %5 = arith.bitcast %f : f64 to i64
  %6 = complex.bitcast %5 : i64 to complex<f32>
  %7 = complex.bitcast %6 : complex<f32> to i64
  %8 = complex.bitcast %7 : i64 to complex<f32>
  %9 = complex.bitcast %8 : complex<f32> to f64
  %10 = complex.bitcast %a : complex<f32> to f64
  %11 = complex.bitcast %10 : f64 to complex<f32>
  %12 = complex.bitcast %11 : complex<f32> to i64
  return %0, %2, %4, %6, %9, %12 : complex<f32>, f64, f64, complex<f32>, f64, i64
}
