// Inputs of canonicalize: every pattern and folder family, compared with upstream.
/// Constants fold through integer arithmetic, wrapping at the width.
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

/// Division by zero and signed overflow of a division are left alone.
func.func @no_fold_div() -> (i32, i8) {
  %a = arith.constant 7 : i32
  %z = arith.constant 0 : i32
  %q = arith.divui %a, %z : i32
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %r = arith.divsi %min, %m1 : i8
  return %q, %r : i32, i8
}

/// Float folds are IEEE-exact: -0.0 identity, NaN propagation, rounding of bf16.
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

/// A constant operand of a commutative op moves to the right.
func.func @commute(%x: i32) -> i32 {
  %c = arith.constant 5 : i32
  %r = arith.muli %c, %x : i32
  return %r : i32
}

/// addi(addi(x, c0), c1) -> addi(x, c0 + c1), keeping the flags both carry.
func.func @add_add(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %b = arith.addi %a, %c2 overflow<nsw> : i32
  return %b : i32
}

/// addi of subi with constants on either side.
func.func @add_sub(%x: i64) -> (i64, i64) {
  %c5 = arith.constant 5 : i64
  %c3 = arith.constant 3 : i64
  %a = arith.subi %x, %c5 : i64
  %b = arith.addi %a, %c3 : i64
  %d = arith.subi %c5, %x : i64
  %e = arith.addi %d, %c3 : i64
  return %b, %e : i64, i64
}

/// subi of addi and of subi with constants.
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

/// subi(subi(a, b), a) -> subi(0, b).
func.func @sub_sub_self(%a: i32, %b: i32) -> i32 {
  %d = arith.subi %a, %b : i32
  %r = arith.subi %d, %a : i32
  return %r : i32
}

/// muli(muli(x, c0), c1) -> muli(x, c0 * c1), wrapping.
func.func @mul_mul(%x: i8) -> i8 {
  %c16 = arith.constant 16 : i8
  %a = arith.muli %x, %c16 : i8
  %b = arith.muli %a, %c16 : i8
  return %b : i8
}

/// Adding a product with -1 is a subtraction.
func.func @add_mul_neg_one(%x: vector<2xi32>, %y: vector<2xi32>) -> vector<2xi32> {
  %m1 = arith.constant dense<-1> : vector<2xi32>
  %p = arith.muli %y, %m1 : vector<2xi32>
  %r = arith.addi %x, %p : vector<2xi32>
  return %r : vector<2xi32>
}

/// Extended ops with an unused half become plain ops; mulsi_extended by one.
func.func @extended(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %s, %o = arith.addui_extended %x, %y : i32, i1
  %l, %h = arith.mului_extended %x, %y : i32
  %one = arith.constant 1 : i32
  %l2, %h2 = arith.mulsi_extended %x, %one : i32
  return %s, %l, %l2, %h2 : i32, i32, i32, i32
}

/// not(cmpi) inverts the predicate.
func.func @not_cmp(%a: index, %b: index) -> (i1, i1) {
  %true = arith.constant true
  %c = arith.cmpi ult, %a, %b : index
  %n = arith.xori %c, %true : i1
  %d = arith.cmpi sge, %a, %b : index
  %m = arith.xori %d, %true : i1
  return %n, %m : i1, i1
}

/// Bitwise ops of two like extensions narrow to the source type.
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

/// select folds and patterns.
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

/// cmpi of two like extensions compares the sources (eq and ne only).
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

/// Cast chains collapse.
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

/// trunci(shrsi(x, c)) uses shrui when c is the number of bits truncated.
func.func @trunc_shift(%x: i64) -> (i32, i32) {
  %c32 = arith.constant 32 : i64
  %c16 = arith.constant 16 : i64
  %a = arith.shrsi %x, %c32 : i64
  %r0 = arith.trunci %a : i64 to i32
  %b = arith.shrsi %x, %c16 : i64
  %r1 = arith.trunci %b : i64 to i32
  return %r0, %r1 : i32, i32
}

/// Only an amount of exactly the truncated width becomes shrui (upstream's constraint).
func.func @trunc_shift_amounts(%x: i64, %v: vector<2xi16>) -> (i32, i32, i32, vector<2xi8>) {
  %c33 = arith.constant 33 : i64
  %c63 = arith.constant 63 : i64
  %c64 = arith.constant 64 : i64
  %c9 = arith.constant dense<9> : vector<2xi16>
  %a = arith.shrsi %x, %c33 : i64
  %r0 = arith.trunci %a : i64 to i32
  %b = arith.shrsi %x, %c63 exact : i64
  %r1 = arith.trunci %b : i64 to i32
  %c = arith.shrsi %x, %c64 : i64
  %r2 = arith.trunci %c : i64 to i32
  %d = arith.shrsi %v, %c9 : vector<2xi16>
  %r3 = arith.trunci %d : vector<2xi16> to vector<2xi8>
  return %r0, %r1, %r2, %r3 : i32, i32, i32, vector<2xi8>
}

/// Products and quotients of two negations drop them.
func.func @neg_neg(%x: f64, %y: f64) -> (f64, f64) {
  %a = arith.negf %x : f64
  %b = arith.negf %y : f64
  %r0 = arith.mulf %a, %b fastmath<nnan> : f64
  %r1 = arith.divf %a, %b : f64
  return %r0, %r1 : f64, f64
}

/// cmpf of a converted integer with a constant becomes an integer comparison.
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

/// Casts of constants fold exactly, or not at all.
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
