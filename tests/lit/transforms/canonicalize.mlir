// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -canonicalize | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -canonicalize=region-simplify=aggressive | FileCheck %s --check-prefix=AGGR
// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -canonicalize=region-simplify=disabled | FileCheck %s --check-prefix=NOSIMP
// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -canonicalize=top-down=false | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -allow-unregistered-dialect -canonicalize -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s --check-prefix=LOC

/// Folding: constants are folded, uniqued and hoisted to the entry block. A constant
/// moved within its own block keeps its location, a materialized one gets the folded op's.
// CHECK-LABEL: func.func @fold_and_unique
//  CHECK-SAME: (%[[A:.*]]: i32)
//   CHECK-DAG: %[[C5:.*]] = arith.constant 5 : i32
//   CHECK-DAG: %[[C7:.*]] = arith.constant 7 : i32
//       CHECK: %[[X:.*]] = arith.muli %[[A]], %[[C5]] : i32
//       CHECK: %[[Y:.*]] = arith.addi %[[X]], %[[C7]] : i32
//       CHECK: return %[[X]], %[[Y]] : i32, i32
// LOC-LABEL: func.func @fold_and_unique
//       LOC: arith.constant 7 : i32 loc("{{.*}}canonicalize.mlir":{{[0-9]+}}:9)
//       LOC: arith.constant 5 : i32 loc("{{.*}}canonicalize.mlir":{{[0-9]+}}:8)
func.func @fold_and_unique(%a: i32) -> (i32, i32) {
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %s = arith.addi %c2, %c3 : i32
  %x = arith.muli %a, %s : i32
  %c5 = arith.constant 5 : i32
  %s2 = arith.addi %c2, %c3 : i32
  %z = arith.addi %x, %s2 : i32
  %c7 = arith.constant 7 : i32
  %y = arith.addi %x, %c7 : i32
  %w = arith.addi %c5, %z : i32
  return %x, %y : i32, i32
}

// -----

/// The constant that absorbs a duplicate stands for both: it gets the unknown location
/// (upstream's erasedFoldedLocation).
// CHECK-LABEL: func.func @dup_constants
//       CHECK: %[[C:.*]] = arith.constant 4 : i32
//  CHECK-NEXT: arith.muli %{{.*}}, %[[C]] : i32
//  CHECK-NEXT: arith.addi %{{.*}}, %[[C]] : i32
// LOC-LABEL: func.func @dup_constants
//       LOC: arith.constant 4 : i32 loc(unknown)
func.func @dup_constants(%a: i32) -> i32 {
  %c4 = arith.constant 4 : i32
  %0 = arith.muli %a, %c4 : i32
  %c4b = arith.constant 4 : i32
  %1 = arith.addi %0, %c4b : i32
  return %1 : i32
}

// -----

/// Ops whose results are unused and that have no effects are erased; an op with
/// unknown effects stays.
// CHECK-LABEL: func.func @dead_ops
//  CHECK-NEXT: "test.effect"() : () -> ()
//  CHECK-NEXT: return
func.func @dead_ops(%a: f32, %b: f32) -> f32 {
  %0 = arith.addf %a, %b : f32
  %1 = arith.mulf %0, %0 : f32
  %2 = math.sqrt %1 : f32
  "test.effect"() : () -> ()
  return %a : f32
}

// -----

/// Unreachable blocks are erased, even with region simplification disabled.
// CHECK-LABEL: func.func @unreachable
//   CHECK-NOT: arith.addi
//       CHECK: arith.muli
// NOSIMP-LABEL: func.func @unreachable
//   NOSIMP-NOT: arith.addi
func.func @unreachable(%a: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^bb2(%a : i32), ^bb3
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  cf.br ^bb2(%y : i32)
^bb3:
  %w = arith.muli %a, %a : i32
  cf.br ^bb2(%w : i32)
^bb2(%z: i32):
  return %z : i32
}

// -----

