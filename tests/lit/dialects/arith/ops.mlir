// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// Integer binary ops round-trip, with and without overflow and exact flags.
// CHECK-LABEL: func.func @int_binary(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i64, %[[ARG1:arg[0-9]+]]: i64) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %[[ARG1]] overflow<nsw> : i64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.subi %[[ARG0]], %[[ARG1]] overflow<nuw> : i64
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.muli %[[ARG0]], %[[ARG1]] overflow<nsw, nuw> : i64
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.divui %[[ARG0]], %[[ARG1]] exact : i64
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.divsi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.ceildivui %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V6:[0-9]+]] = arith.ceildivsi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V7:[0-9]+]] = arith.floordivsi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V8:[0-9]+]] = arith.remui %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V9:[0-9]+]] = arith.remsi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V10:[0-9]+]] = arith.andi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V11:[0-9]+]] = arith.ori %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V12:[0-9]+]] = arith.xori %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V13:[0-9]+]] = arith.shli %[[ARG0]], %[[ARG1]] overflow<nuw> : i64
// CHECK-NEXT: %[[V14:[0-9]+]] = arith.shrui %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V15:[0-9]+]] = arith.shrsi %[[ARG0]], %[[ARG1]] exact : i64
// CHECK-NEXT: %[[V16:[0-9]+]] = arith.maxsi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V17:[0-9]+]] = arith.maxui %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V18:[0-9]+]] = arith.minsi %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: %[[V19:[0-9]+]] = arith.minui %[[ARG0]], %[[ARG1]] : i64
// CHECK-NEXT: return
func.func @int_binary(%x: i64, %y: i64) {
  %a = arith.addi %x, %y overflow<nsw> : i64
  %b = arith.subi %x, %y overflow<nuw> : i64
  %c = arith.muli %x, %y overflow<nsw, nuw> : i64
  %d = arith.divui %x, %y exact : i64
  %e = arith.divsi %x, %y : i64
  %f = arith.ceildivui %x, %y : i64
  %g = arith.ceildivsi %x, %y : i64
  %h = arith.floordivsi %x, %y : i64
  %i = arith.remui %x, %y : i64
  %j = arith.remsi %x, %y : i64
  %k = arith.andi %x, %y : i64
  %l = arith.ori %x, %y : i64
  %m = arith.xori %x, %y : i64
  %n = arith.shli %x, %y overflow<nuw> : i64
  %o = arith.shrui %x, %y : i64
  %p = arith.shrsi %x, %y exact : i64
  %q = arith.maxsi %x, %y : i64
  %r = arith.maxui %x, %y : i64
  %s = arith.minsi %x, %y : i64
  %t = arith.minui %x, %y : i64
  return
}

// -----

/// Integer ops on index, vector (also scalable) and tensor operands.
// CHECK-LABEL: func.func @int_shaped(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: index, %[[ARG1:arg[0-9]+]]: vector<2x[4]xi8>, %[[ARG2:arg[0-9]+]]: tensor<?xi1>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %[[ARG0]] : index
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.muli %[[ARG1]], %[[ARG1]] : vector<2x[4]xi8>
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.xori %[[ARG2]], %[[ARG2]] : tensor<?xi1>
// CHECK-NEXT: return
func.func @int_shaped(%i: index, %v: vector<2x[4]xi8>, %t: tensor<?xi1>) {
  %a = arith.addi %i, %i : index
  %b = arith.muli %v, %v : vector<2x[4]xi8>
  %c = arith.xori %t, %t : tensor<?xi1>
  return
}

// -----

