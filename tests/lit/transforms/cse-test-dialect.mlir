// RUN: pymlir-opt %s --split-input-file --pass-pipeline='builtin.module(func.func(cse))' | FileCheck %s

/// Two test.cse_of_single_block_op with the same inputs and equivalent bodies merge.
// CHECK-LABEL: func.func @same_bodies
// CHECK: %[[OP:.*]] = test.cse_of_single_block_op
// CHECK-NOT: test.cse_of_single_block_op
// CHECK: return %[[OP]], %[[OP]]
func.func @same_bodies(%a: tensor<4xf32>, %c: f32) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = test.cse_of_single_block_op inputs(%a) {
  ^bb0(%x: f32):
    %s = arith.addf %x, %c : f32
    test.region_yield %s : f32
  } : tensor<4xf32> -> tensor<4xf32>
  %1 = test.cse_of_single_block_op inputs(%a) {
  ^bb0(%y: f32):
    %s = arith.addf %y, %c : f32
    test.region_yield %s : f32
  } : tensor<4xf32> -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

/// Different bodies (operand order) or block arguments keep both.
// CHECK-LABEL: func.func @different_bodies
// CHECK: %[[A:.*]] = test.cse_of_single_block_op
// CHECK: %[[B:.*]] = test.cse_of_single_block_op
// CHECK: %[[C:.*]] = test.cse_of_single_block_op
// CHECK: return %[[A]], %[[B]], %[[C]]
func.func @different_bodies(%a: tensor<4xf32>, %c: f32) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = test.cse_of_single_block_op inputs(%a) {
  ^bb0(%x: f32):
    %s = arith.subf %x, %c : f32
    test.region_yield %s : f32
  } : tensor<4xf32> -> tensor<4xf32>
  %1 = test.cse_of_single_block_op inputs(%a) {
  ^bb0(%x: f32):
    %s = arith.subf %c, %x : f32
    test.region_yield %s : f32
  } : tensor<4xf32> -> tensor<4xf32>
  %2 = test.cse_of_single_block_op inputs(%a) {
  ^bb0(%x: f32, %y: f32):
    %s = arith.subf %x, %c : f32
    test.region_yield %s : f32
  } : tensor<4xf32> -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

/// In a graph region a use may precede its definition: CSE leaves such a block alone
/// (no dominance to merge along), as upstream does.
// CHECK-LABEL: func.func @graph_use_before_def
// CHECK: test.graph_region {
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[C:.*]], %[[D:.*]] : i32
// CHECK-NEXT: %[[C]] = arith.constant 1 : i32
// CHECK-NEXT: %[[D]] = arith.constant 1 : i32
// CHECK-NEXT: "test.yield"(%[[S]]) : (i32) -> ()
func.func @graph_use_before_def() {
  test.graph_region {
    %0 = arith.addi %1, %2 : i32
    %1 = arith.constant 1 : i32
    %2 = arith.constant 1 : i32
    "test.yield"(%0) : (i32) -> ()
  }
  return
}
