llvm.func internal @a(%arg0: i32 {llvm.signext}, %p: !llvm.ptr {llvm.align = 16 : i64, llvm.nonnull}) -> (i32 {llvm.zeroext}) attributes {passthrough = ["noinline", ["alignstack", "4"]], llvm.emit_c_interface, sym_visibility = "private"} {
  llvm.return %arg0 : i32
}
llvm.func fastcc @b() -> !llvm.void
llvm.func extern_weak hidden unnamed_addr @c(...)
llvm.func linkonce_odr protected local_unnamed_addr @d(%a: i32, ...) attributes {no_inline} {
  llvm.return
}
llvm.func @e() attributes {memory_effects = #llvm.memory_effects<other = none, argMem = read, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, frame_pointer = #llvm.framePointerKind<all>, target_cpu = "x86-64", dso_local}
llvm.func @f() -> !llvm.struct<(i32, f32)> attributes {section = "foo", alignment = 8 : i64, garbageCollector = "gc"}
llvm.func extern_weak @g() attributes {sym_visibility = "private"}
llvm.func @h(%x: f32) -> f32 attributes {arm_streaming} {
  llvm.return %x : f32
}
llvm.mlir.global private constant @c1(42 : i32) : i32
llvm.mlir.global external @c2(1.0 : f32) {alignment = 8 : i64, addr_space = 1 : i32} : f32
llvm.mlir.global internal unnamed_addr @c3("abc\00") : !llvm.array<4 x i8>
llvm.mlir.global constant @c4("foo bar")
llvm.mlir.global external @c5() : i64
llvm.mlir.global @c6() {section = ".data"} : !llvm.ptr {
  %0 = llvm.mlir.addressof @c1 : !llvm.ptr
  llvm.return %0 : !llvm.ptr
}
llvm.mlir.global linkonce_odr hidden thread_local local_unnamed_addr @c7(0 : i32) : i32
llvm.mlir.global private @c8(dense<1.0> : tensor<8xf32>) : !llvm.array<8 x f32>
llvm.mlir.global weak_odr @c9(5 : i64) {dso_local, externally_initialized} : i64
llvm.mlir.global_ctors ctors = [@a], priorities = [0 : i32], data = [#llvm.zero]
llvm.mlir.global_dtors dtors = [@a], priorities = [1 : i32], data = [#llvm.zero]
llvm.mlir.global external @c10() {addr_space = 0 : i32} : !llvm.struct<(i32)>
