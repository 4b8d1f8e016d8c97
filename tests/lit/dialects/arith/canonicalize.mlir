// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --canonicalize --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// Constants fold through integer arithmetic, wrapping at the width.
// CHECK-LABEL: func.func @fold_int(
// CHECK-SAME: ) -> (i8, i32, index) {
// CHECK-NEXT: %c-56_i8 = arith.constant -56 : i8
// CHECK-NEXT: %c-4_i32 = arith.constant -4 : i32
// CHECK-NEXT: %c36 = arith.constant 36 : index
// CHECK-NEXT: return %c-56_i8, %c-4_i32, %c36 : i8, i32, index
func.func @fold_int() -> (i8, i32, index) {
  %a = arith.constant 100 : i8
  %b = arith.constant 100 : i8
  %s = arith.addi %a, %b : i8
  %c = arith.constant -7 : i32
  %d = arith.constant 2 : i32
  %q = arith.floordivsi %c, %d : i32
  %e = arith.constant 6 : index
  %m = arith.muli %e, %e : index
  return %s, %q, %m : i8, i32, index
}

// -----

/// Division by zero and signed overflow of a division are left alone.
// CHECK-LABEL: func.func @no_fold_div(
// CHECK-SAME: ) -> (i32, i8) {
// CHECK-NEXT: %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT: %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT: %c7_i32 = arith.constant 7 : i32
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.divui %c7_i32, %c0_i32 : i32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.divsi %c-128_i8, %c-1_i8 : i8
// CHECK-NEXT: return %[[V0]], %[[V1]] : i32, i8
func.func @no_fold_div() -> (i32, i8) {
  %a = arith.constant 7 : i32
  %z = arith.constant 0 : i32
  %q = arith.divui %a, %z : i32
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %r = arith.divsi %min, %m1 : i8
  return %q, %r : i32, i8
}

// -----

/// Float folds are IEEE-exact: -0.0 identity, NaN propagation, rounding of bf16.
// CHECK-LABEL: func.func @fold_float(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f32) -> (f32, f32, bf16, f32) {
// CHECK-NEXT: %cst = arith.constant 0x7FC00000 : f32
// CHECK-NEXT: %cst_0 = arith.constant 1.000000e+00 : bf16
// CHECK-NEXT: %cst_1 = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: return %[[ARG0]], %cst, %cst_0, %cst_1 : f32, f32, bf16, f32
func.func @fold_float(%x: f32) -> (f32, f32, bf16, f32) {
  %nz = arith.constant -0.0 : f32
  %a = arith.addf %x, %nz : f32
  %nan = arith.constant 0x7FC00000 : f32
  %one = arith.constant 1.0 : f32
  %m = arith.maximumf %nan, %one : f32
  %b1 = arith.constant 1.0 : bf16
  %b2 = arith.constant 0.00390625 : bf16
  %b = arith.addf %b1, %b2 : bf16
  %n = arith.maxnumf %nan, %one : f32
  return %a, %m, %b, %n : f32, f32, bf16, f32
}

// -----

/// A constant operand of a commutative op moves to the right.
// CHECK-LABEL: func.func @commute(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32) -> i32 {
// CHECK-NEXT: %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.muli %[[ARG0]], %c5_i32 : i32
// CHECK-NEXT: return %[[V0]] : i32
func.func @commute(%x: i32) -> i32 {
  %c = arith.constant 5 : i32
  %r = arith.muli %c, %x : i32
  return %r : i32
}

// -----

/// addi(addi(x, c0), c1) -> addi(x, c0 + c1), keeping the flags both carry.
// CHECK-LABEL: func.func @add_add(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32) -> i32 {
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %c3_i32 overflow<nsw> : i32
// CHECK-NEXT: return %[[V0]] : i32
func.func @add_add(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %b = arith.addi %a, %c2 overflow<nsw> : i32
  return %b : i32
}

// -----

