// RUN: not pymlir-translate --mlir-to-llvmir --split-input-file %s 2>&1 | FileCheck %s
// RUN: not pymlir-translate --mlir-to-llvmir --split-input-file %s -o %t.ll 2>&1 | FileCheck %s --check-prefix=TOFILE

/// With --split-input-file, mlir-translate 22 reports positions relative to the chunk
/// (`within split at FILE:N offset :L:C`, N the chunk's first line, the marker's), and
/// writes each translated chunk as soon as it is done: before the next chunk's errors,
/// the separators after them (as upstream, also when both streams share a pipe).
// CHECK: define void @first()
// CHECK: within split at {{.*}}split-diagnostics.mlir:[[# @LINE + 10]] offset :3:1: error: cannot be converted to LLVM IR: missing `LLVMTranslationDialectInterface` registration for dialect for op: func.func
// CHECK: within split at {{.*}}split-diagnostics.mlir:[[# @LINE + 9]] offset :3:1: note: see current operation:
// CHECK: define void @third()
// TOFILE: within split at {{.*}}split-diagnostics.mlir:[[# @LINE + 7]] offset :3:1: error
// TOFILE-NOT: define

llvm.func @first() {
  llvm.return
}

// -----

func.func @second() {
  return
}

// -----

llvm.func @third() {
  llvm.return
}
