// RUN: pymlir-opt %s -allow-unregistered-dialect -convert-scf-to-cf -split-input-file | FileCheck %s

/// scf.for: the body's entry becomes the condition block (iv and iter args), the
/// latch adds the step and branches back, the loop results are the condition
/// block's arguments.
// CHECK-LABEL: func.func @loop
//  CHECK-SAME: (%[[LB:.*]]: index, %[[UB:.*]]: index, %[[ST:.*]]: index, %[[X:.*]]: f32)
//       CHECK:   cf.br ^bb1(%[[LB]], %[[X]] : index, f32)
//       CHECK: ^bb1(%[[IV:.*]]: index, %[[ACC:.*]]: f32):  // 2 preds: ^bb0, ^bb2
//       CHECK:   %[[C:.*]] = arith.cmpi slt, %[[IV]], %[[UB]] : index
//       CHECK:   cf.cond_br %[[C]], ^bb2, ^bb3
//       CHECK: ^bb2:
//       CHECK:   %[[A:.*]] = arith.addf %[[ACC]], %[[ACC]] : f32
//       CHECK:   %[[N:.*]] = arith.addi %[[IV]], %[[ST]] : index
//       CHECK:   cf.br ^bb1(%[[N]], %[[A]] : index, f32)
//       CHECK: ^bb3:
//       CHECK:   return %[[ACC]] : f32
func.func @loop(%lb: index, %ub: index, %st: index, %x: f32) -> f32 {
  %r = scf.for %i = %lb to %ub step %st iter_args(%acc = %x) -> (f32) {
    %a = arith.addf %acc, %acc : f32
    scf.yield %a : f32
  }
  return %r : f32
}

// -----

/// An unsigned scf.for compares with `ult`.
// CHECK-LABEL: func.func @unsigned_loop
//       CHECK:   arith.cmpi ult
func.func @unsigned_loop(%lb: i32, %ub: i32, %st: i32) {
  scf.for unsigned %i = %lb to %ub step %st : i32 {
    "test.use"(%i) : (i32) -> ()
  }
  return
}

// -----

/// Nested loops: the inner loop's blocks come between the outer condition and latch.
// CHECK-LABEL: func.func @nested
//       CHECK:   cf.br ^bb1
//       CHECK: ^bb1(%[[I:.*]]: index):  // 2 preds: ^bb0, ^bb5
//       CHECK:   cf.cond_br %{{.*}}, ^bb2, ^bb6
//       CHECK: ^bb2:
//       CHECK:   cf.br ^bb3
//       CHECK: ^bb3(%[[J:.*]]: index):  // 2 preds: ^bb2, ^bb4
//       CHECK:   cf.cond_br %{{.*}}, ^bb4, ^bb5
//       CHECK: ^bb4:
//       CHECK:   "test.use"(%[[I]], %[[J]])
//       CHECK: ^bb5:
//       CHECK:   arith.addi %[[I]]
//       CHECK: ^bb6:
//       CHECK:   return
func.func @nested(%lb: index, %ub: index, %st: index) {
  scf.for %i = %lb to %ub step %st {
    scf.for %j = %lb to %ub step %st {
      "test.use"(%i, %j) : (index, index) -> ()
    }
  }
  return
}

// -----

/// scf.if with results branches to a block whose arguments are the results, then to
/// the continuation; without else the false edge goes to the continuation.
// CHECK-LABEL: func.func @branches
//  CHECK-SAME: (%[[C:.*]]: i1, %[[X:.*]]: i32)
//       CHECK:   cf.cond_br %[[C]], ^bb1, ^bb2
//       CHECK: ^bb1:
//       CHECK:   %[[A:.*]] = arith.addi %[[X]], %[[X]] : i32
//       CHECK:   cf.br ^bb3(%[[A]] : i32)
//       CHECK: ^bb2:
//       CHECK:   cf.br ^bb3(%[[X]] : i32)
//       CHECK: ^bb3(%[[R:.*]]: i32):  // 2 preds: ^bb1, ^bb2
//       CHECK:   cf.br ^bb4
//       CHECK: ^bb4:
//       CHECK:   cf.cond_br %[[C]], ^bb5, ^bb6
//       CHECK: ^bb5:
//       CHECK:   "test.use"(%[[R]]) : (i32) -> ()
//       CHECK:   cf.br ^bb6
//       CHECK: ^bb6:  // 2 preds: ^bb4, ^bb5
//       CHECK:   return %[[R]] : i32
func.func @branches(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> (i32) {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  } else {
    scf.yield %x : i32
  }
  scf.if %c {
    "test.use"(%r) : (i32) -> ()
  }
  return %r : i32
}

// -----

