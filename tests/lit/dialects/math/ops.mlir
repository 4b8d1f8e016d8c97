// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// Unary float ops round-trip; fast-math flags are printed only when set.
// CHECK-LABEL: func.func @unary(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f64) {
// CHECK-NEXT: %[[V0:[0-9]+]] = math.absf %[[ARG0]] : f64
// CHECK-NEXT: %[[V1:[0-9]+]] = math.acos %[[ARG0]] : f64
// CHECK-NEXT: %[[V2:[0-9]+]] = math.acosh %[[ARG0]] : f64
// CHECK-NEXT: %[[V3:[0-9]+]] = math.asin %[[ARG0]] : f64
// CHECK-NEXT: %[[V4:[0-9]+]] = math.asinh %[[ARG0]] : f64
// CHECK-NEXT: %[[V5:[0-9]+]] = math.atan %[[ARG0]] : f64
// CHECK-NEXT: %[[V6:[0-9]+]] = math.atanh %[[ARG0]] : f64
// CHECK-NEXT: %[[V7:[0-9]+]] = math.cbrt %[[ARG0]] : f64
// CHECK-NEXT: %[[V8:[0-9]+]] = math.ceil %[[ARG0]] : f64
// CHECK-NEXT: %[[V9:[0-9]+]] = math.cos %[[ARG0]] : f64
// CHECK-NEXT: %[[V10:[0-9]+]] = math.cosh %[[ARG0]] : f64
// CHECK-NEXT: %[[V11:[0-9]+]] = math.erf %[[ARG0]] : f64
// CHECK-NEXT: %[[V12:[0-9]+]] = math.erfc %[[ARG0]] : f64
// CHECK-NEXT: %[[V13:[0-9]+]] = math.exp %[[ARG0]] : f64
// CHECK-NEXT: %[[V14:[0-9]+]] = math.exp2 %[[ARG0]] : f64
// CHECK-NEXT: %[[V15:[0-9]+]] = math.expm1 %[[ARG0]] : f64
// CHECK-NEXT: %[[V16:[0-9]+]] = math.floor %[[ARG0]] : f64
// CHECK-NEXT: %[[V17:[0-9]+]] = math.log %[[ARG0]] : f64
// CHECK-NEXT: %[[V18:[0-9]+]] = math.log10 %[[ARG0]] : f64
// CHECK-NEXT: %[[V19:[0-9]+]] = math.log1p %[[ARG0]] : f64
// CHECK-NEXT: %[[V20:[0-9]+]] = math.log2 %[[ARG0]] : f64
// CHECK-NEXT: %[[V21:[0-9]+]] = math.round %[[ARG0]] : f64
// CHECK-NEXT: %[[V22:[0-9]+]] = math.roundeven %[[ARG0]] : f64
// CHECK-NEXT: %[[V23:[0-9]+]] = math.rsqrt %[[ARG0]] : f64
// CHECK-NEXT: %[[V24:[0-9]+]] = math.sin %[[ARG0]] : f64
// CHECK-NEXT: %[[V25:[0-9]+]] = math.sinh %[[ARG0]] : f64
// CHECK-NEXT: %[[V26:[0-9]+]] = math.sqrt %[[ARG0]] fastmath<fast> : f64
// CHECK-NEXT: %[[V27:[0-9]+]] = math.tan %[[ARG0]] fastmath<afn> : f64
// CHECK-NEXT: %[[V28:[0-9]+]] = math.tanh %[[ARG0]] : f64
// CHECK-NEXT: %[[V29:[0-9]+]] = math.trunc %[[ARG0]] : f64
// CHECK-NEXT: return
func.func @unary(%x: f64) {
  %0 = math.absf %x : f64
  %1 = math.acos %x : f64
  %2 = math.acosh %x : f64
  %3 = math.asin %x : f64
  %4 = math.asinh %x : f64
  %5 = math.atan %x : f64
  %6 = math.atanh %x : f64
  %7 = math.cbrt %x : f64
  %8 = math.ceil %x : f64
  %9 = math.cos %x : f64
  %10 = math.cosh %x : f64
  %11 = math.erf %x : f64
  %12 = math.erfc %x : f64
  %13 = math.exp %x : f64
  %14 = math.exp2 %x : f64
  %15 = math.expm1 %x : f64
  %16 = math.floor %x : f64
  %17 = math.log %x : f64
  %18 = math.log10 %x : f64
  %19 = math.log1p %x : f64
  %20 = math.log2 %x : f64
  %21 = math.round %x : f64
  %22 = math.roundeven %x : f64
  %23 = math.rsqrt %x : f64
  %24 = math.sin %x : f64
  %25 = math.sinh %x : f64
  %26 = math.sqrt %x fastmath<fast> : f64
  %27 = math.tan %x fastmath<afn> : f64
  %28 = math.tanh %x fastmath<none> : f64
  %29 = math.trunc %x : f64
  return
}

