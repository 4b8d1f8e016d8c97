// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// alloca, load and store take the default data layout's alignments.
llvm.func @memory(%p: !llvm.ptr, %i: i64) -> f64 {
  %c1 = llvm.mlir.constant(1 : i32) : i32
  %a = llvm.alloca %c1 x i64 : (i32) -> !llvm.ptr
  %b = llvm.alloca %i x !llvm.struct<(i8, f64)> {alignment = 32 : i64} : (i64) -> !llvm.ptr
  %0 = llvm.load %p : !llvm.ptr -> i64
  llvm.store %0, %a : i64, !llvm.ptr
  %1 = llvm.load volatile %p {alignment = 2 : i64} : !llvm.ptr -> i16
  llvm.store volatile %1, %a : i16, !llvm.ptr
  %2 = llvm.getelementptr inbounds %b[%i, 1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i8, f64)>
  %3 = llvm.load %2 : !llvm.ptr -> f64
  %4 = llvm.getelementptr nusw|nuw %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, vector<4xf32>
  %5 = llvm.load %4 : !llvm.ptr -> vector<4xf32>
  llvm.store %5, %p : vector<4xf32>, !llvm.ptr
  llvm.return %3 : f64
}

// CHECK-LABEL: define double @memory(ptr %0, i64 %1) {
// CHECK-NEXT:   %3 = alloca i64, align 8
// CHECK-NEXT:   %4 = alloca { i8, double }, i64 %1, align 32
// CHECK-NEXT:   %5 = load i64, ptr %0, align 4
// CHECK-NEXT:   store i64 %5, ptr %3, align 4
// CHECK-NEXT:   %6 = load volatile i16, ptr %0, align 2
// CHECK-NEXT:   store volatile i16 %6, ptr %3, align 2
// CHECK-NEXT:   %7 = getelementptr inbounds { i8, double }, ptr %4, i64 %1, i32 1
// CHECK-NEXT:   %8 = load double, ptr %7, align 8
// CHECK-NEXT:   %9 = getelementptr nusw nuw <4 x float>, ptr %0, i64 %1
// CHECK-NEXT:   %10 = load <4 x float>, ptr %9, align 16
// CHECK-NEXT:   store <4 x float> %10, ptr %0, align 16
// CHECK-NEXT:   ret double %8
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----


/// Atomics.
llvm.func @atomics(%p: !llvm.ptr, %v: i32) -> i32 {
  %0 = llvm.load %p atomic acquire {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.store %v, %p atomic release {alignment = 4 : i64} : i32, !llvm.ptr
  %1 = llvm.atomicrmw add %p, %v seq_cst : !llvm.ptr, i32
  %2 = llvm.cmpxchg %p, %0, %1 acq_rel monotonic : !llvm.ptr, i32
  %3 = llvm.extractvalue %2[0] : !llvm.struct<(i32, i1)>
  llvm.fence syncscope("agent") seq_cst
  llvm.return %3 : i32
}

// CHECK-LABEL: define i32 @atomics(ptr %0, i32 %1) {
// CHECK-NEXT:   %3 = load atomic i32, ptr %0 acquire, align 4
// CHECK-NEXT:   store atomic i32 %1, ptr %0 release, align 4
// CHECK-NEXT:   %4 = atomicrmw add ptr %0, i32 %1 seq_cst, align 4
// CHECK-NEXT:   %5 = cmpxchg ptr %0, i32 %3, i32 %4 acq_rel monotonic, align 4
// CHECK-NEXT:   %6 = extractvalue { i32, i1 } %5, 0
// CHECK-NEXT:   fence syncscope("agent") seq_cst
// CHECK-NEXT:   ret i32 %6
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----


/// Aggregates and vectors.
llvm.func @aggregates(%s: !llvm.struct<(i32, array<2 x f32>)>, %v: vector<4xf32>, %f: f32) -> vector<4xf32> {
  %0 = llvm.extractvalue %s[1, 0] : !llvm.struct<(i32, array<2 x f32>)>
  %1 = llvm.insertvalue %0, %s[1, 1] : !llvm.struct<(i32, array<2 x f32>)>
  %c = llvm.mlir.constant(2 : i32) : i32
  %2 = llvm.insertelement %f, %v[%c : i32] : vector<4xf32>
  %3 = llvm.extractelement %2[%c : i32] : vector<4xf32>
  %4 = llvm.shufflevector %2, %v [0, 5, -1, 3] : vector<4xf32>
  %5 = llvm.fadd %4, %2 : vector<4xf32>
  llvm.return %5 : vector<4xf32>
}

// CHECK-LABEL: define <4 x float> @aggregates({ i32, [2 x float] } %0, <4 x float> %1, float %2) {
// CHECK-NEXT:   %4 = extractvalue { i32, [2 x float] } %0, 1, 0
// CHECK-NEXT:   %5 = insertvalue { i32, [2 x float] } %0, float %4, 1, 1
// CHECK-NEXT:   %6 = insertelement <4 x float> %1, float %2, i32 2
// CHECK-NEXT:   %7 = extractelement <4 x float> %6, i32 2
// CHECK-NEXT:   %8 = shufflevector <4 x float> %6, <4 x float> %1, <4 x i32> <i32 0, i32 5, i32 poison, i32 3>
// CHECK-NEXT:   %9 = fadd <4 x float> %8, %6
// CHECK-NEXT:   ret <4 x float> %9
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