/// Extended ops name their results %sum/%overflow and %low/%high.
// CHECK-LABEL: func.func @extended(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i16, %[[ARG1:arg[0-9]+]]: vector<2xi32>) {
// CHECK-NEXT: %sum, %overflow = arith.addui_extended %[[ARG0]], %[[ARG0]] : i16, i1
// CHECK-NEXT: %sum_0, %overflow_1 = arith.addui_extended %[[ARG1]], %[[ARG1]] : vector<2xi32>, vector<2xi1>
// CHECK-NEXT: %low, %high = arith.mulsi_extended %[[ARG0]], %[[ARG0]] : i16
// CHECK-NEXT: %low_2, %high_3 = arith.mului_extended %[[ARG1]], %[[ARG1]] : vector<2xi32>
// CHECK-NEXT: return
func.func @extended(%x: i16, %v: vector<2xi32>) {
  %s, %o = arith.addui_extended %x, %x : i16, i1
  %s2, %o2 = arith.addui_extended %v, %v : vector<2xi32>, vector<2xi1>
  %l, %h = arith.mulsi_extended %x, %x : i16
  %l2, %h2 = arith.mului_extended %v, %v : vector<2xi32>
  return
}

// -----

/// Float ops, with fast-math flags printed in upstream's order.
// CHECK-LABEL: func.func @float(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32, %[[ARG1:arg[0-9]+]]: f32) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addf %[[ARG0]], %[[ARG1]] : f32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.subf %[[ARG0]], %[[ARG1]] fastmath<nnan> : f32
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.mulf %[[ARG0]], %[[ARG1]] fastmath<ninf,nsz> : f32
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.divf %[[ARG0]], %[[ARG1]] fastmath<fast> : f32
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.remf %[[ARG0]], %[[ARG1]] : f32
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.maximumf %[[ARG0]], %[[ARG1]] : f32
// CHECK-NEXT: %[[V6:[0-9]+]] = arith.maxnumf %[[ARG0]], %[[ARG1]] fastmath<arcp,contract,afn> : f32
// CHECK-NEXT: %[[V7:[0-9]+]] = arith.minimumf %[[ARG0]], %[[ARG1]] : f32
// CHECK-NEXT: %[[V8:[0-9]+]] = arith.minnumf %[[ARG0]], %[[ARG1]] : f32
// CHECK-NEXT: %[[V9:[0-9]+]] = arith.negf %[[ARG0]] fastmath<fast> : f32
// CHECK-NEXT: %[[V10:[0-9]+]] = arith.addf %[[ARG0]], %[[ARG1]] : f32
// CHECK-NEXT: return
func.func @float(%x: f32, %y: f32) {
  %a = arith.addf %x, %y : f32
  %b = arith.subf %x, %y fastmath<nnan> : f32
  %c = arith.mulf %x, %y fastmath<nsz,ninf> : f32
  %d = arith.divf %x, %y fastmath<fast> : f32
  %e = arith.remf %x, %y : f32
  %f = arith.maximumf %x, %y : f32
  %g = arith.maxnumf %x, %y fastmath<afn,arcp,contract> : f32
  %h = arith.minimumf %x, %y : f32
  %i = arith.minnumf %x, %y : f32
  %j = arith.negf %x fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f32
  %k = arith.addf %x, %y fastmath<none> : f32
  return
}

// -----

/// Every cmpi predicate.
// CHECK-LABEL: func.func @cmpi(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i8, %[[ARG1:arg[0-9]+]]: i8) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.cmpi eq, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.cmpi ne, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.cmpi slt, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.cmpi sle, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.cmpi sgt, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.cmpi sge, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V6:[0-9]+]] = arith.cmpi ult, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V7:[0-9]+]] = arith.cmpi ule, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V8:[0-9]+]] = arith.cmpi ugt, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V9:[0-9]+]] = arith.cmpi uge, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V10:[0-9]+]] = arith.cmpi eq, %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: return
func.func @cmpi(%x: i8, %y: i8) {
  %0 = arith.cmpi eq, %x, %y : i8
  %1 = arith.cmpi ne, %x, %y : i8
  %2 = arith.cmpi slt, %x, %y : i8
  %3 = arith.cmpi sle, %x, %y : i8
  %4 = arith.cmpi sgt, %x, %y : i8
  %5 = arith.cmpi sge, %x, %y : i8
  %6 = arith.cmpi ult, %x, %y : i8
  %7 = arith.cmpi ule, %x, %y : i8
  %8 = arith.cmpi ugt, %x, %y : i8
  %9 = arith.cmpi uge, %x, %y : i8
  %10 = arith.cmpi eq, %x, %y : i8
  return
}

