// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -cse | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -pass-pipeline='builtin.module(func.func(cse))' -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s --check-prefix=LOC

/// Identical ops are merged; commutative ops match with their operands swapped, other
/// ops do not. The kept op keeps its own location.
// CHECK-LABEL: func.func @simple
//  CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i32)
//       CHECK: %[[ADD:.*]] = arith.addi %[[A]], %[[B]] : i32
//  CHECK-NEXT: %[[S1:.*]] = arith.subi %[[A]], %[[B]] : i32
//  CHECK-NEXT: %[[S2:.*]] = arith.subi %[[B]], %[[A]] : i32
//  CHECK-NEXT: %[[M:.*]] = arith.muli %[[ADD]], %[[ADD]] : i32
//  CHECK-NEXT: return %[[M]], %[[S1]], %[[S2]], %[[S1]]
// LOC-LABEL: func.func @simple
//       LOC: arith.addi %{{.*}}, %{{.*}} : i32 loc("{{.*}}cse.mlir":{{[0-9]+}}:8)
//   LOC-NOT: fused
func.func @simple(%a: i32, %b: i32) -> (i32, i32, i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  %4 = arith.subi %a, %b : i32
  %5 = arith.muli %0, %1 : i32
  return %5, %2, %3, %4 : i32, i32, i32, i32
}

// -----

/// Constants and attributes take part in the comparison; a trivially dead op is erased.
// CHECK-LABEL: func.func @constants
//       CHECK: %[[C1:.*]] = arith.constant 1 : i32
//  CHECK-NEXT: %[[C2:.*]] = arith.constant 2 : i32
//  CHECK-NEXT: %[[F:.*]] = arith.constant 1.000000e+00 : f32
//   CHECK-NOT: arith.constant
//       CHECK: return %[[C1]], %[[C2]], %[[C1]], %[[F]]
func.func @constants() -> (i32, i32, i32, f32) {
  %0 = arith.constant 1 : i32
  %1 = arith.constant 2 : i32
  %2 = arith.constant 1 : i32
  %3 = arith.constant 1.0 : f32
  %dead = arith.constant 3 : i64
  return %0, %1, %2, %3 : i32, i32, i32, f32
}

// -----

/// Across blocks, an op is reused only where its block dominates: the entry block's
/// op replaces those of both branches, but the branches do not share theirs.
// CHECK-LABEL: func.func @dominance
//  CHECK-SAME: (%[[C:.*]]: i1, %[[A:.*]]: i32)
//       CHECK: %[[E:.*]] = arith.muli %[[A]], %[[A]] : i32
//       CHECK: cf.cond_br %[[C]], ^[[T:bb[0-9]+]], ^[[F:bb[0-9]+]]
//       CHECK: ^[[T]]:
//  CHECK-NEXT: %[[X:.*]] = arith.addi %[[A]], %[[A]] : i32
//  CHECK-NEXT: cf.br ^[[J:bb[0-9]+]](%[[E]], %[[X]] : i32, i32)
//       CHECK: ^[[F]]:
//  CHECK-NEXT: %[[Y:.*]] = arith.addi %[[A]], %[[A]] : i32
//  CHECK-NEXT: cf.br ^[[J]](%[[E]], %[[Y]] : i32, i32)
//       CHECK: ^[[J]](%{{.*}}: i32, %{{.*}}: i32):
//   CHECK-NOT: arith.muli
//       CHECK: return %{{.*}}, %{{.*}}, %[[E]], %[[E]]
func.func @dominance(%c: i1, %a: i32) -> (i32, i32, i32, i32) {
  %0 = arith.muli %a, %a : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.muli %a, %a : i32
  %2 = arith.addi %a, %a : i32
  cf.br ^bb3(%1, %2 : i32, i32)
^bb2:
  %3 = arith.muli %a, %a : i32
  %4 = arith.addi %a, %a : i32
  cf.br ^bb3(%3, %4 : i32, i32)
^bb3(%p: i32, %q: i32):
  %5 = arith.muli %a, %a : i32
  return %p, %q, %5, %0 : i32, i32, i32, i32
}

// -----

