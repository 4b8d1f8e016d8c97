// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect | pymlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-op-generic | pymlir-opt --allow-unregistered-dialect | FileCheck %s

/// Bounds print as constants, single symbol operands, or maps with `max`/`min` when
/// they have several results; a step of 1 is not printed.
// CHECK-DAG: #[[LB:.*]] = affine_map<(d0)[s0] -> (d0 + s0, 5)>
// CHECK-DAG: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK-DAG: #[[UB:.*]] = affine_map<()[s0] -> (s0, 10)>
// CHECK-DAG: #[[SET:.*]] = affine_set<(d0)[s0] : (d0 >= 0, -d0 + s0 >= 0)>
// CHECK-DAG: #[[APPLY:.*]] = affine_map<(d0)[s0] -> (d0 + s0 * 2)>
// CHECK-DAG: #[[DIV:.*]] = affine_map<(d0) -> (d0 floordiv 4)>
// CHECK-DAG: #[[MIN:.*]] = affine_map<(d0)[s0] -> (d0, s0, 16)>
// CHECK-DAG: #[[MAX:.*]] = affine_map<()[s0] -> (s0 - 1, 0)>
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

/// affine.apply, affine.min and affine.max print their map and `(dims)[symbols]`, the
/// symbol list only when there are symbols, then the other attributes.
// CHECK-LABEL: func.func @apply_min_max(
// CHECK-SAME: %[[I:.*]]: index, %[[N:.*]]: index)
// CHECK-NEXT: %[[A:.*]] = affine.apply #[[APPLY]](%[[I]])[%[[N]]]
// CHECK-NEXT: %[[B:.*]] = affine.apply #[[DIV]](%[[I]])
// CHECK-NEXT: %[[C:.*]] = affine.min #[[MIN]](%[[I]])[%[[N]]]
// CHECK-NEXT: %[[D:.*]] = affine.max #[[MAX]]()[%[[N]]] {tag}
// CHECK-NEXT: return %[[A]], %[[B]], %[[C]], %[[D]]
func.func @apply_min_max(%i: index, %n: index) -> (index, index, index, index) {
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0 * 2)>(%i)[%n]
  %1 = affine.apply affine_map<(d0) -> (d0 floordiv 4)> (%i)
  %2 = affine.min affine_map<(d0)[s0] -> (d0, s0, 16)>(%i)[%n]
  %3 = affine.max affine_map<()[s0] -> (s0 - 1, 0)>()[%n] {tag}
  return %0, %1, %2, %3 : index, index, index, index
}

/// Subscripts are affine expressions of SSA ids, `symbol(%x)` marking a symbol; a name
/// used twice is one operand; a rank-0 memref takes `[]`.
// CHECK-LABEL: func.func @load_store(
// CHECK-SAME: %[[A:.*]]: memref<8x?xf32>, %[[B:.*]]: memref<f32>, %[[N:.*]]: index)
// CHECK-NEXT: affine.for %[[I:.*]] = 0 to 8 {
// CHECK-NEXT: %[[V:.*]] = affine.load %[[A]][%[[I]], %[[I]] + symbol(%[[N]]) * 2] : memref<8x?xf32>
// CHECK-NEXT: affine.store %[[V]], %[[A]][-%[[I]] + 7, %[[I]] mod 4] {tag} : memref<8x?xf32>
// CHECK-NEXT: %{{.*}} = affine.load %[[A]][%[[I]] floordiv 2, 0] : memref<8x?xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[Z:.*]] = affine.load %[[B]][] : memref<f32>
// CHECK-NEXT: affine.store %[[Z]], %[[B]][] : memref<f32>
func.func @load_store(%A: memref<8x?xf32>, %B: memref<f32>, %n: index) {
  affine.for %i = 0 to 8 {
    %v = affine.load %A[%i, symbol(%n) * 2 + %i] : memref<8x?xf32>
    affine.store %v, %A[7 - %i, %i mod 4] {tag} : memref<8x?xf32>
    %w = affine.load %A [%i floordiv 2, 0] : memref<8x?xf32>
  }
  %z = affine.load %B[] : memref<f32>
  affine.store %z, %B[] : memref<f32>
  return
}

/// affine.apply results of dims are dims; memref.dim of a top-level memref is a symbol.
// CHECK-LABEL: func.func @dims_and_symbols(
// CHECK: %[[D:.*]] = memref.dim
// CHECK-NEXT: affine.for %[[I:.*]] = 0 to %[[D]] {
// CHECK-NEXT: %[[P:.*]] = affine.apply #{{.*}}(%[[I]])
// CHECK-NEXT: %{{.*}} = affine.load %{{.*}}[%[[P]], symbol(%[[D]])] : memref<?x?xf32>
func.func @dims_and_symbols(%A: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %d = memref.dim %A, %c0 : memref<?x?xf32>
  affine.for %i = 0 to %d {
    %p = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    %v = affine.load %A[%p, symbol(%d)] : memref<?x?xf32>
  }
  return
}

/// The induction variable may carry a location (printed with --mlir-print-debuginfo).
// CHECK-LABEL: func.func @iv_location(
// CHECK-NEXT: affine.for %{{.*}} = 0 to 8 {
func.func @iv_location() {
  affine.for %i loc("IV") = 0 to 8 {
  }
  return
}