// -----

/// Every cmpf predicate; a vector comparison gives a vector of i1.
// CHECK-LABEL: func.func @cmpf(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f16, %[[ARG1:arg[0-9]+]]: f16, %[[ARG2:arg[0-9]+]]: vector<3xf64>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.cmpf false, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.cmpf oeq, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.cmpf ogt, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.cmpf oge, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.cmpf olt, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.cmpf ole, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V6:[0-9]+]] = arith.cmpf one, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V7:[0-9]+]] = arith.cmpf ord, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V8:[0-9]+]] = arith.cmpf ueq, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V9:[0-9]+]] = arith.cmpf ugt, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V10:[0-9]+]] = arith.cmpf uge, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V11:[0-9]+]] = arith.cmpf ult, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V12:[0-9]+]] = arith.cmpf ule, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V13:[0-9]+]] = arith.cmpf une, %[[ARG0]], %[[ARG1]] : f16
// CHECK-NEXT: %[[V14:[0-9]+]] = arith.cmpf uno, %[[ARG0]], %[[ARG1]] fastmath<nnan> : f16
// CHECK-NEXT: %[[V15:[0-9]+]] = arith.cmpf true, %[[ARG2]], %[[ARG2]] : vector<3xf64>
// CHECK-NEXT: return
func.func @cmpf(%x: f16, %y: f16, %v: vector<3xf64>) {
  %0 = arith.cmpf false, %x, %y : f16
  %1 = arith.cmpf oeq, %x, %y : f16
  %2 = arith.cmpf ogt, %x, %y : f16
  %3 = arith.cmpf oge, %x, %y : f16
  %4 = arith.cmpf olt, %x, %y : f16
  %5 = arith.cmpf ole, %x, %y : f16
  %6 = arith.cmpf one, %x, %y : f16
  %7 = arith.cmpf ord, %x, %y : f16
  %8 = arith.cmpf ueq, %x, %y : f16
  %9 = arith.cmpf ugt, %x, %y : f16
  %10 = arith.cmpf uge, %x, %y : f16
  %11 = arith.cmpf ult, %x, %y : f16
  %12 = arith.cmpf ule, %x, %y : f16
  %13 = arith.cmpf une, %x, %y : f16
  %14 = arith.cmpf uno, %x, %y fastmath<nnan> : f16
  %15 = arith.cmpf true, %v, %v : vector<3xf64>
  return
}

// -----

/// select with a scalar and with a shaped condition.
// CHECK-LABEL: func.func @select(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i1, %[[ARG1:arg[0-9]+]]: vector<2xi1>, %[[ARG2:arg[0-9]+]]: i32, %[[ARG3:arg[0-9]+]]: vector<2xf32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.select %[[ARG0]], %[[ARG2]], %[[ARG2]] : i32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.select %[[ARG1]], %[[ARG3]], %[[ARG3]] : vector<2xi1>, vector<2xf32>
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.select %[[ARG0]], %[[ARG3]], %[[ARG3]] : vector<2xf32>
// CHECK-NEXT: return
func.func @select(%c: i1, %vc: vector<2xi1>, %x: i32, %v: vector<2xf32>) {
  %a = arith.select %c, %x, %x : i32
  %b = arith.select %vc, %v, %v : vector<2xi1>, vector<2xf32>
  %d = arith.select %c, %v, %v : vector<2xf32>
  return
}

// -----