/// Ops in a nested region reuse the ops of the regions around it; the regions of an
/// unregistered op start afresh (it might be isolated from above).
// CHECK-LABEL: func.func @regions
//  CHECK-SAME: (%[[C:.*]]: i1, %[[A:.*]]: i32)
//       CHECK: %[[M:.*]] = arith.muli %[[A]], %[[A]] : i32
//       CHECK: scf.if %[[C]] -> (i32) {
//  CHECK-NEXT:   scf.yield %[[M]] : i32
//       CHECK: "test.isolated"() ({
//  CHECK-NEXT:   %[[IN:.*]] = arith.muli %[[A]], %[[A]] : i32
//  CHECK-NEXT:   "test.use"(%[[IN]], %[[IN]]) : (i32, i32) -> ()
func.func @regions(%c: i1, %a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32
  %1 = scf.if %c -> (i32) {
    %2 = arith.muli %a, %a : i32
    scf.yield %2 : i32
  } else {
    scf.yield %a : i32
  }
  "test.isolated"() ({
    %3 = arith.muli %a, %a : i32
    %4 = arith.muli %a, %a : i32
    "test.use"(%3, %4) : (i32, i32) -> ()
  }) : () -> ()
  return %0, %1 : i32, i32
}

// -----

/// Ops with unknown effects are never merged; pure ops with identical regions are.
// CHECK-LABEL: func.func @effects_and_region_ops
//       CHECK: "test.unknown"() : () -> i32
//  CHECK-NEXT: "test.unknown"() : () -> i32
//       CHECK: %[[IF:.*]] = scf.if
//   CHECK-NOT: scf.if
//       CHECK: return %{{.*}}, %{{.*}}, %[[IF]], %[[IF]]
func.func @effects_and_region_ops(%c: i1, %a: i32) -> (i32, i32, i32, i32) {
  %0 = "test.unknown"() : () -> i32
  %1 = "test.unknown"() : () -> i32
  %2 = scf.if %c -> (i32) {
    %x = arith.addi %a, %a : i32
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  %3 = scf.if %c -> (i32) {
    %y = arith.addi %a, %a : i32
    scf.yield %y : i32
  } else {
    scf.yield %a : i32
  }
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

// -----

/// Reads merge when no op between them in the block may write; a store in between, or
/// a different block, keeps the later read.
// CHECK-LABEL: func.func @reads
//  CHECK-SAME: (%[[M:.*]]: memref<4xf32>, %[[I:.*]]: index, %[[V:.*]]: f32, %[[C:.*]]: i1)
//       CHECK: %[[R0:.*]] = memref.load %[[M]][%[[I]]] : memref<4xf32>
//  CHECK-NEXT: memref.store %[[V]], %[[M]][%[[I]]] : memref<4xf32>
//  CHECK-NEXT: %[[R2:.*]] = memref.load %[[M]][%[[I]]] : memref<4xf32>
//  CHECK-NEXT: cf.cond_br %[[C]], ^[[BB1:bb[0-9]+]], ^[[BB2:bb[0-9]+]]
//       CHECK: ^[[BB1]]:
//  CHECK-NEXT: %[[R4:.*]] = memref.load %[[M]][%[[I]]] : memref<4xf32>
//  CHECK-NEXT: return %[[R0]], %[[R0]], %[[R2]], %[[R2]], %[[R4]]
func.func @reads(%m: memref<4xf32>, %i: index, %v: f32, %c: i1) -> (f32, f32, f32, f32, f32) {
  %0 = memref.load %m[%i] : memref<4xf32>
  %1 = memref.load %m[%i] : memref<4xf32>
  memref.store %v, %m[%i] : memref<4xf32>
  %2 = memref.load %m[%i] : memref<4xf32>
  %3 = memref.load %m[%i] : memref<4xf32>
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %4 = memref.load %m[%i] : memref<4xf32>
  return %0, %1, %2, %3, %4 : f32, f32, f32, f32, f32
^bb2:
  return %0, %1, %2, %3, %3 : f32, f32, f32, f32, f32
}

// -----

// An llvm.call's `memory_effects` attribute is not its effects interface: the calls
// have unknown effects and stay (this crashed CSE before).
// CHECK-LABEL: llvm.func @call_with_memory_effects_attr
// CHECK:         %[[A:.*]] = llvm.call @callee() {memory_effects = #llvm.memory_effects<{{.*}}>} : () -> i32
// CHECK-NEXT:    %[[B:.*]] = llvm.call @callee() {memory_effects = #llvm.memory_effects<{{.*}}>} : () -> i32
// CHECK-NEXT:    llvm.add %[[A]], %[[B]] : i32
llvm.func @callee() -> i32
llvm.func @call_with_memory_effects_attr() -> i32 {
  %0 = llvm.call @callee() {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>} : () -> i32
  %1 = llvm.call @callee() {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>} : () -> i32
  %2 = llvm.add %0, %1 : i32
  llvm.return %2 : i32
}