/// addi of subi with constants on either side.
// CHECK-LABEL: func.func @add_sub(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i64) -> (i64, i64) {
// CHECK-NEXT: %c8_i64 = arith.constant 8 : i64
// CHECK-NEXT: %c-2_i64 = arith.constant -2 : i64
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %c-2_i64 : i64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.subi %c8_i64, %[[ARG0]] : i64
// CHECK-NEXT: return %[[V0]], %[[V1]] : i64, i64
func.func @add_sub(%x: i64) -> (i64, i64) {
  %c5 = arith.constant 5 : i64
  %c3 = arith.constant 3 : i64
  %a = arith.subi %x, %c5 : i64
  %b = arith.addi %a, %c3 : i64
  %d = arith.subi %c5, %x : i64
  %e = arith.addi %d, %c3 : i64
  return %b, %e : i64, i64
}

// -----

/// subi of addi and of subi with constants.
// CHECK-LABEL: func.func @sub_chains(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i16) -> (i16, i16, i16, i16, i16, i16) {
// CHECK-NEXT: %c14_i16 = arith.constant 14 : i16
// CHECK-NEXT: %c-6_i16 = arith.constant -6 : i16
// CHECK-NEXT: %c6_i16 = arith.constant 6 : i16
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %c6_i16 : i16
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.subi %c-6_i16, %[[ARG0]] : i16
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.subi %[[ARG0]], %c14_i16 : i16
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.subi %c14_i16, %[[ARG0]] : i16
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.subi %c6_i16, %[[ARG0]] : i16
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.addi %[[ARG0]], %c-6_i16 : i16
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V4]], %[[V5]] : i16, i16, i16, i16, i16, i16
func.func @sub_chains(%x: i16) -> (i16, i16, i16, i16, i16, i16) {
  %c10 = arith.constant 10 : i16
  %c4 = arith.constant 4 : i16
  %a = arith.addi %x, %c10 : i16
  %r0 = arith.subi %a, %c4 : i16
  %r1 = arith.subi %c4, %a : i16
  %s = arith.subi %x, %c10 : i16
  %r2 = arith.subi %s, %c4 : i16
  %r3 = arith.subi %c4, %s : i16
  %t = arith.subi %c10, %x : i16
  %r4 = arith.subi %t, %c4 : i16
  %r5 = arith.subi %c4, %t : i16
  return %r0, %r1, %r2, %r3, %r4, %r5 : i16, i16, i16, i16, i16, i16
}

// -----

/// subi(subi(a, b), a) -> subi(0, b).
// CHECK-LABEL: func.func @sub_sub_self(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32, %[[ARG1:arg[0-9]+]]: i32) -> i32 {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.subi %c0_i32, %[[ARG1]] : i32
// CHECK-NEXT: return %[[V0]] : i32
func.func @sub_sub_self(%a: i32, %b: i32) -> i32 {
  %d = arith.subi %a, %b : i32
  %r = arith.subi %d, %a : i32
  return %r : i32
}

// -----

/// muli(muli(x, c0), c1) -> muli(x, c0 * c1), wrapping.
// CHECK-LABEL: func.func @mul_mul(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i8) -> i8 {
// CHECK-NEXT: %c0_i8 = arith.constant 0 : i8
// CHECK-NEXT: return %c0_i8 : i8
func.func @mul_mul(%x: i8) -> i8 {
  %c16 = arith.constant 16 : i8
  %a = arith.muli %x, %c16 : i8
  %b = arith.muli %a, %c16 : i8
  return %b : i8
}

// -----

/// Adding a product with -1 is a subtraction.
// CHECK-LABEL: func.func @add_mul_neg_one(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: vector<2xi32>, %[[ARG1:arg[0-9]+]]: vector<2xi32>) -> vector<2xi32> {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.subi %[[ARG0]], %[[ARG1]] : vector<2xi32>
// CHECK-NEXT: return %[[V0]] : vector<2xi32>
func.func @add_mul_neg_one(%x: vector<2xi32>, %y: vector<2xi32>) -> vector<2xi32> {
  %m1 = arith.constant dense<-1> : vector<2xi32>
  %p = arith.muli %y, %m1 : vector<2xi32>
  %r = arith.addi %x, %p : vector<2xi32>
  return %r : vector<2xi32>
}

// -----

