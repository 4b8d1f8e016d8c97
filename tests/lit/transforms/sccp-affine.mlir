// RUN: pymlir-opt %s --split-input-file --pass-pipeline="builtin.module(func.func(sccp))" | FileCheck %s

/// affine.for is a region branch: with constant bounds its trip count is known, so a
/// loop running once yields its body's constant and one running zero times its init;
/// both loops are then dead.
// CHECK-LABEL: func.func @trip_counts(
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : i32
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : i32
// CHECK-NOT: affine.for
// CHECK: return %[[C1]], %[[C0]]
func.func @trip_counts() -> (i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %0 = affine.for %i = 0 to 1 iter_args(%a = %c0) -> (i32) {
    %s = arith.addi %a, %c1 : i32
    affine.yield %s : i32
  }
  %1 = affine.for %i = 4 to 2 iter_args(%a = %c0) -> (i32) {
    %s = arith.addi %a, %c1 : i32
    affine.yield %s : i32
  }
  return %0, %1 : i32, i32
}

// -----

/// Only constant bounds give a trip count (upstream's trivial trip count): a loop from
/// %n to %n + 1 may run any number of times as far as SCCP knows.
// CHECK-LABEL: func.func @symbolic_bounds(
// CHECK: %[[R:.*]] = affine.for
// CHECK: return %[[R]]
func.func @symbolic_bounds(%n: index) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %0 = affine.for %i = %n to affine_map<()[s0] -> (s0 + 1)>()[%n] iter_args(%a = %c0) -> (i32) {
    affine.yield %c1 : i32
  }
  return %0 : i32
}

// -----

/// affine.if enters either region; both yield the same constant, so the if is dead.
// CHECK-LABEL: func.func @if_branches(
// CHECK-NEXT: %[[C2:.*]] = arith.constant 2 : i32
// CHECK-NEXT: return %[[C2]]
func.func @if_branches(%n: index) -> i32 {
  %c2 = arith.constant 2 : i32
  %0 = affine.if affine_set<(d0) : (d0 - 4 >= 0)>(%n) -> i32 {
    affine.yield %c2 : i32
  } else {
    affine.yield %c2 : i32
  }
  return %0 : i32
}
