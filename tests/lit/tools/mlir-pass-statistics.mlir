/// --mlir-pass-statistics prints each pass's statistics after the pipeline, in the
/// layout of an upstream build with statistics enabled (the LLVM 22 release packages
/// are built without them and print an empty report): the pipeline structure by
/// default, or one entry per pass name with the values summed.

// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse),canonicalize)' -mlir-pass-statistics -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPE
//      PIPE: ===-------------------------------------------------------------------------===
// PIPE-NEXT:                          ... Pass statistics report ...
// PIPE-NEXT: ===-------------------------------------------------------------------------===
// PIPE-NEXT: 'func.func' Pipeline
// PIPE-NEXT:   CSE
// PIPE-NEXT:     (S) 3 num-cse'd - Number of operations CSE'd
// PIPE-NEXT:     (S) 1 num-dce'd - Number of operations DCE'd
// PIPE-NEXT: Canonicalizer
// PIPE-EMPTY:

// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse),cse)' -mlir-pass-statistics -mlir-pass-statistics-display=list -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST
//      LIST: ... Pass statistics report ...
// LIST-NEXT: ===-------------------------------------------------------------------------===
// LIST-NEXT:   CSE
// LIST-NEXT:     (S) 3 num-cse'd - Number of operations CSE'd
// LIST-NEXT:     (S) 1 num-dce'd - Number of operations DCE'd

/// Statistics add up over the functions a nested pipeline runs on (two CSE'd ops in
/// @f, one in @g; the unused constant in @g is DCE'd).
func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  %3 = arith.muli %0, %1 : i32
  %4 = arith.addi %2, %3 : i32
  return %4 : i32
}

func.func @g(%a: i32) -> i32 {
  %c = arith.constant 7 : i32
  %0 = arith.subi %a, %a : i32
  %1 = arith.subi %a, %a : i32
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}
