// RUN: pymlir-opt %s -split-input-file -reconcile-unrealized-casts | FileCheck %s

/// A cast chain back to the original type folds away; a dead cast is erased.
// CHECK-LABEL: func.func @round_trip
//  CHECK-SAME: (%[[A:.*]]: i64)
//   CHECK-NOT:   unrealized_conversion_cast
//       CHECK:   return %[[A]] : i64
func.func @round_trip(%a: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %a : i64 to index
  %1 = builtin.unrealized_conversion_cast %0 : index to i64
  %2 = builtin.unrealized_conversion_cast %a : i64 to f64
  return %1 : i64
}

// -----

/// A chain to another type stays.
// CHECK-LABEL: func.func @kept
//       CHECK:   %[[C0:.*]] = builtin.unrealized_conversion_cast %{{.*}} : i64 to f64
//       CHECK:   %[[C1:.*]] = builtin.unrealized_conversion_cast %[[C0]] : f64 to i32
//       CHECK:   return %[[C1]] : i32
func.func @kept(%a: i64) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i64 to f64
  %1 = builtin.unrealized_conversion_cast %0 : f64 to i32
  return %1 : i32
}
