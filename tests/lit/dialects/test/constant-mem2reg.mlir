// RUN: pymlir-opt %s --split-input-file | FileCheck %s --check-prefix=RT
// RUN: pymlir-opt %s --split-input-file --pass-pipeline='builtin.module(any(mem2reg))' | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --verify-diagnostics --pass-pipeline='builtin.module(func.func(canonicalize))' | FileCheck %s --check-prefix=CANON

/// test.constant holds any attribute; it is ConstantLike, so arith folds through it.
// RT-LABEL: func.func @constants
// RT: "test.constant"() <{value = 7 : i32}> : () -> i32
// RT: "test.constant"() <{value = "text"}> : () -> i32
// CANON-LABEL: func.func @constants
// CANON-NEXT: %[[S:.*]] = "test.constant"() <{value = "text"}> : () -> i32
// CANON-NEXT: %[[C:.*]] = arith.constant 8 : i32
// CANON-NEXT: return %[[C]], %[[S]] : i32, i32
func.func @constants() -> (i32, i32) {
  %0 = "test.constant"() {value = 7 : i32} : () -> i32
  %1 = "test.constant"() {value = 1 : i32} : () -> i32
  %2 = arith.addi %0, %1 : i32
  %3 = "test.constant"() {value = "text"} : () -> i32
  return %2, %3 : i32, i32
}

// -----

/// muli(muli(x, c0), c1) needs constants of the result's type.
// CANON-LABEL: func.func @mismatched_muli
// CANON: %[[M:.*]] = arith.muli %arg0, %{{.*}} : i32
// CANON-NEXT: arith.muli %[[M]], %{{.*}} : i32
func.func @mismatched_muli(%x: i32) -> i32 {
  %0 = "test.constant"() {value = 3 : i64} : () -> i32
  %1 = "test.constant"() {value = 5 : i64} : () -> i32
  %2 = arith.muli %x, %0 : i32
  %3 = arith.muli %2, %1 : i32
  return %3 : i32
}

// -----

/// Both slots promote: the never-stored one reads as the default test.constant 42.
// RT-LABEL: func.func @two_slots
// RT: %{{.*}}:2 = test.multi_slot_alloca : () -> (memref<i32>, memref<i32>)
// CHECK-LABEL: func.func @two_slots
// CHECK-NOT: test.multi_slot_alloca
// CHECK: %[[D:.*]] = "test.constant"() <{value = 42 : i32}> : () -> i32
// CHECK: return %arg0, %[[D]] : i32, i32
func.func @two_slots(%v: i32) -> (i32, i32) {
  %a, %b = test.multi_slot_alloca : () -> (memref<i32>, memref<i32>)
  memref.store %v, %a[] : memref<i32>
  %x = memref.load %a[] : memref<i32>
  %y = memref.load %b[] : memref<i32>
  return %x, %y : i32, i32
}

// -----

/// A slot passed to a call stays; the other one is promoted and the op shrinks.
func.func private @use(memref<i32>)
// CHECK-LABEL: func.func @one_escapes
// CHECK: %[[S:.*]] = test.multi_slot_alloca : () -> memref<i32>
// CHECK: call @use(%[[S]])
// CHECK: memref.load %[[S]][] : memref<i32>
func.func @one_escapes(%v: i32) -> (i32, i32) {
  %a, %b = test.multi_slot_alloca : () -> (memref<i32>, memref<i32>)
  func.call @use(%a) : (memref<i32>) -> ()
  memref.store %v, %b[] : memref<i32>
  %x = memref.load %a[] : memref<i32>
  %y = memref.load %b[] : memref<i32>
  return %x, %y : i32, i32
}

// -----

/// Slots used in a graph region are not promoted.
// CHECK-LABEL: test.isolated_graph_region
// CHECK: test.multi_slot_alloca : () -> memref<i32>
test.isolated_graph_region {
  %s = test.multi_slot_alloca : () -> (memref<i32>)
  memref.store %x, %s[] : memref<i32>
  %x = memref.load %s[] : memref<i32>
  "test.end"() : () -> ()
}
