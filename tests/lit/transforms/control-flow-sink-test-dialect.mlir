// RUN: pymlir-opt %s --split-input-file --control-flow-sink | FileCheck %s

/// test.region_if's regions each run at most once: a value used only in one of them
/// moves there; one used in two regions stays.
// CHECK-LABEL: func.func @sink_region_if
// CHECK-NEXT: %[[BOTH:.*]] = arith.muli %arg1, %arg1 : i32
// CHECK-NEXT: test.region_if %arg0: i32 -> i32 then {
// CHECK-NEXT: ^bb0(%{{.*}}: i32):
// CHECK-NEXT: %[[T:.*]] = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: %[[U:.*]] = arith.addi %[[T]], %[[BOTH]] : i32
// CHECK-NEXT: test.region_if_yield %[[U]] : i32
// CHECK: } join {
// CHECK-NEXT: ^bb0(%[[J:.*]]: i32):
// CHECK-NEXT: %[[V:.*]] = arith.addi %[[J]], %[[BOTH]] : i32
func.func @sink_region_if(%c: i32, %a: i32) -> i32 {
  %only_then = arith.addi %a, %a : i32
  %both = arith.muli %a, %a : i32
  %r = test.region_if %c: i32 -> i32 then {
  ^bb0(%x: i32):
    %u = arith.addi %only_then, %both : i32
    test.region_if_yield %u : i32
  } else {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } join {
  ^bb0(%j: i32):
    %v = arith.addi %j, %both : i32
    test.region_if_yield %v : i32
  }
  return %r : i32
}

// -----

/// test.any_cond's region runs exactly once: its only user's operand moves in.
// CHECK-LABEL: func.func @sink_any_cond
// CHECK-NEXT: "test.any_cond"() ({
// CHECK-NEXT: %[[S:.*]] = arith.subi %arg0, %arg1 : i32
// CHECK-NEXT: "test.yield"(%[[S]]) : (i32) -> ()
func.func @sink_any_cond(%a: i32, %b: i32) -> i32 {
  %s = arith.subi %a, %b : i32
  %r = "test.any_cond"() ({
    "test.yield"(%s) : (i32) -> ()
  }) : () -> i32
  return %r : i32
}
