// RUN: not pymlir-runner %s -e calls_missing --entry-point-result=void 2>&1 | FileCheck %s

/// A function the program calls but nobody defines: upstream's JIT session error
/// (not an abort); a declaration that is never called needs no definition.

// CHECK: error: JIT session error: Symbols not found: [ not_defined_anywhere ]
llvm.func @not_defined_anywhere()
llvm.func @never_called()
llvm.func @calls_missing() {
  llvm.call @not_defined_anywhere() : () -> ()
  llvm.return
}