/// scf.index_switch: a cf.switch on the index cast to i32.
// CHECK-LABEL: func.func @switch
//       CHECK:   %[[F:.*]] = arith.index_cast %{{.*}} : index to i32
//       CHECK:   cf.switch %[[F]] : i32, [
//  CHECK-NEXT:     default: ^bb2,
//  CHECK-NEXT:     3: ^bb1
//  CHECK-NEXT:   ]
//       CHECK: ^bb3(%[[R:.*]]: i32):  // 2 preds: ^bb1, ^bb2
//       CHECK:   return %[[R]] : i32
func.func @switch(%i: index, %x: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 3 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  default {
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

/// scf.while: the "before" region ends in a cf.cond_br into the "after" region or
/// out; the loop results are the condition's operands.
// CHECK-LABEL: func.func @while_loop
//  CHECK-SAME: (%[[X:.*]]: i32, %[[N:.*]]: i32)
//       CHECK:   cf.br ^bb1(%[[X]] : i32)
//       CHECK: ^bb1(%[[A:.*]]: i32):  // 2 preds: ^bb0, ^bb2
//       CHECK:   %[[C:.*]] = arith.cmpi slt, %[[A]], %[[N]] : i32
//       CHECK:   cf.cond_br %[[C]], ^bb2(%[[A]] : i32), ^bb3
//       CHECK: ^bb2(%[[B:.*]]: i32):
//       CHECK:   %[[B2:.*]] = arith.addi %[[B]], %[[B]] : i32
//       CHECK:   cf.br ^bb1(%[[B2]] : i32)
//       CHECK: ^bb3:
//       CHECK:   return %[[A]] : i32
func.func @while_loop(%x: i32, %n: i32) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %n : i32
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    %b2 = arith.addi %b, %b : i32
    scf.yield %b2 : i32
  }
  return %r : i32
}

// -----

/// A do-while (the "after" region only forwards its arguments) loops on the "before"
/// blocks.
// CHECK-LABEL: func.func @do_while
//       CHECK:   cf.br ^bb1(%{{.*}} : i32)
//       CHECK: ^bb1(%[[A:.*]]: i32):  // 2 preds: ^bb0, ^bb1
//       CHECK:   %[[A2:.*]] = arith.addi %[[A]], %[[A]] : i32
//       CHECK:   cf.cond_br %{{.*}}, ^bb1(%[[A2]] : i32), ^bb2
//       CHECK: ^bb2:
//       CHECK:   return %[[A2]] : i32
func.func @do_while(%x: i32, %n: i32) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %a2 = arith.addi %a, %a : i32
    %c = arith.cmpi slt, %a2, %n : i32
    scf.condition(%c) %a2 : i32
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

/// scf.execute_region: its blocks are inlined, scf.yield branches to the
/// continuation, whose argument is the result.
// CHECK-LABEL: func.func @region
//       CHECK:   cf.br ^bb1
//       CHECK: ^bb1:
//       CHECK:   %[[Q:.*]] = arith.addi
//       CHECK:   cf.br ^bb2(%[[Q]] : i32)
//       CHECK: ^bb2(%[[R:.*]]: i32):
//       CHECK:   return %[[R]] : i32
func.func @region(%x: i32) -> i32 {
  %e = scf.execute_region -> i32 {
    %q = arith.addi %x, %x : i32
    scf.yield %q : i32
  }
  return %e : i32
}

// -----

/// scf.parallel becomes a nest of loops; the reduction is merged into the innermost
/// body and its result yielded outwards.
// CHECK-LABEL: func.func @parallel
//  CHECK-SAME: (%[[LB:.*]]: index, %[[UB:.*]]: index, %[[ST:.*]]: index, %[[X:.*]]: f32)
//       CHECK:   cf.br ^bb1(%[[LB]], %[[X]] : index, f32)
//       CHECK: ^bb1(%[[I:.*]]: index, %[[RI:.*]]: f32):  // 2 preds: ^bb0, ^bb5
//       CHECK: ^bb3(%[[J:.*]]: index, %[[RJ:.*]]: f32):  // 2 preds: ^bb2, ^bb4
//       CHECK: ^bb4:
//       CHECK:   %[[V:.*]] = arith.addf %[[X]], %[[X]] : f32
//       CHECK:   %[[S:.*]] = arith.addf %[[RJ]], %[[V]] : f32
//       CHECK:   cf.br ^bb3(%{{.*}}, %[[S]] : index, f32)
//       CHECK: ^bb6:
//       CHECK:   return %[[RI]] : f32
func.func @parallel(%lb: index, %ub: index, %st: index, %x: f32) -> f32 {
  %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%st, %st) init (%x) -> f32 {
    %v = arith.addf %x, %x : f32
    scf.reduce(%v : f32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}

// -----

/// scf.forall goes through scf.parallel: static bounds become index constants.
// CHECK-LABEL: func.func @forall
//       CHECK:   %[[C0:.*]] = arith.constant 0 : index
//       CHECK:   %[[C4:.*]] = arith.constant 4 : index
//       CHECK:   %[[C1:.*]] = arith.constant 1 : index
//       CHECK:   cf.br ^bb1(%[[C0]] : index)
//       CHECK:   arith.cmpi slt, %{{.*}}, %[[C4]] : index
//       CHECK:   "test.use"
//   CHECK-NOT:   scf.
func.func @forall() {
  scf.forall (%i) in (4) {
    "test.use"(%i) : (index) -> ()
  }
  return
}
