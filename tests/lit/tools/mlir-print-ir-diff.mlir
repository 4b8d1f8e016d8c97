/// --mlir-print-ir-diff (beyond upstream) prints, on stderr, a unified diff of the IR
/// after each pass that changed it; without a terminal there is no colour.

// RUN: pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse),canonicalize)' -mlir-print-ir-diff -o /dev/null 2>&1 | FileCheck %s
//      CHECK: // -----// IR Diff After CSE (cse) //----- //
// CHECK-NEXT: --- before cse
// CHECK-NEXT: +++ after cse
// CHECK-NEXT: @@ {{.*}} @@
// CHECK-NEXT:  func.func @f(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: -  %1 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: -  %2 = arith.muli %0, %1 : i32
// CHECK-NEXT: -  return %2 : i32
// CHECK-NEXT: +  %1 = arith.muli %0, %0 : i32
// CHECK-NEXT: +  return %1 : i32
// CHECK-NEXT:  }
/// @g does not change: no diff for it, nor for the canonicalizer.
//  CHECK-NOT: IR Diff

// RUN: pymlir-opt %s -cse -mlir-print-ir-diff -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOCOLOR
// NOCOLOR: IR Diff After CSE
// NOCOLOR-NOT: {{\x1b}}

// RUN: pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse))' -mlir-print-ir-diff -color=always -o /dev/null 2>&1 | FileCheck %s --check-prefix=COLOR
// COLOR: {{.\[31m}}-  %1 = arith.addi

func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}

func.func @g(%a: i32) -> i32 {
  return %a : i32
}
