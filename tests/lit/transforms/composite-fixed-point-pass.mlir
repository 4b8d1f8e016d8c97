// RUN: pymlir-opt %s --composite-fixed-point-pass='pipeline=any(cse,canonicalize)' | FileCheck %s
// RUN: pymlir-opt %s --composite-fixed-point-pass='pipeline=any(cse,canonicalize) max-iterations=1' 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: pymlir-opt %s --composite-fixed-point-pass='pipeline=cse name=Twice' --mlir-print-ir-after-all -o /dev/null 2>&1 | FileCheck %s --check-prefix=DUMP
// RUN: not pymlir-opt %s --composite-fixed-point-pass='max-iterations=0' 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not pymlir-opt %s --composite-fixed-point-pass='pipeline=no-such-pass' 2>&1 | FileCheck %s --check-prefix=PARSE

/// CSE and canonicalize alternate until nothing changes.
// CHECK-LABEL: func.func @f
// CHECK-NEXT: %[[A:.*]] = arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[M:.*]] = arith.muli %[[A]], %[[A]] : i32
// CHECK-NEXT: return %[[M]] : i32

/// Still changing after the last allowed iteration: a warning on the op.
// WARN: warning: Composite pass "CompositeFixedPointPass"+ didn't converge in 1 iterations
// WARN: note: see current operation:
// WARN-NEXT: module {

/// The inner passes show in IR dumps, and the composite pass under its `name`.
// DUMP: IR Dump After CSE (cse)
// DUMP-NEXT: module {
// DUMP: IR Dump After CSE (cse)
// DUMP: IR Dump After Twice (composite-fixed-point-pass)

/// Options checked before anything runs.
// BAD: <unknown>:0: error: Invalid maxIterations value:
// PARSE: MLIR Textual PassPipeline Parser:1:1: error: 'no-such-pass' does not refer to a registered pass or pass pipeline
// PARSE: <unknown>:0: error: Failed to parse composite pass pipeline
func.func @f(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %a, %c0 : i32
  %1 = arith.addi %0, %0 : i32
  %2 = arith.addi %0, %0 : i32
  %3 = arith.muli %1, %2 : i32
  return %3 : i32
}
