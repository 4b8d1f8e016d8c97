// RUN: pymlir-opt %s --split-input-file --cse | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s --check-prefix=CANON

/// Two reads with nothing in between are one read (test.op_with_memread only reads).
// CHECK-LABEL: func.func @reads
// CHECK-NEXT: %[[R:.*]] = "test.op_with_memread"() : () -> i32
// CHECK-NEXT: arith.addi %[[R]], %[[R]] : i32
func.func @reads() -> i32 {
  %0 = "test.op_with_memread"() : () -> i32
  %1 = "test.op_with_memread"() : () -> i32
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}

// -----

/// A write in between keeps both reads.
// CHECK-LABEL: func.func @write_between
// CHECK-NEXT: %[[A:.*]] = "test.op_with_memread"() : () -> i32
// CHECK-NEXT: "test.op_with_memwrite"() : () -> ()
// CHECK-NEXT: %[[B:.*]] = "test.op_with_memread"() : () -> i32
// CHECK-NEXT: arith.addi %[[A]], %[[B]] : i32
func.func @write_between() -> i32 {
  %0 = "test.op_with_memread"() : () -> i32
  "test.op_with_memwrite"() : () -> ()
  %1 = "test.op_with_memread"() : () -> i32
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}

// -----

/// test.side_effect_op takes its effects from its `effects` attribute: reads merge,
/// a write (on any resource) blocks the merge of reads around it.
// CHECK-LABEL: func.func @listed_effects
// CHECK-NEXT: %[[A:.*]] = "test.side_effect_op"() {effects = [{effect = "read", test_resource}]} : () -> i32
// CHECK-NEXT: %[[W:.*]] = "test.side_effect_op"() {effects = [{effect = "write", test_resource}]} : () -> i32
// CHECK-NEXT: %[[B:.*]] = "test.side_effect_op"() {effects = [{effect = "read", test_resource}]} : () -> i32
// CHECK-NEXT: return %[[A]], %[[A]], %[[B]]
func.func @listed_effects() -> (i32, i32, i32) {
  %0 = "test.side_effect_op"() {effects = [{effect = "read", test_resource}]} : () -> i32
  %1 = "test.side_effect_op"() {effects = [{effect = "read", test_resource}]} : () -> i32
  %2 = "test.side_effect_op"() {effects = [{effect = "write", test_resource}]} : () -> i32
  %3 = "test.side_effect_op"() {effects = [{effect = "read", test_resource}]} : () -> i32
  return %0, %1, %3 : i32, i32, i32
}

// -----

/// Unused ops that only read, or only allocate and write their own result, are dead;
/// a free, a write and a write on a symbol are not.
// CANON-LABEL: func.func @dead
// CANON-NEXT: "test.side_effect_op"() {effects = [{effect = "free"}]} : () -> i32
// CANON-NEXT: "test.side_effect_op"() {effects = [{effect = "write", on_reference = @dead}]} : () -> i32
// CANON-NEXT: "test.op_with_memwrite"() : () -> ()
// CANON-NEXT: return
func.func @dead() {
  %0 = "test.op_with_memread"() : () -> i64
  %1 = "test.test_effects_result"() : () -> i32
  %2 = "test.side_effect_op"() {effects = [{effect = "allocate", on_result}, {effect = "write", on_result}]} : () -> i32
  %3 = "test.side_effect_op"() {effects = [{effect = "read"}]} : () -> i32
  %4 = "test.side_effect_op"() {effects = [{effect = "free"}]} : () -> i32
  %5 = "test.side_effect_op"() {effects = [{effect = "write", on_reference = @dead}]} : () -> i32
  %6 = "test.side_effect_op"() : () -> i32
  "test.op_with_memwrite"() : () -> ()
  return
}
