// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s

/// Identified structs are declared before the globals, in first-use order; scalar and
/// vector types print with LLVM's names.
llvm.mlir.global internal @node() : !llvm.struct<"node", (i32, ptr)>
llvm.func @types(%a: !llvm.struct<"pair", packed (i8, struct<"node", (i32, ptr)>)>, %b: f16, %c: bf16, %d: f128, %e: vector<[4]xi32>) -> !llvm.array<2 x struct<"pair", packed (i8, struct<"node", (i32, ptr)>)>>
llvm.mlir.global external @ext() : !llvm.struct<"opaque_t", opaque>

// CHECK: %node = type { i32, ptr }
// CHECK-NEXT: %opaque_t = type opaque
// CHECK-NEXT: %pair = type <{ i8, %node }>
// CHECK: @node = internal global %node undef
// CHECK-NEXT: @ext = external global %opaque_t
// CHECK: declare [2 x %pair] @types(%pair, half, bfloat, fp128, <vscale x 4 x i32>)
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
