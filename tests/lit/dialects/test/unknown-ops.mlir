// RUN: pymlir-opt %s | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// The test dialect allows unknown operations, as upstream's does: the generic form of
/// any `test.` op parses and verifies without --allow-unregistered-dialect.
// CHECK-LABEL: func.func @unknown
// CHECK-NEXT: %[[A:.*]]:2 = "test.op_with_two_results"() : () -> (i32, i32)
// CHECK-NEXT: "test.use"(%[[A]]#1) {tag = 1 : i64} : (i32) -> ()
// GENERIC: "test.op_with_two_results"() : () -> (i32, i32)
func.func @unknown() {
  %0:2 = "test.op_with_two_results"() : () -> (i32, i32)
  "test.use"(%0#1) {tag = 1} : (i32) -> ()
  return
}
