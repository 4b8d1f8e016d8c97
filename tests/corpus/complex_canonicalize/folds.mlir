// complex folders and canonicalization patterns, one case per chunk.
/// create(re(x), im(x)) -> x; not when the parts come from different numbers.
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