/// Extended ops with an unused half become plain ops; mulsi_extended by one.
// CHECK-LABEL: func.func @extended(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32, %[[ARG1:arg[0-9]+]]: i32) -> (i32, i32, i32, i32) {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %[[ARG1]] : i32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.muli %[[ARG0]], %[[ARG1]] : i32
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.cmpi slt, %[[ARG0]], %c0_i32 : i32
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.extsi %[[V2]] : i1 to i32
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[ARG0]], %[[V3]] : i32, i32, i32, i32
func.func @extended(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %s, %o = arith.addui_extended %x, %y : i32, i1
  %l, %h = arith.mului_extended %x, %y : i32
  %one = arith.constant 1 : i32
  %l2, %h2 = arith.mulsi_extended %x, %one : i32
  return %s, %l, %l2, %h2 : i32, i32, i32, i32
}

// -----

/// not(cmpi) inverts the predicate.
// CHECK-LABEL: func.func @not_cmp(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: index, %[[ARG1:arg[0-9]+]]: index) -> (i1, i1) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.cmpi uge, %[[ARG0]], %[[ARG1]] : index
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.cmpi slt, %[[ARG0]], %[[ARG1]] : index
// CHECK-NEXT: return %[[V0]], %[[V1]] : i1, i1
func.func @not_cmp(%a: index, %b: index) -> (i1, i1) {
  %true = arith.constant true
  %c = arith.cmpi ult, %a, %b : index
  %n = arith.xori %c, %true : i1
  %d = arith.cmpi sge, %a, %b : index
  %m = arith.xori %d, %true : i1
  return %n, %m : i1, i1
}

// -----

/// Bitwise ops of two like extensions narrow to the source type.
// CHECK-LABEL: func.func @bitwise_of_ext(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i8, %[[ARG1:arg[0-9]+]]: i8) -> (i32, i32, i32) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.andi %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.extui %[[V0]] : i8 to i32
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.ori %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.extsi %[[V2]] : i8 to i32
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.xori %[[ARG0]], %[[ARG1]] : i8
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.extui %[[V4]] : i8 to i32
// CHECK-NEXT: return %[[V1]], %[[V3]], %[[V5]] : i32, i32, i32
func.func @bitwise_of_ext(%a: i8, %b: i8) -> (i32, i32, i32) {
  %x = arith.extui %a : i8 to i32
  %y = arith.extui %b : i8 to i32
  %r0 = arith.andi %x, %y : i32
  %u = arith.extsi %a : i8 to i32
  %v = arith.extsi %b : i8 to i32
  %r1 = arith.ori %u, %v : i32
  %r2 = arith.xori %x, %y : i32
  return %r0, %r1, %r2 : i32, i32, i32
}

// -----

/// select folds and patterns.
// CHECK-LABEL: func.func @select(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i1, %[[ARG1:arg[0-9]+]]: i1, %[[ARG2:arg[0-9]+]]: i32, %[[ARG3:arg[0-9]+]]: i32, %[[ARG4:arg[0-9]+]]: i32) -> (i32, i32, i32, i32, i32, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.select %[[ARG0]], %[[ARG2]], %[[ARG4]] : i32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.select %[[ARG0]], %[[ARG4]], %[[ARG3]] : i32
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.select %[[ARG0]], %[[ARG3]], %[[ARG2]] : i32
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.extui %[[ARG1]] : i1 to i32
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.xori %[[ARG1]], %true : i1
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.extui %[[V4]] : i1 to i32
// CHECK-NEXT: %[[V6:[0-9]+]] = arith.xori %[[ARG1]], %true : i1
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[V5]], %[[V6]] : i32, i32, i32, i32, i32, i1
func.func @select(%c: i1, %d: i1, %x: i32, %y: i32, %z: i32) -> (i32, i32, i32, i32, i32, i1) {
  %s = arith.select %c, %x, %y : i32
  %r0 = arith.select %c, %s, %z : i32
  %r1 = arith.select %c, %z, %s : i32
  %true = arith.constant true
  %false = arith.constant false
  %nc = arith.xori %c, %true : i1
  %r2 = arith.select %nc, %x, %y : i32
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %r3 = arith.select %d, %one, %zero : i32
  %r4 = arith.select %d, %zero, %one : i32
  %r5 = arith.select %d, %false, %true : i1
  return %r0, %r1, %r2, %r3, %r4, %r5 : i32, i32, i32, i32, i32, i1
}

