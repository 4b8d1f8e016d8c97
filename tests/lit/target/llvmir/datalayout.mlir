// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s

/// A module's llvm.data_layout sets the alignments and offsets (and is printed with the triple).
module attributes {llvm.data_layout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128", llvm.target_triple = "x86_64-unknown-linux-gnu"} {
  llvm.mlir.global internal @g() : !llvm.array<4 x i64>
  llvm.func @f(%p: !llvm.ptr, %i: i64) -> i64 {
    %c1 = llvm.mlir.constant(1 : i32) : i32
    %a = llvm.alloca %c1 x !llvm.struct<(i8, i64, i128)> : (i32) -> !llvm.ptr
    %0 = llvm.load %p : !llvm.ptr -> i64
    %1 = llvm.load %p : !llvm.ptr -> i128
    %2 = llvm.load %p : !llvm.ptr -> f80
    %3 = llvm.load %p : !llvm.ptr -> !llvm.struct<(i8, i64)>
    %g = llvm.mlir.addressof @g : !llvm.ptr
    %4 = llvm.getelementptr %g[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<4 x i64>
    %5 = llvm.getelementptr %a[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i8, i64, i128)>
    llvm.store %1, %5 : i128, !llvm.ptr
    %6 = llvm.load %4 : !llvm.ptr -> i64
    llvm.return %6 : i64
  }
}

// CHECK: target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
// CHECK-NEXT: target triple = "x86_64-unknown-linux-gnu"
// CHECK: @g = internal global [4 x i64] undef
// CHECK-LABEL: define i64 @f(ptr %0, i64 %1) {
// CHECK-NEXT:   %3 = alloca { i8, i64, i128 }, align 16
// CHECK-NEXT:   %4 = load i64, ptr %0, align 8
// CHECK-NEXT:   %5 = load i128, ptr %0, align 16
// CHECK-NEXT:   %6 = load x86_fp80, ptr %0, align 16
// CHECK-NEXT:   %7 = load { i8, i64 }, ptr %0, align 8
// CHECK-NEXT:   %8 = getelementptr { i8, i64, i128 }, ptr %3, i32 0, i32 2
// CHECK-NEXT:   store i128 %5, ptr %8, align 16
// CHECK-NEXT:   %9 = load i64, ptr getelementptr inbounds nuw (i8, ptr @g, i64 16), align 8
// CHECK-NEXT:   ret i64 %9
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
