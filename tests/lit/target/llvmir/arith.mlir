// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Integer and float arithmetic with their flags.
llvm.func @int_ops(%a: i32, %b: i32) -> i32 {
  %0 = llvm.add %a, %b overflow<nsw, nuw> : i32
  %1 = llvm.sub %0, %b overflow<nsw> : i32
  %2 = llvm.mul %1, %a : i32
  %3 = llvm.udiv exact %2, %b : i32
  %4 = llvm.sdiv %3, %b : i32
  %5 = llvm.urem %4, %b : i32
  %6 = llvm.srem %5, %b : i32
  %7 = llvm.and %6, %a : i32
  %8 = llvm.or disjoint %7, %a : i32
  %9 = llvm.xor %8, %a : i32
  %10 = llvm.shl %9, %b overflow<nuw> : i32
  %11 = llvm.lshr exact %10, %b : i32
  %12 = llvm.ashr %11, %b : i32
  llvm.return %12 : i32
}

// CHECK-LABEL: define i32 @int_ops(i32 %0, i32 %1) {
// CHECK-NEXT:   %3 = add nuw nsw i32 %0, %1
// CHECK-NEXT:   %4 = sub nsw i32 %3, %1
// CHECK-NEXT:   %5 = mul i32 %4, %0
// CHECK-NEXT:   %6 = udiv exact i32 %5, %1
// CHECK-NEXT:   %7 = sdiv i32 %6, %1
// CHECK-NEXT:   %8 = urem i32 %7, %1
// CHECK-NEXT:   %9 = srem i32 %8, %1
// CHECK-NEXT:   %10 = and i32 %9, %0
// CHECK-NEXT:   %11 = or disjoint i32 %10, %0
// CHECK-NEXT:   %12 = xor i32 %11, %0
// CHECK-NEXT:   %13 = shl nuw i32 %12, %1
// CHECK-NEXT:   %14 = lshr exact i32 %13, %1
// CHECK-NEXT:   %15 = ashr i32 %14, %1
// CHECK-NEXT:   ret i32 %15
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----


/// Float ops, fast-math flags, comparisons, select, casts.
llvm.func @float_ops(%x: f32, %y: f64, %i: i64) -> f64 {
  %0 = llvm.fadd %x, %x {fastmathFlags = #llvm.fastmath<fast>} : f32
  %1 = llvm.fsub %0, %x {fastmathFlags = #llvm.fastmath<nnan, nsz>} : f32
  %2 = llvm.fmul %1, %x : f32
  %3 = llvm.fdiv %2, %x {fastmathFlags = #llvm.fastmath<reassoc, contract>} : f32
  %4 = llvm.frem %3, %x : f32
  %5 = llvm.fneg %4 : f32
  %6 = llvm.fcmp "olt" %5, %x : f32
  %7 = llvm.fpext %5 : f32 to f64
  %8 = llvm.select %6, %7, %y : i1, f64
  %9 = llvm.sitofp %i : i64 to f64
  %10 = llvm.uitofp %i : i64 to f64
  %11 = llvm.fadd %9, %10 : f64
  %12 = llvm.fptosi %11 : f64 to i32
  %13 = llvm.fptoui %11 : f64 to i16
  %14 = llvm.zext %13 : i16 to i64
  %15 = llvm.sext %12 : i32 to i64
  %16 = llvm.icmp "ult" %14, %15 : i64
  %17 = llvm.trunc %15 : i64 to i8
  %18 = llvm.fptrunc %8 : f64 to f16
  %19 = llvm.bitcast %14 : i64 to f64
  %20 = llvm.freeze %19 : f64
  %21 = llvm.fadd %20, %8 : f64
  llvm.return %21 : f64
}

// CHECK-LABEL: define double @float_ops(float %0, double %1, i64 %2) {
// CHECK-NEXT:   %4 = fadd fast float %0, %0
// CHECK-NEXT:   %5 = fsub nnan nsz float %4, %0
// CHECK-NEXT:   %6 = fmul float %5, %0
// CHECK-NEXT:   %7 = fdiv reassoc contract float %6, %0
// CHECK-NEXT:   %8 = frem float %7, %0
// CHECK-NEXT:   %9 = fneg float %8
// CHECK-NEXT:   %10 = fcmp olt float %9, %0
// CHECK-NEXT:   %11 = fpext float %9 to double
// CHECK-NEXT:   %12 = select i1 %10, double %11, double %1
// CHECK-NEXT:   %13 = sitofp i64 %2 to double
// CHECK-NEXT:   %14 = uitofp i64 %2 to double
// CHECK-NEXT:   %15 = fadd double %13, %14
// CHECK-NEXT:   %16 = fptosi double %15 to i32
// CHECK-NEXT:   %17 = fptoui double %15 to i16
// CHECK-NEXT:   %18 = zext i16 %17 to i64
// CHECK-NEXT:   %19 = sext i32 %16 to i64
// CHECK-NEXT:   %20 = icmp ult i64 %18, %19
// CHECK-NEXT:   %21 = trunc i64 %19 to i8
// CHECK-NEXT:   %22 = fptrunc double %12 to half
// CHECK-NEXT:   %23 = bitcast i64 %18 to double
// CHECK-NEXT:   %24 = freeze double %23
// CHECK-NEXT:   %25 = fadd double %24, %12
// CHECK-NEXT:   ret double %25
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----


/// Operations on constants fold as LLVM's IRBuilder folds them.
llvm.func @folding(%p: !llvm.ptr) -> i32 {
  %c3 = llvm.mlir.constant(3 : i32) : i32
  %c4 = llvm.mlir.constant(4 : i32) : i32
  %c0 = llvm.mlir.constant(0 : i32) : i32
  %0 = llvm.mul %c3, %c4 : i32
  %1 = llvm.sdiv %0, %c0 : i32
  %2 = llvm.icmp "sgt" %0, %c3 : i32
  %3 = llvm.select %2, %0, %c3 : i1, i32
  %f = llvm.mlir.constant(1.5 : f32) : f32
  %4 = llvm.fmul %f, %f : f32
  %5 = llvm.fptosi %4 : f32 to i32
  %6 = llvm.add %5, %3 : i32
  llvm.store %1, %p : i32, !llvm.ptr
  %v = llvm.mlir.constant(dense<[1, 2, 3, 4]> : vector<4xi32>) : vector<4xi32>
  %w = llvm.add %v, %v : vector<4xi32>
  llvm.store %w, %p : vector<4xi32>, !llvm.ptr
  %u = llvm.mlir.undef : i32
  %7 = llvm.add %u, %6 : i32
  llvm.store %7, %p : i32, !llvm.ptr
  llvm.return %6 : i32
}

// CHECK-LABEL: define i32 @folding(ptr %0) {
// CHECK-NEXT:   store i32 poison, ptr %0, align 4
// CHECK-NEXT:   store <4 x i32> <i32 2, i32 4, i32 6, i32 8>, ptr %0, align 16
// CHECK-NEXT:   store i32 undef, ptr %0, align 4
// CHECK-NEXT:   ret i32 14
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
