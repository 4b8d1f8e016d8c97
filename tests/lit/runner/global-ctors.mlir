// RUN: pymlir-runner %s -e main --entry-point-result=void | FileCheck %s

/// llvm.mlir.global_ctors run before the entry point, global_dtors after it, as with
/// upstream's runner.

// CHECK:      1
// CHECK-NEXT: 2
// CHECK-NEXT: 3
llvm.func @printI64(i64)
llvm.func @printNewline()
llvm.mlir.global_ctors ctors = [@init], priorities = [0 : i32], data = [#llvm.zero]
llvm.mlir.global_dtors dtors = [@fini], priorities = [0 : i32], data = [#llvm.zero]
llvm.func @init() {
  %0 = llvm.mlir.constant(1 : i64) : i64
  llvm.call @printI64(%0) : (i64) -> ()
  llvm.call @printNewline() : () -> ()
  llvm.return
}
llvm.func @fini() {
  %0 = llvm.mlir.constant(3 : i64) : i64
  llvm.call @printI64(%0) : (i64) -> ()
  llvm.call @printNewline() : () -> ()
  llvm.return
}
llvm.func @main() {
  %0 = llvm.mlir.constant(2 : i64) : i64
  llvm.call @printI64(%0) : (i64) -> ()
  llvm.call @printNewline() : () -> ()
  llvm.return
}
