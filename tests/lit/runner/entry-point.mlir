// RUN: not pymlir-runner %s -e nothere --entry-point-result=void 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not pymlir-runner %s -e decl --entry-point-result=void 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not pymlir-runner %s -e answer --entry-point-result=void 2>&1 | FileCheck %s --check-prefix=VOID
// RUN: not pymlir-runner %s -e answer --entry-point-result=i64 2>&1 | FileCheck %s --check-prefix=I64
// RUN: not pymlir-runner %s -e answer 2>&1 | FileCheck %s --check-prefix=F32
// RUN: not pymlir-runner %s -e takes_arg --entry-point-result=i32 2>&1 | FileCheck %s --check-prefix=ARGS
// RUN: pymlir-runner %s -e answer --entry-point-result=i32 -O2 | FileCheck %s --check-prefix=OK
// RUN: pymlir-runner %s -e answer --entry-point-result=i32 --shared-libs=/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so.22.1,libmlir_runner_utils.so --mlir-disable-threading | FileCheck %s --check-prefix=OK

/// mlir-runner's entry-point checks, with its messages (as diagnostics at the function
/// when it exists), on LLVM-dialect input; upstream's runtime libraries are built in.

// MISSING: error: entry point not found
// VOID: entry-point.mlir:17:1: error: expected void function
// I64: entry-point.mlir:17:1: error: only single i64 function result supported
// F32: entry-point.mlir:17:1: error: only single f32 function result supported
llvm.func @answer() -> i32 {
  %0 = llvm.mlir.constant(42 : i32) : i32
  llvm.return %0 : i32
}
// OK: 42

// ARGS: entry-point.mlir:24:1: error: JIT can't invoke a main function expecting arguments
llvm.func @takes_arg(%x: i32) -> i32 {
  llvm.return %x : i32
}

llvm.func @decl()
