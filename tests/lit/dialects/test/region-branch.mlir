// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// test.region_if's custom form: operands, their types, the arrow result list (also
/// empty), then three regions with their entry arguments.
// CHECK-LABEL: func.func @round_trip
// CHECK: test.region_if %arg0, %arg1: i32, i64 -> () then {
// CHECK-NEXT: ^bb0(%{{.*}}: i32, %{{.*}}: i64):
// CHECK: } join {
// CHECK: %{{.*}}:2 = test.region_if %arg0: i32 -> (i32, i64) then {
// CHECK: test.region_if_yield %{{.*}}, %arg1 : i32, i64
// CHECK: "test.any_cond"() ({
func.func @round_trip(%a: i32, %b: i64) -> (i32, i64) {
  test.region_if %a, %b: i32, i64 -> () then {
  ^bb0(%x: i32, %y: i64):
    test.region_if_yield %x : i32
  } else {
  ^bb0(%x: i32, %y: i64):
    test.region_if_yield %x : i32
  } join {
  ^bb0(%z: i32):
    "test.region_if_yield"() : () -> ()
  }
  %r:2 = test.region_if %a: i32 -> (i32, i64) then {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } else {
  ^bb0(%x: i32):
    test.region_if_yield %x : i32
  } join {
  ^bb0(%z: i32):
    test.region_if_yield %z, %b : i32, i64
  }
  %c = "test.any_cond"() ({
    "test.yield"(%a) : (i32) -> ()
  }) : () -> i32
  return %r#0, %r#1 : i32, i64
}
