// RUN: pymlir-runner %s -e main --entry-point-result=void | FileCheck %s
// RUN: pymlir-runner %s -e seven --entry-point-result=i32 | FileCheck %s --check-prefix=RESULT
// RUN: env PYTHONUNBUFFERED=1 pymlir-runner %s -e seven --entry-point-result=i32 | FileCheck %s --check-prefix=RESULT

/// The built-in runtime's prints and libc's (puts, putchar) keep program order on a
/// pipe, as upstream's, whose both go through C stdio. On a pipe, C stdio is fully
/// buffered until exit, so upstream prints the entry point's result (llvm::outs(),
/// flushed first at exit) before the program's output; so do we, PYTHONUNBUFFERED or not.

// CHECK:      1x
// CHECK-NEXT: 2
// CHECK-NEXT: x
// CHECK-NEXT: 3!
// CHECK-NOT:  {{.}}
llvm.mlir.global internal constant @x("x\00") {addr_space = 0 : i32}
llvm.func @printI64(i64)
llvm.func @printNewline()
llvm.func @puts(!llvm.ptr) -> i32
llvm.func @putchar(i32) -> i32
llvm.func @main() {
  %p = llvm.mlir.addressof @x : !llvm.ptr
  %1 = llvm.mlir.constant(1 : i64) : i64
  %2 = llvm.mlir.constant(2 : i64) : i64
  %3 = llvm.mlir.constant(3 : i64) : i64
  %bang = llvm.mlir.constant(33 : i32) : i32
  %nl = llvm.mlir.constant(10 : i32) : i32
  llvm.call @printI64(%1) : (i64) -> ()
  %r0 = llvm.call @puts(%p) : (!llvm.ptr) -> i32
  llvm.call @printI64(%2) : (i64) -> ()
  llvm.call @printNewline() : () -> ()
  %r1 = llvm.call @puts(%p) : (!llvm.ptr) -> i32
  llvm.call @printI64(%3) : (i64) -> ()
  %r2 = llvm.call @putchar(%bang) : (i32) -> i32
  %r3 = llvm.call @putchar(%nl) : (i32) -> i32
  llvm.return
}

// RESULT:      42
// RESULT-NEXT: 7
// RESULT-NOT:  {{.}}
llvm.func @seven() -> i32 {
  %0 = llvm.mlir.constant(7 : i64) : i64
  llvm.call @printI64(%0) : (i64) -> ()
  llvm.call @printNewline() : () -> ()
  %1 = llvm.mlir.constant(42 : i32) : i32
  llvm.return %1 : i32
}
