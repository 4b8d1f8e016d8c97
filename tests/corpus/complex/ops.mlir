// Every complex op in custom form, several float types, constants, bitcasts, #complex.number.
/// Ops on one complex operand, with and without fast-math flags.
func.func @unary(%a: complex<f32>) {
  %0 = complex.abs %a : complex<f32>
  %1 = complex.angle %a fastmath<nnan> : complex<f32>
  %2 = complex.conj %a : complex<f32>
  %3 = complex.cos %a : complex<f32>
  %4 = complex.exp %a fastmath<fast> : complex<f32>
  %5 = complex.expm1 %a : complex<f32>
  %6 = complex.im %a : complex<f32>
  %7 = complex.log %a fastmath<nnan,ninf> : complex<f32>
  %8 = complex.log1p %a : complex<f32>
  %9 = complex.neg %a : complex<f32>
  %10 = complex.re %a fastmath<contract> : complex<f32>
  %11 = complex.rsqrt %a : complex<f32>
  %12 = complex.sign %a : complex<f32>
  %13 = complex.sin %a : complex<f32>
  %14 = complex.sqrt %a : complex<f32>
  %15 = complex.tan %a : complex<f32>
  %16 = complex.tanh %a fastmath<afn> : complex<f32>
  return
}


/// Ops on two complex operands, comparisons, and powi with an integer exponent.
func.func @binary(%a: complex<f64>, %b: complex<f64>, %n: i32, %m: i64) -> (i1, i1) {
  %0 = complex.add %a, %b : complex<f64>
  %1 = complex.atan2 %a, %b fastmath<reassoc> : complex<f64>
  %2 = complex.div %a, %b : complex<f64>
  %3 = complex.mul %a, %b fastmath<fast> : complex<f64>
  %4 = complex.pow %a, %b : complex<f64>
  %5 = complex.sub %a, %b : complex<f64>
  %6 = complex.powi %a, %n : complex<f64>, i32
  %7 = complex.powi %a, %m fastmath<contract> : complex<f64>, i64
  %8 = complex.eq %a, %b : complex<f64>
  %9 = complex.neq %a, %b : complex<f64>
  return %8, %9 : i1, i1
}


/// create, constants (named %cst; float parts of f64 print without their type) and
/// bitcasts in both directions.
func.func @create_constant_bitcast(%x: f16, %y: f16, %i: i32, %f: f64) {
  %0 = complex.create %x, %y : complex<f16>
  %1 = complex.constant [1.5 : f16, -2.0 : f16] : complex<f16>
  %2 = complex.constant [0.1, -1.0] : complex<f64>
  %3 = complex.constant [1 : i8, 2 : i8] : complex<i8>
  %4 = complex.bitcast %0 : complex<f16> to i32
  %5 = complex.bitcast %i : i32 to complex<f16>
  %6 = complex.bitcast %f : f64 to complex<f32>
  %7 = complex.bitcast %0 : complex<f16> to complex<f16>
  return
}


/// Complex ops on other float types; an attribute dictionary after the flags.
func.func @types(%a: complex<bf16>, %b: complex<f128>) {
  %0 = complex.abs %a {tag} : complex<bf16>
  %1 = complex.add %b, %b fastmath<nsz> {tag = 1 : i32} : complex<f128>
  %2 = complex.re %b : complex<f128>
  return
}


/// The `#complex.number` attribute prints its parts in the element type, with its type.
func.func @number() attributes {
    a = #complex.number<:f32 1.0, -2.5>,
    b = #complex.number<:f16 0.1, 3.0> : complex<f16>,
    c = #complex.number<:f64 0x3FF0000000000000, -0.0>} {
  return
}
