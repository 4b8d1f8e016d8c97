// RUN: rm -f %t
// RUN: not pymlir-translate --mlir-to-llvmir %s -o %t 2>&1 | FileCheck %s
// RUN: not test -e %t

/// mlir-translate loads no arith dialect: the op fails to parse, no output is written.
llvm.func @f(%a: i32) -> i32 {
  // CHECK: unknown-dialect.mlir:8:8: error: Dialect `arith' not found for custom op 'arith.addi'
  %0 = arith.addi %a, %a : i32
  llvm.return %0 : i32
}