// -----

/// cmpi of two like extensions compares the sources (eq and ne only).
// CHECK-LABEL: func.func @cmp_of_ext(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i16, %[[ARG1:arg[0-9]+]]: i16) -> (i1, i1, i1) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.extsi %[[ARG0]] : i16 to i64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.extsi %[[ARG1]] : i16 to i64
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.cmpi eq, %[[ARG0]], %[[ARG1]] : i16
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.cmpi slt, %[[V0]], %[[V1]] : i64
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.cmpi ne, %[[ARG0]], %[[ARG1]] : i16
// CHECK-NEXT: return %[[V2]], %[[V3]], %[[V4]] : i1, i1, i1
func.func @cmp_of_ext(%a: i16, %b: i16) -> (i1, i1, i1) {
  %x = arith.extsi %a : i16 to i64
  %y = arith.extsi %b : i16 to i64
  %r0 = arith.cmpi eq, %x, %y : i64
  %r1 = arith.cmpi slt, %x, %y : i64
  %u = arith.extui %a : i16 to i64
  %v = arith.extui %b : i16 to i64
  %r2 = arith.cmpi ne, %u, %v : i64
  return %r0, %r1, %r2 : i1, i1, i1
}

// -----

/// Cast chains collapse.
// CHECK-LABEL: func.func @casts(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i8, %[[ARG1:arg[0-9]+]]: i32, %[[ARG2:arg[0-9]+]]: f32, %[[ARG3:arg[0-9]+]]: index) -> (i64, i16, f16, index, index, i32, f32) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.extui %[[ARG0]] : i8 to i64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.extsi %[[ARG0]] : i8 to i16
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.sitofp %[[ARG1]] : i32 to f16
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.index_cast %[[ARG0]] : i8 to index
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.bitcast %[[ARG2]] : f32 to i32
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]], %[[V3]], %[[ARG3]], %[[V4]], %[[ARG2]] : i64, i16, f16, index, index, i32, f32
func.func @casts(%a: i8, %b: i32, %f: f32, %i: index) -> (i64, i16, f16, index, index, i32, f32) {
  %u = arith.extui %a : i8 to i32
  %r0 = arith.extsi %u : i32 to i64
  %s = arith.extsi %a : i8 to i64
  %r1 = arith.trunci %s : i64 to i16
  %p = arith.sitofp %b : i32 to f32
  %r2 = arith.truncf %p : f32 to f16
  %e = arith.extsi %a : i8 to i32
  %r3 = arith.index_cast %e : i32 to index
  %q = arith.index_castui %i : index to i32
  %r4 = arith.index_castui %q : i32 to index
  %bc = arith.bitcast %f : f32 to i32
  %r5 = arith.bitcast %bc : i32 to f32
  %r6 = arith.bitcast %r5 : f32 to f32
  return %r0, %r1, %r2, %r3, %r4, %bc, %r6 : i64, i16, f16, index, index, i32, f32
}

// -----

/// trunci(shrsi(x, c)) uses shrui only when c is exactly the number of bits truncated.
// CHECK-LABEL: func.func @trunc_shift(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i64) -> (i32, i32, i32) {
// CHECK-NEXT: %c16_i64 = arith.constant 16 : i64
// CHECK-NEXT: %c40_i64 = arith.constant 40 : i64
// CHECK-NEXT: %c32_i64 = arith.constant 32 : i64
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.shrui %[[ARG0]], %c32_i64 : i64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.trunci %[[V0]] : i64 to i32
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.shrsi %[[ARG0]], %c16_i64 : i64
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.trunci %[[V2]] : i64 to i32
// CHECK-NEXT: %[[V4:[0-9]+]] = arith.shrsi %[[ARG0]], %c40_i64 : i64
// CHECK-NEXT: %[[V5:[0-9]+]] = arith.trunci %[[V4]] : i64 to i32
// CHECK-NEXT: return %[[V1]], %[[V3]], %[[V5]] : i32, i32, i32
func.func @trunc_shift(%x: i64) -> (i32, i32, i32) {
  %c32 = arith.constant 32 : i64
  %c16 = arith.constant 16 : i64
  %c40 = arith.constant 40 : i64
  %a = arith.shrsi %x, %c32 : i64
  %r0 = arith.trunci %a : i64 to i32
  %b = arith.shrsi %x, %c16 : i64
  %r1 = arith.trunci %b : i64 to i32
  %c = arith.shrsi %x, %c40 : i64
  %r2 = arith.trunci %c : i64 to i32
  return %r0, %r1, %r2 : i32, i32, i32
}