/// Integer and float casts, rounding modes and flags on casts.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i16, %[[ARG1:arg[0-9]+]]: f32, %[[ARG2:arg[0-9]+]]: f64, %[[ARG3:arg[0-9]+]]: index, %[[ARG4:arg[0-9]+]]: memref<?xi32>) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.extui %[[ARG0]] : i16 to i32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.extsi %[[ARG0]] : i16 to i64
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.trunci %[[ARG0]] overflow<nsw> : i16 to i8
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.extf %[[ARG1]] : f32 to f64
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.extf %[[ARG1]] fastmath<contract> : f32 to f64
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.truncf %[[ARG2]] : f64 to f32
// CHECK-NEXT: %[[V6:[0-9]+]] = arith.truncf %[[ARG2]] to_nearest_even : f64 to f16
// CHECK-NEXT: %[[V7:[0-9]+]] = arith.truncf %[[ARG2]] downward : f64 to bf16
// CHECK-NEXT: %[[V8:[0-9]+]] = arith.truncf %[[ARG2]] upward : f64 to f32
// CHECK-NEXT: %[[V9:[0-9]+]] = arith.truncf %[[ARG2]] toward_zero fastmath<nnan> : f64 to f32
// CHECK-NEXT: %[[V10:[0-9]+]] = arith.truncf %[[ARG2]] to_nearest_away : f64 to f32
// CHECK-NEXT: %[[V11:[0-9]+]] = arith.uitofp %[[ARG0]] : i16 to f32
// CHECK-NEXT: %[[V12:[0-9]+]] = arith.sitofp %[[ARG0]] : i16 to f64
// CHECK-NEXT: %[[V13:[0-9]+]] = arith.fptoui %[[ARG1]] : f32 to i32
// CHECK-NEXT: %[[V14:[0-9]+]] = arith.fptosi %[[ARG2]] : f64 to i8
// CHECK-NEXT: %[[V15:[0-9]+]] = arith.index_cast %[[ARG3]] : index to i32
// CHECK-NEXT: %[[V16:[0-9]+]] = arith.index_castui %[[ARG0]] : i16 to index
// CHECK-NEXT: %[[V17:[0-9]+]] = arith.index_cast %[[ARG4]] : memref<?xi32> to memref<?xindex>
// CHECK-NEXT: %[[V18:[0-9]+]] = arith.bitcast %[[ARG1]] : f32 to i32
// CHECK-NEXT: %[[V19:[0-9]+]] = arith.bitcast %[[ARG4]] : memref<?xi32> to memref<?xf32>
// CHECK-NEXT: return
func.func @casts(%i: i16, %f: f32, %d: f64, %x: index, %m: memref<?xi32>) {
  %0 = arith.extui %i : i16 to i32
  %1 = arith.extsi %i : i16 to i64
  %2 = arith.trunci %i overflow<nsw> : i16 to i8
  %3 = arith.extf %f : f32 to f64
  %4 = arith.extf %f fastmath<contract> : f32 to f64
  %5 = arith.truncf %d : f64 to f32
  %6 = arith.truncf %d to_nearest_even : f64 to f16
  %7 = arith.truncf %d downward : f64 to bf16
  %8 = arith.truncf %d upward : f64 to f32
  %9 = arith.truncf %d toward_zero fastmath<nnan> : f64 to f32
  %10 = arith.truncf %d to_nearest_away : f64 to f32
  %11 = arith.uitofp %i : i16 to f32
  %12 = arith.sitofp %i : i16 to f64
  %13 = arith.fptoui %f : f32 to i32
  %14 = arith.fptosi %d : f64 to i8
  %15 = arith.index_cast %x : index to i32
  %16 = arith.index_castui %i : i16 to index
  %17 = arith.index_cast %m : memref<?xi32> to memref<?xindex>
  %18 = arith.bitcast %f : f32 to i32
  %19 = arith.bitcast %m : memref<?xi32> to memref<?xf32>
  return
}

// -----

/// The OCP MX scaling casts.
// CHECK-LABEL: func.func @scaling(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f8E5M2, %[[ARG1:arg[0-9]+]]: f8E8M0FNU, %[[ARG2:arg[0-9]+]]: f32) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.scaling_extf %[[ARG0]], %[[ARG1]] : f8E5M2, f8E8M0FNU to f32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.scaling_truncf %[[ARG2]], %[[ARG1]] : f32, f8E8M0FNU to f8E5M2
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.scaling_truncf %[[ARG2]], %[[ARG1]] toward_zero fastmath<fast> : f32, f8E8M0FNU to f4E2M1FN
// CHECK-NEXT: return
func.func @scaling(%x: f8E5M2, %s: f8E8M0FNU, %f: f32) {
  %0 = arith.scaling_extf %x, %s : f8E5M2, f8E8M0FNU to f32
  %1 = arith.scaling_truncf %f, %s : f32, f8E8M0FNU to f8E5M2
  %2 = arith.scaling_truncf %f, %s toward_zero fastmath<fast> : f32, f8E8M0FNU to f4E2M1FN
  return
}

