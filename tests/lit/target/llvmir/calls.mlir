// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s

/// Calls: direct, variadic, indirect, tail; intrinsic declarations with their attributes.
llvm.func @printf(!llvm.ptr, ...) -> i32
llvm.func @callee(i32) -> f32 attributes {passthrough = ["nounwind", ["frame-pointer", "all"]]}
llvm.func @caller(%fmt: !llvm.ptr, %x: i32, %fp: !llvm.ptr) -> f32 {
  %0 = llvm.call @printf(%fmt, %x) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
  %1 = llvm.call tail @callee(%0) : (i32) -> f32
  %2 = llvm.call %fp(%1) : !llvm.ptr, (f32) -> f32
  %3 = llvm.intr.sqrt(%2) : (f32) -> f32
  %4 = llvm.intr.fma(%3, %3, %2) {fastmathFlags = #llvm.fastmath<contract>} : (f32, f32, f32) -> f32
  %5 = "llvm.intr.ctlz"(%x) <{is_zero_poison = true}> : (i32) -> i32
  %t = llvm.trunc %5 : i32 to i8
  "llvm.intr.memset"(%fmt, %t, %5) <{isVolatile = false}> : (!llvm.ptr, i8, i32) -> ()
  %6 = llvm.intr.sqrt(%4) : (f32) -> f32
  llvm.return %6 : f32
}

// CHECK: declare i32 @printf(ptr, ...)
// CHECK: ; Function Attrs: nounwind
// CHECK-NEXT: declare float @callee(i32) #0
// CHECK-LABEL: define float @caller(ptr %0, i32 %1, ptr %2) {
// CHECK-NEXT:   %4 = call i32 (ptr, ...) @printf(ptr %0, i32 %1)
// CHECK-NEXT:   %5 = tail call float @callee(i32 %4)
// CHECK-NEXT:   %6 = call float %2(float %5)
// CHECK-NEXT:   %7 = call float @llvm.sqrt.f32(float %6)
// CHECK-NEXT:   %8 = call contract float @llvm.fma.f32(float %7, float %7, float %6)
// CHECK-NEXT:   %9 = call i32 @llvm.ctlz.i32(i32 %1, i1 true)
// CHECK-NEXT:   %10 = trunc i32 %9 to i8
// CHECK-NEXT:   call void @llvm.memset.p0.i32(ptr %0, i8 %10, i32 %9, i1 false)
// CHECK-NEXT:   %11 = call float @llvm.sqrt.f32(float %8)
// CHECK-NEXT:   ret float %11
// CHECK-NEXT: }
// CHECK: ; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
// CHECK-NEXT: declare float @llvm.sqrt.f32(float) #1
// CHECK: ; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
// CHECK-NEXT: declare float @llvm.fma.f32(float, float, float) #1
// CHECK: ; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
// CHECK-NEXT: declare i32 @llvm.ctlz.i32(i32, i1 immarg) #2
// CHECK: ; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
// CHECK-NEXT: declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #3
// CHECK: attributes #0 = { nounwind "frame-pointer"="all" }
// CHECK-NEXT: attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
// CHECK-NEXT: attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
// CHECK-NEXT: attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
