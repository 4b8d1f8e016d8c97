// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Vector element and shuffle folding of constants (out-of-range index: poison; -1 mask element: undef).
llvm.func @v(%x: f32, %p: !llvm.ptr) -> vector<4xf32> {
  %u = llvm.mlir.undef : vector<4xf32>
  %po = llvm.mlir.poison : vector<4xf32>
  %c0 = llvm.mlir.constant(0 : i32) : i32
  %c9 = llvm.mlir.constant(9 : i32) : i32
  %f = llvm.mlir.constant(2.0 : f32) : f32
  %0 = llvm.insertelement %f, %u[%c0 : i32] : vector<4xf32>
  %1 = llvm.shufflevector %0, %u [0, 0, 0, 0] : vector<4xf32>
  llvm.store %1, %p : vector<4xf32>, !llvm.ptr
  %2 = llvm.insertelement %x, %po[%c0 : i32] : vector<4xf32>
  %3 = llvm.shufflevector %2, %po [0, 0, 0, 0] : vector<4xf32>
  %4 = llvm.extractelement %1[%c0 : i32] : vector<4xf32>
  %5 = llvm.fadd %4, %x : f32
  %6 = llvm.insertelement %5, %3[%c9 : i32] : vector<4xf32>
  %7 = llvm.extractelement %1[%c9 : i32] : vector<4xf32>
  llvm.store %7, %p : f32, !llvm.ptr
  %v = llvm.mlir.constant(dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>) : vector<4xf32>
  %8 = llvm.shufflevector %v, %v [3, 2, -1, 4] : vector<4xf32>
  llvm.store %8, %p : vector<4xf32>, !llvm.ptr
  %9 = llvm.shufflevector %v, %v [1, 2] : vector<4xf32>
  llvm.store %9, %p : vector<2xf32>, !llvm.ptr
  %z = llvm.mlir.zero : vector<4xf32>
  %10 = llvm.insertelement %f, %z[%c0 : i32] : vector<4xf32>
  llvm.store %10, %p : vector<4xf32>, !llvm.ptr
  llvm.return %6 : vector<4xf32>
}

// CHECK-LABEL: define <4 x float> @v(float %0, ptr %1) {
// CHECK-NEXT:   store <4 x float> splat (float 2.000000e+00), ptr %1, align 16
// CHECK-NEXT:   %3 = insertelement <4 x float> poison, float %0, i32 0
// CHECK-NEXT:   %4 = shufflevector <4 x float> %3, <4 x float> poison, <4 x i32> zeroinitializer
// CHECK-NEXT:   %5 = fadd float 2.000000e+00, %0
// CHECK-NEXT:   %6 = insertelement <4 x float> %4, float %5, i32 9
// CHECK-NEXT:   store float poison, ptr %1, align 4
// CHECK-NEXT:   store <4 x float> <float 4.000000e+00, float 3.000000e+00, float undef, float 1.000000e+00>, ptr %1, align 16
// CHECK-NEXT:   store <2 x float> <float 2.000000e+00, float 3.000000e+00>, ptr %1, align 8
// CHECK-NEXT:   store <4 x float> <float 2.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, ptr %1, align 16
// CHECK-NEXT:   ret <4 x float> %6
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----

