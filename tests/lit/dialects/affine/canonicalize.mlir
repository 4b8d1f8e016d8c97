// RUN: pymlir-opt %s --canonicalize --split-input-file | FileCheck %s

/// affine.apply of constants folds to a constant; int64 arithmetic, floor and ceiling
/// divisions and a non-negative `mod`.
// CHECK-LABEL: func.func @apply_constants(
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : index
// CHECK-DAG: %[[CM1:.*]] = arith.constant -1 : index
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[CM2:.*]] = arith.constant -2 : index
// CHECK-DAG: %[[MIN:.*]] = arith.constant -9223372036854775808 : index
// CHECK: return %[[C8]], %[[CM1]], %[[C1]], %[[CM2]], %[[MIN]]
func.func @apply_constants() -> (index, index, index, index, index) {
  %c3 = arith.constant 3 : index
  %cm2 = arith.constant -2 : index
  %cm7 = arith.constant -7 : index
  %big = arith.constant 9223372036854775807 : index
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 * 4 + s0 floordiv 2)>(%c3)[%cm7]
  %1 = affine.apply affine_map<(d0)[s0] -> (d0 ceildiv s0)>(%c3)[%cm2]
  %2 = affine.apply affine_map<(d0)[s0] -> (d0 mod s0)>(%cm2)[%c3]
  %3 = affine.apply affine_map<(d0)[s0] -> (d0 floordiv s0)>(%c3)[%cm2]
  %4 = affine.apply affine_map<(d0) -> (d0 + 1)>(%big)
  return %0, %1, %2, %3, %4 : index, index, index, index, index
}

// -----

/// A division by zero or a modulo by a non-positive value is poison.
// CHECK-LABEL: func.func @apply_poison(
// CHECK-NEXT: %[[P:.*]] = ub.poison : index
// CHECK-NEXT: return %[[P]], %[[P]]
func.func @apply_poison() -> (index, index) {
  %c3 = arith.constant 3 : index
  %c0 = arith.constant 0 : index
  %0 = affine.apply affine_map<(d0) -> (d0 floordiv 0)>(%c3)
  %1 = affine.apply affine_map<(d0)[s0] -> (d0 mod s0)>(%c3)[%c0]
  return %0, %1 : index, index
}

// -----

/// A map returning one of its inputs folds to that operand.
// CHECK-LABEL: func.func @apply_operand(
// CHECK-SAME: %[[A:.*]]: index, %[[B:.*]]: index)
// CHECK-NEXT: return %[[B]], %[[A]]
func.func @apply_operand(%a: index, %b: index) -> (index, index) {
  %0 = affine.apply affine_map<(d0)[s0] -> (s0)>(%a)[%b]
  %1 = affine.apply affine_map<(d0) -> (d0)>(%a)
  return %0, %1 : index, index
}

// -----

/// affine.min/max of constants fold to the least/greatest result.
// CHECK-LABEL: func.func @min_max_constants(
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG: %[[C7:.*]] = arith.constant 7 : index
// CHECK: return %[[C3]], %[[C7]]
func.func @min_max_constants() -> (index, index) {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %0 = affine.min affine_map<(d0)[s0] -> (d0, s0 + 2, 7)>(%c3)[%c5]
  %1 = affine.max affine_map<(d0)[s0] -> (d0, s0 + 2, 7)>(%c3)[%c5]
  return %0, %1 : index, index
}

// -----

/// Loads and stores read through a memref.cast (load(cast(m)) -> load(m)).
// CHECK-LABEL: func.func @cast_fold(
// CHECK-SAME: %[[A:.*]]: memref<4xf32>
// CHECK: affine.for %[[I:.*]] = 0 to 4 {
// CHECK-NEXT: %[[V:.*]] = affine.load %[[A]][%[[I]]] : memref<4xf32>
// CHECK-NEXT: affine.store %[[V]], %[[A]][-%[[I]] + 3] : memref<4xf32>
func.func @cast_fold(%A: memref<4xf32>) {
  %c = memref.cast %A : memref<4xf32> to memref<?xf32>
  affine.for %i = 0 to 4 {
    %v = affine.load %c[%i] : memref<?xf32>
    affine.store %v, %c[3 - %i] : memref<?xf32>
  }
  return
}