// -----

/// Products and quotients of two negations drop them.
// CHECK-LABEL: func.func @neg_neg(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: f64, %[[ARG1:arg[0-9]+]]: f64) -> (f64, f64) {
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.mulf %[[ARG0]], %[[ARG1]] fastmath<nnan> : f64
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.divf %[[ARG0]], %[[ARG1]] : f64
// CHECK-NEXT: return %[[V0]], %[[V1]] : f64, f64
func.func @neg_neg(%x: f64, %y: f64) -> (f64, f64) {
  %a = arith.negf %x : f64
  %b = arith.negf %y : f64
  %r0 = arith.mulf %a, %b fastmath<nnan> : f64
  %r1 = arith.divf %a, %b : f64
  return %r0, %r1 : f64, f64
}

// -----

/// cmpf of a converted integer with a constant becomes an integer comparison.
// CHECK-LABEL: func.func @cmpf_of_int(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i16) -> (i1, i1, i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %c2_i16 = arith.constant 2 : i16
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.cmpi sle, %[[ARG0]], %c2_i16 : i16
// CHECK-NEXT: return %[[V0]], %false, %true, %true : i1, i1, i1, i1
func.func @cmpf_of_int(%x: i16) -> (i1, i1, i1, i1) {
  %f = arith.sitofp %x : i16 to f32
  %c = arith.constant 2.5 : f32
  %r0 = arith.cmpf olt, %f, %c : f32
  %big = arith.constant 1.0e+6 : f32
  %r1 = arith.cmpf ogt, %f, %big : f32
  %r2 = arith.cmpf ord, %f, %c : f32
  %u = arith.uitofp %x : i16 to f32
  %m = arith.constant -2.5 : f32
  %r3 = arith.cmpf uge, %u, %m : f32
  return %r0, %r1, %r2, %r3 : i1, i1, i1, i1
}

// -----

/// Casts of constants fold exactly, or not at all.
// CHECK-LABEL: func.func @cast_constants(
// CHECK-SAME: ) -> (f16, f16, i8, index, i32) {
// CHECK-NEXT: %c1073741824_i32 = arith.constant 1073741824 : i32
// CHECK-NEXT: %c4294967295 = arith.constant 4294967295 : index
// CHECK-NEXT: %cst = arith.constant 3.000000e+02 : f32
// CHECK-NEXT: %cst_0 = arith.constant 1.000000e-01 : f32
// CHECK-NEXT: %cst_1 = arith.constant 1.500000e+00 : f16
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.truncf %cst_0 : f32 to f16
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.fptosi %cst : f32 to i8
// CHECK-NEXT: return %cst_1, %[[V0]], %[[V1]], %c4294967295, %c1073741824_i32 : f16, f16, i8, index, i32
func.func @cast_constants() -> (f16, f16, i8, index, i32) {
  %a = arith.constant 1.5 : f32
  %r0 = arith.truncf %a : f32 to f16
  %b = arith.constant 0.1 : f32
  %r1 = arith.truncf %b : f32 to f16
  %c = arith.constant 300.0 : f32
  %r2 = arith.fptosi %c : f32 to i8
  %d = arith.constant -1 : i32
  %r3 = arith.index_castui %d : i32 to index
  %e = arith.constant 2.0 : f32
  %r4 = arith.bitcast %e : f32 to i32
  return %r0, %r1, %r2, %r3, %r4 : f16, f16, i8, index, i32
}

