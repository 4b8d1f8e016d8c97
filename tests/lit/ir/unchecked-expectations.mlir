// RUN: pymlir-opt %s --split-input-file 2>&1 >/dev/null | FileCheck %s
// RUN: pymlir-opt %s --split-input-file > %t.out 2>/dev/null
// RUN: FileCheck %s --check-prefix=OUT < %t.out

/// Without --verify-diagnostics, upstream's mlir-opt 22 still reads the expected-*
/// comments and reports each as not produced once the whole input is processed, in
/// source order, with the file's own line numbers; the exit status stays 0 (the second
/// RUN line fails otherwise) and the output is printed.

// OUT: func.func @ok

// CHECK: unchecked-expectations.mlir:[[# @LINE + 2]]:4: error: expected error "never emitted" was not produced
// CHECK-NEXT: // expected-{{error}}@+1
// expected-error@+1 {{never emitted}}
func.func @ok() {
  return
}

// -----

// CHECK: unchecked-expectations.mlir:[[# @LINE + 1]]:4: error: expected remark "r" was not produced
// expected-remark@below {{r}}
func.func @ok2() {
  return
}
