/// --mlir-timing prints upstream's execution time report on stderr: a tree by
/// default, or a list of the timers merged by name and sorted by time.

// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse,canonicalize))' -mlir-timing -o /dev/null 2>&1 | FileCheck %s --check-prefix=TREE
// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse,canonicalize))' -mlir-timing -mlir-timing-display=tree -o /dev/null 2>&1 | FileCheck %s --check-prefix=TREE
//      TREE: ===-------------------------------------------------------------------------===
// TREE-NEXT:                          ... Execution time report ...
// TREE-NEXT: ===-------------------------------------------------------------------------===
// TREE-NEXT:   Total Execution Time: {{[0-9]+\.[0-9]+}} seconds
// TREE-EMPTY:
// TREE-NEXT:   ----Wall Time----  ----Name----
// TREE-NEXT:   {{ *[0-9]+\.[0-9]+ \( *[0-9]+\.[0-9]%\)}}  Parser
// TREE-NEXT:   {{.*}}  'func.func' Pipeline
// TREE-NEXT:   {{.*}}    CSE
// TREE-NEXT:   {{.*}}      (A) DominanceInfo
// TREE-NEXT:   {{.*}}    Canonicalizer
// TREE-NEXT:   {{.*}}  Output
// TREE-NEXT:   {{.*}}  Rest
// TREE-NEXT:   {{.*}}100.0%)  Total

// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse,canonicalize))' -mlir-timing -mlir-timing-display=list -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST
//      LIST: ----Wall Time----  ----Name----
// LIST-NEXT:   {{.*}}100.0%)  root
//  LIST-DAG: Parser
//  LIST-DAG: 'func.func' Pipeline
//  LIST-DAG: Pipeline Collection : ['func.func']
//  LIST-DAG: CSE
//  LIST-DAG: (A) DominanceInfo
//  LIST-DAG: Canonicalizer
//  LIST-DAG: Output
//      LIST: Rest
// LIST-NEXT: Total

/// A failing pipeline still reports the time spent.
// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(nope)' -mlir-timing 2>&1 | FileCheck %s --check-prefix=FAIL
// FAIL: does not refer to a registered pass
// FAIL: ----Wall Time----  ----Name----
// FAIL-NEXT: Parser
// FAIL-NEXT: Rest
// FAIL-NEXT: Total

func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}
