// RUN: pymlir-opt %s | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: pymlir-opt %s | pymlir-opt | FileCheck %s

/// Graph regions: uses before definitions are fine; the custom forms round-trip.
// CHECK-LABEL: func.func @graph
// CHECK: test.graph_region attributes {a = 1 : i64} {
// CHECK-NEXT: %[[X:.*]] = arith.addi %[[Y:.*]], %{{.*}} : i32
// CHECK-NEXT: %[[Y]] = arith.addi %[[X]], %{{.*}} : i32
// CHECK-NEXT: "test.yield"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: test.isolated_graph_region {
// CHECK-NEXT: "test.foo"() : () -> ()
// CHECK-NEXT: }
// GENERIC: "test.graph_region"() ({
// GENERIC: }) {a = 1 : i64} : () -> ()
// GENERIC: "test.isolated_graph_region"() ({
func.func @graph(%v: i32) {
  test.graph_region attributes {a = 1} {
    %0 = arith.addi %1, %v : i32
    %1 = arith.addi %0, %v : i32
    "test.yield"() : () -> ()
  }
  test.isolated_graph_region {
    "test.foo"() : () -> ()
  }
  return
}

// CHECK-LABEL: func.func @single_block
// CHECK: %[[R:.*]]:2 = test.cse_of_single_block_op inputs(%{{.*}}, %{{.*}}) {
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: i32):
// CHECK-NEXT: test.region_yield %[[B]] : i32
// CHECK-NEXT: } : tensor<2xf32>, i32 -> tensor<2xf32>, i32
// CHECK: test.cse_of_single_block_op {x} inputs(%{{.*}}) {
// GENERIC: "test.cse_of_single_block_op"(%{{.*}}, %{{.*}}) ({
// GENERIC: "test.region_yield"(%{{.*}}) : (i32) -> ()
// GENERIC: }) : (tensor<2xf32>, i32) -> (tensor<2xf32>, i32)
func.func @single_block(%v: i32, %t: tensor<2xf32>) {
  %r:2 = test.cse_of_single_block_op inputs(%t, %v) {
  ^bb0(%x: f32, %y: i32):
    test.region_yield %y : i32
  } : tensor<2xf32>, i32 -> tensor<2xf32>, i32
  %s = test.cse_of_single_block_op {x} inputs(%t) {
    test.region_yield %v : i32
  } : tensor<2xf32> -> tensor<2xf32>
  return
}

/// test.one_region_op holds a region of any shape.
// CHECK-LABEL: func.func @one_region
// CHECK: "test.one_region_op"() ({
// CHECK-NEXT: "test.foo"() : () -> ()
// CHECK-NEXT: ^bb1:
func.func @one_region() {
  "test.one_region_op"() ({
    "test.foo"() : () -> ()
  ^bb1:
    "test.bar"() : () -> ()
  }) : () -> ()
  return
}
