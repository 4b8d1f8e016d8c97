// RUN: pymlir-opt %s --loop-invariant-code-motion --split-input-file --allow-unregistered-dialect | FileCheck %s

/// Pure ops on loop-invariant values leave the loop, and so do their users once they
/// become invariant; ops using the induction variable or an iter_arg stay.
// CHECK-LABEL: func.func @chain
// CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i32, %[[N:.*]]: index)
// CHECK: %[[X:.*]] = arith.addi %[[A]], %[[B]] : i32
// CHECK-NEXT: %[[Y:.*]] = arith.muli %[[X]], %[[X]] : i32
// CHECK-NEXT: scf.for %[[I:.*]] = %{{.*}} to %[[N]] step %{{.*}} iter_args(%[[ACC:.*]] = %[[A]])
// CHECK-NEXT: %[[C:.*]] = arith.index_cast %[[I]] : index to i32
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[Y]], %[[C]] : i32
// CHECK-NEXT: %[[T:.*]] = arith.addi %[[ACC]], %[[S]] : i32
// CHECK-NEXT: scf.yield %[[T]] : i32
func.func @chain(%a: i32, %b: i32, %n: index) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %a) -> i32 {
    %x = arith.addi %a, %b : i32
    %y = arith.muli %x, %x : i32
    %c = arith.index_cast %i : index to i32
    %s = arith.addi %y, %c : i32
    %t = arith.addi %acc, %s : i32
    scf.yield %t : i32
  }
  return %r : i32
}

// -----

/// Inner loops are processed first: an op invariant in both loops leaves both.
// CHECK-LABEL: func.func @nest
// CHECK: %[[M:.*]] = arith.muli %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: scf.for
// CHECK-NEXT: %[[J:.*]] = arith.index_cast
// CHECK-NEXT: scf.for
// CHECK-NEXT: "test.use"(%[[M]], %[[J]])
func.func @nest(%a: i32, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      %m = arith.muli %a, %a : i32
      %ji = arith.index_cast %i : index to i32
      "test.use"(%m, %ji) : (i32, i32) -> ()
    }
  }
  return
}

// -----

/// Division by a value that may be zero is not speculatable and stays; by a
/// non-zero constant it is hoisted. Ops with memory effects (unregistered) stay.
// CHECK-LABEL: func.func @speculation
// CHECK: %[[Q:.*]] = arith.divui %{{.*}}, %c7_i32 : i32
// CHECK-NEXT: scf.for
// CHECK-NEXT: arith.divui %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: arith.divsi %{{.*}}, %c-1_i32 : i32
// CHECK-NEXT: "test.effect"() : () -> i32
// CHECK-NEXT: "test.use"
func.func @speculation(%a: i32, %b: i32, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c7 = arith.constant 7 : i32
  %m1 = arith.constant -1 : i32
  scf.for %i = %c0 to %n step %c1 {
    %q = arith.divui %a, %c7 : i32
    %d = arith.divui %a, %b : i32
    %s = arith.divsi %a, %m1 : i32
    %e = "test.effect"() : () -> i32
    "test.use"(%q, %d, %s, %e) : (i32, i32, i32, i32) -> ()
  }
  return
}

// -----

/// An op with a region moves as a whole when nothing inside uses loop values; an
/// inner scf.for moves only when its step is 1 (known to terminate).
// CHECK-LABEL: func.func @regions
// CHECK: %[[IF:.*]] = scf.if
// CHECK: %[[L1:.*]] = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c1
// CHECK: scf.for
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %c2
// CHECK: "test.use"(%[[IF]], %[[L1]]
func.func @regions(%a: i32, %c: i1, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  scf.for %i = %c0 to %n step %c1 {
    %v = scf.if %c -> i32 {
      %k = arith.addi %a, %a : i32
      scf.yield %k : i32
    } else {
      scf.yield %a : i32
    }
    %l1 = scf.for %j = %c0 to %n step %c1 iter_args(%x = %a) -> i32 {
      %t = arith.addi %x, %a : i32
      scf.yield %t : i32
    }
    %l2 = scf.for %j = %c0 to %n step %c2 iter_args(%x = %a) -> i32 {
      %t = arith.addi %x, %a : i32
      scf.yield %t : i32
    }
    "test.use"(%v, %l1, %l2) : (i32, i32, i32) -> ()
  }
  return
}

// -----

/// scf.while hoists out of both regions; scf.parallel and scf.forall out of their body.
// CHECK-LABEL: func.func @other_loops
// CHECK: arith.muli
// CHECK-NEXT: arith.addi
// CHECK-NEXT: scf.while
// CHECK: arith.subi
// CHECK-NEXT: scf.parallel
// CHECK: arith.xori
// CHECK-NEXT: scf.forall
func.func @other_loops(%a: i32, %n: index, %m: memref<?xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %w = scf.while (%x = %a) : (i32) -> i32 {
    %inv = arith.muli %a, %a : i32
    %cond = arith.cmpi slt, %x, %inv : i32
    scf.condition(%cond) %x : i32
  } do {
  ^bb0(%y: i32):
    %inc = arith.addi %a, %a : i32
    %next = arith.addi %y, %inc : i32
    scf.yield %next : i32
  }
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    %s = arith.subi %a, %w : i32
    memref.store %s, %m[%i] : memref<?xi32>
  }
  scf.forall (%i) in (%n) {
    %s = arith.xori %a, %w : i32
    memref.store %s, %m[%i] : memref<?xi32>
  }
  return
}
