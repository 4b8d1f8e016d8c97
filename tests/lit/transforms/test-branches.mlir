// RUN: pymlir-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(sccp))' | FileCheck %s --check-prefix=SCCP
// RUN: pymlir-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(canonicalize{region-simplify=aggressive}))' | FileCheck %s --check-prefix=CANON

/// Under sccp, the error path's first argument is produced by test.internal_br (unknown),
/// the second is the forwarded constant; the legacy `operand_segment_sizes` attribute
/// becomes the op's segment sizes.
// SCCP-LABEL: func.func @produced
// SCCP: %[[ONE:.*]] = arith.constant 1 : i32
// SCCP: "test.internal_br"(%[[ONE]])[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 0, 1>}>
// SCCP: ^bb2(%[[E:.*]]: i32, %{{.*}}: i32):
// SCCP-NEXT: return %[[E]], %[[ONE]] : i32, i32
func.func @produced() -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  "test.internal_br"(%c1) [^bb1, ^bb2] {operand_segment_sizes = array<i32: 0, 1>} : (i32) -> ()
^bb1:
  cf.br ^bb2(%c1, %c1 : i32, i32)
^bb2(%e: i32, %v: i32):
  return %e, %v : i32, i32
}

// -----

/// Under canonicalize, test.br is a branch: the unused argument and its operands go,
/// the blocks forwarding to ^bb3 merge, and the cond_br of equal targets becomes a select.
// CANON-LABEL: func.func @dead_args
// CANON-NEXT: %[[S:.*]] = arith.select %arg4, %arg0, %arg1 : i32
// CANON-NEXT: "test.br"()[^bb1] : () -> ()
// CANON-NEXT: ^bb1:
// CANON-NEXT: "test.use"(%[[S]]) : (i32) -> ()
func.func @dead_args(%a: i32, %b: i32, %c: i64, %d: i64, %cond: i1) {
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  "test.br"(%a, %c)[^bb3] : (i32, i64) -> ()
^bb2:
  "test.br"(%b, %d)[^bb3] : (i32, i64) -> ()
^bb3(%x: i32, %y: i64):
  "test.use"(%x) : (i32) -> ()
  return
}

// -----

/// Two blocks reached only through test.producing_br's successors merge when equal.
// CANON-LABEL: func.func @merge
// CANON: "test.producing_br"()[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 0, 0>}> : () -> i32
// CANON-NEXT: ^bb1:
// CANON-NEXT: return
// CANON-NOT: ^bb2
func.func @merge() {
  %0 = "test.producing_br"()[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 0, 0>}> : () -> i32
^bb1:
  return
^bb2:
  return
}
