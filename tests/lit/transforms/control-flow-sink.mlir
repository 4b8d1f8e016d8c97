// RUN: pymlir-opt %s --control-flow-sink --split-input-file --allow-unregistered-dialect | FileCheck %s

/// An op used only in one branch moves to the start of that branch, and the ops it
/// uses follow it when they have no other users; an op used in both branches stays.
// CHECK-LABEL: func.func @sink
// CHECK-SAME: (%[[C:.*]]: i1, %[[A:.*]]: i32)
// CHECK-NEXT: %[[BOTH:.*]] = arith.subi %[[A]], %[[A]] : i32
// CHECK-NEXT: %{{.*}} = scf.if %[[C]] -> (i32) {
// CHECK-NEXT: %[[X:.*]] = arith.addi %[[A]], %[[A]] : i32
// CHECK-NEXT: %[[Y:.*]] = arith.muli %[[X]], %[[A]] : i32
// CHECK-NEXT: %[[Z:.*]] = arith.addi %[[Y]], %[[BOTH]] : i32
// CHECK-NEXT: scf.yield %[[Z]] : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: %[[W:.*]] = arith.xori %[[A]], %[[A]] : i32
// CHECK-NEXT: %[[V:.*]] = arith.addi %[[W]], %[[BOTH]] : i32
// CHECK-NEXT: scf.yield %[[V]] : i32
func.func @sink(%c: i1, %a: i32) -> i32 {
  %x = arith.addi %a, %a : i32
  %y = arith.muli %x, %a : i32
  %w = arith.xori %a, %a : i32
  %both = arith.subi %a, %a : i32
  %r = scf.if %c -> i32 {
    %z = arith.addi %y, %both : i32
    scf.yield %z : i32
  } else {
    %v = arith.addi %w, %both : i32
    scf.yield %v : i32
  }
  return %r : i32
}

// -----

/// Ops with memory effects, and ops also used after the branch, stay; so do ops used
/// only inside a nested op of the branch (upstream 22 looks at the operands of the
/// branch's top-level ops only).
// CHECK-LABEL: func.func @stay
// CHECK-NEXT: %[[E:.*]] = "test.effect"() : () -> i32
// CHECK-NEXT: %[[K:.*]] = arith.addi
// CHECK-NEXT: %[[N:.*]] = arith.muli
// CHECK-NEXT: scf.if
// CHECK-NEXT: scf.execute_region
// CHECK-NEXT: "test.use"(%[[E]], %[[K]], %[[N]])
func.func @stay(%c: i1, %a: i32) -> i32 {
  %e = "test.effect"() : () -> i32
  %k = arith.addi %a, %a : i32
  %n = arith.muli %a, %a : i32
  scf.if %c {
    scf.execute_region {
      "test.use"(%e, %k, %n) : (i32, i32, i32) -> ()
      scf.yield
    }
  }
  return %k : i32
}

// -----

/// scf.index_switch cases are singly executed regions too; loops are not.
// CHECK-LABEL: func.func @switch_and_loop
// CHECK-NEXT: %[[L:.*]] = arith.addi
// CHECK-NEXT: scf.index_switch
// CHECK-NEXT: case 1 {
// CHECK-NEXT: arith.muli
// CHECK: default {
// CHECK-NEXT: arith.subi
// CHECK: scf.for
// CHECK-NEXT: "test.use"(%[[L]])
func.func @switch_and_loop(%i: index, %a: i32, %n: index) {
  %l = arith.addi %a, %a : i32
  %m = arith.muli %a, %a : i32
  %s = arith.subi %a, %a : i32
  scf.index_switch %i
  case 1 {
    "test.use"(%m) : (i32) -> ()
    scf.yield
  }
  default {
    "test.use"(%s) : (i32) -> ()
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %j = %c0 to %n step %c1 {
    "test.use"(%l) : (i32) -> ()
  }
  return
}

// -----

/// Nested ifs: the inner one is processed first, so an op sinks into the innermost
/// branch that holds all its uses.
// CHECK-LABEL: func.func @nested
// CHECK: scf.if
// CHECK-NEXT: scf.if
// CHECK-NEXT: arith.addi
// CHECK-NEXT: "test.use"
func.func @nested(%c: i1, %d: i1, %a: i32) {
  %x = arith.addi %a, %a : i32
  scf.if %c {
    scf.if %d {
      "test.use"(%x) : (i32) -> ()
    }
  }
  return
}
