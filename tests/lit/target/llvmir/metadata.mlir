// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Metadata: branch weights, nontemporal, invariant loads and groups, dereferenceable; inline assembly; call_intrinsic; global constructors.
llvm.func @ctor() {
  llvm.return
}
llvm.func @dtor() {
  llvm.return
}
llvm.mlir.global_ctors ctors = [@ctor], priorities = [65535 : i32], data = [#llvm.zero]
llvm.mlir.global_dtors dtors = [@dtor], priorities = [0 : i32], data = [#llvm.zero]
llvm.func @f(%c: i1, %p: !llvm.ptr, %v: i32) -> i32 {
  llvm.cond_br %c weights([1, 99]), ^bb1, ^bb2
^bb1:
  %0 = llvm.load %p {nontemporal} : !llvm.ptr -> i32
  %1 = llvm.load %p invariant : !llvm.ptr -> i32
  llvm.store %0, %p {nontemporal} : i32, !llvm.ptr
  %a = llvm.inline_asm has_side_effects "nop; add $0, $1", "=r,r" %v : (i32) -> i32
  %s = llvm.add %a, %1 : i32
  llvm.return %s : i32
^bb2:
  %2 = llvm.call_intrinsic "llvm.umax.i32"(%v, %v) : (i32, i32) -> i32
  llvm.switch %2 : i32, ^bb1 [
    1: ^bb1
  ]
}

// CHECK: @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]
// CHECK-NEXT: @llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 0, ptr @dtor, ptr null }]
// CHECK-LABEL: define void @ctor() {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK-LABEL: define void @dtor() {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK-LABEL: define i32 @f(i1 %0, ptr %1, i32 %2) {
// CHECK-NEXT:   br i1 %0, label %4, label %9, !prof !1
// CHECK: 4:                                                ; preds = %9, %9, %3
// CHECK-NEXT:   %5 = load i32, ptr %1, align 4, !nontemporal !2
// CHECK-NEXT:   %6 = load i32, ptr %1, align 4, !invariant.load !3
// CHECK-NEXT:   store i32 %5, ptr %1, align 4, !nontemporal !2
// CHECK-NEXT:   %7 = call i32 asm sideeffect "nop; add $0, $1", "=r,r"(i32 %2)
// CHECK-NEXT:   %8 = add i32 %7, %6
// CHECK-NEXT:   ret i32 %8
// CHECK: 9:                                                ; preds = %3
// CHECK-NEXT:   %10 = call i32 @llvm.umax.i32(i32 %2, i32 %2)
// CHECK-NEXT:   switch i32 %10, label %4 [
// CHECK-NEXT:     i32 1, label %4
// CHECK-NEXT:   ]
// CHECK-NEXT: }
// CHECK: ; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
// CHECK-NEXT: declare i32 @llvm.umax.i32(i32, i32) #0
// CHECK: attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
// CHECK-NEXT: !1 = !{!"branch_weights", i32 1, i32 99}
// CHECK-NEXT: !2 = !{i32 1}
// CHECK-NEXT: !3 = !{}

// -----

llvm.func @f(%c: i32, %p: !llvm.ptr) -> i32 {
  llvm.switch %c : i32, ^bb1 [
    1: ^bb2,
    2: ^bb2
  ] {branch_weights = array<i32: 5, 6, 7>}
^bb1:
  %0 = llvm.load %p invariant_group {nontemporal, alignment = 8 : i64} : !llvm.ptr -> i32
  llvm.store %0, %p invariant_group : i32, !llvm.ptr
  %1 = llvm.load %p dereferenceable<bytes = 8> : !llvm.ptr -> !llvm.ptr
  %2 = llvm.load %p invariant {nontemporal} : !llvm.ptr -> i32
  llvm.return %0 : i32
^bb2:
  %3 = llvm.inline_asm is_align_stack asm_dialect = intel "mov $0, \"q\"\0A", "=r" : () -> i32
  llvm.return %3 : i32
}

// CHECK-LABEL: define i32 @f(i32 %0, ptr %1) {
// CHECK-NEXT:   switch i32 %0, label %3 [
// CHECK-NEXT:     i32 1, label %7
// CHECK-NEXT:     i32 2, label %7
// CHECK-NEXT:   ], !prof !1
// CHECK: 3:                                                ; preds = %2
// CHECK-NEXT:   %4 = load i32, ptr %1, align 8, !nontemporal !2, !invariant.group !3
// CHECK-NEXT:   store i32 %4, ptr %1, align 4, !invariant.group !3
// CHECK-NEXT:   %5 = load ptr, ptr %1, align 8, !dereferenceable !4
// CHECK-NEXT:   %6 = load i32, ptr %1, align 4, !invariant.load !3, !nontemporal !2
// CHECK-NEXT:   ret i32 %4
// CHECK: 7:                                                ; preds = %2, %2
// CHECK-NEXT:   %8 = call i32 asm alignstack inteldialect "mov $0, \22q\22\0A", "=r"()
// CHECK-NEXT:   ret i32 %8
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
// CHECK-NEXT: !1 = !{!"branch_weights", i32 5, i32 6, i32 7}
// CHECK-NEXT: !2 = !{i32 1}
// CHECK-NEXT: !3 = !{}
// CHECK-NEXT: !4 = !{i64 8}

// -----

llvm.mlir.global internal @a(1 : i32) : i32
llvm.mlir.global_ctors ctors = [], priorities = [], data = []
llvm.func @ctor() {
  llvm.return
}
llvm.mlir.global internal @b(2 : i32) : i32
llvm.mlir.global_dtors dtors = [@ctor, @ctor], priorities = [1 : i32, 2 : i32], data = [@a, #llvm.zero]

// CHECK: @a = internal global i32 1
// CHECK-NEXT: @b = internal global i32 2
// CHECK-NEXT: @llvm.global_ctors = appending global [0 x { i32, ptr, ptr }] zeroinitializer
// CHECK-NEXT: @llvm.global_dtors = appending global [2 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 1, ptr @ctor, ptr null }, { i32, ptr, ptr } { i32 2, ptr @ctor, ptr null }]
// CHECK-LABEL: define void @ctor() {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
