// RUN: pymlir-runner %s --entry-point-result=i32 --shared-libs=%t.missing.so 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: pymlir-runner %s --entry-point-result=i32 --shared-libs=%s 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: pymlir-runner %s --entry-point-result=i32 --shared-libs=/usr/lib/llvm-22/lib/libmlir_runner_utils.so.22.1,/opt/lib/libmlir_c_runner_utils.so 2>&1 | FileCheck %s --check-prefix=BUILTIN

/// --shared-libs: a library that does not exist or does not load is skipped with
/// upstream's warning and the run goes on; upstream's runner utils are built in (never
/// loaded, wherever the path points).

// MISSING:      Failed to create MemoryBuffer for: {{.*}}.missing.so
// MISSING-NEXT: Error: No such file or directory
// MISSING-NEXT: 42
// INVALID:      Could not load {{.*}}shared-libs.mlir:
// INVALID-NEXT:   {{.*}}shared-libs.mlir: invalid ELF header
// INVALID-NEXT: 42
// BUILTIN-NOT:  {{Failed|Could not}}
// BUILTIN:      42
llvm.func @main() -> i32 {
  %0 = llvm.mlir.constant(42 : i32) : i32
  llvm.return %0 : i32
}
