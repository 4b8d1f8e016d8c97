// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s

/// Globals: linkage, constants, initializers, declarations.
llvm.mlir.global internal @counter(42 : i32) {addr_space = 0 : i32} : i32
llvm.mlir.global external constant @msg("hi\0A\00") : !llvm.array<4 x i8>
llvm.mlir.global private @buffer() : !llvm.array<8 x f32>
llvm.mlir.global external @extern_i64() : i64
llvm.mlir.global internal constant @table(dense<[1, 2, 3]> : tensor<3xi16>) {alignment = 16 : i64} : !llvm.array<3 x i16>
llvm.mlir.global internal @splat(dense<1.5> : vector<4xf32>) : vector<4xf32>
llvm.mlir.global internal @pair() : !llvm.struct<(i32, ptr)> {
  %0 = llvm.mlir.undef : !llvm.struct<(i32, ptr)>
  %1 = llvm.mlir.constant(7 : i32) : i32
  %2 = llvm.insertvalue %1, %0[0] : !llvm.struct<(i32, ptr)>
  %3 = llvm.mlir.addressof @counter : !llvm.ptr
  %4 = llvm.insertvalue %3, %2[1] : !llvm.struct<(i32, ptr)>
  llvm.return %4 : !llvm.struct<(i32, ptr)>
}
llvm.func @use() -> i32 {
  %0 = llvm.mlir.addressof @counter : !llvm.ptr
  %1 = llvm.load %0 : !llvm.ptr -> i32
  %2 = llvm.mlir.addressof @table : !llvm.ptr
  %3 = llvm.getelementptr %2[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<3 x i16>
  %4 = llvm.load %3 : !llvm.ptr -> i16
  %5 = llvm.sext %4 : i16 to i32
  %6 = llvm.add %1, %5 : i32
  llvm.return %6 : i32
}

// CHECK: @counter = internal global i32 42
// CHECK-NEXT: @msg = constant [4 x i8] c"hi\0A\00"
// CHECK-NEXT: @buffer = private global [8 x float] undef
// CHECK-NEXT: @extern_i64 = external global i64
// CHECK-NEXT: @table = internal constant [3 x i16] [i16 1, i16 2, i16 3], align 16
// CHECK-NEXT: @splat = internal global <4 x float> splat (float 1.500000e+00)
// CHECK-NEXT: @pair = internal global { i32, ptr } { i32 7, ptr @counter }
// CHECK-LABEL: define i32 @use() {
// CHECK-NEXT:   %1 = load i32, ptr @counter, align 4
// CHECK-NEXT:   %2 = load i16, ptr getelementptr inbounds nuw (i8, ptr @table, i64 4), align 2
// CHECK-NEXT:   %3 = sext i16 %2 to i32
// CHECK-NEXT:   %4 = add i32 %1, %3
// CHECK-NEXT:   ret i32 %4
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