// -----

/// Binary and ternary float ops, clampf's bracket syntax and sincos' two results.
// CHECK-LABEL: func.func @multi(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: vector<2xf32>, %[[ARG1:arg[0-9]+]]: vector<2xf32>, %[[ARG2:arg[0-9]+]]: vector<2xi32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = math.atan2 %[[ARG0]], %[[ARG1]] : vector<2xf32>
// CHECK-NEXT: %[[V1:[0-9]+]] = math.copysign %[[ARG0]], %[[ARG1]] : vector<2xf32>
// CHECK-NEXT: %[[V2:[0-9]+]] = math.powf %[[ARG0]], %[[ARG1]] fastmath<nnan> : vector<2xf32>
// CHECK-NEXT: %[[V3:[0-9]+]] = math.fpowi %[[ARG0]], %[[ARG2]] : vector<2xf32>, vector<2xi32>
// CHECK-NEXT: %[[V4:[0-9]+]] = math.fma %[[ARG0]], %[[ARG1]], %[[ARG0]] : vector<2xf32>
// CHECK-NEXT: %[[V5:[0-9]+]] = math.clampf %[[ARG0]] to [%[[ARG1]], %[[ARG0]]] : vector<2xf32>
// CHECK-NEXT: %sin, %cos = math.sincos %[[ARG0]] fastmath<contract> : vector<2xf32>
// CHECK-NEXT: return
func.func @multi(%x: vector<2xf32>, %y: vector<2xf32>, %n: vector<2xi32>) {
  %0 = math.atan2 %x, %y : vector<2xf32>
  %1 = math.copysign %x, %y : vector<2xf32>
  %2 = math.powf %x, %y fastmath<nnan> : vector<2xf32>
  %3 = math.fpowi %x, %n : vector<2xf32>, vector<2xi32>
  %4 = math.fma %x, %y, %x : vector<2xf32>
  %5 = math.clampf %x to [%y, %x] : vector<2xf32>
  %6:2 = math.sincos %x fastmath<contract> : vector<2xf32>
  return
}

// -----

/// Classification ops produce i1 of the operand's shape.
// CHECK-LABEL: func.func @classify(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f16, %[[ARG1:arg[0-9]+]]: tensor<4xf32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = math.isfinite %[[ARG0]] : f16
// CHECK-NEXT: %[[V1:[0-9]+]] = math.isinf %[[ARG1]] : tensor<4xf32>
// CHECK-NEXT: %[[V2:[0-9]+]] = math.isnan %[[ARG0]] : f16
// CHECK-NEXT: %[[V3:[0-9]+]] = math.isnormal %[[ARG1]] : tensor<4xf32>
// CHECK-NEXT: return
func.func @classify(%x: f16, %t: tensor<4xf32>) {
  %0 = math.isfinite %x : f16
  %1 = math.isinf %t : tensor<4xf32>
  %2 = math.isnan %x : f16
  %3 = math.isnormal %t : tensor<4xf32>
  return
}

// -----

/// Integer ops.
// CHECK-LABEL: func.func @int(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i64, %[[ARG1:arg[0-9]+]]: vector<[4]xi16>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = math.absi %[[ARG0]] : i64
// CHECK-NEXT: %[[V1:[0-9]+]] = math.ctlz %[[ARG1]] : vector<[4]xi16>
// CHECK-NEXT: %[[V2:[0-9]+]] = math.cttz %[[ARG0]] : i64
// CHECK-NEXT: %[[V3:[0-9]+]] = math.ctpop %[[ARG1]] : vector<[4]xi16>
// CHECK-NEXT: %[[V4:[0-9]+]] = math.ipowi %[[ARG0]], %[[ARG0]] : i64
// CHECK-NEXT: return
func.func @int(%x: i64, %v: vector<[4]xi16>) {
  %0 = math.absi %x : i64
  %1 = math.ctlz %v : vector<[4]xi16>
  %2 = math.cttz %x : i64
  %3 = math.ctpop %v : vector<[4]xi16>
  %4 = math.ipowi %x, %x : i64
  return
}
