// RUN: not pymlir-runner %s -e main --entry-point-result=void 2>&1 | FileCheck %s

/// Input beyond the LLVM dialect is lowered first (convert-scf-to-cf, convert-to-llvm,
/// reconcile-unrealized-casts); an op that survives gets the error upstream's runner
/// gives when it parses such an op (memref.subview needs expand-strided-metadata).

// CHECK: not-lowerable.mlir:10:8: error: Dialect `memref' not found for custom op 'memref.subview'
func.func @main() {
  %a = memref.alloc() : memref<4x4xf32>
  %s = memref.subview %a[1, 1] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32, strided<[4, 1], offset: 5>>
  return
}
