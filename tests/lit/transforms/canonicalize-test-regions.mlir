// RUN: pymlir-opt %s --canonicalize | FileCheck %s

/// Folded constants stay in test.one_region_op's region (the test dialect's fold
/// interface asks for it); in test.symbol_scope's they move up to the function.
// CHECK-LABEL: func.func @materialize
// CHECK-NEXT: %[[OUT:.*]] = arith.constant 5 : i32
// CHECK-NEXT: "test.one_region_op"() ({
// CHECK-NEXT: %[[IN:.*]] = arith.constant 3 : i32
// CHECK-NEXT: "test.use"(%[[IN]]) : (i32) -> ()
// CHECK: "test.symbol_scope"() ({
// CHECK-NEXT: "test.use"(%[[OUT]]) : (i32) -> ()
func.func @materialize() {
  "test.one_region_op"() ({
    %c1 = arith.constant 1 : i32
    %c2 = arith.constant 2 : i32
    %s = arith.addi %c1, %c2 : i32
    "test.use"(%s) : (i32) -> ()
    "test.finish"() : () -> ()
  }) : () -> ()
  "test.symbol_scope"() ({
    %c2 = arith.constant 2 : i32
    %c3 = arith.constant 3 : i32
    %s = arith.addi %c2, %c3 : i32
    "test.use"(%s) : (i32) -> ()
    "test.finish"() : () -> ()
  }) : () -> ()
  return
}