/// A block argument only used to compute its own next value (through the back edge)
/// is dead: the argument, its successor operands and the computation disappear.
// CHECK-LABEL: func.func @dead_loop_arg
//  CHECK-SAME: (%[[N:.*]]: index, %{{.*}}: f32)
//       CHECK: cf.br ^[[HEADER:bb[0-9]+]](%{{.*}} : index)
//       CHECK: ^[[HEADER]](%[[I:.*]]: index):
//       CHECK: arith.cmpi slt, %[[I]], %[[N]] : index
//   CHECK-NOT: arith.addf
//       CHECK: cf.br ^[[HEADER]](%{{.*}} : index)
//       CHECK: return %[[I]] : index
// NOSIMP-LABEL: func.func @dead_loop_arg
//       NOSIMP: ^bb1(%{{.*}}: index, %{{.*}}: f32):
//       NOSIMP: arith.addf
func.func @dead_loop_arg(%n: index, %init: f32) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  cf.br ^header(%c0, %init : index, f32)
^header(%i: index, %acc: f32):
  %cond = arith.cmpi slt, %i, %n : index
  cf.cond_br %cond, ^body, ^exit
^body:
  %next = arith.addf %acc, %acc : f32
  %inext = arith.addi %i, %c1 : index
  cf.br ^header(%inext, %next : index, f32)
^exit:
  return %i : index
}

// -----

/// Aggressive mode merges blocks that differ only in values defined outside them;
/// the differing value becomes an argument of the merged block.
// CHECK-LABEL: func.func @merge
//       CHECK: arith.muli
//       CHECK: arith.muli
// AGGR-LABEL: func.func @merge
//  AGGR-SAME: (%[[C:.*]]: i1, %[[D:.*]]: i1, %[[A:.*]]: i32, %[[B:.*]]: i32)
//       AGGR: cf.cond_br %[[C]], ^[[M:bb[0-9]+]](%[[A]] : i32), ^[[BB2:.*]]
//       AGGR: ^[[M]](%[[V:.*]]: i32):
//       AGGR: %[[SQ:.*]] = arith.muli %[[V]], %[[V]] : i32
//       AGGR: arith.addi %[[SQ]], %[[V]] : i32
//       AGGR: ^[[BB2]]:
//       AGGR: cf.cond_br %[[D]], ^[[M]](%[[B]] : i32), ^{{.*}}
//   AGGR-NOT: arith.muli
func.func @merge(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb3
^bb1:
  %0 = arith.muli %a, %a : i32
  %1 = arith.addi %0, %a : i32
  return %1 : i32
^bb3:
  cf.cond_br %d, ^bb2, ^bb4
^bb2:
  %2 = arith.muli %b, %b : i32
  %3 = arith.addi %2, %b : i32
  return %3 : i32
^bb4:
  return %a : i32
}

// -----

/// Aggressive mode drops an argument that receives the same value from every
/// predecessor.
// CHECK-LABEL: func.func @redundant_arg
//       CHECK: ^{{.*}}(%{{.*}}: i32, %{{.*}}: i32):
// AGGR-LABEL: func.func @redundant_arg
//  AGGR-SAME: (%{{.*}}: i1, %{{.*}}: i1, %[[A:.*]]: i32, %[[B:.*]]: i32)
//       AGGR: ^{{.*}}(%[[Y:.*]]: i32):
//       AGGR: arith.subi %[[A]], %[[Y]] : i32
func.func @redundant_arg(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb3
^bb3:
  cf.cond_br %d, ^bb1(%a, %a : i32, i32), ^bb4
^bb1(%x: i32, %y: i32):
  %0 = arith.subi %x, %y : i32
  return %0 : i32
^bb4:
  return %b : i32
}

// -----

/// Dead arguments of switch destinations are erased with their case operands.
// CHECK-LABEL: func.func @switch_dead_args
//  CHECK-SAME: (%[[F:.*]]: i32, %[[A:.*]]: i32, %[[B:.*]]: i64)
//       CHECK: cf.switch %[[F]] : i32, [
//  CHECK-NEXT:   default: ^[[D:bb[0-9]+]](%[[A]] : i32),
//  CHECK-NEXT:   4: ^[[E:bb[0-9]+]](%[[A]] : i32),
//  CHECK-NEXT:   7: ^[[G:bb[0-9]+]](%[[B]] : i64)
//       CHECK: ^[[D]](%{{.*}}: i32):
//       CHECK: ^[[E]](%{{.*}}: i32):
//       CHECK: ^[[G]](%{{.*}}: i64):
func.func @switch_dead_args(%f: i32, %a: i32, %b: i64) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a, %b : i32, i64),
    4: ^bb2(%b, %a : i64, i32),
    7: ^bb3(%b : i64)
  ]
^bb1(%x: i32, %y: i64):
  return %x : i32
^bb2(%p: i64, %q: i32):
  %r = arith.addi %q, %q : i32
  return %r : i32
^bb3(%s: i64):
  %t = arith.trunci %s : i64 to i32
  return %t : i32
}