// -----

/// Unused loads and applies are erased (a load only reads).
// CHECK-LABEL: func.func @dead(
// CHECK-NEXT: return
func.func @dead(%A: memref<4xf32>, %i: index) {
  %v = affine.load %A[%i] : memref<4xf32>
  %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
  return
}

// -----

/// SimplifyAffineOp: affine.apply operands are composed into the map, operands that
/// are valid symbols become symbols, constants fold into the map, and duplicates merge.
// CHECK-DAG: #[[COMPOSED:.*]] = affine_map<()[s0, s1] -> (s0 + s1 * 2 + 2)>
// CHECK-LABEL: func.func @simplify(
// CHECK-SAME: %[[A:.*]]: index, %[[B:.*]]: index, %[[M:.*]]: memref<?x?xf32>)
// CHECK: %[[X:.*]] = affine.apply #[[COMPOSED]]()[%[[B]], %[[A]]]
// CHECK: %[[V:.*]] = affine.load %[[M]][symbol(%[[B]]) + symbol(%[[A]]) * 2 + 5, symbol(%[[A]]) + 1] : memref<?x?xf32>
// CHECK: %[[W:.*]] = affine.load %[[M]][0, symbol(%[[A]]) - 1] : memref<?x?xf32>
func.func @simplify(%a: index, %b: index, %A: memref<?x?xf32>) -> (index, f32, f32) {
  %0 = affine.apply affine_map<(d0) -> (d0 + 1)>(%a)
  %1 = affine.apply affine_map<(d0)[s0] -> (d0 * 2 + s0)>(%0)[%b]
  %v = affine.load %A[%1 + 3, %a + 1] : memref<?x?xf32>
  %c0 = arith.constant 0 : index
  %w = affine.load %A[%c0, symbol(%a) - 1] : memref<?x?xf32>
  return %1, %v, %w : index, f32, f32
}

// -----

/// Constant ranges of induction variables simplify floordiv, ceildiv and mod.
// CHECK-LABEL: func.func @ranges(
// CHECK: affine.for %[[I:.*]] = 0 to 8 {
// CHECK-NEXT: affine.for %[[J:.*]] = 2 to 17 step 5 {
// CHECK-NEXT: affine.store %{{.*}}, %{{.*}}[0, %[[I]]] : memref<?x?xf32>
// CHECK-NEXT: affine.store %{{.*}}, %{{.*}}[1, %[[I]] + %[[J]] floordiv 8] : memref<?x?xf32>
// CHECK-NEXT: affine.store %{{.*}}, %{{.*}}[%[[I]], 0] : memref<?x?xf32>
// CHECK-NEXT: affine.store %{{.*}}, %{{.*}}[%[[J]] mod 8, 3] : memref<?x?xf32>
func.func @ranges(%A: memref<?x?xf32>, %v: f32) {
  affine.for %i = 0 to 8 {
    affine.for %j = 2 to 17 step 5 {
      affine.store %v, %A[%i floordiv 8, %i mod 8] : memref<?x?xf32>
      affine.store %v, %A[(%i + %j) ceildiv 32, (%i * 8 + %j) floordiv 8] : memref<?x?xf32>
      affine.store %v, %A[(%j * 16 + %i) mod 8, (%i mod 4) floordiv 4] : memref<?x?xf32>
      affine.store %v, %A[(%i * 8 + %j) mod 8, (%i * 8 + 3) mod 8] : memref<?x?xf32>
    }
  }
  return
}

// -----

