// RUN: pymlir-opt %s --split-input-file --inline='default-pipeline=' | FileCheck %s

/// test.conversion_call_op is a call: inlining bridges the i16/i32 mismatch with
/// test.cast, marks the inlined ops `inlined_conversion`, and routes arguments and
/// results marked test.handle_argument / test.handle_result through test.type_changer.
test.conversion_func_op @callee(%a: i32 {test.handle_argument}) -> (i32 {test.handle_result}) {
  %s = arith.addi %a, %a : i32
  "test.return"(%s) : (i32) -> ()
}
// CHECK-LABEL: func.func @caller
// CHECK-NEXT: %[[IN:.*]] = "test.cast"(%arg0) : (i16) -> i32
// CHECK-NEXT: %[[CH:.*]] = "test.type_changer"(%[[IN]]) : (i32) -> i32
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[CH]], %[[CH]] {inlined_conversion} : i32
// CHECK-NEXT: %[[R:.*]] = "test.type_changer"(%[[S]]) : (i32) -> i32
// CHECK-NEXT: %[[OUT:.*]] = "test.cast"(%[[R]]) : (i32) -> i16
// CHECK-NEXT: return %[[OUT]] : i16
func.func @caller(%x: i16) -> i16 {
  %r = "test.conversion_call_op"(%x) {callee = @callee} : (i16) -> i16
  return %r : i16
}

// -----

/// A call marked `noinline` stays, and so does one needing a cast test.cast cannot make.
test.conversion_func_op @callee(%a: i32) -> i32 {
  "test.return"(%a) : (i32) -> ()
}
// CHECK-LABEL: func.func @not_inlined
// CHECK-NEXT: "test.conversion_call_op"(%arg0) <{callee = @callee}> {noinline} : (i32) -> i32
// CHECK-NEXT: "test.conversion_call_op"(%arg1) <{callee = @callee}> : (i64) -> i32
func.func @not_inlined(%x: i32, %y: i64) -> (i32, i32) {
  %r = "test.conversion_call_op"(%x) {callee = @callee, noinline} : (i32) -> i32
  %s = "test.conversion_call_op"(%y) {callee = @callee} : (i64) -> i32
  return %r, %s : i32, i32
}

// -----

/// A call of a test.functional_region_op value inlines its region; the op stays
/// (it is used by nothing else but is not erased by the inliner).
// CHECK-LABEL: func.func @functional_region
// CHECK: "test.functional_region_op"() ({
// CHECK: %[[S:.*]] = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT: return %[[S]] : i32
func.func @functional_region(%x: i32) -> i32 {
  %fn = "test.functional_region_op"() ({
  ^bb0(%a: i32):
    %s = arith.muli %a, %a : i32
    "test.return"(%s) : (i32) -> ()
  }) : () -> ((i32) -> i32)
  %r = call_indirect %fn(%x) : (i32) -> i32
  return %r : i32
}
