// RUN: not pymlir-opt %s 2>&1 | FileCheck %s

/// A symbol defined twice: the error at the second definition, the op printed (as every
/// verifier error of upstream's mlir-opt), then the first definition.
// CHECK: symbol-redefinition.mlir:[[# @LINE + 6]]:1: error: redefinition of symbol named 'f'
// CHECK: symbol-redefinition.mlir:[[# @LINE + 5]]:1: note: see current operation:
// CHECK-NEXT: "func.func"() <{function_type = () -> (), sym_name = "f", sym_visibility = "private"}> ({
// CHECK: symbol-redefinition.mlir:[[# @LINE + 2]]:1: note: see existing symbol definition here

func.func private @f()
func.func private @f() {
  return
}
