// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s

/// Personality, gc, section and alignment of functions; thread_local and hidden globals; initializers folding addresses, GEPs and ptrtoint.
llvm.func @__gxx_personality_v0(...) -> i32
llvm.func @pf() attributes {personality = @__gxx_personality_v0, garbageCollector = "shadow-stack", section = "s", alignment = 16 : i64} {
  llvm.return
}
llvm.mlir.global external thread_local @ti(1 : i32) {alignment = 4 : i64, section = "tls"} : i32
llvm.mlir.global external hidden unnamed_addr constant @hc(dense<[1.0, 2.0]> : tensor<2xf64>) : !llvm.array<2 x f64>
llvm.mlir.global internal @fptr() : !llvm.ptr {
  %0 = llvm.mlir.addressof @pf : !llvm.ptr
  llvm.return %0 : !llvm.ptr
}
llvm.mlir.global internal @gepc() : !llvm.ptr {
  %0 = llvm.mlir.addressof @hc : !llvm.ptr
  %1 = llvm.getelementptr %0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<2 x f64>
  llvm.return %1 : !llvm.ptr
}
llvm.mlir.global internal @intc() : i64 {
  %0 = llvm.mlir.addressof @hc : !llvm.ptr
  %1 = llvm.ptrtoint %0 : !llvm.ptr to i64
  %c = llvm.mlir.constant(8 : i64) : i64
  %2 = llvm.add %1, %c : i64
  llvm.return %2 : i64
}
llvm.mlir.global internal @strs() : !llvm.array<2 x ptr> {
  %0 = llvm.mlir.undef : !llvm.array<2 x ptr>
  %1 = llvm.mlir.addressof @hc : !llvm.ptr
  %2 = llvm.insertvalue %1, %0[0] : !llvm.array<2 x ptr>
  %3 = llvm.mlir.zero : !llvm.ptr
  %4 = llvm.insertvalue %3, %2[1] : !llvm.array<2 x ptr>
  llvm.return %4 : !llvm.array<2 x ptr>
}

// CHECK: @ti = thread_local global i32 1, section "tls", align 4
// CHECK-NEXT: @hc = hidden unnamed_addr constant [2 x double] [double 1.000000e+00, double 2.000000e+00]
// CHECK-NEXT: @fptr = internal global ptr @pf
// CHECK-NEXT: @gepc = internal global ptr getelementptr inbounds nuw (i8, ptr @hc, i64 8)
// CHECK-NEXT: @intc = internal global i64 add (i64 ptrtoint (ptr @hc to i64), i64 8)
// CHECK-NEXT: @strs = internal global [2 x ptr] [ptr @hc, ptr null]
// CHECK: declare i32 @__gxx_personality_v0(...)
// CHECK-LABEL: define void @pf() section "s" align 16 gc "shadow-stack" personality ptr @__gxx_personality_v0 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