/// Integer and float constant folding edge cases: remainders, shifts past the width, i1 and i128 wrap-around, NaN comparisons, out-of-range fptosi, bitcasts of vectors.
llvm.func @f(%p: !llvm.ptr) {
  %a = llvm.mlir.constant(-7 : i32) : i32
  %b = llvm.mlir.constant(2 : i32) : i32
  %big = llvm.mlir.constant(40 : i32) : i32
  %0 = llvm.srem %a, %b : i32
  %1 = llvm.sdiv %a, %b : i32
  %2 = llvm.ashr %a, %b : i32
  %3 = llvm.lshr %a, %b : i32
  %4 = llvm.shl %a, %big : i32
  %5 = llvm.urem %a, %b : i32
  %6 = llvm.udiv %a, %b : i32
  llvm.store %0, %p : i32, !llvm.ptr
  llvm.store %1, %p : i32, !llvm.ptr
  llvm.store %2, %p : i32, !llvm.ptr
  llvm.store %3, %p : i32, !llvm.ptr
  llvm.store %4, %p : i32, !llvm.ptr
  llvm.store %5, %p : i32, !llvm.ptr
  llvm.store %6, %p : i32, !llvm.ptr
  %t = llvm.mlir.constant(true) : i1
  %fa = llvm.mlir.constant(false) : i1
  %7 = llvm.add %t, %t : i1
  %8 = llvm.xor %t, %fa : i1
  llvm.store %7, %p : i1, !llvm.ptr
  llvm.store %8, %p : i1, !llvm.ptr
  %h = llvm.mlir.constant(170141183460469231731687303715884105727 : i128) : i128
  %9 = llvm.add %h, %h : i128
  llvm.store %9, %p : i128, !llvm.ptr
  %nan = llvm.mlir.constant(0x7FC00000 : f32) : f32
  %one = llvm.mlir.constant(1.0 : f32) : f32
  %10 = llvm.fcmp "olt" %nan, %one : f32
  %11 = llvm.fcmp "ult" %nan, %one : f32
  llvm.store %10, %p : i1, !llvm.ptr
  llvm.store %11, %p : i1, !llvm.ptr
  %e = llvm.mlir.constant(1.0e10 : f32) : f32
  %12 = llvm.fptosi %e : f32 to i32
  %13 = llvm.fptoui %one : f32 to i8
  llvm.store %12, %p : i32, !llvm.ptr
  llvm.store %13, %p : i8, !llvm.ptr
  %fzero = llvm.mlir.constant(0.0 : f32) : f32
  %14 = llvm.fdiv %one, %fzero : f32
  llvm.store %14, %p : f32, !llvm.ptr
  %v = llvm.mlir.constant(dense<[1, 2]> : vector<2xi32>) : vector<2xi32>
  %15 = llvm.bitcast %v : vector<2xi32> to i64
  llvm.store %15, %p : i64, !llvm.ptr
  %16 = llvm.bitcast %one : f32 to i32
  llvm.store %16, %p : i32, !llvm.ptr
  %17 = llvm.sitofp %a : i32 to f64
  llvm.store %17, %p : f64, !llvm.ptr
  %18 = llvm.icmp "sle" %a, %b : i32
  %19 = llvm.select %18, %a, %b : i1, i32
  llvm.store %19, %p : i32, !llvm.ptr
  %vc = llvm.icmp "slt" %v, %v : vector<2xi32>
  llvm.store %vc, %p : vector<2xi1>, !llvm.ptr
  %20 = llvm.frem %e, %one : f32
  llvm.store %20, %p : f32, !llvm.ptr
  %21 = llvm.fneg %one : f32
  llvm.store %21, %p : f32, !llvm.ptr
  %d = llvm.mlir.constant(0.1 : f64) : f64
  %22 = llvm.fptrunc %d : f64 to f16
  llvm.store %22, %p : f16, !llvm.ptr
  %23 = llvm.fpext %22 : f16 to f64
  llvm.store %23, %p : f64, !llvm.ptr
  llvm.return
}

// CHECK-LABEL: define void @f(ptr %0) {
// CHECK-NEXT:   store i32 -1, ptr %0, align 4
// CHECK-NEXT:   store i32 -3, ptr %0, align 4
// CHECK-NEXT:   store i32 -2, ptr %0, align 4
// CHECK-NEXT:   store i32 1073741822, ptr %0, align 4
// CHECK-NEXT:   store i32 poison, ptr %0, align 4
// CHECK-NEXT:   store i32 1, ptr %0, align 4
// CHECK-NEXT:   store i32 2147483644, ptr %0, align 4
// CHECK-NEXT:   store i1 false, ptr %0, align 1
// CHECK-NEXT:   store i1 true, ptr %0, align 1
// CHECK-NEXT:   store i128 -2, ptr %0, align 4
// CHECK-NEXT:   store i1 false, ptr %0, align 1
// CHECK-NEXT:   store i1 true, ptr %0, align 1
// CHECK-NEXT:   store i32 poison, ptr %0, align 4
// CHECK-NEXT:   store i8 1, ptr %0, align 1
// CHECK-NEXT:   store float 0x7FF0000000000000, ptr %0, align 4
// CHECK-NEXT:   store i64 8589934593, ptr %0, align 4
// CHECK-NEXT:   store i32 1065353216, ptr %0, align 4
// CHECK-NEXT:   store double -7.000000e+00, ptr %0, align 8
// CHECK-NEXT:   store i32 -7, ptr %0, align 4
// CHECK-NEXT:   store <2 x i1> zeroinitializer, ptr %0, align 1
// CHECK-NEXT:   store float 0.000000e+00, ptr %0, align 4
// CHECK-NEXT:   store float -1.000000e+00, ptr %0, align 4
// CHECK-NEXT:   store half 0xH2E66, ptr %0, align 2
// CHECK-NEXT:   store double 0x3FB9980000000000, ptr %0, align 8
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
