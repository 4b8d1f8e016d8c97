/// IR printing around passes, on stderr, with upstream's headers: a nested op is
/// printed alone (local scope), the top-level one with its aliases.

// RUN: pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse),canonicalize)' -mlir-print-ir-before=cse -mlir-print-ir-after=canonicalize -o /dev/null 2>&1 | FileCheck %s --check-prefix=SOME
//      SOME: // -----// IR Dump Before CSE (cse) //----- //
// SOME-NEXT: func.func @twice(%arg0: i32) -> i32 {
//      SOME: // -----// IR Dump Before CSE (cse) //----- //
// SOME-NEXT: func.func @same(%arg0: i32) -> i32 {
//      SOME: // -----// IR Dump After Canonicalizer (canonicalize) //----- //
// SOME-NEXT: module {
//  SOME-NOT: IR Dump

// RUN: pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse),canonicalize)' -mlir-print-ir-before-all -o /dev/null 2>&1 | FileCheck %s --check-prefix=BEFORE
// BEFORE-COUNT-2: IR Dump Before CSE (cse)
//         BEFORE: IR Dump Before Canonicalizer (canonicalize)

/// With -after-change, only the passes that changed the IR print it (CSE changes
/// @twice, not @same).
// RUN: pymlir-opt %s -pass-pipeline='builtin.module(func.func(cse),canonicalize)' -mlir-print-ir-after-all -mlir-print-ir-after-change -o /dev/null 2>&1 | FileCheck %s --check-prefix=CHANGE
//      CHANGE: // -----// IR Dump After CSE (cse) //----- //
// CHANGE-NEXT: func.func @twice(%arg0: i32) -> i32 {
//  CHANGE-NOT: IR Dump After CSE
//      CHANGE: // -----// IR Dump After Canonicalizer (canonicalize) //----- //

/// Module scope prints the whole module, naming the op the pass ran on.
// RUN: pymlir-opt %s -mlir-disable-threading -pass-pipeline='builtin.module(func.func(cse))' -mlir-print-ir-after-all -mlir-print-ir-module-scope -o /dev/null 2>&1 | FileCheck %s --check-prefix=SCOPE
//      SCOPE: // -----// IR Dump After CSE (cse) ('func.func' operation: @twice) //----- //
// SCOPE-NEXT: module {
//      SCOPE: // -----// IR Dump After CSE (cse) ('func.func' operation: @same) //----- //
// SCOPE-NEXT: module {
// RUN: not pymlir-opt %s -cse -mlir-print-ir-module-scope 2>&1 | FileCheck %s --check-prefix=THREADS
// THREADS: error: IR print for module scope can't be setup on a pass-manager without disabling multi-threading first.

/// -after-failure prints only the IR a failing pass left (here: no convergence in
/// one iteration).
// RUN: not pymlir-opt %s -pass-pipeline='builtin.module(cse,func.func(canonicalize{max-iterations=1 test-convergence}))' -mlir-print-ir-after-failure 2>&1 | FileCheck %s --check-prefix=FAIL
//      FAIL: // -----// IR Dump After Canonicalizer Failed (canonicalize) //----- //
// FAIL-NEXT: func.func @twice(%arg0: i32) -> i32 {
//  FAIL-NOT: IR Dump

func.func @twice(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %a, %a : i32
  %1 = arith.addi %a, %a : i32
  %s = arith.addi %c1, %c2 : i32
  %2 = arith.muli %0, %1 : i32
  %3 = arith.muli %2, %s : i32
  return %3 : i32
}

func.func @same(%a: i32) -> i32 {
  return %a : i32
}
