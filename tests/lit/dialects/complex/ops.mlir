// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// The generic form prints the `none` fast-math flags (a default-valued property), but
// not powi's optional one, and the constant's value as a property.
// GENERIC: "complex.abs"(%{{.*}}) <{fastmath = #arith.fastmath<none>}> : (complex<f32>) -> f32
// GENERIC: "complex.angle"(%{{.*}}) <{fastmath = #arith.fastmath<nnan>}> : (complex<f32>) -> f32
// GENERIC: "complex.add"(%{{.*}}, %{{.*}}) <{fastmath = #arith.fastmath<none>}> : (complex<f64>, complex<f64>) -> complex<f64>
// GENERIC: "complex.powi"(%{{.*}}, %{{.*}}) : (complex<f64>, i32) -> complex<f64>
// GENERIC: "complex.powi"(%{{.*}}, %{{.*}}) <{fastmath = #arith.fastmath<contract>}> : (complex<f64>, i64) -> complex<f64>
// GENERIC: "complex.eq"(%{{.*}}, %{{.*}}) : (complex<f64>, complex<f64>) -> i1
// GENERIC: "complex.create"(%{{.*}}, %{{.*}}) : (f16, f16) -> complex<f16>
// GENERIC: "complex.constant"() <{value = [1.500000e+00 : f16, -2.000000e+00 : f16]}> : () -> complex<f16>
// GENERIC: "complex.bitcast"(%{{.*}}) : (complex<f16>) -> i32

/// Ops on one complex operand, with and without fast-math flags.
// CHECK-LABEL: func.func @unary(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.abs %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.angle %[[ARG0]] fastmath<nnan> : complex<f32>
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.conj %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V3:[0-9]+]] = complex.cos %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V4:[0-9]+]] = complex.exp %[[ARG0]] fastmath<fast> : complex<f32>
// CHECK-NEXT: %[[V5:[0-9]+]] = complex.expm1 %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V6:[0-9]+]] = complex.im %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V7:[0-9]+]] = complex.log %[[ARG0]] fastmath<nnan,ninf> : complex<f32>
// CHECK-NEXT: %[[V8:[0-9]+]] = complex.log1p %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V9:[0-9]+]] = complex.neg %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V10:[0-9]+]] = complex.re %[[ARG0]] fastmath<contract> : complex<f32>
// CHECK-NEXT: %[[V11:[0-9]+]] = complex.rsqrt %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V12:[0-9]+]] = complex.sign %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V13:[0-9]+]] = complex.sin %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V14:[0-9]+]] = complex.sqrt %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V15:[0-9]+]] = complex.tan %[[ARG0]] : complex<f32>
// CHECK-NEXT: %[[V16:[0-9]+]] = complex.tanh %[[ARG0]] fastmath<afn> : complex<f32>
// CHECK-NEXT: return
// CHECK-NEXT: }
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

// -----

/// Ops on two complex operands, comparisons, and powi with an integer exponent.
// CHECK-LABEL: func.func @binary(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<f64>, %[[ARG1:arg[0-9]+]]: complex<f64>, %[[ARG2:arg[0-9]+]]: i32, %[[ARG3:arg[0-9]+]]: i64) -> (i1, i1) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.add %[[ARG0]], %[[ARG1]] : complex<f64>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.atan2 %[[ARG0]], %[[ARG1]] fastmath<reassoc> : complex<f64>
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.div %[[ARG0]], %[[ARG1]] : complex<f64>
// CHECK-NEXT: %[[V3:[0-9]+]] = complex.mul %[[ARG0]], %[[ARG1]] fastmath<fast> : complex<f64>
// CHECK-NEXT: %[[V4:[0-9]+]] = complex.pow %[[ARG0]], %[[ARG1]] : complex<f64>
// CHECK-NEXT: %[[V5:[0-9]+]] = complex.sub %[[ARG0]], %[[ARG1]] : complex<f64>
// CHECK-NEXT: %[[V6:[0-9]+]] = complex.powi %[[ARG0]], %[[ARG2]] : complex<f64>, i32
// CHECK-NEXT: %[[V7:[0-9]+]] = complex.powi %[[ARG0]], %[[ARG3]] fastmath<contract> : complex<f64>, i64
// CHECK-NEXT: %[[V8:[0-9]+]] = complex.eq %[[ARG0]], %[[ARG1]] : complex<f64>
// CHECK-NEXT: %[[V9:[0-9]+]] = complex.neq %[[ARG0]], %[[ARG1]] : complex<f64>
// CHECK-NEXT: return %[[V8]], %[[V9]] : i1, i1
// CHECK-NEXT: }
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

// -----

/// create, constants (named %cst; float parts of f64 print without their type) and
/// bitcasts in both directions.
// CHECK-LABEL: func.func @create_constant_bitcast(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f16, %[[ARG1:arg[0-9]+]]: f16, %[[ARG2:arg[0-9]+]]: i32, %[[ARG3:arg[0-9]+]]: f64) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.create %[[ARG0]], %[[ARG1]] : complex<f16>
// CHECK-NEXT: %[[CST:cst(_[0-9]+)?]] = complex.constant [1.500000e+00 : f16, -2.000000e+00 : f16] : complex<f16>
// CHECK-NEXT: %[[CST_0:cst(_[0-9]+)?]] = complex.constant [1.000000e-01, -1.000000e+00] : complex<f64>
// CHECK-NEXT: %[[CST_1:cst(_[0-9]+)?]] = complex.constant [1 : i8, 2 : i8] : complex<i8>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.bitcast %[[V0]] : complex<f16> to i32
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.bitcast %[[ARG2]] : i32 to complex<f16>
// CHECK-NEXT: %[[V3:[0-9]+]] = complex.bitcast %[[ARG3]] : f64 to complex<f32>
// CHECK-NEXT: %[[V4:[0-9]+]] = complex.bitcast %[[V0]] : complex<f16> to complex<f16>
// CHECK-NEXT: return
// CHECK-NEXT: }
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

// -----

/// Complex ops on other float types; an attribute dictionary after the flags.
// CHECK-LABEL: func.func @types(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: complex<bf16>, %[[ARG1:arg[0-9]+]]: complex<f128>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = complex.abs %[[ARG0]] {tag} : complex<bf16>
// CHECK-NEXT: %[[V1:[0-9]+]] = complex.add %[[ARG1]], %[[ARG1]] fastmath<nsz> {tag = 1 : i32} : complex<f128>
// CHECK-NEXT: %[[V2:[0-9]+]] = complex.re %[[ARG1]] : complex<f128>
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @types(%a: complex<bf16>, %b: complex<f128>) {
  %0 = complex.abs %a {tag} : complex<bf16>
  %1 = complex.add %b, %b fastmath<nsz> {tag = 1 : i32} : complex<f128>
  %2 = complex.re %b : complex<f128>
  return
}

// -----

/// The `#complex.number` attribute prints its parts in the element type, with its type.
// CHECK-LABEL: func.func @number(
// CHECK-SAME: ) attributes {a = #complex.number<:f32 1.000000e+00, -2.500000e+00> : complex<f32>, b = #complex.number<:f16 9.997550e-02, 3.000000e+00> : complex<f16>, c = #complex.number<:f64 1.000000e+00, -0.000000e+00> : complex<f64>} {
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @number() attributes {
    a = #complex.number<:f32 1.0, -2.5>,
    b = #complex.number<:f16 0.1, 3.0> : complex<f16>,
    c = #complex.number<:f64 0x3FF0000000000000, -0.0>} {
  return
}
