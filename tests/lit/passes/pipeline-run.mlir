/// How a pipeline runs: adjacent nested pass managers merge into one collection that
/// visits the ops once, in order, each with the pipeline of its name.

// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse),builtin.module(cse),func.func(canonicalize))' -mlir-print-ir-after-all -mlir-print-ir-module-scope -o /dev/null 2>&1 | FileCheck %s --check-prefix=ORDER
// ORDER: IR Dump After CSE (cse) ('func.func' operation: @a)
// ORDER: IR Dump After Canonicalizer (canonicalize) ('func.func' operation: @a)
// ORDER: IR Dump After CSE (cse) ('builtin.module' operation: @inner)
// ORDER: IR Dump After CSE (cse) ('func.func' operation: @b)
// ORDER: IR Dump After Canonicalizer (canonicalize) ('func.func' operation: @b)
// ORDER-NOT: IR Dump

/// The timing tree shows the merged collection, and a single nested pipeline directly.
// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse),canonicalize,builtin.module(cse),func.func(canonicalize))' -mlir-timing -o /dev/null 2>&1 | FileCheck %s --check-prefix=TREE
//      TREE: ----Wall Time----  ----Name----
// TREE-NEXT: {{.*}}  Parser
// TREE-NEXT: {{.*}}  'func.func' Pipeline
// TREE-NEXT: {{.*}}    CSE
// TREE-NEXT: {{.*}}      (A) DominanceInfo
// TREE-NEXT: {{.*}}  Canonicalizer
// TREE-NEXT: {{.*}}  Pipeline Collection : ['builtin.module', 'func.func']
// TREE-NEXT: {{.*}}    'func.func' Pipeline
// TREE-NEXT: {{.*}}      Canonicalizer
// TREE-NEXT: {{.*}}    'builtin.module' Pipeline
// TREE-NEXT: {{.*}}      CSE
// TREE-NEXT: {{.*}}        (A) DominanceInfo
// TREE-NEXT: {{.*}}  Output
// TREE-NEXT: {{.*}}  Rest
// TREE-NEXT: {{.*}}  Total

/// An op-agnostic pass manager does not merge with one it could overlap.
// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse),any(canonicalize))' -mlir-timing -o /dev/null 2>&1 | FileCheck %s --check-prefix=ANY
//      ANY: {{.*}}  'func.func' Pipeline
// ANY-NEXT: {{.*}}    CSE
// ANY-NEXT: {{.*}}      (A) DominanceInfo
// ANY-NEXT: {{.*}}  'any' Pipeline
// ANY-NEXT: {{.*}}    Canonicalizer

/// A pass runs only on ops isolated from above.
// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(func.func(scf.for(cse)))' 2>&1 | FileCheck %s --check-prefix=ISOLATED
// ISOLATED: error: 'scf.for' op trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'
// ISOLATED: note: see current operation:

func.func @a(%x: i32) -> i32 {
  %0 = arith.addi %x, %x : i32
  %1 = arith.addi %x, %x : i32
  %2 = arith.muli %0, %1 : i32
  return %2 : i32
}

module @inner {
}

func.func @b(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
  }
  return
}
