// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Repeated successors with arguments get forwarding blocks; va_arg, vector GEPs, selects, casts and compares.
llvm.func @f(%c: i1, %a: i32, %b: i32) -> i32 {
  llvm.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  llvm.cond_br %c, ^bb2, ^bb2
^bb2:
  llvm.switch %x : i32, ^bb3(%a : i32) [
    1: ^bb3(%b : i32),
    2: ^bb3(%a : i32),
    3: ^bb4
  ]
^bb3(%y: i32):
  llvm.return %y : i32
^bb4:
  llvm.br ^bb3(%x : i32)
}

// CHECK-LABEL: define i32 @f(i1 %0, i32 %1, i32 %2) {
// CHECK-NEXT:   br i1 %0, label %4, label %10
// CHECK: 4:                                                ; preds = %10, %3
// CHECK-NEXT:   %5 = phi i32 [ %11, %10 ], [ %1, %3 ]
// CHECK-NEXT:   br i1 %0, label %6, label %6
// CHECK: 6:                                                ; preds = %4, %4
// CHECK-NEXT:   switch i32 %5, label %7 [
// CHECK-NEXT:     i32 1, label %12
// CHECK-NEXT:     i32 2, label %14
// CHECK-NEXT:     i32 3, label %9
// CHECK-NEXT:   ]
// CHECK: 7:                                                ; preds = %12, %14, %9, %6
// CHECK-NEXT:   %8 = phi i32 [ %15, %14 ], [ %13, %12 ], [ %5, %9 ], [ %1, %6 ]
// CHECK-NEXT:   ret i32 %8
// CHECK: 9:                                                ; preds = %6
// CHECK-NEXT:   br label %7
// CHECK: 10:                                               ; preds = %3
// CHECK-NEXT:   %11 = phi i32 [ %2, %3 ]
// CHECK-NEXT:   br label %4
// CHECK: 12:                                               ; preds = %6
// CHECK-NEXT:   %13 = phi i32 [ %2, %6 ]
// CHECK-NEXT:   br label %7
// CHECK: 14:                                               ; preds = %6
// CHECK-NEXT:   %15 = phi i32 [ %1, %6 ]
// CHECK-NEXT:   br label %7
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----

llvm.func @m(%p: !llvm.ptr, %vp: vector<2x!llvm.ptr>, %vi: vector<2xi64>, %c: vector<2xi1>, %vf: vector<2xf32>, %q: !llvm.ptr<1>) -> vector<2xf32> {
  %0 = llvm.va_arg %p : (!llvm.ptr) -> i32
  %1 = llvm.getelementptr %vp[%vi] : (vector<2x!llvm.ptr>, vector<2xi64>) -> vector<2x!llvm.ptr>, f32
  %2 = llvm.select %c, %vf, %vf : vector<2xi1>, vector<2xf32>
  %3 = llvm.fneg %2 {fastmathFlags = #llvm.fastmath<nnan>} : vector<2xf32>
  %4 = llvm.icmp "eq" %p, %p : !llvm.ptr
  %5 = llvm.ptrtoint %1 : vector<2x!llvm.ptr> to vector<2xi64>
  %6 = llvm.addrspacecast %q : !llvm.ptr<1> to !llvm.ptr
  %7 = llvm.load %6 : !llvm.ptr -> i8
  %8 = llvm.freeze %5 : vector<2xi64>
  %z = llvm.mlir.zero : !llvm.ptr
  %9 = llvm.icmp "ne" %z, %z : !llvm.ptr
  %10 = llvm.select %9, %p, %z : i1, !llvm.ptr
  llvm.store %7, %10 : i8, !llvm.ptr
  %11 = llvm.fcmp "oeq" %3, %vf {fastmathFlags = #llvm.fastmath<fast>} : vector<2xf32>
  %12 = llvm.uitofp %vi : vector<2xi64> to vector<2xf32>
  llvm.return %12 : vector<2xf32>
}

// CHECK-LABEL: define <2 x float> @m(ptr %0, <2 x ptr> %1, <2 x i64> %2, <2 x i1> %3, <2 x float> %4, ptr addrspace(1) %5) {
// CHECK-NEXT:   %7 = va_arg ptr %0, i32
// CHECK-NEXT:   %8 = getelementptr float, <2 x ptr> %1, <2 x i64> %2
// CHECK-NEXT:   %9 = select <2 x i1> %3, <2 x float> %4, <2 x float> %4
// CHECK-NEXT:   %10 = fneg nnan <2 x float> %9
// CHECK-NEXT:   %11 = icmp eq ptr %0, %0
// CHECK-NEXT:   %12 = ptrtoint <2 x ptr> %8 to <2 x i64>
// CHECK-NEXT:   %13 = addrspacecast ptr addrspace(1) %5 to ptr
// CHECK-NEXT:   %14 = load i8, ptr %13, align 1
// CHECK-NEXT:   %15 = freeze <2 x i64> %12
// CHECK-NEXT:   %16 = select i1 false, ptr %0, ptr null
// CHECK-NEXT:   store i8 %14, ptr %16, align 1
// CHECK-NEXT:   %17 = fcmp fast oeq <2 x float> %10, %4
// CHECK-NEXT:   %18 = uitofp <2 x i64> %2 to <2 x float>
// CHECK-NEXT:   ret <2 x float> %18
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