// -----

/// The region of an unregistered op is an insertion region of its own: the folded
/// constant stays inside it (upstream's OperationFolder).
// CHECK-LABEL: func.func @nested
//       CHECK: "test.region"()
//  CHECK-NEXT:   %[[C2:.*]] = arith.constant 2 : i32
//  CHECK-NEXT:   "test.yield"(%[[C2]]) : (i32) -> ()
func.func @nested(%a: i32) -> i32 {
  %r = "test.region"() ({
    %c1 = arith.constant 1 : i32
    %c2 = arith.constant 1 : i32
    %s = arith.addi %c1, %c2 : i32
    "test.yield"(%s) : (i32) -> ()
  }) : () -> i32
  return %r : i32
}

// -----

/// A constant hoisted out of another block (a loop body, a successor block) gets the
/// unknown location, as does a constant folded there; one moved to the front of its
/// own block keeps its location.
// CHECK-LABEL: func.func @hoist_out_of_block
//  CHECK-SAME: (%[[A:.*]]: f32, %[[B:.*]]: memref<4xf32>, %[[P:.*]]: i1)
//   CHECK-DAG: %[[C4F:.*]] = arith.constant 4.000000e+00 : f32
//   CHECK-DAG: %[[C2F:.*]] = arith.constant 2.000000e+00 : f32
//   CHECK-DAG: %[[C3:.*]] = arith.constant 3 : index
//       CHECK: scf.for %[[I:.*]] =
//       CHECK:   %[[N:.*]] = arith.mulf %[[A]], %[[C2F]] : f32
//       CHECK:   memref.store %[[C4F]], %[[B]][%[[I]]] : memref<4xf32>
//       CHECK:   memref.store %[[N]], %[[B]][%[[I]]] : memref<4xf32>
//       CHECK: cf.cond_br %[[P]], ^bb1, ^bb2
//       CHECK: memref.store %[[A]], %[[B]][%[[C3]]] : memref<4xf32>
// LOC-LABEL: func.func @hoist_out_of_block
//   LOC-DAG: arith.constant 3 : index loc(unknown)
//   LOC-DAG: arith.constant 4.000000e+00 : f32 loc(unknown)
//   LOC-DAG: arith.constant 2.000000e+00 : f32 loc(unknown)
//       LOC: arith.constant 0 : index loc("c0":1:1)
func.func @hoist_out_of_block(%a: f32, %b: memref<4xf32>, %p: i1) {
  %s = arith.addf %a, %a : f32
  %c0 = arith.constant 0 : index loc("c0":1:1)
  %c4 = arith.constant 4 : index loc("c4":1:1)
  %c1 = arith.constant 1 : index loc("c1":1:1)
  scf.for %i = %c0 to %c4 step %c1 {
    %k = arith.constant 2.0 : f32 loc("k":2:2)
    %m = arith.mulf %k, %k : f32 loc("m":3:3)
    %n = arith.mulf %a, %k : f32 loc("n":3:3)
    memref.store %m, %b[%i] : memref<4xf32>
    memref.store %n, %b[%i] : memref<4xf32>
  }
  memref.store %s, %b[%c0] : memref<4xf32>
  cf.cond_br %p, ^bb1, ^bb2
^bb1:
  %c3 = arith.constant 3 : index loc("c3":4:4)
  memref.store %a, %b[%c3] : memref<4xf32>
  return
^bb2:
  return
}

// -----

// A volatile access, or an atomic one that is monotonic or stricter, may read and
// write any memory (upstream's LoadOp/StoreOp effects): unused, it stays; an unordered
// or plain unused load is erased.
// CHECK-LABEL: llvm.func @synchronizing_loads
// CHECK-NEXT:    llvm.load volatile %{{.*}} : !llvm.ptr -> i32
// CHECK-NEXT:    llvm.load %{{.*}} atomic monotonic {alignment = 4 : i64} : !llvm.ptr -> i32
// CHECK-NEXT:    llvm.return
llvm.func @synchronizing_loads(%p: !llvm.ptr) {
  %0 = llvm.load volatile %p : !llvm.ptr -> i32
  %1 = llvm.load %p atomic monotonic {alignment = 4 : i64} : !llvm.ptr -> i32
  %2 = llvm.load %p atomic unordered {alignment = 4 : i64} : !llvm.ptr -> i32
  %3 = llvm.load %p : !llvm.ptr -> i32
  llvm.return
}
