// RUN: pymlir-opt %s | FileCheck %s

/// Comments may appear anywhere in the file metadata section; a referenced blob is
/// printed back, in upper-case hex.
// CHECK-LABEL: func.func @f() -> tensor<2xi32> {
// CHECK-NEXT: %[[C:.*]] = arith.constant dense_resource<blob1> : tensor<2xi32>
// CHECK-NEXT: return %[[C]] : tensor<2xi32>
// CHECK: {-#
// CHECK-NEXT: dialect_resources: {
// CHECK-NEXT: builtin: {
// CHECK-NEXT: blob1: "0x04000000010000000A000000"
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: #-}
func.func @f() -> tensor<2xi32> {
  %c = arith.constant dense_resource<blob1> : tensor<2xi32>
  return %c : tensor<2xi32>
}

{-#
  // Before the section.
  dialect_resources: { // After its brace.
    builtin: {
      // Before the entry.
      blob1: "0x04000000010000000a000000" // After the entry.
    }
  }
#-}
