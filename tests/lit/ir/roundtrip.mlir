// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect | pymlir-opt --allow-unregistered-dialect | FileCheck %s

/// Generic ops with results, operands, regions and attributes round-trip.
// CHECK-LABEL: "test.label"() {name = "generic"}
"test.label"() {name = "generic"} : () -> ()
// CHECK: %[[A:.*]]:2 = "test.two"() : () -> (i32, f32)
%a:2 = "test.two"() : () -> (i32, f32)
// CHECK: "test.use"(%[[A]]#1, %[[A]]#0) : (f32, i32) -> ()
"test.use"(%a#1, %a#0) : (f32, i32) -> ()
// CHECK: "test.region"() ({
// CHECK-NEXT: ^bb0(%[[ARG:.*]]: i32):
// CHECK-NEXT:   "test.yield"(%[[ARG]]) : (i32) -> ()
// CHECK-NEXT: }) : () -> ()
"test.region"() ({
^bb0(%x: i32):
  "test.yield"(%x) : (i32) -> ()
}) : () -> ()
