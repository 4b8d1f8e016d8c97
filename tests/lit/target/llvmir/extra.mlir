// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// inalloca allocas, struct constants from array attributes, token none, operand bundles.
llvm.func @callee(i32) -> i32
llvm.func @extra(%n: i32, %p: !llvm.ptr, %i: i64) -> i32 {
  %0 = llvm.alloca inalloca %n x i8 : (i32) -> !llvm.ptr
  %s = llvm.mlir.constant([1 : i8, 2.0 : f32]) : !llvm.struct<(i8, f32)>
  llvm.store %s, %p : !llvm.struct<(i8, f32)>, !llvm.ptr
  %t = llvm.mlir.none : !llvm.token
  %1 = llvm.call @callee(%n) ["tag"(%p : !llvm.ptr), "other"()] : (i32) -> i32
  %2 = llvm.inttoptr %i dereferenceable<bytes = 8, mayBeNull = true> : i64 to !llvm.ptr
  %3 = llvm.load %2 : !llvm.ptr -> i32
  %4 = llvm.intr.scmp(%1, %3) : (i32, i32) -> i2
  %5 = llvm.sext %4 : i2 to i32
  llvm.return %5 : i32
}

// CHECK: declare i32 @callee(i32)
// CHECK-LABEL: define i32 @extra(i32 %0, ptr %1, i64 %2) {
// CHECK-NEXT:   %4 = alloca inalloca i8, i32 %0, align 1
// CHECK-NEXT:   store { i8, float } { i8 1, float 2.000000e+00 }, ptr %1, align 4
// CHECK-NEXT:   %5 = call i32 @callee(i32 %0) [ "tag"(ptr %1), "other"() ]
// CHECK-NEXT:   %6 = inttoptr i64 %2 to ptr, !dereferenceable_or_null !1
// CHECK-NEXT:   %7 = load i32, ptr %6, align 4
// CHECK-NEXT:   %8 = call i2 @llvm.scmp.i2.i32(i32 %5, i32 %7)
// CHECK-NEXT:   %9 = sext i2 %8 to i32
// CHECK-NEXT:   ret i32 %9
// CHECK-NEXT: }
// CHECK: ; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
// CHECK-NEXT: declare range(i2 -1, -2) i2 @llvm.scmp.i2.i32(i32, i32) #0
// CHECK: attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
// CHECK-NEXT: !1 = !{i64 8}

// -----


/// A named struct that only a folded constant uses is not declared.
llvm.func @unused_struct() -> i32 {
  %0 = llvm.mlir.poison : !llvm.struct<"s", (i32)>
  %1 = llvm.mlir.constant(3 : i32) : i32
  %2 = llvm.insertvalue %1, %0[0] : !llvm.struct<"s", (i32)>
  %3 = llvm.extractvalue %2[0] : !llvm.struct<"s", (i32)>
  llvm.return %3 : i32
}

// CHECK-LABEL: define i32 @unused_struct() {
// CHECK-NEXT:   ret i32 3
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