/// affine.min/max: duplicates go, nested ops of the same kind merge, results are
/// sorted by their flattened form, and a single result becomes affine.apply.
// CHECK-DAG: #[[MIN:.*]] = affine_map<()[s0, s1] -> (s1 + 4, s0)>
// CHECK-DAG: #[[DOUBLE:.*]] = affine_map<()[s0] -> (s0 * 2)>
// CHECK-DAG: #[[MAX:.*]] = affine_map<()[s0, s1] -> (3, s1 + 7, s0)>
// CHECK-LABEL: func.func @min_max(
// CHECK-SAME: %[[A:.*]]: index, %[[B:.*]]: index)
// CHECK-NEXT: %[[M:.*]] = affine.min #[[MIN]]()[%[[B]], %[[A]]]
// CHECK-NEXT: %[[D:.*]] = affine.apply #[[DOUBLE]]()[%[[A]]]
// CHECK-NEXT: %[[X:.*]] = affine.max #[[MAX]]()[%[[A]], %[[B]]]
// CHECK-NEXT: return %[[M]], %[[D]], %[[X]]
func.func @min_max(%a: index, %b: index) -> (index, index, index) {
  %0 = affine.min affine_map<(d0)[s0] -> (d0 + 4, s0, d0 + 4)>(%a)[%b]
  %1 = affine.max affine_map<(d0) -> (d0 * 2)>(%a)
  %c = arith.constant 7 : index
  %2 = affine.max affine_map<(d0, d1)[s0] -> (d0, d1 + s0, 3)>(%a, %b)[%c]
  return %0, %1, %2 : index, index, index
}

// -----

/// A min/max result that is another min/max of the same kind takes its results.
// CHECK-DAG: #[[MERGED:.*]] = affine_map<()[s0, s1] -> (s1, s0 + 4, s0 * 2)>
// CHECK-LABEL: func.func @merge(
// CHECK-SAME: %[[A:.*]]: index, %[[B:.*]]: index)
// CHECK-NEXT: %[[M:.*]] = affine.min #[[MERGED]]()[%[[A]], %[[B]]]
// CHECK-NEXT: return %[[M]]
func.func @merge(%a: index, %b: index) -> index {
  %0 = affine.min affine_map<(d0)[s0] -> (d0 + 4, s0)>(%a)[%b]
  %1 = affine.min affine_map<(d0)[s0] -> (d0, s0 * 2)>(%0)[%a]
  return %1 : index
}

// -----

/// affine.if: its condition is composed and canonicalized like a map (constants
/// fold in, symbols are promoted), an else block holding only its yield goes away,
/// `0 == 0` runs the then block in place and the empty set the else block (or nothing).
// CHECK-DAG: #[[SYM:.*]] = affine_set<()[s0] : (s0 - 4 >= 0)>
// CHECK-DAG: #[[COMPOSED:.*]] = affine_set<(d0) : (1 >= 0, d0 - 2 == 0)>
// CHECK-DAG: #[[FALSE:.*]] = affine_set<() : (-1 >= 0)>
// CHECK-LABEL: func.func @ifs(
// CHECK-SAME: %[[A:.*]]: memref<8xf32>, %[[N:.*]]: index, %[[X:.*]]: f32)
// CHECK: affine.if #[[SYM]]()[%[[N]]] {
// CHECK-NEXT: affine.store
// CHECK-NEXT: }
// CHECK-NEXT: affine.for %[[I:.*]] = 0 to 8 {
// CHECK-NEXT: affine.if #[[COMPOSED]](%[[I]]) {
// CHECK: %[[S:.*]] = affine.if #[[FALSE]]() -> f32 {
// CHECK-NOT: affine.if
// CHECK: %[[U:.*]] = arith.addf %[[S]], %[[X]] : f32
// CHECK-NEXT: return %[[U]]
func.func @ifs(%A: memref<8xf32>, %n: index, %x: f32) -> f32 {
  %c1 = arith.constant 1.0 : f32
  affine.if affine_set<(d0) : (d0 - 4 >= 0)>(%n) {
    affine.store %x, %A[0] : memref<8xf32>
  } else {
  }
  affine.for %i = 0 to 8 {
    %p = affine.apply affine_map<(d0) -> (d0 + 1)>(%i)
    affine.if affine_set<(d0, d1) : (d0 - d1 >= 0, d0 == 3)>(%p, %i) {
      affine.store %x, %A[%i] : memref<8xf32>
    }
  }
  %c3 = arith.constant 3 : index
  %s = affine.if affine_set<(d0) : (d0 - 4 >= 0)>(%c3) -> f32 {
    affine.yield %x : f32
  } else {
    affine.yield %c1 : f32
  }
  %t = affine.if affine_set<(d0) : (d0 - 3 == 0)>(%c3) -> f32 {
    affine.yield %x : f32
  } else {
    affine.yield %c1 : f32
  }
  affine.if affine_set<() : (1 == 0)>() {
    affine.store %x, %A[0] : memref<8xf32>
  }
  %u = arith.addf %s, %t : f32
  return %u : f32
}

