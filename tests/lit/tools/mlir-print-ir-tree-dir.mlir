/// --mlir-print-ir-tree-dir writes each dump to a file instead of stderr: one
/// directory per op from the top-level one (`dialect_op_symbol`), the file named by the
/// print counters of those ops and the pass argument (upstream's naming).

// RUN: rm -rf %t
// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse),canonicalize)' -mlir-print-ir-before=cse -mlir-print-ir-after-all -mlir-print-ir-tree-dir=%t -o /dev/null 2>&1 | FileCheck %s --check-prefix=STDERR --allow-empty
// STDERR-NOT: IR Dump
// RUN: ls %t/builtin_module_no-symbol-name | FileCheck %s --check-prefix=TOP
// TOP: 1_canonicalize.mlir
// TOP: func_func_f
// TOP: func_func_g
// RUN: ls %t/builtin_module_no-symbol-name/func_func_f | FileCheck %s --check-prefix=FUNC
// FUNC: 0_0_cse.mlir
// FUNC: 0_1_cse.mlir
// RUN: cat %t/builtin_module_no-symbol-name/func_func_f/0_1_cse.mlir | FileCheck %s --check-prefix=FILE
//      FILE: // -----// IR Dump After CSE (cse) //----- //
// FILE-NEXT: func.func @f(%arg0: i32) -> i32 {

func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}

func.func @g(%a: i32) -> i32 {
  return %a : i32
}
