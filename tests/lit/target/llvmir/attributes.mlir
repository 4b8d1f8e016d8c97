// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Linkage, visibility, dso_local, sections, alignment; function and argument attributes.
llvm.mlir.global weak @w(1 : i32) : i32
llvm.mlir.global linkonce_odr hidden @lo(2 : i32) : i32
llvm.mlir.global common @cm(0 : i32) : i32
llvm.mlir.global extern_weak @ew() : i32
llvm.mlir.global available_externally @ae(3 : i32) : i32
llvm.mlir.global internal thread_local unnamed_addr @tl(4 : i64) {section = ".mysec", alignment = 8 : i64} : i64
llvm.mlir.global private local_unnamed_addr constant @pc(5 : i8) {dso_local} : i8
llvm.mlir.global internal @as(6 : i32) {addr_space = 3 : i32} : i32
llvm.mlir.global internal @f64g(3.14 : f64) : f64
llvm.mlir.global internal @zs() : !llvm.struct<(i32, f32)> {
  %0 = llvm.mlir.zero : !llvm.struct<(i32, f32)>
  llvm.return %0 : !llvm.struct<(i32, f32)>
}
llvm.func internal @internal_fn(%a: i32 {llvm.noundef, llvm.signext}, %p: !llvm.ptr {llvm.noalias, llvm.nonnull, llvm.align = 16 : i64, llvm.dereferenceable = 8 : i64}) -> (i32 {llvm.zeroext}) attributes {no_inline, no_unwind, will_return, target_cpu = "x86-64", frame_pointer = #llvm.framePointerKind<all>} {
  llvm.return %a : i32
}
llvm.func linkonce_odr @lo_fn() attributes {always_inline, memory_effects = #llvm.memory_effects<other = none, argMem = read, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>} {
  llvm.return
}
llvm.func fastcc @cc_fn(%x: f32) -> f32 attributes {passthrough = ["noinline", "optnone", "cold", ["uwtable", "2"]]} {
  %0 = llvm.call fastcc @cc_fn(%x) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
  llvm.return %0 : f32
}
llvm.func weak @wf() -> i64 attributes {dso_local, section = "text2", alignment = 32 : i64} {
  %0 = llvm.mlir.constant(0 : i64) : i64
  llvm.return %0 : i64
}
llvm.func @sret(!llvm.ptr {llvm.sret = !llvm.struct<(i32, i32)>}, !llvm.ptr {llvm.byval = i64})
llvm.func hidden unnamed_addr @vis() {
  llvm.return
}

// CHECK: @w = weak global i32 1
// CHECK-NEXT: @lo = linkonce_odr hidden global i32 2
// CHECK-NEXT: @cm = common global i32 0
// CHECK-NEXT: @ew = extern_weak global i32
// CHECK-NEXT: @ae = available_externally global i32 3
// CHECK-NEXT: @tl = internal thread_local unnamed_addr global i64 4, section ".mysec", align 8
// CHECK-NEXT: @pc = private local_unnamed_addr constant i8 5
// CHECK-NEXT: @as = internal addrspace(3) global i32 6
// CHECK-NEXT: @f64g = internal global double 3.140000e+00
// CHECK-NEXT: @zs = internal global { i32, float } zeroinitializer
// CHECK: ; Function Attrs: noinline nounwind willreturn
// CHECK-LABEL: define internal zeroext i32 @internal_fn(i32 noundef signext %0, ptr noalias nonnull align 16 dereferenceable(8) %1) #0 {
// CHECK-NEXT:   ret i32 %0
// CHECK-NEXT: }
// CHECK: ; Function Attrs: alwaysinline memory(argmem: read)
// CHECK-LABEL: define linkonce_odr void @lo_fn() #1 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: ; Function Attrs: cold noinline optnone uwtable
// CHECK-LABEL: define fastcc float @cc_fn(float %0) #2 {
// CHECK-NEXT:   %2 = call fast fastcc float @cc_fn(float %0)
// CHECK-NEXT:   ret float %2
// CHECK-NEXT: }
// CHECK-LABEL: define weak dso_local i64 @wf() section "text2" align 32 {
// CHECK-NEXT:   ret i64 0
// CHECK-NEXT: }
// CHECK: declare void @sret(ptr sret({ i32, i32 }), ptr byval(i64))
// CHECK-LABEL: define hidden void @vis() unnamed_addr {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: attributes #0 = { noinline nounwind willreturn "frame-pointer"="all" "target-cpu"="x86-64" }
// CHECK-NEXT: attributes #1 = { alwaysinline memory(argmem: read) }
// CHECK-NEXT: attributes #2 = { cold noinline optnone uwtable }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----

/// Memory effects, and call-site attribute groups numbered after the functions' ones.
llvm.func @m1() attributes {memory_effects = #llvm.memory_effects<other = read, argMem = readwrite, inaccessibleMem = none, errnoMem = read, targetMem0 = write, targetMem1 = read>}
llvm.func @m2() attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>}
llvm.func @m3() attributes {memory_effects = #llvm.memory_effects<other = write, argMem = write, inaccessibleMem = write, errnoMem = write, targetMem0 = write, targetMem1 = write>}
llvm.func @m4(%p: !llvm.ptr) {
  llvm.call @m1() {memory_effects = #llvm.memory_effects<other = none, argMem = read, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, no_unwind} : () -> ()
  llvm.call @m2() {convergent, will_return, no_inline} : () -> ()
  llvm.return
}

// CHECK: ; Function Attrs: memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: write)
// CHECK-NEXT: declare void @m1() #0
// CHECK: ; Function Attrs: memory(none)
// CHECK-NEXT: declare void @m2() #1
// CHECK: ; Function Attrs: memory(write)
// CHECK-NEXT: declare void @m3() #2
// CHECK-LABEL: define void @m4(ptr %0) {
// CHECK-NEXT:   call void @m1() #3
// CHECK-NEXT:   call void @m2() #4
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: attributes #0 = { memory(read, argmem: readwrite, inaccessiblemem: none, target_mem0: write) }
// CHECK-NEXT: attributes #1 = { memory(none) }
// CHECK-NEXT: attributes #2 = { memory(write) }
// CHECK-NEXT: attributes #3 = { nounwind memory(argmem: read) }
// CHECK-NEXT: attributes #4 = { convergent noinline willreturn }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----

/// Call-site argument and result attributes, in LLVM's attribute order.
llvm.func @g(!llvm.ptr, i32) -> i32
llvm.func @h(%p: !llvm.ptr, %x: i32) -> i32 {
  %0 = llvm.call @g(%p, %x) {arg_attrs = [{llvm.noundef, llvm.nonnull}, {llvm.signext}], res_attrs = [{llvm.noundef}]} : (!llvm.ptr, i32) -> i32
  llvm.return %0 : i32
}

// CHECK: declare i32 @g(ptr, i32)
// CHECK-LABEL: define i32 @h(ptr %0, i32 %1) {
// CHECK-NEXT:   %3 = call noundef i32 @g(ptr noundef nonnull %0, i32 signext %1)
// CHECK-NEXT:   ret i32 %3
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