// -----

/// Constants and their SSA names: %c<N> for index, %c<N>_<type> for integers,
/// %true/%false for i1 and %cst for floats and elements.
// CHECK-LABEL: func.func @constants(
// CHECK-SAME: ) {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c-3 = arith.constant -3 : index
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %c1_i32_0 = arith.constant 1 : i32
// CHECK-NEXT: %cst = arith.constant 5.000000e-01 : f32
// CHECK-NEXT: %cst_1 = arith.constant -0.000000e+00 : f64
// CHECK-NEXT: %cst_2 = arith.constant 0x7FC00000 : f32
// CHECK-NEXT: %cst_3 = arith.constant 0xFF800000 : f32
// CHECK-NEXT: %cst_4 = arith.constant 1.000000e+00 : bf16
// CHECK-NEXT: %cst_5 = arith.constant 2.000000e+00 : f8E4M3FN
// CHECK-NEXT: %cst_6 = arith.constant dense<[1, 2]> : vector<2xi32>
// CHECK-NEXT: %cst_7 = arith.constant dense<0.000000e+00> : tensor<2x2xf32>
// CHECK-NEXT: %cst_8 = arith.constant dense<[true, false]> : vector<2xi1>
// CHECK-NEXT: %cst_9 = arith.constant dense<3> : vector<[4]xindex>
// CHECK-NEXT: %c123456789012345678901234567890_i128 = arith.constant 123456789012345678901234567890 : i128
// CHECK-NEXT: return
func.func @constants() {
  %0 = arith.constant 0 : index
  %1 = arith.constant -3 : index
  %2 = arith.constant 1 : i32
  %3 = arith.constant -1 : i8
  %4 = arith.constant true
  %5 = arith.constant false
  %6 = arith.constant 1 : i32
  %7 = arith.constant 0.5 : f32
  %8 = arith.constant -0.0 : f64
  %9 = arith.constant 0x7FC00000 : f32
  %10 = arith.constant 0xFF800000 : f32
  %11 = arith.constant 1.0 : bf16
  %12 = arith.constant 2.0 : f8E4M3FN
  %13 = arith.constant dense<[1, 2]> : vector<2xi32>
  %14 = arith.constant dense<0.0> : tensor<2x2xf32>
  %15 = arith.constant dense<[true, false]> : vector<2xi1>
  %16 = arith.constant dense<3> : vector<[4]xindex>
  %17 = arith.constant 123456789012345678901234567890 : i128
  return
}

// -----

/// Enum cases may be written as strings (escapes included); they print as keywords.
// CHECK-LABEL: func.func @enum_strings(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32, %[[ARG1:arg[0-9]+]]: f64) {
// CHECK-NEXT: %{{.*}} = arith.cmpi sge, %[[ARG0]], %[[ARG0]] : i32
// CHECK-NEXT: %{{.*}} = arith.cmpf une, %[[ARG1]], %[[ARG1]] : f64
// CHECK-NEXT: %{{.*}} = arith.truncf %[[ARG1]] toward_zero : f64 to f32
// CHECK-NEXT: %{{.*}} = arith.truncf %[[ARG1]] upward fastmath<nnan> : f64 to f16
// CHECK-NEXT: return
func.func @enum_strings(%i: i32, %f: f64) {
  %0 = arith.cmpi "sge", %i, %i : i32
  %1 = arith.cmpf "u\6ee", %f, %f : f64
  %2 = arith.truncf %f "toward_zero" : f64 to f32
  %3 = arith.truncf %f "upward" fastmath<nnan> : f64 to f16
  return
}
