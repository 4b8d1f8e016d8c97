// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect | pymlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-op-generic | pymlir-opt --allow-unregistered-dialect | FileCheck %s

/// Bounds print as constants, single symbol operands, or maps with `max`/`min` when
/// they have several results; a step of 1 is not printed.
// CHECK-DAG: #[[LB:.*]] = affine_map<(d0)[s0] -> (d0 + s0, 5)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[UB:.*]] = affine_map<()[s0] -> (s0, 10)>
// CHECK-DAG: #[[SET:.*]] = affine_set<(d0)[s0] : (d0 >= 0, -d0 + s0 >= 0)>
// CHECK-LABEL: func.func @loops(
// CHECK-SAME: %[[N:.*]]: index, %[[X:.*]]: f32) -> f32 {
// CHECK-NEXT: %[[R:.*]] = affine.for %[[I:.*]] = max #[[LB]](%[[N]])[%[[N]]] to -2 step 3 iter_args(%[[A:.*]] = %[[X]]) -> (f32) {
// CHECK-NEXT: affine.if #[[SET]](%[[I]])[%[[N]]] {
// CHECK-NEXT: "foo.bar"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: %[[S:.*]] = affine.if #[[SET]](%[[I]])[%[[N]]] -> f32 {
// CHECK-NEXT: affine.yield %[[A]] : f32
// CHECK-NEXT: } else {
// CHECK-NEXT: affine.yield %[[X]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: affine.yield %[[S]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: affine.for %{{.*}} = %[[N]] to 10 {
// CHECK-NEXT: }
// CHECK-NEXT: affine.for %{{.*}} = #[[ID]](%[[N]]) to min #[[UB]]()[%[[N]]] {
// CHECK-NEXT: }
// CHECK-NEXT: return %[[R]] : f32
#set0 = affine_set<(i)[N] : (i >= 0, N - i >= 0)>
#map1 = affine_map<(i)[j] -> (i+j, 5)>
func.func @loops(%n: index, %x: f32) -> f32 {
  %r = affine.for %i = max #map1(%n)[%n] to -2 step 3 iter_args(%a = %x) -> (f32) {
    affine.if #set0(%i)[%n] {
      "foo.bar"() : () -> ()
    } else {
    }
    %s = affine.if #set0(%i)[%n] -> f32 {
      affine.yield %a : f32
    } else {
      affine.yield %x : f32
    }
    affine.yield %s : f32
  }
  affine.for %j = %n to 10 {
  }
  affine.for %j = affine_map<(d0) -> (d0)>(%n) to min affine_map<()[s0] -> (s0, 10)>()[%n] {
  }
  return %r : f32
}

/// Constants and pure ops of symbols are symbols; an induction variable is a dim.
// CHECK-LABEL: func.func @operands(
// CHECK: affine.for %[[I:.*]] = 0 to 8 {
// CHECK-NEXT: %[[C:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[M:.*]] = arith.muli %[[C]], %[[C]] : index
// CHECK-NEXT: affine.for %{{.*}} = #{{.*}}(%[[I]]) to %[[M]] {
func.func @operands(%n: index) {
  affine.for %i = 0 to 8 {
    %c = arith.constant 4 : index
    %m = arith.muli %c, %c : index
    affine.for %j = affine_map<(d0) -> (d0)>(%i) to %m {
      "foo.use"(%j) : (index) -> ()
    }
  }
  return
}
