// RUN: pymlir-opt %s --strip-debuginfo --mlir-print-debuginfo --mlir-print-local-scope --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --pass-pipeline='builtin.module(func.func(strip-debuginfo))' --mlir-print-debuginfo --mlir-print-local-scope --split-input-file | FileCheck %s --check-prefix=NESTED

/// Ops, block arguments of every block, and the module itself lose their locations.
// CHECK-LABEL: func.func @f
// CHECK-SAME: (%[[A:.*]]: i32 loc(unknown)) -> i32 {
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[A]], %[[A]] : i32 loc(unknown)
// CHECK-NEXT: cf.br ^bb1(%[[S]] : i32) loc(unknown)
// CHECK-NEXT: ^bb1(%[[B:.*]]: i32 loc(unknown)):
// CHECK-NEXT: return %[[B]] : i32 loc(unknown)
// CHECK-NEXT: } loc(unknown)
// CHECK-NEXT: } loc(unknown)

/// Run on a function only, the module keeps its location.
// NESTED-LABEL: func.func @f
// NESTED-SAME: (%{{.*}}: i32 loc(unknown)) -> i32 {
// NESTED: } loc(unknown)
// NESTED-NEXT: } loc("{{.*}}strip-debuginfo.mlir":0:0)
func.func @f(%a: i32 loc("arg")) -> i32 {
  %0 = arith.addi %a, %a : i32 loc(fused["x", "y"])
  cf.br ^bb1(%0 : i32) loc(callsite("callee" at "caller"))
^bb1(%b: i32 loc("b")):
  return %b : i32
} loc("f")
