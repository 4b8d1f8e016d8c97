// Inputs of canonicalize: every pattern and folder family, compared with upstream.
/// Transcendental functions fold through the C library for f32 and f64 only.
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

/// sqrt of a negative number and log of zero follow the host library.
func.func @libm_edges() -> (f32, f64, f32) {
  %m = arith.constant -4.0 : f32
  %r0 = math.sqrt %m : f32
  %z = arith.constant 0.0 : f64
  %r1 = math.log %z : f64
  %big = arith.constant 100.0 : f32
  %r2 = math.exp %big : f32
  return %r0, %r1, %r2 : f32, f64, f32
}

/// Rounding, absf and copysign fold exactly on every float type.
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

/// Vectors and tensors fold element by element.
func.func @shaped() -> (vector<3xf32>, tensor<2xi8>) {
  %v = arith.constant dense<[1.0, -2.0, 0.0]> : vector<3xf32>
  %r0 = math.floor %v : vector<3xf32>
  %t = arith.constant dense<[1, 16]> : tensor<2xi8>
  %r1 = math.ctlz %t : tensor<2xi8>
  return %r0, %r1 : vector<3xf32>, tensor<2xi8>
}

/// Integer ops work at the type's width.
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

/// Classification folds to i1.
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

/// Binary float functions; non-constant operands stay.
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