// -----

/// affine.for: constant bound operands fold into constant bounds, bound maps are
/// composed and canonicalized, results that cannot be the max/min given the ranges of
/// induction variables go (duplicates stay), and loops that never run or only yield
/// fold to what they produce.
// CHECK-DAG: #[[LB:.*]] = affine_map<()[s0] -> (4, s0)>
// CHECK-DAG: #[[UB:.*]] = affine_map<()[s0] -> (s0 + 10, 10, s0 + 10)>
// CHECK-DAG: #[[INNER:.*]] = affine_map<(d0) -> (d0, 3)>
// CHECK-LABEL: func.func @loops(
// CHECK-SAME: %[[A:.*]]: memref<?xf32>, %[[N:.*]]: index, %[[M:.*]]: index, %[[X:.*]]: f32)
// CHECK-NEXT: affine.for %{{.*}} = 4 to 10 {
// CHECK: affine.for %{{.*}} = max #[[LB]]()[%[[N]]] to min #[[UB]]()[%[[M]]] {
// CHECK: affine.for %[[I:.*]] = 0 to 8 {
// CHECK-NEXT: affine.for %{{.*}} = max #[[INNER]](%[[I]]) to 12 {
// CHECK: %[[R:.*]] = affine.for %{{.*}} = 0 to %[[N]] iter_args(%{{.*}} = %[[X]]) -> (f32) {
// CHECK-NEXT: affine.yield %[[X]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: %[[D:.*]] = arith.addf %[[X]], %[[X]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[D]], %[[R]] : f32
// CHECK-NEXT: return %[[S]], %[[X]], %[[X]]
func.func @loops(%A: memref<?xf32>, %n: index, %m: index, %x: f32) -> (f32, f32, f32) {
  %c4 = arith.constant 4 : index
  %c10 = arith.constant 10 : index
  affine.for %i = %c4 to %c10 {
    affine.store %x, %A[%i] : memref<?xf32>
  }
  affine.for %i = max affine_map<(d0)[s0] -> (d0, s0, 2)>(%c4)[%n] to min affine_map<(d0)[s0] -> (d0 + 10, s0, d0 + 10)>(%m)[%c10] {
    affine.store %x, %A[%i] : memref<?xf32>
  }
  affine.for %i = 0 to 8 {
    affine.for %j = max affine_map<(d0) -> (d0, 3, d0 floordiv 8)>(%i) to min affine_map<(d0) -> (d0 + 20, 12)>(%i) {
      affine.store %x, %A[%j] : memref<?xf32>
    }
  }
  %r = affine.for %i = 0 to %n iter_args(%a = %x) -> (f32) {
    affine.yield %a : f32
  }
  %s:2 = affine.for %i = 0 to 1 iter_args(%a = %x, %b = %r) -> (f32, f32) {
    affine.yield %b, %a : f32, f32
  }
  %t = affine.for %i = 3 to 2 iter_args(%a = %x) -> (f32) {
    %y = arith.addf %a, %a : f32
    affine.yield %y : f32
  }
  %u = affine.for %i = 0 to %n iter_args(%a = %x) -> (f32) {
    affine.yield %r : f32
  }
  %w = arith.addf %s#0, %t : f32
  %z = arith.addf %w, %u : f32
  return %z, %s#1, %r : f32, f32, f32
}
