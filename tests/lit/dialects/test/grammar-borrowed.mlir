// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s

/// Test ops alone (no func op in the input) still parse: the test dialect's
/// function-like op borrows func.func's grammar terminals, loaded with it.
// CHECK: test.dummy_op_with_region_ref {
test.dummy_op_with_region_ref {
  "inner"() : () -> ()
}