// -----

/// A poison operand is the result of the common folders (any other operand), select
/// takes the other value, a shift does not fold.
// CHECK-LABEL: func.func @poison(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32, %[[ARG1:arg[0-9]+]]: i1, %[[ARG2:arg[0-9]+]]: f32) -> (i32, i32, f32, i64, f32, i32, i32) {
// CHECK-NEXT: %[[P:[0-9]+]] = ub.poison : i32
// CHECK-NEXT: %[[Q:[0-9]+]] = ub.poison : f32
// CHECK-NEXT: %[[R:[0-9]+]] = ub.poison : i64
// CHECK-NEXT: %[[S:[0-9]+]] = arith.shrui %[[P]], %[[ARG0]] : i32
// CHECK-NEXT: return %[[P]], %[[P]], %[[Q]], %[[R]], %[[Q]], %[[ARG0]], %[[S]] : i32, i32, f32, i64, f32, i32, i32
func.func @poison(%x: i32, %c: i1, %f: f32) -> (i32, i32, f32, i64, f32, i32, i32) {
  %p = ub.poison : i32
  %q = ub.poison : f32
  %0 = arith.addi %x, %p : i32
  %1 = arith.divsi %p, %x : i32
  %2 = arith.mulf %f, %q : f32
  %3 = arith.extui %p : i32 to i64
  %4 = arith.bitcast %p : i32 to f32
  %5 = arith.select %c, %p, %x : i32
  %6 = arith.shrui %p, %x : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, f32, i64, f32, i32, i32
}

// -----

/// Constant chains and subi(subi(a, b), a) keep the flags both ops carry, except
/// subi(addi(x, c0), c1); mulsi_extended by an i1 true (-1) stays.
// CHECK-LABEL: func.func @chain_flags(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i32, %[[ARG1:arg[0-9]+]]: i32) -> (i32, i32, i32, i32) {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c-2_i32 = arith.constant -2 : i32
// CHECK-NEXT: %[[V0:[0-9]+]] = arith.addi %[[ARG0]], %c-2_i32 overflow<nuw> : i32
// CHECK-NEXT: %[[V1:[0-9]+]] = arith.addi %[[ARG0]], %c-2_i32 overflow<nsw> : i32
// CHECK-NEXT: %[[V2:[0-9]+]] = arith.addi %[[ARG0]], %c2_i32 : i32
// CHECK-NEXT: %[[V3:[0-9]+]] = arith.subi %c0_i32, %[[ARG1]] overflow<nsw> : i32
// CHECK-NEXT: return %[[V0]], %[[V1]], %[[V2]], %[[V3]] : i32, i32, i32, i32
// CHECK-LABEL: func.func @mulsi_extended_true(
// CHECK-SAME: %[[ARG0:arg[0-9]+]]: i1) -> (i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %low, %high = arith.mulsi_extended %[[ARG0]], %true : i1
// CHECK-NEXT: return %low, %high : i1, i1
func.func @chain_flags(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %c5 = arith.constant 5 : i32
  %c3 = arith.constant 3 : i32
  %a = arith.subi %x, %c5 overflow<nsw, nuw> : i32
  %r0 = arith.addi %a, %c3 overflow<nuw> : i32
  %b = arith.subi %c5, %x overflow<nsw> : i32
  %r1 = arith.subi %c3, %b overflow<nsw, nuw> : i32
  %d = arith.addi %x, %c5 overflow<nsw, nuw> : i32
  %r2 = arith.subi %d, %c3 overflow<nsw, nuw> : i32
  %e = arith.subi %x, %y overflow<nsw> : i32
  %r3 = arith.subi %e, %x overflow<nsw> : i32
  return %r0, %r1, %r2, %r3 : i32, i32, i32, i32
}
func.func @mulsi_extended_true(%x: i1) -> (i1, i1) {
  %true = arith.constant true
  %l, %h = arith.mulsi_extended %x, %true : i1
  return %l, %h : i1, i1
}
