// RUN: pymlir-opt %s --convert-scf-to-cf --convert-to-llvm --reconcile-unrealized-casts --ensure-debug-info-scope-on-llvm-func --mlir-print-debuginfo | pymlir-runner -e main --entry-point-result=i32 | FileCheck %s
// RUN: pymlir-opt %s --convert-scf-to-cf --convert-to-llvm --reconcile-unrealized-casts --ensure-debug-info-scope-on-llvm-func --mlir-print-debuginfo | pymlir-runner -e main --entry-point-result=i32 -O2 | FileCheck %s

/// A module with debug info (subprograms, !dbg locations, lexical block files for the
/// ops of another file) runs as without it.
// CHECK: 55
func.func @sum(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32 loc("lib.py":1:1)
  %c1 = arith.constant 1 : i32 loc("lib.py":2:1)
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> (i32) : i32 {
    %i1 = arith.addi %i, %c1 : i32 loc("lib.py":4:9)
    %s = arith.addi %acc, %i1 : i32 loc("lib.py":5:9)
    scf.yield %s : i32
  } loc("lib.py":3:5)
  return %r : i32 loc("lib.py":6:5)
}
func.func @main() -> i32 {
  %c10 = arith.constant 10 : i32
  %r = call @sum(%c10) : (i32) -> i32 loc(callsite("lib.py":8:3 at "main.py":1:1))
  return %r : i32
}
